import {describe, expect, it} from 'vitest';
import {isSearchShortcut} from './shortcut';

const key = (k: string, mods: Partial<{ctrlKey: boolean; metaKey: boolean; altKey: boolean}> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  it('takes Ctrl+K and Cmd+K anywhere', () => {
    expect(isSearchShortcut(key('k', {ctrlKey: true}), {tagName: 'TEXTAREA'})).toBe(true);
    expect(isSearchShortcut(key('K', {metaKey: true}), null)).toBe(true);
  });
  it('takes "/" only outside editable fields', () => {
    expect(isSearchShortcut(key('/'), {tagName: 'BODY'})).toBe(true);
    expect(isSearchShortcut(key('/'), {tagName: 'textarea'})).toBe(false);
    expect(isSearchShortcut(key('/'), {tagName: 'DIV', isContentEditable: true})).toBe(false);
  });
  it('ignores other keys and Alt combinations', () => {
    expect(isSearchShortcut(key('k'), null)).toBe(false);
    expect(isSearchShortcut(key('k', {ctrlKey: true, altKey: true}), null)).toBe(false);
  });
});
