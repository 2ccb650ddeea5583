import {describe, expect, it} from 'vitest';
import {checksFor} from '../registry';
import {hostProbesAndHostLifecycle, hostProbesAndHostLifecycle_1_34} from './hostProbesAndHostLifecycle';
import {fixThenCheck, podView} from './testing';

const spec = {
  initContainers: [{name: 'z', readinessProbe: {tcpSocket: {host: 'b.example', port: 1}}}],
  containers: [
    {
      name: 'a',
      livenessProbe: {httpGet: {host: 'a.example', port: 1}},
      lifecycle: {preStop: {tcpSocket: {host: 'a.example', port: 1}}},
    },
    {name: 'ok', startupProbe: {httpGet: {host: '', port: 1}}, lifecycle: {postStart: {exec: {command: ['x']}}}},
  ],
};

describe('hostProbesAndHostLifecycle', () => {
  it('allows empty and unset hosts', () => {
    expect(hostProbesAndHostLifecycle_1_34(podView({containers: [spec.containers[1]]}))).toBeUndefined();
  });

  it('reports sorted, de-duplicated containers and hosts', () => {
    expect(hostProbesAndHostLifecycle_1_34(podView(spec))).toMatchObject({
      reason: 'probe or lifecycle host',
      detail: 'containers "a", "z" use probe or lifecycle hosts "a.example", "b.example"',
      path: 'spec.initContainers[0].readinessProbe.tcpSocket.host',
    });
  });

  it('covers every probe and handler kind', () => {
    for (const c of [
      {name: 'x', livenessProbe: {tcpSocket: {host: 'h'}}},
      {name: 'x', readinessProbe: {httpGet: {host: 'h'}}},
      {name: 'x', startupProbe: {tcpSocket: {host: 'h'}}},
      {name: 'x', lifecycle: {postStart: {tcpSocket: {host: 'h'}}}},
      {name: 'x', lifecycle: {preStop: {httpGet: {host: 'h'}}}},
    ]) {
      expect(hostProbesAndHostLifecycle_1_34(podView({containers: [c]}))?.detail).toBe(
        'container "x" uses probe or lifecycle host "h"',
      );
    }
  });

  it('exists from policy v1.34 only', () => {
    expect(hostProbesAndHostLifecycle.versions.map((v) => v.minVersion)).toEqual([34]);
    expect(checksFor('baseline', 33).some((c) => c.id === 'hostProbesAndHostLifecycle')).toBe(false);
    expect(checksFor('baseline', 34).some((c) => c.id === 'hostProbesAndHostLifecycle')).toBe(true);
  });

  it('fix removes the hosts', () => {
    expect(fixThenCheck(hostProbesAndHostLifecycle, spec, 37)).toBeUndefined();
  });
});
