import './prismGlobal';
import Prism from 'prismjs/components/prism-core';
import './prismExpose';
// The languages the site's code blocks use (the content checks reject others).
// Language files register themselves on the global Prism the core just set.
import 'prismjs/components/prism-yaml';
import 'prismjs/components/prism-json';
import 'prismjs/components/prism-bash';
import {highlightToHtml, type CodeHtmlOptions, type PrismLike} from './highlight';

// Keep the instance, drop the global the core and language files needed.
delete (globalThis as {Prism?: unknown}).Prism;

/** Prism core with yaml, json and bash. In the browser this module is a lazy chunk. */
export type Highlight = (code: string, language: string, options: CodeHtmlOptions) => string;

const prism = Prism as unknown as PrismLike;

export const highlight: Highlight = (code, language, options) => highlightToHtml(prism, code, language, options);

export const languages: readonly string[] = Object.keys(Prism.languages).filter(
  (name) => typeof Prism.languages[name] === 'object',
);
