import React, {type ReactNode} from 'react';
import {VERDICT_LABELS, type Verdict} from '@site/src/lib/pss/view';
import {Badge, type Tone} from '@site/src/components/ToolUi';

const TONE: Readonly<Record<Verdict, Tone>> = {
  pass: 'good',
  fail: 'bad',
  skipped: 'neutral',
};

interface Props {
  readonly verdict: Verdict;
}

/** The verdict as a word in a tinted pill. */
export default function VerdictBadge({verdict}: Props): ReactNode {
  return <Badge tone={TONE[verdict]}>{VERDICT_LABELS[verdict]}</Badge>;
}
