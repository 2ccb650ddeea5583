/**
 * The Pod Security grader: the checks' schema plus the grading logic of
 * pssGrade.ts. Checks are data beside each exercise (src/lib/exercises/pss.ts):
 *
 * - `{type: 'pss-level', level: 'restricted'}`: every control of the level
 *   passes, graded control by control with the engine's own messages;
 * - `{type: 'unchanged', paths: ['spec.template.spec.containers[*].image']}`:
 *   the workload still runs what the starter ran;
 * - `{type: 'field-equals', path, value}`: a field has a required value.
 */
import * as z from '../zod';
import {parseCheckPath} from './fieldPath';
import {gradePssText, type PssCheck} from './pssGrade';
import type {Exercise, GradeResult, Grader} from './schema';

const fieldPath = z
  .string()
  .min(1)
  .refine((p) => parseCheckPath(p) !== undefined, 'a field path like spec.template.spec.containers[*].image');

export const pssCheckSchema: z.ZodType<PssCheck> = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('pss-level'),
      level: z.enum(['baseline', 'restricted']),
      /** A policy version, `latest` (default) or `v1.N`. */
      version: z
        .string()
        .regex(/^(latest|v1\.\d+)$/)
        .optional(),
    })
    .strict(),
  z.object({type: z.literal('unchanged'), paths: z.array(fieldPath).min(1)}).strict(),
  z
    .object({
      type: z.literal('field-equals'),
      path: fieldPath,
      value: z.unknown().refine((v) => v !== undefined, 'the value the field must have'),
    })
    .strict(),
]) as z.ZodType<PssCheck>;

export const pssGrader: Grader<PssCheck> = {
  tool: 'pss',
  checkSchema: pssCheckSchema,
  grade(exercise: Exercise, answer: string, checks: readonly PssCheck[]): GradeResult {
    return gradePssText(exercise.starter, answer, checks);
  },
};
