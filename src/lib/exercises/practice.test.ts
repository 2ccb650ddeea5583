import {describe, expect, it} from 'vitest';
import {EXERCISE_SECTIONS} from './all';
import {docLabel, practicePages, practicePath, solvedSummary} from './practice';

describe('practice pages', () => {
  const {index, exercises} = practicePages(EXERCISE_SECTIONS);

  it('has one page per exercise, each linked from the index under its tool', () => {
    const listed = index.sections.flatMap((s) => s.exercises.map((e) => e.to));
    expect(listed).toEqual(exercises.map((p) => practicePath(p.exercise.id)));
    expect(new Set(listed).size).toBe(listed.length);
    expect(index.sections.map((s) => s.tool)).toEqual(['pss', 'rbac', 'netpol']);
  });

  it('links each page to its neighbours within the section', () => {
    const pss = exercises.filter((p) => p.section.tool === 'pss');
    expect(pss[0]?.previous).toBeUndefined();
    expect(pss[0]?.next?.id).toBe(pss[1]?.exercise.id);
    expect(pss.at(-1)?.next).toBeUndefined();
    expect(pss.at(-1)?.position).toBe(pss.length);
  });

  it('fails the build on an ID used twice, naming it, and fills in the defaults', () => {
    const [first] = EXERCISE_SECTIONS;
    if (!first) throw new Error('no section');
    expect(() => practicePages([first, first])).toThrow('duplicate id across sections');
    expect(exercises.every((p) => typeof p.exercise.context === 'string' && Array.isArray(p.exercise.docs))).toBe(true);
  });

  it('counts solved exercises', () => {
    expect(solvedSummary({a: 1, c: 2}, ['a', 'b'])).toBe('1 of 2 solved');
  });
});

describe('docLabel', () => {
  it('turns a path into words, keeping acronyms', () => {
    expect(docLabel('/docs/fundamentals/authorization/rbac-privilege-escalation')).toBe('RBAC privilege escalation');
    expect(docLabel('/tools/netpol-analyzer')).toBe('NetworkPolicy analyzer');
    expect(docLabel('/docs/fundamentals/primitives/pod-security-standards#levels')).toBe('Pod security standards');
  });
});
