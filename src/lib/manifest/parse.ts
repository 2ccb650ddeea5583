/**
 * Hardened parsing of multi-document Kubernetes YAML (or JSON) streams.
 *
 * - Size: the UTF-8 size is checked against `maxBytes` (default 2 MiB) before parsing.
 * - Alias bombs: yaml's `maxAliasCount` (default 100) bounds alias expansion.
 * - Depth: collections nested deeper than `maxDepth` (default 100) are rejected; yaml
 *   itself turns stack exhaustion into an error, which we report the same way.
 * - Prototype pollution: keys such as `__proto__`, `constructor` and `prototype` are
 *   kept as ordinary own data properties (yaml and the fast reader both use
 *   `Object.defineProperty` for keys that exist on `Object.prototype`); nothing is ever
 *   assigned through a prototype. They are data, not errors: a ConfigMap may legitimately
 *   contain a key named `constructor`.
 * - Empty documents (`---` alone, comments only, `null`) are skipped, their index is
 *   still consumed so later documents keep their stream position.
 * - Non-mapping documents, YAML syntax errors and duplicate keys become typed
 *   {@link ManifestError}s with file, line, column and a hint.
 *
 * Documents are split on `---` / `...` marker lines and read by the fast reader in
 * `fastYaml.ts` when possible, else by `yaml` (per document). Streams using directives
 * (`%YAML`) or stray carriage returns are handed to `yaml` as a whole.
 */
import {Lexer, LineCounter, isMap, isScalar, isSeq, parseAllDocuments} from 'yaml';
import type {Document, YAMLError} from 'yaml';
import {DEFAULT_FILE_NAME} from './errors';
import type {ManifestError, ManifestErrorKind} from './errors';
import {BAIL, fastParseDocument} from './fastYaml';
import type {JsonObject, JsonValue, ParsedDoc} from './types';
import {YAML_OPTIONS} from './yamlConfig';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_MAX_DEPTH = 100;
export const DEFAULT_MAX_ALIAS_COUNT = 100;

export interface ParseManifestsOptions {
  /** Name used in errors (default `<input>`). */
  readonly file?: string;
  /** Maximum UTF-8 size of the input (default 2 MiB). */
  readonly maxBytes?: number;
  /** Maximum nesting of collections, the root mapping being depth 1 (default 100). */
  readonly maxDepth?: number;
  /** yaml `maxAliasCount` (default 100). */
  readonly maxAliasCount?: number;
}

export type ParseManifestsResult =
  | {readonly ok: true; readonly documents: readonly ParsedDoc[]}
  | {
      readonly ok: false;
      /** At least one error; at most one per document (plus stream-level errors). */
      readonly errors: readonly ManifestError[];
      /** Documents that parsed fine, so callers can still show partial results. */
      readonly documents: readonly ParsedDoc[];
    };

interface Limits {
  readonly file: string;
  readonly maxDepth: number;
  readonly maxAliasCount: number;
}

/** UTF-8 length of `text`, stopping early once it exceeds `limit`. */
export function utf8LengthExceeds(text: string, limit: number): boolean {
  if (text.length > limit) return true; // every UTF-16 unit is at least one byte
  if (text.length * 3 <= limit) return false; // every UTF-16 unit is at most three bytes
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4; // surrogate pair (or a lone high surrogate, encoded as 3 bytes + next unit)
      i++;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}

function describeBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

export function parseManifests(text: string, options: ParseManifestsOptions = {}): ParseManifestsResult {
  return parse(text, options, true);
}

/**
 * Same contract as {@link parseManifests}, but every document is read by `yaml` (the fast
 * reader is disabled). The reference the fast path is tested against; slower.
 */
export function parseManifestsWithYaml(text: string, options: ParseManifestsOptions = {}): ParseManifestsResult {
  return parse(text, options, false);
}

function parse(text: string, options: ParseManifestsOptions, fast: boolean): ParseManifestsResult {
  const limits: Limits = {
    file: options.file ?? DEFAULT_FILE_NAME,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT,
  };
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof text !== 'string') {
    return {
      ok: false,
      documents: [],
      errors: [
        {
          kind: 'yaml-syntax',
          file: limits.file,
          line: 1,
          message: 'input is not text',
          hint: 'Pass the manifest contents as a string.',
        },
      ],
    };
  }
  if (utf8LengthExceeds(text, maxBytes)) {
    return {
      ok: false,
      documents: [],
      errors: [
        {
          kind: 'too-large',
          file: limits.file,
          line: 1,
          message: `input is larger than the ${describeBytes(maxBytes)} limit`,
          hint: 'Split the manifests into smaller files, or raise the limit (maxBytes) if you trust the input.',
        },
      ],
    };
  }
  let source = text;
  if (source.includes('\r')) {
    if (/\r(?!\n)/.test(source)) return parseWholeStream(source, limits);
    source = source.replace(/\r\n/g, '\n');
  }
  if (/^%/m.test(source)) return parseWholeStream(source, limits);
  return parseChunked(source, limits, fast);
}

