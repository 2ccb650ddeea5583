import {describe, expect, it} from 'vitest';
import {evaluatePod} from '../evaluate';
import {appArmorProfile, appArmorProfile_1_0} from './appArmorProfile';
import {fixThenCheck, podView} from './testing';

const P = 'container.apparmor.security.beta.kubernetes.io/';

describe('appArmorProfile', () => {
  it('allows the allowed annotation values and field types (upstream cases)', () => {
    expect(
      appArmorProfile_1_0(podView({}, {annotations: {[`${P}test`]: 'runtime/default', env: 'prod'}})),
    ).toBeUndefined();
    expect(appArmorProfile_1_0(podView({}, {annotations: {[`${P}test`]: 'localhost/sec-profile01'}}))).toBeUndefined();
    expect(appArmorProfile_1_0(podView({}, {annotations: {[`${P}a`]: ''}}))).toBeUndefined();
    expect(
      appArmorProfile_1_0(podView({securityContext: {appArmorProfile: {type: 'RuntimeDefault'}}})),
    ).toBeUndefined();
    expect(
      appArmorProfile_1_0(
        podView({containers: [{name: 'foo', securityContext: {appArmorProfile: {type: 'Localhost'}}}]}),
      ),
    ).toBeUndefined();
  });

  it('unconfined pod, container and init container', () => {
    expect(appArmorProfile_1_0(podView({securityContext: {appArmorProfile: {type: 'Unconfined'}}}))).toMatchObject({
      reason: 'forbidden AppArmor profile',
      detail: 'pod must not set AppArmor profile type to "Unconfined"',
      path: 'spec.securityContext.appArmorProfile.type',
    });
    expect(
      appArmorProfile_1_0(
        podView({
          initContainers: [{name: 'bar', securityContext: {appArmorProfile: {type: 'Unconfined'}}}],
          containers: [{name: 'foo'}],
        }),
      )?.detail,
    ).toBe('container "bar" must not set AppArmor profile type to "Unconfined"');
  });

  it('matches the upstream multi-annotation detail', () => {
    const r = appArmorProfile_1_0(
      podView(
        {},
        {
          annotations: {
            [P]: 'bogus',
            [`${P}a`]: '',
            [`${P}b`]: 'runtime/default',
            [`${P}c`]: 'localhost/',
            [`${P}d`]: 'localhost/foo',
            [`${P}e`]: 'unconfined',
            [`${P}f`]: 'unknown',
          },
        },
      ),
    );
    expect(r?.reason).toBe('forbidden AppArmor profiles');
    expect(r?.detail).toBe(
      `annotations must not set AppArmor profile type to "${P}="bogus"", "${P}e="unconfined"", "${P}f="unknown""`,
    );
    expect(r?.path).toBe(`metadata.annotations[${JSON.stringify(P)}]`);
  });

  it('combines fields and annotations: types first (sorted set), then annotations', () => {
    const r = appArmorProfile_1_0(
      podView(
        {
          securityContext: {appArmorProfile: {type: 'Unconfined'}},
          containers: [{name: 'x', securityContext: {appArmorProfile: {type: 'Bogus'}}}],
        },
        {annotations: {[`${P}x`]: 'unconfined'}},
      ),
    );
    expect(r?.detail).toBe(
      `pod and container "x" and annotation must not set AppArmor profile type to "Bogus", "Unconfined", "${P}x="unconfined""`,
    );
    expect(r?.reason).toBe('forbidden AppArmor profiles');
  });

  describe('API server annotation sync on Pods (applyAppArmorVersionSkew)', () => {
    const annotated = {
      annotations: {[`${P}app`]: 'unconfined', [`${P}sidecar`]: 'localhost/prof', [`${P}gone`]: 'unconfined'},
    };
    const spec = {containers: [{name: 'app'}, {name: 'sidecar'}]};

    it('reports the derived container field and the annotation for a Pod', () => {
      const r = appArmorProfile_1_0(podView(spec, annotated));
      expect(r?.detail).toBe(
        `container "app" and annotations must not set AppArmor profile type to "Unconfined", "${P}app="unconfined"", "${P}gone="unconfined""`,
      );
      expect(r?.path).toBe(`metadata.annotations[${JSON.stringify(`${P}app`)}]`);
    });

    it('does not sync pod templates, Windows pods, explicit fields, or values equal to the pod profile', () => {
      const deployment = {apiVersion: 'apps/v1', kind: 'Deployment', spec: {template: {metadata: annotated, spec}}};
      expect(evaluatePod(deployment, 'baseline').violations[0]?.detail).toBe(
        `annotations must not set AppArmor profile type to "${P}app="unconfined"", "${P}gone="unconfined""`,
      );
      expect(appArmorProfile_1_0(podView({...spec, os: {name: 'windows'}}, annotated))?.detail).toMatch(
        /^annotations must/,
      );
      expect(
        appArmorProfile_1_0(podView({securityContext: {appArmorProfile: {type: 'Unconfined'}}, ...spec}, annotated))
          ?.detail,
      ).toMatch(/^pod and annotations must/);
      expect(
        appArmorProfile_1_0(
          podView(
            {containers: [{name: 'app', securityContext: {appArmorProfile: {type: 'RuntimeDefault'}}}]},
            annotated,
          ),
        )?.detail,
      ).toMatch(/^annotations must/);
    });
  });

  it('has a single v1.0 revision (fields checked at every version)', () => {
    expect(appArmorProfile.versions.map((v) => v.minVersion)).toEqual([0]);
  });

  it('fix resets fields and annotations', () => {
    expect(
      fixThenCheck(appArmorProfile, {securityContext: {appArmorProfile: {type: 'Unconfined'}}}, 37, {
        annotations: {[`${P}x`]: 'unconfined'},
      }),
    ).toBeUndefined();
  });
});
