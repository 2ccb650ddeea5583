import {describe, expect, it} from 'vitest';
import {SCHEMA_KUBERNETES_VERSION} from './examples';
import {SCHEMA_VERSION, isApiKind, validateApiObject} from './k8sSchema';
import {validateExamples} from './validateExamples';

const pod = (containerExtra: Record<string, unknown> = {}, specExtra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: {name: 'web'},
  spec: {containers: [{name: 'app', image: 'nginx:1.27', ...containerExtra}], ...specExtra},
});

const messages = (object: Record<string, unknown>) =>
  validateApiObject(object).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('validateApiObject', () => {
  it('uses the schema version the site states', () => {
    expect(SCHEMA_VERSION).toBe('v1.36');
    expect(SCHEMA_KUBERNETES_VERSION).toBe(SCHEMA_VERSION);
  });

  it('accepts a valid Pod', () => {
    expect(validateApiObject(pod({securityContext: {runAsNonRoot: true}}))).toEqual([]);
  });

  it('accepts a field added after v1.34: podCertificate.userAnnotations (v1.35, kubernetes/kubernetes#134624)', () => {
    const volume = {
      name: 'cert',
      projected: {
        sources: [
          {
            podCertificate: {
              signerName: 'example.com/signer',
              keyType: 'ED25519',
              credentialBundlePath: 'bundle.pem',
              userAnnotations: {'example.com/team': 'payments'},
            },
          },
        ],
      },
    };
    expect(validateApiObject(pod({}, {volumes: [volume]}))).toEqual([]);
    // and still checks that new field's type
    const bad = structuredClone(volume);
    (bad.projected.sources[0] as {podCertificate: Record<string, unknown>}).podCertificate.userAnnotations = ['x'];
    expect(messages(pod({}, {volumes: [bad]}))).toEqual([
      'spec.volumes.0.projected.sources.0.podCertificate.userAnnotations: must be a mapping, not a list',
    ]);
  });

  it('finds a misspelt field at any depth and suggests the right name', () => {
    expect(validateApiObject(pod({securityContext: {privilegd: true}}))).toEqual([
      {
        path: ['spec', 'containers', 0, 'securityContext', 'privilegd'],
        message: 'unknown field "privilegd" (did you mean "privileged"?)',
      },
    ]);
  });

  it('reports a field newer than the schema with the schema version and the way out', () => {
    // HorizontalPodAutoscalerCondition.observedGeneration arrived in v1.37.0-alpha.1 (kubernetes/kubernetes#138653).
    const hpa = {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: {name: 'web'},
      spec: {scaleTargetRef: {kind: 'Deployment', name: 'web'}, maxReplicas: 3},
      status: {
        desiredReplicas: 1,
        conditions: [{type: 'AbleToScale', status: 'True', observedGeneration: 2}],
      },
    };
    const [issue, ...rest] = validateApiObject(hpa);
    expect(rest).toEqual([]);
    expect(issue?.path).toEqual(['status', 'conditions', 0, 'observedGeneration']);
    expect(issue?.message).toMatch(
      /^unknown field "observedGeneration": the Kubernetes v1\.36 API schema has no such field/,
    );
    expect(issue?.message).toMatch(/newer than v1\.36, leave it out of the manifest/);
  });

  it('finds unknown top-level fields and ignores prototype-looking keys only as unknown fields', () => {
    expect(messages({...pod(), metdata: {}})).toContain('metdata: unknown field "metdata" (did you mean "metadata"?)');
    const hostile = JSON.parse('{"apiVersion":"v1","kind":"Pod","__proto__":{"x":1},"constructor":1}') as Record<
      string,
      unknown
    >;
    expect(messages(hostile).map((m) => m.split(':')[0])).toEqual(['__proto__', 'constructor']);
  });

  it('reports wrong types, ranges, base64, bad enums and missing required fields', () => {
    const found = messages(pod({securityContext: {privileged: 'yes', runAsUser: 1.5}}, {restartPolicy: 'Sometimes'}));
    expect(found).toContain(
      'spec.containers.0.securityContext.privileged: must be boolean (true or false), not the string "yes"',
    );
    expect(found).toContain('spec.containers.0.securityContext.runAsUser: must be an integer, not the number 1.5');
    expect(found).toContain('spec.restartPolicy: must be one of Always, Never, OnFailure');
    expect(messages(pod({ports: [{containerPort: 2 ** 31}]}))).toEqual([
      'spec.containers.0.ports.0.containerPort: must be a 32-bit integer, not the number 2147483648',
    ]);
    expect(messages({apiVersion: 'v1', kind: 'Secret', metadata: {name: 's'}, data: {token: 'not base64!'}})).toEqual([
      'data.token: must be base64-encoded (use stringData for plain text)',
    ]);
    expect(messages({apiVersion: 'v1', kind: 'Secret', metadata: {name: 's'}, data: {token: 'c2VjcmV0'}})).toEqual([]);
    expect(validateApiObject({apiVersion: 'v1', kind: 'Pod', metadata: {name: 'x'}, spec: {}})).toContainEqual({
      path: ['spec', 'containers'],
      message: 'is required',
    });
  });

  it('accepts quantities and int-or-string in both forms', () => {
    expect(validateApiObject(pod({resources: {limits: {cpu: 1, memory: '128Mi'}}}))).toEqual([]);
    const probe = (port: unknown) => pod({readinessProbe: {httpGet: {port, path: '/'}}});
    expect(validateApiObject(probe(8080))).toEqual([]);
    expect(validateApiObject(probe('http'))).toEqual([]);
    expect(messages(probe(true))).toEqual([
      'spec.containers.0.readinessProbe.httpGet.port: must be an integer or a string, not the boolean true',
    ]);
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
    expect(issue?.message).toMatch(/pre-release.*admissionregistration\.k8s\.io\/v1$/);
  });

  it('rejects kinds it does not know', () => {
    expect(validateApiObject({apiVersion: 'v1', kind: 'Podd'})[0]?.message).toMatch(
      /v1 Podd is not a kind of the Kubernetes v1\.36 API/,
    );
    expect(isApiKind('v1', 'Podd')).toBe(false);
    expect(isApiKind('networking.k8s.io/v1', 'NetworkPolicy')).toBe(true);
    expect(isApiKind('v1', 'toString')).toBe(false);
  });

  it('never loads modules from a crafted kind or apiVersion', () => {
    expect(isApiKind('../../../etc', 'passwd')).toBe(false);
    expect(isApiKind('v1', '../Pod')).toBe(false);
    expect(validateApiObject({apiVersion: '../../../etc', kind: 'passwd'})[0]?.path).toEqual(['kind']);
  });

  it('stops at absurd nesting instead of exhausting the stack', () => {
    const schema: Record<string, unknown> = {type: 'object'};
    let deep = schema;
    for (let i = 0; i < 5000; i++) {
      const next: Record<string, unknown> = {type: 'object'};
      deep.properties = {x: next};
      deep = next;
    }
    const root = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: {name: 'things.example.com'},
      spec: {
        group: 'example.com',
        names: {kind: 'Thing', plural: 'things'},
        scope: 'Namespaced',
        versions: [{name: 'v1', served: true, storage: true, schema: {openAPIV3Schema: schema}}],
      },
    };
    const issues = validateApiObject(root);
    expect(issues.some((i) => /nested more than 64 levels/.test(i.message))).toBe(true);
  });
});

describe('an example using a field newer than the schema', () => {
  it('fails check:examples with its file, line and fix', () => {
    const text = `apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    kind: Deployment
    name: web
  maxReplicas: 3
status:
  desiredReplicas: 1
  conditions:
    - type: AbleToScale
      status: "True"
      observedGeneration: 2
`;
    const report = validateExamples([{path: 'autoscaling/hpa.yaml', text}], {
      registry: {'autoscaling/hpa.yaml': {description: 'd', kinds: ['HorizontalPodAutoscaler']}},
      skips: {},
      api: {isApiKind, validate: validateApiObject},
      configSchema: () => undefined,
      pss: {isPodBearing: () => false, highestLevel: () => 'restricted'},
    });
    expect(report.counts.apiObjects).toBe(1);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({file: 'autoscaling/hpa.yaml', line: 15});
    expect(report.problems[0]?.message).toMatch(
      /^status\.conditions\[0\]\.observedGeneration: unknown field "observedGeneration": the Kubernetes v1\.36 API schema has no such field here\. Fix the name, or, if the field is newer than v1\.36/,
    );
  });
});
