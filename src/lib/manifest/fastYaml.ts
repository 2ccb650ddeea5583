/**
 * A fast, deliberately partial YAML reader for the shape Kubernetes manifests almost
 * always have: block mappings and sequences, single-line plain and quoted scalars,
 * single-line flow collections and `|`/`|-` literal block scalars.
 *
 * Why: the `yaml` library parses at roughly 2 MB/s on the project's CI cores, which
 * makes "parse + evaluate > 5 MB/s" impossible for multi-document streams. This reader
 * handles the common subset an order of magnitude faster and *bails out* (returns
 * {@link BAIL}) on anything else: anchors, aliases, tags, merge keys, folded or kept
 * block scalars, multi-line scalars or flow collections, complex keys, tabs, control
 * characters, duplicate keys, non-mapping roots, excessive depth... The caller then
 * parses that document with `yaml`, which also produces all error messages. So this
 * module never reports errors, and its successes must equal `yaml`'s output exactly:
 * plain scalars are resolved with yaml's own tag objects (see `yamlConfig.ts`), and a
 * differential property test (`fastYaml.test.ts`) compares both readers on generated
 * manifests.
 */
import type {JsonObject, JsonValue} from './types';
import {RESOLVE_FAILED, resolvePlainScalar} from './yamlConfig';

export const BAIL: unique symbol = Symbol('fast-yaml-bail');
export type Bail = typeof BAIL;

/** Thrown internally to unwind the recursive descent; never escapes this module. */
const BAIL_SIGNAL: {readonly bail: true} = Object.freeze({bail: true});

function bail(): never {
  // A pre-allocated sentinel: cheaper than an Error, which would capture a stack.
  throw BAIL_SIGNAL;
}

export interface FastDoc {
  /** `null` for a document with only blank lines and comments. */
  readonly value: JsonObject | null;
  /** 1-based line of the root mapping's first key (0 for an empty document). */
  readonly line: number;
  readonly itemLines?: readonly number[];
}

/** Characters that may not start a plain scalar or plain key (YAML c-indicator). */
const INDICATORS = new Set('-?:,[]{}#&*!|>\'"%@`'.split(''));
/** Characters that end a plain scalar inside a flow collection. */
const FLOW_STOP = new Set(',[]{}'.split(''));
/** Control characters, C1 controls, NEL/LS/PS and BOM are left to the full parser. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they route input to the full parser.
const UNSUPPORTED_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\t\r]/;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
};
const HEX_ESCAPE_LENGTH: Readonly<Record<string, number>> = {x: 2, u: 4, U: 8};
const HEX = /^[0-9a-fA-F]+$/;
/** yaml rejects implicit keys longer than this. */
const MAX_IMPLICIT_KEY_LENGTH = 1024;

const LINE_CONTENT = 0;
const LINE_BLANK = 1;
const LINE_COMMENT = 2;

function assign(obj: JsonObject, key: string, value: JsonValue): void {
  if (Object.prototype.hasOwnProperty.call(obj, key)) bail(); // duplicate key: yaml reports it
  if (key in obj) {
    // `__proto__`, `constructor`, ...: define an own data property, exactly like yaml does.
    Object.defineProperty(obj, key, {value, writable: true, enumerable: true, configurable: true});
  } else {
    obj[key] = value;
  }
}

class Reader {
  private readonly n: number;
  private readonly lineStart: Int32Array;
  private readonly lineEnd: Int32Array;
  /** Column of the first non-space character (content start is lineStart + indent). */
  private readonly indent: Int32Array;
  private readonly kind: Uint8Array;
  private li = 0;
  /** Position after the last quoted scalar / flow collection read. */
  private pos = 0;
  itemLines: number[] | undefined;

