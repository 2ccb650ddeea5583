import * as z from '../zod';
import {describe, expect, it} from 'vitest';
import type {Registry} from './examples';
import {firstUnsortedKey, validateExamples, type ValidateOptions} from './validateExamples';

const podYaml = (name: string, extra = '') => `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
spec:
  containers:
    - name: app
      image: nginx${extra}
`;

const configSchema = z.strictObject({apiVersion: z.literal('x.k8s.io/v1'), kind: z.literal('Thing'), size: z.number()});

function options(
  registry: Registry,
  levels: Record<string, 'privileged' | 'baseline' | 'restricted'> = {},
): ValidateOptions {
  return {
    registry,
    skips: {},
    api: {
      isApiKind: (apiVersion, kind) => apiVersion === 'v1' && kind === 'Pod',
      validate: (object) => {
        const spec = object.spec as {containers?: Array<Record<string, unknown>>} | undefined;
        return spec?.containers?.[0]?.imag !== undefined
          ? [{path: ['spec', 'containers', 0, 'imag'], message: 'unknown field "imag"'}]
          : [];
      },
    },
    configSchema: (apiVersion, kind) => (apiVersion === 'x.k8s.io/v1' && kind === 'Thing' ? configSchema : undefined),
    pss: {
      isPodBearing: (object) => object.kind === 'Pod',
      highestLevel: (object) => levels[(object.metadata as {name: string}).name] ?? 'restricted',
    },
  };
}

describe('validateExamples', () => {
  it('passes registered, valid files and counts what it checked', () => {
    const report = validateExamples(
      [
        {path: 'a/pod.yaml', text: podYaml('p')},
        {path: 'a/thing.yaml', text: 'apiVersion: x.k8s.io/v1\nkind: Thing\nsize: 3\n'},
      ],
      options({
        'a/pod.yaml': {description: 'd', kinds: ['Pod'], pss: 'restricted'},
        'a/thing.yaml': {description: 'd', kinds: ['Thing']},
      }),
    );
    expect(report.problems).toEqual([]);
    expect(report.counts).toEqual({
      files: 2,
      documents: 2,
      apiObjects: 1,
      configObjects: 1,
      podBearing: 1,
      skipped: 0,
      thirdParty: {},
    });
  });

  it('fails unregistered files and registry entries without a file', () => {
    const report = validateExamples(
      [{path: 'a/pod.yaml', text: podYaml('p')}],
      options({'a/gone.yaml': {description: 'd', kinds: ['Pod']}}),
    );
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/registry but the file does not exist/),
      expect.stringMatching(/no entry in the examples registry; add it to examples\/a\/_registry\.ts/),
    ]);
  });

  it('names the file and line of a schema problem', () => {
    const report = validateExamples(
      [{path: 'a/pod.yaml', text: podYaml('p', '\n      imag: typo')}],
      options({'a/pod.yaml': {description: 'd', kinds: ['Pod'], pss: 'restricted'}}),
    );
    expect(report.problems).toEqual([
      {file: 'a/pod.yaml', line: 9, message: 'spec.containers[0].imag: unknown field "imag"'},
    ]);
  });

  it('reports unknown keys in config files with their line', () => {
    const report = validateExamples(
      [{path: 'a/thing.yaml', text: 'apiVersion: x.k8s.io/v1\nkind: Thing\nsize: 3\nsizes: 4\n'}],
      options({'a/thing.yaml': {description: 'd', kinds: ['Thing']}}),
    );
    expect(report.problems).toEqual([
      {file: 'a/thing.yaml', line: 4, message: expect.stringMatching(/unknown field "sizes" for Thing/)},
    ]);
  });

  it('reads .jsonl files a JSON object per line, with line numbers of the file', () => {
    const registry = {'a/things.jsonl': {description: 'd', kinds: ['Thing', 'Thing']}};
    const good =
      '{"apiVersion": "x.k8s.io/v1", "kind": "Thing", "size": 1}\n{"apiVersion": "x.k8s.io/v1", "kind": "Thing", "size": 2}\n';
    const ok = validateExamples([{path: 'a/things.jsonl', text: good}], options(registry));
    expect(ok.problems).toEqual([]);
    expect(ok.counts).toMatchObject({files: 1, documents: 2, configObjects: 2});
    const unknownKey = validateExamples(
      [{path: 'a/things.jsonl', text: good.replace('"size": 2', '"sizes": 2')}],
      options(registry),
    );
    expect(unknownKey.problems).toContainEqual({
      file: 'a/things.jsonl',
      line: 2,
      message: expect.stringMatching(/unknown field "sizes" for Thing/),
    });
    const notJson = validateExamples([{path: 'a/things.jsonl', text: `${good}{kind: Thing}\n`}], options(registry));
    expect(notJson.problems).toEqual([
      {
        file: 'a/things.jsonl',
        line: 3,
        message: expect.stringMatching(/each line of a \.jsonl file must be a complete JSON object/),
      },
    ]);
  });

  it('fails when the kinds or the Pod Security level differ from the registry', () => {
    const report = validateExamples(
      [{path: 'a/pod.yaml', text: podYaml('root')}],
      options({'a/pod.yaml': {description: 'd', kinds: ['Deployment'], pss: 'restricted'}}, {root: 'baseline'}),
    );
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/holds kinds \[Pod\] but the registry says \[Deployment\]/),
      expect.stringMatching(/registered as meeting Restricted but the Pod Security engine says .* Baseline/),
    ]);
  });

  it('takes the lowest level of several pods in one file, and requires pss on pod files', () => {
    const text = `${podYaml('a')}---\n${podYaml('b')}`;
    const report = validateExamples(
      [{path: 'a/two.yaml', text}],
      options({'a/two.yaml': {description: 'd', kinds: ['Pod', 'Pod']}}, {b: 'privileged'}),
    );
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/no "pss" level; add pss: 'privileged'/),
    ]);
  });

  it('reports YAML errors with a line, and unknown kinds', () => {
    const broken = validateExamples(
      [{path: 'a/x.yaml', text: 'a: [1, 2\nb: 3\n'}],
      options({'a/x.yaml': {description: 'd', kinds: []}}),
    );
    expect(broken.problems[0]?.message).toMatch(/^this \[ or \{ is never closed\. Add the closing \] or \}/);
    expect(broken.problems[0]?.line).toBe(1);
    const unknown = validateExamples(
      [{path: 'a/y.yaml', text: 'apiVersion: v9\nkind: Nope\n'}],
      options({'a/y.yaml': {description: 'd', kinds: ['Nope']}}),
    );
    expect(unknown.problems).toHaveLength(1);
  });

  it('refuses alias bombs instead of expanding them', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        {length: 8},
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      ),
    ].join('\n');
    const report = validateExamples(
      [{path: 'a/bomb.yaml', text: bomb}],
      options({'a/bomb.yaml': {description: 'd', kinds: []}}),
    );
    expect(report.problems).toEqual([{file: 'a/bomb.yaml', line: 1, message: expect.stringMatching(/alias/i)}]);
  });
});

describe('firstUnsortedKey', () => {
  it('finds a key out of order', () => {
    expect(
      firstUnsortedKey({'a/b.yaml': {description: 'd', kinds: []}, 'a/a.yaml': {description: 'd', kinds: []}}),
    ).toBe('a/a.yaml');
    expect(firstUnsortedKey({'a/a.yaml': {description: 'd', kinds: []}})).toBeUndefined();
  });
});
