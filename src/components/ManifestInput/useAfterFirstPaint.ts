import {useEffect, useState} from 'react';

/**
 * False on a tool's first render, true one task later. The tools analyse their
 * opening sample only then, so the page paints its input first and the parse,
 * the analysis and the result tables run in a task of their own rather than
 * in one long task with the tool's first render.
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setReady(true), 0);
    return () => window.clearTimeout(timer);
  }, []);
  return ready;
}
