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
  analyzeRbac,
  DEFAULT_CAN,
  DEFAULT_WHO_CAN,
  fromShareState,
  nextFileName,
  PASTED_FILE_NAME,
  RBAC_SHARE_KEYS,
  RBAC_VIEW_LABELS,
  RBAC_VIEWS,
  toShareState,
  type RbacPageState,
  type RbacView,
} from '@site/src/lib/rbac/view';
import FindingsView from './FindingsView';
import QueryView from './QueryView';
import {CLASSIC_MISTAKES, SAMPLES} from './samples';
import SubjectsView from './SubjectsView';
import Tabs from './Tabs';
import styles from './styles.module.css';

/** Just under the engine's input cap (10 MiB, src/lib/rbac/parse.ts DEFAULT_MAX_BYTES), and a round number to read. */
const MAX_FILE_BYTES = 10_000_000;
/** No issues to show while the first analysis waits for its task. */
const NO_ISSUES: readonly never[] = [];

/** Typing pauses this long before the input is analyzed again, so errors are not announced for every keystroke. */
const EDIT_DELAY_MS = 300;

const DEFAULT_STATE: RbacPageState = {
  yaml: CLASSIC_MISTAKES.text,
  file: CLASSIC_MISTAKES.fileName ?? PASTED_FILE_NAME,
  view: 'findings',
  whoCan: DEFAULT_WHO_CAN,
  can: DEFAULT_CAN,
};

function restore(read: SharedStateRead, fallback: RbacPageState): Restored<RbacPageState> {
  return restoreState(read, fallback, fromShareState, DEFAULT_STATE);
}

/**
 * The RBAC analyzer: paste or open RBAC manifests, then browse subjects'
 * effective permissions, ask who can do what, and read the risk findings.
 * Everything runs in the browser; the state can be shared in the URL fragment.
 */
export default function RbacAnalyzer(): ReactNode {
  const headingId = useId();
  const [initial] = useState(() => restore(readSharedState(RBAC_SHARE_KEYS), DEFAULT_STATE));
  const [state, setState] = useState<RbacPageState>(initial.state);
  const [problem, setProblem] = useState(initial.problem);
  // The input as last analyzed: follows `state` at once for samples, files and
  // shared links, and after a pause while typing.
  const [analyzed, setAnalyzed] = useState({yaml: initial.state.yaml, file: initial.state.file});
  // Bumped when a shared link replaces the state, so the query forms drop their drafts.
  const [generation, setGeneration] = useState(0);

  useSharedStateChange(RBAC_SHARE_KEYS, (read) => {
    if (read.kind === 'none') return;
    const next = restore(read, state);
    setState(next.state);
    setAnalyzed({yaml: next.state.yaml, file: next.state.file});
    setProblem(next.problem);
    setGeneration((g) => g + 1);
  });

  useEffect(() => {
    if (analyzed.yaml === state.yaml && analyzed.file === state.file) return undefined;
    const timer = window.setTimeout(() => setAnalyzed({yaml: state.yaml, file: state.file}), EDIT_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [state.yaml, state.file, analyzed]);

  const ready = useAfterFirstPaint();
  const analysis = useMemo(() => (ready ? analyzeRbac(analyzed.yaml, analyzed.file) : undefined), [ready, analyzed]);
  const shareState = useMemo(() => toShareState(state), [state]);

  function onInput(text: string, change: ManifestChange): void {
    const file = nextFileName(state.file, text, change);
    setState({...state, yaml: text, file});
    setProblem(undefined);
    if (change.kind !== 'edit') setAnalyzed({yaml: text, file});
  }

  const tabs = RBAC_VIEWS.map((view) => ({
    id: view,
    label:
      view === 'findings' && analysis?.ok && !analysis.empty
        ? `${RBAC_VIEW_LABELS[view]} (${analysis.findings.length})`
        : RBAC_VIEW_LABELS[view],
  }));

  function renderView(view: RbacView, result: NonNullable<typeof analysis>): ReactNode {
    switch (view) {
      case 'subjects':
        return <SubjectsView model={result.model} findings={result.findings} />;
      case 'who-can':
        return (
          <QueryView
            key={generation}
            model={result.model}
            whoCan={state.whoCan}
            can={state.can}
            onWhoCan={(whoCan) => setState({...state, whoCan})}
            onCan={(can) => setState({...state, can})}
          />
        );
      case 'findings':
        return <FindingsView findings={result.findings} />;
    }
  }

  return (
    <div className={styles.analyzer}>
      <ManifestInput
        label="RBAC manifests (YAML or JSON)"
        help={
          <>
            Roles, ClusterRoles, RoleBindings and ClusterRoleBindings, several documents per file, or the output of{' '}
            <code>kubectl get roles,clusterroles,rolebindings,clusterrolebindings -A -o yaml</code>. Other kinds are
            ignored. Bindings to the default ClusterRoles (cluster-admin, admin, edit, view) use their built-in rules
            when the input does not define them.
          </>
        }
        value={state.yaml}
        onChange={onInput}
        samples={SAMPLES}
        maxFileBytes={MAX_FILE_BYTES}
        tooLargeHint="Export only the RBAC objects: kubectl get roles,clusterroles,rolebindings,clusterrolebindings -A -o yaml."
        shareState={shareState}
        issues={analysis?.issues ?? NO_ISSUES}
        {...(problem ? {problem} : {})}
      />

      <section aria-labelledby={headingId} className={styles.results}>
        <h2 id={headingId}>Analysis</h2>
        {!analysis ? (
          <p>Analyzing…</p>
        ) : analysis.empty ? (
          <p>Paste manifests, open a file or load a sample to see the analysis.</p>
        ) : !analysis.ok ? (
          <p>The input has errors (listed under the text box); nothing was analyzed. Fix them to see the results.</p>
        ) : (
          <>
            <p className={styles.summary}>{analysis.summary}</p>
            <Tabs
              label="Analysis views"
              tabs={tabs}
              selected={state.view}
              onSelect={(view) => setState({...state, view})}>
              {renderView(state.view, analysis)}
            </Tabs>
          </>
        )}
      </section>
    </div>
  );
}
