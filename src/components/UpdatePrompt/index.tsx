import React, {useState, type ReactNode} from 'react';
import {useServiceWorker} from './useServiceWorker';
import styles from './styles.module.css';

/**
 * "A new version is available" prompt. The site works offline through a
 * service worker; when a new deployment is found, its worker waits until the
 * reader chooses to reload, so a page never changes under them.
 */
export default function UpdatePrompt(): ReactNode {
  const {updateReady, update} = useServiceWorker();
  const [dismissed, setDismissed] = useState(false);
  if (!updateReady || dismissed) return null;
  return (
    <div className={styles.prompt} role="status" aria-live="polite">
      <p className={styles.text}>A new version of this guide is available.</p>
      <div className={styles.actions}>
        <button type="button" className="button button--primary button--sm" onClick={update}>
          Reload
        </button>
        <button type="button" className="button button--secondary button--sm" onClick={() => setDismissed(true)}>
          Later
        </button>
      </div>
    </div>
  );
}
