import {describe, expect, it} from 'vitest';
import {memoryInputIO} from '../manifest/cliInput';
import type {CliIO} from './cli';
import {USAGE, parseArgs, runCli, summaryLine} from './cli';

const files: Record<string, string> = {
  'bad.yaml':
    'apiVersion: v1\nkind: Pod\nmetadata: {name: bad}\nspec:\n  containers:\n  - name: app\n    securityContext: {privileged: true}\n',
  'good.yaml':
    'apiVersion: v1\nkind: Pod\nmetadata: {name: good}\nspec:\n  securityContext: {runAsNonRoot: true, seccompProfile: {type: RuntimeDefault}}\n  containers:\n  - name: app\n    securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}\n---\nkind: Service\nmetadata: {name: svc}\n',
  'baseline-only.yaml': 'kind: Pod\nmetadata: {name: base}\nspec:\n  containers: [{name: app}]\n',
  'broken.yaml': 'kind: Pod\nspec: [\n',
  'list.yaml':
    'apiVersion: v1\nkind: List\nitems:\n- kind: Service\n  metadata: {name: s}\n- kind: Pod\n  metadata: {name: p}\n  spec: {containers: [{name: app}]}\n',
};

function io(stdin = ''): CliIO & {out: string; err: string} {
  const state = {out: '', err: ''};
  return {
    get out() {
      return state.out;
    },
    get err() {
      return state.err;
    },
    ...memoryInputIO(files, stdin),
    stdout: (t: string) => {
      state.out += t;
    },
    stderr: (t: string) => {
      state.err += t;
    },
  };
}

describe('numbering', () => {
  it('counts documents and List items from 1, in text and JSON, like the result cards', async () => {
    const text = io();
    await runCli(['list.yaml'], text);
    expect(text.out).toContain('list.yaml:6 Pod/p (item 2)');
    const json = io();
    await runCli(['--format', 'json', 'list.yaml'], json);
    expect(JSON.parse(json.out)).toMatchObject({file: 'list.yaml', document: 1, item: 2, name: 'p'});
  });
});

describe('parseArgs', () => {
  it('applies defaults', () => {
    expect(parseArgs(['a.yaml'])).toEqual({
      kind: 'run',
      options: {level: 'restricted', version: 'latest', format: 'text', files: ['a.yaml']},
    });
  });

  it('accepts both flag forms and many files', () => {
    expect(parseArgs(['--level', 'baseline', '--version=v1.30', '--format', 'json', 'a', 'b', '-'])).toEqual({
      kind: 'run',
      options: {level: 'baseline', version: 'v1.30', format: 'json', files: ['a', 'b', '-']},
    });
    expect(parseArgs(['--', '--level'])).toMatchObject({kind: 'run', options: {files: ['--level']}});
    expect(parseArgs(['-h'])).toEqual({kind: 'help'});
  });

  it.each([
    [['--level', 'privileged', 'a'], /invalid --level/],
    [['--version', 'v1.07', 'a'], /invalid --version/],
    [['--format', 'xml', 'a'], /invalid --format/],
    [['--colour', 'a'], /unknown option/],
    [['--level'], /needs a value/],
    [[], /no input files/],
  ])('rejects %j', (argv, message) => {
    const r = parseArgs(argv);
    expect(r.kind).toBe('error');
    if (r.kind === 'error') expect(r.message).toMatch(message);
  });
});

describe('runCli', () => {
  it('exits 1 when an object is denied, with a readable text report', async () => {
    const x = io();
    expect(await runCli(['bad.yaml', 'good.yaml'], x)).toBe(1);
    expect(x.out).toContain('✘ bad.yaml:1 Pod/bad violates restricted:latest');
    expect(x.out).toContain(
      '    privileged (container "app" must not set securityContext.privileged=true)\n      at spec.containers[0].securityContext.privileged\n      fix: ',
    );
    expect(x.out).toContain('✔ good.yaml:1 Pod/good passes restricted:latest\n');
    expect(x.out).toContain('- good.yaml:10 Service/svc: skipped (not a pod-bearing object)');
    expect(x.out.endsWith('1 object skipped (not pod-bearing)\n2 objects checked: 1 allowed, 1 denied\n')).toBe(true);
    expect(x.err).toBe('');
  });

  it('exits 0 when everything is allowed', async () => {
    const x = io();
    expect(await runCli(['--level', 'baseline', 'baseline-only.yaml', 'good.yaml'], x)).toBe(0);
    expect(x.out).toContain('2 objects checked: 2 allowed, 0 denied');
  });

  it('prints one JSON object per pod-bearing object', async () => {
    const x = io();
    expect(await runCli(['--format', 'json', '--version', 'v1.30', 'bad.yaml', 'good.yaml'], x)).toBe(1);
    const lines = x.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      {
        file: 'bad.yaml',
        document: 1,
        kind: 'Pod',
        name: 'bad',
        level: 'restricted',
        version: 'v1.30',
        allowed: false,
        violations: expect.arrayContaining([
          {
            check: 'privileged',
            reason: 'privileged',
            detail: 'container "app" must not set securityContext.privileged=true',
            path: 'spec.containers[0].securityContext.privileged',
          },
        ]),
      },
      {
        file: 'good.yaml',
        document: 1,
        kind: 'Pod',
        name: 'good',
        level: 'restricted',
        version: 'v1.30',
        allowed: true,
        violations: [],
      },
    ]);
    expect(Object.keys(lines[0] ?? {})).toEqual([
      'file',
      'document',
      'kind',
      'name',
      'level',
      'version',
      'allowed',
      'violations',
    ]);
  });

  it('reads standard input for -', async () => {
    const x = io(files['bad.yaml']);
    expect(await runCli(['--format=json', '-'], x)).toBe(1);
    expect(JSON.parse(x.out)).toMatchObject({file: '<stdin>', name: 'bad', allowed: false});
  });

  it('exits 2 on input errors, naming file, line and fix, but still reports the rest', async () => {
    const x = io();
    expect(await runCli(['broken.yaml', 'missing.yaml', 'bad.yaml'], x)).toBe(2);
    expect(x.err).toMatch(/^error: broken\.yaml:\d+:\d+: .+\n {2}hint: /m);
    expect(x.err).toContain('error: missing.yaml: cannot read: no such file or directory');
    expect(x.out).toContain('Pod/bad');
  });

  it('prints usage on bad flags (exit 2) and on --help (exit 0)', async () => {
    const bad = io();
    expect(await runCli(['--level', 'nope', 'x'], bad)).toBe(2);
    expect(bad.err).toContain(USAGE);
    expect(bad.out).toBe('');
    const help = io();
    expect(await runCli(['--help'], help)).toBe(0);
    expect(help.out).toBe(USAGE);
  });

  it('reports invalid fields in JSON as violations of check "invalidField"', async () => {
    const x = io('kind: Pod\nspec:\n  hostPID: "true"\n');
    await runCli(['--format', 'json', '-'], x);
    expect(JSON.parse(x.out)).toMatchObject({
      allowed: false,
      violations: [{check: 'invalidField', path: 'spec.hostPID'}],
    });
  });

  it('summarises', () => {
    expect(summaryLine(1, 0)).toBe('1 object checked: 1 allowed, 0 denied\n');
  });
});