  constructor(
    private readonly src: string,
    start: number,
    end: number,
    private readonly firstLine: number,
    private readonly maxDepth: number,
  ) {
    let count = 1;
    for (let i = src.indexOf('\n', start); i !== -1 && i < end; i = src.indexOf('\n', i + 1)) count++;
    this.n = count;
    this.lineStart = new Int32Array(count);
    this.lineEnd = new Int32Array(count);
    this.indent = new Int32Array(count);
    this.kind = new Uint8Array(count);
    let s = start;
    for (let l = 0; l < count; l++) {
      let e = src.indexOf('\n', s);
      if (e === -1 || e > end) e = end;
      this.lineStart[l] = s;
      this.lineEnd[l] = e;
      let p = s;
      while (p < e && src.charCodeAt(p) === 32) p++;
      this.indent[l] = p - s;
      this.kind[l] = p === e ? LINE_BLANK : src.charCodeAt(p) === 35 /* # */ ? LINE_COMMENT : LINE_CONTENT;
      s = e + 1;
    }
  }

  private at(l: number): number {
    const v = this.lineStart[l];
    return v === undefined ? bail() : v;
  }
  private endOf(l: number): number {
    const v = this.lineEnd[l];
    return v === undefined ? bail() : v;
  }
  private indentOf(l: number): number {
    const v = this.indent[l];
    return v === undefined ? bail() : v;
  }
  private contentStart(l: number): number {
    return this.at(l) + this.indentOf(l);
  }
  lineNo(l: number): number {
    return this.firstLine + l;
  }

  /** Index of the next content line (skipping blank and comment lines), or -1. */
  private peekContent(): number {
    while (this.li < this.n && this.kind[this.li] !== LINE_CONTENT) this.li++;
    return this.li < this.n ? this.li : -1;
  }

  private isDashEntry(l: number): boolean {
    const p = this.contentStart(l);
    if (this.src.charCodeAt(p) !== 45 /* - */) return false;
    return p + 1 === this.endOf(l) || this.src.charCodeAt(p + 1) === 32;
  }

  read(): FastDoc {
    const l = this.peekContent();
    if (l < 0) return {value: null, line: 0};
    if (this.isDashEntry(l)) bail(); // non-mapping root: let yaml produce the error
    const value = this.blockMapping(this.indentOf(l), 1, true);
    if (this.peekContent() >= 0) bail();
    return this.itemLines === undefined
      ? {value, line: this.lineNo(l)}
      : {value, line: this.lineNo(l), itemLines: this.itemLines};
  }

  private blockNode(l: number, depth: number): JsonValue {
    const ind = this.indentOf(l);
    return this.isDashEntry(l) ? this.blockSequence(ind, depth, undefined) : this.blockMapping(ind, depth, false);
  }

  private blockMapping(n: number, depth: number, root: boolean): JsonObject {
    if (depth > this.maxDepth) bail();
    const obj: JsonObject = {};
    for (;;) {
      const l = this.peekContent();
      if (l < 0) break;
      const ind = this.indentOf(l);
      if (ind < n) break;
      if (ind > n) bail();
      const e = this.endOf(l);
      const key = this.scanKey(this.contentStart(l), e);
      if (key === null) bail();
      const keyEnd = this.pos;
      this.li = l + 1;
      let v = keyEnd;
      while (v < e && this.src.charCodeAt(v) === 32) v++;
      let value: JsonValue;
      const recordItems = root && key === 'items';
      if (v === e || this.src.charCodeAt(v) === 35 /* # */) {
        const next = this.peekContent();
        if (next >= 0 && this.indentOf(next) > n) {
          value = this.isDashEntry(next)
            ? this.blockSequence(this.indentOf(next), depth + 1, recordItems ? [] : undefined)
            : this.blockMapping(this.indentOf(next), depth + 1, false);
        } else if (next >= 0 && this.indentOf(next) === n && this.isDashEntry(next)) {
          value = this.blockSequence(n, depth + 1, recordItems ? [] : undefined);
        } else {
          value = null;
        }
      } else {
        value = this.inlineValue(v, e, n, depth + 1);
        if (recordItems && Array.isArray(value)) this.itemLines = value.map(() => this.lineNo(l));
      }
      assign(obj, key, value);
    }
    return obj;
  }

