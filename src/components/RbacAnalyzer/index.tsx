import React, {useId, useMemo, type ReactNode} from 'react';
import ManifestInput, {useAfterFirstPaint, useToolState} from '@site/src/components/ManifestInput';
import {
  analyzeRbac,
  DEFAULT_CAN,
  DEFAULT_WHO_CAN,
  fromShareState,
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

/** No issues to show while the first analysis waits for its task. */
const NO_ISSUES: readonly never[] = [];

const DEFAULT_STATE: RbacPageState = {
  yaml: CLASSIC_MISTAKES.text,
  file: CLASSIC_MISTAKES.fileName ?? PASTED_FILE_NAME,
  view: 'findings',
  whoCan: DEFAULT_WHO_CAN,
  can: DEFAULT_CAN,
};

const TOO_LARGE_HINT =
  'Export only the RBAC objects: kubectl get roles,clusterroles,rolebindings,clusterrolebindings -A -o yaml.';

/**
 * The RBAC analyzer: paste or open RBAC manifests, then browse subjects'
 * effective permissions, ask who can do what, and read the risk findings.
 * Everything runs in the browser; the state can be shared in the URL fragment
 * and comes back after leaving the page (useToolState).
 */
export default function RbacAnalyzer(): ReactNode {
  const headingId = useId();
  const tool = useToolState<RbacPageState>({
    storageKey: 'rbac-analyzer',
    keys: RBAC_SHARE_KEYS,
    defaults: DEFAULT_STATE,
    toShare: toShareState,
    fromShare: fromShareState,
    tooLargeHint: TOO_LARGE_HINT,
  });
  const {state, checked} = tool;
  const ready = useAfterFirstPaint();
  const analysis = useMemo(
    () => (ready && checked ? analyzeRbac(checked.yaml, checked.file) : undefined),
    [ready, checked],
  );

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
            key={tool.generation}
            model={result.model}
            whoCan={state.whoCan}
            can={state.can}
            onWhoCan={(whoCan) => tool.update({whoCan})}
            onCan={(can) => tool.update({can})}
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
        fileName={state.file}
        onChange={tool.onInput}
        samples={SAMPLES}
        tooLargeHint={TOO_LARGE_HINT}
        shareState={tool.shareState}
        issues={analysis?.issues ?? NO_ISSUES}
        errorsBlockResults={false}
        {...(tool.problem ? {problem: tool.problem} : {})}
      />

      <section aria-labelledby={headingId} className={styles.results}>
        <h2 id={headingId}>Analysis</h2>
        {!checked ? (
          <p>Nothing was analyzed: the input is too large (see above).</p>
        ) : !analysis ? (
          <p>Analyzing…</p>
        ) : analysis.empty ? (
          <p>Paste manifests, open a file or load a sample to see the analysis.</p>
        ) : (
          <>
            <p className={styles.summary}>{analysis.summary}</p>
            <Tabs label="Analysis views" tabs={tabs} selected={state.view} onSelect={(view) => tool.update({view})}>
              {renderView(state.view, analysis)}
            </Tabs>
          </>
        )}
      </section>
    </div>
  );
}
