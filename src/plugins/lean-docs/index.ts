import docsPlugin, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin, PluginContentLoadedActions, PluginModule, RouteConfig} from '@docusaurus/types';
import {withoutDocDescriptions} from './strip';

type DocsOptions = Parameters<typeof docsPlugin>[1];

/**
 * The classic docs plugin, with one change to what every doc page downloads.
 *
 * The docs plugin passes the version's metadata to the browser as a route prop
 * that every doc page loads on a first visit. Besides the sidebars, it lists
 * every doc with its id, title, sidebar and description; the descriptions are
 * read only by DocCard (category index pages, which this site does not use) and
 * are already in each page's own HTML and metadata. They were two thirds of
 * that chunk and grew with every page added, so this wrapper drops them from
 * the version prop and leaves everything else as the plugin made it.
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
        addRoute: (route: RouteConfig) => args.actions.addRoute(withoutDocDescriptions(route)),
      };
      await contentLoaded({...args, actions});
    },
  };
}

// The docs plugin's own option validation and defaults (Docusaurus reads it off the function).
leanDocsPlugin.validateOptions = validateOptions as NonNullable<PluginModule['validateOptions']>;
