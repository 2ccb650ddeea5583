import {describe, expect, it} from 'vitest';
import {competencies, domains, getCompetency, isCompetencyId} from './curriculum';

describe('curriculum data', () => {
  it('has the 26 CKS and 42 KCSA competencies of the reference', () => {
    expect(competencies.filter((c) => c.id.startsWith('CKS-'))).toHaveLength(26);
    expect(competencies.filter((c) => c.id.startsWith('KCSA-'))).toHaveLength(42);
  });
  it('weights each exam to 100 %', () => {
    for (const exam of ['CKS', 'KCSA'] as const) {
      expect(domains.filter((d) => d.exam === exam).reduce((n, d) => n + d.weight, 0)).toBe(100);
    }
  });
  it('belongs every competency to a known domain, with unique IDs', () => {
    const domainIds = new Set(domains.map((d) => d.id));
    for (const c of competencies) expect(domainIds.has(c.domain), c.id).toBe(true);
    expect(new Set(competencies.map((c) => c.id)).size).toBe(competencies.length);
  });
  it('looks IDs up', () => {
    expect(isCompetencyId('KCSA-3.3')).toBe(true);
    expect(isCompetencyId('KCSA-3.30')).toBe(false);
    expect(getCompetency('CKS-2.1')?.title).toMatch(/RBAC/);
  });
});
