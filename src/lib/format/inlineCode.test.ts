import {describe, expect, it} from 'vitest';
import {splitInlineCode} from './inlineCode';

describe('splitInlineCode', () => {
  it('turns each backtick pair into a code run and keeps the text around it', () => {
    expect(splitInlineCode('Set `failurePolicy: Fail` on `the webhook`.')).toEqual([
      {text: 'Set ', code: false},
      {text: 'failurePolicy: Fail', code: true},
      {text: ' on ', code: false},
      {text: 'the webhook', code: true},
      {text: '.', code: false},
    ]);
  });

  it('leaves text without backticks, and a lone backtick, as they are', () => {
    expect(splitInlineCode('plain')).toEqual([{text: 'plain', code: false}]);
    expect(splitInlineCode('a ` b')).toEqual([{text: 'a ` b', code: false}]);
    expect(splitInlineCode('`x` and `y')).toEqual([
      {text: 'x', code: true},
      {text: ' and `y', code: false},
    ]);
    expect(splitInlineCode('')).toEqual([]);
  });

  it('reads an empty pair as text, and interprets nothing else (no HTML)', () => {
    expect(splitInlineCode('a `` b')).toEqual([
      {text: 'a ', code: false},
      {text: '``', code: false},
      {text: ' b', code: false},
    ]);
    expect(splitInlineCode('`<img src=x onerror=alert(1)>`')).toEqual([
      {text: '<img src=x onerror=alert(1)>', code: true},
    ]);
  });

  it('stays linear on hostile input (100,000 backticks)', () => {
    expect(splitInlineCode('`'.repeat(100_001)).length).toBeGreaterThan(0);
  });
});
