/**
 * The NetworkPolicy grader: the checks' schema plus the grading logic of
 * netpolGrade.ts, run on the exercise's context together with the answer.
 */
import * as z from '../zod';
import {gradeNetpolFiles, type NetpolCheck} from './netpolGrade';
import {answerFiles, type Exercise, type GradeResult, type Grader} from './schema';

export const netpolCheckSchema: z.ZodType<NetpolCheck> = z
  .object({
    /** `namespace/name` or an IP address outside the cluster. */
    from: z.string().min(1),
    to: z.string().min(1),
    /** A number or a container port name of `to`; omitted: any port. */
    port: z.union([z.number().int().min(1).max(65535), z.string().min(1)]).optional(),
    protocol: z.enum(['TCP', 'UDP', 'SCTP']).optional(),
    expect: z.enum(['allowed', 'denied']),
  })
  .strict();

export const netpolGrader: Grader<NetpolCheck> = {
  tool: 'netpol',
  checkSchema: netpolCheckSchema,
  grade(exercise: Exercise, answer: string, checks: readonly NetpolCheck[]): GradeResult {
    return gradeNetpolFiles(answerFiles(exercise, answer), checks);
  },
};
