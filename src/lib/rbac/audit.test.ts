import {describe, expect, it} from 'vitest';
import {audit, countBySeverity, detectRule, isBlocking, type Finding} from './audit';
import {FINDING_CATALOG, ESCALATION_DOCS} from './findings';
import {clusterRole, clusterRoleBinding, modelOf, role, roleBinding, rule, type SubjectSpec} from './test-helpers';
import type {PolicyRule} from './types';

type R = Partial<PolicyRule>;

/** Findings for one role bound cluster-wide (CRB) or in namespace "team" (RB). */
function viaCRB(rules: R[], subject: SubjectSpec = 'User:alice'): Finding[] {
  return audit(modelOf([clusterRole('r', rules), clusterRoleBinding('b', 'r', [subject])].join('\n')));
}
function viaRB(rules: R[], subject: SubjectSpec = 'User:alice'): Finding[] {
  return audit(modelOf([clusterRole('r', rules), roleBinding('team', 'b', 'ClusterRole/r', [subject])].join('\n')));
}
const pick = (fs: Finding[], id: string) => fs.filter((f) => f.id === id);
const sev = (fs: Finding[], id: string) => pick(fs, id).map((f) => f.severity);

describe('finding catalog', () => {
  it('documents every id with title, why, fix and a docs anchor', () => {
    const ids = FINDING_CATALOG.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of FINDING_CATALOG) {
      expect(d.title.length).toBeGreaterThan(5);
      expect(d.why.length).toBeGreaterThan(40);
      expect(d.fix.length).toBeGreaterThan(20);
      expect(d.docs).toBe(`${ESCALATION_DOCS}#${d.id}`);
    }
    expect(ids).toEqual(
      expect.arrayContaining([
        'wildcard',
        'secrets-read',
        'pod-create',
        'pod-exec',
        'escalate',
        'bind',
        'impersonate',
        'token-create',
        'nodes-proxy',
        'csr-approve',
        'webhook-config-write',
        'pv-create',
        'ephemeral-containers',
        'broad-subject',
        'dangling-binding',
        'cluster-admin',
      ]),
    );
  });
});

describe('cluster-admin and wildcard', () => {
  it('cluster-admin bound cluster-wide is critical, and implies the rest', () => {
    const fs = audit(modelOf(clusterRoleBinding('ci-admin', 'cluster-admin', ['ServiceAccount:ci:deployer'])));
    expect(fs.map((f) => [f.id, f.severity, f.subject, f.binding, f.role])).toEqual([
      [
        'cluster-admin',
        'critical',
        'ServiceAccount:ci:deployer',
        'ClusterRoleBinding/ci-admin',
        'ClusterRole/cluster-admin',
      ],
    ]);
  });
  it('system:masters is exempt', () => {
    expect(audit(modelOf(clusterRoleBinding('cluster-admin', 'cluster-admin', ['Group:system:masters'])))).toEqual([]);
  });
  it('a home-made full wildcard role counts as cluster-admin', () => {
    expect(sev(viaCRB([{verbs: ['*'], apiGroups: ['*'], resources: ['*']}]), 'cluster-admin')).toEqual(['critical']);
  });
  it('a full wildcard through a RoleBinding is a high wildcard finding, not cluster-admin', () => {
    const fs = viaRB([{verbs: ['*'], apiGroups: ['*'], resources: ['*']}]);
    expect(fs.map((f) => [f.id, f.severity])).toEqual([['wildcard', 'high']]);
    expect(fs[0]?.scope).toBe('team');
  });
  it('partial wildcards', () => {
    expect(sev(viaCRB([{verbs: ['*'], apiGroups: ['apps'], resources: ['*']}]), 'wildcard')).toEqual(['high']);
    expect(sev(viaRB([{verbs: ['*'], apiGroups: ['apps'], resources: ['*']}]), 'wildcard')).toEqual(['medium']);
    expect(sev(viaCRB([{verbs: ['get'], apiGroups: ['apps'], resources: ['*']}]), 'wildcard')).toEqual(['medium']);
    expect(sev(viaRB([{verbs: ['get'], apiGroups: ['*'], resources: ['deployments']}]), 'wildcard')).toEqual(['low']);
    expect(sev(viaCRB([{verbs: ['get'], apiGroups: ['apps'], resources: ['*/scale']}]), 'wildcard')).toEqual([
      'medium',
    ]);
    expect(sev(viaCRB([{verbs: ['get'], nonResourceURLs: ['*']}]), 'wildcard')).toEqual(['low']);
  });
  it('no wildcard, no finding', () => {
    expect(viaCRB([{verbs: ['get', 'list'], apiGroups: ['apps'], resources: ['deployments']}])).toEqual([]);
    expect(viaCRB([{verbs: ['get'], nonResourceURLs: ['/metrics', '/healthz/*']}])).toEqual([]);
  });
});

