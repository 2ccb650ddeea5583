import React, {type ReactNode} from 'react';
import type {GrantRow} from '@site/src/lib/rbac/view';
import styles from './styles.module.css';

interface Props {
  readonly caption: ReactNode;
  readonly rows: readonly GrantRow[];
}

/** Granting rules: the rule, the role that holds it, and the binding that grants the role. */
export default function GrantTable({caption, rows}: Props): ReactNode {
  const showVia = rows.some((r) => r.via !== undefined);
  return (
    <table className={styles.grantTable}>
      <caption className={styles.caption}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">Role</th>
          <th scope="col">Binding</th>
          {showVia ? <th scope="col">Through</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <td data-label="Rule">
              <code>{row.rule}</code>
              {row.aggregatedFrom ? <span className={styles.detail}> aggregated from {row.aggregatedFrom}</span> : null}
            </td>
            <td data-label="Role">
              <code>{row.role}</code>
              {row.roleBuiltin ? <span className={styles.detail}> built-in default</span> : null}
            </td>
            <td data-label="Binding">
              <code>{row.binding}</code>
              {row.bindingSource ? <span className={styles.detail}> {row.bindingSource}</span> : null}
            </td>
            {showVia ? (
              <td data-label="Through">
                {row.via ? <code>{row.via}</code> : <span className={styles.detail}>directly</span>}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
