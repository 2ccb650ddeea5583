import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildCurriculumMap, type PageCoverage} from '../../lib/content/curriculumMap';

interface LoadedDoc {
  readonly title: string;
  readonly permalink: string;
  readonly frontMatter: {readonly curriculum?: unknown};
}

interface DocsContent {
  readonly loadedVersions: ReadonlyArray<{readonly docs: readonly LoadedDoc[]}>;
}

/**
 * Adds /curriculum: the KCSA and CKS competencies with the pages that cover
 * each, built from the docs' `curriculum` front matter once every plugin has
 * loaded its content. The map is route data, so it loads on that page only.
 */
export default function curriculumMapPlugin(context: LoadContext): Plugin {
  return {
    name: 'curriculum-map',
    async allContentLoaded({allContent, actions}) {
      const docs = (allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined)?.loadedVersions[0]
        ?.docs;
      if (!docs || docs.length === 0) throw new Error('curriculum-map: the docs plugin loaded no pages');
      const pages: PageCoverage[] = docs.map((doc) => ({
        title: doc.title,
        permalink: doc.permalink,
        curriculum: Array.isArray(doc.frontMatter.curriculum) ? doc.frontMatter.curriculum.map(String) : [],
      }));
      const data = await actions.createData('curriculum-map.json', JSON.stringify(buildCurriculumMap(pages)));
      actions.addRoute({
        path: `${context.baseUrl}curriculum`,
        component: '@site/src/components/CurriculumMap/index.tsx',
        // As Docusaurus's own plugins do (aliasedSitePath): an @site path, so
        // the bundle neither embeds nor depends on where the site was built.
        modules: {exams: `@site/${path.relative(context.siteDir, data).split(path.sep).join('/')}`},
        exact: true,
      });
    },
  };
}
