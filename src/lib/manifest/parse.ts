/**
 * Hardened parsing of multi-document Kubernetes YAML (or JSON) streams: the one manifest
 * reader of the site (PSS checker, RBAC analyzer, examples check, CLIs, future engines).
 *
 * - YAML version: 1.1 scalar rules, as kubectl reads manifests (yamlConfig.ts).
 * - Size: the UTF-8 size is checked against `maxBytes` (default {@link MAX_INPUT_BYTES})
 *   before parsing, with the one reader-facing message of limits.ts.
 * - Alias bombs: yaml's `maxAliasCount` (default {@link DEFAULT_MAX_ALIAS_COUNT}).
 * - Depth: collections nested deeper than `maxDepth` (default {@link DEFAULT_MAX_DEPTH})
 *   are rejected; a linear pre-scan refuses far deeper input before yaml sees it.
 *   limits.ts says why each limit has its value.
 * - Prototype pollution: keys such as `__proto__`, `constructor` and `prototype` are
 *   kept as ordinary own data properties (yaml uses `Object.defineProperty` for keys that
 *   exist on `Object.prototype`); nothing is ever assigned through a prototype. They are
 *   data, not errors: a ConfigMap may legitimately contain a key named `constructor`.
 * - Empty documents (`---` alone, comments only, `null`) are skipped, their index is
 *   still consumed so later documents keep their stream position.
 * - Non-mapping documents, YAML syntax errors and duplicate keys become typed
 *   {@link ManifestError}s with file, line, column and a hint, in the site's own words
 *   (never the YAML library's text); documents are numbered from 1 in messages. An
 *   unclosed quote or bracket is reported where it opens.
 * - Positions of fields: {@link locateField} (locate.ts).
 *
 * Documents are split on `---` / `...` marker lines and each is read by `yaml` on its own,
 * so one broken document does not hide the others. Streams using directives (`%YAML`) or
 * stray carriage returns are handed to `yaml` as a whole. Speed (npm run bench:parse): a
 * 50 KB paste in about 19 ms, a 10 MB stream at about 2.6 MB/s.
 */
import {Lexer, LineCounter, isMap, isScalar, isSeq, parseAllDocuments} from 'yaml';
import type {Document, YAMLError} from 'yaml';
import {DEFAULT_FILE_NAME} from './errors';
import type {ManifestError, ManifestErrorKind} from './errors';
import {
  DEFAULT_MAX_ALIAS_COUNT,
  DEFAULT_MAX_DEPTH,
  MAX_DOCUMENTS,
  MAX_DOCUMENT_TOKENS,
  MAX_INPUT_BYTES,
  inputTooLargeError,
  utf8LengthExceeds,
} from './limits';
import {setSource} from './locate';
import type {DocumentSource} from './locate';
import type {JsonObject, JsonValue, ParsedDoc} from './types';
import {YAML_OPTIONS} from './yamlConfig';
import {linePosition} from '../format/textPosition';

// Kept for existing imports; the limits live in limits.ts.
export {DEFAULT_MAX_ALIAS_COUNT, DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, utf8LengthExceeds} from './limits';

export interface ParseManifestsOptions {
  /** Name used in errors (default `<input>`). */
  readonly file?: string;
  /** Maximum UTF-8 size of the input (default {@link MAX_INPUT_BYTES}, the one limit; tests only change it). */
  readonly maxBytes?: number;
  /** Maximum nesting of collections, the root mapping being depth 1 (default 100). */
  readonly maxDepth?: number;
  /** yaml `maxAliasCount` (default 100). */
  readonly maxAliasCount?: number;
  /**
   * Accept a document that is a YAML list (a Falco rules file is one list of
   * items); its `value` is then the array. Default false: a manifest's
   * documents must be mappings.
   */
  readonly allowSequences?: boolean;
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
  readonly allowSequences?: boolean;
  readonly file: string;
  readonly maxDepth: number;
  readonly maxAliasCount: number;
}

