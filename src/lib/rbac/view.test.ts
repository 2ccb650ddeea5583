import {describe, expect, it} from 'vitest';
import {decodeState, encodeState} from '../share/fragment';
import classicMistakes from './samples/classic-mistakes.yaml?raw';
import safeNamespace from './samples/safe-namespace.yaml?raw';
import {
  analyzeRbac,
  COMMON_RESOURCES,
  COMMON_VERBS,
  DEFAULT_CAN,
  DEFAULT_WHO_CAN,
  describeRequest,
  findingRows,
  findingsSummary,
  fromShareState,
  isRbacView,
  nextFileName,
  parseAccessForm,
  PASTED_FILE_NAME,
  RBAC_SHARE_KEYS,
  runCan,
  runWhoCan,
  subjectIds,
  subjectSummaries,
  toShareState,
  type RbacPageState,
} from './view';

const classic = analyzeRbac(classicMistakes, 'classic-mistakes.yaml');
const safe = analyzeRbac(safeNamespace, 'safe-namespace.yaml');

const baseState: RbacPageState = {
  yaml: 'kind: Role',
  file: PASTED_FILE_NAME,
  view: 'findings',
  whoCan: DEFAULT_WHO_CAN,
  can: DEFAULT_CAN,
};

describe('analyzeRbac', () => {
  it('summarizes what was read, including ignored objects', () => {
    expect(classic.ok).toBe(true);
    expect(classic.empty).toBe(false);
    expect(classic.summary).toBe(
      'Read 12 ClusterRoles, 3 RoleBindings and 12 ClusterRoleBindings from classic-mistakes.yaml; ignored 1 other object (v1/Namespace: 1).',
    );
    expect(safe.summary).toMatch(
      /^Read 3 Roles and 4 RoleBindings from safe-namespace\.yaml; ignored 2 other objects \(/,
    );
  });

  it('treats empty input and comment-only input as empty, not as an error', () => {
    for (const text of ['', '   \n', '# only a comment\n']) {
      const a = analyzeRbac(text, PASTED_FILE_NAME);
      expect(a).toMatchObject({empty: true, ok: true, issues: [], findings: []});
    }
  });

  it('reports malformed YAML with file and line', () => {
    const a = analyzeRbac('kind: Role\nmetadata:\n  name: a\n   bad: [\n', 'broken.yaml');
    expect(a.ok).toBe(false);
    expect(a.empty).toBe(false);
    expect(a.findings).toEqual([]);
    expect(a.issues[0]).toMatchObject({severity: 'error', file: 'broken.yaml', line: 3});
  });

  it('analyses the rest when one binding is invalid, and says what was assumed and left out', () => {
    const text = [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: ClusterRoleBinding',
      'metadata: {name: bad}',
      'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}',
      'subjects: [{kind: Robot, name: r2}]',
      '---',
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata: {name: admins}',
      'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}',
      'subjects: [{kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}]',
    ].join('\n');
    const a = analyzeRbac(text, 'x.yaml');
    expect(a.ok).toBe(false);
    expect(a.findings.length).toBeGreaterThan(0);
    expect(a.findings.every((f) => f.subject === 'User:alice')).toBe(true);
    expect(a.summary).toContain('1 object without metadata.namespace was taken to be in namespace "default"');
    expect(a.summary).toContain(
      '1 error in the input (listed under the text box): what it concerns is left out of the analysis.',
    );
  });

  it('puts errors before warnings', () => {
    const text = [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata: {name: no-namespace}',
      'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: x}',
      'subjects: [{kind: User, name: alice}]',
      '---',
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata: {name: broken, namespace: dev}',
      'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: x}',
      'subjects: [{kind: User}]',
    ].join('\n');
    const a = analyzeRbac(text, 'b.yaml');
    expect(a.issues.map((i) => i.severity)).toEqual(['error', 'warning']);
    expect(a.issues[0]?.object).toBe('RoleBinding "broken" in namespace "dev"');
  });
});

describe('subjectSummaries', () => {
  const subjects = subjectSummaries(classic.model, classic.findings);
  const byId = new Map(subjects.map((s) => [s.id, s]));

  it('lists every subject once, sorted, with its worst finding', () => {
    const ids = subjects.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(byId.get('ServiceAccount:ci:deployer')).toMatchObject({kind: 'ServiceAccount', worstSeverity: 'critical'});
    expect(byId.get('ServiceAccount:ci:deployer')?.clusterWide[0]).toMatchObject({
      binding: 'ClusterRoleBinding/ci-admin',
      role: 'ClusterRole/cluster-admin',
      roleBuiltin: true,
    });
  });

  it('shows permissions a subject gets through an implicit group, with the group as "via"', () => {
    const deployer = byId.get('ServiceAccount:ci:deployer');
    expect(deployer?.clusterWide.some((g) => g.via === 'Group:system:authenticated')).toBe(true);
    expect(deployer?.clusterWide.find((g) => g.binding === 'ClusterRoleBinding/ci-admin')?.via).toBeUndefined();
  });

  it('separates namespaced grants and describes the totals', () => {
    const sa = byId.get('ServiceAccount:payments:default');
    expect(sa?.namespaces.map((n) => n.namespace)).toEqual(['payments']);
    expect(sa?.description).toMatch(/rules? cluster-wide, \d+ rules? in 1 namespace$/);
  });

  it('lists dangling bindings', () => {
    const devs = byId.get('Group:payments-devs');
    expect(devs?.danglingBindings.length).toBe(1);
    expect(devs?.description).toContain('1 binding to a missing role');
  });
});

describe('query forms', () => {
  it('answers who-can like the engine, with a readable question', () => {
    const r = runWhoCan(classic.model, {verb: 'create', resource: 'pods/exec', namespace: 'payments', name: ''});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.question).toBe('create pods/exec in namespace "payments"');
    expect(r.value.subjects.map((s) => s.id)).toEqual(['Group:developers', 'Group:ops', 'ServiceAccount:ci:deployer']);
    expect(r.value.answer).toBe('3 subjects can create pods/exec in namespace "payments".');
    expect(r.value.notes.some((n) => n.includes('system:masters'))).toBe(true);
  });

  it('says when nobody can', () => {
    const r = runWhoCan(safe.model, {verb: 'get', resource: 'secrets', namespace: 'shop', name: ''});
    expect(r).toMatchObject({
      ok: true,
      value: {subjects: [], answer: 'No subject in the input can get secrets in namespace "shop".'},
    });
  });

  it('answers can-subject, with the grants', () => {
    const r = runCan(classic.model, DEFAULT_CAN);
    expect(r).toMatchObject({
      ok: true,
      value: {allowed: true, answer: 'Yes: ServiceAccount:ci:deployer can delete nodes (cluster-scoped).'},
    });
    const no = runCan(classic.model, {
      subject: 'User:random-employee',
      verb: 'delete',
      resource: 'pods',
      namespace: 'payments',
      name: '',
    });
    expect(no).toMatchObject({
      ok: true,
      value: {
        allowed: false,
        grants: [],
        answer: 'No: User:random-employee cannot delete pods in namespace "payments".',
      },
    });
  });

  it('rejects bad fields with a message that says how to write them', () => {
    expect(runCan(classic.model, {...DEFAULT_CAN, subject: 'alice'})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid subject "alice": write the subject as User:NAME/),
    });
    expect(parseAccessForm({verb: '', resource: 'pods', namespace: '', name: ''})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The verb is empty/),
    });
    expect(parseAccessForm({verb: 'get list', resource: 'pods', namespace: '', name: ''})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/one verb/),
    });
    expect(parseAccessForm({verb: 'get', resource: '', namespace: '', name: ''})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The resource is empty/),
    });
    expect(parseAccessForm({verb: 'get', resource: 'pods', namespace: 'a b', name: ''})).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Invalid namespace/),
    });
  });

  it('reads resources as kubectl auth can-i does and explains dropped namespaces', () => {
    const deploy = parseAccessForm({verb: ' get ', resource: 'deploy', namespace: ' dev ', name: ''});
    expect(deploy).toMatchObject({
      ok: true,
      value: {
        attributes: {verb: 'get', apiGroup: 'apps', resource: 'deployments', namespace: 'dev'},
        resourceText: 'deployments.apps',
      },
    });
    if (deploy.ok) expect(deploy.value.notes[0]).toContain('resolved to deployments.apps');
    const metrics = parseAccessForm({verb: 'get', resource: '/metrics', namespace: 'dev', name: ''});
    expect(metrics).toMatchObject({ok: true, value: {attributes: {verb: 'get', nonResourceURL: '/metrics'}}});
    if (metrics.ok) expect(metrics.value.notes[0]).toContain('not namespaced');
  });

  it('answers Yes for system:masters, as the API server would, whatever the bindings', () => {
    const r = runCan(classic.model, {...DEFAULT_CAN, subject: 'Group:system:masters'});
    expect(r).toMatchObject({ok: true, value: {allowed: true, grants: []}});
    if (r.ok)
      expect(r.value.answer).toMatch(
        /^Yes: Group:system:masters can delete nodes \(cluster-scoped\): members of system:masters bypass RBAC/,
      );
  });

  it('reads verbs and resources typed in capitals the same way, with a hint', () => {
    const r = parseAccessForm({verb: 'GET', resource: 'Nodes', namespace: '', name: ''});
    expect(r).toMatchObject({ok: true, value: {attributes: {verb: 'get', resource: 'nodes'}}});
    if (r.ok) {
      expect(r.value.notes).toEqual([
        'verbs are lowercase in Kubernetes (RBAC compares them exactly), so "GET" was read as "get"',
        'resource names are lowercase in Kubernetes (RBAC compares them exactly), so "Nodes" was read as "nodes"',
      ]);
    }
  });

  it('asks about one object by name, so a grant limited by resourceNames can answer Yes', () => {
    const model = analyzeRbac(
      [
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: Role',
        'metadata: {name: one-secret, namespace: app}',
        'rules: [{apiGroups: [""], resources: [secrets], resourceNames: [db-password], verbs: [get]}]',
        '---',
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: RoleBinding',
        'metadata: {name: one-secret, namespace: app}',
        'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: one-secret}',
        'subjects: [{kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}]',
      ].join('\n'),
      'x.yaml',
    ).model;
    const form = {subject: 'User:alice', verb: 'get', resource: 'secrets', namespace: 'app', name: ''};
    expect(runCan(model, form)).toMatchObject({ok: true, value: {allowed: false}});
    expect(runCan(model, {...form, name: 'db-password'})).toMatchObject({
      ok: true,
      value: {allowed: true, answer: 'Yes: User:alice can get secrets named "db-password" in namespace "app".'},
    });
    expect(runWhoCan(model, {...form, name: 'db-password'})).toMatchObject({
      ok: true,
      value: {answer: '1 subject can get secrets named "db-password" in namespace "app".'},
    });
  });

  it('describes requests in every scope', () => {
    expect(describeRequest({verb: 'get', nonResourceURL: '/metrics'}, '/metrics')).toBe('get /metrics');
    expect(describeRequest({verb: 'list', apiGroup: '', resource: 'secrets'}, 'secrets')).toBe(
      'list secrets in every namespace',
    );
    expect(describeRequest({verb: 'get', apiGroup: '', resource: 'nodes'}, 'nodes')).toBe('get nodes (cluster-scoped)');
  });
});

