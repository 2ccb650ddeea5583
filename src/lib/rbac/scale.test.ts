import {describe, expect, it} from 'vitest';
import {audit} from './audit';
import {buildModel, loadRbac} from './model';
import {can, effectivePermissions, whoCan} from './query';
import type {PolicyRule, RbacBinding, RbacRole} from './types';

const N = 10_000;

function syntheticModel() {
  const roles: RbacRole[] = [];
  const bindings: RbacBinding[] = [];
  const resources = ['pods', 'services', 'configmaps', 'secrets', 'deployments'];
  for (let i = 0; i < N; i++) {
    const ns = `ns-${i % 200}`;
    const rules: PolicyRule[] = [
      {
        verbs: ['get', 'list'],
        apiGroups: [''],
        resources: [resources[i % 5] ?? 'pods'],
        resourceNames: [],
        nonResourceURLs: [],
      },
      {
        verbs: ['create', 'update'],
        apiGroups: ['apps'],
        resources: ['deployments'],
        resourceNames: [],
        nonResourceURLs: [],
      },
    ];
    roles.push({
      kind: 'Role',
      name: `role-${i}`,
      namespace: ns,
      labels: new Map(),
      rules: rules.map((rule, index) => ({rule, index})),
      writtenRules: rules,
      builtin: false,
    });
    bindings.push({
      kind: 'RoleBinding',
      name: `rb-${i}`,
      namespace: ns,
      roleRef: {kind: 'Role', name: `role-${i}`},
      subjects: [
        {kind: 'User', name: `user-${i % 500}`},
        {kind: 'ServiceAccount', namespace: ns, name: `sa-${i}`},
      ],
      labels: new Map(),
    });
    if (i % 10 === 0)
      bindings.push({
        kind: 'ClusterRoleBinding',
        name: `crb-${i}`,
        roleRef: {kind: 'ClusterRole', name: i % 20 === 0 ? 'view' : 'missing'},
        subjects: [{kind: 'Group', name: `group-${i}`}],
        labels: new Map(),
      });
  }
  return buildModel(roles, bindings);
}

// Correctness at scale only: speed is a benchmark figure, never a timed test.
describe('10k roles and bindings', () => {
  it('builds, audits and answers queries', () => {
    const model = syntheticModel();
    const findings = audit(model);
    const who = whoCan(model, {verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'ns-3'});
    const whoAll = whoCan(model, {verb: 'list', apiGroup: '', resource: 'pods'});
    for (let i = 0; i < 200; i++)
      can(model, {
        subject: {kind: 'User', name: `user-${i}`},
        verb: 'get',
        apiGroup: '',
        resource: 'pods',
        namespace: `ns-${i}`,
      });
    const perms = effectivePermissions(model, {kind: 'User', name: 'user-7'});
    expect(findings.length).toBeGreaterThan(N);
    expect(who.subjects.length).toBeGreaterThan(0);
    expect(whoAll.subjects.length).toBeGreaterThan(0);
    expect(perms.namespaces.length).toBeGreaterThan(0);
  }, 60_000);

  it('loads 10k YAML objects within the default size cap', () => {
    const docs: string[] = [];
    for (let i = 0; i < N / 2; i++) {
      docs.push(
        `apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r${i}, namespace: n${i % 50}}\nrules:\n- {apiGroups: [""], resources: [pods], verbs: [get, list]}`,
      );
      docs.push(
        `apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: b${i}, namespace: n${i % 50}}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r${i}}\nsubjects: [{kind: User, name: u${i % 100}, apiGroup: rbac.authorization.k8s.io}]`,
      );
    }
    const text = docs.join('\n---\n');
    const r = loadRbac([{file: 'big.yaml', text}]);
    expect(r.errors).toEqual([]);
    expect(r.model.bindings).toHaveLength(N / 2);
  }, 60_000);
});
