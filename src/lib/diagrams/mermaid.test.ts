import {describe, expect, it} from 'vitest';
import {describeDiagram, diagramFileName, extractMermaidBlocks, keyMaterial, RENDER_VERSION, svgSize} from './mermaid';

describe('extractMermaidBlocks', () => {
  it('finds fenced mermaid blocks with their line, and nothing else', () => {
    const page = [
      '# Title',
      '',
      '```mermaid',
      'flowchart LR',
      '  A --> B',
      '```',
      '',
      '```yaml',
      'a: 1',
      '```',
      '',
      '  ```mermaid',
      '  sequenceDiagram',
      '  ```',
    ].join('\n');
    expect(extractMermaidBlocks(page)).toEqual([
      {code: 'flowchart LR\n  A --> B', line: 3},
      {code: 'sequenceDiagram', line: 12},
    ]);
  });
  it('ends a diagram at its own fence, not at a later block whose fence follows a blank line', () => {
    const page = [
      'Text',
      '',
      '```mermaid',
      'flowchart LR',
      '  A --> B',
      '```',
      '',
      '```bash',
      'echo hi',
      '',
      '```',
    ].join('\n');
    expect(extractMermaidBlocks(page)).toEqual([{code: 'flowchart LR\n  A --> B', line: 3}]);
  });
  it('returns nothing for a page without diagrams', () => {
    expect(extractMermaidBlocks('```js\nx\n```')).toEqual([]);
  });
});

describe('describeDiagram', () => {
  it('uses accTitle and accDescr when present', () => {
    expect(describeDiagram('flowchart LR\naccTitle: Request flow\naccDescr: Authn then authz\nA-->B')).toBe(
      'Request flow. Authn then authz',
    );
  });
  it('lists flowchart node labels in order, without markup or duplicates', () => {
    const code = 'flowchart LR\n  c[Client] -->|TLS| a["kube-apiserver<br/>:6443"]\n  a --> e[(etcd)]\n  a --> c';
    expect(describeDiagram(code)).toBe('Flowchart: Client, kube-apiserver :6443, etcd');
    expect(describeDiagram('flowchart LR\n  b["Schema (zod)"] --> c[/Build/]')).toBe('Flowchart: Schema (zod), Build');
  });
  it('lists sequence diagram participants', () => {
    const code = 'sequenceDiagram\n  participant U as User\n  participant A as API server\n  U->>A: request';
    expect(describeDiagram(code)).toBe('Sequence diagram: User, API server');
  });
});

describe('file naming', () => {
  it('keys on the render version and the trimmed source', () => {
    expect(keyMaterial('  A  ')).toBe(`${RENDER_VERSION}\nA`);
    expect(diagramFileName('abc', 'dark')).toBe('abc-dark.svg');
  });
  it('reads the size from the viewBox', () => {
    expect(svgSize('<svg viewBox="0 0 640.5 200" >')).toEqual({width: 641, height: 200});
    expect(svgSize('<svg>')).toBeUndefined();
  });
});
