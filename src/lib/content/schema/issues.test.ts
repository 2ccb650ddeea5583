import {describe, expect, it} from 'vitest';
import {uniqueIssues, unknownFieldMessage} from './issues';

describe('uniqueIssues', () => {
  it('drops repeats of the same path and message, keeping the first order', () => {
    const a = {path: ['spec', 0], message: 'is required'};
    const b = {path: ['spec', 0], message: 'must be a list'};
    const c = {path: ['spec', 1], message: 'is required'};
    expect(uniqueIssues([a, b, {...a}, c, {...b}])).toEqual([a, b, c]);
  });
});

describe('unknownFieldMessage', () => {
  it('suggests a close known field, otherwise says what to do', () => {
    expect(unknownFieldMessage('imgae', ['image', 'name'], 'fix it')).toBe(
      'unknown field "imgae" (did you mean "image"?)',
    );
    expect(unknownFieldMessage('colour', ['image', 'name'], 'fix it')).toBe('unknown field "colour": fix it');
  });
});
