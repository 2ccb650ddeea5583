import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {normalizeTokens as upstream} from 'prism-react-renderer';
import {describe, expect, it} from 'vitest';
import {normalizeTokens, type PrismStream} from './normalizeTokens';
import {languages} from './prism';
import Prism from 'prismjs/components/prism-core';

const reference = upstream as unknown as (stream: PrismStream) => ReturnType<typeof normalizeTokens>;

function exampleFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && /\.(ya?ml|json|sh)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('normalizeTokens', () => {
  const files = exampleFiles(path.join(__dirname, '../../../examples'));

  it('matches prism-react-renderer on every example file', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(languages).toContain('yaml');
    for (const file of files) {
      const language = file.endsWith('.json') ? 'json' : file.endsWith('.sh') ? 'bash' : 'yaml';
      const grammar = Prism.languages[language];
      if (!grammar) throw new Error(`no grammar for ${language}`);
      const stream = Prism.tokenize(readFileSync(file, 'utf8'), grammar) as unknown as PrismStream;
      expect(normalizeTokens(stream), file).toEqual(reference(stream));
    }
  });

  it('matches prism-react-renderer on random token trees', () => {
    const text = fc.stringMatching(/^[a-z \n\r]{0,12}$/);
    const tree = fc.letrec((tie) => ({
      stream: fc.array(fc.oneof(text, tie('token')), {maxLength: 5}),
      token: fc.record(
        {
          type: fc.constantFrom('key', 'string', 'comment', 'punctuation'),
          content: fc.oneof(text, tie('stream')),
          alias: fc.oneof(fc.constant(undefined), fc.constantFrom('atrule', 'key'), fc.constant(['a', 'b'])),
        },
        {requiredKeys: ['type', 'content']},
      ),
    })).stream as fc.Arbitrary<PrismStream>;
    fc.assert(
      fc.property(tree, (stream) => {
        expect(normalizeTokens(stream)).toEqual(reference(stream));
      }),
      {numRuns: 500},
    );
  });

  it('marks empty lines, including a trailing one', () => {
    expect(normalizeTokens(['a\n\n'])).toEqual([
      [{types: ['plain'], content: 'a'}],
      [{types: ['plain'], content: '\n', empty: true}],
      [{types: ['plain'], content: '\n', empty: true}],
    ]);
  });
});
