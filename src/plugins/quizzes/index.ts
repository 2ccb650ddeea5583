import type {LoadContext, Plugin} from '@docusaurus/types';
import {addDataRoute} from '../docsData';
import {domains, competencies, type Exam} from '../../lib/content/curriculum';
import {questionBank} from '../../lib/learning/questionBank';
import {resolveQuestion} from './resolve';

const EXAMS: ReadonlyArray<{exam: Exam; slug: string; title: string}> = [
  {exam: 'KCSA', slug: 'kcsa', title: 'KCSA practice questions'},
  {exam: 'CKS', slug: 'cks', title: 'CKS practice questions'},
];

const domainOf = new Map(competencies.map((c) => [c.id, c.domain]));

/**
 * Adds the quiz pages: /quiz (the index), /quiz/kcsa and /quiz/cks (every
 * question of an exam) and /quiz/<domain> (e.g. /quiz/cks-3), from the
 * question bank. Each page's questions are its route data, so quiz code and
 * questions load on quiz pages only.
 */
export default function quizzesPlugin(context: LoadContext): Plugin {
  return {
    name: 'quizzes',
    async contentLoaded({actions}) {
      const component = '@site/src/components/QuizPage/index.tsx';
      const index = [];
      for (const {exam, slug, title} of EXAMS) {
        const examQuestions = questionBank.filter((q) => q.competencies.some((c) => c.startsWith(`${exam}-`)));
        const examDomains = [];
        for (const domain of domains.filter((d) => d.exam === exam)) {
          const questions = questionBank.filter((q) => q.competencies.some((c) => domainOf.get(c) === domain.id));
          const route = `quiz/${domain.id.toLowerCase()}`;
          examDomains.push({
            id: domain.id,
            title: domain.title,
            weight: domain.weight,
            to: `/${route}`,
            ids: questions.map((q) => q.id),
          });
          if (questions.length === 0) continue;
          await addDataRoute(
            context,
            actions,
            {route, file: `${route.replace('/', '-')}.json`, component, prop: 'page'},
            {
              kind: 'set',
              title: `${domain.id} ${domain.title}`,
              description: `Practice questions for ${exam} domain ${domain.id.split('-')[1]}, ${domain.title} (${domain.weight}% of the exam), each with an explanation of every option.`,
              up: {to: `/quiz/${slug}`, label: `All ${exam} questions`},
              questions: questions.map(resolveQuestion),
            },
          );
        }
        await addDataRoute(
          context,
          actions,
          {route: `quiz/${slug}`, file: `quiz-${slug}.json`, component, prop: 'page'},
          {
            kind: 'set',
            title,
            description: `Every ${exam} practice question on this site, by domain, each with an explanation of every option and a link to the section that teaches it.`,
            up: {to: '/quiz', label: 'All quizzes'},
            questions: examQuestions.map(resolveQuestion),
          },
        );
        index.push({exam, title, to: `/quiz/${slug}`, ids: examQuestions.map((q) => q.id), domains: examDomains});
      }
      await addDataRoute(
        context,
        actions,
        {route: 'quiz', file: 'quiz-index.json', component, prop: 'page'},
        {
          kind: 'index',
          exams: index,
        },
      );
    },
  };
}
