/**
 * Exercises on the NetworkPolicy analyzer page: the text to load into the
 * analyzer (the fixed context followed by the starter or the worked solution)
 * and grading of whatever the reader has in the text box. Pure and free of
 * the schema library (the data is validated by the unit tests).
 */
import {describeCheck, gradeNetpolFiles, type NetpolCheck} from './netpolGrade';
import {NETPOL_EXERCISES} from './netpol';
import type {ExerciseInput, GradeResult} from './schema';

export {NETPOL_EXERCISES, describeCheck};

function join(context: string | undefined, manifest: string): string {
  const head = (context ?? '').trim();
  return head ? `${head}\n---\n${manifest}` : manifest;
}

/** What "Load the exercise" puts in the text box. */
export function exerciseText(ex: ExerciseInput): string {
  return join(ex.context, ex.starter);
}

/** What "Load the worked solution" puts in the text box. */
export function solutionText(ex: ExerciseInput): string {
  return join(ex.context, ex.solution.manifest);
}

/** The file name the analyzer reports errors under. */
export function exerciseFileName(ex: ExerciseInput): string {
  return `exercise-${ex.id}.yaml`;
}

/** Grades the whole text box (context and answer together). */
export function gradeText(ex: ExerciseInput, text: string): GradeResult {
  return gradeNetpolFiles([{file: exerciseFileName(ex), text}], ex.checks as readonly NetpolCheck[]);
}
