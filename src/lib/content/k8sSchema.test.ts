import {describe, expect, it} from 'vitest';
import {isApiKind, validateApiObject} from './k8sSchema';

const pod = (containerExtra: Record<string, unknown> = {}, specExtra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {name: 'web'},
  spec: {containers: [{name: 'app', image: 'nginx:1.27', ...containerExtra}], ...specExtra},
});

describe('validateApiObject', () => {
  it('accepts a valid Pod', () => {
    expect(validateApiObject(pod({securityContext: {runAsNonRoot: true}}))).toEqual([]);
  });

  it('finds an unknown field at any depth and suggests the right name', () => {
    expect(validateApiObject(pod({securityContext: {privilegd: true}}))).toEqual([
      {
        path: ['spec', 'containers', 0, 'securityContext', 'privilegd'],
        message: 'unknown field "privilegd" (did you mean "privileged"?)',
      },
    ]);
  });

  it('finds unknown top-level and metadata fields', () => {
    const issues = validateApiObject({...pod(), metdata: {}, spec: {...pod().spec, hostNetwork: true}});
    expect(issues.map((i) => i.path.join('.'))).toContain('metdata');
  });

  it('reports wrong types, bad enums and missing required fields', () => {
    const issues = validateApiObject(pod({securityContext: {privileged: 'yes'}}, {restartPolicy: 'Sometimes'}));
    const messages = issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toContain('spec.containers.0.securityContext.privileged: must be boolean');
    expect(messages).toContain('spec.restartPolicy: must be one of Always, Never, OnFailure');
    const missing = validateApiObject({apiVersion: 'v1', kind: 'Pod', metadata: {name: 'x'}, spec: {}});
    expect(missing).toContainEqual({path: ['spec', 'containers'], message: 'is required'});
  });

  it('checks workloads in named API groups, including pod templates', () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {name: 'web'},
      spec: {
        selector: {matchLabels: {app: 'web'}},
        template: {
          metadata: {labels: {app: 'web'}},
          spec: {containers: [{name: 'a', image: 'b', imagePullPolice: 'Always'}]},
        },
      },
    };
    expect(validateApiObject(deployment)).toEqual([
      {
        path: ['spec', 'template', 'spec', 'containers', 0, 'imagePullPolice'],
        message: 'unknown field "imagePullPolice" (did you mean "imagePullPolicy"?)',
      },
    ]);
  });

  it('rejects removed API versions with the version that removed them', () => {
    const [issue] = validateApiObject({apiVersion: 'policy/v1beta1', kind: 'PodSecurityPolicy', metadata: {name: 'x'}});
    expect(issue?.message).toMatch(/removed in Kubernetes v1\.25/);
    const [ingress] = validateApiObject({apiVersion: 'extensions/v1beta1', kind: 'Ingress', metadata: {name: 'x'}});
    expect(ingress?.message).toMatch(/removed in Kubernetes v1\.22.*networking\.k8s\.io\/v1/);
  });

  it('rejects a pre-release version of a kind that has a stable API', () => {
    const [issue] = validateApiObject({
      apiVersion: 'admissionregistration.k8s.io/v1beta1',
      kind: 'ValidatingAdmissionPolicy',
      metadata: {name: 'x'},
    });
    expect(issue?.message).toMatch(/pre-release.*admissionregistration\.k8s\.io\/v1/);
  });

  it('rejects kinds it does not know', () => {
    expect(validateApiObject({apiVersion: 'v1', kind: 'Podd'})[0]?.message).toMatch(/not a Kubernetes API type/);
    expect(isApiKind('v1', 'Podd')).toBe(false);
    expect(isApiKind('networking.k8s.io/v1', 'NetworkPolicy')).toBe(true);
  });

  it('never loads modules from a crafted kind or apiVersion', () => {
    expect(isApiKind('../../../etc', 'passwd')).toBe(false);
    expect(isApiKind('v1', '../Pod')).toBe(false);
  });
});
