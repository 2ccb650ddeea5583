import type {Highlight} from './prism';

/**
 * How a code block gets Prism. In the browser Prism is a lazy chunk: pages
 * hydrate with the highlighted HTML the server wrote and never need it, and a
 * block rendered after a client-side navigation shows plain text until the
 * chunk arrives (src/plugins/lazy-prism starts loading it when navigation starts).
 * The server bundle swaps this file for prismRuntime.server.ts, where Prism is
 * always there.
 */
let loaded: Highlight | undefined;
let pending: Promise<Highlight> | undefined;

export function highlighterIfLoaded(): Highlight | undefined {
  return loaded;
}

export function loadHighlighter(): Promise<Highlight> {
  pending ??= import(/* webpackChunkName: "prism" */ './prism').then((m) => {
    loaded = m.highlight;
    return m.highlight;
  });
  return pending;
}
