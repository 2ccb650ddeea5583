import {describe, expect, it} from 'vitest';
import {buildCurriculumMap} from './curriculumMap';

describe('buildCurriculumMap', () => {
  const map = buildCurriculumMap([
    {title: 'RBAC', permalink: '/docs/rbac', curriculum: ['CKS-2.1', 'KCSA-3.3']},
    {title: 'Authentication', permalink: '/docs/authn', curriculum: ['KCSA-3.3', 'KCSA-3.3']},
  ]);
  const kcsa = map.find((m) => m.exam === 'KCSA');
  const cks = map.find((m) => m.exam === 'CKS');

  it('lists both exams with every competency', () => {
    expect(kcsa?.total).toBe(42);
    expect(cks?.total).toBe(26);
    expect(kcsa?.domains.map((d) => d.weight)).toEqual([14, 22, 22, 16, 16, 10]);
  });

  it('links each competency to the pages that cover it, once each, sorted by title', () => {
    const row = kcsa?.domains.flatMap((d) => d.competencies).find((c) => c.id === 'KCSA-3.3');
    expect(row?.pages).toEqual([
      {title: 'Authentication', permalink: '/docs/authn'},
      {title: 'RBAC', permalink: '/docs/rbac'},
    ]);
  });

  it('counts coverage per domain and exam', () => {
    expect(kcsa?.covered).toBe(1);
    expect(cks?.covered).toBe(1);
    expect(cks?.domains.find((d) => d.id === 'CKS-2')?.covered).toBe(1);
  });
});
