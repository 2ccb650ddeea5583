import {useCallback, useEffect, useRef, useState} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {normaliseQuery, toSearchHit, type PagefindModule, type SearchHit} from '@site/src/lib/search/results';

/** Where the search is: nothing asked yet, loading, answered, or unavailable. */
export type SearchStatus = 'idle' | 'loading' | 'done' | 'unavailable';

export interface SearchState {
  readonly query: string;
  readonly status: SearchStatus;
  readonly hits: readonly SearchHit[];
  /** All matching pages, of which `hits` are the first few. */
  readonly total: number;
}

const IDLE: SearchState = {query: '', status: 'idle', hits: [], total: 0};

let loaded: Promise<PagefindModule> | null = null;

/**
 * Loads Pagefind's browser module from the build (build/pagefind/, written by
 * scripts/postbuild.ts) once per page load. The bundler must not touch this
 * import: the file only exists after the post-build step.
 */
function loadPagefind(baseUrl: string): Promise<PagefindModule> {
  loaded ??= (async () => {
    const url = `${baseUrl}pagefind/pagefind.js`;
    const pagefind = (await import(/* webpackIgnore: true */ url)) as PagefindModule;
    await pagefind.options({baseUrl, excerptLength: 18});
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loaded = null;
    throw error;
  });
  return loaded;
}

/**
 * Search state for one search box. `preload()` fetches Pagefind's script and
 * WebAssembly (call it on focus); `search(q)` answers with the first `limit`
 * pages. Answers to older queries that arrive late are dropped.
 */
export function usePagefind(limit: number): {
  state: SearchState;
  search: (raw: string) => void;
  preload: () => void;
} {
  const baseUrl = useBaseUrl('/');
  const [state, setState] = useState<SearchState>(IDLE);
  const latest = useRef('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const preload = useCallback(() => {
    loadPagefind(baseUrl).catch(() => setState((s) => ({...s, status: 'unavailable'})));
  }, [baseUrl]);

  const run = useCallback(
    async (query: string) => {
      try {
        const pagefind = await loadPagefind(baseUrl);
        const response = await pagefind.search(query);
        if (latest.current !== query || !response) return;
        const hits = await Promise.all(
          response.results.slice(0, limit).map(async (r) => toSearchHit(r.id, await r.data())),
        );
        if (latest.current !== query) return;
        setState({query, status: 'done', hits, total: response.results.length});
      } catch {
        if (latest.current === query) setState({query, status: 'unavailable', hits: [], total: 0});
      }
    },
    [baseUrl, limit],
  );

  const search = useCallback(
    (raw: string) => {
      const query = normaliseQuery(raw);
      latest.current = query;
      clearTimeout(timer.current);
      if (query === '') {
        setState(IDLE);
        return;
      }
      setState((s) => ({...s, query, status: 'loading'}));
      // A short pause so each keystroke does not start a search of its own.
      timer.current = setTimeout(() => void run(query), 120);
    },
    [run],
  );

  return {state, search, preload};
}
