import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {SEVERITY_LABELS} from '@site/src/lib/rbac/view';
import type {Severity} from '@site/src/lib/rbac';
import styles from './styles.module.css';

const CLASS: Readonly<Record<Severity, string | undefined>> = {
  critical: styles.badgeCritical,
  high: styles.badgeHigh,
  medium: styles.badgeMedium,
  low: styles.badgeLow,
  info: styles.badgeInfo,
};

interface Props {
  readonly severity: Severity;
}

/** The severity as a word in a tinted pill: the text carries the meaning, the colour only repeats it. */
export default function SeverityBadge({severity}: Props): ReactNode {
  return <span className={clsx(styles.badge, CLASS[severity])}>{SEVERITY_LABELS[severity]}</span>;
}
