import React, {useMemo, useState, type ReactNode, useId} from 'react';
import ManifestInput, {useAfterFirstPaint, useToolState, type ManifestChange} from '@site/src/components/ManifestInput';
import {
  analyzeNetpol,
  endpointIds,
  explainCell,
  MATRIX_LIMIT,
  fromShareState,
  NETPOL_SHARE_KEYS,
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

const NO_ISSUES: readonly never[] = [];
const TOO_LARGE_HINT =
  'Export only what the analysis needs: kubectl get namespaces,deployments,statefulsets,daemonsets,networkpolicies -A -o yaml.';

const DEFAULT_STATE: NetpolPageState = {
  yaml: DEFAULT_DENY_DNS.text,
  file: DEFAULT_DENY_DNS.fileName ?? PASTED_FILE_NAME,
  external: DEFAULT_DENY_DNS.external,
  query: DEFAULT_DENY_DNS.query,
};

/** What the why panel shows: a matrix cell or the submitted query. */
type Selection = {readonly kind: 'cell'; readonly from: string; readonly to: string} | {readonly kind: 'query'};

/**
 * The NetworkPolicy analyzer: paste manifests, read the connectivity matrix,
 * open any cell's reasons, or ask about one connection. Everything runs in the
 * browser; the input state (shared links, Back, reload) is useToolState's, as
 * in the other two tools.
 */
export default function NetpolAnalyzer(): ReactNode {
  const headingId = useId();
  const whyId = useId();
  const queryId = useId();
  const tool = useToolState<NetpolPageState>({
    storageKey: 'netpol-analyzer',
    keys: NETPOL_SHARE_KEYS,
    defaults: DEFAULT_STATE,
    toShare: toShareState,
    fromShare: fromShareState,
    tooLargeHint: TOO_LARGE_HINT,
  });
  const {state} = tool;
  const [selection, setSelection] = useState<Selection>({kind: 'query'});
  // Bumped when a sample or an exercise replaces the question, so the form drops its draft.
  const [loads, setLoads] = useState(0);

  const ready = useAfterFirstPaint();
  const checked = tool.checked;
  const analysis = useMemo(
    () => (ready && checked ? analyzeNetpol(checked.yaml, checked.file, state.external) : undefined),
    [ready, checked, state.external],
  );

  function onInput(text: string, change: ManifestChange): void {
    tool.onInput(text, change);
    const sample = change.kind === 'sample' ? SAMPLES.find((s) => s.id === change.id) : undefined;
    if (sample) {
      tool.update({external: sample.external, query: sample.query});
      setSelection({kind: 'query'});
      setLoads((n) => n + 1);
    }
  }

  function onExercise(text: string, file: string, query: Form): void {
    tool.onInput(text, {kind: 'sample', id: file, name: file});
    tool.update({external: '', query});
    setSelection({kind: 'query'});
    setLoads((n) => n + 1);
  }

  function onQuery(query: Form): void {
    tool.update({query});
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
        fileName={state.file}
        onChange={onInput}
        samples={SAMPLES}
        tooLargeHint={TOO_LARGE_HINT}
        shareState={tool.shareState}
        issues={analysis?.issues ?? NO_ISSUES}
        {...(tool.problem ? {problem: tool.problem} : {})}
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
                onChange={(e) => tool.update({external: e.target.value})}
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
              <QueryForm
                key={`${tool.generation}-${loads}`}
                value={state.query}
                endpoints={endpointIds(analysis)}
                onSubmit={onQuery}
              />
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