describe('secrets-read', () => {
  it('critical cluster-wide, high in a namespace, mentions list/watch', () => {
    const c = pick(viaCRB([{verbs: ['list'], resources: ['secrets']}]), 'secrets-read');
    expect(c.map((f) => f.severity)).toEqual(['critical']);
    expect(c[0]?.message).toContain('list and watch return the full contents');
    expect(sev(viaRB([{verbs: ['get'], resources: ['secrets']}]), 'secrets-read')).toEqual(['high']);
  });
  it('one level lower with resourceNames', () => {
    expect(sev(viaRB([{verbs: ['get'], resources: ['secrets'], resourceNames: ['tls']}]), 'secrets-read')).toEqual([
      'medium',
    ]);
  });
  it('wildcards reach secrets too', () => {
    expect(sev(viaCRB([{verbs: ['get'], apiGroups: ['*'], resources: ['*']}]), 'secrets-read')).toEqual(['critical']);
  });
  it('negatives: other verbs, other groups, other resources', () => {
    expect(pick(viaCRB([{verbs: ['create', 'delete'], resources: ['secrets']}]), 'secrets-read')).toEqual([]);
    expect(
      pick(viaCRB([{verbs: ['get'], apiGroups: ['example.com'], resources: ['secrets']}]), 'secrets-read'),
    ).toEqual([]);
    expect(pick(viaCRB([{verbs: ['get'], resources: ['configmaps']}]), 'secrets-read')).toEqual([]);
  });
});

describe('pod-create', () => {
  it('pods and every workload kind', () => {
    expect(sev(viaCRB([{verbs: ['create'], resources: ['pods']}]), 'pod-create')).toEqual(['critical']);
    for (const [group, res] of [
      ['apps', 'deployments'],
      ['apps', 'daemonsets'],
      ['apps', 'statefulsets'],
      ['apps', 'replicasets'],
      ['batch', 'jobs'],
      ['batch', 'cronjobs'],
      ['', 'replicationcontrollers'],
    ] as const) {
      expect(sev(viaRB([{verbs: ['create'], apiGroups: [group], resources: [res]}]), 'pod-create')).toEqual(['medium']);
    }
    expect(sev(viaRB([{verbs: ['patch'], apiGroups: ['apps'], resources: ['deployments']}]), 'pod-create')).toEqual([
      'medium',
    ]);
  });
  it('negatives: read-only, wrong group, scale subresource, create with resourceNames', () => {
    expect(pick(viaCRB([{verbs: ['get', 'list'], resources: ['pods']}]), 'pod-create')).toEqual([]);
    expect(pick(viaCRB([{verbs: ['create'], apiGroups: [''], resources: ['deployments']}]), 'pod-create')).toEqual([]);
    expect(
      pick(viaCRB([{verbs: ['update'], apiGroups: ['apps'], resources: ['deployments/scale']}]), 'pod-create'),
    ).toEqual([]);
    expect(pick(viaCRB([{verbs: ['create'], resources: ['pods'], resourceNames: ['x']}]), 'pod-create')).toEqual([]);
  });
});

describe('pod-exec', () => {
  it('create on exec/attach/portforward', () => {
    expect(sev(viaCRB([{verbs: ['create'], resources: ['pods/exec']}]), 'pod-exec')).toEqual(['critical']);
    expect(sev(viaRB([{verbs: ['create'], resources: ['pods/attach']}]), 'pod-exec')).toEqual(['medium']);
    expect(sev(viaCRB([{verbs: ['create'], resources: ['pods/portforward']}]), 'pod-exec')).toEqual(['critical']);
    expect(sev(viaCRB([{verbs: ['create'], resources: ['*/exec']}]), 'pod-exec')).toEqual(['critical']);
  });
  it('get alone is still reported (WebSocket exec), one level lower', () => {
    const f = pick(viaCRB([{verbs: ['get'], resources: ['pods/exec']}]), 'pod-exec');
    expect(f.map((x) => x.severity)).toEqual(['high']);
    expect(f[0]?.message).toContain('WebSocket');
  });
  it('negatives: pods/log, pods, and the literal pods/*', () => {
    expect(pick(viaCRB([{verbs: ['get', 'create'], resources: ['pods/log', 'pods']}]), 'pod-exec')).toEqual([]);
    expect(pick(viaCRB([{verbs: ['create'], resources: ['pods/*']}]), 'pod-exec')).toEqual([]);
  });
});

