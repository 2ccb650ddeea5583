import docsPlugin, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin, PluginContentLoadedActions, PluginModule, RouteConfig} from '@docusaurus/types';
import {withoutVersionDocs} from './strip';

type DocsOptions = Parameters<typeof docsPlugin>[1];

/**
 * The classic docs plugin, with one change to what every doc page downloads.
 *
 * The docs plugin passes the version's metadata to the browser as a route prop
 * that every doc page loads on a first visit: the sidebars, and a map of every
 * doc with its id, title, description and sidebar. The map grew with every
 * page added (13 KB raw at 80 pages) and only DocCard reads it (category index
 * pages, which this site does not use), so this wrapper empties it and leaves
 * everything else as the plugin made it. See ./strip.ts.
 */
export default async function leanDocsPlugin(context: LoadContext, options: unknown): Promise<Plugin<unknown>> {
  // Docusaurus has already run validateOptions (below) on `options`.
  const plugin = (await docsPlugin(context, options as DocsOptions)) as Plugin<unknown>;
  const contentLoaded = plugin.contentLoaded?.bind(plugin);
  return {
    ...plugin,
    async contentLoaded(args) {
      if (!contentLoaded) return;
      const actions: PluginContentLoadedActions = {
        ...args.actions,
        addRoute: (route: RouteConfig) => args.actions.addRoute(withoutVersionDocs(route)),
      };
      await contentLoaded({...args, actions});
    },
  };
}

// The docs plugin's own option validation and defaults (Docusaurus reads it off the function).
leanDocsPlugin.validateOptions = validateOptions as NonNullable<PluginModule['validateOptions']>;
