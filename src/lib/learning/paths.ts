/**
 * Learning paths: ordered routes through articles, quizzes and exercises.
 * Data (PATHS) plus the pure logic the path pages use: validation against
 * the site's real pages, and where a reader stands given their progress.
 */
import type {Progress} from './progress';

export type PathStep =
  /** An article: done when the reader has reached its end. */
  | {readonly kind: 'doc'; readonly id: string}
  /** A domain's quiz page (/quiz/<domain>): done when every question on it has been answered correctly. */
  | {readonly kind: 'quiz'; readonly domain: string}
  /** A practice exercise: done when solved. */
  | {readonly kind: 'exercise'; readonly id: string; readonly to: string; readonly label: string};

export interface LearningPath {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly steps: readonly PathStep[];
}

/** A step as the path page receives it: resolved title and link, and what "done" means. */
export interface ResolvedStep {
  readonly kind: PathStep['kind'];
  readonly title: string;
  readonly to: string;
  /** Progress keys that must all be done: doc paths, question IDs or one exercise ID. */
  readonly keys: readonly string[];
}

export function stepDone(step: ResolvedStep, progress: Progress): boolean {
  if (step.keys.length === 0) return false;
  switch (step.kind) {
    case 'doc':
      return step.keys.every((k) => progress.read[k] !== undefined);
    case 'quiz':
      return step.keys.every((k) => progress.answers[k]?.correct === true);
    case 'exercise':
      return step.keys.every((k) => progress.exercises[k] !== undefined);
  }
}

/** Steps done, and the first step not done (where the reader is); -1 when the path is complete. */
export function pathPosition(steps: readonly ResolvedStep[], progress: Progress): {done: number; current: number} {
  const flags = steps.map((s) => stepDone(s, progress));
  return {done: flags.filter(Boolean).length, current: flags.indexOf(false)};
}
