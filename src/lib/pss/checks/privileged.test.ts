import {describe, expect, it} from 'vitest';
import {privileged, privileged_1_0} from './privileged';
import {fixThenCheck, podView} from './testing';

describe('privileged', () => {
  it('allows unset, null and false', () => {
    expect(
      privileged_1_0(
        podView({
          containers: [
            {name: 'a'},
            {name: 'b', securityContext: {privileged: false}},
            {name: 'c', securityContext: {privileged: null}},
          ],
        }),
      ),
    ).toBeUndefined();
  });

  it('reports every container kind with upstream wording, in visiting order', () => {
    const r = privileged_1_0(
      podView({
        containers: [{name: 'c', securityContext: {privileged: true}}],
        initContainers: [{name: 'i', securityContext: {privileged: true}}],
        ephemeralContainers: [{name: 'e', securityContext: {privileged: true}}],
      }),
    );
    expect(r).toMatchObject({
      reason: 'privileged',
      detail: 'containers "i", "c", "e" must not set securityContext.privileged=true',
      path: 'spec.initContainers[0].securityContext.privileged',
    });
  });

  it('uses the singular for one container', () => {
    expect(privileged_1_0(podView({containers: [{name: 'a', securityContext: {privileged: true}}]}))?.detail).toBe(
      'container "a" must not set securityContext.privileged=true',
    );
  });

  it('is registered as a v1.0 baseline check and its fix passes', () => {
    expect(privileged.level).toBe('baseline');
    expect(privileged.versions.map((v) => v.minVersion)).toEqual([0]);
    expect(
      fixThenCheck(privileged, {containers: [{name: 'a', securityContext: {privileged: true}}]}, 37),
    ).toBeUndefined();
  });
});
