import React, {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import type {MatrixEndpoint, MatrixRow} from '@site/src/lib/netpol/view';
import styles from './styles.module.css';

interface Props {
  readonly columns: readonly MatrixEndpoint[];
  readonly rows: readonly MatrixRow[];
  /** `from>to` of the selected cell. */
  readonly selected: string | undefined;
  readonly onSelect: (from: string, to: string) => void;
}

function Header({e}: {readonly e: MatrixEndpoint}): ReactNode {
  return (
    <>
      <span className={styles.endpointId}>{e.id}</span>
      <span className={styles.endpointKind}>
        {e.kind}
        {e.hostNetwork ? ', hostNetwork' : ''}
      </span>
    </>
  );
}

/**
 * The connectivity matrix: a real table (rows are sources, columns are
 * destinations) whose cells are buttons that open the "why" panel.
 */
export default function Matrix({columns, rows, selected, onSelect}: Props): ReactNode {
  const captionId = useId();
  return (
    <div className={styles.matrixScroll} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.matrix}>
        <caption id={captionId}>
          Connectivity matrix: each row is a source, each column a destination. Choose a cell to see why.
        </caption>
        <thead>
          <tr>
            <th scope="col">From \ To</th>
            {columns.map((c) => (
              <th scope="col" key={c.id}>
                <Header e={c} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.from.id}>
              <th scope="row">
                <Header e={row.from} />
              </th>
              {row.cells.map((cell, i) =>
                cell ? (
                  <td key={cell.to}>
                    <button
                      type="button"
                      className={clsx(styles.cell, cell.allowed ? styles.allowed : styles.denied)}
                      aria-pressed={selected === `${cell.from}>${cell.to}`}
                      aria-label={cell.label}
                      title={cell.label}
                      onClick={() => onSelect(cell.from, cell.to)}>
                      <span aria-hidden="true">{cell.allowed ? '✓ ' : '✗ '}</span>
                      {cell.allowed ? cell.text : 'denied'}
                    </button>
                  </td>
                ) : (
                  <td key={columns[i]?.id ?? i} className={styles.notApplicable}>
                    <abbr title="not applicable: both addresses are outside the cluster">n/a</abbr>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
