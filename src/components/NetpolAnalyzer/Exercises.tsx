import React, {useId, useRef, useState, type ReactNode} from 'react';
import type {GradeResult} from '@site/src/lib/exercises/schema';
import {exerciseFileName, exerciseText, gradeText, NETPOL_EXERCISES, solutionText} from '@site/src/lib/exercises/view';
import type {NetpolCheck} from '@site/src/lib/exercises/netpolGrade';
import type {QueryForm} from '@site/src/lib/netpol/view';
import {useLazyProgress} from '@site/src/components/Progress/lazy';
import GradeReport from '@site/src/components/GradeReport';
import styles from './styles.module.css';

interface Props {
  /** The text box's current content, which "Check my answer" grades. */
  readonly text: string;
  /** Replaces the text box's content; the query form starts from the exercise's first check. */
  readonly onLoad: (text: string, fileName: string, query: QueryForm) => void;
}

/** Graded exercises: load one, edit the policies, check the answer against the expected connections. */
export default function Exercises({text, onLoad}: Props): ReactNode {
  const headingId = useId();
  const [grades, setGrades] = useState<Readonly<Record<string, GradeResult>>>({});
  const section = useRef<HTMLElement>(null);
  // The store loads when the exercises scroll into view, not with the analyzer.
  const {progress, update} = useLazyProgress(section);

  /** Grades the text box; a pass is recorded in the reader's progress, as on the practice pages. */
  function check(id: string, grade: GradeResult): void {
    setGrades({...grades, [id]: grade});
    if (grade.passed) update((p, lib) => lib.recordExercise(p, id, Date.now()));
  }

  function firstQuery(checks: readonly unknown[]): QueryForm {
    const c = checks[0] as NetpolCheck | undefined;
    return {
      from: c?.from ?? '',
      to: c?.to ?? '',
      port: c?.port === undefined ? '' : String(c.port),
      protocol: c?.protocol ?? 'TCP',
    };
  }

  return (
    <section ref={section} aria-labelledby={headingId} className={styles.exercises}>
      <h2 id={headingId}>Exercises</h2>
      <p>
        Load an exercise into the text box, write or fix the NetworkPolicies in it (leave the Namespaces and workloads
        as they are), then check your answer: each check is a connection that must be allowed or denied.
      </p>
      {NETPOL_EXERCISES.map((ex) => (
        <details key={ex.id} id={`exercise-${ex.id}`} className={styles.exercise}>
          <summary>
            {ex.title}
            {progress?.exercises[ex.id] !== undefined ? ' (solved)' : null}
          </summary>
          <p>{ex.task}</p>
          <div className={styles.exerciseActions}>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => onLoad(exerciseText(ex), exerciseFileName(ex), firstQuery(ex.checks))}>
              Load the exercise
            </button>
            <button
              type="button"
              className="button button--primary button--sm"
              onClick={() => check(ex.id, gradeText(ex, text))}>
              Check my answer
            </button>
          </div>
          <details>
            <summary>Hints</summary>
            <ol>
              {ex.hints.map((h) => (
                <li key={h}>{h}</li>
              ))}
            </ol>
          </details>
          <details>
            <summary>Worked solution</summary>
            <p>{ex.solution.explanation}</p>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => onLoad(solutionText(ex), exerciseFileName(ex), firstQuery(ex.checks))}>
              Load the worked solution
            </button>
          </details>
          <div className={styles.grade}>
            <GradeReport grade={grades[ex.id]} />
          </div>
        </details>
      ))}
    </section>
  );
}
