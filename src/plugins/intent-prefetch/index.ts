import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * Docusaurus prefetches, with a `<link rel=prefetch>` per chunk, the pages of
 * every internal link that scrolls into view. On an article with the sidebar,
 * table of contents and footer that is about 180 link elements and most of the
 * site's page chunks, fetched on the reader's data plan during the first
 * seconds of the visit, and 20 ms of main-thread work per 100 ms on a phone.
 *
 * This swaps the core's prefetch helper for one that does nothing. Pages still
 * load ahead of the click: `Link` preloads a page's chunks on pointer hover and
 * touch start, which is left alone.
 */
export default function intentPrefetchPlugin(): Plugin {
  return {
    name: 'intent-prefetch',
    configureWebpack(_config, isServer, {currentBundler}) {
      if (isServer) return {};
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      return {
        plugins: [
          new NormalModuleReplacementPlugin(
            /@docusaurus[\\/]core[\\/]lib[\\/]client[\\/]prefetch\.js$/,
            path.join(__dirname, 'noViewportPrefetch.ts'),
          ),
        ],
      };
    },
  };
}
