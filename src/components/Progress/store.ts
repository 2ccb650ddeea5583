import {useCallback, useSyncExternalStore} from 'react';
import {emptyProgress, parseProgress, serializeProgress, type Progress} from '@site/src/lib/learning/progress';

/** The one localStorage key the site writes. Nothing else is stored, and nothing is sent anywhere. */
export const STORAGE_KEY = 'ksfg-progress-v1';

const listeners = new Set<() => void>();
let cache: {raw: string | null; progress: Progress} | undefined;
const EMPTY = emptyProgress();

/** The stored progress (empty when nothing is stored or storage is blocked). */
export function readProgress(): Progress {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be blocked (private mode, site settings): progress is then not kept.
  }
  if (cache && cache.raw === raw) return cache.progress;
  const parsed = raw === null ? undefined : parseProgress(raw);
  cache = {raw, progress: parsed?.ok ? parsed.progress : emptyProgress()};
  return cache.progress;
}

function write(progress: Progress): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, serializeProgress(progress));
  } catch {
    // See readProgress(): without storage, progress lasts until the page closes.
    cache = {raw: null, progress};
  }
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the stored progress changes, in this tab or another. */
export function subscribeProgress(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/**
 * The reader's progress from localStorage, shared by every component on the
 * page and kept in step across tabs. Renders as empty on the server.
 */
export function useProgress(): {progress: Progress; update: (change: (p: Progress) => Progress) => void} {
  const progress = useSyncExternalStore(subscribeProgress, readProgress, () => EMPTY);
  const update = useCallback(updateProgress, []);
  return {progress, update};
}

/** Applies a change to the stored progress, outside React too. */
export function updateProgress(change: (p: Progress) => Progress): void {
  write(change(readProgress()));
}

/** Replaces everything stored (import, reset). */
export function replaceProgress(progress: Progress): void {
  write(progress);
}
