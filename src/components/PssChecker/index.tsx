import React, {useEffect, useId, useMemo, useRef, useState, type ReactNode} from 'react';
import ManifestInput, {
  useAfterFirstPaint,
  useToolState,
  type ManifestInputHandle,
} from '@site/src/components/ManifestInput';
import {
  applyCorrection,
  checkLoaded,
  fromShareState,
  ManifestSource,
  objectLabel,
  PASTED_FILE_NAME,
  PSS_SHARE_KEYS,
  toShareState,
  visibleObjects,
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

/** What the results say when the input is over the size limit (the message is under the text box). */
const TOO_LARGE: PssAnalysis = {...PENDING, summary: 'Nothing was checked: the input is too large (see above).'};

/** Objects rendered at first and per "Show more": each card parses its document again to find lines. */
const PAGE_SIZE = 25;

const DEFAULT_STATE: PssPageState = {
  yaml: PRIVILEGED_POD.text,
  file: PRIVILEGED_POD.fileName ?? PASTED_FILE_NAME,
  level: 'restricted',
  version: 'latest',
  failuresOnly: false,
};

const TOO_LARGE_HINT = 'Check one namespace or one kind at a time, e.g. kubectl get deploy -n shop -o yaml.';

/**
 * The Pod Security checker: paste or open manifests, pick a level and a
 * policy version, and read the verdict of every object with its failing
 * controls, their fields in the input and a corrected manifest. Everything
 * runs in the browser; the state can be shared in the URL fragment and comes
 * back after leaving the page (useToolState).
 */
export default function PssChecker(): ReactNode {
  const id = useId();
  const inputRef = useRef<ManifestInputHandle>(null);
  const tool = useToolState<PssPageState>({
    storageKey: 'pss-checker',
    keys: PSS_SHARE_KEYS,
    defaults: DEFAULT_STATE,
    toShare: toShareState,
    fromShare: fromShareState,
    tooLargeHint: TOO_LARGE_HINT,
  });
  const {state, checked} = tool;
  const [shown, setShown] = useState(PAGE_SIZE);
  // What the last action did, announced with the results.
  const [action, setAction] = useState<{readonly message: string; readonly focus?: string} | null>(null);

  const ready = useAfterFirstPaint();
  // Parsed once per input; a new level or version only re-evaluates.
  const loaded = useMemo(
    () => (ready && checked ? loadManifests(checked.yaml, {file: checked.file}) : undefined),
    [ready, checked],
  );
  const analysis = useMemo(
    () => (loaded ? checkLoaded(loaded, {level: state.level, version: state.version}) : checked ? PENDING : TOO_LARGE),
    [loaded, checked, state.level, state.version],
  );
  const source = useMemo(() => new ManifestSource(checked?.yaml ?? ''), [checked?.yaml]);
  const headingIdOf = (key: string): string => `${id}-object-${key}`;

  // After a correction, move focus from the button (now gone) to the corrected object.
  useEffect(() => {
    if (!action?.focus) return;
    document.getElementById(action.focus)?.focus();
  }, [action]);

  function replaceWithCorrection(result: ObjectResult): void {
    const applied = applyCorrection(state.yaml, result, state.level, state.version);
    if (!applied.ok) {
      setAction({message: applied.message});
      return;
    }
    tool.replaceText(applied.text);
    setAction({
      message: `Replaced ${objectLabel(result)} in the input with its corrected manifest${applied.keptComments ? '' : ' (comments inside it could not be kept)'}.`,
      focus: headingIdOf(result.key),
    });
  }

  const listed = visibleObjects(analysis.objects, state.failuresOnly);
  const visible = listed.slice(0, shown);
  const hidden = listed.length - visible.length;

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
        fileName={state.file}
        onChange={(text, change) => {
          tool.onInput(text, change);
          setAction(null);
        }}
        samples={SAMPLES}
        tooLargeHint={TOO_LARGE_HINT}
        shareState={tool.shareState}
        issues={analysis.issues}
        handleRef={inputRef}
        {...(tool.problem ? {problem: tool.problem} : {})}
      />

      <PolicyControls
        level={state.level}
        version={state.version}
        onLevel={(level) => {
          tool.update({level});
          setAction(null);
        }}
        onVersion={(version) => {
          tool.update({version});
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
            {analysis.counts.fail > 0 && analysis.objects.length > analysis.counts.fail ? (
              <p className={styles.filter}>
                <label>
                  <input
                    type="checkbox"
                    checked={state.failuresOnly}
                    onChange={(e) => {
                      tool.update({failuresOnly: e.target.checked});
                      setShown(PAGE_SIZE);
                    }}
                  />{' '}
                  Show only the {analysis.counts.fail} failing {analysis.counts.fail === 1 ? 'object' : 'objects'}
                </label>
              </p>
            ) : null}
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
                  Show {Math.min(hidden, PAGE_SIZE)} more of {hidden} remaining {state.failuresOnly ? 'failing ' : ''}
                  objects
                </button>
              </p>
            ) : null}
          </>
        ) : null}
      </section>
    </div>
  );
}
