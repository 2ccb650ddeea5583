import React, {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import ManifestInput, {
  readSharedState,
  restoreState,
  useAfterFirstPaint,
  useSharedStateChange,
  type ManifestChange,
  type ManifestInputHandle,
  type Restored,
  type SharedStateRead,
} from '@site/src/components/ManifestInput';
import {
  applyCorrection,
  checkLoaded,
  fromShareState,
  ManifestSource,
  nextFileName,
  objectLabel,
  PASTED_FILE_NAME,
  PSS_SHARE_KEYS,
  toShareState,
  type ObjectResult,
  type PssAnalysis,
  type PssPageState,
} from '@site/src/lib/pss/view';
import {loadManifests} from '@site/src/lib/manifest/load';
import ObjectCard from './ObjectCard';
import PolicyControls from './PolicyControls';
import {PRIVILEGED_POD, SAMPLES} from './samples';
import styles from './styles.module.css';

/** What the results say for the moment before the first check runs, one task after the first paint. */
const PENDING: PssAnalysis = {
  empty: true,
  ok: true,
  issues: [],
  objects: [],
  counts: {pass: 0, fail: 0, skipped: 0},
  summary: 'Checking…',
};

/** The engine reads up to 2 MiB (src/lib/manifest/parse.ts DEFAULT_MAX_BYTES); a round number just under it. */
const MAX_FILE_BYTES = 2_000_000;
/** Typing pauses this long before the input is checked again, so results are not announced for every keystroke. */
const EDIT_DELAY_MS = 300;
/** Objects rendered at first and per "Show more": each card parses its document again to find lines. */
const PAGE_SIZE = 25;

const DEFAULT_STATE: PssPageState = {
  yaml: PRIVILEGED_POD.text,
  file: PRIVILEGED_POD.fileName ?? PASTED_FILE_NAME,
  level: 'restricted',
  version: 'latest',
};

function restore(read: SharedStateRead, fallback: PssPageState): Restored<PssPageState> {
  return restoreState(read, fallback, fromShareState, DEFAULT_STATE);
}

/**
 * The Pod Security checker: paste or open manifests, pick a level and a
 * policy version, and read the verdict of every object with its failing
 * controls, their fields in the input and a corrected manifest. Everything
 * runs in the browser; the state can be shared in the URL fragment.
 */
export default function PssChecker(): ReactNode {
  const id = useId();
  const inputRef = useRef<ManifestInputHandle>(null);
  const [initial] = useState(() => restore(readSharedState(PSS_SHARE_KEYS), DEFAULT_STATE));
  const [state, setState] = useState<PssPageState>(initial.state);
  const [problem, setProblem] = useState(initial.problem);
  // The input as last checked: follows `state` at once for samples, files,
  // corrections and shared links, and after a pause while typing.
  const [checked, setChecked] = useState({yaml: initial.state.yaml, file: initial.state.file});
  const [shown, setShown] = useState(PAGE_SIZE);
  // What the last action did, announced with the results.
  const [action, setAction] = useState<{readonly message: string; readonly focus?: string} | null>(null);

  useSharedStateChange(PSS_SHARE_KEYS, (read) => {
    if (read.kind === 'none') return;
    const next = restore(read, state);
    setState(next.state);
    setChecked({yaml: next.state.yaml, file: next.state.file});
    setProblem(next.problem);
    setAction(null);
  });

  useEffect(() => {
    if (checked.yaml === state.yaml && checked.file === state.file) return undefined;
    const timer = window.setTimeout(() => setChecked({yaml: state.yaml, file: state.file}), EDIT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state.yaml, state.file, checked]);

  const ready = useAfterFirstPaint();
  // Parsed once per input; a new level or version only re-evaluates.
  const loaded = useMemo(
    () => (ready ? loadManifests(checked.yaml, {file: checked.file}) : undefined),
    [ready, checked],
  );
  const analysis = useMemo(
    () => (loaded ? checkLoaded(loaded, {level: state.level, version: state.version}) : PENDING),
    [loaded, state.level, state.version],
  );
  const source = useMemo(() => new ManifestSource(checked.yaml), [checked.yaml]);
  const shareState = useMemo(() => toShareState(state), [state]);
  const headingIdOf = (key: string): string => `${id}-object-${key}`;

  // After a correction, move focus from the button (now gone) to the corrected object.
  useEffect(() => {
    if (!action?.focus) return;
    document.getElementById(action.focus)?.focus();
  }, [action]);

  function onInput(text: string, change: ManifestChange): void {
    const file = nextFileName(state.file, text, change);
    setState({...state, yaml: text, file});
    setProblem(undefined);
    setAction(null);
    if (change.kind !== 'edit') setChecked({yaml: text, file});
  }

  function replaceWithCorrection(result: ObjectResult): void {
    const applied = applyCorrection(state.yaml, result, state.level, state.version);
    if (!applied.ok) {
      setAction({message: applied.message});
      return;
    }
    setState({...state, yaml: applied.text});
    setChecked({yaml: applied.text, file: state.file});
    setProblem(undefined);
    setAction({
      message: `Replaced ${objectLabel(result)} in the input with its corrected manifest${applied.keptComments ? '' : ' (comments inside it could not be kept)'}.`,
      focus: headingIdOf(result.key),
    });
  }

  const visible = analysis.objects.slice(0, shown);
  const hidden = analysis.objects.length - visible.length;

  return (
    <div className={styles.checker}>
      <ManifestInput
        label="Manifests (YAML or JSON)"
        help={
          <>
            Pods and workloads with a pod template (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob,
            ReplicationController, PodTemplate), several documents per file, <code>kind: List</code>, or the output of{' '}
            <code>kubectl get deploy,pods -o yaml</code>. Other kinds are listed but not checked.
          </>
        }
        value={state.yaml}
        onChange={onInput}
        samples={SAMPLES}
        maxFileBytes={MAX_FILE_BYTES}
        tooLargeHint="Check one namespace or one kind at a time, e.g. kubectl get deploy -n shop -o yaml."
        shareState={shareState}
        issues={analysis.issues}
        handleRef={inputRef}
        {...(problem ? {problem} : {})}
      />

      <PolicyControls
        level={state.level}
        version={state.version}
        onLevel={(level) => {
          setState({...state, level});
          setAction(null);
        }}
        onVersion={(version) => {
          setState({...state, version});
          setAction(null);
        }}
      />

      <section aria-labelledby={`${id}-results`} className={styles.results}>
        <h2 id={`${id}-results`}>Results</h2>
        <div role="status" className={styles.summary}>
          {action ? <p className={styles.action}>{action.message}</p> : null}
          <p>{analysis.summary}</p>
        </div>
        {analysis.ok && !analysis.empty ? (
          <>
            <ol className={styles.objects}>
              {visible.map((result) => (
                <ObjectCard
                  key={result.key}
                  result={result}
                  source={source}
                  level={state.level}
                  version={state.version}
                  headingId={headingIdOf(result.key)}
                  onShowLine={(line) => inputRef.current?.selectLine(line)}
                  onUseCorrection={replaceWithCorrection}
                />
              ))}
            </ol>
            {hidden > 0 ? (
              <p>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => setShown((n) => n + PAGE_SIZE)}>
                  Show {Math.min(hidden, PAGE_SIZE)} more of {hidden} remaining objects
                </button>
              </p>
            ) : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
