import {useCallback, useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {registrationBlocker} from '@site/src/lib/site/offline';

/**
 * Registers build/sw.js (scripts/postbuild.ts) once the page has loaded and
 * the browser is idle, so it never competes with the first paint. Reports when
 * a newer deployment's worker is installed and waiting; `update()` asks it to
 * take over (the Workbox-generated worker skips waiting on a `SKIP_WAITING`
 * message) and reloads once it controls the page.
 *
 * This uses the browser's service-worker API directly rather than
 * workbox-window: the few lines below are all the page needs, and they keep
 * 2 KB of script off every first visit.
 */
export function useServiceWorker(): {updateReady: boolean; update: () => void} {
  const swUrl = useBaseUrl('/sw.js');
  const [updateReady, setUpdateReady] = useState(false);
  const waiting = useRef<ServiceWorker | null>(null);

  useEffect(() => {
    const connection = (navigator as Navigator & {connection?: {saveData?: boolean}}).connection;
    const blocker = registrationBlocker({
      production: process.env.NODE_ENV === 'production',
      hasServiceWorker: 'serviceWorker' in navigator,
      saveData: connection?.saveData === true,
    });
    if (blocker) return undefined;
    let cancelled = false;
    const offer = (worker: ServiceWorker | null): void => {
      // A waiting worker while another controls the page is a new deployment.
      if (cancelled || !worker || !navigator.serviceWorker.controller) return;
      waiting.current = worker;
      setUpdateReady(true);
    };
    const start = (): void => {
      navigator.serviceWorker
        .register(swUrl)
        .then((registration) => {
          offer(registration.waiting);
          registration.addEventListener('updatefound', () => {
            const installing = registration.installing;
            installing?.addEventListener('statechange', () => {
              if (installing.state === 'installed') offer(installing);
            });
          });
        })
        // A browser may refuse (private mode, blocked workers): the site then
        // simply works online, as it would without a worker.
        .catch(() => undefined);
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
    const worker = waiting.current;
    if (!worker) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {once: true});
    worker.postMessage({type: 'SKIP_WAITING'});
  }, []);

  return {updateReady, update};
}