describe('ephemeral-containers', () => {
  it('update/patch pods/ephemeralcontainers', () => {
    expect(sev(viaCRB([{verbs: ['patch'], resources: ['pods/ephemeralcontainers']}]), 'ephemeral-containers')).toEqual([
      'critical',
    ]);
    expect(sev(viaRB([{verbs: ['update'], resources: ['pods/ephemeralcontainers']}]), 'ephemeral-containers')).toEqual([
      'medium',
    ]);
  });
  it('negative: read only', () => {
    expect(pick(viaCRB([{verbs: ['get'], resources: ['pods/ephemeralcontainers']}]), 'ephemeral-containers')).toEqual(
      [],
    );
  });
});

describe('escalate and bind', () => {
  const rbac = 'rbac.authorization.k8s.io';
  it('escalate', () => {
    expect(sev(viaCRB([{verbs: ['escalate'], apiGroups: [rbac], resources: ['clusterroles']}]), 'escalate')).toEqual([
      'critical',
    ]);
    expect(sev(viaRB([{verbs: ['escalate'], apiGroups: [rbac], resources: ['roles']}]), 'escalate')).toEqual(['high']);
  });
  it('escalate on clusterroles through a RoleBinding is ineffective (cluster-scoped)', () => {
    expect(pick(viaRB([{verbs: ['escalate'], apiGroups: [rbac], resources: ['clusterroles']}]), 'escalate')).toEqual(
      [],
    );
  });
  it('bind', () => {
    expect(sev(viaCRB([{verbs: ['bind'], apiGroups: [rbac], resources: ['clusterroles']}]), 'bind')).toEqual([
      'critical',
    ]);
    expect(sev(viaRB([{verbs: ['bind'], apiGroups: [rbac], resources: ['clusterroles']}]), 'bind')).toEqual(['high']);
  });
  it('bind limited to low-privilege roles by name is medium; to cluster-admin stays critical', () => {
    expect(
      sev(viaCRB([{verbs: ['bind'], apiGroups: [rbac], resources: ['clusterroles'], resourceNames: ['view']}]), 'bind'),
    ).toEqual(['medium']);
    expect(
      sev(
        viaCRB([{verbs: ['bind'], apiGroups: [rbac], resources: ['clusterroles'], resourceNames: ['cluster-admin']}]),
        'bind',
      ),
    ).toEqual(['critical']);
  });
  it('negatives: plain create/update on roles, wrong group', () => {
    expect(
      viaCRB([{verbs: ['create', 'update'], apiGroups: [rbac], resources: ['roles', 'clusterroles']}]).filter(
        (f) => f.id === 'bind' || f.id === 'escalate',
      ),
    ).toEqual([]);
    expect(pick(viaCRB([{verbs: ['bind', 'escalate'], apiGroups: [''], resources: ['roles']}]), 'bind')).toEqual([]);
  });
});

describe('impersonate', () => {
  it('users, groups and service accounts', () => {
    expect(sev(viaCRB([{verbs: ['impersonate'], resources: ['users']}]), 'impersonate')).toEqual(['critical']);
    expect(sev(viaCRB([{verbs: ['impersonate'], resources: ['groups']}]), 'impersonate')).toEqual(['critical']);
    expect(sev(viaRB([{verbs: ['impersonate'], resources: ['serviceaccounts']}]), 'impersonate')).toEqual(['high']);
    expect(
      sev(viaCRB([{verbs: ['impersonate'], resources: ['users'], resourceNames: ['jane']}]), 'impersonate'),
    ).toEqual(['high']);
    expect(
      sev(
        viaCRB([{verbs: ['impersonate'], apiGroups: ['authentication.k8s.io'], resources: ['userextras/scopes']}]),
        'impersonate',
      ),
    ).toEqual(['low']);
  });
  it('users/groups through a RoleBinding are ineffective (cluster-scoped); other verbs do not count', () => {
    expect(pick(viaRB([{verbs: ['impersonate'], resources: ['users', 'groups']}]), 'impersonate')).toEqual([]);
    expect(pick(viaCRB([{verbs: ['get', 'list'], resources: ['users', 'serviceaccounts']}]), 'impersonate')).toEqual(
      [],
    );
  });
});

