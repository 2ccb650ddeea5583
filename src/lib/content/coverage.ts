import {competencies} from './curriculum';

/** Every competency must be covered in depth by at least one page. */
export const REQUIRED_COVERAGE: readonly string[] = competencies.map((c) => c.id);

/** Every CKS competency must also be taught as a task, on a page under this folder. */
export const TASK_PAGE_DIR = 'docs/hardening/';

/** CKS competencies no hardening task page lists. */
export function missingTaskCoverage(pages: ReadonlyArray<{file: string; curriculum: readonly string[]}>): string[] {
  const taught = new Set(pages.filter((p) => p.file.startsWith(TASK_PAGE_DIR)).flatMap((p) => p.curriculum));
  return competencies.filter((c) => c.id.startsWith('CKS-') && !taught.has(c.id)).map((c) => c.id);
}

/**
 * Coverage the threat-matrix pages must show (issue 11): at least this share
 * of the Microsoft matrix techniques that still apply, and every ATT&CK
 * Containers technique that has a Kubernetes form.
 */
export const MATRIX_TARGETS = {microsoftPercent: 90, attackPercent: 100} as const;

/** Maps each competency ID to the pages whose front matter lists it. */
export function coverageMap(
  pages: ReadonlyArray<{file: string; curriculum: readonly string[]}>,
): Map<string, string[]> {
  const map = new Map<string, string[]>(competencies.map((c) => [c.id, []]));
  for (const page of pages) {
    for (const id of page.curriculum) map.get(id)?.push(page.file);
  }
  return map;
}
