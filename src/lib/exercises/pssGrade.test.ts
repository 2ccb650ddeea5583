import {describe, expect, it} from 'vitest';
import {checksFor} from '../pss/registry';
import {NEWEST_MINOR} from '../pss/version';
import {MAX_INPUT_BYTES} from '../manifest/limits';
import {gradePssText, type PssCheck} from './pssGrade';
import {pssCheckSchema} from './pssGrader';

const STARTER = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
        - name: web
          image: nginxinc/nginx-unprivileged:1.30
          ports: [{containerPort: 8080}]
`;

const HARDENED = `apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
      containers:
        - name: web
          image: nginxinc/nginx-unprivileged:1.30
          ports: [{containerPort: 8080}]
          securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`;

const RESTRICTED: PssCheck = {type: 'pss-level', level: 'restricted'};
const SAME: PssCheck = {type: 'unchanged', paths: ['spec.template.spec.containers[*].image']};

describe('pss-level', () => {
  it('grades control by control: one result per Restricted control, with the engine reason on failures', () => {
    const r = gradePssText(STARTER, STARTER, [RESTRICTED]);
    expect(r.errors).toEqual([]);
    expect(r.results.length).toBe(checksFor('restricted', NEWEST_MINOR).length);
    const failed = r.results.filter((c) => !c.passed);
    expect(failed.map((c) => c.check.split(': ')[1]).sort()).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
    expect(failed.find((c) => c.check.endsWith('allowPrivilegeEscalation'))?.detail).toContain(
      'allowPrivilegeEscalation != false',
    );
    expect(r.passed).toBe(false);
  });

  it('passes a hardened workload, and grades Baseline with its own controls', () => {
    expect(gradePssText(STARTER, HARDENED, [RESTRICTED, SAME]).passed).toBe(true);
    const base = gradePssText(STARTER, STARTER, [{type: 'pss-level', level: 'baseline'}]);
    expect(base.passed).toBe(true);
    expect(base.results.length).toBe(checksFor('baseline', NEWEST_MINOR).length);
  });

  it('fails when the answer holds no workload at all', () => {
    const r = gradePssText(STARTER, 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: web}\n', [RESTRICTED]);
    expect(r.passed).toBe(false);
    expect(r.results.map((c) => [c.passed, c.detail])).toEqual([
      [
        false,
        'the answer has no Deployment "web" in apiVersion apps/v1: keep the workload\'s apiVersion, kind and name',
      ],
    ]);
  });

  it("grades the starter's workload: a copy moved to another API group and a compliant decoy Pod do not pass", () => {
    const decoy = `apiVersion: v1
kind: Pod
metadata: {name: decoy}
spec:
  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}
  containers:
    - name: decoy
      image: registry.example.com/decoy:1.0.0
      securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}
`;
    const moved = `${STARTER.replace('apiVersion: apps/v1', 'apiVersion: example.com/v1')}---\n${decoy}`;
    const r = gradePssText(STARTER, moved, [RESTRICTED, SAME]);
    expect(r.passed).toBe(false);
    expect(r.results.every((c) => !c.passed && c.detail.includes("keep the workload's apiVersion"))).toBe(true);
  });

  it('reports fields with a type the API server would reject instead of passing them', () => {
    const r = gradePssText(STARTER, HARDENED.replace('runAsNonRoot: true', 'runAsNonRoot: "yes"'), [RESTRICTED]);
    expect(r.passed).toBe(false);
  });

  it('honours a policy version', () => {
    const r = gradePssText(STARTER, HARDENED, [{type: 'pss-level', level: 'restricted', version: 'v1.22'}]);
    expect(r.results[0]?.check).toContain('(v1.22)');
    expect(r.passed).toBe(true);
  });
});

describe('"without changing what it does"', () => {
  it('fails when the container is deleted, renamed away or its image swapped', () => {
    const noContainers = HARDENED.replace(/containers:[\s\S]*$/, 'containers: []\n');
    const deleted = gradePssText(STARTER, noContainers, [SAME]);
    expect(deleted.passed).toBe(false);
    expect(deleted.results[0]?.detail).toContain('keep every container');

    const swapped = gradePssText(STARTER, HARDENED.replace('nginxinc/nginx-unprivileged:1.30', 'busybox:1.37'), [SAME]);
    expect(swapped.passed).toBe(false);
    expect(swapped.results[0]?.detail).toContain('"busybox:1.37"');

    const renamed = gradePssText(STARTER, HARDENED.replace('name: web, namespace', 'name: other, namespace'), [SAME]);
    expect(renamed.passed).toBe(false);
    expect(renamed.results[0]?.detail).toContain('Deployment "web"');
  });

  it('field-equals needs the field to be set, everywhere the path matches', () => {
    const check: PssCheck = {
      type: 'field-equals',
      path: 'spec.template.spec.securityContext.runAsNonRoot',
      value: true,
    };
    expect(gradePssText(STARTER, HARDENED, [check]).passed).toBe(true);
    expect(gradePssText(STARTER, STARTER, [check]).results[0]?.detail).toContain('is not set');
  });
});

describe('hostile or broken input answers with an error, never a crash', () => {
  it('a YAML syntax error names the file and line', () => {
    const r = gradePssText(STARTER, 'kind: Pod\n  bad: [\n', [RESTRICTED]);
    expect(r.passed).toBe(false);
    expect(r.errors[0]).toMatch(/^answer\.yaml:\d+/);
  });

  it('an empty answer', () => {
    expect(gradePssText(STARTER, '   \n', [RESTRICTED]).errors[0]).toContain('empty');
  });

  it('an input over the one size limit', () => {
    const huge = `# ${'x'.repeat(MAX_INPUT_BYTES)}\n${HARDENED}`;
    const r = gradePssText(STARTER, huge, [RESTRICTED]);
    expect(r.passed).toBe(false);
    expect(r.errors.length).toBeGreaterThan(0);
  });

  it('an alias bomb ("billion laughs")', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const r = gradePssText(STARTER, lines.join('\n'), [RESTRICTED]);
    expect(r.passed).toBe(false);
    expect(r.errors.join('\n')).toMatch(/alias/i);
  });

  it('deep nesting', () => {
    const r = gradePssText(STARTER, `${'['.repeat(5000)}${']'.repeat(5000)}`, [RESTRICTED]);
    expect(r.passed).toBe(false);
    expect(r.errors.length).toBeGreaterThan(0);
  });
});

describe('check schema', () => {
  it('accepts the three check types and refuses typos', () => {
    expect(pssCheckSchema.safeParse(RESTRICTED).success).toBe(true);
    expect(pssCheckSchema.safeParse(SAME).success).toBe(true);
    expect(pssCheckSchema.safeParse({type: 'field-equals', path: 'spec.x', value: 1}).success).toBe(true);
    expect(pssCheckSchema.safeParse({type: 'field-equals', path: 'spec.x'}).success).toBe(false);
    expect(pssCheckSchema.safeParse({type: 'pss-level', level: 'privileged'}).success).toBe(false);
    expect(pssCheckSchema.safeParse({type: 'pss-level', level: 'restricted', version: '1.30'}).success).toBe(false);
    expect(pssCheckSchema.safeParse({type: 'unchanged', paths: ['spec..x']}).success).toBe(false);
    expect(pssCheckSchema.safeParse({type: 'unchanged', paths: ['spec.x'], extra: 1}).success).toBe(false);
  });
});
