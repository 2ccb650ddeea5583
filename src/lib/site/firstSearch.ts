/**
 * How the bytes of the first search are counted, shared by the byte test
 * (tests/e2e/search.spec.ts) and the benchmarks (scripts/bench.ts,
 * scripts/bench-scale.ts) so both report the same figure. Pure: the gzip
 * function is passed in, and the request type is structural, so it fits
 * Playwright's `Request` from `@playwright/test` and `playwright-core` alike.
 *
 * Listen on the browser *context*'s `requestfinished` event: it also sees the
 * requests of Pagefind's web worker, which a page-level listener or CDP
 * session misses (see /work/shared/reference/toolchain.md, "Search and offline").
 */

/** What kind of Pagefind file a URL is, from its name (https://pagefind.app/docs/). */
export type SearchFileKind = 'script' | 'wasm' | 'entry' | 'meta' | 'index' | 'fragment' | 'filter' | 'other';

export interface CountedFile {
  readonly url: string;
  readonly kind: SearchFileKind;
  /** Bytes over the network: see {@link transferredBytes}. */
  readonly bytes: number;
}

export interface SearchBytesSummary {
  readonly files: number;
  readonly bytes: number;
  /** `.pf_index` chunks loaded (the split word index). */
  readonly indexChunks: number;
  /** `.pf_fragment` files loaded (one per result shown). */
  readonly fragments: number;
  readonly byKind: Readonly<Partial<Record<SearchFileKind, {files: number; bytes: number}>>>;
}

/** The parts of a Playwright request and response this module reads. */
export interface RequestLike {
  url(): string;
  response(): Promise<{headers(): Record<string, string>; body(): Promise<Uint8Array>} | null>;
}

/** True for the files of the search (everything under `/pagefind/`). */
export function isSearchFile(url: string): boolean {
  return new URL(url, 'http://localhost').pathname.includes('/pagefind/');
}

export function searchFileKind(url: string): SearchFileKind {
  const name = new URL(url, 'http://localhost').pathname.split('/').pop() ?? '';
  if (name.endsWith('.pf_index')) return 'index';
  if (name.endsWith('.pf_fragment')) return 'fragment';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.endsWith('.pf_filter')) return 'filter';
  if (name.endsWith('.pagefind')) return 'wasm';
  if (name.endsWith('.js')) return 'script';
  if (name.endsWith('.json')) return 'entry';
  return 'other';
}

/**
 * Bytes a response cost on the wire. Playwright hands over the decoded body,
 * so a gzip-encoded response is counted as the gzip size of its body; any
 * other response as its body's length (Pagefind's index chunks, fragments and
 * WebAssembly are gzip files already and are served as they are).
 */
export function transferredBytes(
  contentEncoding: string | undefined,
  body: Uint8Array,
  gzipSize: (data: Uint8Array) => number,
): number {
  return /\bgzip\b/i.test(contentEncoding ?? '') ? gzipSize(body) : body.length;
}

export function summarizeSearchFiles(files: readonly CountedFile[]): SearchBytesSummary {
  const byKind: Partial<Record<SearchFileKind, {files: number; bytes: number}>> = {};
  for (const f of files) {
    const entry = (byKind[f.kind] ??= {files: 0, bytes: 0});
    entry.files++;
    entry.bytes += f.bytes;
  }
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + f.bytes, 0),
    indexChunks: byKind.index?.files ?? 0,
    fragments: byKind.fragment?.files ?? 0,
    byKind,
  };
}

export interface SearchByteCounter {
  /** Pass to `context.on('requestfinished', …)`. */
  readonly onRequestFinished: (request: RequestLike) => void;
  /** The search files counted so far (bodies still being read are not in it yet). */
  readonly files: readonly CountedFile[];
  /** Waits until every body read so far has been counted, then returns the files; throws if a body could not be read. */
  settled(): Promise<readonly CountedFile[]>;
}

/** Counts every search file a browser context fetches, worker requests included. */
export function createSearchByteCounter(gzipSize: (data: Uint8Array) => number): SearchByteCounter {
  const files: CountedFile[] = [];
  const errors: string[] = [];
  const pending = new Set<Promise<void>>();
  const count = async (request: RequestLike): Promise<void> => {
    const response = await request.response();
    if (!response) return;
    const body = await response.body();
    const url = request.url();
    files.push({
      url,
      kind: searchFileKind(url),
      bytes: transferredBytes(response.headers()['content-encoding'], body, gzipSize),
    });
  };
  return {
    onRequestFinished: (request) => {
      if (!isSearchFile(request.url())) return;
      const job = count(request)
        .catch((error: unknown) => {
          errors.push(`${request.url()}: ${error instanceof Error ? error.message : String(error)}`);
        })
        .finally(() => pending.delete(job));
      pending.add(job);
    },
    files,
    async settled() {
      while (pending.size > 0) await Promise.all([...pending]);
      if (errors.length > 0)
        throw new Error(`could not read ${errors.length} search response(s): ${errors.join('; ')}`);
      return files;
    },
  };
}
