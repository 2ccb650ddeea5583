import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {VERDICT_LABELS, type Verdict} from '@site/src/lib/pss/view';
import styles from './styles.module.css';

const CLASS: Readonly<Record<Verdict, string | undefined>> = {
  pass: styles.badgePass,
  fail: styles.badgeFail,
  skipped: styles.badgeSkipped,
};

interface Props {
  readonly verdict: Verdict;
}

/** The verdict as a word in a tinted pill: the text carries the meaning, the colour only repeats it. */
export default function VerdictBadge({verdict}: Props): ReactNode {
  return <span className={clsx(styles.badge, CLASS[verdict])}>{VERDICT_LABELS[verdict]}</span>;
}
