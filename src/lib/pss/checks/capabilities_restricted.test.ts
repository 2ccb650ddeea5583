import {describe, expect, it} from 'vitest';
import {checksFor} from '../registry';
import {
  capabilities_restricted,
  capabilitiesRestricted_1_22,
  capabilitiesRestricted_1_25,
} from './capabilities_restricted';
import {fixThenCheck, podView} from './testing';

const multi = {
  containers: [
    {name: 'a', securityContext: {capabilities: {add: ['FOO', 'BAR']}}},
    {name: 'b', securityContext: {capabilities: {add: ['BAR', 'BAZ']}}},
    {name: 'c', securityContext: {capabilities: {add: ['NET_BIND_SERVICE', 'CHOWN'], drop: ['ALL', 'FOO']}}},
  ],
};

describe('capabilities_restricted', () => {
  it('matches the upstream multi-container detail', () => {
    expect(capabilitiesRestricted_1_22(podView(multi))).toMatchObject({
      reason: 'unrestricted capabilities',
      detail:
        'containers "a", "b" must set securityContext.capabilities.drop=["ALL"]; containers "a", "b", "c" must not include "BAR", "BAZ", "CHOWN", "FOO" in securityContext.capabilities.add',
      path: 'spec.containers[0].securityContext.capabilities.drop',
    });
  });

  it('requires drop ALL even without a securityContext', () => {
    expect(capabilitiesRestricted_1_22(podView({containers: [{name: 'a'}]}))?.detail).toBe(
      'container "a" must set securityContext.capabilities.drop=["ALL"]',
    );
  });

  it('allows drop ALL plus NET_BIND_SERVICE', () => {
    expect(
      capabilitiesRestricted_1_22(
        podView({
          containers: [{name: 'a', securityContext: {capabilities: {drop: ['ALL'], add: ['NET_BIND_SERVICE']}}}],
        }),
      ),
    ).toBeUndefined();
  });

  it('exempts Windows pods from v1.25 only', () => {
    const win = {os: {name: 'windows'}, containers: [{name: 'a'}]};
    expect(capabilitiesRestricted_1_25(podView(win))).toBeUndefined();
    expect(capabilitiesRestricted_1_22(podView(win))).toBeDefined();
    expect(capabilitiesRestricted_1_25(podView({os: {name: 'linux'}, containers: [{name: 'a'}]}))).toBeDefined();
    expect(capabilitiesRestricted_1_25(podView({os: {name: 'Windows'}, containers: [{name: 'a'}]}))).toBeDefined();
  });

  it('starts at v1.22 and overrides capabilities_baseline', () => {
    expect(capabilities_restricted.versions.map((v) => v.minVersion)).toEqual([22, 25]);
    const ids = (minor: number): string[] => checksFor('restricted', minor).map((c) => c.id);
    expect(ids(21)).toContain('capabilities_baseline');
    expect(ids(21)).not.toContain('capabilities_restricted');
    expect(ids(22)).toContain('capabilities_restricted');
    expect(ids(22)).not.toContain('capabilities_baseline');
    expect(checksFor('baseline', 37).map((c) => c.id)).toContain('capabilities_baseline');
  });

  it('fix drops ALL and keeps only NET_BIND_SERVICE', () => {
    expect(fixThenCheck(capabilities_restricted, multi, 37)).toBeUndefined();
  });
});
