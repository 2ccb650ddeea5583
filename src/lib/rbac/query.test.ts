import {describe, expect, it} from 'vitest';
import {formatSubject} from './subjects';
import {can, effectivePermissions, summarizeGrant, whoCan} from './query';
import {clusterRole, clusterRoleBinding, modelOf, role, roleBinding} from './test-helpers';
import type {Identity} from './types';

const alice: Identity = {kind: 'User', name: 'alice'};

describe('can: binding scope', () => {
  const m = modelOf(
    [
      role('dev', 'pod-reader', [{verbs: ['get', 'list'], resources: ['pods']}]),
      roleBinding('dev', 'read-pods', 'Role/pod-reader', ['User:alice']),
      clusterRole('secret-reader', [{verbs: ['get'], resources: ['secrets']}]),
      roleBinding('dev', 'read-secrets', 'ClusterRole/secret-reader', ['User:alice']),
      clusterRole('node-reader', [
        {verbs: ['get'], resources: ['nodes']},
        {verbs: ['get'], nonResourceURLs: ['/metrics']},
      ]),
      roleBinding('dev', 'nodes-in-ns', 'ClusterRole/node-reader', ['User:alice']),
      clusterRoleBinding('cluster-pods', 'node-reader', ['User:bob']),
    ].join('\n'),
  );

  it('a RoleBinding to a Role grants only in its namespace', () => {
    expect(can(m, {subject: alice, verb: 'get', apiGroup: '', resource: 'pods', namespace: 'dev'}).allowed).toBe(true);
    expect(can(m, {subject: alice, verb: 'get', apiGroup: '', resource: 'pods', namespace: 'prod'}).allowed).toBe(
      false,
    );
    expect(can(m, {subject: alice, verb: 'delete', apiGroup: '', resource: 'pods', namespace: 'dev'}).allowed).toBe(
      false,
    );
  });

  it('a cluster-wide request is not granted by RoleBindings', () => {
    expect(can(m, {subject: alice, verb: 'list', apiGroup: '', resource: 'pods'}).allowed).toBe(false);
  });

  it('a RoleBinding to a ClusterRole grants only in the binding namespace', () => {
    const r = can(m, {subject: alice, verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'dev'});
    expect(r.allowed).toBe(true);
    expect(r.grantedBy.map(summarizeGrant)).toEqual([
      {
        binding: 'RoleBinding/dev/read-secrets',
        role: 'ClusterRole/secret-reader',
        rule: 'verbs=[get] apiGroups=[""] resources=[secrets]',
      },
    ]);
    expect(can(m, {subject: alice, verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'other'}).allowed).toBe(
      false,
    );
  });

  it('non-resource URLs and cluster-scoped resources are only granted by ClusterRoleBindings', () => {
    expect(can(m, {subject: alice, verb: 'get', nonResourceURL: '/metrics'}).allowed).toBe(false);
    expect(can(m, {subject: {kind: 'User', name: 'bob'}, verb: 'get', nonResourceURL: '/metrics'}).allowed).toBe(true);
    const nodes = can(m, {subject: alice, verb: 'get', apiGroup: '', resource: 'nodes', namespace: 'dev'});
    expect(nodes.allowed).toBe(false);
    expect(nodes.notes.join()).toContain('cluster-scoped');
    expect(
      can(m, {subject: {kind: 'User', name: 'bob'}, verb: 'get', apiGroup: '', resource: 'nodes', namespace: 'dev'})
        .allowed,
    ).toBe(true);
  });

  it('a ClusterRoleBinding grants in every namespace and cluster-wide', () => {
    const m2 = modelOf(
      [
        clusterRole('pods', [{verbs: ['list'], resources: ['pods']}]),
        clusterRoleBinding('all', 'pods', ['User:alice']),
      ].join('\n'),
    );
    expect(can(m2, {subject: alice, verb: 'list', apiGroup: '', resource: 'pods'}).allowed).toBe(true);
    expect(can(m2, {subject: alice, verb: 'list', apiGroup: '', resource: 'pods', namespace: 'anything'}).allowed).toBe(
      true,
    );
  });

  it('resourceNames limit by name', () => {
    const m3 = modelOf(
      [
        role('dev', 'one', [{verbs: ['get'], resources: ['configmaps'], resourceNames: ['cfg']}]),
        roleBinding('dev', 'b', 'Role/one', ['User:alice']),
      ].join('\n'),
    );
    expect(
      can(m3, {subject: alice, verb: 'get', apiGroup: '', resource: 'configmaps', namespace: 'dev', name: 'cfg'})
        .allowed,
    ).toBe(true);
    expect(
      can(m3, {subject: alice, verb: 'get', apiGroup: '', resource: 'configmaps', namespace: 'dev', name: 'other'})
        .allowed,
    ).toBe(false);
    expect(can(m3, {subject: alice, verb: 'get', apiGroup: '', resource: 'configmaps', namespace: 'dev'}).allowed).toBe(
      false,
    );
  });

  it('subresources need their own grant', () => {
    const m4 = modelOf(
      [
        role('dev', 'pods', [{verbs: ['*'], resources: ['pods']}]),
        roleBinding('dev', 'b', 'Role/pods', ['User:alice']),
      ].join('\n'),
    );
    expect(can(m4, {subject: alice, verb: 'create', apiGroup: '', resource: 'pods', namespace: 'dev'}).allowed).toBe(
      true,
    );
    expect(
      can(m4, {subject: alice, verb: 'create', apiGroup: '', resource: 'pods', subresource: 'exec', namespace: 'dev'})
        .allowed,
    ).toBe(false);
  });

  it('collects every grant, ClusterRoleBindings first', () => {
    const m5 = modelOf(
      [
        clusterRole('r', [
          {verbs: ['get'], resources: ['pods']},
          {verbs: ['get', 'list'], resources: ['pods']},
        ]),
        roleBinding('dev', 'rb', 'ClusterRole/r', ['User:alice']),
        clusterRoleBinding('crb', 'r', ['Group:system:authenticated']),
      ].join('\n'),
    );
    const r = can(m5, {subject: alice, verb: 'get', apiGroup: '', resource: 'pods', namespace: 'dev'});
    expect(r.grantedBy.map((g) => [g.binding.name, g.rule.index, g.via.name])).toEqual([
      ['crb', 0, 'system:authenticated'],
      ['crb', 1, 'system:authenticated'],
      ['rb', 0, 'alice'],
      ['rb', 1, 'alice'],
    ]);
  });
});

