/**
 * Field paths for exercise checks, e.g.
 * `spec.template.spec.containers[*].image` or `spec.replicas`, in the syntax of
 * manifest/fieldPath.ts (`[*]` for every item). Used by the "did the answer
 * keep what the workload does" checks; pure and total (a missing field yields
 * no match, never an exception).
 */
import {isPlainObject} from '../format/value';
import {formatFieldPath, parsePathPattern, valuesAtPath, type PathStep} from '../manifest/fieldPath';

/** The steps of a check's path (not empty, `[*]` allowed), or undefined for a path an author mistyped. */
export function parseCheckPath(path: string): readonly PathStep[] | undefined {
  return path.trim() === '' ? undefined : parsePathPattern(path);
}

/** A value found at a path, with the concrete path (wildcards resolved). */
export interface FieldMatch {
  readonly path: string;
  readonly value: unknown;
}

/** Every value at `path` in `root` (a `[*]` step fans out). A malformed path matches nothing. */
export function valuesAt(root: unknown, path: string): FieldMatch[] {
  const steps = parseCheckPath(path);
  if (steps === undefined) return [];
  return valuesAtPath(root, steps).map(({at, value}) => ({path: formatFieldPath(at), value}));
}

/** Structural equality for parsed YAML/JSON values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x: unknown, i) => sameValue(x, b[i] as unknown));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

/** Short text of a value for messages, e.g. `"nginx:1.27"` or `[80, 443]`; long values are cut. */
export function showValue(v: unknown): string {
  const text = v === undefined ? '(absent)' : JSON.stringify(v);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