  private blockSequence(n: number, depth: number, itemLines: number[] | undefined): JsonValue[] {
    if (depth > this.maxDepth) bail();
    if (itemLines !== undefined) this.itemLines = itemLines;
    const arr: JsonValue[] = [];
    for (;;) {
      const l = this.peekContent();
      if (l < 0) break;
      const ind = this.indentOf(l);
      if (ind < n) break;
      if (ind > n) bail();
      if (!this.isDashEntry(l)) break;
      const e = this.endOf(l);
      let q = this.contentStart(l) + 1;
      while (q < e && this.src.charCodeAt(q) === 32) q++;
      if (q === e || this.src.charCodeAt(q) === 35 /* # */) {
        this.li = l + 1;
        const next = this.peekContent();
        const nested = next >= 0 && this.indentOf(next) > n;
        itemLines?.push(this.lineNo(nested ? next : l));
        arr.push(nested ? this.blockNode(next, depth + 1) : null);
        continue;
      }
      itemLines?.push(this.lineNo(l));
      if (this.src.charCodeAt(q) === 45 && (q + 1 === e || this.src.charCodeAt(q + 1) === 32)) bail(); // `- - x`
      if (this.scanKey(q, e) !== null) {
        // Compact mapping (`- key: value`): re-read this line as if it started at `key`.
        this.indent[l] = q - this.at(l);
        arr.push(this.blockMapping(q - this.at(l), depth + 1, false));
      } else {
        this.li = l + 1;
        arr.push(this.inlineValue(q, e, n, depth + 1));
      }
    }
    return arr;
  }

  /**
   * Reads an implicit block key starting at `p`. Returns the key and sets `pos` after
   * the `:`, returns null when the line is not `key: ...`, bails on anything unusual.
   */
  private scanKey(p: number, e: number): string | null {
    const src = this.src;
    const c = src[p];
    if (c === undefined) return null;
    let key: string;
    let colon: number;
    if (c === '"' || c === "'") {
      key = c === '"' ? this.doubleQuoted(p, e) : this.singleQuoted(p, e);
      colon = this.pos;
      if (colon === e || src.charCodeAt(colon) !== 58 /* : */) return null;
      if (colon + 1 !== e && src.charCodeAt(colon + 1) !== 32) bail();
    } else {
      if (INDICATORS.has(c)) return null;
      colon = -1;
      for (let i = p; i < e; i++) {
        const ch = src.charCodeAt(i);
        if (ch === 58 /* : */ && (i + 1 === e || src.charCodeAt(i + 1) === 32)) {
          colon = i;
          break;
        }
        if (ch === 35 /* # */ && src.charCodeAt(i - 1) === 32) return null;
      }
      if (colon === -1) return null;
      if (src.charCodeAt(colon - 1) === 32) bail(); // `key :`
      key = src.slice(p, colon);
      if (key === '<<') bail(); // merge key
      const resolved = resolvePlainScalar(key);
      if (resolved !== key) bail(); // yes:, 1:, null: ... keys that do not resolve to themselves
    }
    if (key.length > MAX_IMPLICIT_KEY_LENGTH) bail();
    this.pos = colon + 1;
    return key;
  }

  /** A value that starts on the current line at `p` (after `key: ` or `- `). */
  private inlineValue(p: number, e: number, parentIndent: number, depth: number): JsonValue {
    const src = this.src;
    const c = src[p];
    let value: JsonValue;
    switch (c) {
      case '"':
        value = this.doubleQuoted(p, e);
        this.expectLineEnd(this.pos, e);
        return value;
      case "'":
        value = this.singleQuoted(p, e);
        this.expectLineEnd(this.pos, e);
        return value;
      case '[':
      case '{':
        value = this.flowValue(p, e, depth);
        this.expectLineEnd(this.pos, e);
        return value;
      case '|':
        return this.literal(p, e, parentIndent);
      case '-':
        if (p + 1 === e || src.charCodeAt(p + 1) === 32) bail();
        return this.plainBlockScalar(p, e);
      default:
        if (c === undefined || INDICATORS.has(c)) bail();
        return this.plainBlockScalar(p, e);
    }
  }

  private plainBlockScalar(p: number, e: number): JsonValue {
    const src = this.src;
    let end = e;
    for (let i = p + 1; i < e; i++) {
      const ch = src.charCodeAt(i);
      if (ch === 35 /* # */ && src.charCodeAt(i - 1) === 32) {
        end = i;
        break;
      }
      if (ch === 58 /* : */ && (i + 1 === e || src.charCodeAt(i + 1) === 32)) bail(); // `a: b: c`
    }
    while (end > p && src.charCodeAt(end - 1) === 32) end--;
    const resolved = resolvePlainScalar(src.slice(p, end));
    if (resolved === RESOLVE_FAILED) bail();
    return resolved;
  }

