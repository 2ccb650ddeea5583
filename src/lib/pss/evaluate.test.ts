import {describe, expect, it} from 'vitest';
import {POD_BEARING_KINDS, classify, evaluateObject, evaluatePod, highestPassingLevel} from './evaluate';
import {PssInputError} from './version';

const badSpec = {containers: [{name: 'app', securityContext: {privileged: true}}]};
const restrictedSpec = {
  securityContext: {runAsNonRoot: true, seccompProfile: {type: 'RuntimeDefault'}},
  containers: [{name: 'app', securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: ['ALL']}}}],
};

const wrap: Record<string, (spec: unknown, meta?: unknown) => Record<string, unknown>> = {
  Pod: (spec, meta) => ({apiVersion: 'v1', kind: 'Pod', metadata: meta, spec}),
  PodTemplate: (spec, meta) => ({apiVersion: 'v1', kind: 'PodTemplate', template: {metadata: meta, spec}}),
  ReplicationController: (spec, meta) => ({
    apiVersion: 'v1',
    kind: 'ReplicationController',
    spec: {template: {metadata: meta, spec}},
  }),
  ReplicaSet: (spec, meta) => ({apiVersion: 'apps/v1', kind: 'ReplicaSet', spec: {template: {metadata: meta, spec}}}),
  Deployment: (spec, meta) => ({apiVersion: 'apps/v1', kind: 'Deployment', spec: {template: {metadata: meta, spec}}}),
  StatefulSet: (spec, meta) => ({apiVersion: 'apps/v1', kind: 'StatefulSet', spec: {template: {metadata: meta, spec}}}),
  DaemonSet: (spec, meta) => ({apiVersion: 'apps/v1', kind: 'DaemonSet', spec: {template: {metadata: meta, spec}}}),
  Job: (spec, meta) => ({apiVersion: 'batch/v1', kind: 'Job', spec: {template: {metadata: meta, spec}}}),
  CronJob: (spec, meta) => ({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    spec: {jobTemplate: {spec: {template: {metadata: meta, spec}}}},
  }),
};

describe('evaluatePod', () => {
  it.each(POD_BEARING_KINDS)('finds the pod template of a %s', (kind) => {
    const make = wrap[kind];
    expect(make).toBeDefined();
    if (make === undefined) return;
    const e = evaluatePod(make(badSpec), 'baseline');
    expect(e.violations.map((v) => v.check)).toEqual(['privileged']);
    expect(e.violations[0]?.path).toMatch(/containers\[0\]\.securityContext\.privileged$/);
    expect(evaluatePod(make(restrictedSpec), 'restricted').allowed).toBe(true);
  });

  it('checks annotations on the template metadata', () => {
    const meta = {annotations: {'container.apparmor.security.beta.kubernetes.io/app': 'unconfined'}};
    const e = evaluatePod(wrap['CronJob']?.(restrictedSpec, meta), 'baseline');
    expect(e.violations[0]?.path).toBe(
      'spec.jobTemplate.spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]',
    );
  });

  it('treats an object without kind as a Pod, other kinds as nothing to evaluate', () => {
    expect(evaluatePod({spec: badSpec}, 'baseline').allowed).toBe(false);
    expect(evaluatePod({kind: 'Service', spec: badSpec}, 'baseline')).toMatchObject({allowed: true, violations: []});
    expect(evaluatePod({apiVersion: 'v1', kind: 'ReplicationController', spec: {}}, 'restricted').allowed).toBe(true);
    expect(evaluatePod('nope', 'baseline')).toMatchObject({allowed: false, invalidFields: [{path: ''}]});
  });

  it('requires the right API group when apiVersion is given', () => {
    expect(classify({apiVersion: 'batch.volcano.sh/v1alpha1', kind: 'Job'})).toMatchObject({podBearing: false});
    expect(classify({apiVersion: 'extensions/v1beta1', kind: 'Deployment'})).toMatchObject({podBearing: false});
    expect(classify({apiVersion: 'apps/v1beta2', kind: 'Deployment'})).toMatchObject({podBearing: true});
    expect(classify({kind: 'Deployment'})).toMatchObject({podBearing: true});
    expect(classify({apiVersion: 'v1', kind: 'Pod'})).toMatchObject({podBearing: true});
  });

  it('reports invalid template containers as invalid fields', () => {
    const e = evaluatePod({apiVersion: 'apps/v1', kind: 'Deployment', spec: {template: 'x'}}, 'baseline');
    expect(e.invalidFields.map((f) => f.path)).toEqual(['spec.template']);
    expect(e.allowed).toBe(false);
  });

  it('labels versions', () => {
    expect(evaluatePod({spec: {}}, 'baseline', 'v1.99')).toMatchObject({version: 'v1.99', evaluatedVersion: 'v1.37'});
    expect(evaluatePod({spec: {}}, 'privileged')).toMatchObject({
      allowed: true,
      level: 'privileged',
      version: 'latest',
    });
    expect(() => evaluatePod({}, 'baseline', 'v2')).toThrow(PssInputError);
  });

  it('never reports privileged-level violations', () => {
    expect(evaluatePod({spec: {hostNetwork: true, ...badSpec}}, 'privileged').violations).toEqual([]);
  });
});

describe('evaluateObject', () => {
  it('returns identity and classification', () => {
    expect(evaluateObject({apiVersion: 'v1', kind: 'Service', metadata: {name: 's', namespace: 'n'}})).toEqual({
      kind: 'Service',
      apiVersion: 'v1',
      name: 's',
      namespace: 'n',
      podBearing: false,
      reason: 'not a pod-bearing object',
    });
    const r = evaluateObject(
      {apiVersion: 'apps/v1', kind: 'Deployment', metadata: {generateName: 'web-'}, spec: {template: {spec: badSpec}}},
      'baseline',
    );
    expect(r).toMatchObject({kind: 'Deployment', name: 'web-', podBearing: true, evaluation: {allowed: false}});
  });
});

describe('highestPassingLevel', () => {
  it('returns the strictest passing level', () => {
    expect(highestPassingLevel(wrap['Deployment']?.(restrictedSpec))).toBe('restricted');
    expect(highestPassingLevel(wrap['Deployment']?.({containers: [{name: 'a'}]}))).toBe('baseline');
    expect(highestPassingLevel(wrap['Deployment']?.(badSpec))).toBe('privileged');
    expect(highestPassingLevel({kind: 'ConfigMap'})).toBe('restricted');
    expect(highestPassingLevel({kind: 'Pod', spec: {hostPID: 'yes'}})).toBe('privileged');
  });

  it('depends on the version', () => {
    const pod = {
      kind: 'Pod',
      spec: {
        securityContext: {runAsNonRoot: true},
        containers: [{name: 'a', securityContext: {allowPrivilegeEscalation: false}}],
      },
    };
    expect(highestPassingLevel(pod, 'v1.18')).toBe('restricted');
    expect(highestPassingLevel(pod, 'v1.19')).toBe('baseline');
  });
});
