/**
 * The practice pages' data, built at build time by src/plugins/practice:
 * /practice lists every exercise by tool, /practice/<id> holds one exercise
 * with its neighbours. Pure, so it is tested like the rest of src/lib; the
 * data is validated first, so a bad exercise fails the build with its ID.
 */
import type {ExerciseSection} from './all';
import {validateExercises} from './graders';
import type {Exercise} from './schema';

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
  /** Validated: defaults filled in, checks understood by the tool's grader. */
  readonly exercise: Exercise;
  /** 1-based position in its section, and the section's size. */
  readonly position: number;
  readonly total: number;
  readonly previous?: PracticeLink;
  readonly next?: PracticeLink;
}

export type PracticePageData = PracticeIndexPage | PracticeExercisePage;

const link = (e: Exercise): PracticeLink => ({id: e.id, title: e.title, to: practicePath(e.id)});

/** Validates every section's exercises and returns the index page and one page per exercise. */
export function practicePages(sections: readonly ExerciseSection[]): {
  index: PracticeIndexPage;
  exercises: PracticeExercisePage[];
} {
  const validated = sections.map((s) => ({section: s, exercises: validateExercises(s.exercises)}));
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
