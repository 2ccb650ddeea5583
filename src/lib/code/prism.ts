import './prismGlobal';
// Languages beyond prism-react-renderer's defaults (which include yaml, json, go).
import 'prismjs/components/prism-bash';
import {normalizeTokens, Prism} from 'prism-react-renderer';
import {highlightToHtml, type CodeHtmlOptions, type PrismLike} from './highlight';

delete (globalThis as {Prism?: unknown}).Prism;

/** Prism with the site's languages. In the browser this module is a lazy chunk. */
export type Highlight = (code: string, language: string, options: CodeHtmlOptions) => string;

export const highlight: Highlight = (code, language, options) =>
  highlightToHtml(Prism as unknown as PrismLike, normalizeTokens, code, language, options);

export const languages: readonly string[] = Object.keys(Prism.languages);