  /** After a complete value: only spaces and an optional ` # comment` may follow. */
  private expectLineEnd(p: number, e: number): void {
    let i = p;
    while (i < e && this.src.charCodeAt(i) === 32) i++;
    if (i === e) return;
    if (this.src.charCodeAt(i) === 35 /* # */ && i > p) return;
    bail();
  }

  private doubleQuoted(p: number, e: number): string {
    const src = this.src;
    let out = '';
    let seg = p + 1;
    let i = p + 1;
    while (i < e) {
      const ch = src.charCodeAt(i);
      if (ch === 34 /* " */) {
        out += src.slice(seg, i);
        this.pos = i + 1;
        return out;
      }
      if (ch === 92 /* \ */) {
        out += src.slice(seg, i);
        const esc = src[i + 1];
        if (esc === undefined || i + 1 >= e) bail(); // escaped line break: multi-line
        const simple = SIMPLE_ESCAPES[esc];
        if (simple !== undefined) {
          out += simple;
          i += 2;
        } else {
          const len = HEX_ESCAPE_LENGTH[esc];
          if (len === undefined) bail();
          const hex = src.substr(i + 2, len);
          if (hex.length !== len || i + 2 + len > e || !HEX.test(hex)) bail();
          try {
            out += String.fromCodePoint(parseInt(hex, 16));
          } catch {
            bail();
          }
          i += 2 + len;
        }
        seg = i;
        continue;
      }
      i++;
    }
    return bail(); // not closed on this line
  }

  private singleQuoted(p: number, e: number): string {
    const src = this.src;
    let out = '';
    let seg = p + 1;
    for (let i = p + 1; i < e; i++) {
      if (src.charCodeAt(i) !== 39 /* ' */) continue;
      if (i + 1 < e && src.charCodeAt(i + 1) === 39) {
        out += src.slice(seg, i + 1);
        i++;
        seg = i + 1;
        continue;
      }
      out += src.slice(seg, i);
      this.pos = i + 1;
      return out;
    }
    return bail();
  }

  /** A flow collection that opens and closes on this line. Sets `pos` after it. */
  private flowValue(p: number, e: number, depth: number): JsonValue {
    if (depth > this.maxDepth) bail();
    const src = this.src;
    const open = src.charCodeAt(p);
    let i = this.skipSpaces(p + 1, e);
    if (open === 91 /* [ */) {
      const arr: JsonValue[] = [];
      if (src.charCodeAt(i) === 93 /* ] */) {
        this.pos = i + 1;
        return arr;
      }
      for (;;) {
        arr.push(this.flowItem(i, e, depth + 1));
        i = this.skipSpaces(this.pos, e);
        const ch = src.charCodeAt(i);
        if (ch === 93 /* ] */) {
          this.pos = i + 1;
          return arr;
        }
        if (ch !== 44 /* , */) bail();
        i = this.skipSpaces(i + 1, e);
        if (i >= e || src.charCodeAt(i) === 93) bail(); // trailing comma or unclosed
      }
    }
    const obj: JsonObject = {};
    if (src.charCodeAt(i) === 125 /* } */) {
      this.pos = i + 1;
      return obj;
    }
    for (;;) {
      const c = src[i];
      let key: string;
      if (c === '"' || c === "'") {
        key = c === '"' ? this.doubleQuoted(i, e) : this.singleQuoted(i, e);
        i = this.skipSpaces(this.pos, e);
        if (src.charCodeAt(i) !== 58 /* : */) bail();
        i++;
      } else {
        if (c === undefined || INDICATORS.has(c)) bail();
        let j = i;
        for (; j < e; j++) {
          const ch = src[j];
          if (ch === ':' || ch === '#' || (ch !== undefined && FLOW_STOP.has(ch))) break;
        }
        if (src.charCodeAt(j) !== 58 || src.charCodeAt(j + 1) !== 32) bail();
        let k = j;
        while (k > i && src.charCodeAt(k - 1) === 32) k--;
        if (k !== j) bail();
        key = src.slice(i, j);
        if (key === '<<' || resolvePlainScalar(key) !== key) bail();
        i = j + 1;
      }
      if (key.length > MAX_IMPLICIT_KEY_LENGTH) bail();
      i = this.skipSpaces(i, e);
      const vc = src.charCodeAt(i);
      if (i >= e || vc === 44 /* , */ || vc === 125 /* } */) bail(); // implicit null value
      assign(obj, key, this.flowItem(i, e, depth + 1));
      i = this.skipSpaces(this.pos, e);
      const ch = src.charCodeAt(i);
      if (ch === 125 /* } */) {
        this.pos = i + 1;
        return obj;
      }
      if (ch !== 44 /* , */) bail();
      i = this.skipSpaces(i + 1, e);
      if (i >= e || src.charCodeAt(i) === 125) bail();
    }
  }

