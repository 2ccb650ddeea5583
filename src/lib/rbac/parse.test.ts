import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findExcessiveNesting, parseManifests, utf8Length} from './parse';

describe('parseManifests', () => {
  it('reads several documents with their line numbers', () => {
    const r = parseManifests('a: 1\n---\n\nkind: Role\nmetadata:\n  name: x\n', {file: 'f.yaml'});
    expect(r.errors).toEqual([]);
    expect(r.objects.map((o) => [o.document, o.line])).toEqual([
      [1, 1],
      [2, 4],
    ]);
    expect(r.objects[1]?.locate(['metadata', 'name'])).toEqual({line: 6, column: 9});
    // a missing path falls back to the nearest existing ancestor (the metadata mapping)
    expect(r.objects[1]?.locate(['metadata', 'namespace']).line).toBe(6);
    expect(r.objects[1]?.locate(['nope', 0, 'x']).line).toBe(4);
  });

  it('skips empty documents', () => {
    const r = parseManifests('---\n---\n# only a comment\n---\n');
    expect(r.errors).toEqual([]);
    expect(r.objects).toEqual([]);
  });

  it('reads JSON (kubectl -o json)', () => {
    const r = parseManifests('{"kind": "Role", "metadata": {"name": "x"}}');
    expect(r.errors).toEqual([]);
    expect(r.objects[0]?.value['kind']).toBe('Role');
  });

  it('expands kind: List and typed lists, locating each item', () => {
    const text = [
      'apiVersion: v1',
      'kind: List',
      'items:',
      '- kind: Role',
      '  metadata: {name: a}',
      '- kind: Role',
      '  metadata: {name: b}',
      '',
    ].join('\n');
    const r = parseManifests(text, {file: 'list.yaml'});
    expect(r.errors).toEqual([]);
    expect(r.objects.map((o) => [o.listItem, o.listKind, o.line])).toEqual([
      [0, 'List', 4],
      [1, 'List', 6],
    ]);
    expect(r.objects[1]?.locate(['metadata', 'name']).line).toBe(7);
    const typed = parseManifests(
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBindingList\nitems:\n- kind: RoleBinding\n',
    );
    expect(typed.objects).toHaveLength(1);
    expect(parseManifests('kind: List\nitems: []\n').objects).toEqual([]);
    expect(parseManifests('kind: List\nitems:\n').objects).toEqual([]);
  });

  it('reports bad List items', () => {
    const r = parseManifests('kind: List\nitems:\n- 3\n', {file: 'l.yaml'});
    expect(r.errors[0]).toMatchObject({code: 'bad-list', file: 'l.yaml', line: 3});
    expect(parseManifests('kind: List\nitems: nope\n').errors[0]?.code).toBe('bad-list');
  });

  it('rejects non-object documents with a clear message', () => {
    for (const [text, word] of [
      ['just a string\n', 'a string'],
      ['42\n', 'a number'],
      ['- a\n- b\n', 'a list'],
    ] as const) {
      const r = parseManifests(text, {file: 'x.yaml'});
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]?.code).toBe('not-an-object');
      expect(r.errors[0]?.message).toContain(word);
      expect(r.errors[0]?.fix).not.toBe('');
    }
  });

  it('reports YAML syntax errors with line, column and a fix', () => {
    const r = parseManifests('kind: Role\nmetadata:\n  name: [a, b\n', {file: 'bad.yaml'});
    expect(r.errors.length).toBeGreaterThan(0);
    const e = r.errors[0];
    expect(e).toMatchObject({code: 'yaml-syntax', file: 'bad.yaml'});
    expect(e?.line).toBeGreaterThanOrEqual(3);
    expect(e?.fix.length).toBeGreaterThan(5);
  });

  it('rejects duplicate keys', () => {
    const r = parseManifests('kind: Role\nkind: ClusterRole\n');
    expect(r.errors[0]?.message).toMatch(/unique|duplicate/i);
    expect(r.errors[0]?.line).toBe(2);
  });

  it('keeps valid documents when another one is broken', () => {
    const r = parseManifests('kind: A\n---\nkind: [\n---\nkind: B\n');
    expect(r.objects.map((o) => o.value['kind'])).toEqual(['A', 'B']);
    expect(r.errors.length).toBeGreaterThan(0);
  });

  it('enforces the size cap before parsing', () => {
    const r = parseManifests('a: 1\n'.repeat(100), {maxBytes: 100, file: 'big.yaml'});
    expect(r.objects).toEqual([]);
    expect(r.errors[0]).toMatchObject({code: 'too-large', file: 'big.yaml', line: 1});
    // counts UTF-8 bytes, not characters
    expect(utf8Length('é€😀')).toBe(2 + 3 + 4);
    expect(parseManifests(`a: ${'é'.repeat(60)}`, {maxBytes: 100}).errors[0]?.code).toBe('too-large');
  });

  it('stops alias bombs', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
    ].join('\n');
    const r = parseManifests(bomb, {file: 'bomb.yaml'});
    expect(r.objects).toEqual([]);
    expect(r.errors[0]?.code).toBe('alias-limit');
  });

  it('allows a few aliases and merge keys', () => {
    const r = parseManifests('base: &b {verbs: [get]}\nother: *b\nmerged: {<<: *b, x: 1}\n');
    expect(r.errors).toEqual([]);
    expect(JSON.stringify(r.objects[0]?.value)).toBe(
      '{"base":{"verbs":["get"]},"other":{"verbs":["get"]},"merged":{"verbs":["get"],"x":1}}',
    );
  });

  it('rejects very deep flow nesting without crashing the engine', () => {
    const deep = `${'['.repeat(20000)}${']'.repeat(20000)}`;
    const r = parseManifests(deep, {file: 'deep.yaml'});
    expect(r.errors[0]).toMatchObject({code: 'too-deep', file: 'deep.yaml', line: 1});
    const mapDeep = parseManifests(`a: ${'{a: '.repeat(5000)}1${'}'.repeat(5000)}`);
    expect(mapDeep.errors[0]?.code).toBe('too-deep');
  });

  it('rejects very deep block nesting', () => {
    let text = '';
    for (let i = 0; i < 3000; i++) text += `${' '.repeat(i)}a:\n`;
    expect(parseManifests(text).errors[0]?.code).toBe('too-deep');
    expect(parseManifests(`${'- '.repeat(5000)}x\n`).errors[0]?.code).toBe('too-deep');
  });

  it('accepts realistic nesting', () => {
    const r = parseManifests('a:\n  b:\n    - c: [1, [2, {d: [3]}]]\n      e: {f: {g: h}}\n');
    expect(r.errors).toEqual([]);
  });

  it('a recursive alias hits the depth cap instead of looping', () => {
    const r = parseManifests('a: &x [1, *x]\n');
    // yaml may reject the alias itself; either way there is an error and no hang
    expect(r.errors.length + r.objects.length).toBeGreaterThan(0);
  });

  it('__proto__ and constructor keys are plain data and pollute nothing', () => {
    const r = parseManifests(
      '__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted2: yes\nkind: Role\n',
    );
    expect(r.errors).toEqual([]);
    const v = r.objects[0]?.value;
    expect(v && Object.getPrototypeOf(v)).toBe(null);
    expect(v && Object.hasOwn(v, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['polluted2']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('caps the number of YAML nodes', () => {
    const r = parseManifests(`a: [${'1,'.repeat(500)}1]\n`, {maxNodes: 100});
    expect(r.objects).toEqual([]);
    expect(r.errors[0]).toMatchObject({code: 'too-large'});
  });

  it('caps the number of objects', () => {
    const r = parseManifests('a: 1\n---\na: 2\n---\na: 3\n', {maxObjects: 2});
    expect(r.objects).toHaveLength(2);
    expect(r.errors[0]?.code).toBe('too-many-objects');
  });
});

describe('findExcessiveNesting', () => {
  it('ignores brackets in comments and resets at document markers', () => {
    expect(findExcessiveNesting(`# ${'['.repeat(500)}\na: 1\n`, 10)).toBe(-1);
    expect(findExcessiveNesting(`a: ${'['.repeat(8)}\n---\nb: ${'['.repeat(8)}\n`, 10)).toBe(-1);
    expect(findExcessiveNesting(`a: ${'['.repeat(11)}`, 10)).toBeGreaterThan(0);
  });
});

describe('parseManifests properties', () => {
  const yamlish = fc
    .array(
      fc.constantFrom(
        'a',
        'kind',
        ':',
        ' ',
        '\n',
        '-',
        '[',
        ']',
        '{',
        '}',
        ',',
        '"',
        "'",
        '&x',
        '*x',
        '#',
        '---',
        '  ',
        '\t',
        '!!str',
        '__proto__',
        '<<',
        '|',
        '>',
        '?',
        'List',
        'items',
      ),
      {maxLength: 80},
    )
    .map((parts) => parts.join(''));

  it('any string gives objects or typed errors, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({maxLength: 300}), yamlish), (text) => {
        const r = parseManifests(text, {file: 'p.yaml'});
        for (const e of r.errors) {
          expect(e.file).toBe('p.yaml');
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.column).toBeGreaterThanOrEqual(1);
          expect(e.message.length).toBeGreaterThan(0);
          expect(e.fix.length).toBeGreaterThan(0);
        }
        for (const o of r.objects) {
          expect(typeof o.value).toBe('object');
          expect(Array.isArray(o.value)).toBe(false);
          expect(o.line).toBeGreaterThanOrEqual(1);
        }
      }),
      {numRuns: 500},
    );
  });
});
