/**
 * Field path -> position in the source, for every object {@link parseManifests} and
 * {@link expandLists} return: `locateField(object, ['roleRef', 'kind'])` is where
 * `roleRef.kind` is written, or the nearest ancestor that exists, or the object itself.
 *
 * Engines only need positions for the few fields they report on, so nothing is kept
 * from parsing but the document's own text: the first lookup in a document parses that
 * document again (with the same options) and keeps the result for later lookups. Objects
 * are tracked in a WeakMap, so the results stay plain data; a copy of an object (spread,
 * structuredClone) loses its source and locates to its own line.
 */
import {LineCounter, isNode, parseAllDocuments} from 'yaml';
import type {Document} from 'yaml';
import {YAML_OPTIONS} from './yamlConfig';

export type PathSegment = string | number;

export interface SourcePosition {
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
}

/** The text one document was parsed from. */
export interface DocumentSource {
  /** The document's text (or the whole stream when `streamIndex` is set). */
  readonly text: string;
  /** Lines before `text` in the input. */
  readonly lineOffset: number;
  /** Index of the document in `text` when `text` is the whole stream. */
  readonly streamIndex?: number;
  /** Parsed on first use. */
  parsed?: {readonly doc: Document.Parsed; readonly counter: LineCounter} | null;
}

interface Entry {
  readonly source: DocumentSource;
  /** Path of the object inside the document (`['items', 2]` for a List item). */
  readonly prefix: readonly PathSegment[];
}

const entries = new WeakMap<object, Entry>();

/** Records where `target` came from (used by parseManifests and expandLists). */
export function setSource(target: object, source: DocumentSource, prefix: readonly PathSegment[] = []): void {
  entries.set(target, {source, prefix});
}

/** The source of `target` and its path, for objects derived from it (List items). */
export function sourceOf(target: object): Entry | undefined {
  return entries.get(target);
}

function parsedSource(source: DocumentSource): DocumentSource['parsed'] {
  if (source.parsed !== undefined) return source.parsed;
  const counter = new LineCounter();
  const docs = parseAllDocuments(source.text, {...YAML_OPTIONS, lineCounter: counter});
  const doc = Array.isArray(docs) ? docs[source.streamIndex ?? 0] : undefined;
  source.parsed = doc === undefined ? null : {doc, counter};
  return source.parsed;
}

/**
 * Where `path` (relative to `target`) is written. Falls back to the nearest ancestor that
 * exists, then to `target`'s own line (column 1) when its source is unknown.
 */
export function locateField(target: {readonly line: number}, path: readonly PathSegment[] = []): SourcePosition {
  const fallback = {line: target.line, column: 1};
  const entry = entries.get(target);
  if (entry === undefined) return fallback;
  const parsed = parsedSource(entry.source);
  if (parsed === null || parsed === undefined) return fallback;
  const full = [...entry.prefix, ...path];
  for (let depth = full.length; depth >= 0; depth--) {
    const node: unknown = depth === 0 ? parsed.doc.contents : parsed.doc.getIn(full.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const pos = parsed.counter.linePos(node.range[0]);
      return {line: pos.line + entry.source.lineOffset, column: pos.col};
    }
  }
  return fallback;
}
