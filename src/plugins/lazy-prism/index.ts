import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

/**
 * Keeps Prism (about a fifth of the stock main bundle) out of the JavaScript
 * every page loads:
 *
 * - theme-classic's `prism-include-languages` client module imports Prism into
 *   the main bundle on every page; it is replaced by an empty module, and
 *   src/lib/code/prism.ts registers the extra languages instead;
 * - the browser gets Prism from src/lib/code/prismRuntime.ts, a lazy chunk that
 *   code blocks need only after a client-side navigation (hydration keeps the
 *   server's highlighted HTML, see src/theme/CodeBlock/Content);
 * - the server bundle gets prismRuntime.server.ts, with Prism loaded up front;
 * - ./preloadOnNavigation starts fetching the chunk when a navigation starts.
 */
export default function lazyPrismPlugin(): Plugin {
  return {
    name: 'lazy-prism',
    getClientModules() {
      return [path.join(__dirname, 'preloadOnNavigation')];
    },
    configureWebpack(_config, isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance;
      const replacements = [
        new NormalModuleReplacementPlugin(
          /theme-classic[\\/]lib[\\/]prism-include-languages(\.js)?$/,
          path.join(__dirname, 'noPrismIncludeLanguages.ts'),
        ),
      ];
      if (isServer)
        replacements.push(
          new NormalModuleReplacementPlugin(
            /[\\/]lib[\\/]code[\\/]prismRuntime(\.ts)?$/,
            path.resolve(__dirname, '../../lib/code/prismRuntime.server.ts'),
          ),
        );
      return {plugins: replacements};
    },
  };
}
