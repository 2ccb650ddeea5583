import {describe, expect, it} from 'vitest';
import {memoryInputIO} from '../manifest/cliInput';
import {parseArgs, runCli, type CliIO} from './cli';
import classicMistakes from './samples/classic-mistakes.yaml?raw';
import safeNamespace from './samples/safe-namespace.yaml?raw';

function fakeIO(files: Record<string, string>, stdin = ''): CliIO & {stdinReads: number} {
  const base = memoryInputIO(files, stdin);
  const io = {
    ...base,
    stdinReads: 0,
    readStdin: (maxBytes: number) => {
      io.stdinReads++;
      return base.readStdin(maxBytes);
    },
  };
  return io;
}

const io = fakeIO({
  'classic.yaml': classicMistakes,
  'safe.yaml': safeNamespace,
  'bad.yaml':
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata:\n  name: x\n  namespace: web\nroleRef:\n  kind: Rol\n  name: r\n',
});
const jsonLines = (s: string): Record<string, unknown>[] =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('parseArgs', () => {
  it('parses who-can with options anywhere', () => {
    const r = parseArgs(['who-can', 'get', 'secrets', '-n', 'dev', 'a.yaml', '--format', 'json', 'b.yaml']);
    expect(r).toMatchObject({
      ok: true,
      options: {
        command: 'who-can',
        verb: 'get',
        namespace: 'dev',
        format: 'json',
        files: ['a.yaml', 'b.yaml'],
        resource: {kind: 'resource', resource: 'secrets', apiGroup: ''},
      },
    });
  });
  it('parses can with a service account, --namespace=, -ojson and --name', () => {
    const r = parseArgs([
      'can',
      'ServiceAccount:ci:bot',
      'create',
      'deployments.apps/scale',
      '--namespace=prod',
      '-ojson',
      '--name',
      'web',
      '-',
    ]);
    expect(r).toMatchObject({
      ok: true,
      options: {
        command: 'can',
        subject: {kind: 'ServiceAccount', namespace: 'ci', name: 'bot'},
        namespace: 'prod',
        format: 'json',
        name: 'web',
        files: ['-'],
        resource: {resource: 'deployments', apiGroup: 'apps', subresource: 'scale'},
      },
    });
  });
  it('--subresource and -ndev', () => {
    expect(parseArgs(['who-can', 'get', 'pods', '--subresource', 'log', '-ndev', 'f'])).toMatchObject({
      ok: true,
      options: {namespace: 'dev', resource: {subresource: 'log'}},
    });
  });
  it('usage errors', () => {
    for (const argv of [
      ['frobnicate'],
      ['who-can', 'get', 'pods'],
      ['can', 'alice', 'get', 'pods', 'f'],
      ['can', 'User:alice', 'get', 'f'],
      ['audit'],
      ['audit', '-n', 'x', 'f'],
      ['who-can', 'get', 'pods', '--format', 'xml', 'f'],
      ['who-can', 'get', 'pods', '-n'],
      ['who-can', 'get', 'pods', '--bogus', 'f'],
      ['who-can', 'get', '/metrics', '-n', 'x', 'f'],
      ['who-can', 'get', 'pods/', 'f'],
    ]) {
      expect(parseArgs(argv).ok, argv.join(' ')).toBe(false);
    }
  });
});

