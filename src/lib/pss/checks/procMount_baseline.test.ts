import {describe, expect, it} from 'vitest';
import {procMount, procMount_1_0, procMount_1_35_baseline} from './procMount_baseline';
import {fixThenCheck, podView} from './testing';

const unmasked = (extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...extra,
  containers: [
    {name: 'a', securityContext: {procMount: 'Unmasked'}},
    {name: 'b', securityContext: {procMount: 'Default'}},
    {name: 'c', securityContext: {procMount: ''}},
  ],
});

describe('procMount (baseline)', () => {
  it('allows Default and unset', () => {
    expect(
      procMount_1_0(podView({containers: [{name: 'a', securityContext: {procMount: 'Default'}}, {name: 'b'}]})),
    ).toBeUndefined();
  });

  it('forbids everything else, empty string included', () => {
    expect(procMount_1_0(podView(unmasked()))).toMatchObject({
      reason: 'procMount',
      detail: 'containers "a", "c" must not set securityContext.procMount to "", "Unmasked"',
      path: 'spec.containers[0].securityContext.procMount',
    });
  });

  it('v1.0 ignores hostUsers; v1.35 relaxes for hostUsers: false only', () => {
    expect(procMount_1_0(podView(unmasked({hostUsers: false})))).toBeDefined();
    expect(procMount_1_35_baseline(podView(unmasked({hostUsers: false})))).toBeUndefined();
    expect(procMount_1_35_baseline(podView(unmasked({hostUsers: true})))).toBeDefined();
    expect(procMount_1_35_baseline(podView(unmasked()))).toBeDefined();
  });

  it('keeps the upstream ID procMount with revisions 1.0 and 1.35', () => {
    expect(procMount.id).toBe('procMount');
    expect(procMount.versions.map((v) => v.minVersion)).toEqual([0, 35]);
    expect(fixThenCheck(procMount, unmasked(), 34)).toBeUndefined();
  });
});
