import {useEffect, useEffectEvent, useMemo, useRef, useState} from 'react';
import type {ShareState} from '@site/src/lib/share/fragment';
import {inputTooLarge, nextFileName} from '@site/src/lib/share/input';
import {openingState, parseSaved, serializeSaved, type FragmentRead} from '@site/src/lib/share/session';
import {readSharedState} from './sharedState';
import type {ManifestChange} from './index';

/** Every tool's state holds its input text and the file name results are reported under. */
export interface ToolInputState {
  readonly yaml: string;
  readonly file: string;
}

/** How a tool maps its state to and from the string record a share link (and the session) carries. */
export interface ToolStateOptions<T extends ToolInputState> {
  /** sessionStorage key, one per tool, e.g. `pss-checker`. */
  readonly storageKey: string;
  /** Keys of the share state; anything else in a link or the session is dropped. */
  readonly keys: readonly string[];
  /** The state of a first visit (the tool's sample). */
  readonly defaults: T;
  readonly toShare: (state: T) => ShareState;
  /** Page state from a share state; missing or invalid keys come from `defaults`. */
  readonly fromShare: (shared: ShareState, defaults: T) => T;
  /** Added to the "too large" message: how to export less, in the tool's terms. */
  readonly tooLargeHint?: string;
}

export interface ToolState<T extends ToolInputState> {
  readonly state: T;
  /** Changes fields other than the input (level, version, tab, query forms…). */
  readonly update: (patch: Partial<T>) => void;
  /** For ManifestInput's `onChange`: new text and its file name; files and samples are checked at once, typing after a pause. */
  readonly onInput: (text: string, change: ManifestChange) => void;
  /** Replaces the text by the tool's own edit (e.g. a corrected manifest), keeping the file name; checked at once. */
  readonly replaceText: (text: string) => void;
  /** The input as last analysed: follows typing after a pause, everything else at once. Undefined when it is too large. */
  readonly checked: ToolInputState | undefined;
  /** What the share link and the session carry. Memoized. */
  readonly shareState: ShareState;
  /** Why a shared link was not opened, or why the input is not analysed (too large); for ManifestInput's `problem`. */
  readonly problem: string | undefined;
  /** Bumped when a shared link replaces the state, so components holding drafts (query forms) start again. */
  readonly generation: number;
}

/** Typing pauses this long before the input is analysed again, so results are not announced for every keystroke. */
const EDIT_DELAY_MS = 300;
/** Large inputs are written to the session this long after the last change (2 MiB per keystroke would stall typing). */
const SAVE_DELAY_MS = 300;
/** Inputs up to this many characters are written at once (well under a millisecond). */
const SAVE_AT_ONCE_CHARS = 100_000;
const STORAGE_PREFIX = 'k8s-security-tools:';

function readSaved(storageKey: string, keys: readonly string[]): ReturnType<typeof parseSaved> {
  try {
    return parseSaved(window.sessionStorage.getItem(STORAGE_PREFIX + storageKey), keys);
  } catch {
    return undefined; // storage disabled
  }
}

function writeSaved(storageKey: string, hash: string, state: ShareState): void {
  try {
    window.sessionStorage.setItem(STORAGE_PREFIX + storageKey, serializeSaved({hash, state}));
  } catch {
    // Storage full or disabled: the tool still works, it only forgets on leaving.
  }
}

/**
 * The input state every tool built on ManifestInput shares: the text and its
 * file name, the tool's own fields (level, version, tab, query forms), the
 * debounced copy the engine analyses, the one size limit, shared links in the
 * URL fragment (on opening and when the fragment changes), and the session
 * copy that brings the reader's work back after Back or a reload. Nothing
 * leaves the browser: the session lives in sessionStorage, the link in the
 * fragment.
 *
 * Opening rules (src/lib/share/session.ts): what the reader did in this tab wins
 * while the URL still shows the fragment it was made under, so a reload never
 * brings back a shared link's state over newer edits; a different link wins
 * over earlier work; a damaged link is reported and the earlier work kept.
 */
export function useToolState<T extends ToolInputState>(options: ToolStateOptions<T>): ToolState<T> {
  const {storageKey, keys, defaults, toShare, fromShare, tooLargeHint} = options;
  const [initial] = useState(() =>
    openingState({
      fragment: readSharedState(keys),
      hash: window.location.hash,
      saved: readSaved(storageKey, keys),
      defaults,
      decode: fromShare,
    }),
  );
  const [state, setState] = useState<T>(initial.state);
  const [linkProblem, setLinkProblem] = useState(initial.problem);
  const [checked, setChecked] = useState<ToolInputState>({yaml: initial.state.yaml, file: initial.state.file});
  const [generation, setGeneration] = useState(0);
  const shareState = useMemo(() => toShare(state), [toShare, state]);

  // Typing: analyse after a pause.
  useEffect(() => {
    if (checked.yaml === state.yaml && checked.file === state.file) return undefined;
    const timer = window.setTimeout(() => setChecked({yaml: state.yaml, file: state.file}), EDIT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state.yaml, state.file, checked]);

  // Keep the session copy current, and write it at once when the page is left. It
  // records the fragment the tool was showing, not the URL at unmount time, which
  // is already the next page's.
  const latest = useRef(shareState);
  latest.current = shareState;
  const shownHash = useRef(window.location.hash);
  useEffect(() => {
    // Small inputs are saved at once, so a quick Back still finds them; large ones after a pause.
    const size = Object.values(shareState).reduce((n, v) => n + v.length, 0);
    if (size <= SAVE_AT_ONCE_CHARS) {
      writeSaved(storageKey, shownHash.current, shareState);
      return undefined;
    }
    const timer = window.setTimeout(() => writeSaved(storageKey, shownHash.current, shareState), SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [storageKey, shareState]);
  useEffect(() => {
    const flush = (): void => writeSaved(storageKey, shownHash.current, latest.current);
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush(); // unmounted by a client-side navigation
    };
  }, [storageKey]);

  // A shared link pasted into the address bar of a tab that already shows the tool (no reload).
  const onHashChange = useEffectEvent(() => {
    const fragment: FragmentRead = readSharedState(keys);
    if (fragment.kind === 'none') return;
    shownHash.current = window.location.hash;
    const next = openingState({
      fragment,
      hash: window.location.hash,
      saved: {hash: '', state: toShare(state)},
      defaults,
      decode: fromShare,
    });
    setState(next.state);
    setChecked({yaml: next.state.yaml, file: next.state.file});
    setLinkProblem(next.problem);
    setGeneration((g) => g + 1);
  });
  useEffect(() => {
    const listener = (): void => onHashChange();
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, []);

  const tooLarge = useMemo(() => inputTooLarge(checked.yaml, undefined, tooLargeHint), [checked.yaml, tooLargeHint]);
  const problem = linkProblem ?? tooLarge;

  return {
    state,
    update: (patch) => setState((s) => ({...s, ...patch})),
    onInput: (text, change) => {
      const file = nextFileName(state.file, text, change);
      setState((s) => ({...s, yaml: text, file}));
      setLinkProblem(undefined);
      // A file, a sample or Undo is checked at once; typing and pasting after a pause (a paste
      // can arrive as many input events, and each would otherwise render every result).
      if (change.kind === 'file' || change.kind === 'sample' || change.kind === 'restore')
        setChecked({yaml: text, file});
    },
    replaceText: (text) => {
      setState((s) => ({...s, yaml: text}));
      setChecked({yaml: text, file: state.file});
      setLinkProblem(undefined);
    },
    checked: tooLarge === undefined ? checked : undefined,
    shareState,
    problem,
    generation,
  };
}
