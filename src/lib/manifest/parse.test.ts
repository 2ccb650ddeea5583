import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {formatManifestError, isManifestError} from './errors';
import {findExcessiveNesting, parseManifests, splitStream, utf8LengthExceeds} from './parse';
import type {ParseManifestsResult} from './parse';
import {loadManifests} from './load';

function docs(result: ParseManifestsResult): unknown[] {
  return result.documents.map((d) => d.value);
}

function firstError(
  result: ParseManifestsResult,
): NonNullable<Extract<ParseManifestsResult, {ok: false}>['errors'][number]> {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.documents)}`);
  const e = result.errors[0];
  if (e === undefined) throw new Error('no error');
  return e;
}

describe('parseManifests', () => {
  it('parses a multi-document stream with indexes and start lines', () => {
    const r = parseManifests(
      '# leading comment\napiVersion: v1\nkind: A\n---\n---\n# only a comment\n---\n\nkind: B\n...\nkind: C\n',
      {file: 'x.yaml'},
    );
    expect(r.ok).toBe(true);
    expect(r.documents.map((d) => [d.index, d.line, d.value])).toEqual([
      [0, 2, {apiVersion: 'v1', kind: 'A'}],
      [3, 9, {kind: 'B'}],
      [4, 11, {kind: 'C'}],
    ]);
  });

  it('skips empty and null documents but keeps their index', () => {
    const r = parseManifests('---\n--- null\n--- ~\n---\n# c\n---\na: 1\n');
    expect(r.ok).toBe(true);
    expect(r.documents.map((d) => d.index)).toEqual([4]);
    expect(parseManifests('').documents).toEqual([]);
    expect(parseManifests('   \n# nothing\n').ok).toBe(true);
  });

  it('accepts JSON', () => {
    expect(docs(parseManifests('{"kind": "Pod", "spec": {"containers": [{"name": "a"}]}}'))).toEqual([
      {kind: 'Pod', spec: {containers: [{name: 'a'}]}},
    ]);
  });

  it('resolves scalars like kubectl (YAML 1.1) but keeps timestamps and base-60 values as strings', () => {
    const r = parseManifests('a: yes\nb: off\nc: 0755\nd: 2024-01-01\ne: 1:30\nf: "yes"\ng: 0x1F\nh: ~\ni: 1e3\n');
    expect(docs(r)).toEqual([
      {a: true, b: false, c: 493, d: '2024-01-01', e: '1:30', f: 'yes', g: 31, h: null, i: 1000},
    ]);
  });

  it('normalises CRLF line endings', () => {
    expect(docs(parseManifests('a: 1\r\nb:\r\n  - x\r\n---\r\nc: |\r\n  l1\r\n  l2\r\n'))).toEqual([
      {a: 1, b: ['x']},
      {c: 'l1\nl2\n'},
    ]);
  });

  it('handles directives by parsing the stream with yaml', () => {
    const r = parseManifests('%YAML 1.1\n---\na: 1\n---\nb: 2\n');
    expect(r.documents.map((d) => [d.index, d.value])).toEqual([
      [0, {a: 1}],
      [1, {b: 2}],
    ]);
  });

  describe('hostile input', () => {
    it('rejects input over the size limit before parsing', () => {
      const e = firstError(parseManifests('a: 1234567890\n', {maxBytes: 8, file: 'big.yaml'}));
      expect(e).toMatchObject({kind: 'too-large', file: 'big.yaml', line: 1});
      expect(e.hint).toMatch(/split/i);
      const text = `k: ${'é'.repeat(5)}`; // 13 UTF-8 bytes, 8 UTF-16 units
      expect(firstError(parseManifests(text, {maxBytes: 12})).kind).toBe('too-large');
      expect(parseManifests(text, {maxBytes: 13}).ok).toBe(true);
    });

    it('counts UTF-8 bytes', () => {
      expect(utf8LengthExceeds('aé😀', 7)).toBe(false);
      expect(utf8LengthExceeds('aé😀', 6)).toBe(true);
    });

    it('stops alias bombs', () => {
      const bomb = [
        'a: &a ["x","x","x","x","x","x","x","x","x"]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      ].join('\n');
      const e = firstError(parseManifests(bomb, {file: 'bomb.yaml'}));
      expect(e).toMatchObject({kind: 'alias-limit', file: 'bomb.yaml', docIndex: 0});
      expect(e.hint).toMatch(/billion laughs/);
      expect(docs(parseManifests('a: &x {k: v}\nb: *x\n'))).toEqual([{a: {k: 'v'}, b: {k: 'v'}}]);
    });

    it('reports syntax errors with line and column', () => {
      const e = firstError(parseManifests('a: 1\nb: [1, 2\nc: 3\n', {file: 'bad.yaml'}));
      expect(e.kind).toBe('yaml-syntax');
      expect(e.file).toBe('bad.yaml');
      expect(e.line).toBeGreaterThanOrEqual(2);
      expect(e.column).toBeGreaterThanOrEqual(1);
      expect(formatManifestError(e)).toMatch(/^bad\.yaml:\d+:\d+: .+\n {2}hint: /);
    });

    it('reports the line of an error in a later document', () => {
      const e = firstError(parseManifests('a: 1\n---\nb: 2\n---\nc: d: e\n'));
      expect(e).toMatchObject({kind: 'yaml-syntax', line: 5, docIndex: 2});
    });

    it('reports duplicate keys', () => {
      expect(firstError(parseManifests('a: 1\nb: 2\na: 3\n'))).toMatchObject({kind: 'duplicate-key', line: 3});
    });

    it('rejects scalar and sequence documents, naming the document and line', () => {
      const r = parseManifests('a: 1\n---\n- x\n- y\n---\njust a string\n---\n42\n');
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors.map((e) => [e.kind, e.docIndex, e.line])).toEqual([
        ['not-an-object', 1, 3],
        ['not-an-object', 2, 6],
        ['not-an-object', 3, 8],
      ]);
      expect(r.errors[0]?.message).toMatch(/document 2 is a sequence/);
      expect(r.documents.map((d) => d.value)).toEqual([{a: 1}]);
    });

    it('keeps __proto__, constructor and prototype as own data and never touches Object.prototype', () => {
      const text = [
        '__proto__:\n  polluted: true',
        'constructor:\n  prototype:\n    polluted: true',
        'nested:\n  __proto__: {polluted: true}\n  list: [{__proto__: {polluted: true}}]',
        'flow: {"__proto__": {"polluted": true}}',
        'toString: x',
      ].join('\n');
      for (const t of [
        text,
        `%YAML 1.1\n---\n${text}`,
        `{"__proto__": {"polluted": true}, "constructor": 1}`,
        'base: &b {__proto__: {polluted: true}}\nm:\n  <<: *b\n',
      ]) {
        const r = parseManifests(t);
        expect(r.ok, JSON.stringify(r)).toBe(true);
        const value = r.documents[0]?.value;
        expect(value).toBeDefined();
        if (value === undefined) continue;
        expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
        for (const key of ['__proto__', 'constructor', 'nested', 'flow', 'm']) {
          if (Object.prototype.hasOwnProperty.call(value, key)) {
            const desc = Object.getOwnPropertyDescriptor(value, key);
            expect(desc && 'value' in desc).toBe(true);
          }
        }
      }
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      const v = parseManifests('__proto__: {polluted: true}\n').documents[0]?.value;
      expect(v && Object.getPrototypeOf(v)).toBe(Object.prototype);
      expect(v && Object.keys(v)).toEqual(['__proto__']);
    });

    it('rejects deep nesting with a clear error instead of overflowing the stack', () => {
      const deepBlock = Array.from({length: 150}, (_, i) => `${' '.repeat(i)}k:`).join('\n');
      expect(firstError(parseManifests(deepBlock))).toMatchObject({kind: 'too-deep'});
      const deepFlow = `a: ${'['.repeat(5000)}${']'.repeat(5000)}`;
      const e = firstError(parseManifests(deepFlow));
      expect(e.kind).toBe('too-deep');
      expect(e.line).toBe(1);
      const ok = Array.from({length: 60}, (_, i) => `${' '.repeat(i)}k:`).join('\n');
      expect(parseManifests(ok).ok).toBe(true);
      expect(parseManifests(ok, {maxDepth: 10}).ok).toBe(false);
    });

    it('refuses a megabyte of brackets quickly (pre-scan before yaml)', () => {
      const start = Date.now();
      const r = parseManifests(`a: ${'['.repeat(1_000_000)}`);
      expect(r.ok).toBe(false);
      expect(Date.now() - start).toBeLessThan(15_000);
    }, 30_000);

    it('errors are typed data', () => {
      const e = firstError(parseManifests('- a'));
      expect(isManifestError(e)).toBe(true);
      expect(isManifestError({kind: 'x'})).toBe(false);
    });
  });

  it('never throws and always returns the typed union (property)', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 300}), (s) => {
        const r = parseManifests(s);
        if (r.ok) {
          for (const d of r.documents) expect(Object.getPrototypeOf(d.value)).toBe(Object.prototype);
        } else {
          expect(r.errors.length).toBeGreaterThan(0);
          for (const e of r.errors) expect(isManifestError(e)).toBe(true);
        }
      }),
      {numRuns: 400},
    );
  }, 30_000);

  it('never throws on YAML-ish noise (property)', () => {
    const token = fc.constantFrom(
      'a',
      'b: ',
      '- ',
      ':',
      '\n',
      '  ',
      '#',
      '"',
      "'",
      '[',
      ']',
      '{',
      '}',
      ',',
      '&x ',
      '*x',
      '!!str ',
      '|',
      '>',
      '---\n',
      '...\n',
      '<<: ',
      '%YAML 1.1\n',
      '\t',
      '\r',
      '\\',
      '?',
      '__proto__',
    );
    fc.assert(
      fc.property(fc.array(token, {maxLength: 60}), (parts) => {
        const r = parseManifests(parts.join(''));
        expect(typeof r.ok).toBe('boolean');
      }),
      {numRuns: 500},
    );
  }, 30_000);
});

describe('splitStream', () => {
  it('splits like yaml counts documents', () => {
    const kinds = (s: string): string[] => splitStream(s).map((c) => (c.empty ? 'empty' : 'doc'));
    expect(kinds('')).toEqual([]);
    expect(kinds('# c\n')).toEqual([]);
    expect(kinds('a: 1\n---\n')).toEqual(['doc', 'empty']);
    expect(kinds('...\na: 1')).toEqual(['empty', 'doc']);
    expect(kinds('a: 1\n...\n# c\n')).toEqual(['doc']);
    expect(kinds('a: 1\n...\n...\n')).toEqual(['doc', 'empty']);
    expect(kinds('---a: 1\n')).toEqual(['doc']);
    expect(kinds('--- |\n  x\n')).toEqual(['doc']);
  });
});

describe('findExcessiveNesting', () => {
  it('ignores brackets inside strings, comments and block scalars', () => {
    const s = `a: "${'['.repeat(300)}"\nb: '${'{'.repeat(300)}'\n# ${'['.repeat(300)}\nc: |\n  ${'['.repeat(300)}\n`;
    expect(findExcessiveNesting(s, 100)).toBeUndefined();
  });

  it('finds deep flow and compact sequences', () => {
    expect(findExcessiveNesting(`x: ${'['.repeat(200)}`, 100)).toMatchObject({line: 1});
    expect(findExcessiveNesting(`x:\n  y: ${'- '.repeat(200)}z`, 100)).toMatchObject({line: 2});
  });
});

