import {describe, expect, it} from 'vitest';
import {EVERY_ITEM, formatFieldPath, parseFieldPath, parsePathPattern} from './fieldPath';

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
