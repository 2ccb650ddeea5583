/**
 * Which built pages go into the search index, and under which URL. Pure: the
 * post-build step (scripts/postbuild.ts) does the file IO and hands the HTML to
 * Pagefind.
 */

/** Pages that must not appear in results: the 404 page and the search page itself. */
const NOT_INDEXED = new Set(['404.html', 'search.html', 'search/index.html']);

/**
 * The URL a built HTML file is served at, as Docusaurus links it with
 * `trailingSlash: false`: `docs/a/b.html` → `/docs/a/b`, `docs/index.html` →
 * `/docs`, `index.html` → `/`. `relPath` uses forward slashes.
 */
export function urlForHtmlFile(relPath: string, baseUrl = '/'): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  let route = relPath.replace(/\\/g, '/').replace(/^\/+/, '');
  if (route === 'index.html') route = '';
  else if (route.endsWith('/index.html')) route = route.slice(0, -'/index.html'.length);
  else route = route.replace(/\.html$/, '');
  return route === '' ? base : `${base}${route}`;
}

/** Why a page is left out of the index, or null when it is indexed. */
export function excludedReason(relPath: string, html: string): string | null {
  const file = relPath.replace(/\\/g, '/');
  if (NOT_INDEXED.has(file)) return 'not a content page';
  // Tag pages only list other pages' titles; indexing them doubles every hit.
  if (/^docs\/tags(\/|\.html$)/.test(file)) return 'tag list';
  // Client-redirect pages (old URLs) carry a meta refresh and no content.
  if (/<meta[^>]+http-equiv=["']?refresh/i.test(html)) return 'redirect';
  if (!/<main\b/i.test(html)) return 'no <main> element';
  return null;
}

/**
 * Parts of a page Pagefind should not index: navigation, the table of
 * contents, breadcrumbs and the previous/next links repeat on every page and
 * would drown real matches; interactive tool widgets hold sample data, not prose.
 * Code blocks (`pre`) are left out too: they are example manifests and
 * commands whose field names the prose around them names in inline code, and
 * they would double the bytes every search downloads (each result's fragment
 * carries the page's indexed text).
 */
export const SEARCH_EXCLUDE_SELECTORS: readonly string[] = [
  'nav',
  'footer',
  '.theme-doc-toc-desktop',
  '.theme-doc-toc-mobile',
  '.theme-doc-breadcrumbs',
  '.theme-doc-footer',
  '.pagination-nav',
  'pre',
  '[data-search-ignore]',
];

/** The element whose text is indexed on every page. */
export const SEARCH_ROOT_SELECTOR = 'main';
