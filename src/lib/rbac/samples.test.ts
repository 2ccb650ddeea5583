import {describe, expect, it} from 'vitest';
import {audit, isBlocking} from './audit';
import {loadRbac} from './model';
import {can, whoCan} from './query';
import {formatSubject} from './subjects';
import classicMistakes from './samples/classic-mistakes.yaml?raw';
import safeNamespace from './samples/safe-namespace.yaml?raw';

function loadSample(text: string, file: string) {
  const r = loadRbac([{file, text}]);
  expect(r.errors).toEqual([]);
  return r;
}

describe('samples/safe-namespace.yaml', () => {
  const r = loadSample(safeNamespace, 'safe-namespace.yaml');
  const findings = audit(r.model);

  it('loads cleanly and counts the non-RBAC objects', () => {
    expect(r.warnings).toEqual([]);
    expect(r.counts).toEqual({roles: 3, clusterRoles: 0, roleBindings: 4, clusterRoleBindings: 0});
    expect(r.model.ignored.total).toBe(2);
  });

  it('has no high or critical finding; only the deployer can create workloads in its namespace', () => {
    expect(findings.some(isBlocking)).toBe(false);
    expect(findings.map((f) => [f.id, f.severity, f.subject, f.binding])).toEqual([
      ['pod-create', 'medium', 'ServiceAccount:shop:ci-deployer', 'RoleBinding/shop/ci-deploy'],
    ]);
  });

  it('nobody can read secrets or exec; access stays inside shop', () => {
    expect(whoCan(r.model, {verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'shop'}).subjects).toEqual([]);
    expect(
      whoCan(r.model, {verb: 'create', apiGroup: '', resource: 'pods', subresource: 'exec', namespace: 'shop'})
        .subjects,
    ).toEqual([]);
    const readers = whoCan(r.model, {verb: 'list', apiGroup: '', resource: 'pods', namespace: 'shop'}).subjects.map(
      (s) => formatSubject(s.subject),
    );
    expect(readers).toEqual(['Group:oncall', 'Group:shop-developers']);
    expect(whoCan(r.model, {verb: 'list', apiGroup: '', resource: 'pods', namespace: 'other'}).subjects).toEqual([]);
  });

  it('the web service account (subject without namespace) reads only its ConfigMap', () => {
    const web = {kind: 'ServiceAccount', namespace: 'shop', name: 'web'} as const;
    expect(
      can(r.model, {
        subject: web,
        verb: 'get',
        apiGroup: '',
        resource: 'configmaps',
        namespace: 'shop',
        name: 'web-settings',
      }).allowed,
    ).toBe(true);
    expect(
      can(r.model, {subject: web, verb: 'get', apiGroup: '', resource: 'configmaps', namespace: 'shop', name: 'other'})
        .allowed,
    ).toBe(false);
  });
});

describe('samples/classic-mistakes.yaml', () => {
  const r = loadSample(classicMistakes, 'classic-mistakes.yaml');
  const findings = audit(r.model);
  const has = (id: string, subject: string, severity: string) =>
    findings.some((f) => f.id === id && f.subject === subject && f.severity === severity);

  it('loads with the expected objects', () => {
    expect(r.counts).toEqual({roles: 0, clusterRoles: 12, roleBindings: 3, clusterRoleBindings: 12});
    expect(r.model.ignored.total).toBe(1);
  });

  it('reports each classic mistake', () => {
    const expected: [string, string, string][] = [
      ['cluster-admin', 'Group:ops', 'critical'],
      ['cluster-admin', 'ServiceAccount:ci:deployer', 'critical'],
      ['secrets-read', 'Group:support', 'critical'],
      ['secrets-read', 'ServiceAccount:payments:default', 'high'],
      ['broad-subject', 'ServiceAccount:payments:default', 'high'],
      ['secrets-read', 'Group:system:authenticated', 'critical'],
      ['nodes-proxy', 'Group:system:authenticated', 'critical'],
      ['pod-exec', 'Group:system:authenticated', 'high'],
      ['wildcard', 'Group:system:authenticated', 'medium'],
      ['broad-subject', 'Group:system:authenticated', 'critical'],
      ['pod-exec', 'Group:developers', 'critical'],
      ['ephemeral-containers', 'Group:developers', 'critical'],
      ['escalate', 'User:platform-bot', 'critical'],
      ['bind', 'User:platform-bot', 'critical'],
      ['impersonate', 'ServiceAccount:tools:support-portal', 'critical'],
      ['nodes-proxy', 'ServiceAccount:monitoring:prometheus', 'critical'],
      ['csr-approve', 'ServiceAccount:cert-tools:approver', 'critical'],
      ['webhook-config-write', 'Group:mesh-operators', 'critical'],
      ['token-create', 'ServiceAccount:tools:token-broker', 'critical'],
      ['pv-create', 'Group:storage-team', 'high'],
      ['secrets-read', 'Group:auditors', 'high'],
      ['dangling-binding', 'Group:payments-devs', 'low'],
    ];
    for (const [id, subject, severity] of expected) {
      expect(has(id, subject, severity), `${id} ${subject} ${severity}`).toBe(true);
    }
    // nothing unexpected: every finding is one of the above
    const allowed = new Set(expected.map(([id, subject, severity]) => `${id}|${subject}|${severity}`));
    expect(findings.filter((f) => !allowed.has(`${f.id}|${f.subject}|${f.severity}`))).toEqual([]);
    expect(findings.some(isBlocking)).toBe(true);
  });

  it('the aggregated view role explains where Secret access comes from', () => {
    const f = findings.find((x) => x.id === 'secrets-read' && x.subject === 'Group:auditors');
    expect(f?.binding).toBe('RoleBinding/payments/auditors-view');
    expect(f?.role).toBe('ClusterRole/view');
    expect(f?.message).toContain('view-secrets-too');
  });

  it('answers can/who-can questions about the mistakes', () => {
    const deployer = {kind: 'ServiceAccount', namespace: 'ci', name: 'deployer'} as const;
    expect(can(r.model, {subject: deployer, verb: 'delete', apiGroup: '', resource: 'nodes'}).allowed).toBe(true);
    const anyone = {kind: 'User', name: 'random-employee'} as const;
    expect(
      can(r.model, {subject: anyone, verb: 'get', apiGroup: '', resource: 'nodes', subresource: 'proxy'}).allowed,
    ).toBe(true);
    expect(
      can(r.model, {subject: anyone, verb: 'delete', apiGroup: '', resource: 'pods', namespace: 'payments'}).allowed,
    ).toBe(false);
    const exec = whoCan(r.model, {
      verb: 'create',
      apiGroup: '',
      resource: 'pods',
      subresource: 'exec',
      namespace: 'payments',
    });
    expect(exec.subjects.map((s) => formatSubject(s.subject))).toEqual([
      'Group:developers',
      'Group:ops',
      'ServiceAccount:ci:deployer',
    ]);
  });
});
