import type {Token} from 'prism-react-renderer';
import {normalizeTokens, type PrismStream} from './normalizeTokens';

/**
 * Code blocks as one HTML string instead of a React element per token.
 *
 * A long article's code blocks are most of its DOM (1,400 of 2,300 elements on
 * the threat-model page), and hydrating an element per token was most of the
 * page's blocking time on a phone. The HTML here is the markup Docusaurus's own
 * `CodeBlock/Line` renders, so its CSS, line highlighting and line numbers work
 * unchanged; the browser hydrates it as a single node.
 *
 * This module imports no Prism: Prism itself lives in ./prism.ts, which the
 * browser loads lazily (see src/plugins/lazy-prism).
 */

/** The part of Prism this module needs (prismjs's core fits). */
export interface PrismLike {
  languages: Record<string, unknown>;
  tokenize(text: string, grammar: never): (string | object)[];
  hooks: {run(name: string, env: Record<string, unknown>): void};
}

export interface LineClasses {
  /** Added to every line when lines are numbered (a table row). */
  readonly codeLine: string;
  readonly codeLineNumber: string;
  readonly codeLineContent: string;
}

export interface CodeHtmlOptions {
  /** Extra classes per zero-based line, e.g. Docusaurus's highlighted-line class. */
  readonly lineClassNames?: Readonly<Record<number, readonly string[] | undefined>>;
  readonly numbered?: boolean;
  readonly classes: LineClasses;
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Tokens per line, as prism-react-renderer's `useTokenize` makes them (unknown languages stay plain). */
export function tokenizeLines(prism: PrismLike, code: string, language: string): Token[][] {
  const grammar = prism.languages[language];
  if (!grammar) return plainLines(code);
  const env: Record<string, unknown> = {code, grammar, language, tokens: []};
  prism.hooks.run('before-tokenize', env);
  env.tokens = prism.tokenize(String(env.code), env.grammar as never);
  prism.hooks.run('after-tokenize', env);
  return normalizeTokens(env.tokens as PrismStream);
}

/** The code as unhighlighted lines, for the moment before Prism has loaded. */
export function plainLines(code: string): Token[][] {
  return normalizeTokens([code]);
}

function classAttr(names: readonly (string | false | undefined)[]): string {
  return escapeHtml(names.filter((n): n is string => typeof n === 'string' && n.length > 0).join(' '));
}

function tokenHtml(token: Token): string {
  // Plain text takes the block's own colour, so it needs no element: fewer
  // nodes for the browser to parse, style and hydrate (a third of all tokens).
  if (token.types.length === 1 && token.types[0] === 'plain') return escapeHtml(token.content);
  return `<span class="${classAttr(['token', ...token.types])}">${escapeHtml(token.content)}</span>`;
}

/** One `<div class="token-line">` per line, each ending in `<br>` as upstream does. */
export function linesToHtml(lines: readonly Token[][], options: CodeHtmlOptions): string {
  const {classes, numbered = false, lineClassNames = {}} = options;
  return lines
    .map((raw, index) => {
      // A line holding only "\n" would render two breaks (see Docusaurus PR #11565).
      const line = raw.length === 1 && raw[0]?.content === '\n' ? [{...raw[0], content: ''}] : raw;
      const tokens = line.map(tokenHtml).join('');
      const cls = classAttr(['token-line', ...(lineClassNames[index] ?? []), numbered && classes.codeLine]);
      const body = numbered
        ? `<span class="${escapeHtml(classes.codeLineNumber)}"></span><span class="${escapeHtml(classes.codeLineContent)}">${tokens}</span>`
        : tokens;
      return `<div class="${cls}">${body}<br></div>`;
    })
    .join('');
}

/** Highlights code with a loaded Prism; ./prism.ts binds the first argument. */
export function highlightToHtml(prism: PrismLike, code: string, language: string, options: CodeHtmlOptions): string {
  return linesToHtml(tokenizeLines(prism, code, language), options);
}
