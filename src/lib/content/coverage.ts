import {competencies} from './curriculum';

/**
 * Competencies that must each be covered in depth by at least one page.
 * Grows as sections land; the Fundamentals section owns these.
 */
export const REQUIRED_COVERAGE: readonly string[] = [
  ...competencies.filter((c) => /^KCSA-[23]\./.test(c.id)).map((c) => c.id),
  'KCSA-4.1',
  'KCSA-6.2',
  'CKS-2.1',
  'CKS-2.2',
  'CKS-2.3',
];

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
