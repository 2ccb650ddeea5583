import {describe, expect, it} from 'vitest';
import {evaluatePod} from '../evaluate';
import {hostPorts, hostPorts_1_0} from './hostPorts';
import {fixThenCheck, podView} from './testing';

describe('hostPorts', () => {
  it('allows unset and 0', () => {
    expect(
      hostPorts_1_0(
        podView({containers: [{name: 'a', ports: [{containerPort: 80}, {containerPort: 81, hostPort: 0}]}]}),
      ),
    ).toBeUndefined();
  });

  it('sorts ports as strings and pluralises like upstream', () => {
    const r = hostPorts_1_0(
      podView({
        containers: [
          {name: 'a', ports: [{hostPort: 8080}, {hostPort: 10000}]},
          {name: 'b', ports: [{hostPort: 8080}]},
        ],
      }),
    );
    expect(r).toMatchObject({
      reason: 'hostPort',
      detail: 'containers "a", "b" use hostPorts 10000, 8080',
      path: 'spec.containers[0].ports[0].hostPort',
    });
    expect(hostPorts_1_0(podView({ephemeralContainers: [{name: 'e', ports: [{hostPort: 1}]}]}))?.detail).toBe(
      'container "e" uses hostPort 1',
    );
  });

  it('emulates API defaulting: hostNetwork Pods use their containerPorts as hostPorts', () => {
    const spec = {hostNetwork: true, containers: [{name: 'a', ports: [{containerPort: 8080}]}]};
    expect(hostPorts_1_0(podView(spec))?.detail).toBe('container "a" uses hostPort 8080');
    const deployment = {apiVersion: 'apps/v1', kind: 'Deployment', spec: {template: {spec}}};
    expect(evaluatePod(deployment, 'baseline').violations.map((v) => v.check)).toEqual(['hostNamespaces']);
  });

  it('fix removes hostPort (and hostNetwork when it implies host ports)', () => {
    expect(
      fixThenCheck(hostPorts, {containers: [{name: 'a', ports: [{hostPort: 1, containerPort: 1}]}]}, 37),
    ).toBeUndefined();
    expect(
      fixThenCheck(hostPorts, {hostNetwork: true, containers: [{name: 'a', ports: [{containerPort: 1}]}]}, 37),
    ).toBeUndefined();
  });
});