/** A document as delimited by marker lines. */
interface Chunk {
  readonly index: number;
  /** Offset of the chunk (its `---` line when it has one). */
  readonly start: number;
  /** Offset of the body (after the `---` line). */
  readonly bodyStart: number;
  readonly end: number;
  /** 1-based line of `start` and of `bodyStart`. */
  readonly startLine: number;
  readonly bodyLine: number;
  /** Something other than a comment follows `---` on the marker line. */
  readonly markerHasContent: boolean;
  /** Only blank and comment lines. */
  readonly empty: boolean;
}

function isMarker(src: string, p: number, e: number, ch: number): boolean {
  return (
    src.charCodeAt(p) === ch &&
    src.charCodeAt(p + 1) === ch &&
    src.charCodeAt(p + 2) === ch &&
    (p + 3 === e || src.charCodeAt(p + 3) === 32 || src.charCodeAt(p + 3) === 9)
  );
}

/**
 * Splits a stream into documents the way yaml counts them: `---` always starts a
 * document, `...` ends the open one (or stands for an empty one), and content outside
 * any document starts an implicit document. Blank and comment lines never start one.
 */
export function splitStream(src: string): Chunk[] {
  const chunks: Chunk[] = [];
  let open = false;
  let cur: {
    start: number;
    bodyStart: number;
    startLine: number;
    bodyLine: number;
    marker: boolean;
    empty: boolean;
  } | null = null;
  let nextStart = 0;
  let nextStartLine = 1;
  const close = (end: number): void => {
    if (cur !== null) {
      chunks.push({
        index: chunks.length,
        start: cur.start,
        bodyStart: cur.bodyStart,
        end,
        startLine: cur.startLine,
        bodyLine: cur.bodyLine,
        markerHasContent: cur.marker,
        empty: cur.empty,
      });
    }
    cur = null;
    open = false;
  };
  let line = 1;
  let p = 0;
  const n = src.length;
  while (p <= n) {
    let e = src.indexOf('\n', p);
    if (e === -1) e = n;
    if (isMarker(src, p, e, 45 /* - */)) {
      if (open) close(p);
      let q = p + 3;
      while (q < e && (src.charCodeAt(q) === 32 || src.charCodeAt(q) === 9)) q++;
      const markerHasContent = q < e && src.charCodeAt(q) !== 35;
      cur = {
        start: p,
        bodyStart: Math.min(e + 1, n),
        startLine: line,
        bodyLine: line + 1,
        marker: markerHasContent,
        empty: !markerHasContent,
      };
      open = true;
    } else if (isMarker(src, p, e, 46 /* . */)) {
      if (open) {
        close(p);
      } else {
        chunks.push({
          index: chunks.length,
          start: p,
          bodyStart: p,
          end: p,
          startLine: line,
          bodyLine: line,
          markerHasContent: false,
          empty: true,
        });
      }
      nextStart = Math.min(e + 1, n);
      nextStartLine = line + 1;
    } else {
      let q = p;
      while (q < e && (src.charCodeAt(q) === 32 || src.charCodeAt(q) === 9)) q++;
      const content = q < e && src.charCodeAt(q) !== 35;
      if (content) {
        if (!open) {
          cur = {
            start: nextStart,
            bodyStart: nextStart,
            startLine: nextStartLine,
            bodyLine: nextStartLine,
            marker: false,
            empty: false,
          };
          open = true;
        } else if (cur !== null) {
          cur.empty = false;
        }
      }
    }
    if (!open) {
      nextStart = Math.min(e + 1, n);
      nextStartLine = line + 1;
    }
    if (e === n) break;
    p = e + 1;
    line++;
  }
  if (open) close(n);
  return chunks;
}

