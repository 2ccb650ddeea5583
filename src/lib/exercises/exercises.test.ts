import {describe, expect, it} from 'vitest';
import {gradeExercise, GRADERS, validateExercises} from './graders';
import {NETPOL_EXERCISES} from './netpol';
import {exerciseText, gradeText, solutionText} from './view';

const exercises = validateExercises(NETPOL_EXERCISES);

describe('exercise data', () => {
  it('has at least six valid NetworkPolicy exercises with checks the grader understands', () => {
    expect(exercises.filter((e) => e.tool === 'netpol').length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(GRADERS)).toContain('netpol');
  });

  it('refuses bad data: unknown tool, bad check, missing hints', () => {
    const base = NETPOL_EXERCISES[0];
    if (!base) throw new Error('no exercise');
    expect(() => validateExercises([{...base, tool: 'nope'}])).toThrow('no grader for tool "nope"');
    expect(() => validateExercises([{...base, checks: [{from: 'a/b', to: 'c/d', expect: 'maybe'}]}])).toThrow(
      'checks[0]',
    );
    expect(() => validateExercises([{...base, hints: []}])).toThrow('hints');
    expect(() => validateExercises([base, base])).toThrow('duplicate id');
  });
});

describe.each(exercises.map((e) => [e.id, e] as const))('exercise %s', (_id, exercise) => {
  it('the worked solution passes every check', () => {
    const r = gradeExercise(exercise, exercise.solution.manifest);
    expect(r.errors).toEqual([]);
    expect(r.results.filter((c) => !c.passed).map((c) => `${c.check}: ${c.detail}`)).toEqual([]);
    expect(r.results.length).toBe(exercise.checks.length);
    expect(r.passed).toBe(true);
  });

  it('on the page: the loaded solution text passes, the loaded exercise text fails', () => {
    expect(gradeText(exercise, solutionText(exercise)).passed).toBe(true);
    const starter = gradeText(exercise, exerciseText(exercise));
    expect(starter.errors).toEqual([]);
    expect(starter.passed).toBe(false);
  });

  it('the starter fails at least one check', () => {
    const r = gradeExercise(exercise, exercise.starter);
    expect(r.errors).toEqual([]);
    expect(r.results.some((c) => !c.passed)).toBe(true);
    expect(r.passed).toBe(false);
  });
});

describe('grading', () => {
  it('an invalid answer fails with file, line and fix, not a crash', () => {
    const ex = exercises[0];
    if (!ex) throw new Error('no exercise');
    const r = gradeExercise(
      ex,
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: shop}\nspec:\n  podSelector: {}\n  ingress: [{ports: [{port: 8443, endPort: 80}]}]\n',
    );
    expect(r.passed).toBe(false);
    expect(r.errors[0]).toMatch(
      /^answer\.yaml:1: NetworkPolicy "p" in namespace "shop": spec\.ingress\[0\]\.ports\[0\]\.endPort/,
    );
    expect(r.errors[0]).toContain('fix:');
  });

  it('an answer that renames the workloads away fails the checks that name them', () => {
    const ex = exercises[0];
    if (!ex) throw new Error('no exercise');
    const r = gradeExercise(
      ex,
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: shop}\nspec: {podSelector: {}}\n',
    );
    expect(r.passed).toBe(false);
    expect(r.results.find((c) => c.check.startsWith('shop/frontend → shop/api on TCP port 8443'))?.passed).toBe(false);
  });
});
