import {describe, expect, it} from 'vitest';
import {capabilities_baseline, capabilitiesBaseline_1_0} from './capabilities_baseline';
import {fixThenCheck, podView} from './testing';

describe('capabilities_baseline', () => {
  it('allows the default set, drops, and empty lists', () => {
    const add = [
      'AUDIT_WRITE',
      'CHOWN',
      'DAC_OVERRIDE',
      'FOWNER',
      'FSETID',
      'KILL',
      'MKNOD',
      'NET_BIND_SERVICE',
      'SETFCAP',
      'SETGID',
      'SETPCAP',
      'SETUID',
      'SYS_CHROOT',
    ];
    expect(
      capabilitiesBaseline_1_0(
        podView({containers: [{name: 'a', securityContext: {capabilities: {add, drop: ['ALL', 'SYS_ADMIN']}}}]}),
      ),
    ).toBeUndefined();
    expect(
      capabilitiesBaseline_1_0(podView({containers: [{name: 'a', securityContext: {capabilities: {}}}]})),
    ).toBeUndefined();
  });

  it('reports containers in order and capabilities as a sorted set (upstream test)', () => {
    const r = capabilitiesBaseline_1_0(
      podView({
        containers: [
          {name: 'a', securityContext: {capabilities: {add: ['FOO', 'BAR']}}},
          {name: 'b', securityContext: {capabilities: {add: ['BAR', 'BAZ']}}},
          {name: 'c', securityContext: {capabilities: {add: ['CHOWN']}}},
        ],
      }),
    );
    expect(r).toMatchObject({
      reason: 'non-default capabilities',
      detail: 'containers "a", "b" must not include "BAR", "BAZ", "FOO" in securityContext.capabilities.add',
      path: 'spec.containers[0].securityContext.capabilities.add[0]',
    });
  });

  it('is case-sensitive and does not accept the CAP_ prefix', () => {
    for (const cap of ['chown', 'CAP_CHOWN', 'NET_RAW']) {
      expect(
        capabilitiesBaseline_1_0(podView({containers: [{name: 'a', securityContext: {capabilities: {add: [cap]}}}]})),
      ).toBeDefined();
    }
  });

  it('fix keeps only default capabilities', () => {
    expect(
      fixThenCheck(
        capabilities_baseline,
        {containers: [{name: 'a', securityContext: {capabilities: {add: ['CHOWN', 'SYS_ADMIN']}}}]},
        37,
      ),
    ).toBeUndefined();
  });
});