describe('token-create', () => {
  it('create serviceaccounts/token', () => {
    expect(sev(viaCRB([{verbs: ['create'], resources: ['serviceaccounts/token']}]), 'token-create')).toEqual([
      'critical',
    ]);
    expect(sev(viaRB([{verbs: ['create'], resources: ['serviceaccounts/token']}]), 'token-create')).toEqual(['high']);
    expect(
      sev(viaRB([{verbs: ['create'], resources: ['serviceaccounts/token'], resourceNames: ['bot']}]), 'token-create'),
    ).toEqual(['medium']);
  });
  it('negatives: create serviceaccounts, get token', () => {
    expect(
      pick(
        viaCRB([
          {verbs: ['create'], resources: ['serviceaccounts']},
          {verbs: ['get'], resources: ['serviceaccounts/token']},
        ]),
        'token-create',
      ),
    ).toEqual([]);
  });
});

describe('nodes-proxy', () => {
  it('any verb on nodes/proxy, including get', () => {
    const f = pick(viaCRB([{verbs: ['get'], resources: ['nodes/proxy']}]), 'nodes-proxy');
    expect(f.map((x) => x.severity)).toEqual(['critical']);
    expect(f[0]?.message).toContain('WebSocket');
    expect(sev(viaCRB([{verbs: ['create'], resources: ['nodes/proxy']}]), 'nodes-proxy')).toEqual(['critical']);
    expect(
      sev(viaCRB([{verbs: ['get'], resources: ['nodes/proxy'], resourceNames: ['node-1']}]), 'nodes-proxy'),
    ).toEqual(['high']);
  });
  it('negatives: nodes/metrics, nodes, via RoleBinding', () => {
    expect(
      pick(viaCRB([{verbs: ['get'], resources: ['nodes', 'nodes/metrics', 'nodes/stats']}]), 'nodes-proxy'),
    ).toEqual([]);
    expect(pick(viaRB([{verbs: ['get'], resources: ['nodes/proxy']}]), 'nodes-proxy')).toEqual([]);
  });
});

describe('csr-approve', () => {
  const certs = 'certificates.k8s.io';
  const approval = {verbs: ['update'], apiGroups: [certs], resources: ['certificatesigningrequests/approval']};
  it('approval + approve on the kube-apiserver-client signer is critical', () => {
    const fs = viaCRB([
      approval,
      {
        verbs: ['approve'],
        apiGroups: [certs],
        resources: ['signers'],
        resourceNames: ['kubernetes.io/kube-apiserver-client'],
      },
    ]);
    expect(sev(fs, 'csr-approve')).toEqual(['critical', 'critical']);
    expect(
      sev(viaCRB([approval, {verbs: ['approve'], apiGroups: [certs], resources: ['signers']}]), 'csr-approve'),
    ).toEqual(['critical', 'critical']);
  });
  it('the two halves combine across bindings of the same subject', () => {
    const m = modelOf(
      [
        clusterRole('a', [approval]),
        clusterRole('b', [
          {verbs: ['approve'], apiGroups: [certs], resources: ['signers'], resourceNames: ['kubernetes.io/*']},
        ]),
        clusterRoleBinding('ba', 'a', ['User:alice']),
        clusterRoleBinding('bb', 'b', ['User:alice']),
      ].join('\n'),
    );
    expect(sev(audit(m), 'csr-approve')).toEqual(['critical', 'critical']);
  });
  it('other signers are high; one half alone is medium', () => {
    expect(
      sev(
        viaCRB([
          approval,
          {verbs: ['approve'], apiGroups: [certs], resources: ['signers'], resourceNames: ['example.com/internal']},
        ]),
        'csr-approve',
      ),
    ).toEqual(['high', 'high']);
    expect(sev(viaCRB([approval]), 'csr-approve')).toEqual(['medium']);
  });
  it('negatives: reading CSRs, via RoleBinding', () => {
    expect(
      pick(
        viaCRB([{verbs: ['get', 'list', 'create'], apiGroups: [certs], resources: ['certificatesigningrequests']}]),
        'csr-approve',
      ),
    ).toEqual([]);
    expect(pick(viaRB([approval]), 'csr-approve')).toEqual([]);
  });
});

