/**
 * Where a tool's state comes from when its page opens: a shared link in the
 * fragment (`#s=…`), what the reader did in this tab before leaving the page
 * (kept in sessionStorage, which never leaves the browser), or the defaults.
 * Pure, so the rules are unit-tested; the React hook in
 * src/components/ManifestInput/useToolState.ts does the reading and writing.
 *
 * The rule that matters: a reload, or Back to the page, must not bring back the
 * state of a shared link over edits the reader made after opening it. So the
 * saved state remembers the fragment it was made under, and wins while the page
 * still shows that fragment; a different link (pasted into the address bar)
 * wins over it. A damaged link is reported every time, over the reader's earlier work.
 */
import type {ShareState} from './fragment';
import {isPlainObject, own} from '../format/value';

/** What a tool keeps in sessionStorage: the state a share link would carry, and the fragment it was made under. */
export interface SavedState {
  /** `location.hash` when the state was saved (`''` or `#s=…`). */
  readonly hash: string;
  readonly state: ShareState;
}

/** What the page's fragment held (see src/components/ManifestInput/sharedState.ts). */
export type FragmentRead =
  | {readonly kind: 'none'}
  | {readonly kind: 'state'; readonly state: ShareState}
  | {readonly kind: 'error'; readonly message: string};

export interface Restored<T> {
  readonly state: T;
  /** Why the shared link in the fragment was not opened. */
  readonly problem?: string;
}

/** The state a page opens with. `decode` turns a share state into page state, taking missing keys from its second argument. */
export function openingState<T>(options: {
  readonly fragment: FragmentRead;
  readonly hash: string;
  readonly saved: SavedState | undefined;
  readonly defaults: T;
  readonly decode: (shared: ShareState, defaults: T) => T;
}): Restored<T> {
  const {fragment, hash, saved, defaults, decode} = options;
  // A damaged link is reported every time the page opens with it.
  if (fragment.kind !== 'error' && saved !== undefined && saved.hash === hash) {
    return {state: decode(saved.state, defaults)};
  }
  switch (fragment.kind) {
    case 'state':
      return {state: decode(fragment.state, defaults)};
    case 'error':
      return {state: saved ? decode(saved.state, defaults) : defaults, problem: fragment.message};
    case 'none':
      return {state: saved ? decode(saved.state, defaults) : defaults};
  }
}

/**
 * Reads what `serializeSaved` wrote. Anything else (another version of the site,
 * a hand-edited value) gives undefined; only string values of `keys` are kept.
 */
export function parseSaved(raw: string | null, keys: readonly string[]): SavedState | undefined {
  if (raw === null) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const {hash, state} = parsed as {hash?: unknown; state?: unknown};
  if (typeof hash !== 'string' || !isPlainObject(state)) return undefined;
  const kept: Record<string, string> = {};
  for (const key of keys) {
    const value = own(state, key);
    if (typeof value === 'string') kept[key] = value;
  }
  return {hash, state: kept};
}

export function serializeSaved(saved: SavedState): string {
  return JSON.stringify(saved);
}
