import {describe, expect, it} from 'vitest';
import {contrastRatio} from './contrast';
import {darkCodeTheme, lightCodeTheme} from './prismThemes';

describe.each([
  ['light', lightCodeTheme],
  ['dark', darkCodeTheme],
])('%s code theme', (_name, theme) => {
  const background = theme.plain.backgroundColor ?? '';
  const tokens = [
    {types: ['plain'], color: theme.plain.color ?? ''},
    ...theme.styles.map((s) => ({types: s.types, color: s.style.color ?? ''})),
  ];

  it('has a background and at least ten token styles', () => {
    expect(background).toMatch(/^#/);
    expect(tokens.length).toBeGreaterThanOrEqual(10);
  });

  it.each(tokens)('$types meets WCAG AA (4.5:1) against the block background', ({color}) => {
    expect(contrastRatio(color, background)).toBeGreaterThanOrEqual(4.5);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for equal colours', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('rgb(10, 20, 30)', '#0a141e')).toBeCloseTo(1, 5);
  });
  it('rejects colours it cannot read', () => {
    expect(() => contrastRatio('teal', '#ffffff')).toThrow(/#rrggbb/);
  });
});
