import React, {useCallback, useEffect, useId, useRef, useState, type ReactNode} from 'react';
import ManifestInput, {useToolState, type ToolInputState} from '@site/src/components/ManifestInput';
import GradeReport from '@site/src/components/GradeReport';
import {useProgress} from '@site/src/components/Progress/store';
import {recordExercise} from '@site/src/lib/learning/progress';
import {gradeExercise} from '@site/src/lib/exercises/graders';
import type {Exercise, GradeResult} from '@site/src/lib/exercises/schema';
import type {ShareState} from '@site/src/lib/share/fragment';
import styles from './styles.module.css';

interface Props {
  readonly exercise: Exercise;
}

const SHARE_KEYS = ['yaml', 'file'] as const;

/** What the reader edits, per grader. */
const HELP: Readonly<Record<string, string>> = {
  pss: 'Edit the manifest, then grade it. Keep what the workload runs; change how it runs.',
  rbac: 'Edit or replace the Roles and bindings, then grade them. Other objects (ServiceAccounts) may stay; the analyzer ignores them.',
  netpol: 'Write the NetworkPolicies, then grade them together with the objects already in the cluster (shown above).',
};
const toShare = (s: ToolInputState): ShareState => ({yaml: s.yaml, file: s.file});
const fromShare = (shared: ShareState, defaults: ToolInputState): ToolInputState => ({
  yaml: shared['yaml'] ?? defaults.yaml,
  file: shared['file'] || defaults.file,
});

/**
 * The interactive part of an exercise page: the editor (ManifestInput, with
 * the session copy and share links of every tool), Grade, the result of each
 * check with the engine's detail, hints revealed one at a time, and the
 * worked solution. A passing grade is recorded in the reader's progress.
 */
export default function Workbench({exercise}: Props): ReactNode {
  const id = useId();
  const [defaults] = useState<ToolInputState>(() => ({yaml: exercise.starter, file: 'answer.yaml'}));
  const tool = useToolState<ToolInputState>({
    storageKey: `practice-${exercise.id}`,
    keys: SHARE_KEYS,
    defaults,
    toShare,
    fromShare,
  });
  const {update} = useProgress();
  const [grade, setGrade] = useState<GradeResult | undefined>(undefined);
  const [hintsShown, setHintsShown] = useState(0);
  const [solutionShown, setSolutionShown] = useState(false);
  // The buttons that reveal a hint or the solution can disappear once pressed; focus moves to what
  // they revealed, so a keyboard or screen reader user is neither dropped to the top of the page
  // nor left unaware of the new text.
  const lastHint = useRef<HTMLLIElement>(null);
  const solutionText = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (hintsShown > 0) lastHint.current?.focus();
  }, [hintsShown]);
  useEffect(() => {
    if (solutionShown) solutionText.current?.focus();
  }, [solutionShown]);

  const onGrade = useCallback(() => {
    const result = gradeExercise(exercise, tool.state.yaml);
    setGrade(result);
    if (result.passed) update((p) => recordExercise(p, exercise.id, Date.now()));
  }, [exercise, tool.state.yaml, update]);

  return (
    <div className={styles.workbench}>
      <ManifestInput
        label="Your answer"
        help={HELP[exercise.tool] ?? 'Edit the manifests, then grade them.'}
        value={tool.state.yaml}
        fileName={tool.state.file}
        onChange={tool.onInput}
        shareState={tool.shareState}
        problem={tool.problem}
        samples={[{id: 'starter', label: 'The starting manifest', text: exercise.starter, fileName: 'answer.yaml'}]}
        rows={Math.min(32, Math.max(14, exercise.starter.split('\n').length + 2))}
      />
      <div className={styles.actions}>
        <button type="button" className="button button--primary" onClick={onGrade}>
          Grade my answer
        </button>
      </div>

      <section aria-labelledby={`${id}-result`} className={styles.result}>
        <h2 id={`${id}-result`} className={styles.subheading}>
          Result
        </h2>
        <GradeReport grade={grade} />
      </section>

      <section aria-labelledby={`${id}-hints`} className={styles.hints}>
        <h2 id={`${id}-hints`} className={styles.subheading}>
          Hints
        </h2>
        {hintsShown > 0 ? (
          <ol>
            {exercise.hints.slice(0, hintsShown).map((h, i) => (
              <li key={h} ref={i === hintsShown - 1 ? lastHint : undefined} tabIndex={-1}>
                {h}
              </li>
            ))}
          </ol>
        ) : null}
        {hintsShown < exercise.hints.length ? (
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => setHintsShown((n) => n + 1)}>
            {hintsShown === 0 ? 'Show a hint' : 'Show the next hint'} ({hintsShown + 1} of {exercise.hints.length})
          </button>
        ) : (
          <p className={styles.muted}>That was the last hint.</p>
        )}
      </section>

      <section aria-labelledby={`${id}-solution`} className={styles.solution}>
        <h2 id={`${id}-solution`} className={styles.subheading}>
          Worked solution
        </h2>
        {solutionShown ? (
          <>
            <p ref={solutionText} tabIndex={-1}>
              {exercise.solution.explanation}
            </p>
            {/* Focusable, so a keyboard can scroll it (axe scrollable-region-focusable). */}
            <pre tabIndex={0}>
              <code>{exercise.solution.manifest}</code>
            </pre>
            <button
              type="button"
              className="button button--secondary button--sm"
              onClick={() => {
                tool.replaceText(exercise.solution.manifest);
                setGrade(undefined);
              }}>
              Put the worked solution in the editor
            </button>
          </>
        ) : (
          <button type="button" className="button button--secondary button--sm" onClick={() => setSolutionShown(true)}>
            Show the worked solution
          </button>
        )}
      </section>
    </div>
  );
}
