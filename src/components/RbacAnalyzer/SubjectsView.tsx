import React, {useMemo, type ReactNode} from 'react';
import type {Finding, RbacModel} from '@site/src/lib/rbac';
import {plural} from '@site/src/lib/format/plural';
import {subjectSummaries} from '@site/src/lib/rbac/view';
import GrantTable from './GrantTable';
import SeverityBadge from './SeverityBadge';
import styles from './styles.module.css';

interface Props {
  readonly model: RbacModel;
  readonly findings: readonly Finding[];
}

/** Every subject named in a binding, each expandable to its effective permissions. */
export default function SubjectsView({model, findings}: Props): ReactNode {
  const subjects = useMemo(() => subjectSummaries(model, findings), [model, findings]);
  if (subjects.length === 0) {
    return <p>No binding in the input names a subject, so nobody is granted anything.</p>;
  }
  return (
    <>
      <p className={styles.lead}>
        {subjects.length === 1 ? '1 subject is' : `${subjects.length} subjects are`} named in bindings. Expand one to
        see its effective permissions: what its own bindings grant, and what it gets through groups it is known to be in
        (every authenticated identity is in <code>system:authenticated</code>; service accounts are also in{' '}
        <code>system:serviceaccounts</code> and <code>system:serviceaccounts:NAMESPACE</code>).
      </p>
      <ul className={styles.subjectList}>
        {subjects.map((s) => (
          <li key={s.id}>
            <details className={styles.subject}>
              <summary className={styles.subjectSummary}>
                <code className={styles.subjectName}>{s.id}</code>
                <span className={styles.subjectMeta}>{s.description}</span>
                {s.worstSeverity ? (
                  <span className={styles.subjectMeta}>
                    <SeverityBadge severity={s.worstSeverity} /> {plural(s.findingCount, 'finding')}
                  </span>
                ) : null}
              </summary>
              <div className={styles.subjectBody}>
                {s.clusterWide.length > 0 ? (
                  <GrantTable
                    caption="Cluster-wide (all namespaces and cluster-scoped resources), through ClusterRoleBindings"
                    rows={s.clusterWide}
                  />
                ) : null}
                {s.namespaces.map((n) => (
                  <GrantTable
                    key={n.namespace}
                    caption={
                      <>
                        In namespace <code>{n.namespace}</code>, through RoleBindings
                      </>
                    }
                    rows={n.grants}
                  />
                ))}
                {s.danglingBindings.length > 0 ? (
                  <p>
                    Bound to a role that does not exist (grants nothing today):{' '}
                    {s.danglingBindings.map((b, i) => (
                      <React.Fragment key={b}>
                        {i > 0 ? ', ' : null}
                        <code>{b}</code>
                      </React.Fragment>
                    ))}
                    .
                  </p>
                ) : null}
                {s.clusterWide.length === 0 && s.namespaces.length === 0 && s.danglingBindings.length === 0 ? (
                  <p>No permissions.</p>
                ) : null}
              </div>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}
