import {describe, expect, it} from 'vitest';
import {evaluatePod} from '../evaluate';
import {checksFor} from '../registry';
import {procMount_restricted} from './procMount_restricted';
import {fixThenCheck, podView, revisionAt} from './testing';

const pod = {
  hostUsers: false,
  securityContext: {seccompProfile: {type: 'RuntimeDefault'}},
  containers: [
    {
      name: 'a',
      securityContext: {procMount: 'Unmasked', allowPrivilegeEscalation: false, capabilities: {drop: ['ALL']}},
    },
  ],
};

describe('procMount_restricted', () => {
  it('forbids Unmasked even for user-namespace pods', () => {
    expect(revisionAt(procMount_restricted, 35)(podView(pod))?.detail).toBe(
      'container "a" must not set securityContext.procMount to "Unmasked"',
    );
  });

  it('exists from v1.35 and then replaces the baseline procMount check at Restricted', () => {
    const ids = (minor: number): string[] => checksFor('restricted', minor).map((c) => c.id);
    expect(ids(34)).toContain('procMount');
    expect(ids(34)).not.toContain('procMount_restricted');
    expect(ids(35)).toContain('procMount_restricted');
    expect(ids(35)).not.toContain('procMount');
  });

  it('makes the same pod pass Baseline but fail Restricted at latest', () => {
    expect(evaluatePod({kind: 'Pod', spec: pod}, 'baseline').allowed).toBe(true);
    expect(evaluatePod({kind: 'Pod', spec: pod}, 'restricted').violations.map((v) => v.check)).toEqual([
      'procMount_restricted',
    ]);
  });

  it('fix removes procMount', () => {
    expect(fixThenCheck(procMount_restricted, pod, 37)).toBeUndefined();
  });
});
