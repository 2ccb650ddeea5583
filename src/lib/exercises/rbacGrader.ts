/**
 * The RBAC grader: the checks' schema plus the grading logic of rbacGrade.ts,
 * run on the exercise's context together with the answer. Checks are data
 * beside each exercise (src/lib/exercises/rbac.ts):
 *
 * - `{type: 'can', as, verb, resource, namespace?, name?, allowed}`: the
 *   analyzer's answer to "can this subject do this?" must be `allowed`;
 * - `{type: 'max-finding-severity', severity: 'low'}`: the analyzer's audit
 *   finds nothing above that severity.
 */
import * as z from '../zod';
import {parseResourceArg} from '../rbac/resources';
import {parseIdentity} from '../rbac/subjects';
import {SEVERITIES} from '../rbac/types';
import {gradeRbacFiles, type RbacCheck} from './rbacGrade';
import {answerFiles, type Exercise, type GradeResult, type Grader} from './schema';

export const rbacCheckSchema: z.ZodType<RbacCheck> = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('can'),
      as: z.string().refine((s) => parseIdentity(s).ok, 'a subject: ServiceAccount:NS:NAME, User:NAME or Group:NAME'),
      verb: z.string().regex(/^[a-z*]+$/),
      resource: z.string().refine((s) => parseResourceArg(s).ok, 'a resource: pods, deployments.apps, pods/exec'),
      namespace: z.string().min(1).optional(),
      name: z.string().min(1).optional(),
      allowed: z.boolean(),
    })
    .strict(),
  z
    .object({
      type: z.literal('max-finding-severity'),
      severity: z.enum(SEVERITIES as [string, ...string[]]),
    })
    .strict(),
]) as z.ZodType<RbacCheck>;

export const rbacGrader: Grader<RbacCheck> = {
  tool: 'rbac',
  checkSchema: rbacCheckSchema,
  grade(exercise: Exercise, answer: string, checks: readonly RbacCheck[]): GradeResult {
    return gradeRbacFiles(answerFiles(exercise, answer), checks);
  },
};
