import {describe, expect, it} from 'vitest';
import {competencies} from './curriculum';
import {coverageMap, missingTaskCoverage, REQUIRED_COVERAGE} from './coverage';

describe('coverage', () => {
  it('requires every competency of both exams', () => {
    expect(REQUIRED_COVERAGE).toHaveLength(68);
    expect(new Set(REQUIRED_COVERAGE)).toEqual(new Set(competencies.map((c) => c.id)));
  });

  it('maps competencies to the pages that list them', () => {
    const map = coverageMap([{file: 'docs/a.mdx', curriculum: ['CKS-1.1', 'KCSA-3.7']}]);
    expect(map.get('CKS-1.1')).toEqual(['docs/a.mdx']);
    expect(map.get('CKS-1.2')).toEqual([]);
  });

  it('counts only hardening pages as teaching a CKS competency as a task', () => {
    const cks = competencies.filter((c) => c.id.startsWith('CKS-')).map((c) => c.id);
    const concept = [{file: 'docs/fundamentals/x.mdx', curriculum: cks}];
    expect(missingTaskCoverage(concept)).toEqual(cks);
    const tasks = [{file: 'docs/hardening/a/b.mdx', curriculum: cks.slice(1)}];
    expect(missingTaskCoverage(tasks)).toEqual(['CKS-1.1']);
  });
});
