import {describe, expect, it} from 'vitest';
import {expandLists} from './expand';
import {locateField} from './locate';
import {parseManifests} from './parse';

describe('locateField', () => {
  const text = [
    'apiVersion: v1', // 1
    'kind: Pod', // 2
    '---', // 3
    'apiVersion: v1', // 4
    'kind: List', // 5
    'items:', // 6
    '- kind: Role', // 7
    '  metadata: {name: a}', // 8
    '- kind: RoleBinding', // 9
    '  metadata:', // 10
    '    name: b', // 11
    '  roleRef:', // 12
    '    kind: Role', // 13
    '',
  ].join('\n');

  it('finds fields of documents and of List items, with lines counted in the whole input', () => {
    const parsed = parseManifests(text, {file: 'x.yaml'});
    const [pod, list] = parsed.documents;
    expect(pod && locateField(pod, ['kind'])).toEqual({line: 2, column: 7});
    expect(list && locateField(list, [])).toEqual({line: 4, column: 1});
    const {objects} = expandLists(parsed.documents);
    const binding = objects[2];
    expect(binding?.listKind).toBe('List');
    expect(binding && locateField(binding, [])).toEqual({line: 9, column: 3});
    expect(binding && locateField(binding, ['roleRef', 'kind'])).toEqual({line: 13, column: 11});
    expect(binding && locateField(binding, ['metadata', 'name'])).toEqual({line: 11, column: 11});
    // a missing field points at its nearest ancestor
    expect(binding && locateField(binding, ['roleRef', 'name'])).toEqual({line: 13, column: 5});
    expect(objects[1] && locateField(objects[1], ['metadata', 'name'])).toEqual({line: 8, column: 20});
  });

  it('works for streams read as a whole (directives) and falls back to the line for copies', () => {
    const parsed = parseManifests('%YAML 1.1\n---\na: 1\n---\nb:\n  c: 2\n');
    const second = parsed.documents[1];
    expect(second && locateField(second, ['b', 'c'])).toEqual({line: 6, column: 6});
    expect(second && locateField({...second}, ['b', 'c'])).toEqual({line: second?.line, column: 1});
  });
});
