import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {
  createSearchByteCounter,
  isSearchFile,
  searchFileKind,
  summarizeSearchFiles,
  transferredBytes,
  type RequestLike,
} from './firstSearch';

const gzipSize = (data: Uint8Array): number => gzipSync(data).length;

function request(url: string, body: Uint8Array, headers: Record<string, string> = {}): RequestLike {
  return {url: () => url, response: async () => ({headers: () => headers, body: async () => body})};
}

describe('transferredBytes', () => {
  const text = new TextEncoder().encode('seccomp '.repeat(500));

  it('counts a gzip-encoded response as the gzip size of its decoded body', () => {
    expect(transferredBytes('gzip', text, gzipSize)).toBe(gzipSize(text));
    expect(transferredBytes('gzip', text, gzipSize)).toBeLessThan(text.length / 10);
  });

  it('counts any other response as its body length', () => {
    expect(transferredBytes(undefined, text, gzipSize)).toBe(text.length);
    expect(transferredBytes('identity', text, gzipSize)).toBe(text.length);
    expect(transferredBytes('br', text, gzipSize)).toBe(text.length);
  });
});

describe('searchFileKind and isSearchFile', () => {
  it('sorts Pagefind files by name', () => {
    const base = 'http://127.0.0.1:4173/pagefind/';
    expect(searchFileKind(`${base}pagefind.js`)).toBe('script');
    expect(searchFileKind(`${base}pagefind-worker.js`)).toBe('script');
    expect(searchFileKind(`${base}wasm.en.pagefind`)).toBe('wasm');
    expect(searchFileKind(`${base}pagefind-entry.json?ts=1`)).toBe('entry');
    expect(searchFileKind(`${base}pagefind.en_c62.pf_meta`)).toBe('meta');
    expect(searchFileKind(`${base}index/en_2c6af87.pf_index`)).toBe('index');
    expect(searchFileKind(`${base}fragment/en_1a.pf_fragment`)).toBe('fragment');
    expect(searchFileKind(`${base}filter/en_x.pf_filter`)).toBe('filter');
  });

  it('counts only files under /pagefind/', () => {
    expect(isSearchFile('http://127.0.0.1/pagefind/pagefind.js')).toBe(true);
    expect(isSearchFile('http://127.0.0.1/assets/js/main.abc.js')).toBe(false);
    expect(isSearchFile('http://127.0.0.1/docs/pagefind')).toBe(false);
  });
});

describe('createSearchByteCounter', () => {
  it('counts search files only, gzip-encoded or not, and waits for bodies still being read', async () => {
    const counter = createSearchByteCounter(gzipSize);
    const js = new TextEncoder().encode('x'.repeat(4000));
    const chunk = new Uint8Array(1234);
    counter.onRequestFinished(request('http://h/pagefind/pagefind.js', js, {'content-encoding': 'gzip'}));
    counter.onRequestFinished(request('http://h/pagefind/index/en_1.pf_index', chunk));
    counter.onRequestFinished(request('http://h/assets/js/main.js', js));
    const files = await counter.settled();
    expect(files.map((f) => f.kind).sort()).toEqual(['index', 'script']);
    const summary = summarizeSearchFiles(files);
    expect(summary).toMatchObject({files: 2, indexChunks: 1, fragments: 0, bytes: gzipSize(js) + 1234});
    expect(summary.byKind.index).toEqual({files: 1, bytes: 1234});
  });

  it('skips a request without a response and reports a body that cannot be read', async () => {
    const counter = createSearchByteCounter(gzipSize);
    counter.onRequestFinished({url: () => 'http://h/pagefind/a.pf_index', response: async () => null});
    expect(await counter.settled()).toEqual([]);
    counter.onRequestFinished({
      url: () => 'http://h/pagefind/b.pf_index',
      response: async () => ({
        headers: () => ({}),
        body: async () => {
          throw new Error('Target closed');
        },
      }),
    });
    await expect(counter.settled()).rejects.toThrow(/b\.pf_index: Target closed/);
  });
});
