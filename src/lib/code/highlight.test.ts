import {describe, expect, it} from 'vitest';
import Prism from 'prismjs/components/prism-core';
import {escapeHtml, highlightToHtml, linesToHtml, plainLines, tokenizeLines, type PrismLike} from './highlight';
import {highlight, languages} from './prism';

const prism = Prism as unknown as PrismLike;
const classes = {codeLine: 'cl', codeLineNumber: 'num', codeLineContent: 'content'};

function textOf(html: string): string {
  return html
    .replace(/<br>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('highlightToHtml', () => {
  const yaml = 'apiVersion: v1\nkind: Pod\n\nmetadata:\n  name: web # comment\n';

  it('tokenizes YAML into Prism token classes, one line element per line', () => {
    const html = highlightToHtml(prism, yaml.trimEnd(), 'yaml', {classes});
    expect(html.match(/<div class="token-line">/g)).toHaveLength(5);
    expect(html).toContain('<span class="token key atrule">apiVersion</span>');
    expect(html).toContain('<span class="token comment"># comment</span>');
  });

  it('keeps the text exactly, so copy and reading order match the source', () => {
    const html = highlightToHtml(prism, yaml.trimEnd(), 'yaml', {classes});
    expect(textOf(html)).toBe(`${yaml.trimEnd()}\n`);
  });

  it('escapes hostile content instead of emitting markup', () => {
    const code = 'x: "</code><script>alert(1)</script>"\ny: <img src=x onerror=alert(1)>';
    const html = highlightToHtml(prism, code, 'yaml', {classes});
    expect(html).not.toMatch(/<script|<img|<\/code>/);
    expect(textOf(html)).toBe(`${code}\n`);
  });

  it('falls back to plain text for a language Prism does not know', () => {
    const html = highlightToHtml(prism, 'a < b', 'no-such-language', {classes});
    expect(html).toBe('<div class="token-line">a &lt; b<br></div>');
  });

  it('adds line classes and the numbered-line markup', () => {
    const html = highlightToHtml(prism, 'a: 1\nb: 2', 'yaml', {
      classes,
      numbered: true,
      lineClassNames: {1: ['theme-code-block-highlighted-line']},
    });
    const lines = html.split('<br></div>');
    expect(lines[0]).toMatch(/^<div class="token-line cl"><span class="num"><\/span><span class="content">/);
    expect(lines[1]).toMatch(/^<div class="token-line theme-code-block-highlighted-line cl">/);
  });

  it('renders an empty line as one empty token, not two breaks', () => {
    const lines = tokenizeLines(prism, 'a\n\nb', 'text');
    expect(lines).toHaveLength(3);
    const html = linesToHtml(lines, {classes});
    expect(html).toBe(
      '<div class="token-line">a<br></div><div class="token-line"><br></div><div class="token-line">b<br></div>',
    );
  });

  it('handles a large input in linear time (10,000 lines)', () => {
    const big = Array.from({length: 10_000}, (_, i) => `key${i}: value${i}`).join('\n');
    const html = highlightToHtml(prism, big, 'yaml', {classes});
    expect(html.match(/<div class="token-line">/g)).toHaveLength(10_000);
  });
});

describe('plainLines', () => {
  it('gives the same lines and text as the highlighted form, without token types', () => {
    const code = 'a: 1\n\n  b: <x>';
    const plain = linesToHtml(plainLines(code), {classes});
    expect(textOf(plain)).toBe(textOf(highlight(code, 'yaml', {classes})));
    expect(plain.match(/<div class="token-line">/g)).toHaveLength(3);
    expect(plain).not.toContain('atrule');
  });
});

describe('prism (the lazy chunk)', () => {
  it('registers yaml, json and bash (the languages the pages use)', () => {
    for (const language of ['bash', 'yaml', 'json']) expect(languages).toContain(language);
    expect(highlight('ls -la', 'bash', {classes})).toContain('<span class="token parameter variable">-la</span>');
  });
  it('does not leave Prism on globalThis', () => {
    expect((globalThis as {Prism?: unknown}).Prism).toBeUndefined();
  });
});
