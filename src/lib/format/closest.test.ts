import {describe, expect, it} from 'vitest';
import {closestMatch, editDistance} from './closest';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('image', 'images')).toBe(1);
    expect(editDistance('abc', '')).toBe(3);
  });
});

describe('closestMatch', () => {
  it('finds the nearest candidate within the limit, case-insensitively', () => {
    expect(closestMatch('contianers', ['containers', 'initContainers'], 2)).toBe('containers');
    expect(closestMatch('HOSTPID', ['hostPID', 'hostIPC'], 2)).toBe('hostPID');
  });

  it('returns undefined when nothing is close enough', () => {
    expect(closestMatch('seccomp', ['rbac', 'etcd'], 2)).toBeUndefined();
    expect(closestMatch('x', [], 2)).toBeUndefined();
  });
});
