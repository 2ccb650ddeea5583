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

/** The exam domain a question counts for in `exam`: that of its first competency of the exam. */
export function examDomainOf(question: Pick<Question, 'competencies'>, exam: string): string | undefined {
  for (const c of question.competencies) {
    const domain = domainOf.get(c);
    if (domain?.startsWith(`${exam}-`)) return domain;
  }
  return undefined;
}

/** The questions that count for `exam`: those with a competency in one of its domains. */
export function questionsInExam<Q extends Pick<Question, 'competencies'>>(bank: readonly Q[], exam: string): Q[] {
  return bank.filter((q) => examDomainOf(q, exam) !== undefined);
}

/**
 * An exam's questions split into practice sets of about `size`, each with the
 * exam's mix of domains: every question of the exam lands in exactly one set,
 * set sizes differ by at most one, and a domain with n questions gives each of
 * the k sets ⌊n/k⌋ or ⌈n/k⌉ of them. Inside a set, questions keep the bank's
 * order, so they come domain by domain as in the bank. Deterministic: the same
 * bank gives the same sets, so a set's URL keeps its questions between builds
 * that do not change the bank.
 */
export function examSets<Q extends Pick<Question, 'competencies'>>(
  bank: readonly Q[],
  exam: string,
  size: number,
): Q[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`examSets: size must be a positive integer, not ${size}`);
  const inExam = questionsInExam(bank, exam);
  if (inExam.length === 0) return [];
  const count = Math.ceil(inExam.length / size);
  // Deal each domain's questions round-robin, starting where the previous domain stopped,
  // so both every domain and the total spread evenly over the sets.
  const byDomain = new Map<string, Q[]>();
  for (const q of inExam) {
    const d = examDomainOf(q, exam) ?? '';
    byDomain.set(d, [...(byDomain.get(d) ?? []), q]);
  }
  const setOf = new Map<Q, number>();
  let next = 0;
  for (const questions of byDomain.values()) {
    for (const q of questions) {
      setOf.set(q, next);
      next = (next + 1) % count;
    }
  }
  const sets: Q[][] = Array.from({length: count}, () => []);
  for (const q of inExam) sets[setOf.get(q) ?? 0]?.push(q);
  return sets;
}
