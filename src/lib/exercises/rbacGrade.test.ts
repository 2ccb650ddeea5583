import {describe, expect, it} from 'vitest';
import {MAX_INPUT_BYTES} from '../manifest/limits';
import {describeRbacCheck, gradeRbacFiles, type RbacCheck} from './rbacGrade';
import {rbacCheckSchema} from './rbacGrader';

const ROLE = `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: {name: reader, namespace: dev}
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get, list]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: {name: reader, namespace: dev}
subjects: [{kind: ServiceAccount, name: app, namespace: dev}]
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
`;

const can = (over: Partial<Extract<RbacCheck, {type: 'can'}>>): RbacCheck => ({
  type: 'can',
  as: 'ServiceAccount:dev:app',
  verb: 'get',
  resource: 'configmaps',
  namespace: 'dev',
  allowed: true,
  ...over,
});

const grade = (text: string, checks: readonly RbacCheck[]) => gradeRbacFiles([{file: 'answer.yaml', text}], checks);

describe('can checks', () => {
  it('asks the analyzer and explains which binding grants', () => {
    const r = grade(ROLE, [can({}), can({verb: 'delete', allowed: false}), can({namespace: 'prod', allowed: false})]);
    expect(r.errors).toEqual([]);
    expect(r.results.map((c) => c.passed)).toEqual([true, true, true]);
    expect(r.results[0]?.detail).toContain('RoleBinding/dev/reader → Role/reader');
    expect(r.passed).toBe(true);
  });

  it('fails a check whose verdict differs, saying why', () => {
    const r = grade(ROLE, [can({resource: 'secrets'})]);
    expect(r.passed).toBe(false);
    expect(r.results[0]?.detail).toContain('denied for ServiceAccount:dev:app');
  });

  it('accepts the bare service account user name and other subject kinds', () => {
    expect(grade(ROLE, [can({as: 'system:serviceaccount:dev:app'})]).passed).toBe(true);
    expect(grade(ROLE, [can({as: 'User:alice', allowed: false})]).passed).toBe(true);
    expect(grade(ROLE, [can({as: 'Group:system:serviceaccounts:dev', allowed: false})]).passed).toBe(true);
  });

  it('describes a check in words', () => {
    expect(describeRbacCheck(can({name: 'x'}))).toBe(
      'ServiceAccount:dev:app can get configmaps "x" in namespace dev: allowed',
    );
    expect(describeRbacCheck(can({namespace: undefined, allowed: false}))).toContain('cluster-wide: denied');
  });
});

describe('max-finding-severity', () => {
  it('passes a harmless role and fails a wildcard with the finding and its fix', () => {
    expect(grade(ROLE, [{type: 'max-finding-severity', severity: 'low'}]).passed).toBe(true);
    const wild = ROLE.replace('resources: [configmaps]\n    verbs: [get, list]', 'resources: ["*"]\n    verbs: ["*"]');
    const r = grade(wild, [{type: 'max-finding-severity', severity: 'low'}]);
    expect(r.passed).toBe(false);
    expect(r.results[0]?.detail).toMatch(/^(critical|high|medium) /);
    expect(r.results[0]?.detail).toContain('Fix:');
  });
});

describe('hostile or broken input answers with an error, never a crash', () => {
  const checks: RbacCheck[] = [can({})];
  it('a YAML syntax error', () => {
    const r = grade('kind: Role\n  x: [\n', checks);
    expect(r.passed).toBe(false);
    expect(r.errors[0]).toMatch(/^answer\.yaml/);
  });
  it('an invalid RBAC object', () => {
    const r = grade(ROLE.replace('kind: Role\n', 'kind: Role\nrules: 5\n'), checks);
    expect(r.passed).toBe(false);
    expect(r.errors.length).toBeGreaterThan(0);
  });
  it('an input over the one size limit', () => {
    const r = grade(`# ${'x'.repeat(MAX_INPUT_BYTES)}\n${ROLE}`, checks);
    expect(r.passed).toBe(false);
    expect(r.errors.length).toBeGreaterThan(0);
  });
  it('an alias bomb', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const next = String.fromCharCode(97 + i);
      lines.push(`${next}: &${next} [${Array(10).fill(`*${prev}`).join(',')}]`);
    }
    const r = grade(lines.join('\n'), checks);
    expect(r.passed).toBe(false);
    expect(r.errors.join('\n')).toMatch(/alias/i);
  });
  it('a check with an unparsable subject fails with the reason instead of throwing', () => {
    const r = grade(ROLE, [can({as: 'nobody'})]);
    expect(r.passed).toBe(false);
    expect(r.results[0]?.detail).toContain('invalid subject');
  });
});

describe('check schema', () => {
  it('accepts both check types and refuses typos', () => {
    expect(rbacCheckSchema.safeParse(can({})).success).toBe(true);
    expect(rbacCheckSchema.safeParse({type: 'max-finding-severity', severity: 'low'}).success).toBe(true);
    expect(rbacCheckSchema.safeParse({type: 'max-finding-severity', severity: 'tiny'}).success).toBe(false);
    expect(rbacCheckSchema.safeParse(can({as: 'alice'})).success).toBe(false);
    expect(rbacCheckSchema.safeParse(can({resource: 'pods/exec/x'})).success).toBe(false);
    expect(rbacCheckSchema.safeParse({...can({}), allowed: 'yes'}).success).toBe(false);
    expect(rbacCheckSchema.safeParse({...can({}), extra: 1}).success).toBe(false);
  });
});
