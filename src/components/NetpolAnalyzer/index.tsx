import React, {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import ManifestInput, {
  readSharedState,
  restoreState,
  useAfterFirstPaint,
  useSharedStateChange,
  type ManifestChange,
  type Restored,
  type SharedStateRead,
} from '@site/src/components/ManifestInput';
import {
  analyzeNetpol,
  endpointIds,
  explainCell,
  MATRIX_LIMIT,
  fromShareState,
  NETPOL_SHARE_KEYS,
  nextFileName,
  PASTED_FILE_NAME,
  runQuery,
  toShareState,
  type NetpolPageState,
  type QueryForm as Form,
} from '@site/src/lib/netpol/view';
import {hostNetworkCaveat} from '@site/src/lib/netpol/evaluate';
import Exercises from './Exercises';
import Matrix from './Matrix';
import QueryForm from './QueryForm';
import {DEFAULT_DENY_DNS, SAMPLES} from './samples';
import WhyPanel from './WhyPanel';
import styles from './styles.module.css';

/** The engine's input cap (src/lib/netpol/load.ts DEFAULT_MAX_BYTES), rounded down. */
const MAX_FILE_BYTES = 10_000_000;
const NO_ISSUES: readonly never[] = [];
/** Typing pauses this long before the input is analyzed again. */
const EDIT_DELAY_MS = 300;

const DEFAULT_STATE: NetpolPageState = {
  yaml: DEFAULT_DENY_DNS.text,
  file: DEFAULT_DENY_DNS.fileName ?? PASTED_FILE_NAME,
  external: DEFAULT_DENY_DNS.external,
  query: DEFAULT_DENY_DNS.query,
};

function restore(read: SharedStateRead, fallback: NetpolPageState): Restored<NetpolPageState> {
  return restoreState(read, fallback, fromShareState, DEFAULT_STATE);
}

/** What the why panel shows: a matrix cell or the submitted query. */
type Selection = {readonly kind: 'cell'; readonly from: string; readonly to: string} | {readonly kind: 'query'};

/**
 * The NetworkPolicy analyzer: paste manifests, read the connectivity matrix,
 * open any cell's reasons, or ask about one connection. Everything runs in the
 * browser; the state can be shared in the URL fragment.
 */
export default function NetpolAnalyzer(): ReactNode {
  const headingId = useId();
  const whyId = useId();
  const queryId = useId();
  const [initial] = useState(() => restore(readSharedState(NETPOL_SHARE_KEYS), DEFAULT_STATE));
  const [state, setState] = useState<NetpolPageState>(initial.state);
  const [problem, setProblem] = useState(initial.problem);
  const [analyzed, setAnalyzed] = useState({yaml: initial.state.yaml, file: initial.state.file});
  const [selection, setSelection] = useState<Selection>({kind: 'query'});
  // Bumped when a sample or a shared link replaces the state, so the form drops its draft.
  const [generation, setGeneration] = useState(0);

  useSharedStateChange(NETPOL_SHARE_KEYS, (read) => {
    if (read.kind === 'none') return;
    const next = restore(read, state);
    setState(next.state);
    setAnalyzed({yaml: next.state.yaml, file: next.state.file});
    setProblem(next.problem);
    setSelection({kind: 'query'});
    setGeneration((g) => g + 1);
  });

  useEffect(() => {
    if (analyzed.yaml === state.yaml && analyzed.file === state.file) return undefined;
    const timer = window.setTimeout(() => setAnalyzed({yaml: state.yaml, file: state.file}), EDIT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state.yaml, state.file, analyzed]);

  const ready = useAfterFirstPaint();
  const analysis = useMemo(
    () => (ready ? analyzeNetpol(analyzed.yaml, analyzed.file, state.external) : undefined),
    [ready, analyzed, state.external],
  );
  const shareState = useMemo(() => toShareState(state), [state]);

  function onInput(text: string, change: ManifestChange): void {
    const file = nextFileName(state.file, text, change);
    const sample = change.kind === 'sample' ? SAMPLES.find((s) => s.id === change.id) : undefined;
    setState(
      sample ? {yaml: text, file, external: sample.external, query: sample.query} : {...state, yaml: text, file},
    );
    setProblem(undefined);
    if (sample) {
      setSelection({kind: 'query'});
      setGeneration((g) => g + 1);
    }
    if (change.kind !== 'edit') setAnalyzed({yaml: text, file});
  }

  function onExercise(text: string, file: string, query: Form): void {
    setState({yaml: text, file, external: '', query});
    setProblem(undefined);
    setAnalyzed({yaml: text, file});
    setSelection({kind: 'query'});
    setGeneration((g) => g + 1);
  }

  function onQuery(query: Form): void {
    setState({...state, query});
    setSelection({kind: 'query'});
  }

  const answer = useMemo(() => {
    if (!analysis?.ok) return undefined;
    if (selection.kind === 'cell') {
      const why = explainCell(analysis.analyzer, selection.from, selection.to);
      return why ? {ok: true as const, why, asked: `${selection.from} → ${selection.to} on any port`} : undefined;
    }
    return runQuery(analysis.analyzer, state.query);
  }, [analysis, selection, state.query]);

  return (
    <div className={styles.analyzer}>
      <ManifestInput
        label="Manifests (YAML or JSON)"
        help={
          <>
            Namespaces, Pods, workloads (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob,
            ReplicationController) and NetworkPolicies, several documents per file, or the output of{' '}
            <code>kubectl get namespaces,pods,networkpolicies -A -o yaml</code>. Other kinds are ignored.
          </>
        }
        value={state.yaml}
        onChange={onInput}
        samples={SAMPLES}
        maxFileBytes={MAX_FILE_BYTES}
        tooLargeHint="Export only what the analysis needs: kubectl get namespaces,deployments,statefulsets,daemonsets,networkpolicies -A -o yaml."
        shareState={shareState}
        issues={analysis?.issues ?? NO_ISSUES}
        {...(problem ? {problem} : {})}
      />

      <section aria-labelledby={headingId} className={styles.results}>
        <h2 id={headingId}>Connectivity</h2>
        {!analysis ? (
          <p>Analyzing…</p>
        ) : analysis.empty ? (
          <p>Paste manifests, open a file or load a sample to see the connectivity matrix.</p>
        ) : !analysis.ok ? (
          <p>The input has errors (listed under the text box); nothing was analyzed. Fix them to see the results.</p>
        ) : (
          <>
            <p className={styles.summary}>{analysis.summary}</p>
            <div className={styles.field}>
              <label htmlFor={`${headingId}-external`}>Addresses outside the cluster to include</label>
              <input
                id={`${headingId}-external`}
                className={styles.input}
                type="text"
                value={state.external}
                onChange={(e) => setState({...state, external: e.target.value})}
                aria-describedby={`${headingId}-external-hint`}
                autoComplete="off"
                spellCheck={false}
              />
              <span id={`${headingId}-external-hint`} className={styles.hint}>
                IPv4 or IPv6 addresses, separated by commas. ipBlock rules match only these; pod IPs are not known.
                {analysis.externalErrors.length > 0 ? ` Ignored: ${analysis.externalErrors.join('; ')}.` : ''}
              </span>
            </div>
            {analysis.hidden > 0 ? (
              <p>
                The matrix shows the first {MATRIX_LIMIT} Pods and workloads; {analysis.hidden} more are left out. Ask
                about them with the form below.
              </p>
            ) : null}
            {analysis.rows.length > 0 ? (
              <Matrix
                columns={analysis.columns}
                rows={analysis.rows}
                selected={selection.kind === 'cell' ? `${selection.from}>${selection.to}` : undefined}
                onSelect={(from, to) => setSelection({kind: 'cell', from, to})}
              />
            ) : (
              <p>The input has no Pods or workloads.</p>
            )}
            {analysis.hostNetwork.map((id) => (
              <p key={id} className={styles.caveat}>
                <strong>Caveat:</strong> {hostNetworkCaveat(id)}
              </p>
            ))}

            <section aria-labelledby={queryId}>
              <h3 id={queryId}>Ask about one connection</h3>
              <QueryForm key={generation} value={state.query} endpoints={endpointIds(analysis)} onSubmit={onQuery} />
            </section>

            <section aria-labelledby={whyId} aria-live="polite" className={styles.whySection}>
              <h3 id={whyId}>Why</h3>
              {!answer ? null : answer.ok ? (
                <WhyPanel why={answer.why} asked={answer.asked} />
              ) : (
                <ul className={styles.formErrors}>
                  {answer.errors.map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </section>

      <Exercises text={state.yaml} onLoad={onExercise} />
    </div>
  );
}
