import {describe, expect, it} from 'vitest';
import {checksFor} from '../registry';
import {
  seccompProfile_restricted,
  seccompProfileRestricted_1_19,
  seccompProfileRestricted_1_25,
} from './seccompProfile_restricted';
import {fixThenCheck, podView} from './testing';

const RD = {seccompProfile: {type: 'RuntimeDefault'}};
const UC = {seccompProfile: {type: 'Unconfined'}};

describe('seccompProfile_restricted', () => {
  it('no explicit seccomp (upstream test)', () => {
    expect(seccompProfileRestricted_1_19(podView({containers: [{name: 'a'}]}))).toMatchObject({
      reason: 'seccompProfile',
      detail: 'pod or container "a" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
      path: 'spec.securityContext.seccompProfile.type',
    });
  });

  it('pod seccomp invalid', () => {
    expect(seccompProfileRestricted_1_19(podView({securityContext: UC, containers: [{name: 'a'}]}))?.detail).toBe(
      'pod must not set securityContext.seccompProfile.type to "Unconfined"',
    );
  });

  it('containers seccomp invalid, pod valid', () => {
    const r = seccompProfileRestricted_1_19(
      podView({
        securityContext: RD,
        containers: [
          {name: 'a'},
          {name: 'b', securityContext: {}},
          {name: 'c', securityContext: UC},
          {name: 'd', securityContext: UC},
          {name: 'e', securityContext: RD},
        ],
      }),
    );
    expect(r?.detail).toBe('containers "c", "d" must not set securityContext.seccompProfile.type to "Unconfined"');
    expect(r?.path).toBe('spec.containers[2].securityContext.seccompProfile.type');
  });

  it('pod nil, container fallthrough', () => {
    expect(
      seccompProfileRestricted_1_19(
        podView({containers: [{name: 'a'}, {name: 'b', securityContext: {}}, {name: 'd', securityContext: RD}]}),
      )?.detail,
    ).toBe(
      'pod or containers "a", "b" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
    );
  });

  it('an invalid pod-level profile is not inherited as valid', () => {
    expect(
      seccompProfileRestricted_1_19(podView({securityContext: UC, containers: [{name: 'a', securityContext: RD}]}))
        ?.detail,
    ).toBe('pod must not set securityContext.seccompProfile.type to "Unconfined"');
  });

  it('exempts Windows pods from v1.25', () => {
    const win = {os: {name: 'windows'}, containers: [{name: 'a'}]};
    expect(seccompProfileRestricted_1_25(podView(win))).toBeUndefined();
    expect(seccompProfileRestricted_1_19(podView(win))).toBeDefined();
  });

  it('starts at v1.19 and overrides seccompProfile_baseline', () => {
    const ids = (minor: number): string[] => checksFor('restricted', minor).map((c) => c.id);
    expect(ids(18)).toEqual(expect.arrayContaining(['seccompProfile_baseline']));
    expect(ids(18)).not.toContain('seccompProfile_restricted');
    expect(ids(19)).toContain('seccompProfile_restricted');
    expect(ids(19)).not.toContain('seccompProfile_baseline');
  });

  it('fix sets RuntimeDefault at the pod level', () => {
    expect(
      fixThenCheck(seccompProfile_restricted, {containers: [{name: 'a', securityContext: UC}, {name: 'b'}]}, 37),
    ).toBeUndefined();
  });
});
