import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {formatIssue} from '../manifest/errors';
import {loadRbac} from './model';
import {clusterRole, clusterRoleBinding, load, modelOf, roleBinding} from './test-helpers';

const RB = (extra: string) => `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: x
  namespace: web
${extra}`;

function firstError(text: string, file = 'roles.yaml') {
  const r = load(text, file);
  expect(r.ok).toBe(false);
  const e = r.errors[0];
  if (!e) throw new Error('expected an error');
  return e;
}

describe('input validation', () => {
  it('names file, line and object for a bad roleRef.kind', () => {
    const text = `# comment\n${RB('roleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: Rol\n  name: r\nsubjects: []\n')}`;
    const e = firstError(text);
    expect(e).toMatchObject({file: 'roles.yaml', line: 9, object: 'RoleBinding "x" in namespace "web"'});
    expect(e.message).toBe('roleRef.kind must be Role or ClusterRole (got "Rol")');
    expect(formatIssue(e)).toMatch(
      /^roles\.yaml:9:9: RoleBinding "x" in namespace "web": roleRef\.kind must be Role or ClusterRole/,
    );
    expect(formatIssue(e)).toContain('fix: ');
  });

  it('a ClusterRoleBinding cannot reference a Role', () => {
    const e = firstError(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: crb}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}
`);
    expect(e.message).toContain('roleRef.kind must be ClusterRole');
    expect(e.fix).toContain('RoleBinding');
  });

  it('requires roleRef and its name; checks roleRef.apiGroup but defaults it when empty', () => {
    expect(firstError(RB('subjects: []\n')).message).toBe('roleRef is missing');
    expect(firstError(RB('roleRef: {kind: Role}\n')).message).toBe('roleRef.name is missing');
    expect(firstError(RB('roleRef: {apiGroup: rbac, kind: Role, name: r}\n')).message).toContain(
      'roleRef.apiGroup must be rbac.authorization.k8s.io',
    );
    expect(load(RB('roleRef: {kind: Role, name: r}\n')).ok).toBe(true);
  });

  it('a ServiceAccount subject of a ClusterRoleBinding needs a namespace (upstream validation)', () => {
    const e = firstError(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: {name: crb}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}
subjects:
- kind: ServiceAccount
  name: bot
`);
    expect(e.message).toContain('needs a namespace');
    expect(e.line).toBe(6);
  });

  it('in a RoleBinding a ServiceAccount subject without namespace defaults to the binding namespace', () => {
    const m = modelOf(RB('roleRef: {kind: Role, name: r}\nsubjects:\n- kind: ServiceAccount\n  name: bot\n'));
    expect(m.bindings[0]?.subjects[0]).toEqual({kind: 'ServiceAccount', name: 'bot', namespace: 'web'});
  });

  it('validates subjects', () => {
    expect(firstError(RB('roleRef: {kind: Role, name: r}\nsubjects:\n- kind: Robot\n  name: a\n')).message).toContain(
      'must be User, Group or ServiceAccount (got "Robot")',
    );
    expect(firstError(RB('roleRef: {kind: Role, name: r}\nsubjects:\n- kind: User\n')).message).toContain(
      'name is missing',
    );
    expect(
      firstError(RB('roleRef: {kind: Role, name: r}\nsubjects:\n- kind: User\n  name: a\n  apiGroup: v1\n')).message,
    ).toContain('apiGroup must be rbac.authorization.k8s.io');
    expect(
      firstError(
        RB(
          'roleRef: {kind: Role, name: r}\nsubjects:\n- kind: ServiceAccount\n  name: a\n  apiGroup: rbac.authorization.k8s.io\n',
        ),
      ).message,
    ).toContain('must be empty for a ServiceAccount');
    expect(
      firstError(RB('roleRef: {kind: Role, name: r}\nsubjects:\n- kind: ServiceAccount\n  name: "ns:bot"\n')).message,
    ).toContain('not a valid service account name');
    expect(load(RB('roleRef: {kind: Role, name: r}\nsubjects:\n- kind: User\n  name: a\n')).ok).toBe(true);
  });

  it('validates rules like the API server', () => {
    const roleWith = (rules: string, kind = 'Role') =>
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\nmetadata: {name: r, namespace: dev}\nrules:\n${rules}`;
    expect(firstError(roleWith('- apiGroups: [""]\n  resources: [pods]\n')).message).toContain(
      'verbs must contain at least one verb',
    );
    expect(firstError(roleWith('- verbs: [get]\n  resources: [pods]\n')).message).toContain('apiGroups is missing');
    expect(firstError(roleWith('- verbs: [get]\n  apiGroups: [""]\n')).message).toContain('resources is missing');
    expect(firstError(roleWith('- verbs: [get]\n  nonResourceURLs: [/metrics]\n')).message).toContain(
      'cannot grant nonResourceURLs',
    );
    expect(
      firstError(roleWith('- verbs: [get]\n  nonResourceURLs: [/metrics]\n  resources: [pods]\n', 'ClusterRole'))
        .message,
    ).toContain('mixes nonResourceURLs');
    expect(load(roleWith('- verbs: [get]\n  nonResourceURLs: [/metrics]\n', 'ClusterRole')).ok).toBe(true);
  });

  it('a string where a list is expected gets a precise fix', () => {
    const e = firstError(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r, namespace: dev}\nrules:\n- apiGroups: [""]\n  resources: [pods]\n  verbs: get\n',
    );
    expect(e.message).toBe('rules[0].verbs must be a list of strings, got the string "get"');
    expect(e.fix).toContain('verbs: ["get"]');
    expect(e.line).toBe(7);
  });

  it('rejects unknown fields (strict like kubectl apply) and suggests the right one', () => {
    const e = firstError(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r, namespace: dev}\nrules:\n- apiGroups: [""]\n  resources: [secrets]\n  resourceName: [one]\n  verbs: [get]\n',
    );
    expect(e.message).toContain('unknown field "resourceName"');
    expect(e.message).toContain('did you mean "resourceNames"');
    expect(e.line).toBe(7);
  });

  it('labels must be strings (quote "true")', () => {
    const e = firstError(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: r\n  labels:\n    agg: true\nrules: []\n',
    );
    expect(e.message).toContain('metadata.labels.agg must be a string');
    expect(e.fix).toContain('"true"');
  });

  it('requires metadata.name and a valid name', () => {
    expect(firstError('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {}\n').message).toBe(
      'metadata.name is missing',
    );
    expect(
      firstError('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: a/b}\n').message,
    ).toContain('may not contain "/"');
    expect(firstError('apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\n').message).toBe(
      'metadata is missing',
    );
  });

  it('RBAC kinds with a wrong or missing apiVersion are errors; removed beta versions are read with a warning', () => {
    expect(firstError('apiVersion: v1\nkind: Role\nmetadata: {name: r, namespace: dev}\n').message).toContain(
      'belongs to apiVersion rbac.authorization.k8s.io/v1',
    );
    expect(firstError('kind: Role\nmetadata: {name: r, namespace: dev}\n').message).toBe('apiVersion is missing');
    expect(
      firstError('apiVersion: rbac.authorization.k8s.io/v2\nkind: Role\nmetadata: {name: r, namespace: dev}\n').message,
    ).toContain('unsupported apiVersion');
    expect(
      firstError('apiVersion: rbac.authorization.k8s.io/v1\nkind: Rolle\nmetadata: {name: r}\n').message,
    ).toContain('unknown kind "Rolle"');
    const beta = load('apiVersion: rbac.authorization.k8s.io/v1beta1\nkind: ClusterRole\nmetadata: {name: r}\n');
    expect(beta.ok).toBe(true);
    expect(beta.warnings.some((w) => w.code === 'deprecated-apiversion')).toBe(true);
  });

  it('missing namespace on a Role defaults to "default" with a warning; cluster-scoped namespace is ignored', () => {
    const r = load(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: c, namespace: x}\n',
    );
    expect(r.ok).toBe(true);
    expect(r.model.roles.has('Role/default/r')).toBe(true);
    expect(r.model.roles.has('ClusterRole/c')).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['default-namespace', 'ignored-namespace']));
    const custom = loadRbac(
      [{file: 'f', text: 'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: r}\n'}],
      {defaultNamespace: 'team'},
    );
    expect(custom.model.roles.has('Role/team/r')).toBe(true);
  });

  it('ignores and counts non-RBAC objects, and documents without kind', () => {
    const r = load(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n---\nfoo: bar\n',
    );
    expect(r.ok).toBe(true);
    expect(r.model.ignored.total).toBe(4);
    expect(r.model.ignored.byKind.get('v1/ConfigMap')).toBe(2);
    expect(r.model.ignored.byKind.get('apps/v1/Deployment')).toBe(1);
    expect(r.model.ignored.byKind.get('(no kind)')).toBe(1);
  });

  it('a document that looks like RBAC but has no kind is an error', () => {
    expect(firstError('metadata: {name: x}\nroleRef: {kind: Role, name: r}\n').message).toBe('kind is missing');
  });

  it('reads kubectl List output and reports errors inside items with their line', () => {
    const text = `apiVersion: v1
kind: List
items:
- apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata:
    name: ok
  rules: []
- apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    name: broken
  roleRef:
    kind: Role
    name: r
`;
    const r = load(text, 'dump.yaml');
    expect(r.counts.clusterRoles).toBe(1);
    expect(r.errors[0]).toMatchObject({
      file: 'dump.yaml',
      line: 14,
      object: 'ClusterRoleBinding "broken" (item 2 of List)',
    });
  });

  it('duplicates: the later definition wins, with a warning', () => {
    const r = load(`${clusterRole('c', [{verbs: ['get']}])}\n${clusterRole('c', [{verbs: ['list']}])}`);
    expect(r.model.roles.get('ClusterRole/c')?.rules[0]?.rule.verbs).toEqual(['list']);
    expect(r.warnings.some((w) => w.code === 'duplicate')).toBe(true);
  });

  it('YAML errors carry file and position', () => {
    const r = load('kind: Role\n  bad: indent\n', 'bad.yaml');
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.file).toBe('bad.yaml');
    expect(
      formatIssue(r.errors[0] ?? {severity: 'error', code: '', file: '', line: 0, column: 0, message: '', fix: ''}),
    ).toMatch(/^bad\.yaml:\d+:\d+: /);
  });
});

describe('one invalid object does not block the analysis (issue 16, item 13)', () => {
  it('reports a malformed RoleBinding with file and line and analyses the other objects', () => {
    const text = [
      clusterRole('reader', [{verbs: ['get'], resources: ['secrets']}]),
      clusterRoleBinding('good', 'reader', ['User:alice']),
      // subjects is a mapping, not a list, and roleRef is missing
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: broken, namespace: dev}\nsubjects: {kind: User, name: bob}\n',
    ].join('\n');
    const r = loadRbac([{file: 'mixed.yaml', text}]);
    expect(r.ok).toBe(false);
    expect(r.skipped).toBe(1);
    const lines = text.split('\n');
    const subjectsLine = lines.findIndex((l) => l.startsWith('subjects: {kind: User, name: bob}')) + 1;
    const brokenLine = lines.findIndex((l) => l.startsWith('metadata: {name: broken')) - 1;
    expect(r.errors.map((e) => [e.file, e.line, e.object, e.message])).toEqual([
      ['mixed.yaml', brokenLine, 'RoleBinding "broken" in namespace "dev"', 'roleRef is missing'],
      ['mixed.yaml', subjectsLine, 'RoleBinding "broken" in namespace "dev"', 'subjects must be a list, got a mapping'],
    ]);
    expect(r.counts).toMatchObject({clusterRoles: 1, clusterRoleBindings: 1, roleBindings: 0});
    expect(r.model.bindings.map((b) => b.name)).toEqual(['good']);
  });

  it('a syntax error in one document leaves the other documents analysed', () => {
    const text = `${clusterRoleBinding('good', 'view', ['User:alice'])}\n---\nkind: RoleBinding\nmetadata: {name: "x}\n`;
    const r = loadRbac([{file: 'f.yaml', text}]);
    expect(r.errors.map((e) => [e.code, e.message])).toEqual([['yaml-syntax', 'this quoted value is never closed']]);
    expect(r.model.bindings.map((b) => b.name)).toEqual(['good']);
  });

  it('reads YAML 1.1 like kubectl: an unquoted n or yes is a boolean, with a fix', () => {
    const e = firstError(RB('roleRef: {kind: Role, name: r}\n').replace('namespace: web', 'namespace: n'));
    expect(e.message).toBe('metadata.namespace must be a string, got the boolean false');
    expect(e.fix).toBe('Quote the value: namespace: "false".');
  });
});

