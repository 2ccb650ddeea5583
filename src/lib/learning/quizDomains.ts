/**
 * Which questions belong to which exam domain. Kept apart from questions.ts
 * (the zod schema) because the quizzes and learning-paths plugins import it
 * while Docusaurus loads its config, where zod does not load.
 */
import {competencies} from '../content/curriculum';
import type {Question} from './questions';

const domainOf = new Map(competencies.map((c) => [c.id, c.domain]));

/**
 * The questions of one exam domain ("CKS-3"): those testing at least one of
 * its competencies. The domain's quiz page shows them, and a learning path's
 * quiz step is done when all of them are answered correctly, so both use this.
 */
export function questionsInDomain<Q extends Pick<Question, 'competencies'>>(bank: readonly Q[], domain: string): Q[] {
  return bank.filter((q) => q.competencies.some((c) => domainOf.get(c) === domain));
}
