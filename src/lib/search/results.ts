/**
 * The subset of Pagefind's browser API the site uses, and the mapping from its
 * result data to what the search UI shows. Pure: the React hook
 * (src/components/Search/usePagefind.ts) loads Pagefind and calls these.
 * API reference: https://pagefind.app/docs/api/
 */
import {excerptSegments, type ExcerptSegment} from './excerpt';

export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  readonly excerpt: string;
}

export interface PagefindResultData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly sub_results?: readonly PagefindSubResult[];
}

export interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindResponse {
  readonly results: readonly PagefindResult[];
}

/** `pagefind.js` as loaded in the browser. */
export interface PagefindModule {
  options(options: {readonly baseUrl?: string; readonly excerptLength?: number}): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<PagefindResponse | null>;
}

/** A section of a page that matched, with its anchor link. */
export interface SearchSection {
  readonly title: string;
  readonly url: string;
  readonly excerpt: readonly ExcerptSegment[];
}

/** One page in the results. */
export interface SearchHit {
  readonly id: string;
  readonly title: string;
  readonly url: string;
  readonly excerpt: readonly ExcerptSegment[];
  readonly sections: readonly SearchSection[];
}

/**
 * How many results the navbar shows (each costs one fragment download, about
 * 6 KB gzip); the search page shows more. Four keeps the first search within
 * its 150 KB budget (tests/e2e/search.spec.ts).
 */
export const NAVBAR_RESULT_LIMIT = 4;
export const PAGE_RESULT_LIMIT = 30;
/** Matched sections listed under a page. */
export const SECTION_LIMIT = 3;

/** The page title Pagefind read (its first h1), or the URL when a page has none. */
function titleOf(data: PagefindResultData): string {
  const title = data.meta.title?.trim();
  return title && title.length > 0 ? title : data.url;
}

/** Maps Pagefind's data for one result to a hit; the page's own top section is not repeated. */
export function toSearchHit(id: string, data: PagefindResultData): SearchHit {
  const sections = (data.sub_results ?? [])
    .filter((s) => s.url.includes('#') && s.url !== data.url)
    .slice(0, SECTION_LIMIT)
    .map((s) => ({title: s.title, url: s.url, excerpt: excerptSegments(s.excerpt)}));
  return {id, title: titleOf(data), url: data.url, excerpt: excerptSegments(data.excerpt), sections};
}

/** Normalises what the reader typed; an empty result means "no search". */
export function normaliseQuery(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim().slice(0, 200);
}
