import {Prism} from 'prism-react-renderer';

/**
 * Prism's language files register themselves on `globalThis.Prism`. This module
 * is imported just before them (ES modules run in import order) so they extend
 * prism-react-renderer's instance; ./prism.ts removes the global afterwards, as
 * Docusaurus's own prism-include-languages does.
 */
(globalThis as {Prism?: unknown}).Prism = Prism;