describe('webhook-config-write', () => {
  const adm = 'admissionregistration.k8s.io';
  it('mutating is critical, validating and policies high', () => {
    expect(
      sev(
        viaCRB([{verbs: ['patch'], apiGroups: [adm], resources: ['mutatingwebhookconfigurations']}]),
        'webhook-config-write',
      ),
    ).toEqual(['critical']);
    expect(
      sev(
        viaCRB([{verbs: ['delete'], apiGroups: [adm], resources: ['validatingwebhookconfigurations']}]),
        'webhook-config-write',
      ),
    ).toEqual(['high']);
    expect(
      sev(
        viaCRB([
          {
            verbs: ['create'],
            apiGroups: [adm],
            resources: ['validatingadmissionpolicies', 'validatingadmissionpolicybindings'],
          },
        ]),
        'webhook-config-write',
      ),
    ).toEqual(['high']);
  });
  it('negatives: read-only, RoleBinding', () => {
    expect(
      pick(
        viaCRB([{verbs: ['get', 'list', 'watch'], apiGroups: [adm], resources: ['mutatingwebhookconfigurations']}]),
        'webhook-config-write',
      ),
    ).toEqual([]);
    expect(
      pick(
        viaRB([{verbs: ['create'], apiGroups: [adm], resources: ['mutatingwebhookconfigurations']}]),
        'webhook-config-write',
      ),
    ).toEqual([]);
  });
});

describe('pv-create', () => {
  it('create persistentvolumes cluster-wide', () => {
    expect(sev(viaCRB([{verbs: ['create'], resources: ['persistentvolumes']}]), 'pv-create')).toEqual(['high']);
  });
  it('negatives: claims, reading PVs, RoleBinding', () => {
    expect(
      pick(
        viaCRB([
          {verbs: ['create'], resources: ['persistentvolumeclaims']},
          {verbs: ['get', 'list'], resources: ['persistentvolumes']},
        ]),
        'pv-create',
      ),
    ).toEqual([]);
    expect(pick(viaRB([{verbs: ['create'], resources: ['persistentvolumes']}]), 'pv-create')).toEqual([]);
  });
});

describe('broad-subject', () => {
  const harmless: R[] = [{verbs: ['get'], resources: ['configmaps']}];
  const risky: R[] = [{verbs: ['get'], resources: ['secrets']}];
  it('system:authenticated and all service accounts: medium, critical when the role is risky', () => {
    expect(sev(viaCRB(harmless, 'Group:system:authenticated'), 'broad-subject')).toEqual(['medium']);
    expect(sev(viaCRB(risky, 'Group:system:authenticated'), 'broad-subject')).toEqual(['critical']);
    expect(sev(viaCRB(harmless, 'Group:system:serviceaccounts'), 'broad-subject')).toEqual(['medium']);
  });
  it('anonymous is high at least', () => {
    expect(sev(viaCRB(harmless, 'Group:system:unauthenticated'), 'broad-subject')).toEqual(['high']);
    expect(sev(viaCRB(harmless, 'User:system:anonymous'), 'broad-subject')).toEqual(['high']);
  });
  it('a namespace default service account or all SAs of a namespace: low, high when risky', () => {
    expect(sev(viaRB(harmless, 'ServiceAccount:team:default'), 'broad-subject')).toEqual(['low']);
    expect(sev(viaRB(risky, 'ServiceAccount:team:default'), 'broad-subject')).toEqual(['high']);
    expect(sev(viaRB(harmless, 'Group:system:serviceaccounts:team'), 'broad-subject')).toEqual(['low']);
  });
  it('negatives: ordinary subjects, empty roles', () => {
    expect(pick(viaCRB(risky, 'Group:developers'), 'broad-subject')).toEqual([]);
    expect(pick(viaRB(harmless, 'ServiceAccount:team:web'), 'broad-subject')).toEqual([]);
    expect(
      audit(
        modelOf(
          [clusterRole('empty', []), clusterRoleBinding('b', 'empty', ['Group:system:authenticated'])].join('\n'),
        ),
      ),
    ).toEqual([]);
  });
  it('built-in default bindings to system groups are info only', () => {
    const m = modelOf(
      [
        'apiVersion: rbac.authorization.k8s.io/v1',
        'kind: ClusterRoleBinding',
        'metadata:',
        '  name: system:discovery',
        '  labels: {kubernetes.io/bootstrapping: rbac-defaults}',
        'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: system:discovery}',
        'subjects: [{kind: Group, name: "system:authenticated", apiGroup: rbac.authorization.k8s.io}]',
      ].join('\n'),
    );
    const fs = audit(m);
    expect(fs.map((f) => [f.id, f.severity])).toEqual([['broad-subject', 'info']]);
    expect(fs.some(isBlocking)).toBe(false);
  });
});

