import type {LoadContext, Plugin} from '@docusaurus/types';
import {addDataRoute} from '../docsData';
import {domains, type Exam} from '../../lib/content/curriculum';
import {questionBank} from '../../lib/learning/questionBank';
import {examSets, questionsInDomain, questionsInExam} from '../../lib/learning/quizDomains';
import {resolveQuestion} from './resolve';

const EXAMS: ReadonlyArray<{exam: Exam; slug: string; title: string}> = [
  {exam: 'KCSA', slug: 'kcsa', title: 'KCSA practice questions'},
  {exam: 'CKS', slug: 'cks', title: 'CKS practice questions'},
];

/**
 * Questions per exam set. A whole exam's questions on one page made it
 * hundreds of kilobytes of HTML and thousands of form controls to hydrate on
 * a phone; a set is a sitting's worth, with the exam's mix of domains.
 */
const SET_SIZE = 25;

/**
 * Adds the quiz pages: /quiz (the index); each exam's questions in sets of
 * about 25 with the exam's domain mix (/quiz/kcsa is set 1, /quiz/kcsa/set-2
 * the next, and so on); and /quiz/<domain> (e.g. /quiz/cks-3), from the
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
        const examQuestions = questionsInExam(questionBank, exam);
        const examIds = examQuestions.map((q) => q.id);
        const examDomains = [];
        for (const domain of domains.filter((d) => d.exam === exam)) {
          const questions = questionsInDomain(questionBank, domain.id);
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
              up: {to: '/quiz', label: 'All quizzes'},
              questions: questions.map(resolveQuestion),
            },
          );
        }
        const sets = examSets(questionBank, exam, SET_SIZE);
        const setRoute = (i: number) => (i === 0 ? `quiz/${slug}` : `quiz/${slug}/set-${i + 1}`);
        const setLinks = sets.map((set, i) => ({to: `/${setRoute(i)}`, label: `Set ${i + 1}`}));
        for (const [i, set] of sets.entries()) {
          await addDataRoute(
            context,
            actions,
            {route: setRoute(i), file: `quiz-${slug}-set-${i + 1}.json`, component, prop: 'page'},
            {
              kind: 'set',
              title: `${title}, set ${i + 1} of ${sets.length}`,
              description: `${set.length} ${exam} practice questions with the exam's mix of domains, each with an explanation of every option and a link to the section that teaches it. The ${examQuestions.length} questions of the exam come in ${sets.length} sets.`,
              up: {to: '/quiz', label: 'All quizzes'},
              questions: set.map(resolveQuestion),
              exam: {name: exam, ids: examIds, sets: setLinks, current: i},
            },
          );
        }
        index.push({
          exam,
          title,
          to: `/quiz/${slug}`,
          ids: examIds,
          sets: setLinks,
          domains: examDomains,
        });
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
