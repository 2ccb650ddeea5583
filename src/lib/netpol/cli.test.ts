import {memoryInputIO} from '../manifest/cliInput';
import {describe, expect, it} from 'vitest';
import {parseArgs, parseQueries, runCli, type CliIO} from './cli';
import {deployment, ns, policy, stream} from './test-helpers';

const APP = stream([
  ns('shop'),
  deployment('shop', 'frontend', {app: 'frontend'}),
  deployment('shop', 'api', {app: 'api'}, [{name: 'https', containerPort: 8443}]),
  policy('shop', 'api-ingress', {
    podSelector: {matchLabels: {app: 'api'}},
    ingress: [{from: [{podSelector: {matchLabels: {app: 'frontend'}}}], ports: [{port: 'https'}]}],
  }),
]);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], files: Record<string, string> = {'app.yaml': APP}, stdin?: string): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    ...memoryInputIO(files, stdin),
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  };
  const code = await runCli(argv, io);
  return {code, stdout, stderr};
}

describe('netpol CLI', () => {
  it('can: exit 0 when allowed, 1 when denied, with the why', async () => {
    const yes = await run(['can', 'shop/frontend', 'shop/api', '--port', '8443', 'app.yaml']);
    expect(yes.code).toBe(0);
    expect(yes.stdout.split('\n')[0]).toBe('Allowed: shop/frontend → shop/api on TCP port 8443.');
    expect(yes.stdout).toContain('allowed by shop/api-ingress ingress[0] (from[0]) for TCP 8443');
    const no = await run(['can', 'shop/api', 'shop/frontend', 'app.yaml']);
    expect(no.code).toBe(0);
    const denied = await run(['can', 'shop/frontend', 'shop/api', '--port=80', 'app.yaml']);
    expect(denied.code).toBe(1);
    expect(denied.stdout).toContain('Denied: shop/frontend → shop/api on TCP port 80, by the destination’s ingress.');
    expect(
      (await run(['can', 'shop/frontend', 'shop/api', '--port', '8443', '--protocol', 'UDP', 'app.yaml'])).code,
    ).toBe(1);
  });

  it('can --format json: one object with from, to, port, protocol, allowed, egress, ingress', async () => {
    const r = await run(['can', 'shop/frontend', 'shop/api', '--port', 'https', '--format', 'json', 'app.yaml']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const j = JSON.parse(lines[0] ?? '') as Record<string, unknown>;
    expect(j).toMatchObject({
      from: 'shop/frontend',
      to: 'shop/api',
      port: 8443,
      portName: 'https',
      protocol: 'TCP',
      allowed: true,
    });
    expect(j['ingress']).toMatchObject({
      isolated: true,
      isolatedBy: ['shop/api-ingress'],
      rules: [{policy: 'shop/api-ingress', rule: 'ingress[0]', peer: 0, file: 'app.yaml', line: 7}],
    });
    expect(j['egress']).toMatchObject({isolated: false, connections: [{protocol: 'TCP', port: 8443, endPort: 8443}]});
  });

  it('can without --port lists what is allowed', async () => {
    const r = await run(['can', 'shop/frontend', 'shop/api', '--format', 'json', 'app.yaml']);
    expect(JSON.parse(r.stdout)).toMatchObject({
      port: null,
      protocol: null,
      allowed: true,
      connections: [{protocol: 'TCP', port: 8443, endPort: 8443}],
    });
  });

  it('list: every allowed connection, text or JSON lines', async () => {
    const text = await run(['list', 'app.yaml']);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe(
      'shop/frontend → shop/frontend: all ports and protocols\nshop/frontend → shop/api: TCP 8443\nshop/api → shop/frontend: all ports and protocols\n3 allowed connections among 2 endpoints (1 policy).\n',
    );
    const json = await run(['list', '--format', 'json', 'app.yaml']);
    expect(
      json.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      {from: 'shop/frontend', to: 'shop/frontend', connections: 'all'},
      {from: 'shop/frontend', to: 'shop/api', connections: [{protocol: 'TCP', port: 8443, endPort: 8443}]},
      {from: 'shop/api', to: 'shop/frontend', connections: 'all'},
    ]);
  });

  it('can --queries: one JSON line per query, in order, echoing from/to/port/protocol; exit 2 if one fails', async () => {
    const files = {
      'app.yaml': APP,
      'q.txt': '# header\nshop/frontend shop/api 8443 TCP\n\nshop/frontend shop/api 80\n203.0.113.4 shop/api any\n',
    };
    const r = await run(['can', '--queries', 'q.txt', '--format', 'json', 'app.yaml'], files);
    expect(r.code).toBe(0);
    const answers = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(answers.map((a) => [a['from'], a['to'], a['port'], a['protocol'], a['allowed']])).toEqual([
      ['shop/frontend', 'shop/api', 8443, 'TCP', true],
      ['shop/frontend', 'shop/api', 80, 'TCP', false],
      ['203.0.113.4', 'shop/api', null, null, false],
    ]);
    const bad = await run(['can', '--queries', 'q.txt', '--format', 'json', 'app.yaml'], {
      ...files,
      'q.txt': 'shop/frontend shop/api 1\nshop/x shop/api 1\n',
    });
    expect(bad.code).toBe(2);
    expect(bad.stdout.trim().split('\n')).toHaveLength(2);
    expect(bad.stderr).toContain('q.txt:2: FROM: no Pod or workload "shop/x"');
  });

  it('reads directories, multi-document files, Lists and standard input', async () => {
    const files = {
      'cluster/ns.yaml': stream([ns('shop')]),
      'cluster/apps/pods.json': JSON.stringify({
        apiVersion: 'v1',
        kind: 'PodList',
        items: [{metadata: {name: 'a', namespace: 'shop', labels: {app: 'a'}}, spec: {containers: []}}],
      }),
      'cluster/README.md': 'not yaml',
    };
    const dir = await run(['list', '--format', 'json', 'cluster'], files);
    expect(dir.code).toBe(0);
    expect(dir.stdout.trim()).toBe('{"from":"shop/a","to":"shop/a","connections":"all"}');
    const piped = await run(['can', 'shop/frontend', 'shop/api', '--port', '8443', '-'], {}, APP);
    expect(piped.code).toBe(0);
  });

  it('exit 2 with file, line and fix on invalid input', async () => {
    const bad = stream([
      policy('shop', 'p', {
        podSelector: {},
        ingress: [{from: [{ipBlock: {cidr: '10.0.0.0/8', except: ['11.0.0.0/16']}}]}],
      }),
    ]);
    const r = await run(['list', 'bad.yaml'], {'bad.yaml': bad});
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(
      'bad.yaml:1: NetworkPolicy "p" in namespace "shop": spec.ingress[0].from[0].ipBlock.except[0]',
    );
    expect(r.stderr).toContain('fix: ');
    expect(r.stderr).toContain('nothing was analyzed');
  });

  it('exit 2 on usage errors, unknown endpoints, bad ports and unreadable files', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--help'])).code).toBe(0);
    expect((await run(['who', 'app.yaml'])).code).toBe(2);
    expect((await run(['can', 'shop/frontend', 'app.yaml'])).code).toBe(2);
    expect((await run(['can', 'shop/frontend', 'shop/nope', 'app.yaml'])).stderr).toContain(
      'no Pod or workload "shop/nope"',
    );
    expect((await run(['can', 'shop/frontend', 'shop/api', '--port', 'grpc', 'app.yaml'])).stderr).toContain(
      'no container port named "grpc"',
    );
    expect((await run(['can', 'shop/frontend', 'shop/api', '--port', '70000', 'app.yaml'])).code).toBe(2);
    expect((await run(['can', 'shop/frontend', 'shop/api', '--protocol', 'ICMP', 'app.yaml'])).code).toBe(2);
    expect((await run(['can', '1.2.3.4', '5.6.7.8', 'app.yaml'])).stderr).toContain('both outside the cluster');
    expect((await run(['list', 'missing.yaml'])).stderr).toContain(
      'missing.yaml: cannot read: no such file or directory',
    );
    expect((await run(['list', '--port', '1', 'app.yaml'])).code).toBe(2);
    expect((await run(['list', 'empty.yaml'], {'empty.yaml': ''})).stderr).toContain('empty');
  });

  it('parses arguments and query lines', () => {
    expect(parseArgs(['can', 'a/b', '1.2.3.4', '-o', 'json', 'f'])).toEqual({
      kind: 'run',
      options: {command: 'can', format: 'json', from: 'a/b', to: '1.2.3.4', files: ['f']},
    });
    expect(parseQueries('a/b c/d\n  # x\na/b c/d 53 UDP\none\n')).toEqual([
      {line: 1, query: {from: 'a/b', to: 'c/d'}},
      {line: 3, query: {from: 'a/b', to: 'c/d', port: '53', protocol: 'UDP'}},
      {line: 4, error: 'expected FROM TO [PORT [PROTOCOL]], found 1 field'},
    ]);
  });
});