describe('dangling-binding', () => {
  it('binding to a missing role is a low finding per subject', () => {
    const fs = audit(modelOf(roleBinding('team', 'old', 'Role/gone', ['User:a', 'Group:b'])));
    expect(fs.map((f) => [f.id, f.severity, f.subject, f.role])).toEqual([
      ['dangling-binding', 'low', 'Group:b', 'Role/team/gone'],
      ['dangling-binding', 'low', 'User:a', 'Role/team/gone'],
    ]);
  });
  it('a RoleBinding to a Role of another namespace does not resolve', () => {
    const fs = audit(
      modelOf([role('other', 'r', [{verbs: ['get']}]), roleBinding('team', 'b', 'Role/r', ['User:a'])].join('\n')),
    );
    expect(fs.map((f) => f.id)).toEqual(['dangling-binding']);
  });
  it('negative: existing role, built-in role', () => {
    expect(pick(audit(modelOf(roleBinding('team', 'b', 'ClusterRole/view', ['User:a']))), 'dangling-binding')).toEqual(
      [],
    );
  });
});

describe('audit output', () => {
  it('has every field, sorted by severity', () => {
    const fs = viaCRB(
      [
        {verbs: ['get'], resources: ['secrets']},
        {verbs: ['*'], apiGroups: ['apps'], resources: ['deployments']},
      ],
      'Group:system:authenticated',
    );
    for (const f of fs) {
      expect(f.subject).toBe('Group:system:authenticated');
      expect(f.binding).toBe('ClusterRoleBinding/b');
      expect(f.role).toBe('ClusterRole/r');
      expect(f.rule).toMatch(/^verbs=\[/);
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.fix.length).toBeGreaterThan(10);
      expect(f.docs).toMatch(/^\/docs\/fundamentals\/authorization\/rbac-privilege-escalation#/);
      expect(f.source?.file).toBe('test.yaml');
    }
    const ranks = fs.map((f) => ['critical', 'high', 'medium', 'low', 'info'].indexOf(f.severity));
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(countBySeverity(fs).critical).toBeGreaterThan(0);
  });
  it('mentions the aggregated origin of a rule', () => {
    const m = modelOf(
      [
        clusterRole('extra', [{verbs: ['get'], resources: ['secrets']}], {
          'rbac.authorization.k8s.io/aggregate-to-view': 'true',
        }),
        roleBinding('team', 'v', 'ClusterRole/view', ['Group:auditors']),
      ].join('\n'),
    );
    const f = pick(audit(m), 'secrets-read');
    expect(f).toHaveLength(1);
    expect(f[0]?.role).toBe('ClusterRole/view');
    expect(f[0]?.message).toContain('aggregated from ClusterRole/extra');
  });
  it('the same role is judged by binding scope', () => {
    const r: PolicyRule = rule({verbs: ['get'], apiGroups: [''], resources: ['nodes/proxy']});
    expect(detectRule(r, {kind: 'cluster'}).map((h) => h.id)).toEqual(['nodes-proxy']);
    expect(detectRule(r, {kind: 'namespace', namespace: 'x'})).toEqual([]);
  });
});

describe('dangling built-in bindings', () => {
  it('a default binding to a system role missing from the input is info only', () => {
    const text = [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: ClusterRoleBinding',
      'metadata:',
      '  name: system:node',
      '  labels: {kubernetes.io/bootstrapping: rbac-defaults}',
      'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: system:node}',
      'subjects: [{kind: Group, name: "system:nodes", apiGroup: rbac.authorization.k8s.io}]',
    ].join('\n');
    const fs = audit(modelOf(text));
    expect(fs.map((f) => [f.id, f.severity])).toEqual([['dangling-binding', 'info']]);
    expect(fs[0]?.message).toContain('built-in role');
  });
});