describe('ClusterRole aggregation', () => {
  const agg = (name: string, selector: string, written = '[]') => `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: ${name}
  labels: {self: "yes"}
aggregationRule:
  clusterRoleSelectors:
${selector}
rules: ${written}
---`;

  it('unions the rules of matching roles, in name order, without duplicates', () => {
    const m = modelOf(
      [
        agg('combined', '  - matchLabels: {team: a}'),
        clusterRole(
          'b-role',
          [
            {verbs: ['list'], resources: ['pods']},
            {verbs: ['get'], resources: ['pods']},
          ],
          {team: 'a'},
        ),
        clusterRole('a-role', [{verbs: ['get'], resources: ['pods']}], {team: 'a'}),
        clusterRole('other', [{verbs: ['delete'], resources: ['pods']}], {team: 'b'}),
      ].join('\n'),
    );
    const rules = m.roles.get('ClusterRole/combined')?.rules ?? [];
    expect(rules.map((r) => [r.rule.verbs.join(), r.aggregatedFrom])).toEqual([
      ['get', 'a-role'],
      ['list', 'b-role'],
    ]);
  });

  it('ignores the rules written in the aggregated role (the controller overwrites them) and warns', () => {
    const r = load(
      [
        agg('combined', '  - matchLabels: {team: a}', '[{apiGroups: ["*"], resources: ["*"], verbs: ["*"]}]'),
        clusterRole('a-role', [{verbs: ['get']}], {team: 'a'}),
      ].join('\n'),
    );
    expect(r.model.roles.get('ClusterRole/combined')?.rules.map((x) => x.rule.verbs.join())).toEqual(['get']);
    expect(r.warnings.some((w) => w.code === 'aggregated-rules-overwritten')).toBe(true);
  });

  it('supports matchExpressions and excludes the role itself', () => {
    const sel = '  - matchExpressions:\n    - {key: self, operator: Exists}';
    const m = modelOf([agg('combined', sel), clusterRole('x', [{verbs: ['get']}], {self: 'no'})].join('\n'));
    expect(m.roles.get('ClusterRole/combined')?.rules.map((r) => r.aggregatedFrom)).toEqual(['x']);
    const notIn = modelOf(
      [
        agg('c2', '  - matchExpressions:\n    - {key: team, operator: NotIn, values: [a]}'),
        clusterRole('ta', [{verbs: ['get']}], {team: 'a'}),
        clusterRole('tb', [{verbs: ['list']}], {team: 'b'}),
        clusterRole('none', [{verbs: ['watch']}]),
      ].join('\n'),
      {includeBuiltins: false},
    );
    expect(
      notIn.roles
        .get('ClusterRole/c2')
        ?.rules.map((r) => r.aggregatedFrom)
        .sort(),
    ).toEqual(['none', 'tb']);
    const dne = modelOf(
      [
        agg('c3', '  - matchExpressions:\n    - {key: team, operator: DoesNotExist}'),
        clusterRole('ta', [{verbs: ['get']}], {team: 'a'}),
      ].join('\n'),
      {includeBuiltins: false},
    );
    expect(dne.roles.get('ClusterRole/c3')?.rules).toEqual([]);
    const inOp = modelOf(
      [
        agg('c4', '  - matchExpressions:\n    - {key: team, operator: In, values: [a, c]}'),
        clusterRole('ta', [{verbs: ['get']}], {team: 'a'}),
        clusterRole('tb', [{verbs: ['list']}], {team: 'b'}),
      ].join('\n'),
    );
    expect(inOp.roles.get('ClusterRole/c4')?.rules.map((r) => r.aggregatedFrom)).toEqual(['ta']);
  });

  it('several selectors are ORed', () => {
    const m = modelOf(
      [
        agg('c', '  - matchLabels: {team: a}\n  - matchLabels: {team: b}'),
        clusterRole('ta', [{verbs: ['get']}], {team: 'a'}),
        clusterRole('tb', [{verbs: ['list']}], {team: 'b'}),
      ].join('\n'),
    );
    expect(m.roles.get('ClusterRole/c')?.rules).toHaveLength(2);
  });

  it('nested aggregation reaches a fixed point (admin ⊇ edit ⊇ view)', () => {
    const m = modelOf(
      clusterRole('crd-viewer', [{verbs: ['get'], apiGroups: ['example.com'], resources: ['widgets']}], {
        'rbac.authorization.k8s.io/aggregate-to-view': 'true',
      }),
    );
    const has = (roleName: string) =>
      (m.roles.get(`ClusterRole/${roleName}`)?.rules ?? []).some((r) => r.rule.resources.includes('widgets'));
    expect(has('view')).toBe(true);
    expect(has('edit')).toBe(true);
    expect(has('admin')).toBe(true);
    // edit has exec but view does not
    const exec = (roleName: string) =>
      (m.roles.get(`ClusterRole/${roleName}`)?.rules ?? []).some((r) => r.rule.resources.includes('pods/exec'));
    expect(exec('edit')).toBe(true);
    expect(exec('view')).toBe(false);
  });

  it('terminates on aggregation cycles', () => {
    const m = modelOf(
      [
        agg('c1', '  - matchLabels: {ring: "2"}').replace('self: "yes"', 'ring: "1"'),
        agg('c2', '  - matchLabels: {ring: "1"}').replace('self: "yes"', 'ring: "2"'),
        clusterRole('leaf', [{verbs: ['get']}], {ring: '1'}),
      ].join('\n'),
    );
    expect(m.roles.get('ClusterRole/c1')?.rules.map((r) => r.aggregatedFrom)).toEqual(['leaf']);
    expect(m.roles.get('ClusterRole/c2')?.rules.map((r) => r.aggregatedFrom)).toEqual(['leaf']);
  });

  it('validates selectors', () => {
    expect(
      firstError(agg('c', '  - matchExpressions:\n    - {key: a, operator: Equals, values: [b]}')).message,
    ).toContain('operator must be one of');
    expect(firstError(agg('c', '  - matchExpressions:\n    - {key: a, operator: In}')).message).toContain(
      'needs at least one value',
    );
    expect(
      firstError(agg('c', '  - matchExpressions:\n    - {key: a, operator: Exists, values: [x]}')).message,
    ).toContain('takes no values');
    expect(
      firstError(
        'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: c}\naggregationRule:\n  clusterRoleSelectors: []\n',
      ).message,
    ).toContain('at least one selector');
  });
});

