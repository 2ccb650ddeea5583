import React, {useEffect, useRef, type ReactNode} from 'react';

/**
 * An invisible marker at the end of an article: when the reader scrolls it
 * into view, the page is recorded as read in their progress. The progress
 * code loads only then, so articles do not carry it on first load.
 */
export default function ReadMarker({path}: {readonly path: string}): ReactNode {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void import('./markRead').then(({markPageRead}) => markPageRead(path));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [path]);
  return <div ref={ref} aria-hidden="true" data-read-marker="" />;
}
