import {describe, expect, it} from 'vitest';
import {compareGo, goQuote, joinQuote, pluralize, sortedSet} from './goFormat';

describe('Go formatting helpers', () => {
  it('joinQuote and pluralize', () => {
    expect(joinQuote([])).toBe('');
    expect(joinQuote(['a'])).toBe('"a"');
    expect(joinQuote(['a', 'b"c'])).toBe('"a", "b"c"');
    expect(pluralize('x', 'xs', 1)).toBe('x');
    expect(pluralize('x', 'xs', 0)).toBe('xs');
  });

  it('sorts like Go (UTF-8 byte order), not like JavaScript (UTF-16)', () => {
    expect(sortedSet(['b', 'B', '_', 'a', 'b'])).toEqual(['B', '_', 'a', 'b']);
    // U+FF5E sorts before U+1F600 in UTF-8 but after it in UTF-16
    expect(['😀', '～'].sort()).toEqual(['😀', '～']);
    expect(sortedSet(['😀', '～'])).toEqual(['～', '😀']);
    expect(compareGo('seLinuxOptions', 'seccompProfile_baseline')).toBeLessThan(0);
    expect(compareGo('ab', 'a')).toBeGreaterThan(0);
  });

  it('quotes like strconv.Quote', () => {
    expect(goQuote('unconfined')).toBe('"unconfined"');
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('\n\t\u0007\u0000\u007f')).toBe('"\\n\\t\\a\\x00\\x7f"');
    expect(goQuote('é日😀 ')).toBe('"é日😀 "');
    expect(goQuote('\u0085\u2028\u{e0001}')).toBe('"\\u0085\\u2028\\U000e0001"');
    expect(goQuote('\ud800')).toBe('"\ufffd"');
  });
});
