/**
 * npm run bench:bundlers — builds the site with Rspack (@docusaurus/faster)
 * and with webpack, then compares the two outputs page for page: the same
 * routes, the same page titles, and every script, stylesheet and image a page
 * references present in its own build. Prints JSON; exits 1 on a mismatch.
 */
import {execSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {decodeEntities} from '../src/lib/search/excerpt';

interface BuildResult {
  readonly bundler: string;
  readonly seconds: number;
  readonly pages: Map<string, string>;
  readonly missingAssets: string[];
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true, recursive: true})
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

function build(bundler: 'rspack' | 'webpack'): BuildResult {
  const out = `.bench/build-${bundler}`;
  rmSync(out, {recursive: true, force: true});
  rmSync('.docusaurus', {recursive: true, force: true});
  // Cold builds: drop both bundlers' persistent caches.
  rmSync('node_modules/.cache', {recursive: true, force: true});
  const started = Date.now();
  execSync(`npx docusaurus build --out-dir ${out}`, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, DOCUSAURUS_FASTER: bundler === 'rspack' ? 'true' : 'false'},
  });
  const seconds = (Date.now() - started) / 1000;
  const pages = new Map<string, string>();
  const missingAssets: string[] = [];
  for (const file of htmlFiles(out)) {
    const html = readFileSync(path.join(out, file), 'utf8');
    // The two HTML minifiers escape differently (&#x27; versus '); compare the text.
    pages.set(file, decodeEntities(/<title[^>]*>([^<]*)<\/title>/.exec(html)?.[1] ?? ''));
    for (const match of html.matchAll(/(?:src|href)="?(\/(?:assets|img|diagrams)\/[^"\s>]+)/g)) {
      const asset = (match[1] ?? '').split(/[?#]/)[0] ?? '';
      if (!existsSync(path.join(out, asset))) missingAssets.push(`${file} -> ${asset}`);
    }
  }
  return {bundler, seconds, pages, missingAssets};
}

const rspack = build('rspack');
const webpack = build('webpack');
const onlyIn = (a: BuildResult, b: BuildResult) => [...a.pages.keys()].filter((p) => !b.pages.has(p));
const titleDiffs = [...rspack.pages]
  .filter(([p, t]) => webpack.pages.has(p) && webpack.pages.get(p) !== t)
  .map(([p]) => p);
const report = {
  pages: {rspack: rspack.pages.size, webpack: webpack.pages.size},
  buildSeconds: {
    rspack: rspack.seconds,
    webpack: webpack.seconds,
    ratio: +(rspack.seconds / webpack.seconds).toFixed(2),
  },
  onlyInRspack: onlyIn(rspack, webpack),
  onlyInWebpack: onlyIn(webpack, rspack),
  titleDifferences: titleDiffs,
  missingAssets: {rspack: rspack.missingAssets, webpack: webpack.missingAssets},
};
console.log(JSON.stringify(report, null, 2));
const ok =
  rspack.pages.size > 0 &&
  report.onlyInRspack.length === 0 &&
  report.onlyInWebpack.length === 0 &&
  titleDiffs.length === 0 &&
  rspack.missingAssets.length === 0 &&
  webpack.missingAssets.length === 0;
process.exit(ok ? 0 : 1);
