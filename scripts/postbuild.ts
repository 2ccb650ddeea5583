/**
 * Runs after `docusaurus build` (see the `build` npm script), in this order,
 * because each step reads what the one before wrote:
 *
 * 1. search: Pagefind indexes the built HTML into build/pagefind/ (an index
 *    split into fragments that the browser loads per query);
 * 2. CSP: every HTML page gets a strict Content-Security-Policy meta tag that
 *    allows its inline scripts by SHA-256 hash, and build/_headers gets the same
 *    policy plus the headers a meta tag cannot carry;
 * 3. offline: Workbox writes build/sw.js, a service worker that precaches the
 *    final files (HTML after step 2, the search index of step 1).
 *
 * This is a separate step, not a plugin postBuild hook, because Docusaurus runs
 * all postBuild hooks concurrently and the client-redirects plugin writes its
 * redirect pages there: a hook could miss them, and the precache list must be
 * made from the files as they are served.
 */
import {createHash} from 'node:crypto';
import {readFile, readdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {generateSW} from 'workbox-build';
import {buildHeadersFile, buildPolicy, findInlineScripts, injectCspMeta} from '../src/lib/site/csp';
import {
  SEARCH_EXCLUDE_SELECTORS,
  SEARCH_ROOT_SELECTOR,
  excludedReason,
  urlForHtmlFile,
} from '../src/lib/search/indexing';
import {PAGEFIND_UNUSED_FILES, precacheOptions} from '../src/lib/site/offline';

const outDir = path.resolve(process.argv[2] ?? 'build');
const baseUrl = process.env.BASE_URL ?? '/';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

async function htmlFiles(): Promise<string[]> {
  const entries = await readdir(outDir, {withFileTypes: true, recursive: true});
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  if (files.length === 0) throw new Error(`postbuild: no HTML pages in ${outDir}; run "docusaurus build" first`);
  return files;
}

async function indexSearch(files: readonly string[]): Promise<void> {
  const {index, errors} = await pagefind.createIndex({
    rootSelector: SEARCH_ROOT_SELECTOR,
    excludeSelectors: [...SEARCH_EXCLUDE_SELECTORS],
    forceLanguage: 'en',
  });
  if (!index) throw new Error(`postbuild: Pagefind could not start: ${errors.join('; ')}`);
  let indexed = 0;
  const skipped: Record<string, number> = {};
  for (const file of files) {
    const content = await readFile(path.join(outDir, file), 'utf8');
    const reason = excludedReason(file, content);
    if (reason) {
      skipped[reason] = (skipped[reason] ?? 0) + 1;
      continue;
    }
    const added = await index.addHTMLFile({url: urlForHtmlFile(file, baseUrl), content});
    if (added.errors.length > 0) throw new Error(`postbuild: Pagefind failed on ${file}: ${added.errors.join('; ')}`);
    indexed++;
  }
  if (indexed === 0) throw new Error('postbuild: no page was indexed for search');
  const written = await index.writeFiles({outputPath: path.join(outDir, 'pagefind')});
  if (written.errors.length > 0) throw new Error(`postbuild: Pagefind could not write: ${written.errors.join('; ')}`);
  await pagefind.close();
  // Pagefind also writes its own UI bundles; the site has its own search UI.
  await Promise.all(PAGEFIND_UNUSED_FILES.map((f) => rm(path.join(outDir, 'pagefind', f), {force: true})));
  const skippedText = Object.entries(skipped)
    .map(([why, n]) => `${n} ${why}`)
    .join(', ');
  console.log(`postbuild: search indexed ${indexed} pages (skipped: ${skippedText || 'none'})`);
}

async function applyCsp(files: readonly string[]): Promise<void> {
  const allHashes = new Set<string>();
  let inlineScripts = 0;
  for (const file of files) {
    const full = path.join(outDir, file);
    const html = await readFile(full, 'utf8');
    const hashes = findInlineScripts(html).map(sha256);
    inlineScripts += hashes.length;
    hashes.forEach((h) => allHashes.add(h));
    await writeFile(full, injectCspMeta(html, buildPolicy(hashes)));
  }
  await writeFile(path.join(outDir, '_headers'), buildHeadersFile([...allHashes]));
  console.log(
    `postbuild: ${files.length} pages given a CSP meta tag; ${inlineScripts} inline scripts allowed by ${allHashes.size} distinct hashes; wrote _headers`,
  );
}

async function writeServiceWorker(files: readonly string[]): Promise<void> {
  const redirects: string[] = [];
  for (const file of files) {
    if (excludedReason(file, await readFile(path.join(outDir, file), 'utf8')) === 'redirect') redirects.push(file);
  }
  const {count, size, warnings} = await generateSW(precacheOptions(outDir, redirects));
  if (warnings.length > 0) throw new Error(`postbuild: Workbox warned: ${warnings.join('; ')}`);
  if (count === 0) throw new Error('postbuild: the service worker precaches nothing');
  console.log(`postbuild: sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB before compression`);
}

async function main(): Promise<void> {
  const files = await htmlFiles();
  await indexSearch(files);
  await applyCsp(files);
  await writeServiceWorker(files);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
