import type {LoadContext, Plugin} from '@docusaurus/types';
import {addDataRoute} from '../docsData';
import {EXERCISE_SECTIONS} from '../../lib/exercises/all';
import {PRACTICE_ROUTE, practicePages} from '../../lib/exercises/practice';

/**
 * Adds the practice pages: /practice (every graded exercise, by tool) and
 * /practice/<id> (one exercise). Each page's exercise is its route data, so
 * exercise data loads on practice pages only, and the graders load later
 * still, when the page's workbench opens (see src/components/PracticePage).
 * An ID used twice fails the build; the rest of the data is validated by the
 * unit tests (src/lib/exercises/exercises.test.ts), because the config loader
 * cannot import the schema library.
 */
export default function practicePlugin(context: LoadContext): Plugin {
  return {
    name: 'practice',
    async contentLoaded({actions}) {
      const component = '@site/src/components/PracticePage/index.tsx';
      const {index, exercises} = practicePages(EXERCISE_SECTIONS);
      for (const page of exercises) {
        const route = `${PRACTICE_ROUTE}/${page.exercise.id}`;
        await addDataRoute(
          context,
          actions,
          {route, file: `practice-${page.exercise.id}.json`, component, prop: 'page'},
          page,
        );
      }
      await addDataRoute(
        context,
        actions,
        {route: PRACTICE_ROUTE, file: 'practice-index.json', component, prop: 'page'},
        index,
      );
    },
  };
}
