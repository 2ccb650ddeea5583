/**
 * Thin, hostile-input-safe YAML/JSON manifest reader for the RBAC analyzer.
 *
 * This module is deliberately self-contained: it is a stand-in for the shared
 * `src/lib/manifest` module (`parseManifests(text, {file, maxBytes})`). The
 * rest of `src/lib/rbac` only depends on the exported types below
 * (`ManifestObject`, `ManifestIssue`, `ParseManifestsResult`), so switching to
 * the shared module later means adapting this one file.
 *
 * Protections, in the order they apply:
 *  1. size cap (UTF-8 bytes) checked before any parsing;
 *  2. a linear pre-scan that rejects excessive block/flow nesting before the
 *     YAML library sees it (very deep flow nesting can abort the JS engine
 *     with an unrecoverable out-of-memory error inside the parser);
 *  3. `maxAliasCount` for alias ("billion laughs") expansion;
 *  4. a post-parse walk with a depth cap and a node-count cap that also copies
 *     every mapping into a null-prototype object, so keys such as `__proto__`
 *     or `constructor` are plain data and can never reach a prototype;
 *  5. every issue carries file, line, column and a fix hint.
 *
 * `kind: List` (what `kubectl get ... -o yaml` prints) and typed lists
 * (`RoleList`, `ClusterRoleBindingList`, ...) are expanded into their items.
 */
import {LineCounter, parseAllDocuments, type Document} from 'yaml';

export type JsonPrimitive = string | number | boolean | null;
/** A mapping read from YAML. It has a null prototype; use `Object.hasOwn`. */
export interface JsonObject {
  [key: string]: JsonValue;
}
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;

export type PathSegment = string | number;

export interface Position {
  readonly line: number;
  readonly column: number;
}

export type ManifestIssueCode =
  'too-large' | 'too-deep' | 'too-many-objects' | 'alias-limit' | 'yaml-syntax' | 'not-an-object' | 'bad-list';

export interface ManifestIssue {
  readonly code: ManifestIssueCode;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** 1-based index of the YAML document in the file, when known. */
  readonly document?: number;
  readonly message: string;
  readonly fix: string;
}

export interface ManifestObject {
  readonly file: string;
  /** 1-based document index within the file. */
  readonly document: number;
  /** 0-based index inside a `kind: List` document, if the object came from one. */
  readonly listItem?: number;
  /** The kind of the enclosing List (`List`, `RoleList`, ...), if any. */
  readonly listKind?: string;
  /** Position of the object itself. */
  readonly line: number;
  readonly column: number;
  readonly value: JsonObject;
  /**
   * Position of a field inside this object, e.g. `['roleRef', 'kind']`. Falls
   * back to the nearest existing ancestor, then to the object itself.
   */
  locate(path: readonly PathSegment[]): Position;
}

export interface ParseManifestsOptions {
  /** Name used in messages. Default `<input>`. */
  readonly file?: string;
  /** Maximum input size in UTF-8 bytes. Default 10 MiB. */
  readonly maxBytes?: number;
  /** Maximum number of alias expansions per document. Default 100. */
  readonly maxAliasCount?: number;
  /** Maximum nesting depth of collections. Default 128. */
  readonly maxDepth?: number;
  /** Maximum number of objects (after List expansion). Default 100 000. */
  readonly maxObjects?: number;
  /** Maximum number of YAML nodes after alias expansion. Default 2 000 000. */
  readonly maxNodes?: number;
}

