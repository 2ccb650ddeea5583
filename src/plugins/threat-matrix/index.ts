import type {LoadContext, Plugin} from '@docusaurus/types';
import {addDataRoute, loadedDocs} from '../docsData';
import {frontMatterList} from '../../lib/content/frontmatter';
import {buildAttackContainersMatrix, buildMicrosoftMatrix, type MatrixPage} from '../../lib/content/threatMatrix';

/**
 * Adds /threat-matrix (the Microsoft Threat Matrix for Kubernetes) and
 * /threat-matrix/mitre-attack (MITRE ATT&CK Containers), each cell linking the
 * attack-vector articles whose front matter names the technique. Built once
 * every plugin has loaded its content, as src/plugins/curriculum-map does, so
 * a new article appears on the matrix by itself. The data is route data: it
 * loads on those two pages only.
 */
export default function threatMatrixPlugin(context: LoadContext): Plugin {
  return {
    name: 'threat-matrix',
    async allContentLoaded({allContent, actions}) {
      const pages: MatrixPage[] = loadedDocs(allContent, 'threat-matrix').map((doc) => ({
        title: doc.title,
        permalink: doc.permalink,
        mitre_attack: frontMatterList(doc.frontMatter['mitre_attack']),
        microsoft_matrix: frontMatterList(doc.frontMatter['microsoft_matrix']),
      }));
      const views = [
        {
          route: 'threat-matrix',
          file: 'threat-matrix-microsoft.json',
          kind: 'microsoft',
          view: buildMicrosoftMatrix(pages),
        },
        {
          route: 'threat-matrix/mitre-attack',
          file: 'threat-matrix-attack.json',
          kind: 'attack',
          view: buildAttackContainersMatrix(pages),
        },
      ] as const;
      for (const {route, file, kind, view} of views) {
        await addDataRoute(
          context,
          actions,
          {route, file, component: '@site/src/components/ThreatMatrix/index.tsx', prop: 'matrix'},
          {kind, ...view},
        );
      }
    },
  };
}
