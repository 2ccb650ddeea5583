import {useEffect, useState, type RefObject} from 'react';
import type * as Progresses from '@site/src/lib/learning/progress';
import type * as Store from '@site/src/components/Progress/store';

type Progress = Progresses.Progress;
type StoreModule = typeof Store;
type ProgressModule = typeof Progresses;

let loading: Promise<[StoreModule, ProgressModule]> | undefined;

/** Loads the progress store (and the schema library it validates with) once, on demand. */
function loadStore(): Promise<[StoreModule, ProgressModule]> {
  loading ??= Promise.all([import('@site/src/components/Progress/store'), import('@site/src/lib/learning/progress')]);
  return loading;
}

/**
 * The reader's progress for a component that shows a little of it (a quiz's
 * earlier answers, an exercise's "solved"), and a way to change it, without
 * putting the progress store and its schema library on the page's first
 * load: the store loads when `ref`'s element scrolls into view, or when the
 * first change is recorded. `progress` is undefined until then.
 */
export function useLazyProgress(ref: RefObject<HTMLElement | null>): {
  progress: Progress | undefined;
  update: (change: (progress: Progress, lib: ProgressModule) => Progress) => void;
} {
  const [progress, setProgress] = useState<Progress>();
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') return undefined;
    let unsubscribe: (() => void) | undefined;
    let cancelled = false;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void loadStore().then(([store]) => {
        if (cancelled) return;
        const refresh = () => setProgress(store.readProgress());
        refresh();
        unsubscribe = store.subscribeProgress(refresh);
      });
    });
    observer.observe(node);
    return () => {
      cancelled = true;
      observer.disconnect();
      unsubscribe?.();
    };
  }, [ref]);
  const update = (change: (progress: Progress, lib: ProgressModule) => Progress) => {
    void loadStore().then(([store, lib]) => store.updateProgress((p) => change(p, lib)));
  };
  return {progress, update};
}
