import React, {useId, type ReactNode} from 'react';
import {responsibilities, type Responsibility} from './data';
import styles from './styles.module.css';

interface Props {
  /** Rows to show; defaults to the four parties of the shared-responsibility model. */
  readonly rows?: readonly Responsibility[];
  /** Accessible caption for the table. */
  readonly caption?: string;
}

/**
 * The shared-responsibility model as a table: who secures what, with example
 * controls and the 4C layer each party owns. On narrow screens each row
 * becomes a card (CSS only; the markup stays a real table for screen readers).
 */
export default function SharedResponsibility({
  rows = responsibilities,
  caption = 'Who secures what in a Kubernetes deployment',
}: Props): ReactNode {
  const captionId = useId();
  if (rows.length === 0) throw new Error('<SharedResponsibility>: rows must not be empty');
  return (
    <div className={styles.wrapper} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Party</th>
            <th scope="col">What they secure</th>
            <th scope="col">Example controls</th>
            <th scope="col">4C layer</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.party}>
              <th scope="row" data-label="Party">
                {row.party}
                {row.qualifier ? <span className={styles.qualifier}> ({row.qualifier})</span> : null}
              </th>
              <td data-label="What they secure">{row.secures}</td>
              <td data-label="Example controls">
                <ul className={styles.controls}>
                  {row.controls.map((control) => (
                    <li key={control}>{control}</li>
                  ))}
                </ul>
              </td>
              <td data-label="4C layer">
                <span className={styles.layer}>{row.layer}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
