import {describe, expect, it} from 'vitest';
import {questionsInDomain} from './quizDomains';

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
