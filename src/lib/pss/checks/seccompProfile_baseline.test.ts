import {describe, expect, it} from 'vitest';
import {
  seccompProfile_baseline,
  seccompProfileBaseline_1_0,
  seccompProfileBaseline_1_19,
} from './seccompProfile_baseline';
import {fixThenCheck, podView} from './testing';

describe('seccompProfile_baseline', () => {
  describe('v1.0 (annotations)', () => {
    it('allows runtime/default, docker/default and localhost/*', () => {
      const meta = {
        annotations: {
          'seccomp.security.alpha.kubernetes.io/pod': 'runtime/default',
          'container.seccomp.security.alpha.kubernetes.io/a': 'docker/default',
          'container.seccomp.security.alpha.kubernetes.io/b': 'localhost/x.json',
        },
      };
      expect(seccompProfileBaseline_1_0(podView({containers: [{name: 'a'}, {name: 'b'}]}, meta))).toBeUndefined();
    });

    it('reports bad values with Go %q quoting, only for existing containers', () => {
      const meta = {
        annotations: {
          'seccomp.security.alpha.kubernetes.io/pod': 'unconfined',
          'container.seccomp.security.alpha.kubernetes.io/a': 'weird"\n',
          'container.seccomp.security.alpha.kubernetes.io/missing': 'unconfined',
        },
      };
      const r = seccompProfileBaseline_1_0(podView({containers: [{name: 'a'}]}, meta));
      expect(r).toMatchObject({
        reason: 'seccompProfile',
        detail:
          'forbidden annotations container.seccomp.security.alpha.kubernetes.io/a="weird\\"\\n", seccomp.security.alpha.kubernetes.io/pod="unconfined"',
        path: 'metadata.annotations["seccomp.security.alpha.kubernetes.io/pod"]',
      });
    });

    it('ignores the fields', () => {
      expect(
        seccompProfileBaseline_1_0(podView({securityContext: {seccompProfile: {type: 'Unconfined'}}})),
      ).toBeUndefined();
    });
  });

  describe('v1.19 (fields)', () => {
    it('allows RuntimeDefault, Localhost and unset', () => {
      expect(
        seccompProfileBaseline_1_19(
          podView({
            securityContext: {seccompProfile: {type: 'RuntimeDefault'}},
            containers: [{name: 'a', securityContext: {seccompProfile: {type: 'Localhost'}}}, {name: 'b'}],
          }),
        ),
      ).toBeUndefined();
    });

    it('reports explicit bad types, an empty type included', () => {
      const r = seccompProfileBaseline_1_19(
        podView({
          securityContext: {seccompProfile: {type: 'Unconfined'}},
          containers: [
            {name: 'a', securityContext: {seccompProfile: {}}},
            {name: 'b', securityContext: {seccompProfile: {type: 'Unconfined'}}},
          ],
        }),
      );
      expect(r?.detail).toBe(
        'pod and containers "a", "b" must not set securityContext.seccompProfile.type to "", "Unconfined"',
      );
    });

    it('ignores annotations', () => {
      expect(
        seccompProfileBaseline_1_19(
          podView({}, {annotations: {'seccomp.security.alpha.kubernetes.io/pod': 'unconfined'}}),
        ),
      ).toBeUndefined();
    });
  });

  it('fixes annotations before v1.19 and fields after', () => {
    const meta = {annotations: {'seccomp.security.alpha.kubernetes.io/pod': 'unconfined'}};
    expect(fixThenCheck(seccompProfile_baseline, {containers: [{name: 'a'}]}, 18, meta)).toBeUndefined();
    expect(
      fixThenCheck(seccompProfile_baseline, {securityContext: {seccompProfile: {type: 'Unconfined'}}}, 19),
    ).toBeUndefined();
  });
});
