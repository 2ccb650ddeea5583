import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import styles from './styles.module.css';

/**
 * Small pieces shared by the in-browser tools (Pod Security checker, RBAC
 * analyzer, and any later tool): one look for badges and form controls, one
 * stylesheet. Tools map their own vocabulary to a tone:
 *
 * - `good`: passes, allowed;
 * - `bad`: fails, critical;
 * - `high`, `medium`, `low`: severities in between;
 * - `neutral`: not checked, informational.
 */
export type Tone = 'good' | 'bad' | 'high' | 'medium' | 'low' | 'neutral';

const TONE_CLASS: Readonly<Record<Tone, string | undefined>> = {
  good: styles.good,
  bad: styles.bad,
  high: styles.high,
  medium: styles.medium,
  low: styles.low,
  neutral: undefined,
};

interface BadgeProps {
  readonly tone: Tone;
  /** The word the badge says; the colour only repeats it. */
  readonly children: ReactNode;
}

/** A word in a tinted pill: the text carries the meaning, the colour only repeats it. */
export function Badge({tone, children}: BadgeProps): ReactNode {
  return <span className={clsx(styles.badge, TONE_CLASS[tone])}>{children}</span>;
}

/** Class name for a tool's `<select>` and text `<input>`s. */
export const controlClassName: string = styles.control ?? '';

/** Class name for a tool's term/description list of facts (field, allowed values, fix). */
export const factsClassName: string = styles.facts ?? '';
