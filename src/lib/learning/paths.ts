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
  /** A graded exercise (/practice/<id>): done when solved. */
  | {readonly kind: 'exercise'; readonly id: string};

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
      return step.keys.every((k) => Object.hasOwn(progress.read, k));
    case 'quiz':
      return step.keys.every((k) => progress.answers[k]?.correct === true);
    case 'exercise':
      return step.keys.every((k) => Object.hasOwn(progress.exercises, k));
  }
}

/** Steps done, and the first step not done (where the reader is); -1 when the path is complete. */
export function pathPosition(steps: readonly ResolvedStep[], progress: Progress): {done: number; current: number} {
  const flags = steps.map((s) => stepDone(s, progress));
  return {done: flags.filter(Boolean).length, current: flags.indexOf(false)};
}

/**
 * The key a doc page is recorded under: its permalink without the site's
 * base URL and without a trailing slash ("/docs/fundamentals"), so the read
 * marker and the learning paths agree, and an export works on any deployment.
 * Lives here, not in progress.ts, because every doc page's footer imports it
 * and progress.ts brings zod, which the read marker loads only on demand.
 */
export function pageKey(permalink: string, baseUrl: string): string {
  const path = permalink.startsWith(baseUrl) ? `/${permalink.slice(baseUrl.length)}` : permalink;
  return path.replace(/\/+$/, '') || '/';
}