function parseChunked(src: string, limits: Limits, fast: boolean): ParseManifestsResult {
  const documents: ParsedDoc[] = [];
  const errors: ManifestError[] = [];
  for (const chunk of splitStream(src)) {
    if (chunk.empty) continue;
    if (fast && !chunk.markerHasContent) {
      const read = fastParseDocument(src, chunk.bodyStart, chunk.end, chunk.bodyLine, limits.maxDepth);
      if (read !== BAIL) {
        if (read.value !== null) {
          documents.push(
            read.itemLines === undefined
              ? {index: chunk.index, line: read.line, value: read.value}
              : {index: chunk.index, line: read.line, value: read.value, itemLines: read.itemLines},
          );
        }
        continue;
      }
    }
    const chunkText = src.slice(chunk.start, chunk.end);
    const deep = findExcessiveNesting(chunkText, limits.maxDepth);
    if (deep !== undefined) {
      errors.push(tooDeepError(limits, chunk.index, deep.line + chunk.startLine - 1, deep.column));
      continue;
    }
    const lineCounter = new LineCounter();
    const docs = parseAllDocuments(chunkText, {...YAML_OPTIONS, lineCounter});
    if (docs.length !== 1) {
      // The chunking disagrees with yaml (should not happen): trust yaml for the stream.
      return parseWholeStream(src, limits);
    }
    const [doc] = docs;
    if (doc === undefined) continue;
    const converted = convertDocument(doc, chunk.index, lineCounter, chunk.startLine - 1, limits);
    if (converted.error !== undefined) errors.push(converted.error);
    else if (converted.doc !== undefined) documents.push(converted.doc);
  }
  return errors.length === 0 ? {ok: true, documents} : {ok: false, errors, documents};
}

function parseWholeStream(src: string, limits: Limits): ParseManifestsResult {
  const documents: ParsedDoc[] = [];
  const errors: ManifestError[] = [];
  const deep = findExcessiveNesting(src, limits.maxDepth);
  if (deep !== undefined)
    return {ok: false, documents, errors: [tooDeepError(limits, undefined, deep.line, deep.column)]};
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(src, {...YAML_OPTIONS, lineCounter});
  const streamErrors: readonly YAMLError[] = 'empty' in docs ? docs.errors : [];
  for (const err of streamErrors) errors.push(fromYamlError(err, limits.file, 0, undefined));
  docs.forEach((doc, index) => {
    const converted = convertDocument(doc, index, lineCounter, 0, limits);
    if (converted.error !== undefined) errors.push(converted.error);
    else if (converted.doc !== undefined) documents.push(converted.doc);
  });
  return errors.length === 0 ? {ok: true, documents} : {ok: false, errors, documents};
}

const KIND_BY_CODE: Readonly<Partial<Record<string, ManifestErrorKind>>> = {
  DUPLICATE_KEY: 'duplicate-key',
  RESOURCE_EXHAUSTION: 'too-deep',
};

const HINT_BY_KIND: Readonly<Record<ManifestErrorKind, string>> = {
  'too-large': 'Split the manifests into smaller files, or raise the limit (maxBytes) if you trust the input.',
  'yaml-syntax':
    'Fix the YAML at this position: indent with spaces (never tabs), quote values containing ": " or " #", and close every quote and bracket.',
  'duplicate-key': 'Remove or rename the repeated key; kubectl and the API server reject mappings with duplicate keys.',
  'alias-limit':
    'Expand the anchors (&name) and aliases (*name) by hand; this many alias expansions looks like a YAML "billion laughs" attack.',
  'not-an-object':
    'Each YAML document must be one Kubernetes object (a mapping with apiVersion, kind and metadata). Put several objects in separate documents separated by "---", or in a kind: List with items:.',
  'too-deep': 'Flatten the structure; real Kubernetes objects are never nested this deeply.',
  'unsupported-value':
    'Remove the YAML tag or anchor trick; Kubernetes manifests only contain plain JSON-compatible data.',
};

const HINT_BY_CODE: Readonly<Partial<Record<string, string>>> = {
  TAB_AS_INDENT: 'Replace the tab characters with spaces; YAML forbids tabs in indentation.',
  BAD_INDENT: 'Align this line with its siblings: entries of one mapping or sequence must start in the same column.',
  MISSING_CHAR: 'Add the missing closing quote or bracket.',
  MULTILINE_IMPLICIT_KEY: 'Keys must fit on one line; check for a missing ":" or a stray line break.',
};

