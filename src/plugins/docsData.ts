import path from 'node:path';
import type {AllContent, LoadContext, PluginContentLoadedActions} from '@docusaurus/types';

/** A doc as the docs plugin loaded it: what the generated pages need of it. */
export interface LoadedDoc {
  /** "fundamentals/authorization/rbac" */
  readonly id: string;
  readonly title: string;
  readonly permalink: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
}

interface DocsContent {
  readonly loadedVersions: ReadonlyArray<{readonly docs: readonly LoadedDoc[]}>;
}

/**
 * The docs of the default docs plugin instance, for plugins that build a page
 * from every doc's front matter in allContentLoaded (curriculum-map,
 * threat-matrix). Throws, naming the plugin, when no doc was loaded, so a
 * broken docs setup cannot produce an empty map.
 */
export function loadedDocs(allContent: AllContent, plugin: string): readonly LoadedDoc[] {
  const docs = (allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined)?.loadedVersions[0]
    ?.docs;
  if (!docs || docs.length === 0) throw new Error(`${plugin}: the docs plugin loaded no pages`);
  return docs;
}

/**
 * Writes `data` as a JSON module and adds a page at `route` whose component
 * receives it as the prop `prop`. Route data loads on that page only.
 */
export async function addDataRoute(
  context: LoadContext,
  actions: PluginContentLoadedActions,
  page: {readonly route: string; readonly file: string; readonly component: string; readonly prop: string},
  data: unknown,
): Promise<void> {
  const file = await actions.createData(page.file, JSON.stringify(data));
  actions.addRoute({
    path: `${context.baseUrl}${page.route}`,
    component: page.component,
    // As Docusaurus's own plugins do (aliasedSitePath): an @site path, so
    // the bundle neither embeds nor depends on where the site was built.
    modules: {[page.prop]: `@site/${path.relative(context.siteDir, file).split(path.sep).join('/')}`},
    exact: true,
  });
}
