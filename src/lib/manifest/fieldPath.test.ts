import {describe, expect, it} from 'vitest';
import {EVERY_ITEM, formatFieldPath, parseFieldPath, parsePathPattern, valuesAtPath} from './fieldPath';

describe('field paths', () => {
  const annotation = 'metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]';

  it('parses keys, indexes and quoted keys', () => {
    expect(parseFieldPath('spec.containers[0].securityContext.privileged')).toEqual([
      'spec',
      'containers',
      0,
      'securityContext',
      'privileged',
    ]);
    expect(parseFieldPath(annotation)).toEqual([
      'metadata',
      'annotations',
      'container.apparmor.security.beta.kubernetes.io/app',
    ]);
    expect(parseFieldPath('[2].kind')).toEqual([2, 'kind']);
    expect(parseFieldPath('')).toEqual([]);
  });

  it('refuses malformed paths, and [*] outside a pattern', () => {
    for (const path of ['spec..x', 'spec.', '.spec', 'spec[x]', 'spec[', 'spec containers', 'spec.containers[*]']) {
      expect(parseFieldPath(path), path).toBeUndefined();
    }
  });

  it('reads [*] in a pattern', () => {
    expect(parsePathPattern('spec.containers[*].image')).toEqual(['spec', 'containers', EVERY_ITEM, 'image']);
    expect(parsePathPattern('spec.containers[x]')).toBeUndefined();
  });

  it('formats what it parses', () => {
    expect(formatFieldPath(['spec', 'volumes', 0, 'hostPath'])).toBe('spec.volumes[0].hostPath');
    expect(formatFieldPath(parseFieldPath(annotation) ?? [])).toBe(annotation);
    expect(formatFieldPath(['metadata', 'labels', 'a b'])).toBe('metadata.labels["a b"]');
    expect(formatFieldPath(['spec', 'containers', EVERY_ITEM, 'image'])).toBe('spec.containers[*].image');
    expect(formatFieldPath([])).toBe('');
  });
});

describe('valuesAtPath', () => {
  const pod = {spec: {containers: [{name: 'a'}, {name: 'b'}]}};

  it('follows keys and indexes, fanning out at [*]', () => {
    expect(valuesAtPath(pod, ['spec', 'containers', 1, 'name'])).toEqual([
      {at: ['spec', 'containers', 1, 'name'], value: 'b'},
    ]);
    expect(valuesAtPath(pod, ['spec', 'containers', EVERY_ITEM, 'name']).map((m) => m.value)).toEqual(['a', 'b']);
    expect(valuesAtPath(pod, [])).toEqual([{at: [], value: pod}]);
  });

  it('matches nothing where a step does not fit, and never reads the prototype', () => {
    expect(valuesAtPath(pod, ['spec', 'containers', 2])).toEqual([]);
    expect(valuesAtPath(pod, ['spec', 'containers', 'name'])).toEqual([]);
    expect(valuesAtPath(pod, ['spec', 'constructor'])).toEqual([]);
  });
});
