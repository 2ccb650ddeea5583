/**
 * The practice pages' data, built at build time by src/plugins/practice:
 * /practice lists every exercise by tool, /practice/<id> holds one exercise
 * with its neighbours. Pure and free of the schema library, which the
 * build's config loader cannot import (as src/lib/exercises/view.ts); the
 * data itself is validated by the unit tests (exercises.test.ts).
 */
import type {ExerciseSection} from './all';
import type {Exercise, ExerciseInput} from './schema';

/** Where the practice pages live. */
export const PRACTICE_ROUTE = 'practice';

/** `/practice/<id>`: the page of one exercise. */
export function practicePath(id: string): string {
  return `/${PRACTICE_ROUTE}/${id}`;
}

export interface PracticeLink {
  readonly id: string;
  readonly title: string;
  readonly to: string;
}

export interface PracticeIndexPage {
  readonly kind: 'index';
  readonly sections: ReadonlyArray<{
    readonly tool: string;
    readonly title: string;
    readonly description: string;
    readonly exercises: ReadonlyArray<PracticeLink & {readonly task: string}>;
  }>;
}

export interface PracticeExercisePage {
  readonly kind: 'exercise';
  readonly section: {readonly tool: string; readonly title: string};
  /** With defaults filled in; the unit tests prove its checks suit the tool's grader. */
  readonly exercise: Exercise;
  /** 1-based position in its section, and the section's size. */
  readonly position: number;
  readonly total: number;
  readonly previous?: PracticeLink;
  readonly next?: PracticeLink;
}

export type PracticePageData = PracticeIndexPage | PracticeExercisePage;

const link = (e: Exercise): PracticeLink => ({id: e.id, title: e.title, to: practicePath(e.id)});

/** An exercise with the schema's defaults (no context, no docs) filled in. */
function withDefaults(e: ExerciseInput): Exercise {
  return {...e, context: e.context ?? '', docs: e.docs ?? []};
}

/** The index page and one page per exercise; throws on an ID used twice, which would make two pages one. */
export function practicePages(sections: readonly ExerciseSection[]): {
  index: PracticeIndexPage;
  exercises: PracticeExercisePage[];
} {
  const validated = sections.map((s) => ({section: s, exercises: s.exercises.map(withDefaults)}));
  const ids = new Set<string>();
  for (const {exercises} of validated) {
    for (const e of exercises) {
      if (ids.has(e.id)) throw new Error(`Invalid exercises: ${e.id}: duplicate id across sections`);
      ids.add(e.id);
    }
  }
  const index: PracticeIndexPage = {
    kind: 'index',
    sections: validated.map(({section, exercises}) => ({
      tool: section.tool,
      title: section.title,
      description: section.description,
      exercises: exercises.map((e) => ({...link(e), task: e.task})),
    })),
  };
  const pages = validated.flatMap(({section, exercises}) =>
    exercises.map((exercise, i): PracticeExercisePage => {
      const previous = exercises[i - 1];
      const next = exercises[i + 1];
      return {
        kind: 'exercise',
        section: {tool: section.tool, title: section.title},
        exercise,
        position: i + 1,
        total: exercises.length,
        ...(previous ? {previous: link(previous)} : {}),
        ...(next ? {next: link(next)} : {}),
      };
    }),
  );
  return {index, exercises: pages};
}

/** "3 of 12 solved", from the solved exercise IDs the reader's progress holds. */
export function solvedSummary(solved: Readonly<Record<string, number>>, ids: readonly string[]): string {
  return `${ids.filter((id) => solved[id] !== undefined).length} of ${ids.length} solved`;
}

/** A readable label for a site path: `/docs/fundamentals/authorization/rbac-privilege-escalation` → `RBAC privilege escalation`, with known acronyms kept. */
export function docLabel(path: string): string {
  const last = path.split('#')[0]?.split('/').filter(Boolean).at(-1) ?? path;
  const words = last.split('-').map((w) => ACRONYMS[w] ?? w);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const ACRONYMS: Readonly<Record<string, string>> = {
  rbac: 'RBAC',
  netpol: 'NetworkPolicy',
  pss: 'PSS',
  csr: 'CSR',
  api: 'API',
};
