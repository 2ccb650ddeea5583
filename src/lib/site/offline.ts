/**
 * What the service worker keeps for offline reading (scripts/postbuild.ts
 * writes it with Workbox's generateSW). Pure: no file IO.
 *
 * Decision: after a first visit, every page of the guide, the tools, the search
 * index and the diagrams are precached, because a reader who goes offline
 * expects the next article to open, not only the ones they happened to visit.
 * A new deployment installs a new worker that waits until the reader accepts
 * the "new version" prompt (src/theme/Root.tsx), so a page is never swapped
 * under them and never silently stale.
 */
import type {GenerateSWOptions} from 'workbox-build';

/** Pagefind writes its own UI bundles too; the site uses its own search UI, so these are deleted. */
export const PAGEFIND_UNUSED_FILES: readonly string[] = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Files the worker precaches, relative to the build directory. */
export const PRECACHE_PATTERNS: readonly string[] = [
  '**/*.{html,js,css}',
  'img/*.svg',
  'img/icon-*.png',
  'diagrams/*.svg',
  'manifest.webmanifest',
  'pagefind/**/*',
];

/**
 * Not precached: the worker itself, the social card (only link previews use
 * it), the 404 page, and client-redirect pages (old URLs that only forward).
 */
export function precacheIgnores(redirectPages: readonly string[]): string[] {
  return ['sw.js', 'img/social-card.png', '404.html', ...redirectPages];
}

/** Options for Workbox's generateSW. `outDir` is the absolute build directory. */
export function precacheOptions(outDir: string, redirectPages: readonly string[]): GenerateSWOptions {
  const dir = outDir.replace(/\\/g, '/').replace(/\/+$/, '');
  return {
    globDirectory: dir,
    globPatterns: [...PRECACHE_PATTERNS],
    globIgnores: precacheIgnores(redirectPages),
    swDest: `${dir}/sw.js`,
    mode: 'production',
    sourcemap: false,
    // One file, no importScripts: the worker loads nothing from anywhere else.
    inlineWorkboxRuntime: true,
    // The first worker takes over at once; later ones wait for the reader (see above).
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // `/docs/x` is answered from `docs/x.html` (Workbox's precache route tries
    // the `.html` form by default) and `/docs/` from `docs/index.html`.
    directoryIndex: 'index.html',
    // Query strings never select a different file on this site (`/search?q=…`,
    // Pagefind's `pagefind-entry.json?ts=…`), so they are ignored when matching.
    ignoreURLParametersMatching: [/.*/],
    // Hashed file names change with their content, so they need no revision.
    dontCacheBustURLsMatching: /\.[0-9a-f]{8,}\.(?:js|css)$/,
    // The largest precached file today is a Pagefind WebAssembly module (~60 KB
    // gzip); 5 MiB leaves room for big pages without caching anything absurd.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  };
}

/** Why the worker is not registered, or null when it is. */
/** Used by src/components/UpdatePrompt before it registers build/sw.js. */
export function registrationBlocker(env: {
  readonly production: boolean;
  readonly hasServiceWorker: boolean;
  readonly saveData: boolean;
}): string | null {
  if (!env.production) return 'development build';
  if (!env.hasServiceWorker) return 'no service worker support';
  // Decision: readers who asked their browser to save data do not get the
  // whole guide precached behind their back.
  if (env.saveData) return 'data saver is on';
  return null;
}
