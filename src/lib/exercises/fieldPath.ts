/**
 * Field paths for exercise checks, e.g.
 * `spec.template.spec.containers[*].image` or `spec.replicas`: dot-separated
 * keys, `[N]` for a list index and `[*]` for every item. Used by the "did the
 * answer keep what the workload does" checks; pure and total (a missing
 * field yields no match, never an exception).
 */
import {isPlainObject} from '../format/value';

/** One step of a path: a key, a list index, or every item of a list. */
type Step = {readonly key: string} | {readonly index: number} | {readonly every: true};

const SEGMENT = /^([A-Za-z0-9_.\-/]*?)((?:\[(?:\d+|\*)\])*)$/;

/** Parses a path; returns an error message for a path an author mistyped. */
export function parseFieldPath(path: string): {ok: true; steps: readonly Step[]} | {ok: false; error: string} {
  if (path.trim() === '') return {ok: false, error: 'the path is empty'};
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const m = SEGMENT.exec(part);
    if (!m || (m[1] === '' && m[2] === '')) return {ok: false, error: `invalid path "${path}" at "${part}"`};
    if (m[1]) steps.push({key: m[1]});
    for (const idx of (m[2] ?? '').match(/\[(\d+|\*)\]/g) ?? []) {
      const inner = idx.slice(1, -1);
      steps.push(inner === '*' ? {every: true} : {index: Number(inner)});
    }
  }
  return {ok: true, steps};
}

/** A value found at a path, with the concrete path (wildcards resolved). */
export interface FieldMatch {
  readonly path: string;
  readonly value: unknown;
}

/** Every value at `path` in `root` (a `[*]` step fans out). A malformed path matches nothing. */
export function valuesAt(root: unknown, path: string): FieldMatch[] {
  const parsed = parseFieldPath(path);
  if (!parsed.ok) return [];
  let current: FieldMatch[] = [{path: '', value: root}];
  for (const step of parsed.steps) {
    const next: FieldMatch[] = [];
    for (const {path: at, value} of current) {
      if ('key' in step) {
        if (isPlainObject(value) && Object.hasOwn(value, step.key))
          next.push({path: at ? `${at}.${step.key}` : step.key, value: value[step.key]});
      } else if ('index' in step) {
        if (Array.isArray(value) && step.index < value.length)
          next.push({path: `${at}[${step.index}]`, value: value[step.index] as unknown});
      } else if (Array.isArray(value)) {
        value.forEach((item: unknown, i) => next.push({path: `${at}[${i}]`, value: item}));
      }
    }
    current = next;
  }
  return current;
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
