import {describe, expect, it} from 'vitest';
import {byLetter, checkTermUsage, findTermUses, letterOf, validateGlossary, type GlossaryTerm} from './glossary';
import {glossaryTerms} from './glossaryTerms';

const term = (id: string, name: string): GlossaryTerm => ({
  id,
  term: name,
  short: `A one-sentence definition of ${name} for the popover.`,
  long: `A longer explanation of ${name}, with enough words to pass the minimum length the schema sets for it here.`,
  links: [{to: '/docs/fundamentals/authorization/rbac', label: 'RBAC'}],
});

describe('the glossary data', () => {
  it('is valid, unique and sorted', () => {
    expect(glossaryTerms.length).toBeGreaterThan(0);
    expect(validateGlossary(glossaryTerms)).toEqual([]);
  });
});

describe('validateGlossary', () => {
  it('names bad fields, duplicates and order, with the entry', () => {
    const problems = validateGlossary([
      term('rbac', 'RBAC'),
      term('rbac', 'Seccomp'),
      term('apparmor', 'AppArmor'),
      {...term('Bad_ID', 'Zed'), short: 'Too short.', extra: 1},
    ]);
    expect(problems).toEqual([
      {index: 1, id: 'rbac', message: 'id "rbac" is used twice'},
      {index: 2, id: 'apparmor', message: '"AppArmor" is out of alphabetical order; move it up'},
      {index: 3, id: 'Bad_ID', message: expect.stringMatching(/^id: kebab-case/) as string},
      {index: 3, id: 'Bad_ID', message: expect.stringMatching(/^short: /) as string},
      {index: 3, id: 'Bad_ID', message: expect.stringMatching(/extra/) as string},
    ]);
  });

  it('rejects a link that is not a /docs/ path', () => {
    const bad = {...term('x', 'X'), links: [{to: 'https://example.com', label: 'Elsewhere'}]};
    expect(validateGlossary([bad])[0]?.message).toMatch(/^links\.0\.to: an absolute \/docs\/… path/);
  });

  it('does not crash on hostile entries', () => {
    expect(validateGlossary([null, 42, {__proto__: {id: 'x'}}]).length).toBeGreaterThanOrEqual(3);
  });
});

describe('grouping', () => {
  it('groups by first letter, digits under #', () => {
    expect(letterOf('seccomp')).toBe('S');
    expect(letterOf('4Cs')).toBe('#');
    expect(letterOf('.dockerconfigjson')).toBe('D');
    expect(byLetter([term('a', 'AppArmor'), term('b', 'Audit'), term('c', 'CNI')]).map((g) => g.letter)).toEqual([
      'A',
      'C',
    ]);
  });
});

describe('term usage', () => {
  const terms = [term('service-account', 'ServiceAccount'), term('rbac', 'RBAC')];

  it('finds every <Term id> with its line', () => {
    const text = 'Intro\nA <Term id="rbac">role</Term> and <Term id=\'service-account\'/>.\n<Term  id="x">';
    expect(findTermUses('a.mdx', text)).toEqual([
      {file: 'a.mdx', line: 2, id: 'rbac'},
      {file: 'a.mdx', line: 2, id: 'service-account'},
      {file: 'a.mdx', line: 3, id: 'x'},
    ]);
  });

  it('fails an unknown ID with a suggestion, and a term no page uses', () => {
    const problems = checkTermUsage(terms, [{file: 'docs/a.mdx', line: 4, id: 'service-acount'}], 'terms.ts');
    expect(problems).toEqual([
      {
        file: 'docs/a.mdx',
        line: 4,
        message: expect.stringMatching(
          /<Term id="service-acount"> is not in the glossary; did you mean "service-account"\?/,
        ) as string,
      },
      {file: 'terms.ts', message: expect.stringMatching(/term "service-account" is used by no page/) as string},
      {file: 'terms.ts', message: expect.stringMatching(/term "rbac" is used by no page/) as string},
    ]);
  });
});