function cleanMessage(message: string): string {
  const firstLine = message.split('\n', 1)[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
}

function fromYamlError(err: YAMLError, file: string, lineOffset: number, docIndex: number | undefined): ManifestError {
  const pos = err.linePos?.[0];
  const kind = KIND_BY_CODE[err.code] ?? 'yaml-syntax';
  const base = {
    kind,
    file,
    line: (pos?.line ?? 1) + lineOffset,
    message: kind === 'too-deep' ? 'collections are nested too deeply to parse safely' : cleanMessage(err.message),
    hint: HINT_BY_CODE[err.code] ?? HINT_BY_KIND[kind],
  };
  const withCol = pos === undefined ? base : {...base, column: pos.col};
  return docIndex === undefined ? withCol : {...withCol, docIndex};
}

interface Converted {
  readonly doc?: ParsedDoc;
  readonly error?: ManifestError;
}

function describeJsType(value: unknown): string {
  if (Array.isArray(value)) return 'a sequence';
  if (value === null) return 'null';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return 'a non-object value';
}

function convertDocument(
  doc: Document.Parsed,
  index: number,
  lineCounter: LineCounter,
  lineOffset: number,
  limits: Limits,
): Converted {
  const firstError = doc.errors[0];
  if (firstError !== undefined) return {error: fromYamlError(firstError, limits.file, lineOffset, index)};
  const contents = doc.contents;
  const startOffset = contents?.range[0] ?? 0;
  const startPos = lineCounter.linePos(startOffset);
  const line = startPos.line + lineOffset;
  let value: unknown;
  try {
    value = doc.toJS({maxAliasCount: limits.maxAliasCount});
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/alias count/i.test(message)) {
      return {
        error: {
          kind: 'alias-limit',
          file: limits.file,
          line,
          docIndex: index,
          message: `document ${index} expands more than ${limits.maxAliasCount} YAML aliases`,
          hint: HINT_BY_KIND['alias-limit'],
        },
      };
    }
    if (err instanceof RangeError) {
      return {
        error: {
          kind: 'too-deep',
          file: limits.file,
          line,
          docIndex: index,
          message: `document ${index} is nested too deeply to parse safely`,
          hint: HINT_BY_KIND['too-deep'],
        },
      };
    }
    return {
      error: {
        kind: 'yaml-syntax',
        file: limits.file,
        line,
        docIndex: index,
        message: cleanMessage(message),
        hint: HINT_BY_KIND['yaml-syntax'],
      },
    };
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      error: {
        kind: 'not-an-object',
        file: limits.file,
        line,
        column: startPos.col,
        docIndex: index,
        message: `document ${index} is ${describeJsType(value)}, not a Kubernetes object (a mapping)`,
        hint: HINT_BY_KIND['not-an-object'],
      },
    };
  }
  const problem = checkPlainData(value, limits.maxDepth);
  if (problem !== undefined) {
    return {
      error: {
        kind: problem,
        file: limits.file,
        line,
        docIndex: index,
        message:
          problem === 'too-deep'
            ? `document ${index} nests collections deeper than ${limits.maxDepth} levels`
            : `document ${index} contains a value that is not plain JSON data (a custom YAML tag?)`,
        hint: HINT_BY_KIND[problem],
      },
    };
  }
  const itemLines = findItemLines(doc, lineCounter, lineOffset);
  const parsed: ParsedDoc =
    itemLines === undefined
      ? {index, line, value: value as JsonObject}
      : {index, line, value: value as JsonObject, itemLines};
  return {doc: parsed};
}

function findItemLines(doc: Document.Parsed, lineCounter: LineCounter, lineOffset: number): number[] | undefined {
  const contents = doc.contents;
  if (!isMap(contents)) return undefined;
  for (const pair of contents.items) {
    if (!isScalar(pair.key) || pair.key.value !== 'items') continue;
    const items = pair.value;
    if (!isSeq(items)) return undefined;
    const lines: number[] = [];
    for (const item of items.items) {
      const offset =
        item !== null && typeof item === 'object' && 'range' in item && Array.isArray(item.range)
          ? item.range[0]
          : undefined;
      const start = typeof offset === 'number' ? offset : (items.range?.[0] ?? 0);
      lines.push(lineCounter.linePos(start).line + lineOffset);
    }
    return lines;
  }
  return undefined;
}

/**
 * Verifies that `value` is plain JSON-shaped data no deeper than `maxDepth` (root = 1).
 * Returns the problem kind, or undefined when the value is fine.
 */
