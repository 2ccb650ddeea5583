import {describe, expect, it} from 'vitest';
import {checksFor} from '../registry';
import {runAsUser, runAsUser_1_23, runAsUser_1_35} from './runAsUser';
import {fixThenCheck, podView} from './testing';

describe('runAsUser', () => {
  it('allows non-zero and unset values', () => {
    expect(
      runAsUser_1_23(
        podView({
          securityContext: {runAsUser: 1000},
          containers: [{name: 'a'}, {name: 'b', securityContext: {runAsUser: 1}}],
        }),
      ),
    ).toBeUndefined();
  });

  it('reports pod and containers set to 0 (a container override does not excuse the pod)', () => {
    expect(
      runAsUser_1_23(
        podView({
          securityContext: {runAsUser: 0},
          containers: [
            {name: 'a', securityContext: {runAsUser: 1000}},
            {name: 'b', securityContext: {runAsUser: 0}},
          ],
        }),
      ),
    ).toMatchObject({
      reason: 'runAsUser=0',
      detail: 'pod and container "b" must not set runAsUser=0',
      path: 'spec.securityContext.runAsUser',
    });
    expect(runAsUser_1_23(podView({ephemeralContainers: [{name: 'e', securityContext: {runAsUser: 0}}]}))?.path).toBe(
      'spec.ephemeralContainers[0].securityContext.runAsUser',
    );
  });

  it('exists from v1.23 and relaxes for user namespaces from v1.35', () => {
    expect(runAsUser.versions.map((v) => v.minVersion)).toEqual([23, 35]);
    expect(checksFor('restricted', 22).some((c) => c.id === 'runAsUser')).toBe(false);
    const spec = {hostUsers: false, securityContext: {runAsUser: 0}};
    expect(runAsUser_1_35(podView(spec))).toBeUndefined();
    expect(runAsUser_1_23(podView(spec))).toBeDefined();
  });

  it('fix removes runAsUser: 0', () => {
    expect(
      fixThenCheck(
        runAsUser,
        {securityContext: {runAsUser: 0}, containers: [{name: 'b', securityContext: {runAsUser: 0}}]},
        37,
      ),
    ).toBeUndefined();
  });
});
