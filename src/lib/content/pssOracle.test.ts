import {describe, expect, it} from 'vitest';
import {pssOracle} from './pssOracle';

const pod = (securityContext: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {name: 'p'},
  spec: {containers: [{name: 'a', image: 'b', securityContext}], ...extra},
});

const restricted = {
  runAsNonRoot: true,
  allowPrivilegeEscalation: false,
  capabilities: {drop: ['ALL']},
  seccompProfile: {type: 'RuntimeDefault'},
};

describe('pssOracle', () => {
  it('recognises pod-bearing kinds', () => {
    expect(pssOracle.isPodBearing({kind: 'CronJob'})).toBe(true);
    expect(pssOracle.isPodBearing({kind: 'ConfigMap'})).toBe(false);
  });
  it('gives the highest passing level', () => {
    expect(pssOracle.highestLevel(pod(restricted))).toBe('restricted');
    expect(pssOracle.highestLevel(pod({}))).toBe('baseline');
    expect(pssOracle.highestLevel(pod({privileged: true}))).toBe('privileged');
    expect(pssOracle.highestLevel(pod(restricted, {hostNetwork: true}))).toBe('privileged');
  });
});
