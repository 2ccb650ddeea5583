import {describe, expect, it} from 'vitest';
import {examDomainOf, examSets, questionsInDomain} from './quizDomains';

describe('questionsInDomain', () => {
  it('takes the questions that test any competency of the domain, across exams', () => {
    const base = {id: 'q-one', competencies: ['KCSA-3.1']};
    const cks = {id: 'c', competencies: ['CKS-2.1', 'KCSA-4.7']};
    const bank = [base, cks];
    expect(questionsInDomain(bank, 'KCSA-3').map((q) => q.id)).toEqual(['q-one']);
    expect(questionsInDomain(bank, 'CKS-2').map((q) => q.id)).toEqual(['c']);
    expect(questionsInDomain(bank, 'KCSA-4').map((q) => q.id)).toEqual(['c']);
    expect(questionsInDomain(bank, 'CKS-9')).toEqual([]);
  });
});

describe('examSets', () => {
  const q = (id: string, ...competencies: string[]) => ({id, competencies});
  // 7 in KCSA-1, 3 in KCSA-3, 1 in KCSA-5, and 2 that are CKS only.
  const bank = [
    ...Array.from({length: 7}, (_, i) => q(`a${i}`, 'KCSA-1.1')),
    ...Array.from({length: 3}, (_, i) => q(`c${i}`, 'CKS-2.1', 'KCSA-3.1')),
    q('e0', 'KCSA-5.1'),
    q('x0', 'CKS-1.1'),
    q('x1', 'CKS-3.1'),
  ];

  it('puts every question of the exam in exactly one set, and none of another exam', () => {
    const sets = examSets(bank, 'KCSA', 4);
    const ids = sets.flat().map((x) => x.id);
    expect([...ids].sort()).toEqual(
      bank
        .filter((x) => !x.id.startsWith('x'))
        .map((x) => x.id)
        .sort(),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes ⌈n/size⌉ sets whose sizes differ by at most one', () => {
    const sets = examSets(bank, 'KCSA', 4);
    expect(sets).toHaveLength(3);
    const sizes = sets.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('spreads each domain evenly over the sets, and keeps the bank order inside a set', () => {
    const sets = examSets(bank, 'KCSA', 4);
    for (const set of sets) {
      const ones = set.filter((x) => x.id.startsWith('a')).length;
      expect(ones === 2 || ones === 3).toBe(true);
      expect(set.filter((x) => x.id.startsWith('c'))).toHaveLength(1);
      const order = set.map((x) => bank.indexOf(x));
      expect(order).toEqual([...order].sort((m, n) => m - n));
    }
  });

  it('files a question under its first competency of the exam', () => {
    expect(examDomainOf(q('c', 'CKS-2.1', 'KCSA-3.1'), 'KCSA')).toBe('KCSA-3');
    expect(examDomainOf(q('c', 'CKS-2.1', 'KCSA-3.1'), 'CKS')).toBe('CKS-2');
    expect(examDomainOf(q('c', 'CKS-2.1'), 'KCSA')).toBeUndefined();
  });

  it('returns no sets for an exam without questions, and refuses a size that is not a positive integer', () => {
    expect(examSets(bank, 'OTHER', 4)).toEqual([]);
    expect(() => examSets(bank, 'KCSA', 0)).toThrow(/positive integer/);
    expect(() => examSets(bank, 'KCSA', 2.5)).toThrow(/positive integer/);
  });

  it('covers the real bank: every KCSA and CKS question once, sets of at most the size', async () => {
    const {questionBank} = await import('./questionBank');
    for (const exam of ['KCSA', 'CKS']) {
      const sets = examSets(questionBank, exam, 25);
      const inExam = questionBank.filter((x) => x.competencies.some((c) => c.startsWith(`${exam}-`)));
      expect(sets.flat()).toHaveLength(inExam.length);
      for (const set of sets) expect(set.length).toBeLessThanOrEqual(25);
    }
  });
});
