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
 * The reader's earlier answers for a quiz, and a way to record a new one,
 * without putting the progress store on an article's first load: the store
 * loads when the quiz scrolls into view, or when an answer is recorded.
 */
export function useLazyAnswers(ref: RefObject<HTMLElement | null>): {
  answers: Progress['answers'] | undefined;
  record: (id: string, correct: boolean) => void;
} {
  const [answers, setAnswers] = useState<Progress['answers']>();
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
        const refresh = () => setAnswers(store.readProgress().answers);
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
  const record = (id: string, correct: boolean) => {
    void loadStore().then(([store, progress]) =>
      store.updateProgress((p) => progress.recordAnswer(p, id, correct, Date.now())),
    );
  };
  return {answers, record};
}