describe('findings view', () => {
  const rows = findingRows(classic.findings);

  it('keeps the audit order, adds catalog titles and unique keys', () => {
    expect(rows.length).toBe(classic.findings.length);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
    expect(rows[0]?.severity).toBe('critical');
    const deployer = rows.find((r) => r.id === 'cluster-admin' && r.subject === 'ServiceAccount:ci:deployer');
    expect(deployer).toMatchObject({
      title: 'Cluster-admin granted cluster-wide',
      binding: 'ClusterRoleBinding/ci-admin',
      docs: '/docs/fundamentals/authorization/rbac-privilege-escalation#cluster-admin',
      location: expect.stringMatching(/^classic-mistakes\.yaml:\d+$/),
    });
  });

  it('summarizes counts by severity', () => {
    expect(findingsSummary([])).toBe('No findings.');
    expect(findingsSummary([{severity: 'low'}])).toBe('1 finding: 1 low.');
    expect(findingsSummary([{severity: 'high'}, {severity: 'critical'}, {severity: 'high'}, {severity: 'info'}])).toBe(
      '4 findings: 1 critical, 2 high and 1 info.',
    );
  });
});

describe('shared state', () => {
  it('round-trips through a shared link', () => {
    const state: RbacPageState = {
      ...baseState,
      view: 'who-can',
      whoCan: {verb: 'get', resource: '/metrics', namespace: '', name: ''},
    };
    const decoded = decodeState(encodeState(toShareState(state)), RBAC_SHARE_KEYS);
    expect(fromShareState(decoded, {...baseState, yaml: 'other'})).toEqual(state);
  });

  it('falls back for missing or invalid keys', () => {
    expect(fromShareState({view: 'nonsense', file: ''}, baseState)).toEqual(baseState);
    expect(isRbacView('subjects')).toBe(true);
    expect(isRbacView('toString')).toBe(false);
    expect(isRbacView(undefined)).toBe(false);
  });
});