export interface ParseManifestsResult {
  readonly objects: ManifestObject[];
  readonly errors: ManifestIssue[];
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_ALIAS_COUNT = 100;
export const DEFAULT_MAX_DEPTH = 128;
const DEFAULT_MAX_OBJECTS = 100_000;
const DEFAULT_MAX_NODES = 2_000_000;
/** Stop after this many issues in one file; the rest is noise. */
const MAX_ISSUES_PER_FILE = 50;

/** UTF-8 length without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** 1-based line/column of a character offset (used only on the error path). */
function positionOfOffset(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return {line, column: end - lineStart + 1};
}

/**
 * Linear scan that over-approximates nesting. Returns the offset where the
 * limit is first exceeded, or -1. Flow depth counts every bracket outside
 * comments (quotes are not tracked, which can only over-count); block depth is
 * the number of open indentation levels plus leading `- `/`? `/`: ` indicators.
 * The real depth is at most about twice the larger estimate, far below the
 * point where the parser's recursion becomes dangerous.
 */
export function findExcessiveNesting(text: string, limit: number): number {
  let flow = 0;
  const indents: number[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    // --- start of a line
    let indent = 0;
    while (i + indent < n && text.charCodeAt(i + indent) === 32) indent++;
    const lineStart = i;
    i += indent;
    const first = i < n ? text.charCodeAt(i) : 10;
    const blank = first === 10 || first === 13 || first === 35; /* # */
    if (!blank && flow === 0) {
      if (indent === 0 && (text.startsWith('---', i) || text.startsWith('...', i))) {
        indents.length = 0;
      } else {
        while (indents.length > 0 && (indents[indents.length - 1] ?? 0) >= indent) indents.pop();
        indents.push(indent);
        let indicators = 0;
        let j = i;
        while (j + 1 < n) {
          const c = text.charCodeAt(j);
          const next = text.charCodeAt(j + 1);
          if ((c === 45 || c === 63 || c === 58) && (next === 32 || next === 10 || next === 13)) {
            indicators++;
            j += 2;
            while (j < n && text.charCodeAt(j) === 32) j++;
          } else break;
        }
        if (indents.length + indicators > limit) return lineStart;
      }
    }
    if (text.startsWith('---', lineStart) || text.startsWith('...', lineStart)) flow = 0;
    // --- rest of the line
    let prevSpace = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        i++;
        break;
      }
      if (c === 35 /* # */ && prevSpace) {
        while (i < n && text.charCodeAt(i) !== 10) i++;
        continue;
      }
      if (c === 91 || c === 123) {
        flow++;
        if (flow > limit) return i;
      } else if ((c === 93 || c === 125) && flow > 0) {
        flow--;
      }
      prevSpace = c === 32 || c === 9;
      i++;
    }
  }
  return -1;
}

