/**
 * The problem every schema check reports (the strict Kubernetes schema,
 * third-party CRD and JSON schemas), so check:examples prints them one way.
 */

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