describe('can: subjects and implicit groups', () => {
  const m = modelOf(
    [
      clusterRole('r', [{verbs: ['get'], resources: ['pods']}]),
      clusterRoleBinding('auth', 'r', ['Group:system:authenticated']),
      clusterRole('r2', [{verbs: ['list'], resources: ['pods']}]),
      clusterRoleBinding('all-sa', 'r2', ['Group:system:serviceaccounts']),
      clusterRole('r3', [{verbs: ['watch'], resources: ['pods']}]),
      clusterRoleBinding('ci-sa', 'r3', ['Group:system:serviceaccounts:ci']),
      clusterRole('r4', [{verbs: ['delete'], resources: ['pods']}]),
      clusterRoleBinding('as-user', 'r4', ['User:system:serviceaccount:ci:deployer']),
      clusterRole('r5', [{verbs: ['create'], resources: ['pods']}]),
      roleBinding('ci', 'sa-default-ns', 'ClusterRole/r5', ['ServiceAccount::deployer']),
      clusterRole('r6', [{verbs: ['patch'], resources: ['pods']}]),
      clusterRoleBinding('anon', 'r6', ['Group:system:unauthenticated']),
    ].join('\n'),
  );
  const sa: Identity = {kind: 'ServiceAccount', namespace: 'ci', name: 'deployer'};
  const other: Identity = {kind: 'ServiceAccount', namespace: 'web', name: 'app'};
  const req = (verb: string) => ({verb, apiGroup: '', resource: 'pods', namespace: 'ci'});

  it('every authenticated identity is in system:authenticated', () => {
    expect(can(m, {subject: alice, ...req('get')}).allowed).toBe(true);
    expect(can(m, {subject: sa, ...req('get')}).allowed).toBe(true);
    expect(can(m, {subject: {kind: 'Group', name: 'dev'}, ...req('get')}).allowed).toBe(true);
  });
  it('the anonymous user is not authenticated', () => {
    const anon: Identity = {kind: 'User', name: 'system:anonymous'};
    expect(can(m, {subject: anon, ...req('get')}).allowed).toBe(false);
    expect(can(m, {subject: anon, ...req('patch')}).allowed).toBe(true);
    expect(can(m, {subject: alice, ...req('patch')}).allowed).toBe(false);
  });
  it('service accounts are in system:serviceaccounts and system:serviceaccounts:<ns>', () => {
    expect(can(m, {subject: sa, ...req('list')}).allowed).toBe(true);
    expect(can(m, {subject: sa, ...req('watch')}).allowed).toBe(true);
    expect(can(m, {subject: other, ...req('list')}).allowed).toBe(true);
    expect(can(m, {subject: other, ...req('watch')}).allowed).toBe(false);
    expect(can(m, {subject: alice, ...req('list')}).allowed).toBe(false);
  });
  it('a User subject named system:serviceaccount:ns:name is the same identity as the service account', () => {
    expect(can(m, {subject: sa, ...req('delete')}).allowed).toBe(true);
    expect(can(m, {subject: {kind: 'User', name: 'system:serviceaccount:ci:deployer'}, ...req('delete')}).allowed).toBe(
      true,
    );
    expect(can(m, {subject: other, ...req('delete')}).allowed).toBe(false);
  });
  it('a RoleBinding ServiceAccount subject without namespace is the binding namespace', () => {
    expect(can(m, {subject: sa, ...req('create')}).allowed).toBe(true);
    expect(
      can(m, {subject: {kind: 'ServiceAccount', namespace: 'web', name: 'deployer'}, ...req('create'), namespace: 'ci'})
        .allowed,
    ).toBe(false);
  });
  it('a binding to a missing role grants nothing', () => {
    const m2 = modelOf(roleBinding('dev', 'b', 'Role/missing', ['User:alice']));
    expect(can(m2, {subject: alice, verb: 'get', apiGroup: '', resource: 'pods', namespace: 'dev'}).allowed).toBe(
      false,
    );
    expect(effectivePermissions(m2, alice).danglingBindings.map((b) => b.name)).toEqual(['b']);
  });
});

