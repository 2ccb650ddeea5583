import {describe, expect, it} from 'vitest';
import {firstLineWhere, formatLocation, linePosition, lineRange, offsetOf} from './textPosition';

describe('linePosition', () => {
  const text = 'ab\ncde\n\nf';

  it('counts lines and columns from 1', () => {
    expect(linePosition(text, 0)).toEqual({line: 1, col: 1});
    expect(linePosition(text, 1)).toEqual({line: 1, col: 2});
    expect(linePosition(text, 3)).toEqual({line: 2, col: 1});
    expect(linePosition(text, 5)).toEqual({line: 2, col: 3});
    expect(linePosition(text, 8)).toEqual({line: 4, col: 1});
  });

  it('puts a newline on the line it ends', () => {
    expect(linePosition(text, 2)).toEqual({line: 1, col: 3});
    expect(linePosition(text, 7)).toEqual({line: 3, col: 1});
  });
});

describe('firstLineWhere', () => {
  it('returns the 1-based line of the first match', () => {
    expect(firstLineWhere("a\n  id: 'x'\nid: 'x'", (l) => l.includes("id: 'x'"))).toBe(2);
  });

  it('passes the 0-based index and returns undefined when nothing matches', () => {
    expect(firstLineWhere('k: 1\nk: 2', (l, i) => i > 0 && l.startsWith('k:'))).toBe(2);
    expect(firstLineWhere('a\nb', (l) => l === 'c')).toBeUndefined();
  });
});

describe('offsetOf', () => {
  const text = 'a: 1\nbb: 2\r\nccc: 3';

  it('finds the start of a line and a column in it', () => {
    expect(offsetOf(text, 1)).toBe(0);
    expect(offsetOf(text, 2)).toBe(5);
    expect(offsetOf(text, 2, 3)).toBe(7);
    expect(offsetOf(text, 3, 2)).toBe(text.indexOf('ccc') + 1);
  });

  it('clamps positions outside the text', () => {
    expect(offsetOf(text, 1, 99)).toBe(4);
    expect(offsetOf(text, 99)).toBe(text.length);
    expect(offsetOf(text, 0, 0)).toBe(0);
    expect(offsetOf('', 3, 3)).toBe(0);
  });
});

describe('lineRange', () => {
  const text = 'a: 1\nbb: 2\r\nccc: 3';

  it('spans a line without its line break', () => {
    expect(lineRange(text, 1)).toEqual({start: 0, end: 4});
    expect(text.slice(lineRange(text, 2).start, lineRange(text, 2).end)).toBe('bb: 2');
    expect(text.slice(lineRange(text, 3).start, lineRange(text, 3).end)).toBe('ccc: 3');
  });

  it('gives an empty range for empty lines and lines past the end', () => {
    expect(lineRange('a\n\nb', 2)).toEqual({start: 2, end: 2});
    expect(lineRange(text, 99)).toEqual({start: text.length, end: text.length});
    expect(lineRange('', 1)).toEqual({start: 0, end: 0});
  });
});

describe('formatLocation', () => {
  it('writes file:line:column, leaving out an unknown column', () => {
    expect(formatLocation({file: 'a.yaml', line: 3, column: 7})).toBe('a.yaml:3:7');
    expect(formatLocation({file: 'a.yaml', line: 3})).toBe('a.yaml:3');
  });
});
