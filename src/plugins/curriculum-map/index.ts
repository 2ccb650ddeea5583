import type {LoadContext, Plugin} from '@docusaurus/types';
import {addDataRoute, loadedDocs} from '../docsData';
import {frontMatterList} from '../../lib/content/frontmatter';
import {buildCurriculumMap, type PageCoverage} from '../../lib/content/curriculumMap';

/**
 * Adds /curriculum: the KCSA and CKS competencies with the pages that cover
 * each, built from the docs' `curriculum` front matter once every plugin has
 * loaded its content. The map is route data, so it loads on that page only.
 */
export default function curriculumMapPlugin(context: LoadContext): Plugin {
  return {
    name: 'curriculum-map',
    async allContentLoaded({allContent, actions}) {
      const pages: PageCoverage[] = loadedDocs(allContent, 'curriculum-map').map((doc) => ({
        title: doc.title,
        permalink: doc.permalink,
        curriculum: frontMatterList(doc.frontMatter['curriculum']) ?? [],
      }));
      await addDataRoute(
        context,
        actions,
        {
          route: 'curriculum',
          file: 'curriculum-map.json',
          component: '@site/src/components/CurriculumMap/index.tsx',
          prop: 'exams',
        },
        buildCurriculumMap(pages),
      );
    },
  };
}
