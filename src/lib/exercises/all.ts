/**
 * Every graded exercise on the site, by tool, in the order the practice
 * pages list them. Data only; the graders are in graders.ts.
 */
import {NETPOL_EXERCISES} from './netpol';
import {PSS_EXERCISES} from './pss';
import {RBAC_EXERCISES} from './rbac';
import type {ExerciseInput} from './schema';

export interface ExerciseSection {
  /** The grader's tool ID, also the section's anchor on /practice. */
  readonly tool: string;
  readonly title: string;
  /** What the grader checks, in one sentence. */
  readonly description: string;
  readonly exercises: readonly ExerciseInput[];
}

export const EXERCISE_SECTIONS: readonly ExerciseSection[] = [
  {
    tool: 'pss',
    title: 'Pod Security',
    description:
      "Edit a workload until the site's Pod Security engine passes it, control by control, without changing what it runs.",
    exercises: PSS_EXERCISES,
  },
  {
    tool: 'rbac',
    title: 'RBAC',
    description:
      "Write Roles and bindings until the site's RBAC analyzer allows what the subject needs, denies the rest, and its audit finds nothing above the stated severity.",
    exercises: RBAC_EXERCISES,
  },
  {
    tool: 'netpol',
    title: 'NetworkPolicy',
    description:
      "Write NetworkPolicies until the site's NetworkPolicy analyzer allows and denies the expected connections.",
    exercises: NETPOL_EXERCISES,
  },
];

export const ALL_EXERCISES: readonly ExerciseInput[] = EXERCISE_SECTIONS.flatMap((s) => s.exercises);
