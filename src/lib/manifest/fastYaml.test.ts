/**
 * The fast reader must never disagree with `yaml`: whenever it accepts a document, the
 * result (values, key order, -0/NaN, line numbers, List item lines) must be identical to
 * what `yaml` produces. Checked on hand-picked cases, on generated manifests, and on
 * randomly corrupted generated manifests (where bailing out is the only safe answer).
 */
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import fc from 'fast-check';
import {parseAllDocuments} from 'yaml';
import {describe, expect, it} from 'vitest';
import {BAIL, fastParseDocument} from './fastYaml';
import {parseManifests, parseManifestsWithYaml} from './parse';
import {PLAIN_TAG_REGEXES, RESOLVABLE_FIRST_CHAR_SET, YAML_OPTIONS} from './yamlConfig';

/** Canonical text of a value: key order, -0, NaN and prototypes all matter. */
function canon(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean' || value === undefined) return String(value);
  if (Array.isArray(value)) return `[${value.map(canon).join(',')}]`;
  if (typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) === Object.prototype ? '' : '!proto';
    const entries = Object.keys(value).map((k) => {
      const d = Object.getOwnPropertyDescriptor(value, k);
      return `${JSON.stringify(k)}:${d !== undefined && 'value' in d ? canon(d.value) : '!accessor'}`;
    });
    return `${proto}{${entries.join(',')}}`;
  }
  return `!${typeof value}`;
}

function fast(text: string): ReturnType<typeof fastParseDocument> {
  return fastParseDocument(text, 0, text.length, 1, 100);
}

function yamlValue(text: string): unknown {
  const docs = parseAllDocuments(text, YAML_OPTIONS);
  const doc = docs[0];
  if (docs.length !== 1 || doc === undefined || doc.errors.length > 0) throw new Error('yaml rejects it');
  return doc.toJS();
}

function expectSame(text: string): void {
  expect(canon(parseManifests(text))).toBe(canon(parseManifestsWithYaml(text)));
}