describe('error positions and wording (issue 16, item 10)', () => {
  it('reports an unclosed quote on the line where it opens, not at the end of the input', () => {
    const text = [
      'apiVersion: v1', // 1
      'kind: Pod', // 2
      'metadata:', // 3
      '  name: "web', // 4: opens, never closes
      '  labels:', // 5
      '    app: web', // 6
      'spec:', // 7
      '  containers: []', // 8
      '', // 9
    ].join('\n');
    for (const [quoted, name] of [
      [text, 'double'],
      [text.replace('"web', "'web"), 'single'],
    ] as const) {
      const e = firstError(parseManifests(quoted, {file: `${name}.yaml`}));
      expect(e).toMatchObject({kind: 'yaml-syntax', file: `${name}.yaml`, line: 4, column: 9});
      expect(e.message).toBe('this quoted value is never closed');
    }
    // in a later document, the line counts from the start of the input
    const later = firstError(parseManifests(`kind: A\n---\n${text}`));
    expect(later).toMatchObject({line: 6, docIndex: 1});
    // closed quotes with escapes are not mistaken for open ones
    expect(parseManifests('a: "x\\"y"\nb: \'it\'\'s\'\nc: [1, "]"]\n').ok).toBe(true);
  });

  it('reports an unclosed bracket where it opens', () => {
    expect(firstError(parseManifests('a: 1\nb: [1, 2\nc: 3\n'))).toMatchObject({
      line: 2,
      column: 4,
      message: 'this [ or { is never closed',
    });
  });

  it('numbers documents from 1 in every message, like the result cards', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n`;
    const r = parseManifests(`kind: A\n---\n${bomb}---\n- a list\n`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.kind, e.docIndex, e.message])).toEqual([
      ['alias-limit', 1, 'document 2 expands more than 100 YAML aliases'],
      ['not-an-object', 2, 'document 3 is a sequence, not a Kubernetes object (a mapping)'],
    ]);
    const items = loadManifests('kind: List\nitems:\n- kind: Pod\n- 7\n', {file: 'l.yaml'});
    expect(items.errors[0]?.message).toBe('item 2 of the List in document 1 is not a Kubernetes object (a mapping)');
  });

  it('uses its own words, never the YAML library text', () => {
    for (const text of ['a: 1\n b: 2\n', 'a:\n\t- b\n', 'a: b: c\n', 'a: *nope\n', 'a: "\\q"\n', 'a: 1\na: 2\n']) {
      const e = firstError(parseManifests(text));
      expect(e.message).not.toMatch(/at line|column|Implicit|Nested mappings|Unresolved|Map keys must be unique/);
      expect(e.message).toMatch(/^[a-z]/);
      expect(e.hint).toMatch(/^[A-Z]/);
    }
  });
});

describe('hostile input at the full size limit', () => {
  it('refuses ten megabytes of tiny nodes before yaml allocates for them', () => {
    const start = Date.now();
    const e = firstError(parseManifests(`a: [${'{},'.repeat(3_400_000)}{}]`));
    expect(e.kind).toBe('too-large');
    expect(e.message).toMatch(/document 1 has more than 1,500,000 YAML values/);
    expect(Date.now() - start).toBeLessThan(20_000);
  }, 40_000);

  it('stops exponential alias bombs and a recursive alias, but allows a few aliases and merge keys', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]']
      .concat(['b', 'c', 'd', 'e', 'f'].map((k, i) => `${k}: &${k} [${`*${'abcde'[i]},`.repeat(8)}*${'abcde'[i]}]`))
      .concat(['g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]'])
      .join('\n');
    expect(firstError(parseManifests(bomb)).kind).toBe('alias-limit');
    const recursive = parseManifests('a: &x [1, *x]\n');
    expect(recursive.ok).toBe(false);
    expect(docs(parseManifests('base: &b {verbs: [get]}\nother: *b\nmerged: {<<: *b, x: 1}\n'))).toEqual([
      {base: {verbs: ['get']}, other: {verbs: ['get']}, merged: {verbs: ['get'], x: 1}},
    ]);
  });

  it('refuses very deep flow mappings and compact sequences', () => {
    expect(firstError(parseManifests(`a: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`)).kind).toBe('too-deep');
    expect(firstError(parseManifests(`${'- '.repeat(5000)}x\n`)).kind).toBe('too-deep');
    expect(firstError(parseManifests(`${'['.repeat(20000)}${']'.repeat(20000)}`))).toMatchObject({
      kind: 'too-deep',
      line: 1,
    });
  });

  it('accepts a document that is a list only when asked (Falco rules files)', () => {
    const text = '- rule: r\n  desc: d\n';
    expect(parseManifests(text).ok).toBe(false);
    const parsed = parseManifests(text, {allowSequences: true});
    expect(parsed.ok && parsed.documents[0]?.value).toEqual([{rule: 'r', desc: 'd'}]);
  });
});
