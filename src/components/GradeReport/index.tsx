import React, {type ReactNode} from 'react';
import {Badge} from '@site/src/components/ToolUi';
import type {GradeResult} from '@site/src/lib/exercises/schema';
import styles from './styles.module.css';

interface Props {
  /** The last grade, or undefined before the first "Grade" press. */
  readonly grade: GradeResult | undefined;
}

/**
 * The result of grading an exercise, the same on /practice and in the
 * NetworkPolicy analyzer: a live verdict (or the errors that stopped the
 * grader), then each check with Pass or Fail and, for a failure, the engine's
 * detail.
 */
export default function GradeReport({grade}: Props): ReactNode {
  const failed = grade ? grade.results.filter((r) => !r.passed).length : 0;
  return (
    <>
      <div role="status" aria-live="polite">
        {!grade ? (
          <p>Not graded yet.</p>
        ) : grade.errors.length > 0 ? (
          <>
            <p>
              <Badge tone="bad">Error</Badge> The answer could not be read; fix this first:
            </p>
            <ul className={styles.errors}>
              {grade.errors.map((e) => (
                <li key={e}>
                  <pre>{e}</pre>
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className={styles.verdict}>
            {grade.passed ? (
              <>
                <Badge tone="good">Solved</Badge> All {grade.results.length} checks pass.
              </>
            ) : (
              <>
                <Badge tone="bad">Not yet</Badge> {failed} of {grade.results.length} checks fail.
              </>
            )}
          </p>
        )}
      </div>
      {grade && grade.errors.length === 0 ? (
        <ul className={styles.checks} aria-label="Checks">
          {grade.results.map((r, i) => (
            <li key={`${i}-${r.check}`} className={styles.check}>
              <Badge tone={r.passed ? 'good' : 'bad'}>{r.passed ? 'Pass' : 'Fail'}</Badge> <span>{r.check}</span>
              {r.passed ? null : <p className={styles.detail}>{r.detail}</p>}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
