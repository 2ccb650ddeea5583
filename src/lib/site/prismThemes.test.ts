import {describe, expect, it} from 'vitest';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {contrastRatio} from './contrast';
import {classOnlyCodeTheme, darkCodeTheme, lightCodeTheme, prismThemeCss} from './prismThemes';

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

describe('prismThemeCss', () => {
  const css = prismThemeCss(lightCodeTheme, darkCodeTheme);
  it('sets both block colours per mode and every token colour', () => {
    expect(css).toContain(':root {--prism-color: #1f2328; --prism-background-color: #f6f8fa;}');
    expect(css).toContain("[data-theme='dark'] {--prism-color: #e6edf3; --prism-background-color: #161b22;}");
    for (const theme of [lightCodeTheme, darkCodeTheme])
      for (const {style} of theme.styles) expect(css).toContain(`color: ${style.color ?? 'missing'};`);
    expect(css).toContain("[data-theme='dark'] .prism-code .token.comment, ");
    expect(css).toContain('font-style: italic;');
  });
  it('is what src/css/prism-theme.css holds (the stylesheet the site loads)', () => {
    const file = path.join(__dirname, '../../css/prism-theme.css');
    if (process.env.UPDATE_PRISM_CSS === '1') writeFileSync(file, css);
    expect(
      readFileSync(file, 'utf8'),
      'src/css/prism-theme.css is stale: run UPDATE_PRISM_CSS=1 npx vitest run src/lib/site/prismThemes.test.ts',
    ).toBe(css);
  });
  it('gives Docusaurus a theme with no colours, so no code block needs a remount', () => {
    expect(classOnlyCodeTheme.styles).toHaveLength(0);
    expect(Object.keys(classOnlyCodeTheme.plain)).toHaveLength(0);
  });
});