describe('suggestions', () => {
  it('lists the subjects named in bindings, once each', () => {
    expect(subjectIds(safe.model)).toEqual([
      'Group:oncall',
      'Group:shop-developers',
      'ServiceAccount:shop:ci-deployer',
      'ServiceAccount:shop:web',
    ]);
  });

  it('suggests only resources the form can read', () => {
    for (const resource of COMMON_RESOURCES)
      expect(parseAccessForm({verb: 'get', resource, namespace: '', name: ''}).ok, resource).toBe(true);
    expect(new Set(COMMON_VERBS).size).toBe(COMMON_VERBS.length);
  });
});

describe('nextFileName', () => {
  it('names errors after the opened file or sample, and keeps the name while editing', () => {
    expect(nextFileName('a.yaml', 'x', {kind: 'file', name: 'rbac.yaml'})).toBe('rbac.yaml');
    expect(nextFileName('a.yaml', 'x', {kind: 'sample', name: 'safe-namespace.yaml'})).toBe('safe-namespace.yaml');
    expect(nextFileName('a.yaml', 'kind: Role', {kind: 'edit'})).toBe('a.yaml');
  });

  it('starts a new input when the text is cleared or pasted over', () => {
    expect(nextFileName('a.yaml', '  \n', {kind: 'edit'})).toBe(PASTED_FILE_NAME);
    expect(nextFileName('a.yaml', 'kind: Role', {kind: 'replace'})).toBe(PASTED_FILE_NAME);
  });
});
