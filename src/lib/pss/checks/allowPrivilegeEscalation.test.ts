import {describe, expect, it} from 'vitest';
import {checksFor} from '../registry';
import {
  allowPrivilegeEscalation,
  allowPrivilegeEscalation_1_25,
  allowPrivilegeEscalation_1_8,
} from './allowPrivilegeEscalation';
import {fixThenCheck, podView} from './testing';

const multi = {
  containers: [
    {name: 'a'},
    {name: 'b', securityContext: {allowPrivilegeEscalation: null}},
    {name: 'c', securityContext: {allowPrivilegeEscalation: true}},
    {name: 'd', securityContext: {allowPrivilegeEscalation: false}},
  ],
};

describe('allowPrivilegeEscalation', () => {
  it('multiple containers (upstream test)', () => {
    expect(allowPrivilegeEscalation_1_8(podView(multi))).toMatchObject({
      reason: 'allowPrivilegeEscalation != false',
      detail: 'containers "a", "b", "c" must set securityContext.allowPrivilegeEscalation=false',
      path: 'spec.containers[0].securityContext.allowPrivilegeEscalation',
    });
  });

  it('Windows pods are exempt from v1.25, Linux pods are not', () => {
    expect(allowPrivilegeEscalation_1_25(podView({os: {name: 'windows'}, containers: [{name: 'a'}]}))).toBeUndefined();
    expect(allowPrivilegeEscalation_1_25(podView({os: {name: 'linux'}, containers: [{name: 'a'}]}))?.detail).toBe(
      'container "a" must set securityContext.allowPrivilegeEscalation=false',
    );
    expect(allowPrivilegeEscalation_1_8(podView({os: {name: 'windows'}, containers: [{name: 'a'}]}))).toBeDefined();
  });

  it('exists from v1.8', () => {
    expect(allowPrivilegeEscalation.versions.map((v) => v.minVersion)).toEqual([8, 25]);
    expect(checksFor('restricted', 7).some((c) => c.id === 'allowPrivilegeEscalation')).toBe(false);
    expect(checksFor('restricted', 8).some((c) => c.id === 'allowPrivilegeEscalation')).toBe(true);
  });

  it('fix sets false everywhere', () => {
    expect(fixThenCheck(allowPrivilegeEscalation, multi, 37)).toBeUndefined();
  });
});
