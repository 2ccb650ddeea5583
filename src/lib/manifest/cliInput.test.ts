import {describe, expect, it} from 'vitest';
import {memoryInputIO, readInputs} from './cliInput';
import {formatManifestError} from './errors';

describe('readInputs (every manifest CLI)', () => {
  const io = memoryInputIO(
    {
      'a.yaml': 'kind: A\n',
      'dir/b.yml': 'kind: B\n',
      'dir/sub/c.json': '{"kind": "C"}',
      'dir/notes.txt': 'not a manifest',
      'dir/.hidden/d.yaml': 'kind: D\n',
      'empty/readme.md': '# nothing',
    },
    'kind: S\n',
  );

  it('reads files, directories (manifests only, in name order) and standard input once', async () => {
    const r = await readInputs(['a.yaml', 'dir', '-', '-'], io);
    expect(r.errors).toEqual([]);
    expect(r.inputs.map((i) => i.file)).toEqual(['a.yaml', 'dir/b.yml', 'dir/sub/c.json', '<stdin>']);
  });

  it('reports what it cannot read, as the one error shape, and reads the rest', async () => {
    const r = await readInputs(['missing.yaml', 'empty', 'a.yaml'], io);
    expect(r.inputs.map((i) => i.file)).toEqual(['a.yaml']);
    expect(r.errors.map((e) => [e.kind, e.file])).toEqual([
      ['unreadable', 'missing.yaml'],
      ['unreadable', 'empty'],
    ]);
    expect(r.errors.map(formatManifestError)).toEqual([
      'missing.yaml: cannot read: no such file or directory\n  hint: Check the path and its permissions.',
      'empty: the directory holds no .yaml, .yml or .json file\n  hint: Check the path and its permissions.',
    ]);
  });
});
