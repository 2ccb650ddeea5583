import {useCallback, useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import type {Workbox} from 'workbox-window';
import {registrationBlocker} from '@site/src/lib/site/offline';

/**
 * Registers build/sw.js (scripts/postbuild.ts) once the page has loaded and
 * the browser is idle, so it never competes with the first paint. Reports when
 * a newer deployment's worker is waiting; `update()` activates it and reloads.
 */
export function useServiceWorker(): {updateReady: boolean; update: () => void} {
  const swUrl = useBaseUrl('/sw.js');
  const [updateReady, setUpdateReady] = useState(false);
  const workbox = useRef<Workbox | null>(null);

  useEffect(() => {
    const connection = (navigator as Navigator & {connection?: {saveData?: boolean}}).connection;
    const blocker = registrationBlocker({
      production: process.env.NODE_ENV === 'production',
      hasServiceWorker: 'serviceWorker' in navigator,
      saveData: connection?.saveData === true,
    });
    if (blocker) return undefined;
    let cancelled = false;
    const start = (): void => {
      void import('workbox-window').then(({Workbox: WorkboxClass}) => {
        if (cancelled) return;
        const wb = new WorkboxClass(swUrl);
        wb.addEventListener('waiting', () => setUpdateReady(true));
        workbox.current = wb;
        // A browser may refuse (private mode, blocked workers): the site then
        // simply works online, as it would without a worker.
        wb.register().catch(() => undefined);
      });
    };
    const idle = (): void => {
      if ('requestIdleCallback' in window) window.requestIdleCallback(start, {timeout: 5000});
      else setTimeout(start, 1000);
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, {once: true});
    return () => {
      cancelled = true;
      window.removeEventListener('load', idle);
    };
  }, [swUrl]);

  const update = useCallback(() => {
    const wb = workbox.current;
    if (!wb) return;
    wb.addEventListener('controlling', () => window.location.reload());
    wb.messageSkipWaiting();
  }, []);

  return {updateReady, update};
}
