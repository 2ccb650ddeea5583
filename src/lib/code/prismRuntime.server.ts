import {highlight, type Highlight} from './prism';

/** Server-render version of ./prismRuntime.ts: Prism is bundled and ready. */
export function highlighterIfLoaded(): Highlight | undefined {
  return highlight;
}

export function loadHighlighter(): Promise<Highlight> {
  return Promise.resolve(highlight);
}
