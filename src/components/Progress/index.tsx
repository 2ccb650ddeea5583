import React, {useRef, useState, type ReactNode} from 'react';
import {mergeProgress, parseProgress, serializeProgress, emptyProgress} from '@site/src/lib/learning/progress';
import {replaceProgress, useProgress} from './store';
import styles from './styles.module.css';

/**
 * What the reader has done (pages read, questions answered, exercises
 * solved), with export to a file, import from one (merged with what is here)
 * and reset. Everything stays in this browser.
 */
export default function ProgressPanel(): ReactNode {
  const {progress} = useProgress();
  const [message, setMessage] = useState('');
  const [confirming, setConfirming] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const answers = Object.values(progress.answers);

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([serializeProgress(progress)], {type: 'application/json'}));
    const a = document.createElement('a');
    a.href = url;
    a.download = `ksfg-progress-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    URL.revokeObjectURL(url);
    setMessage('Progress exported.');
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseProgress(await file.text());
    if (!result.ok) {
      setMessage(`Could not import ${file.name}: ${result.message}.`);
      return;
    }
    replaceProgress(mergeProgress(progress, result.progress));
    setMessage(`Imported ${file.name}.`);
    if (fileInput.current) fileInput.current.value = '';
  };
  const reset = () => {
    replaceProgress(emptyProgress());
    setConfirming(false);
    setMessage('Progress reset.');
  };

  return (
    <section className={styles.panel} aria-labelledby="progress-heading">
      <h2 id="progress-heading" className={styles.heading}>
        Your progress
      </h2>
      <p>
        {Object.keys(progress.read).length} pages read, {answers.length} questions answered (
        {answers.filter((a) => a.correct).length} correct), {Object.keys(progress.exercises).length} exercises solved.
        It is kept in this browser only; export it to move it to another.
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--secondary button--sm" onClick={exportFile}>
          Export progress
        </button>
        <label className="button button--secondary button--sm">
          Import progress
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className={styles.file}
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
        {confirming ? (
          <>
            <button type="button" className="button button--danger button--sm" onClick={reset}>
              Yes, delete my progress
            </button>
            <button type="button" className="button button--link button--sm" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button type="button" className="button button--link button--sm" onClick={() => setConfirming(true)}>
            Reset progress
          </button>
        )}
      </div>
      <p role="status" className={styles.message}>
        {message}
      </p>
    </section>
  );
}
