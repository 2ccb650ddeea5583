/**
 * Graders by tool. To add exercises for another tool, write its grader (a
 * check schema and a grade function) and register it here; the exercise
 * format and the data stay as they are.
 */
import {netpolGrader} from './netpolGrader';
import {pssGrader} from './pssGrader';
import {rbacGrader} from './rbacGrader';
import {exerciseSchema, type Exercise, type ExerciseInput, type GradeResult, type Grader} from './schema';

export const GRADERS: Readonly<Record<string, Grader<unknown>>> = {
  netpol: netpolGrader as Grader<unknown>,
  pss: pssGrader as Grader<unknown>,
  rbac: rbacGrader as Grader<unknown>,
};

/** Validates exercises against the shared schema and their tool's check schema; throws with every problem. */
export function validateExercises(inputs: readonly ExerciseInput[]): Exercise[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  const out: Exercise[] = [];
  inputs.forEach((input, i) => {
    const parsed = exerciseSchema.safeParse(input);
    const name = typeof input.id === 'string' ? input.id : `#${i}`;
    if (!parsed.success) {
      problems.push(`${name}: ${parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
      return;
    }
    const ex = parsed.data;
    if (ids.has(ex.id)) problems.push(`${ex.id}: duplicate id`);
    ids.add(ex.id);
    const grader = GRADERS[ex.tool];
    if (!grader) {
      problems.push(`${ex.id}: no grader for tool "${ex.tool}" (known: ${Object.keys(GRADERS).join(', ')})`);
      return;
    }
    ex.checks.forEach((c, j) => {
      const r = grader.checkSchema.safeParse(c);
      if (!r.success)
        problems.push(
          `${ex.id}: checks[${j}]: ${r.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`,
        );
    });
    out.push(ex);
  });
  if (problems.length > 0) throw new Error(`Invalid exercises:\n${problems.join('\n')}`);
  return out;
}

/** Grades an answer to an exercise with its tool's grader. */
export function gradeExercise(exercise: Exercise, answer: string): GradeResult {
  const grader = GRADERS[exercise.tool];
  if (!grader) return {passed: false, errors: [`no grader for tool "${exercise.tool}"`], results: []};
  const checks = exercise.checks.map((c) => grader.checkSchema.parse(c));
  return grader.grade(exercise, answer, checks);
}