describe('runCli', () => {
  it('prints usage and exits 2 without arguments or on a bad command; --help exits 0', async () => {
    const none = await runCli([], io);
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('Usage:');
    const bad = await runCli(['nope'], io);
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toContain('unknown command "nope"');
    expect(bad.stderr).toContain('Usage:');
    const help = await runCli(['--help'], io);
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toContain('who-can VERB RESOURCE');
  });

  it('audit: exit 1 with high/critical findings, one JSON object per line', async () => {
    const r = await runCli(['audit', '--format', 'json', 'classic.yaml'], io);
    expect(r.exitCode).toBe(1);
    const lines = jsonLines(r.stdout);
    expect(lines.length).toBeGreaterThan(10);
    for (const l of lines)
      expect(Object.keys(l)).toEqual(['id', 'severity', 'subject', 'binding', 'role', 'rule', 'message', 'fix']);
    expect(lines[0]).toMatchObject({
      id: 'cluster-admin',
      severity: 'critical',
      subject: 'Group:ops',
      binding: 'ClusterRoleBinding/ops-everything',
      role: 'ClusterRole/ops-everything',
      rule: 'verbs=[*] apiGroups=[*] resources=[*]',
    });
  });

  it('audit: exit 0 when nothing is high or critical; readable text', async () => {
    const r = await runCli(['audit', 'safe.yaml'], io);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('MEDIUM   pod-create  ServiceAccount:shop:ci-deployer');
    expect(r.stdout).toContain('1 finding: 1 medium.');
    expect(r.stdout).toContain('ignored 2 non-RBAC objects');
  });

  it('can: exit 0 when allowed, 1 when denied, JSON shape', async () => {
    const yes = await runCli(
      [
        'can',
        'ServiceAccount:ci:deployer',
        'create',
        'deployments.apps',
        '-n',
        'prod',
        '--format',
        'json',
        'classic.yaml',
      ],
      io,
    );
    expect(yes.exitCode).toBe(0);
    const [obj] = jsonLines(yes.stdout);
    expect(obj).toEqual({
      subject: 'ServiceAccount:ci:deployer',
      verb: 'create',
      resource: 'deployments.apps',
      namespace: 'prod',
      allowed: true,
      grantedBy: [
        {
          binding: 'ClusterRoleBinding/ci-admin',
          role: 'ClusterRole/cluster-admin',
          rule: 'verbs=[*] apiGroups=[*] resources=[*]',
        },
      ],
    });
    const no = await runCli(
      ['can', 'User:alice', 'delete', 'pods', '-n', 'payments', '--format', 'json', 'classic.yaml'],
      io,
    );
    expect(no.exitCode).toBe(1);
    expect(jsonLines(no.stdout)[0]).toMatchObject({allowed: false, grantedBy: [], namespace: 'payments'});
  });

  it('can: text output explains the grant; non-resource URL has namespace null', async () => {
    const r = await runCli(['can', 'ServiceAccount:monitoring:prometheus', 'get', 'nodes/proxy', 'classic.yaml'], io);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('yes: ServiceAccount:monitoring:prometheus can get nodes/proxy cluster-wide');
    expect(r.stdout).toContain(
      'ClusterRoleBinding/prometheus → ClusterRole/prometheus via ServiceAccount:monitoring:prometheus',
    );
    const url = await runCli(['can', 'User:x', 'get', '/metrics', '-o', 'json', 'classic.yaml'], io);
    expect(jsonLines(url.stdout)[0]).toMatchObject({resource: '/metrics', namespace: null, allowed: false});
    expect(url.exitCode).toBe(1);
  });

  it('who-can: one JSON line per subject, exit 0 even when nobody can', async () => {
    const r = await runCli(
      ['who-can', 'create', 'pods/exec', '-n', 'payments', '--format', 'json', 'classic.yaml'],
      io,
    );
    expect(r.exitCode).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l['subject'])).toEqual(['Group:developers', 'Group:ops', 'ServiceAccount:ci:deployer']);
    expect(Object.keys(lines[0] ?? {})).toEqual(['subject', 'grantedBy']);
    const none = await runCli(['who-can', 'get', 'secrets', '-n', 'shop', 'safe.yaml'], io);
    expect(none.exitCode).toBe(0);
    expect(none.stdout).toContain('No subject in the input can get secrets in namespace "shop"');
  });

  it('reads standard input once for "-"', async () => {
    const stdinIO = fakeIO({}, safeNamespace);
    const r = await runCli(['audit', '-', '-'], stdinIO);
    expect(r.exitCode).toBe(0);
    expect(stdinIO.stdinReads).toBe(1);
  });

  it('input errors exit 2 and name file, line, object and fix', async () => {
    for (const argv of [
      ['audit', 'bad.yaml'],
      ['can', 'User:a', 'get', 'pods', 'bad.yaml'],
      ['who-can', 'get', 'pods', 'bad.yaml'],
    ]) {
      const r = await runCli(argv, io);
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(
        'bad.yaml:7:9: RoleBinding "x" in namespace "web": roleRef.kind must be Role or ClusterRole (got "Rol")',
      );
      expect(r.stderr).toContain('fix: ');
      expect(r.stderr).toContain('(1 RBAC object with errors left out); the results below cover the rest');
    }
  });

  it('one malformed binding is reported with file and line while the other objects are analysed', async () => {
    const rbac = (kind: string, body: string): string =>
      `apiVersion: rbac.authorization.k8s.io/v1\nkind: ${kind}\n${body}`;
    const text = [
      rbac(
        'ClusterRole',
        'metadata: {name: reader}\nrules:\n- {apiGroups: [""], resources: [secrets], verbs: [get]}\n',
      ),
      rbac(
        'ClusterRoleBinding',
        'metadata: {name: good}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}\nsubjects:\n- {kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}\n',
      ),
      // subjects is not a list and roleRef is missing
      rbac('RoleBinding', 'metadata: {name: broken, namespace: dev}\nsubjects: {kind: User, name: bob}\n'),
    ].join('---\n');
    const mixed = fakeIO({'mixed.yaml': text});
    const r = await runCli(['can', 'User:alice', 'get', 'secrets', '-n', 'dev', 'mixed.yaml'], mixed);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toMatch(/^yes: User:alice can get secrets/);
    expect(r.stderr).toContain('mixed.yaml:17:11: RoleBinding "broken" in namespace "dev": subjects must be a list');
    expect(r.stderr).toContain('mixed.yaml:14:1: RoleBinding "broken" in namespace "dev": roleRef is missing');
    const who = await runCli(['who-can', 'get', 'secrets', '-n', 'dev', 'mixed.yaml'], mixed);
    expect(who.stdout).toContain('User:alice');
    expect(who.stdout).not.toContain('bob');
  });

  it('unreadable files exit 2', async () => {
    const r = await runCli(['audit', 'missing.yaml'], io);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toContain('missing.yaml: cannot read: no such file or directory');
  });
});
