/**
 * Field paths into a manifest, written one way by every tool and parsed by
 * one parser: `spec.containers[0].securityContext.privileged`; a key that is
 * not a plain word goes in quotes and brackets
 * (`metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]`);
 * exercise checks may also write `[*]` for every item of a list
 * (`spec.template.spec.containers[*].image`).
 */
import {isPlainObject} from '../format/value';
import type {PathSegment} from './locate';

/** `[*]` in a path pattern: every item of a list. */
export const EVERY_ITEM: unique symbol = Symbol('[*]');

/** A step of a path pattern: a key, an index, or every item. */
export type PathStep = PathSegment | typeof EVERY_ITEM;

/** A key written bare; any other key is quoted in brackets. */
const PLAIN_KEY = /^[^.[\]"\s]+$/;

/** `spec.containers[0]` (and `[*]` for {@link EVERY_ITEM}) from steps; `''` is the object itself. */
export function formatFieldPath(steps: readonly PathStep[]): string {
  return steps
    .map((s, i) => {
      if (s === EVERY_ITEM) return '[*]';
      if (typeof s === 'number') return `[${s}]`;
      if (PLAIN_KEY.test(s)) return i === 0 ? s : `.${s}`;
      return `[${JSON.stringify(s)}]`;
    })
    .join('');
}

/**
 * Keys and indexes of a path as {@link formatFieldPath} writes it, allowing `[*]`
 * only when `wildcards` is set; `undefined` when it is not in that form. `''` is the
 * object itself.
 */
function parse(path: string, wildcards: boolean): PathStep[] | undefined {
  if (path.startsWith('.')) return undefined;
  const steps: PathStep[] = [];
  const token = /(?:^|\.)([^.[\]"\s]+)|\[(\d+)\]|\[(\*)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let at = 0;
  while (at < path.length) {
    token.lastIndex = at;
    const match = token.exec(path);
    if (match === null) return undefined;
    const [whole, key, index, every, quoted] = match;
    if (key !== undefined) steps.push(key);
    else if (index !== undefined) steps.push(Number(index));
    else if (every !== undefined) {
      if (!wildcards) return undefined;
      steps.push(EVERY_ITEM);
    } else if (quoted !== undefined) steps.push(JSON.parse(quoted) as string);
    at += whole.length;
  }
  return steps;
}

/** The keys and indexes of a field path (no `[*]`), or `undefined` when it is malformed. */
export function parseFieldPath(path: string): PathSegment[] | undefined {
  return parse(path, false) as PathSegment[] | undefined;
}

/** The steps of a path pattern that may use `[*]`, or `undefined` when it is malformed. */
export function parsePathPattern(path: string): PathStep[] | undefined {
  return parse(path, true);
}

/** A value found by {@link valuesAtPath}, with its concrete path. */
export interface PathMatch {
  readonly at: readonly PathSegment[];
  readonly value: unknown;
}

/**
 * Every value at `steps` in `root`, in order, each with its concrete path
 * ({@link EVERY_ITEM} fans out over a list). Reads own keys only; a step that
 * does not fit the value (a key of a list, an index past the end) matches nothing.
 */
export function valuesAtPath(root: unknown, steps: readonly PathStep[]): PathMatch[] {
  let current: PathMatch[] = [{at: [], value: root}];
  for (const step of steps) {
    const next: PathMatch[] = [];
    for (const {at, value} of current) {
      if (typeof step === 'string') {
        if (isPlainObject(value) && Object.hasOwn(value, step)) next.push({at: [...at, step], value: value[step]});
      } else if (typeof step === 'number') {
        if (Array.isArray(value) && step < value.length) next.push({at: [...at, step], value: value[step] as unknown});
      } else if (Array.isArray(value)) {
        value.forEach((item: unknown, i) => next.push({at: [...at, i], value: item}));
      }
    }
    current = next;
  }
  return current;
}
