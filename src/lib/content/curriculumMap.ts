import {competencies, domains, type Exam} from './curriculum';

/** A page that covers a competency, as the curriculum map links it. */
export interface CoveringPage {
  readonly title: string;
  readonly permalink: string;
}

export interface CompetencyRow {
  readonly id: string;
  readonly title: string;
  readonly pages: readonly CoveringPage[];
}

export interface DomainSection {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
  readonly competencies: readonly CompetencyRow[];
  readonly covered: number;
}

export interface ExamMap {
  readonly exam: Exam;
  readonly domains: readonly DomainSection[];
  readonly covered: number;
  readonly total: number;
}

export interface PageCoverage {
  readonly title: string;
  readonly permalink: string;
  readonly curriculum: readonly string[];
}

/**
 * Builds the KCSA and CKS coverage map from each page's `curriculum` front
 * matter: every domain with its weight, every competency with the pages that
 * cover it (sorted by title), and how many are covered.
 */
export function buildCurriculumMap(pages: readonly PageCoverage[]): ExamMap[] {
  const byId = new Map<string, CoveringPage[]>();
  for (const page of pages) {
    for (const id of page.curriculum) {
      const list = byId.get(id) ?? [];
      if (!list.some((p) => p.permalink === page.permalink)) list.push({title: page.title, permalink: page.permalink});
      byId.set(id, list);
    }
  }
  return (['KCSA', 'CKS'] as const).map((exam) => {
    const sections = domains
      .filter((d) => d.exam === exam)
      .map((d) => {
        const rows = competencies
          .filter((c) => c.domain === d.id)
          .map((c) => ({
            id: c.id,
            title: c.title,
            pages: [...(byId.get(c.id) ?? [])].sort((a, b) => a.title.localeCompare(b.title)),
          }));
        return {
          id: d.id,
          title: d.title,
          weight: d.weight,
          competencies: rows,
          covered: rows.filter((r) => r.pages.length > 0).length,
        };
      });
    return {
      exam,
      domains: sections,
      covered: sections.reduce((n, s) => n + s.covered, 0),
      total: sections.reduce((n, s) => n + s.competencies.length, 0),
    };
  });
}
