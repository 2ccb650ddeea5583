/**
 * The exercise format shared by every tool: an exercise is data (a task, the
 * manifests the reader starts from, hints, a worked solution) plus checks
 * that a tool's grader understands. Adding exercises for another tool (Pod
 * Security, RBAC) needs only a grader for its checks (see graders.ts); the
 * format does not change.
 */
import * as z from '../zod';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** One exercise. `checks` are validated by the grader of `tool`. */
export const exerciseSchema = z
  .object({
    /** Unique, kebab-case; also the anchor on the page. */
    id: z.string().regex(KEBAB, 'id must be kebab-case'),
    /** The tool whose grader checks the answer, e.g. `netpol`. */
    tool: z.string().regex(KEBAB),
    title: z.string().min(5),
    /** What to achieve, in one or two sentences. */
    task: z.string().min(20),
    /** Objects the reader may not change (namespaces, workloads); loaded together with the answer. */
    context: z.string().default(''),
    /** Where the answer starts: the manifest the reader edits. */
    starter: z.string().min(1),
    /** From gentle to explicit. */
    hints: z.array(z.string().min(10)).min(1),
    solution: z.object({
      /** A complete answer (replaces the starter). */
      manifest: z.string().min(1),
      /** Why it works, and the trap it avoids. */
      explanation: z.string().min(20),
    }),
    /** What the grader verifies; at least one. */
    checks: z.array(z.unknown()).min(1),
    /** Site paths to read first. */
    docs: z.array(z.string().startsWith('/')).default([]),
  })
  .strict();

export type Exercise = z.infer<typeof exerciseSchema>;
export type ExerciseInput = z.input<typeof exerciseSchema>;

/** One check's outcome. */
export interface CheckResult {
  /** What was checked, e.g. `shop/web → shop/api on TCP port 8443 is allowed`. */
  readonly check: string;
  readonly passed: boolean;
  /** Why it failed (or the tool's explanation when it passed). */
  readonly detail: string;
}

export interface GradeResult {
  readonly passed: boolean;
  /** Input errors (file, line, message, fix) when the answer could not be read. */
  readonly errors: readonly string[];
  readonly results: readonly CheckResult[];
}

/** A tool's grader: its checks' schema and how to run them on an answer. */
export interface Grader<Check> {
  readonly tool: string;
  readonly checkSchema: z.ZodType<Check>;
  grade(exercise: Exercise, answer: string, checks: readonly Check[]): GradeResult;
}

/**
 * The files a multi-object tool (RBAC, NetworkPolicy) grades: the exercise's
 * fixed context, when it has one, named after the exercise so messages say
 * which part is at fault, then the answer.
 */
export function answerFiles(exercise: Exercise, answer: string): {file: string; text: string}[] {
  return [
    ...(exercise.context.trim() ? [{file: `${exercise.id}/context.yaml`, text: exercise.context}] : []),
    {file: 'answer.yaml', text: answer},
  ];
}
