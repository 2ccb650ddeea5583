/**
 * Parsed YAML/JSON values in code and in messages: the project's one
 * plain-object test and its one way of naming what a value is ("must be a
 * list, not the string \"x\""). Every validator (strict schema, third-party
 * schemas, Pod Security, RBAC, NetworkPolicy) uses these, so a contributor
 * reads the same words whichever check rejects the value.
 */

/**
 * A mapping: an object that is not null, not an array and not a `Date` (a YAML
 * parser with timestamps enabled returns `Date` for `2024-01-01`; it is a
 * scalar, not a mapping).
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * `obj[key]` when `key` is an own property of `obj`, otherwise undefined: a
 * key such as `constructor` or `__proto__` in hostile input never reads
 * through the prototype chain.
 */
export function own<T>(obj: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  if (obj === undefined) return undefined;
  const value = obj[key];
  return value !== undefined && Object.hasOwn(obj, key) ? value : undefined;
}

/** Longest string quoted in full; a longer one is cut and ends in "...". */
const MAX_QUOTED = 40;

/**
 * What `value` is, for "must be X, not …" messages, in the words the YAML
 * author sees: `null`, `a list`, `a mapping`, `a timestamp`, `the string "yes"`
 * (cut after 40 characters), `the number 1.5`, `the boolean true`; `missing`
 * for undefined.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a timestamp';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED - 3)}...` : value)}`;
    case 'number':
      return `the number ${String(value)}`;
    case 'boolean':
      return `the boolean ${String(value)}`;
    case 'object':
      return 'a mapping';
    default:
      return `a ${typeof value}`;
  }
}
