import {readFileSync} from 'node:fs';
import path from 'node:path';
import {questionBank} from '../../lib/learning/questionBank';
import type {Question} from '../../lib/learning/questions';
import {closestMatch} from '../../lib/format/closest';

/** A question with the text of its example file, as quiz pages and article quizzes receive it. */
export type ResolvedQuestion = Question & {readonly exampleText?: string};

// Docusaurus loads plugins as CommonJS (no import.meta) and always runs from the site directory.
const EXAMPLES_DIR = path.resolve(process.cwd(), 'examples');
const byId = new Map(questionBank.map((q) => [q.id, q]));

/** Reads the example a question shows; check:learning has already checked that it is registered. */
export function resolveQuestion(question: Question): ResolvedQuestion {
  if (!question.example) return question;
  return {...question, exampleText: readFileSync(path.join(EXAMPLES_DIR, question.example), 'utf8')};
}

/** Questions by ID, in the order given, or the first unknown ID with a suggestion. */
export function questionsById(
  ids: readonly string[],
): {readonly ok: true; readonly questions: ResolvedQuestion[]} | {readonly ok: false; readonly message: string} {
  const questions: ResolvedQuestion[] = [];
  for (const id of ids) {
    const q = byId.get(id);
    if (!q) {
      const near = closestMatch(id, byId.keys(), 4);
      return {
        ok: false,
        message: `<Quiz> names question "${id}", which is not in the bank${near ? `; did you mean "${near}"?` : ''} (src/lib/learning/questionBank/)`,
      };
    }
    questions.push(resolveQuestion(q));
  }
  if (questions.length === 0) return {ok: false, message: '<Quiz questions="…"> lists no question IDs'};
  return {ok: true, questions};
}
