/**
 * The problem every schema check reports (the strict Kubernetes schema,
 * third-party CRD and JSON schemas), so check:examples prints them one way.
 */
import {closestMatch} from '../../format/closest';

/** One schema problem, with a JSON path into the checked value. */
export interface SchemaIssue {
  /** Path segments from the value's root, e.g. ["spec", "containers", 0, "image"]. */
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

/** `issues` without repeats (the same path and message), in first-seen order. */
export function uniqueIssues<T extends SchemaIssue>(issues: readonly T[]): T[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path.join('.')}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * `unknown field "imgae" (did you mean "image"?)` when a known field is within
 * two edits, otherwise `unknown field "x": ` and `otherwise` (what to do about it).
 */
export function unknownFieldMessage(key: string, known: readonly string[], otherwise: string): string {
  const close = closestMatch(key, known, 2);
  return close ? `unknown field "${key}" (did you mean "${close}"?)` : `unknown field "${key}": ${otherwise}`;
}
