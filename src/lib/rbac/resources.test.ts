import {describe, expect, it} from 'vitest';
import {formatResourceArg, isClusterScoped, parseResourceArg} from './resources';
import {formatSubject, parseIdentity, userInfoFor} from './subjects';

const ok = (text: string) => {
  const r = parseResourceArg(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
};

describe('parseResourceArg (kubectl auth can-i style)', () => {
  it('bare core resources', () => {
    expect(ok('pods')).toEqual({kind: 'resource', resource: 'pods', apiGroup: ''});
    expect(ok('secrets')).toEqual({kind: 'resource', resource: 'secrets', apiGroup: ''});
  });
  it('resource.group and resource.version.group', () => {
    expect(ok('deployments.apps')).toEqual({kind: 'resource', resource: 'deployments', apiGroup: 'apps'});
    expect(ok('deployments.v1.apps')).toMatchObject({resource: 'deployments', apiGroup: 'apps'});
    expect(ok('certificatesigningrequests.certificates.k8s.io')).toMatchObject({
      resource: 'certificatesigningrequests',
      apiGroup: 'certificates.k8s.io',
    });
    expect(ok('widgets.v1beta1.example.com')).toMatchObject({resource: 'widgets', apiGroup: 'example.com'});
  });
  it('subresources after a slash', () => {
    expect(ok('pods/exec')).toEqual({kind: 'resource', resource: 'pods', apiGroup: '', subresource: 'exec'});
    expect(ok('deployments.apps/scale')).toEqual({
      kind: 'resource',
      resource: 'deployments',
      apiGroup: 'apps',
      subresource: 'scale',
    });
  });
  it('resolves bare built-in names and short names to their group, like discovery', () => {
    expect(ok('deployments')).toMatchObject({resource: 'deployments', apiGroup: 'apps'});
    expect(ok('deployments').kind === 'resource' && ok('deployments')).toHaveProperty('note');
    expect(ok('deploy')).toMatchObject({resource: 'deployments', apiGroup: 'apps'});
    expect(ok('po')).toMatchObject({resource: 'pods', apiGroup: ''});
    expect(ok('pod/log')).toMatchObject({resource: 'pods', subresource: 'log'});
    expect(ok('Pods')).toMatchObject({resource: 'pods'});
    expect(ok('cronjobs')).toMatchObject({apiGroup: 'batch'});
    expect(ok('deploy.apps')).toMatchObject({resource: 'deployments', apiGroup: 'apps'});
  });
  it('unknown bare names are in the core group', () => {
    expect(ok('widgets')).toEqual({kind: 'resource', resource: 'widgets', apiGroup: ''});
  });
  it('* means every resource (group "" as kubectl sends it)', () => {
    expect(ok('*')).toEqual({kind: 'resource', resource: '*', apiGroup: ''});
  });
  it('a leading slash is a non-resource URL', () => {
    expect(ok('/metrics')).toEqual({kind: 'nonResource', nonResourceURL: '/metrics'});
    expect(ok('/healthz/etcd')).toEqual({kind: 'nonResource', nonResourceURL: '/healthz/etcd'});
  });
  it('rejects malformed arguments', () => {
    for (const bad of ['', '  ', 'pods/', 'pods/exec/x', '.apps', 'deployments.', 'a b'])
      expect(parseResourceArg(bad).ok).toBe(false);
  });
  it('formats back', () => {
    for (const s of ['pods', 'deployments.apps/scale', '/metrics', 'pods/exec'])
      expect(formatResourceArg(ok(s))).toBe(s);
  });
  it('knows which built-ins are cluster-scoped', () => {
    expect(isClusterScoped('', 'nodes')).toBe(true);
    expect(isClusterScoped('', 'pods')).toBe(false);
    expect(isClusterScoped('example.com', 'widgets')).toBe(false);
  });
});

describe('subjects', () => {
  it('parses User:, Group: and ServiceAccount:ns:name', () => {
    expect(parseIdentity('User:alice')).toEqual({ok: true, identity: {kind: 'User', name: 'alice'}});
    expect(parseIdentity('Group:system:authenticated')).toEqual({
      ok: true,
      identity: {kind: 'Group', name: 'system:authenticated'},
    });
    expect(parseIdentity('ServiceAccount:ci:deployer')).toEqual({
      ok: true,
      identity: {kind: 'ServiceAccount', namespace: 'ci', name: 'deployer'},
    });
    expect(parseIdentity('sa:ci:deployer')).toMatchObject({ok: true});
    expect(parseIdentity('user:bob@example.com')).toEqual({
      ok: true,
      identity: {kind: 'User', name: 'bob@example.com'},
    });
  });
  it('a user named system:serviceaccount:ns:name is that service account', () => {
    expect(parseIdentity('User:system:serviceaccount:ci:deployer')).toEqual({
      ok: true,
      identity: {kind: 'ServiceAccount', namespace: 'ci', name: 'deployer'},
    });
    expect(parseIdentity('system:serviceaccount:ci:deployer')).toMatchObject({
      ok: true,
      identity: {kind: 'ServiceAccount'},
    });
    // not a valid service account user name: stays a plain user
    expect(parseIdentity('User:system:serviceaccount:a:b:c')).toEqual({
      ok: true,
      identity: {kind: 'User', name: 'system:serviceaccount:a:b:c'},
    });
  });
  it('rejects malformed subjects', () => {
    for (const bad of ['alice', 'User:', 'Robot:x', 'ServiceAccount:ci', 'ServiceAccount:ci:a:b', ':x'])
      expect(parseIdentity(bad).ok).toBe(false);
  });
  it('formats subjects', () => {
    expect(formatSubject({kind: 'ServiceAccount', namespace: 'ci', name: 'd'})).toBe('ServiceAccount:ci:d');
    expect(formatSubject({kind: 'Group', name: 'dev'})).toBe('Group:dev');
  });
  it('derives implicit groups like the authenticators', () => {
    expect(userInfoFor({kind: 'ServiceAccount', namespace: 'ci', name: 'd'})).toEqual({
      user: 'system:serviceaccount:ci:d',
      groups: ['system:serviceaccounts', 'system:serviceaccounts:ci', 'system:authenticated'],
    });
    expect(userInfoFor({kind: 'User', name: 'alice'})).toEqual({user: 'alice', groups: ['system:authenticated']});
    expect(userInfoFor({kind: 'User', name: 'alice', groups: ['dev']})).toEqual({
      user: 'alice',
      groups: ['dev', 'system:authenticated'],
    });
    expect(userInfoFor({kind: 'User', name: 'system:anonymous'})).toEqual({
      user: 'system:anonymous',
      groups: ['system:unauthenticated'],
    });
    expect(userInfoFor({kind: 'Group', name: 'dev'})).toEqual({groups: ['dev', 'system:authenticated']});
    expect(userInfoFor({kind: 'Group', name: 'system:unauthenticated'})).toEqual({groups: ['system:unauthenticated']});
  });
});