describe('fastParseDocument', () => {
  const accepted: Record<string, string> = {
    'block mapping and sequences':
      'a: 1\nb:\n  c: x\n  d:\n  - 1\n  - two\n  -\n    e: f\ng:\n- h: i\n  j: k\n- - skipped\n'.replace(
        '- - skipped\n',
        '- l\n',
      ),
    'sequence at the key indentation': 'a:\n- 1\n- 2\nb: c\n',
    'quoted scalars and escapes': `a: "x\\ty\\u00e9\\U0001F600\\x41\\"\\\\\\/\\N\\_\\L\\P\\0\\e"\nb: 'it''s'\nc: ""\n'd e': "k"\n"f": 1\n`,
    'flow collections': 'a: [1, "two", {b: c, "d": [e]}, []]\nf: {}\ng: {h: [i, j], k: l}\n',
    'comments everywhere':
      '# head\na: 1 # tail\n  # indented comment\nb: "x" # c\n\n# between\nc: [1] # after flow\nd: a#b\n',
    'literal block scalars':
      'a: |\n  line 1\n\n    indented\n  # not a comment\nb: |-\n  stripped\n\n\nc: |  # comment\n  x\n',
    'tricky plain scalars':
      'a: yes\nb: 0755\nc: 1e3\nd: .inf\ne: -.inf\nf: .nan\ng: ~\nh: null\ni: -0\nj: 0x1F\nk: 1_000\nl: +1\nm: 2024-01-01\nnn: 12:30\no: http://x:80/y\np: nginx:1.27\nq: e5\nr: .\ns: -x\nt: a b  c\nu: 0b101\nv: 08\nw: 1.50\n',
    'prototype-named keys': '__proto__: 1\nconstructor: {prototype: 2}\ntoString: x\nhasOwnProperty: [y]\n',
    unicode: 'héllo: wörld\n"日本": 語\nemoji: 😀\n',
    'indented root': '  a: 1\n  b:\n    c: 2\n',
  };
  for (const [name, text] of Object.entries(accepted)) {
    it(`accepts ${name}, exactly like yaml`, () => {
      const r = fast(text);
      expect(r).not.toBe(BAIL);
      if (r === BAIL) return;
      expect(canon(r.value)).toBe(canon(yamlValue(text)));
      expectSame(text);
    });
  }

  const bails: Record<string, string> = {
    anchors: 'a: &x 1\nb: *x\n',
    tags: 'a: !!str 1\n',
    'merge keys': 'a: {x: 1}\nb:\n  <<: {y: 2}\n',
    'folded scalars': 'a: >\n  folded\n',
    'kept literal': 'a: |+\n  kept\n\n',
    'multi-line plain': 'a: one\n  two\n',
    'multi-line quoted': 'a: "one\n  two"\n',
    'multi-line flow': 'a: [1,\n  2]\n',
    'duplicate keys': 'a: 1\na: 2\n',
    'sequence root': '- a\n',
    'scalar root': 'hello\n',
    tabs: 'a:\t1\n',
    'non-string keys': 'yes: 1\n',
    'complex keys': '? a\n: b\n',
    'nested compact sequences': 'a:\n- - b\n',
    'nested mapping on one line': 'a: b: c\n',
    'implicit null in flow': 'a: {b, c}\n',
    'space before colon': 'a : 1\n',
    'bad indentation': 'a:\n    b: 1\n  c: 2\n',
    'control characters': 'a: "\u0001"\n',
  };
  for (const [name, text] of Object.entries(bails)) {
    it(`bails out on ${name}`, () => {
      expect(fast(text)).toBe(BAIL);
      expectSame(text);
    });
  }

  it('bails out beyond the depth limit', () => {
    const deep = Array.from({length: 20}, (_, i) => `${' '.repeat(i)}k:`).join('\n');
    expect(fastParseDocument(deep, 0, deep.length, 1, 10)).toBe(BAIL);
    expect(fastParseDocument(deep, 0, deep.length, 1, 30)).not.toBe(BAIL);
  });

  it('records the lines of List items', () => {
    const text = 'apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: a}\n# c\n- kind: Pod\n';
    const r = fast(text);
    expect(r !== BAIL && r.itemLines).toEqual([4, 7]);
    expectSame(text);
  });

  it('only resolves plain scalars starting with a resolvable character', () => {
    const wrong: string[] = [];
    for (const re of PLAIN_TAG_REGEXES) {
      for (let c = 32; c < 0x3000; c++) {
        const ch = String.fromCharCode(c);
        if (RESOLVABLE_FIRST_CHAR_SET.has(ch)) continue;
        for (const rest of ['', '1', 'e5', 'ull', '.5', 'x', 'nf'])
          if (re.test(ch + rest)) wrong.push(`${String(re)} ${ch + rest}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('takes the fast path for every fixture and example manifest', () => {
    const root = fileURLToPath(new URL('../pss/__fixtures__', import.meta.url));
    let count = 0;
    for (const level of readdirSync(root)) {
      for (const kind of readdirSync(join(root, level))) {
        for (const name of readdirSync(join(root, level, kind))) {
          const text = readFileSync(join(root, level, kind, name), 'utf8');
          expect(fast(text), name).not.toBe(BAIL);
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(50);
  });
});

// ---------------------------------------------------------------------------
// Generated manifests

type Scalar = {
  readonly t: 'scalar';
  readonly text: string;
  readonly style: 'plain' | 'single' | 'double' | 'literal' | 'strip';
};
type MapNode = {
  readonly t: 'map';
  readonly entries: ReadonlyArray<readonly [string, 'plain' | 'double' | 'single', Node]>;
  readonly flow: boolean;
};
type SeqNode = {readonly t: 'seq'; readonly items: readonly Node[]; readonly flow: boolean};
type Node = Scalar | MapNode | SeqNode;

const plainPool = [
  'a',
  'nginx:1.27',
  'yes',
  'No',
  'on',
  'y',
  'n',
  '~',
  'null',
  'true',
  'FALSE',
  '0755',
  '08',
  '0x1F',
  '0b11',
  '1e3',
  '-1',
  '+2',
  '-0',
  '1_000',
  '.inf',
  '-.Inf',
  '.nan',
  '.',
  'e5',
  '12:30',
  '2024-01-01',
  'foo bar',
  'a#b',
  'http://x:80/p',
  '-x',
  'x-y',
  'é',
  '日本',
  '😀',
  'a,b',
  'a]b',
  '3.14',
  '1.0',
  '0.',
  'Default',
  'RuntimeDefault',
  'ALL',
  "it's",
  'say "hi"',
];
const keyPool = [
  'a',
  'b',
  'c',
  'name',
  'kind',
  'items',
  'app.kubernetes.io/name',
  'x y',
  'a:b',
  'a#b',
  '__proto__',
  'constructor',
  'toString',
  'é',
  'yes',
  '1',
  '<<',
  '-k',
  'k-',
];

const scalarArb: fc.Arbitrary<Scalar> = fc.record({
  t: fc.constant('scalar' as const),
  text: fc.oneof(
    fc.constantFrom(...plainPool),
    fc.string({maxLength: 12}),
    fc.string({unit: 'grapheme', maxLength: 6}),
  ),
  style: fc.constantFrom(
    'plain' as const,
    'plain' as const,
    'single' as const,
    'double' as const,
    'literal' as const,
    'strip' as const,
  ),
});

const nodeArb: fc.Arbitrary<Node> = fc.letrec<{node: Node}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    scalarArb,
    fc.record({
      t: fc.constant('map' as const),
      entries: fc.uniqueArray(
        fc.tuple(
          fc.constantFrom(...keyPool),
          fc.constantFrom('plain' as const, 'double' as const, 'single' as const),
          tie('node'),
        ),
        {
          maxLength: 4,
          selector: (e) => e[0],
        },
      ),
      flow: fc.boolean(),
    }),
    fc.record({t: fc.constant('seq' as const), items: fc.array(tie('node'), {maxLength: 4}), flow: fc.boolean()}),
  ),
})).node;

function quoteKey(key: string, style: 'plain' | 'double' | 'single'): string {
  if (style === 'double') return JSON.stringify(key);
  if (style === 'single') return `'${key.replace(/'/g, "''")}'`;
  return key;
}

function inlineScalar(s: Scalar): string {
  switch (s.style) {
    case 'single':
      return `'${s.text.replace(/'/g, "''")}'`;
    case 'double':
      return JSON.stringify(s.text);
    default:
      return s.text;
  }
}

function flow(node: Node): string {
  if (node.t === 'scalar')
    return node.style === 'literal' || node.style === 'strip' ? JSON.stringify(node.text) : inlineScalar(node);
  if (node.t === 'seq') return `[${node.items.map(flow).join(', ')}]`;
  return `{${node.entries.map(([k, ks, v]) => `${quoteKey(k, ks)}: ${flow(v)}`).join(', ')}}`;
}

function isBlock(node: Node): node is MapNode | SeqNode {
  return node.t !== 'scalar' && !node.flow && (node.t === 'map' ? node.entries.length > 0 : node.items.length > 0);
}

/** Renders `node` as the value after `key:` or `- ` at indentation `n`. */
function value(node: Node, n: number, w: number, comment: boolean): string {
  if (node.t === 'scalar' && (node.style === 'literal' || node.style === 'strip')) {
    const pad = ' '.repeat(n + w);
    return ` |${node.style === 'strip' ? '-' : ''}\n${node.text
      .split('\n')
      .map((l) => (l === '' ? '' : pad + l))
      .join('\n')}\n`;
  }
  if (!isBlock(node)) return ` ${flow(node)}${comment ? ' # c' : ''}\n`;
  return `\n${block(node, n + w, w)}`;
}

function block(node: MapNode | SeqNode, n: number, w: number): string {
  const pad = ' '.repeat(n);
  let out = '';
  if (node.t === 'map') {
    node.entries.forEach(([k, ks, v], i) => {
      if (i % 3 === 2) out += `${pad}# comment\n\n`;
      out += `${pad}${quoteKey(k, ks)}:${value(v, n, w, i % 2 === 1)}`;
    });
    return out;
  }
  for (const item of node.items) {
    if (item.t === 'map' && isBlock(item)) {
      // compact `- key: value`, following keys aligned after the dash
      const inner = block(item, n + 2, w);
      out += `${pad}- ${inner.slice(n + 2)}`;
    } else {
      out += `${pad}-${value(item, n, w, false)}`;
    }
  }
  return out;
}

function renderDoc(entries: MapNode['entries'], w: number): string {
  return block({t: 'map', entries, flow: false}, 0, w);
}

const docArb = fc.tuple(
  fc.uniqueArray(fc.tuple(fc.constantFrom(...keyPool), fc.constantFrom('plain' as const, 'double' as const), nodeArb), {
    minLength: 1,
    maxLength: 5,
    selector: (e) => e[0],
  }),
  fc.constantFrom(2, 4),
);

const streamArb = fc
  .array(
    fc.oneof(
      docArb.map(([e, w]) => renderDoc(e, w)),
      fc.constantFrom('', '# only a comment\n', 'null\n'),
    ),
    {minLength: 1, maxLength: 4},
  )
  .map((docs) => docs.map((d) => `---\n${d}`).join(''));

describe('fast reader vs yaml (differential, generated manifests)', () => {
  it('agrees on generated streams', () => {
    fc.assert(
      fc.property(streamArb, (text) => expectSame(text)),
      {numRuns: 400},
    );
  }, 60_000);

  it('actually reads most generated documents itself', () => {
    let accepted = 0;
    let total = 0;
    fc.assert(
      fc.property(docArb, ([entries, w]) => {
        total++;
        if (fast(renderDoc(entries, w)) !== BAIL) accepted++;
      }),
      // A ratio over random samples: fix the seed so the threshold cannot flake.
      {numRuns: 300, seed: 20261127},
    );
    expect(accepted / total).toBeGreaterThan(0.3);
  });

  it('agrees on randomly corrupted streams', () => {
    const edit = fc.tuple(
      fc.nat(),
      fc.constantFrom(
        '',
        ' ',
        ':',
        ': ',
        '#',
        ' #',
        '-',
        '- ',
        '"',
        "'",
        '[',
        ']',
        '{',
        '}',
        ',',
        '\n',
        '  ',
        '|',
        '>',
        '&a ',
        '*a',
        '!',
        '?',
        '\\',
        '---\n',
        'é',
        '\t',
      ),
      fc.nat(3),
    );
    fc.assert(
      fc.property(streamArb, fc.array(edit, {minLength: 1, maxLength: 4}), (text, edits) => {
        let t = text;
        for (const [pos, insert, del] of edits) {
          const p = t.length === 0 ? 0 : pos % t.length;
          t = t.slice(0, p) + insert + t.slice(p + del);
        }
        expectSame(t);
      }),
      {numRuns: 1000},
    );
  }, 60_000);
});
