import {describe, expect, it} from 'vitest';
import {plural} from './plural';

describe('plural', () => {
  it('picks the noun form by count', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(0, 'error')).toBe('0 errors');
    expect(plural(2, 'policy', 'policies')).toBe('2 policies');
  });
});
