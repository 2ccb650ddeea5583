import {describe, expect, it} from 'vitest';
import {uniqueIssues} from './issues';

describe('uniqueIssues', () => {
  it('drops repeats of the same path and message, keeping the first order', () => {
    const a = {path: ['spec', 0], message: 'is required'};
    const b = {path: ['spec', 0], message: 'must be a list'};
    const c = {path: ['spec', 1], message: 'is required'};
    expect(uniqueIssues([a, b, {...a}, c, {...b}])).toEqual([a, b, c]);
  });
});
