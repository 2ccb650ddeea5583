import React, {type ReactNode} from 'react';
import {SEVERITY_LABELS} from '@site/src/lib/rbac/view';
import type {Severity} from '@site/src/lib/rbac';
import {Badge, type Tone} from '@site/src/components/ToolUi';

const TONE: Readonly<Record<Severity, Tone>> = {
  critical: 'bad',
  high: 'high',
  medium: 'medium',
  low: 'low',
  info: 'neutral',
};

interface Props {
  readonly severity: Severity;
}

/** The severity as a word in a tinted pill. */
export default function SeverityBadge({severity}: Props): ReactNode {
  return <Badge tone={TONE[severity]}>{SEVERITY_LABELS[severity]}</Badge>;
}
