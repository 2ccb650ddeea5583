import type {LoadContext, Plugin} from '@docusaurus/types';
import {addDataRoute, loadedDocs} from '../docsData';
import {competencies, domains} from '../../lib/content/curriculum';
import {questionBank} from '../../lib/learning/questionBank';
import {PATHS} from '../../lib/learning/pathData';
import type {ResolvedStep} from '../../lib/learning/paths';

const domainOf = new Map(competencies.map((c) => [c.id, c.domain]));

/**
 * Adds /paths and /paths/<id> from src/lib/learning/pathData.ts. Each step is
 * resolved against what the site really has (the doc's title and URL, the
 * domain's quiz questions), and the build fails on a step that points nowhere.
 */
export default function learningPathsPlugin(context: LoadContext): Plugin {
  return {
    name: 'learning-paths',
    async allContentLoaded({allContent, actions}) {
      const docs = new Map(
        loadedDocs(allContent, 'learning-paths').map((d) => [d.id, {title: d.title, permalink: d.permalink}]),
      );
      const component = '@site/src/components/LearningPath/index.tsx';
      const summaries = [];
      for (const path of PATHS) {
        const steps: ResolvedStep[] = path.steps.map((step, i) => {
          const where = `learning path "${path.id}", step ${i + 1}`;
          if (step.kind === 'doc') {
            const doc = docs.get(step.id);
            if (!doc) throw new Error(`${where}: no doc "${step.id}" (src/lib/learning/pathData.ts)`);
            return {kind: 'doc', title: doc.title, to: doc.permalink, keys: [doc.permalink.replace(/\/$/, '')]};
          }
          if (step.kind === 'quiz') {
            const domain = domains.find((d) => d.id === step.domain);
            if (!domain) throw new Error(`${where}: no exam domain "${step.domain}"`);
            const keys = questionBank
              .filter((q) => q.competencies.some((c) => domainOf.get(c) === domain.id))
              .map((q) => q.id);
            if (keys.length === 0) throw new Error(`${where}: the ${domain.id} quiz has no questions yet`);
            return {
              kind: 'quiz',
              title: `Quiz: ${domain.id} ${domain.title}`,
              to: `/quiz/${domain.id.toLowerCase()}`,
              keys,
            };
          }
          return {kind: 'exercise', title: `Exercise: ${step.label}`, to: step.to, keys: [step.id]};
        });
        const route = `paths/${path.id}`;
        await addDataRoute(
          context,
          actions,
          {route, file: `path-${path.id}.json`, component, prop: 'page'},
          {
            kind: 'path',
            id: path.id,
            title: path.title,
            description: path.description,
            steps,
          },
        );
        summaries.push({id: path.id, title: path.title, description: path.description, to: `/${route}`, steps});
      }
      await addDataRoute(
        context,
        actions,
        {route: 'paths', file: 'paths-index.json', component, prop: 'page'},
        {
          kind: 'index',
          paths: summaries,
        },
      );
    },
  };
}
