import {describe, expect, it} from 'vitest';
import {loadManifests} from './load';

describe('loadManifests', () => {
  it('parses the stream and expands Lists, keeping document indexes', () => {
    const text =
      'kind: Pod\nmetadata: {name: a}\n---\nkind: List\nitems:\n  - kind: Pod\n    metadata: {name: b}\n  - kind: Pod\n    metadata: {name: c}\n';
    const loaded = loadManifests(text, {file: 'x.yaml'});
    expect(loaded.errors).toEqual([]);
    expect(loaded.documentCount).toBe(2);
    expect(loaded.objects.map((o) => [o.docIndex, o.itemIndex])).toEqual([
      [0, undefined],
      [1, 0],
      [1, 1],
    ]);
  });
  it('returns parse errors and List item errors together, naming the file', () => {
    const loaded = loadManifests('kind: List\nitems: [3]\n---\na: [\n', {file: 'bad.yaml'});
    expect(loaded.errors.length).toBeGreaterThanOrEqual(1);
    expect(loaded.errors.every((e) => e.file === 'bad.yaml')).toBe(true);
  });
  it('applies the byte cap it is given', () => {
    expect(loadManifests('kind: Pod\n'.repeat(50), {file: 'big.yaml', maxBytes: 100}).errors[0]?.kind).toBe(
      'too-large',
    );
  });
});
