import {describe, expect, it} from 'vitest';
import {describeValue, isPlainObject, own} from './value';

describe('isPlainObject', () => {
  it('accepts mappings only', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject({a: 1})).toBe(true);
    expect(isPlainObject(Object.create(null))).toBe(true);
  });

  it('rejects null, lists, timestamps and scalars', () => {
    for (const value of [null, undefined, [], [1], new Date(0), 'x', 0, true]) {
      expect(isPlainObject(value)).toBe(false);
    }
  });
});

describe('describeValue', () => {
  it('names containers and null the same way for every check', () => {
    expect(describeValue(null)).toBe('null');
    expect(describeValue(undefined)).toBe('missing');
    expect(describeValue([1, 2])).toBe('a list');
    expect(describeValue({a: 1})).toBe('a mapping');
    expect(describeValue(new Date(0))).toBe('a timestamp');
  });

  it('quotes scalars with their type', () => {
    expect(describeValue('yes')).toBe('the string "yes"');
    expect(describeValue(1.5)).toBe('the number 1.5');
    expect(describeValue(Number.NaN)).toBe('the number NaN');
    expect(describeValue(true)).toBe('the boolean true');
    expect(describeValue(10n)).toBe('a bigint');
  });

  it('cuts a long string', () => {
    const text = describeValue('x'.repeat(100));
    expect(text).toBe(`the string "${'x'.repeat(37)}..."`);
  });
});

describe('own', () => {
  it('reads own properties only', () => {
    const obj: Record<string, unknown> = JSON.parse('{"a": 1, "__proto__": {"b": 2}}') as Record<string, unknown>;
    expect(own(obj, 'a')).toBe(1);
    expect(own(obj, '__proto__')).toEqual({b: 2});
    expect(own(obj, 'constructor')).toBeUndefined();
    expect(own(obj, 'toString')).toBeUndefined();
    expect(own(undefined, 'a')).toBeUndefined();
  });
});