class LimitError extends Error {
  constructor(
    readonly code: 'too-deep' | 'too-many-nodes' | 'alias-limit',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Copies a value produced by `yaml`'s `toJS` into plain JSON-like data with
 * null-prototype mappings, enforcing depth and node-count limits. Also guards
 * against circular structures (a recursive alias), which hit the depth cap.
 */
function sanitize(value: unknown, maxDepth: number, budget: {nodes: number}): JsonValue {
  const visit = (v: unknown, depth: number): JsonValue => {
    if (--budget.nodes < 0) {
      throw new LimitError('too-many-nodes', 'the document expands to too many YAML nodes');
    }
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
    if (typeof v === 'bigint') return String(v);
    if (typeof v !== 'object') return String(v);
    if (depth >= maxDepth) {
      throw new LimitError('too-deep', `nesting is deeper than ${maxDepth} levels`);
    }
    if (Array.isArray(v)) return v.map((item) => visit(item, depth + 1));
    if (v instanceof Map) {
      const out: JsonObject = Object.create(null) as JsonObject;
      for (const [k, item] of v) out[String(k)] = visit(item, depth + 1);
      return out;
    }
    if (v instanceof Set) return [...v].map((item) => visit(item, depth + 1));
    if (v instanceof Date) return v.toISOString();
    if (ArrayBuffer.isView(v)) return '[binary]';
    const out: JsonObject = Object.create(null) as JsonObject;
    for (const key of Object.keys(v)) {
      out[key] = visit((v as Record<string, unknown>)[key], depth + 1);
    }
    return out;
  };
  return visit(value, 0);
}

export function isJsonObject(v: JsonValue | undefined): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describeType(v: JsonValue): string {
  if (v === null) return 'empty (null)';
  if (Array.isArray(v)) return 'a list';
  return `a ${typeof v}`;
}

const YAML_FIX: Partial<Record<string, string>> = {
  BAD_INDENT: 'Fix the indentation: use spaces only and align keys of the same mapping.',
  TAB_AS_INDENT: 'Replace tab characters in the indentation with spaces.',
  DUPLICATE_KEY: 'Remove or rename the duplicated key; each key may appear once per mapping.',
  MISSING_CHAR: 'Close the open bracket, brace or quote.',
  UNEXPECTED_TOKEN: 'Check for an unclosed bracket or quote, or a stray character.',
  BLOCK_AS_IMPLICIT_KEY: 'Put a space after the colon and check the indentation of the next line.',
  MULTILINE_IMPLICIT_KEY: 'A key must fit on one line; quote the value or fix the indentation.',
  BAD_ALIAS: 'Define the anchor (&name) before using the alias (*name).',
  KEY_OVER_1024_CHARS: 'Shorten the key.',
  MULTIPLE_ANCHORS: 'Use at most one anchor per node.',
  MULTIPLE_TAGS: 'Use at most one tag per node.',
  BAD_DQ_ESCAPE: 'Fix the escape sequence in the double-quoted string, or use single quotes.',
  RESOURCE_EXHAUSTION: 'Simplify the document: it nests or repeats too much.',
};

function firstLine(message: string): string {
  const line = message.split('\n', 1)[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

/** Parses a multi-document YAML (or JSON) text into Kubernetes-like objects. */
export function parseManifests(text: string, options: ParseManifestsOptions = {}): ParseManifestsResult {
  const file = options.file ?? '<input>';
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxAliasCount = options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxObjects = options.maxObjects ?? DEFAULT_MAX_OBJECTS;
  const objects: ManifestObject[] = [];
  const errors: ManifestIssue[] = [];

  // 1. size cap: a UTF-16 code unit is at least one UTF-8 byte.
  if (typeof text !== 'string') {
    errors.push({
      code: 'not-an-object',
      file,
      line: 1,
      column: 1,
      message: 'input is not text',
      fix: 'Provide the manifest as text.',
    });
    return {objects, errors};
  }
  if (text.length > maxBytes || utf8Length(text) > maxBytes) {
    errors.push({
      code: 'too-large',
      file,
      line: 1,
      column: 1,
      message: `input is larger than the limit of ${maxBytes} bytes`,
      fix: 'Split the input into smaller files, or only export the RBAC objects (kubectl get roles,rolebindings,clusterroles,clusterrolebindings -A -o yaml).',
    });
    return {objects, errors};
  }

  // 2. nesting pre-scan
  const deepAt = findExcessiveNesting(text, maxDepth);
  if (deepAt >= 0) {
    const pos = positionOfOffset(text, deepAt);
    errors.push({
      code: 'too-deep',
      file,
      ...pos,
      message: `nesting is deeper than ${maxDepth} levels`,
      fix: 'Kubernetes RBAC objects nest only a few levels; check for runaway brackets or indentation.',
    });
    return {objects, errors};
  }

  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = [
      ...parseAllDocuments(text, {
        lineCounter,
        prettyErrors: false,
        merge: true,
        uniqueKeys: true,
        strict: true,
        logLevel: 'silent',
      }),
    ] as Document.Parsed[];
  } catch (e) {
    errors.push({
      code: 'yaml-syntax',
      file,
      line: 1,
      column: 1,
      message: `the YAML parser failed: ${e instanceof Error ? e.message : String(e)}`,
      fix: 'Check that the input is YAML or JSON.',
    });
    return {objects, errors};
  }

  const pos = (offset: number | undefined): Position => {
    if (offset === undefined) return {line: 1, column: 1};
    const p = lineCounter.linePos(offset);
    return {line: p.line, column: p.col};
  };
  const budget = {nodes: options.maxNodes ?? DEFAULT_MAX_NODES};
  let dropped = false;
  const push = (o: ManifestObject): void => {
    if (objects.length >= maxObjects) dropped = true;
    else objects.push(o);
  };

  docs.forEach((doc, index) => {
    if (errors.length >= MAX_ISSUES_PER_FILE) return;
    const documentNo = index + 1;
    const docPos = pos(doc.contents?.range[0] ?? doc.range[0]);
    if (doc.errors.length > 0) {
      for (const err of doc.errors.slice(0, 5)) {
        const at = pos(err.pos[0]);
        errors.push({
          code: 'yaml-syntax',
          file,
          line: at.line,
          column: at.column,
          document: documentNo,
          message: `YAML syntax error: ${firstLine(err.message)}`,
          fix: YAML_FIX[err.code] ?? 'Fix the YAML syntax at this position (a YAML linter can help).',
        });
      }
      return;
    }
    if (doc.contents === null) return; // empty document, e.g. a trailing `---`

    let value: JsonValue;
    try {
      value = sanitize(doc.toJS({maxAliasCount}), maxDepth, budget);
    } catch (e) {
      if (e instanceof LimitError && e.code === 'too-many-nodes') {
        errors.push({
          code: 'too-large',
          file,
          ...docPos,
          document: documentNo,
          message: e.message,
          fix: 'Split the input into smaller files, or remove repeated aliases (*name).',
        });
        return;
      }
      if (e instanceof LimitError) {
        errors.push({
          code: 'too-deep',
          file,
          ...docPos,
          document: documentNo,
          message: e.message,
          fix: 'Check for runaway nesting or a recursive alias.',
        });
        return;
      }
      const message = e instanceof Error ? e.message : String(e);
      const isAlias = /alias/i.test(message);
      errors.push({
        code: isAlias ? 'alias-limit' : 'yaml-syntax',
        file,
        ...docPos,
        document: documentNo,
        message: isAlias
          ? `too many YAML aliases (more than ${maxAliasCount} expansions): ${message}`
          : `could not read the YAML document: ${message}`,
        fix: isAlias
          ? 'Write the repeated values out instead of using aliases (*name), or split the input.'
          : 'Check the YAML syntax.',
      });
      return;
    }

    const locator =
      (prefix: readonly PathSegment[], fallback: Position) =>
      (path: readonly PathSegment[]): Position => {
        const full = [...prefix, ...path];
        for (let len = full.length; len >= 0; len--) {
          const node: unknown = doc.getIn(full.slice(0, len), true);
          if (node && typeof node === 'object' && 'range' in node) {
            const range = (node as {range?: unknown}).range;
            if (Array.isArray(range) && typeof range[0] === 'number') return pos(range[0]);
          }
        }
        return fallback;
      };

    if (value === null) return; // empty document (only comments, or `~`)
    if (!isJsonObject(value)) {
      const hint = Array.isArray(value)
        ? 'Put each object in its own document separated by `---`, or wrap them as `apiVersion: v1`, `kind: List`, `items: [...]`.'
        : 'Each YAML document must be a mapping with apiVersion, kind and metadata.';
      errors.push({
        code: 'not-an-object',
        file,
        ...docPos,
        document: documentNo,
        message: `document ${documentNo} is ${describeType(value)}, expected a Kubernetes object (a mapping with apiVersion and kind)`,
        fix: hint,
      });
      return;
    }

    const kind = value['kind'];
    if (typeof kind === 'string' && kind.endsWith('List') && Object.hasOwn(value, 'items')) {
      const items = value['items'];
      if (items === null) return; // an empty list prints as `items: []` or `items: null`
      if (!Array.isArray(items)) {
        const at = locator([], docPos)(['items']);
        errors.push({
          code: 'bad-list',
          file,
          ...at,
          document: documentNo,
          message: `${kind}: items must be a list of objects`,
          fix: 'Write items as a YAML list (`items:` followed by `- ...` entries).',
        });
        return;
      }
      items.forEach((item, itemIndex) => {
        const at = locator([], docPos)(['items', itemIndex]);
        if (!isJsonObject(item)) {
          errors.push({
            code: 'bad-list',
            file,
            ...at,
            document: documentNo,
            message: `${kind} item ${itemIndex + 1} is ${describeType(item)}, expected a Kubernetes object`,
            fix: 'Every entry of items must be a mapping with apiVersion and kind.',
          });
          return;
        }
        push({
          file,
          document: documentNo,
          listItem: itemIndex,
          listKind: kind,
          ...at,
          value: item,
          locate: locator(['items', itemIndex], at),
        });
      });
    } else {
      push({file, document: documentNo, ...docPos, value, locate: locator([], docPos)});
    }
  });
  if (dropped) {
    errors.push({
      code: 'too-many-objects',
      file,
      line: 1,
      column: 1,
      message: `more than ${maxObjects} objects`,
      fix: 'Split the input into several runs.',
    });
  }

  return {objects, errors};
}
