/**
 * Prism's core reads `globalThis.Prism.manual` as it loads; without it, in the
 * browser it would highlight every `language-*` element on the page by itself,
 * rewriting markup that hydration expects to find untouched. This module is
 * imported just before the core (ES modules run in import order).
 */
const scope = globalThis as {Prism?: unknown};
scope.Prism ??= {manual: true, disableWorkerMessageHandler: true};
