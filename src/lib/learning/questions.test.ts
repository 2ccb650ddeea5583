import {describe, expect, it} from 'vitest';
import {questionBank} from './questionBank';
import {bankCoverage, coverageProblems, isCorrect, validateBank, type Question} from './questions';

const base: Question = {
  id: 'q-one',
  competencies: ['KCSA-3.1'],
  kind: 'concept',
  prompt: 'Which level forbids privileged containers?',
  options: [
    {text: 'Baseline', correct: true, why: 'Baseline forbids privileged: true.'},
    {text: 'Privileged', correct: false, why: 'Privileged allows everything.'},
  ],
  source: {to: '/docs/fundamentals/primitives/pod-security-standards#levels', label: 'Levels'},
};
const anchors = new Map([['/docs/fundamentals/primitives/pod-security-standards', new Set(['levels'])]]);
const examples = new Map<string, 'baseline' | 'restricted' | 'privileged' | undefined>([
  ['pod-security/x.yaml', 'baseline'],
  ['rbac/role.yaml', undefined],
]);

describe('the question bank', () => {
  it('passes its schema checks', () => {
    expect(questionBank.length).toBeGreaterThan(0);
    expect(validateBank(questionBank)).toEqual([]);
  });
});

describe('validateBank', () => {
  it('accepts a well-formed question', () => {
    expect(validateBank([base], {anchors, examples})).toEqual([]);
  });

  it('names duplicates, unknown competencies and answer-key mistakes', () => {
    const problems = validateBank([
      base,
      {...base, competencies: ['CKS-9.9']},
      {...base, id: 'q-none', options: base.options.map((o) => ({...o, correct: false}))},
      {...base, id: 'q-all', options: base.options.map((o) => ({...o, correct: true}))},
    ]).map((p) => `${p.id}: ${p.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^q-one: id "q-one" is used twice/),
      expect.stringMatching(/^q-one: competency "CKS-9.9" is not a CKS or KCSA ID/),
      'q-none: no option is marked correct',
      'q-all: every option is correct; add a wrong one',
    ]);
  });

  it('fails a source link to a missing page or heading', () => {
    const missingHeading = {
      ...base,
      source: {...base.source, to: '/docs/fundamentals/primitives/pod-security-standards#nope'},
    };
    const missingPage = {...base, id: 'q-two', source: {...base.source, to: '/docs/nowhere#levels'}};
    expect(validateBank([missingHeading, missingPage], {anchors}).map((p) => p.message)).toEqual([
      'source /docs/fundamentals/primitives/pod-security-standards#nope: /docs/fundamentals/primitives/pod-security-standards has no heading #nope',
      'source /docs/nowhere#levels: no page /docs/nowhere',
    ]);
  });

  it('fails a claim the Pod Security engine contradicts', () => {
    const wrong = {...base, claims: [{file: 'pod-security/x.yaml', pss: 'restricted' as const, passes: true}]};
    expect(validateBank([wrong], {anchors, examples})[0]?.message).toBe(
      'says examples/pod-security/x.yaml passes restricted, but the Pod Security engine says it fails (highest level: baseline)',
    );
    const right = {...base, claims: [{file: 'pod-security/x.yaml', pss: 'baseline' as const, passes: true}]};
    expect(validateBank([right], {anchors, examples})).toEqual([]);
    const noPod = {...base, claims: [{file: 'rbac/role.yaml', pss: 'baseline' as const, passes: true}]};
    expect(validateBank([noPod], {anchors, examples})[0]?.message).toMatch(/which holds no pod/);
  });

  it('needs something to reason about in a scenario', () => {
    expect(validateBank([{...base, kind: 'scenario'}])[0]?.message).toMatch(/a scenario question needs a snippet/);
    expect(
      validateBank([{...base, kind: 'scenario', example: 'pod-security/nope.yaml'}], {examples})[0]?.message,
    ).toMatch(/not in examples\/registry\.ts/);
  });

  it('rejects hostile entries without crashing', () => {
    expect(validateBank([null, 7, {__proto__: {id: 'x'}}, {...base, extra: true}]).length).toBeGreaterThanOrEqual(4);
  });
});

describe('coverage', () => {
  it('counts questions per competency and the scenario share', () => {
    const coverage = bankCoverage([base, {...base, id: 'b', kind: 'scenario'}]);
    expect(coverage.perCompetency.get('KCSA-3.1')).toBe(2);
    expect(coverage.scenario).toBe(1);
    const problems = coverageProblems(coverage).map((p) => p.message);
    expect(problems).toContain('KCSA-3.1 has 2 question(s); it needs at least 3');
    expect(problems.some((m) => m.includes('scenarios'))).toBe(false);
  });
});

describe('isCorrect', () => {
  it('requires exactly the correct options', () => {
    const q = {options: [{correct: true}, {correct: true}, {correct: false}]} as Question;
    expect(isCorrect(q, new Set([0, 1]))).toBe(true);
    expect(isCorrect(q, new Set([0]))).toBe(false);
    expect(isCorrect(q, new Set([0, 1, 2]))).toBe(false);
  });
});