  private flowItem(i: number, e: number, depth: number): JsonValue {
    const src = this.src;
    const c = src[i];
    if (c === '[' || c === '{') return this.flowValue(i, e, depth);
    if (c === '"') return this.doubleQuoted(i, e);
    if (c === "'") return this.singleQuoted(i, e);
    if (c === undefined) return bail();
    if (c === '-') {
      const next = src[i + 1];
      if (next === undefined || next === ' ' || FLOW_STOP.has(next)) bail();
    } else if (INDICATORS.has(c)) {
      bail();
    }
    let j = i;
    for (; j < e; j++) {
      const ch = src[j];
      if (ch === ':' || ch === '#' || (ch !== undefined && FLOW_STOP.has(ch))) break;
    }
    if (j >= e || src.charCodeAt(j) === 58 || src.charCodeAt(j) === 35) bail();
    let end = j;
    while (end > i && src.charCodeAt(end - 1) === 32) end--;
    const resolved = resolvePlainScalar(src.slice(i, end));
    if (resolved === RESOLVE_FAILED) bail();
    this.pos = j;
    return resolved;
  }

  private skipSpaces(i: number, e: number): number {
    let j = i;
    while (j < e && this.src.charCodeAt(j) === 32) j++;
    return j;
  }

  /** `|` or `|-` literal block scalar; header at `p`, content on the following lines. */
  private literal(p: number, e: number, parentIndent: number): string {
    const src = this.src;
    let h = p + 1;
    let strip = false;
    if (src.charCodeAt(h) === 45 /* - */) {
      strip = true;
      h++;
    }
    this.expectLineEnd(h, e);
    if (h < e && src.charCodeAt(h) !== 32) bail(); // `|+`, `|2`, `|x`
    // Find the first non-blank line: it fixes the content indentation.
    let first = this.li;
    while (first < this.n && this.kind[first] === LINE_BLANK) first++;
    if (first >= this.n) bail();
    const ci = this.indentOf(first);
    if (ci <= parentIndent) bail(); // empty scalar
    const parts: string[] = [];
    let lastContent = -1;
    let l = this.li;
    for (; l < this.n; l++) {
      const s = this.at(l);
      const le = this.endOf(l);
      if (this.kind[l] === LINE_BLANK) {
        if (le - s > ci) bail(); // whitespace-only line carrying content spaces
        parts.push('');
        continue;
      }
      if (this.indentOf(l) < ci) break;
      parts.push(src.slice(s + ci, le));
      lastContent = parts.length;
    }
    this.li = l;
    const body = parts.slice(0, lastContent).join('\n');
    return strip ? body : `${body}\n`;
  }
}

/**
 * Reads one document body (`text[start, end)`, without its `---` line) whose first line
 * has the 1-based number `firstLine`. Returns {@link BAIL} when the document must be
 * parsed by `yaml` instead.
 */
export function fastParseDocument(
  text: string,
  start: number,
  end: number,
  firstLine: number,
  maxDepth: number,
): FastDoc | Bail {
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  if (UNSUPPORTED_CHARS.test(slice)) return BAIL;
  try {
    return new Reader(text, start, end, firstLine, maxDepth).read();
  } catch (err) {
    if (err === BAIL_SIGNAL) return BAIL;
    throw err;
  }
}
