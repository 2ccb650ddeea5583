import {describe, expect, it} from 'vitest';
import {parseCheckPath, sameValue, showValue, valuesAt} from './fieldPath';

const pod = {
  spec: {
    containers: [
      {name: 'a', image: 'x:1', ports: [{containerPort: 80}]},
      {name: 'b', image: 'y:2'},
    ],
  },
};

describe('field paths', () => {
  it('reads keys, indexes and wildcards, naming the concrete path', () => {
    expect(valuesAt(pod, 'spec.containers[*].image')).toEqual([
      {path: 'spec.containers[0].image', value: 'x:1'},
      {path: 'spec.containers[1].image', value: 'y:2'},
    ]);
    expect(valuesAt(pod, 'spec.containers[1].name')).toEqual([{path: 'spec.containers[1].name', value: 'b'}]);
    expect(valuesAt(pod, 'spec.containers[*].ports[*].containerPort').map((m) => m.value)).toEqual([80]);
  });

  it('matches nothing for missing fields, wrong types, out-of-range indexes and prototype keys', () => {
    expect(valuesAt(pod, 'spec.volumes[*].name')).toEqual([]);
    expect(valuesAt(pod, 'spec.containers[5].image')).toEqual([]);
    expect(valuesAt(pod, 'spec.containers.image')).toEqual([]);
    expect(valuesAt(pod, 'spec.__proto__')).toEqual([]);
    expect(valuesAt(pod, 'spec.constructor')).toEqual([]);
    expect(valuesAt(null, 'spec')).toEqual([]);
  });

  it('refuses malformed paths', () => {
    expect(parseCheckPath('')).toBeUndefined();
    expect(parseCheckPath('spec..x')).toBeUndefined();
    expect(parseCheckPath('spec.containers[x]')).toBeUndefined();
    expect(parseCheckPath('spec containers')).toBeUndefined();
    expect(valuesAt(pod, 'spec[')).toEqual([]);
  });

  it('compares values structurally, ignoring key order', () => {
    expect(sameValue({a: 1, b: [1, {c: 2}]}, {b: [1, {c: 2}], a: 1})).toBe(true);
    expect(sameValue({a: 1}, {a: 1, b: undefined})).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue('1', 1)).toBe(false);
  });

  it('shortens long values in messages', () => {
    expect(showValue(undefined)).toBe('(absent)');
    expect(showValue('x'.repeat(500)).length).toBe(120);
  });
});