describe('built-in default ClusterRoles', () => {
  it('are supplied when missing, and the input overrides them', () => {
    const m = modelOf(clusterRoleBinding('b', 'cluster-admin', ['User:alice']));
    expect(m.roles.get('ClusterRole/cluster-admin')?.builtin).toBe(true);
    const overridden = modelOf(clusterRole('cluster-admin', [{verbs: ['get']}]));
    expect(overridden.roles.get('ClusterRole/cluster-admin')?.builtin).toBe(false);
    expect(overridden.roles.get('ClusterRole/cluster-admin')?.rules).toHaveLength(1);
  });
  it('can be switched off', () => {
    const m = modelOf(roleBinding('dev', 'b', 'ClusterRole/view', ['User:a']), {includeBuiltins: false});
    expect(m.roles.size).toBe(0);
  });
});

describe('loadRbac properties', () => {
  it('any text gives a model plus typed issues, never an exception', () => {
    const piece = fc.constantFrom(
      'apiVersion: rbac.authorization.k8s.io/v1\n',
      'kind: Role\n',
      'kind: ClusterRoleBinding\n',
      'kind: List\nitems:\n',
      'metadata: {name: x, namespace: web}\n',
      'metadata:\n  name: 3\n',
      'rules:\n- verbs: [get]\n  apiGroups: [""]\n  resources: [pods]\n',
      'rules: 5\n',
      'roleRef: {kind: Role, name: r}\n',
      'roleRef: []\n',
      'subjects:\n- kind: ServiceAccount\n  name: s\n',
      'subjects: [1, null]\n',
      'aggregationRule: {clusterRoleSelectors: [{}]}\n',
      '---\n',
      '- ',
      '  ',
      '"',
      '__proto__: {x: 1}\n',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({maxLength: 200}),
          fc.array(piece, {maxLength: 12}).map((p) => p.join('')),
        ),
        (text) => {
          const r = loadRbac([{file: 'f.yaml', text}]);
          expect(r.ok).toBe(r.errors.length === 0);
          for (const e of [...r.errors, ...r.warnings]) {
            expect(e.file).toBe('f.yaml');
            expect(e.line).toBeGreaterThanOrEqual(1);
            expect(e.message).not.toBe('');
            expect(e.fix).not.toBe('');
            expect(formatIssue(e).startsWith('f.yaml:')).toBe(true);
          }
        },
      ),
      {numRuns: 400},
    );
  });
});
