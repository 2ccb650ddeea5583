import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import type {WhyView} from '@site/src/lib/netpol/view';
import styles from './styles.module.css';

interface Props {
  readonly why: WhyView;
  /** What was asked, e.g. `shop/web → shop/api on any port`. */
  readonly asked: string;
}

/** The reasons for one answer: the verdict, then each side's policies and rules. */
export default function WhyPanel({why, asked}: Props): ReactNode {
  return (
    <div className={styles.why}>
      <p className={styles.asked}>{asked}</p>
      <p className={clsx(styles.headline, why.allowed ? styles.allowedText : styles.deniedText)}>{why.headline}</p>
      {why.sides.map((side) => (
        <div key={side.title} className={styles.side}>
          <h4>
            {side.title}:{' '}
            <span className={side.verdict === 'allowed' ? styles.allowedText : styles.deniedText}>{side.verdict}</span>
          </h4>
          <p>{side.sentence}</p>
          {side.rules.length > 0 ? (
            <ul>
              {side.rules.map((r) => (
                <li key={r.text}>
                  {r.text} <span className={styles.where}>({r.where})</span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ))}
      {why.caveats.map((c) => (
        <p key={c} className={styles.caveat}>
          <strong>Caveat:</strong> {c}
        </p>
      ))}
    </div>
  );
}
