import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {gradeExercise, GRADERS, validateExercises} from './graders';
import {ALL_EXERCISES, EXERCISE_SECTIONS} from './all';
import {NETPOL_EXERCISES} from './netpol';
import {PSS_EXERCISES} from './pss';
import {RBAC_EXERCISES} from './rbac';
import {exerciseText, gradeText, solutionText} from './view';

const exercises = validateExercises(ALL_EXERCISES);

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

  it('has at least ten Pod Security and ten RBAC exercises, every one in a section of its tool', () => {
    expect(PSS_EXERCISES.length).toBeGreaterThanOrEqual(10);
    expect(RBAC_EXERCISES.length).toBeGreaterThanOrEqual(10);
    expect(PSS_EXERCISES.length + RBAC_EXERCISES.length).toBeGreaterThanOrEqual(20);
    for (const section of EXERCISE_SECTIONS) {
      expect(GRADERS[section.tool]).toBeDefined();
      for (const ex of section.exercises) expect(ex.tool).toBe(section.tool);
    }
  });

  it('refuses Pod Security and RBAC checks their grader does not understand', () => {
    const pss = PSS_EXERCISES[0];
    const rbac = RBAC_EXERCISES[0];
    if (!pss || !rbac) throw new Error('no exercise');
    expect(() => validateExercises([{...pss, checks: [{type: 'pss-level', level: 'strict'}]}])).toThrow('checks[0]');
    expect(() => validateExercises([{...rbac, checks: [{type: 'can', as: 'ci', verb: 'get'}]}])).toThrow('checks[0]');
  });

  it('gives every exercise hints from gentle to explicit and links to pages that teach it', () => {
    for (const ex of exercises) {
      expect(ex.hints.length, ex.id).toBeGreaterThanOrEqual(2);
      expect(ex.docs.length, ex.id).toBeGreaterThan(0);
    }
  });

  it('every Pod Security and RBAC exercise is linked from an article that teaches the skill', () => {
    const mdx = (dir: string): string[] =>
      readdirSync(dir, {withFileTypes: true}).flatMap((d) =>
        d.isDirectory() ? mdx(path.join(dir, d.name)) : d.name.endsWith('.mdx') ? [path.join(dir, d.name)] : [],
      );
    const text = mdx('docs')
      .filter((f) => !f.includes('_templates'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unlinked = [...PSS_EXERCISES, ...RBAC_EXERCISES]
      .map((e) => e.id)
      .filter((id) => !text.includes(`](/practice/${id})`));
    expect(unlinked, 'add a "Practise it" link in the article that teaches each of these').toEqual([]);
  });

  it('links only to pages that exist (the build would fail on a broken link)', () => {
    for (const ex of exercises) {
      for (const to of ex.docs) {
        const file = to.startsWith('/docs/')
          ? [`${to.slice(1)}.mdx`, `${to.slice(1)}/index.mdx`]
          : [`src/pages${to}.tsx`];
        expect(
          file.some((f) => existsSync(f)),
          `${ex.id}: ${to}`,
        ).toBe(true);
      }
    }
  });
});

describe.each(exercises.map((e) => [e.id, e] as const))('exercise %s', (_id, exercise) => {
  it('the worked solution passes every check', () => {
    const r = gradeExercise(exercise, exercise.solution.manifest);
    expect(r.errors).toEqual([]);
    expect(r.results.filter((c) => !c.passed).map((c) => `${c.check}: ${c.detail}`)).toEqual([]);
    // A pss-level check answers once per control, so there are at least as many results as checks.
    expect(r.results.length).toBeGreaterThanOrEqual(exercise.checks.length);
    expect(r.passed).toBe(true);
  });

  it('the starter fails at least one check', () => {
    const r = gradeExercise(exercise, exercise.starter);
    expect(r.errors).toEqual([]);
    expect(r.results.some((c) => !c.passed)).toBe(true);
    expect(r.passed).toBe(false);
  });
});

describe.each(exercises.filter((e) => e.tool === 'netpol').map((e) => [e.id, e] as const))(
  'NetworkPolicy exercise %s',
  (_id, exercise) => {
    it('in the analyzer: the loaded solution text passes, the loaded exercise text fails', () => {
      expect(gradeText(exercise, solutionText(exercise)).passed).toBe(true);
      const starter = gradeText(exercise, exerciseText(exercise));
      expect(starter.errors).toEqual([]);
      expect(starter.passed).toBe(false);
    });
  },
);

describe('grading', () => {
  it('an invalid answer fails with file, line and fix, not a crash', () => {
    const ex = exercises.find((e) => e.tool === 'netpol');
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
    const ex = exercises.find((e) => e.tool === 'netpol');
    if (!ex) throw new Error('no exercise');
    const r = gradeExercise(
      ex,
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny, namespace: shop}\nspec: {podSelector: {}}\n',
    );
    expect(r.passed).toBe(false);
    expect(r.results.find((c) => c.check.startsWith('shop/frontend → shop/api on TCP port 8443'))?.passed).toBe(false);
  });
});
