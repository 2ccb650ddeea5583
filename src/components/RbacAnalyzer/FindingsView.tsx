import React, {useMemo, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import type {Finding} from '@site/src/lib/rbac';
import {findingRows, findingsSummary} from '@site/src/lib/rbac/view';
import SeverityBadge from './SeverityBadge';
import {factsClassName} from '@site/src/components/ToolUi';
import styles from './styles.module.css';

interface Props {
  readonly findings: readonly Finding[];
}

/** The audit's risk findings, most severe first, each with its grant, its fix and its article. */
export default function FindingsView({findings}: Props): ReactNode {
  const rows = useMemo(() => findingRows(findings), [findings]);
  return (
    <>
      <p className={styles.lead}>
        <strong>{findingsSummary(findings)}</strong>
        {rows.length === 0 ? ' No binding grants a known escalation path or risky permission.' : ' Most severe first.'}
      </p>
      {rows.length > 0 ? (
        <ol className={styles.findingList}>
          {rows.map((f) => (
            <li key={f.key} className={styles.finding}>
              <h3 className={styles.findingTitle}>
                <SeverityBadge severity={f.severity} /> {f.title}: <code>{f.subject}</code>
              </h3>
              <p>{f.message}</p>
              <dl className={factsClassName}>
                <dt>Granted by</dt>
                <dd>
                  <code>{f.binding}</code> → <code>{f.role}</code>
                  {f.location ? <span className={styles.detail}> (defined at {f.location})</span> : null}
                </dd>
                {f.rule ? (
                  <>
                    <dt>Rule</dt>
                    <dd>
                      <code>{f.rule}</code>
                    </dd>
                  </>
                ) : null}
                <dt>Scope</dt>
                <dd>
                  {f.scope === 'cluster-wide' ? (
                    'Cluster-wide'
                  ) : (
                    <>
                      Namespace <code>{f.scope}</code>
                    </>
                  )}
                </dd>
                <dt>Least-privilege fix</dt>
                <dd>{f.fix}</dd>
              </dl>
              <p className={styles.findingLink}>
                <Link to={f.docs}>Read more about “{f.title}”</Link>
              </p>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
