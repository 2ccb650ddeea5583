import {useEffect, useEffectEvent} from 'react';
import {
  encodeState,
  MAX_FRAGMENT_CHARS,
  ShareError,
  stateFromHash,
  type ShareState,
} from '@site/src/lib/share/fragment';

/** What the page's `#s=…` fragment held: nothing, a state, or why it could not be opened. */
export type SharedStateRead =
  | {readonly kind: 'none'}
  | {readonly kind: 'state'; readonly state: ShareState}
  | {readonly kind: 'error'; readonly message: string};

/** Reads the shared state from the current URL. Browser only (call it inside BrowserOnly). */
export function readSharedState(keys: readonly string[]): SharedStateRead {
  try {
    const state = stateFromHash(window.location.hash, keys);
    return state ? {kind: 'state', state} : {kind: 'none'};
  } catch (error) {
    const message = error instanceof ShareError ? error.message : 'The shared link could not be opened.';
    return {kind: 'error', message};
  }
}

/**
 * Calls `onRead` when the fragment changes while the page is open, e.g. when
 * someone pastes a shared link into the address bar of a tab that already
 * shows the tool (the browser does not reload the page then).
 */
export function useSharedStateChange(keys: readonly string[], onRead: (read: SharedStateRead) => void): void {
  const handle = useEffectEvent(() => onRead(readSharedState(keys)));
  useEffect(() => {
    const listener = (): void => handle();
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, []);
}

/** A link to the current page that carries `state` in its fragment, or why there is none. */
export function shareLinkFor(
  state: ShareState,
): {readonly ok: true; readonly link: string} | {readonly ok: false; readonly message: string} {
  const encoded = encodeState(state);
  if (encoded.length > MAX_FRAGMENT_CHARS) {
    return {
      ok: false,
      message: `The input is too large to share as a link (${encoded.length.toLocaleString('en')} characters after compression; links are limited to ${MAX_FRAGMENT_CHARS.toLocaleString('en')}). Share the file instead.`,
    };
  }
  return {ok: true, link: `${window.location.origin}${window.location.pathname}#s=${encoded}`};
}

/** The state a page starts from after reading its fragment, and why a shared link was refused. */
export interface Restored<T> {
  readonly state: T;
  readonly problem?: string;
}

/**
 * Turns a fragment read into page state: the decoded state (missing keys
 * taken from `defaults`), or `fallback` with the reason the link was refused.
 */
export function restoreState<T>(
  read: SharedStateRead,
  fallback: T,
  decode: (shared: ShareState, defaults: T) => T,
  defaults: T,
): Restored<T> {
  switch (read.kind) {
    case 'state':
      return {state: decode(read.state, defaults)};
    case 'error':
      return {state: fallback, problem: read.message};
    case 'none':
      return {state: fallback};
  }
}
