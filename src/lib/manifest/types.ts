/**
 * Plain-data types shared by every manifest consumer (PSS engine, RBAC analyser, ...).
 *
 * Everything produced by {@link parseManifests} is JSON-shaped: objects are plain
 * `Object.prototype` objects whose keys are all own data properties (a YAML key
 * named `__proto__` becomes an own property, it never touches a prototype), and
 * numbers may additionally be `NaN`/`Infinity` (YAML `.nan`/`.inf`).
 */
import {isPlainObject} from '../format/value';

export type JsonPrimitive = null | boolean | number | string;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * One YAML document of a stream. `index` is 0-based (a position); messages and result
 * cards number documents from 1 (`document ${index + 1}`). Where a field of it is
 * written: `locateField(doc, path)` (locate.ts).
 */
export interface ParsedDoc {
  /** 0-based index of the document in the stream (empty documents count, but are not returned). */
  readonly index: number;
  /** 1-based line where the document's content starts. */
  readonly line: number;
  /** 1-based column where the document's content starts. */
  readonly column?: number;
  /** The document as plain data; always a mapping (non-mapping documents are errors). */
  readonly value: JsonObject;
  /**
   * 1-based lines of the entries of a top-level `items:` sequence, when there is one.
   * Used by {@link expandLists} to point at `kind: List` items precisely.
   */
  readonly itemLines?: readonly number[];
}

/** A Kubernetes object found in a stream, after `kind: List` / `*List` expansion. */
export interface ManifestObject {
  /** Index of the source document in the stream. */
  readonly docIndex: number;
  /** Index inside `items` when the object came from a List, otherwise undefined. */
  readonly itemIndex?: number;
  /** The kind of the enclosing List (`List`, `RoleList`, ...) when the object came from one. */
  readonly listKind?: string;
  /** 1-based line where the object starts. */
  readonly line: number;
  /** 1-based column where the object starts, when known without parsing again (`locateField` always knows). */
  readonly column?: number;
  readonly value: JsonObject;
}

/** {@link isPlainObject}, typed for parsed manifests. */
export function isJsonObject(value: unknown): value is JsonObject {
  return isPlainObject(value);
}
