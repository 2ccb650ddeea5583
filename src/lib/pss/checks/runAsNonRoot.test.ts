import {describe, expect, it} from 'vitest';
import {runAsNonRoot, runAsNonRoot_1_0, runAsNonRoot_1_35} from './runAsNonRoot';
import {fixThenCheck, podView} from './testing';

const sc = (v: unknown): Record<string, unknown> => ({runAsNonRoot: v});

describe('runAsNonRoot', () => {
  it('allows pod-level true (inherited) and container-level true', () => {
    expect(
      runAsNonRoot_1_0(
        podView({securityContext: sc(true), containers: [{name: 'a'}, {name: 'b', securityContext: {}}]}),
      ),
    ).toBeUndefined();
    expect(runAsNonRoot_1_0(podView({containers: [{name: 'a', securityContext: sc(true)}]}))).toBeUndefined();
    expect(runAsNonRoot_1_0(podView({securityContext: sc(false), containers: []}))).toBeDefined();
  });

  it('explicit false wins over inheritance and is reported first (upstream cases)', () => {
    const r = runAsNonRoot_1_0(
      podView({
        securityContext: sc(false),
        containers: [
          {name: 'a'},
          {name: 'b', securityContext: sc(false)},
          {name: 'c', securityContext: sc(false)},
          {name: 'd', securityContext: sc(true)},
        ],
      }),
    );
    expect(r).toMatchObject({
      reason: 'runAsNonRoot != true',
      detail: 'pod and containers "b", "c" must not set securityContext.runAsNonRoot=false',
      path: 'spec.securityContext.runAsNonRoot',
    });
    expect(
      runAsNonRoot_1_0(podView({securityContext: sc(true), containers: [{name: 'a', securityContext: sc(false)}]}))
        ?.detail,
    ).toBe('container "a" must not set securityContext.runAsNonRoot=false');
  });

  it('pod nil, container fallthrough', () => {
    expect(
      runAsNonRoot_1_0(
        podView({containers: [{name: 'a'}, {name: 'b', securityContext: {}}, {name: 'd', securityContext: sc(true)}]}),
      ),
    ).toMatchObject({
      detail: 'pod or containers "a", "b" must set securityContext.runAsNonRoot=true',
      path: 'spec.securityContext.runAsNonRoot',
    });
  });

  it('v1.35 relaxes for hostUsers: false only; v1.0 never does', () => {
    const spec = {hostUsers: false, containers: [{name: 'a', securityContext: sc(false)}]};
    expect(runAsNonRoot_1_35(podView(spec))).toBeUndefined();
    expect(runAsNonRoot_1_0(podView(spec))).toBeDefined();
    expect(runAsNonRoot_1_35(podView({...spec, hostUsers: true}))).toBeDefined();
    expect(runAsNonRoot.versions.map((v) => v.minVersion)).toEqual([0, 35]);
  });

  it('fix sets the pod level and flips explicit false', () => {
    expect(
      fixThenCheck(
        runAsNonRoot,
        {securityContext: sc(false), containers: [{name: 'a', securityContext: sc(false)}, {name: 'b'}]},
        34,
      ),
    ).toBeUndefined();
  });
});
