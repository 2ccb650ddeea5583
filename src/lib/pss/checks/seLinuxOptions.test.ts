import {describe, expect, it} from 'vitest';
import {seLinuxOptions, seLinuxOptions_1_0, seLinuxOptions_1_31} from './seLinuxOptions';
import {fixThenCheck, podView} from './testing';

const okContainers = [
  {name: 'a', securityContext: {seLinuxOptions: {type: 'container_t'}}},
  {name: 'b', securityContext: {seLinuxOptions: {type: 'container_init_t'}}},
  {name: 'c', securityContext: {seLinuxOptions: {type: 'container_kvm_t'}}},
];
const badContainers = [
  {name: 'd', securityContext: {seLinuxOptions: {type: 'bar'}}},
  {name: 'e', securityContext: {seLinuxOptions: {user: 'bar'}}},
  {name: 'f', securityContext: {seLinuxOptions: {role: 'baz'}}},
];

describe('seLinuxOptions', () => {
  it('allows the allowed types, empty options and level', () => {
    expect(
      seLinuxOptions_1_0(podView({securityContext: {seLinuxOptions: {level: 's0:c1'}}, containers: okContainers})),
    ).toBeUndefined();
  });

  it('matches the upstream detail for pod and containers', () => {
    const r = seLinuxOptions_1_0(
      podView({
        securityContext: {seLinuxOptions: {type: 'foo', user: 'bar', role: 'baz'}},
        containers: [...okContainers, ...badContainers],
      }),
    );
    expect(r).toMatchObject({
      reason: 'seLinuxOptions',
      detail:
        'pod and containers "d", "e", "f" set forbidden securityContext.seLinuxOptions: types "bar", "foo"; user may not be set; role may not be set',
      path: 'spec.securityContext.seLinuxOptions.type',
    });
  });

  it('reports user and role even when no type is bad', () => {
    expect(seLinuxOptions_1_0(podView({securityContext: {seLinuxOptions: {user: 'x'}}}))?.detail).toBe(
      'pod set forbidden securityContext.seLinuxOptions: user may not be set',
    );
    expect(
      seLinuxOptions_1_0(podView({containers: [{name: 'a', securityContext: {seLinuxOptions: {role: 'r'}}}]}))?.path,
    ).toBe('spec.containers[0].securityContext.seLinuxOptions.role');
  });

  it('allows container_engine_t from v1.31', () => {
    const pod = podView({containers: [{name: 'a', securityContext: {seLinuxOptions: {type: 'container_engine_t'}}}]});
    expect(seLinuxOptions_1_0(pod)?.detail).toBe(
      'container "a" set forbidden securityContext.seLinuxOptions: type "container_engine_t"',
    );
    expect(seLinuxOptions_1_31(pod)).toBeUndefined();
    expect(seLinuxOptions.versions.map((v) => v.minVersion)).toEqual([0, 31]);
  });

  it('fix removes user, role and bad types', () => {
    expect(
      fixThenCheck(
        seLinuxOptions,
        {securityContext: {seLinuxOptions: {type: 'foo', user: 'u'}}, containers: badContainers},
        30,
      ),
    ).toBeUndefined();
  });
});