function checkPlainData(root: object, maxDepth: number): 'too-deep' | 'unsupported-value' | undefined {
  const stack: Array<{readonly value: unknown; readonly depth: number}> = [{value: root, depth: 1}];
  while (stack.length > 0) {
    const top = stack.pop();
    if (top === undefined) break;
    const {value, depth} = top;
    if (Array.isArray(value)) {
      if (depth > maxDepth) return 'too-deep';
      for (const item of value as unknown[]) {
        if (item !== null && typeof item === 'object') stack.push({value: item, depth: depth + 1});
        else if (!isJsonPrimitive(item)) return 'unsupported-value';
      }
    } else if (value !== null && typeof value === 'object') {
      if (Object.getPrototypeOf(value) !== Object.prototype) return 'unsupported-value';
      if (depth > maxDepth) return 'too-deep';
      for (const key of Object.keys(value)) {
        const item: unknown = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push({value: item, depth: depth + 1});
        else if (!isJsonPrimitive(item)) return 'unsupported-value';
      }
    } else if (!isJsonPrimitive(value)) {
      return 'unsupported-value';
    }
  }
  return undefined;
}

function isJsonPrimitive(value: unknown): value is JsonValue {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

function tooDeepError(limits: Limits, docIndex: number | undefined, line: number, column: number): ManifestError {
  const base: ManifestError = {
    kind: 'too-deep',
    file: limits.file,
    line,
    column,
    message: `collections are nested more than ${limits.maxDepth} levels deep`,
    hint: HINT_BY_KIND['too-deep'],
  };
  return docIndex === undefined ? base : {...base, docIndex};
}

/** Zero-width marker tokens of yaml's lexer. */
const LEXER_MARKERS: ReadonlySet<string> = new Set(['\x02', '\x1f', '\x18']);

/**
 * Linear pre-scan guarding `yaml`'s parser, whose memory use explodes on inputs such as
 * a megabyte of `[` (hundreds of MB before it gives up). Uses yaml's own lexer, so
 * quoting, comments and block scalars are tokenised exactly as yaml will. Flow depth is
 * exact; block depth is estimated from the indentation stack plus the `-`/`?`/`:`
 * indicators on each line. The estimate is at least half the real depth, so with the
 * slack below nothing nested <= maxDepth is rejected here, and nothing nested much
 * deeper than 2 * maxDepth reaches the parser. The exact limit is enforced after parsing.
 * Returns the 1-based position where the estimate first exceeds the limit.
 */
export function findExcessiveNesting(src: string, maxDepth: number): {line: number; column: number} | undefined {
  const limit = maxDepth + 8;
  const stack: number[] = [];
  let flow = 0;
  let offset = 0;
  let atLineStart = true;
  let col = 0;
  let lineBase = 0;
  let indicators = 0;
  let found = -1;
  for (const tok of new Lexer().lex(src)) {
    if (LEXER_MARKERS.has(tok)) continue;
    const start = offset;
    offset += tok.length;
    if (tok === '\n' || tok === '\r\n' || tok === '') {
      atLineStart = true;
      col = 0;
      indicators = 0;
      continue;
    }
    if (tok.includes('\n')) {
      // A multi-line scalar (block scalar body, folded plain or quoted scalar).
      atLineStart = tok.endsWith('\n');
      col = 0;
      continue;
    }
    const first = tok.charCodeAt(0);
    if (first === 32 || first === 9) {
      if (atLineStart) col = tok.length;
      continue;
    }
    if (tok === '---' || tok === '...') {
      stack.length = 0;
      flow = 0;
      atLineStart = false;
      continue;
    }
    if (atLineStart) {
      atLineStart = false;
      if (first === 35 /* # */) continue;
      if (flow === 0) {
        while (stack.length > 0 && (stack[stack.length - 1] ?? 0) >= col) stack.pop();
        stack.push(col);
        lineBase = stack.length;
        indicators = 0;
      }
    }
    if (tok === '[' || tok === '{') {
      flow++;
    } else if (tok === ']' || tok === '}') {
      if (flow > 0) flow--;
    } else if (flow === 0 && (tok === '-' || tok === '?' || tok === ':')) {
      indicators++;
    } else {
      continue;
    }
    if (lineBase + indicators + flow > limit) {
      found = start;
      break;
    }
  }
  if (found < 0) return undefined;
  let line = 1;
  let lineStart = 0;
  for (let i = src.indexOf('\n'); i !== -1 && i < found; i = src.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return {line, column: found - lineStart + 1};
}
