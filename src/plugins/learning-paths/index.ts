import type {LoadContext, Plugin} from '@docusaurus/types';
import {addDataRoute, loadedDocs} from '../docsData';
import {domains} from '../../lib/content/curriculum';
import {questionBank} from '../../lib/learning/questionBank';
import {questionsInDomain} from '../../lib/learning/quizDomains';
import {PATHS} from '../../lib/learning/pathData';
import {ALL_EXERCISES} from '../../lib/exercises/all';
import {practicePath} from '../../lib/exercises/practice';
import {pageKey, type ResolvedStep} from '../../lib/learning/paths';

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
            return {kind: 'doc', title: doc.title, to: doc.permalink, keys: [pageKey(doc.permalink, context.baseUrl)]};
          }
          if (step.kind === 'quiz') {
            const domain = domains.find((d) => d.id === step.domain);
            if (!domain) throw new Error(`${where}: no exam domain "${step.domain}"`);
            const keys = questionsInDomain(questionBank, domain.id).map((q) => q.id);
            if (keys.length === 0) throw new Error(`${where}: the ${domain.id} quiz has no questions yet`);
            return {
              kind: 'quiz',
              title: `Quiz: ${domain.id} ${domain.title}`,
              to: `/quiz/${domain.id.toLowerCase()}`,
              keys,
            };
          }
          const exercise = ALL_EXERCISES.find((e) => e.id === step.id);
          if (!exercise) throw new Error(`${where}: no exercise "${step.id}" (src/lib/exercises/)`);
          return {kind: 'exercise', title: `Exercise: ${exercise.title}`, to: practicePath(step.id), keys: [step.id]};
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
