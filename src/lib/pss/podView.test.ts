import {describe, expect, it} from 'vitest';
import {evaluatePod} from './evaluate';
import {podView} from './checks/testing';

describe('pod view decoding', () => {
  it('decodes Go-style: null is unset, missing booleans are false', () => {
    const v = podView({
      hostNetwork: null,
      securityContext: null,
      containers: [{name: 'a', securityContext: {privileged: null, capabilities: {add: null}}}],
    });
    expect(v.hostNetwork).toBe(false);
    expect(v.podSC).toBeUndefined();
    expect(v.containers[0]?.sc?.privileged).toBeUndefined();
    expect(v.containers[0]?.sc?.capabilities?.add).toEqual([]);
    expect(v.issues).toEqual([]);
  });

  it('visits init, regular then ephemeral containers', () => {
    const v = podView({ephemeralContainers: [{name: 'e'}], containers: [{name: 'c'}], initContainers: [{name: 'i'}]});
    expect(v.containers.map((c) => `${c.group}:${c.name}`)).toEqual([
      'initContainers:i',
      'containers:c',
      'ephemeralContainers:e',
    ]);
  });

  it('reports values of the wrong type instead of guessing', () => {
    const v = podView({
      hostPID: 'true',
      containers: [
        {
          name: 7,
          securityContext: {privileged: 'true', runAsUser: 1.5, capabilities: {add: ['NET_RAW', 3]}},
          ports: [{hostPort: '80'}],
        },
        'oops',
      ],
      volumes: [{name: 'v', hostPath: '/etc'}],
    });
    expect(v.issues.map((i) => i.path).sort()).toEqual(
      [
        'spec.hostPID',
        'spec.volumes[0].hostPath',
        'spec.containers[0].ports[0].hostPort',
        'spec.containers[0].name',
        'spec.containers[0].securityContext.privileged',
        'spec.containers[0].securityContext.runAsUser',
        'spec.containers[0].securityContext.capabilities.add[1]',
        'spec.containers[1]',
      ].sort(),
    );
    expect(v.issues.find((i) => i.path.endsWith('.privileged'))?.message).toBe(
      'spec.containers[0].securityContext.privileged must be a boolean (true or false), not the string "true"',
    );
    const e = evaluatePod(
      {kind: 'Pod', spec: {containers: [{name: 'a', securityContext: {privileged: 'true'}}]}},
      'baseline',
    );
    expect(e.allowed).toBe(false);
    expect(e.violations).toEqual([]);
    expect(e.invalidFields).toEqual([
      {path: 'spec.containers[0].securityContext.privileged', message: expect.stringContaining('must be a boolean')},
    ]);
  });

  it('rejects out-of-range ports and non-string annotations', () => {
    const v = podView(
      {containers: [{name: 'a', ports: [{hostPort: 2 ** 31}]}]},
      {annotations: {a: 1, b: 'x', c: null}},
    );
    expect(v.issues.map((i) => i.path)).toEqual(['spec.containers[0].ports[0].hostPort', 'metadata.annotations["a"]']);
    expect(v.annotations).toEqual([['b', 'x']]);
  });

  it('only reads own properties', () => {
    const spec = Object.create({
      hostNetwork: true,
      containers: [{name: 'inherited', securityContext: {privileged: true}}],
    }) as Record<string, unknown>;
    expect(podView(spec).hostNetwork).toBe(false);
    expect(podView(spec).containers).toEqual([]);
    const v = podView({containers: [{name: 'a', securityContext: {constructor: 1}}]});
    expect(v.containers[0]?.sc?.privileged).toBeUndefined();
  });

  it('lists the volume sources that are set', () => {
    const v = podView({volumes: [{name: 'a', emptyDir: {}, hostPath: null, unknownThing: {}}, {name: 'b'}]});
    expect(v.volumes.map((x) => x.sources)).toEqual([['emptyDir'], []]);
  });
});
