import {ShareError, shareableFragment, stateFromHash, type ShareState} from '@site/src/lib/share/fragment';
import type {FragmentRead} from '@site/src/lib/share/session';

/** Reads the shared state from the current URL's `#s=…` fragment. Browser only (call it inside BrowserOnly). */
export function readSharedState(keys: readonly string[]): FragmentRead {
  try {
    const state = stateFromHash(window.location.hash, keys);
    return state ? {kind: 'state', state} : {kind: 'none'};
  } catch (error) {
    const message = error instanceof ShareError ? error.message : 'The shared link could not be opened.';
    return {kind: 'error', message};
  }
}

/**
 * A link to the current page that carries `state` in its fragment, or why there
 * is none. The link is checked with the recipient's decoder first, so a link
 * that would not open is refused here, before anything is copied.
 */
export function shareLinkFor(
  state: ShareState,
): {readonly ok: true; readonly link: string} | {readonly ok: false; readonly message: string} {
  const result = shareableFragment(state);
  if (!result.ok) return result;
  return {ok: true, link: `${window.location.origin}${window.location.pathname}#s=${result.encoded}`};
}