export function parseManifests(text: string, options: ParseManifestsOptions = {}): ParseManifestsResult {
  const limits: Limits = {
    file: options.file ?? DEFAULT_FILE_NAME,
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT,
    allowSequences: options.allowSequences === true,
  };
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
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
    return {ok: false, documents: [], errors: [inputTooLargeError(limits.file, maxBytes)]};
  }
  let source = text;
  if (source.includes('\r')) {
    if (/\r(?!\n)/.test(source)) return parseWholeStream(source, limits);
    source = source.replace(/\r\n/g, '\n');
  }
  if (/^%/m.test(source)) return parseWholeStream(source, limits);
  return parseChunked(source, limits);
}

/**
 * @deprecated The fast reader is gone (npm run bench:parse showed yaml alone is fast
 * enough); this is {@link parseManifests}, kept for existing imports.
 */
export const parseManifestsWithYaml = parseManifests;

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

function parseChunked(src: string, limits: Limits): ParseManifestsResult {
  const documents: ParsedDoc[] = [];
  const errors: ManifestError[] = [];
  const chunks = splitStream(src).filter((c) => !c.empty);
  if (chunks.length > MAX_DOCUMENTS) {
    const extra = chunks[MAX_DOCUMENTS];
    return {
      ok: false,
      documents,
      errors: [
        {
          kind: 'too-large',
          file: limits.file,
          line: extra?.bodyLine ?? 1,
          message: `the input holds more than ${MAX_DOCUMENTS.toLocaleString('en-US')} documents, too many to read at once`,
          hint: inputTooLargeError(limits.file).hint,
        },
      ],
    };
  }
  for (const chunk of chunks) {
    const chunkText = src.slice(chunk.start, chunk.end);
    const scan = prescan(chunkText, limits.maxDepth, MAX_DOCUMENT_TOKENS);
    if (scan !== undefined) {
      errors.push(prescanError(limits, scan, chunk.index, chunk.startLine - 1));
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
    const source: DocumentSource = {text: chunkText, lineOffset: chunk.startLine - 1};
    const converted = convertDocument(doc, chunk.index, lineCounter, source, limits);
    if (converted.error !== undefined) errors.push(converted.error);
    else if (converted.doc !== undefined) documents.push(converted.doc);
  }
  return errors.length === 0 ? {ok: true, documents} : {ok: false, errors, documents};
}

function parseWholeStream(src: string, limits: Limits): ParseManifestsResult {
  const documents: ParsedDoc[] = [];
  const errors: ManifestError[] = [];
  const scan = prescan(src, limits.maxDepth, MAX_DOCUMENT_TOKENS);
  if (scan !== undefined) return {ok: false, documents, errors: [prescanError(limits, scan, undefined, 0)]};
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(src, {...YAML_OPTIONS, lineCounter});
  const streamErrors: readonly YAMLError[] = 'empty' in docs ? docs.errors : [];
  for (const err of streamErrors) errors.push(fromYamlError(err, limits.file, {text: src, lineOffset: 0}, undefined));
  docs.forEach((doc, index) => {
    const converted = convertDocument(doc, index, lineCounter, {text: src, lineOffset: 0, streamIndex: index}, limits);
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
  'too-large': inputTooLargeError(DEFAULT_FILE_NAME).hint,
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
  unreadable: 'Check the path and its permissions.',
};

/**
 * The site's own words for each yaml error code, so every tool shows the same text and
 * never the library's (which changes between versions and speaks of its internals).
 */
const MESSAGE_BY_CODE: Readonly<Record<YAMLError['code'], string>> = {
  ALIAS_PROPS: 'an alias (*name) cannot have its own anchor or tag',
  BAD_ALIAS: 'an alias (*name) refers to an anchor (&name) that is not defined before it',
  BAD_COLLECTION_TYPE: 'a tag names a different kind of collection than the one written',
  BAD_DIRECTIVE: 'a % directive line is not one YAML knows',
  BAD_DQ_ESCAPE: 'a double-quoted value has an invalid escape sequence',
  BAD_INDENT: 'this line is not indented like the lines around it',
  BAD_PROP_ORDER: 'an anchor or tag is not placed before its value',
  BAD_SCALAR_START: 'a plain value cannot start with this character',
  BLOCK_AS_IMPLICIT_KEY: 'a key is followed by a nested block on the same line',
  BLOCK_IN_FLOW: 'a block list or mapping is written inside [ ] or { }',
  DUPLICATE_KEY: 'a key appears twice in the same mapping',
  IMPOSSIBLE: 'the YAML cannot be read at this position',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  MISSING_CHAR: 'a quote or bracket is not closed',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line (is a ":" missing?)',
  MULTIPLE_ANCHORS: 'a value has more than one anchor (&name)',
  MULTIPLE_DOCS: 'a document holds more than one value',
  MULTIPLE_TAGS: 'a value has more than one tag (!tag)',
  NON_STRING_KEY: 'a key is not a plain string',
  RESOURCE_EXHAUSTION: 'collections are nested too deeply to parse safely',
  TAB_AS_INDENT: 'a tab is used for indentation',
  TAG_RESOLVE_FAILED: 'a value does not match its tag (!!int, !!bool, ...)',
  UNEXPECTED_TOKEN: 'unexpected characters at this position',
};

const HINT_BY_CODE: Readonly<Partial<Record<string, string>>> = {
  TAB_AS_INDENT: 'Replace the tab characters with spaces; YAML forbids tabs in indentation.',
  BAD_INDENT: 'Align this line with its siblings: entries of one mapping or sequence must start in the same column.',
  MISSING_CHAR: 'Add the missing closing quote or bracket.',
  MULTILINE_IMPLICIT_KEY: 'Keys must fit on one line; check for a missing ":" or a stray line break.',
};

const QUOTE_OR_BRACKET = /^["'[{]/;

/**
 * The offset where the first quote or flow bracket that is never closed opens, using yaml's
 * own lexer (so comments and block scalars are skipped exactly as yaml skips them).
 */
export function findUnclosedOpening(src: string): {offset: number; what: 'quote' | 'bracket'} | undefined {
  const brackets: number[] = [];
  let offset = 0;
  for (const tok of new Lexer().lex(src)) {
    if (LEXER_MARKERS.has(tok)) continue;
    const start = offset;
    offset += tok.length;
    if (!QUOTE_OR_BRACKET.test(tok)) {
      if ((tok === ']' || tok === '}') && brackets.length > 0) brackets.pop();
      continue;
    }
    const first = tok[0];
    if (first === '[' || first === '{') {
      if (tok.length === 1) brackets.push(start);
      continue;
    }
    if (!isClosedQuote(tok)) return {offset: start, what: 'quote'};
  }
  const open = brackets[0];
  return open === undefined ? undefined : {offset: open, what: 'bracket'};
}

function isClosedQuote(tok: string): boolean {
  const q = tok[0];
  if (tok.length < 2 || tok[tok.length - 1] !== q) return false;
  if (q === "'") {
    // '' is an escaped quote: the token is closed when the quotes after the opening one pair up to an odd final.
    let i = 1;
    while (i < tok.length) {
      if (tok[i] === "'") {
        if (tok[i + 1] === "'") i += 2;
        else return i === tok.length - 1;
      } else i++;
    }
    return false;
  }
  let i = 1;
  while (i < tok.length) {
    if (tok[i] === '\\') i += 2;
    else if (tok[i] === '"') return i === tok.length - 1;
    else i++;
  }
  return false;
}

function fromYamlError(
  err: YAMLError,
  file: string,
  source: DocumentSource,
  docIndex: number | undefined,
): ManifestError {
  let pos = err.linePos?.[0];
  const kind = KIND_BY_CODE[err.code] ?? 'yaml-syntax';
  let message = MESSAGE_BY_CODE[err.code];
  let hint = HINT_BY_CODE[err.code] ?? HINT_BY_KIND[kind];
  if (kind === 'yaml-syntax') {
    // yaml notices a missing closing quote or bracket only later (where the input ends, or at
    // the next line it cannot place): point at the opening, which is the cause.
    const open = findUnclosedOpening(source.text);
    if (open !== undefined && open.offset <= (err.pos[0] ?? 0)) {
      pos = linePosition(source.text, open.offset);
      message = open.what === 'quote' ? 'this quoted value is never closed' : 'this [ or { is never closed';
      hint =
        open.what === 'quote'
          ? "Add the closing quote where the value ends (inside \"…\" write \\\" for a quote; inside '…' write '')."
          : 'Add the closing ] or } where the list or mapping ends.';
    }
  }
  const base = {
    kind,
    file,
    line: (pos?.line ?? 1) + source.lineOffset,
    message,
    hint,
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
  source: DocumentSource,
  limits: Limits,
): Converted {
  const lineOffset = source.lineOffset;
  const docNo = index + 1;
  const firstError = doc.errors[0];
  if (firstError !== undefined) return {error: fromYamlError(firstError, limits.file, source, index)};
  const contents = doc.contents;
  const startOffset = contents?.range[0] ?? 0;
  const startPos = lineCounter.linePos(startOffset);
  const line = startPos.line + lineOffset;
  const column = startPos.col;
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
          message: `document ${docNo} expands more than ${limits.maxAliasCount} YAML aliases`,
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
          message: `document ${docNo} is nested too deeply to parse safely`,
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
        message: `document ${docNo} cannot be read as YAML`,
        hint: HINT_BY_KIND['yaml-syntax'],
      },
    };
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || (Array.isArray(value) && !limits.allowSequences)) {
    return {
      error: {
        kind: 'not-an-object',
        file: limits.file,
        line,
        column: startPos.col,
        docIndex: index,
        message: `document ${docNo} is ${describeJsType(value)}, not a Kubernetes object (a mapping)`,
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
            ? `document ${docNo} nests collections deeper than ${limits.maxDepth} levels`
            : `document ${docNo} contains a value that is not plain JSON data (a custom YAML tag?)`,
        hint: HINT_BY_KIND[problem],
      },
    };
  }
  const itemLines = findItemLines(doc, lineCounter, lineOffset);
  const parsed: ParsedDoc =
    itemLines === undefined
      ? {index, line, column, value: value as JsonObject}
      : {index, line, column, value: value as JsonObject, itemLines};
  setSource(parsed, source);
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

function prescanError(
  limits: Limits,
  scan: NonNullable<ReturnType<typeof prescan>>,
  docIndex: number | undefined,
  lineOffset: number,
): ManifestError {
  if (scan.problem === 'too-deep') return tooDeepError(limits, docIndex, scan.line + lineOffset, scan.column);
  const which = docIndex === undefined ? 'the input' : `document ${docIndex + 1}`;
  const base: ManifestError = {
    kind: 'too-large',
    file: limits.file,
    line: scan.line + lineOffset,
    column: scan.column,
    message: `${which} has more than ${MAX_DOCUMENT_TOKENS.toLocaleString('en-US')} YAML values and punctuation marks, too many to read safely`,
    hint: 'Check it in parts: split the document (for a kind: List, put its items in separate documents).',
  };
  return docIndex === undefined ? base : {...base, docIndex};
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
  const found = prescan(src, maxDepth, Number.POSITIVE_INFINITY);
  return found?.problem === 'too-deep' ? found : undefined;
}

/**
 * {@link findExcessiveNesting}, and a count of yaml's content tokens (scalars, indicators,
 * brackets; not whitespace), stopped at `maxTokens`: yaml needs several hundred bytes of
 * memory per token, so a document made of a few million tiny nodes (`[{},{},…]`) would
 * exhaust the heap well inside the byte limit. See {@link MAX_DOCUMENT_TOKENS}.
 */
export function prescan(
  src: string,
  maxDepth: number,
  maxTokens: number,
): {problem: 'too-deep' | 'too-many-tokens'; line: number; column: number} | undefined {
  const limit = maxDepth + 8;
  let tokens = 0;
  let problem: 'too-deep' | 'too-many-tokens' = 'too-deep';
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
    if (++tokens > maxTokens) {
      problem = 'too-many-tokens';
      found = start;
      break;
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
  const pos = linePosition(src, found);
  return {problem, line: pos.line, column: pos.col};
}