describe('whoCan', () => {
  const m = modelOf(
    [
      clusterRole('secret-reader', [{verbs: ['get', 'list'], resources: ['secrets']}]),
      roleBinding('dev', 'dev-secrets', 'ClusterRole/secret-reader', ['Group:dev', 'ServiceAccount:dev:app']),
      roleBinding('prod', 'prod-secrets', 'ClusterRole/secret-reader', ['Group:ops']),
      clusterRoleBinding('all-secrets', 'secret-reader', ['User:system:serviceaccount:kube-system:backup']),
      clusterRoleBinding('admins', 'cluster-admin', ['User:root']),
      roleBinding('dev', 'missing', 'Role/none', ['User:ghost']),
    ].join('\n'),
  );

  it('lists subjects granted in the namespace, including cluster-wide grants', () => {
    const r = whoCan(m, {verb: 'get', apiGroup: '', resource: 'secrets', namespace: 'dev'});
    expect(r.subjects.map((s) => formatSubject(s.subject))).toEqual([
      'Group:dev',
      'ServiceAccount:dev:app',
      'ServiceAccount:kube-system:backup',
      'User:root',
    ]);
    const root = r.subjects.find((s) => s.subject.name === 'root');
    expect(root?.grantedBy.map(summarizeGrant)).toEqual([
      {
        binding: 'ClusterRoleBinding/admins',
        role: 'ClusterRole/cluster-admin',
        rule: 'verbs=[*] apiGroups=[*] resources=[*]',
      },
    ]);
  });
  it('cluster-wide requests only count ClusterRoleBindings', () => {
    const r = whoCan(m, {verb: 'list', apiGroup: '', resource: 'secrets'});
    expect(r.subjects.map((s) => formatSubject(s.subject))).toEqual(['ServiceAccount:kube-system:backup', 'User:root']);
  });
  it('verbs not granted do not match', () => {
    const r = whoCan(m, {verb: 'delete', apiGroup: '', resource: 'secrets', namespace: 'dev'});
    expect(r.subjects.map((s) => formatSubject(s.subject))).toEqual(['User:root']);
  });
  it('non-resource URLs', () => {
    const r = whoCan(m, {verb: 'get', nonResourceURL: '/healthz'});
    expect(r.subjects.map((s) => formatSubject(s.subject))).toEqual(['User:root']);
  });
});

describe('effectivePermissions', () => {
  it('groups rules per namespace and cluster-wide, with origin', () => {
    const m = modelOf(
      [
        role('a', 'ra', [{verbs: ['get'], resources: ['pods']}]),
        roleBinding('a', 'ba', 'Role/ra', ['ServiceAccount:ci:bot']),
        roleBinding('b', 'bb', 'ClusterRole/view', ['Group:system:serviceaccounts:ci']),
        clusterRole('cr', [{verbs: ['list'], resources: ['namespaces']}]),
        clusterRoleBinding('cb', 'cr', ['Group:system:authenticated']),
        clusterRoleBinding('other', 'cr', ['User:someone-else']),
      ].join('\n'),
    );
    const p = effectivePermissions(m, {kind: 'ServiceAccount', namespace: 'ci', name: 'bot'});
    expect(p.clusterWide.map((g) => [g.binding.name, g.via.name])).toEqual([['cb', 'system:authenticated']]);
    expect(p.namespaces.map((n) => n.namespace)).toEqual(['a', 'b']);
    expect(p.namespaces[0]?.grants.map((g) => g.role.name)).toEqual(['ra']);
    const viewGrants = p.namespaces[1]?.grants ?? [];
    expect(viewGrants.length).toBeGreaterThan(3);
    expect(
      viewGrants.every((g) => g.role.name === 'view' && g.rule.aggregatedFrom === 'system:aggregate-to-view'),
    ).toBe(true);
  });
});
