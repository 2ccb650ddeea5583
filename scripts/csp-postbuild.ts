/**
 * Runs after `docusaurus build` (see the `build` npm script). Moves preload hints
 * out of the app root (see htmlPostprocess.ts), then gives every HTML
 * page a strict Content-Security-Policy meta tag that allows that page's inline
 * scripts by SHA-256 hash, and writes build/_headers with the same policy plus
 * the headers a meta tag cannot carry.
 *
 * This is a separate step, not a plugin postBuild hook, because Docusaurus runs
 * all postBuild hooks concurrently and the client-redirects plugin writes its
 * redirect pages there: a hook could miss them.
 */
import {createHash} from 'node:crypto';
import {readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {buildHeadersFile, buildPolicy, findInlineScripts, injectCspMeta} from '../src/lib/site/csp';
import {hoistRootPreloads} from '../src/lib/site/htmlPostprocess';

const outDir = path.resolve(process.argv[2] ?? 'build');

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

async function main(): Promise<void> {
  const entries = await readdir(outDir, {withFileTypes: true, recursive: true});
  const files = entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
  if (files.length === 0) {
    throw new Error(`csp-postbuild: no HTML pages in ${outDir}; run "docusaurus build" first`);
  }
  const allHashes = new Set<string>();
  let inlineScripts = 0;
  let hoisted = 0;
  for (const file of files) {
    const fixed = hoistRootPreloads(await readFile(file, 'utf8'));
    hoisted += fixed.moved;
    const html = fixed.html;
    const hashes = findInlineScripts(html).map(sha256);
    inlineScripts += hashes.length;
    hashes.forEach((h) => allHashes.add(h));
    await writeFile(file, injectCspMeta(html, buildPolicy(hashes)));
  }
  await writeFile(path.join(outDir, '_headers'), buildHeadersFile([...allHashes]));
  console.log(
    `csp-postbuild: ${files.length} pages given a CSP meta tag; ${inlineScripts} inline scripts allowed by ${allHashes.size} distinct hashes; ${hoisted} preload hints moved to <head>; wrote _headers`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
