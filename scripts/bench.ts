/**
 * npm run bench — prints figures, never fails on a threshold (exit 1 only when
 * a measurement itself fails). One JSON object on stdout, progress on stderr.
 *
 * Measures OUR site and a STOCK Docusaurus 3.10.2 site (create-docusaurus
 * classic --typescript, kept in .bench/stock-3.10.2) in the same run:
 *   - cold production build: wall seconds, CPU seconds, peak memory;
 *   - JS and CSS bytes (raw, gzip) a first visit loads, measured in headless
 *     Chromium like tests/e2e/budgets.spec.ts, and main.js on its own;
 *   - Lighthouse performance score, LCP, TBT and CLS, mobile and desktop
 *     presets, median of 3 runs;
 *   - our search index size;
 * and the ratio ours/stock of every figure both sides have.
 *
 * Options:
 *   --quick       1 Lighthouse run, mobile preset only (for development)
 *   --skip-stock  measure our site only
 *   --skip-build  reuse build/ (and the stock site's build, if there is one)
 *   --allow-broken-links  build ours with broken links as warnings (while linked pages are being written)
 */
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {chromium, type Browser} from 'playwright-core';
import {CHROME_FLAGS, LIGHTHOUSE_PAGES, chromePath} from './lighthouse';
import {
  BENCH_DIR,
  ROOT,
  addSizes,
  folderStats,
  lenientConfigSource,
  linkNodeModules,
  log,
  machineInfo,
  median,
  parseFlags,
  ratiosOf,
  round,
  runMeasured,
  sizesOf,
  startStaticServer,
  type MeasuredRun,
  type Sizes,
  type StaticServer,
} from './bench-lib';

const STOCK_VERSION = '3.10.2';
const STOCK_DIR = path.join(BENCH_DIR, `stock-${STOCK_VERSION}`);
const LOG_DIR = path.join(BENCH_DIR, 'logs');
const STOCK_PAGES = ['/', '/docs/intro'];
/** Pages compared between the two sites: the home page, and a regular doc page. */
const COMPARABLE = {
  home: {ours: '/', stock: '/'},
  doc: {ours: '/docs/fundamentals/threat-model', stock: '/docs/intro'},
} as const;

type Preset = 'mobile' | 'desktop';
type SiteId = 'ours' | 'stock';

interface PageWeight {
  readonly js: Sizes & {files: number};
  readonly css: Sizes & {files: number};
}

interface LighthouseFigures {
  readonly score: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
}

interface SiteResult {
  siteDir: string;
  buildDir: string;
  build: (MeasuredRun & {postbuildSeconds?: number; npmRunBuildSeconds?: number}) | null;
  mainJs: (Sizes & {file: string}) | null;
  buildFolder: {MB: number; files: number} | null;
  searchIndex: (Sizes & {files: Array<Sizes & {file: string}>}) | null;
  pages: Record<string, PageWeight>;
  skippedPages: Array<{path: string; status: number}>;
  lighthouse: Partial<Record<Preset, Record<string, LighthouseFigures & {runs: LighthouseFigures[]}>>>;
}

function usage(): string {
  return (
    'usage: npm run bench -- [--quick] [--skip-stock] [--skip-build] [--allow-broken-links]\n' +
    '  JSON on stdout, progress on stderr; see the comment at the top of scripts/bench.ts.'
  );
}

function emptySite(siteDir: string): SiteResult {
  return {
    siteDir,
    buildDir: path.join(siteDir, 'build'),
    build: null,
    mainJs: null,
    buildFolder: null,
    searchIndex: null,
    pages: {},
    skippedPages: [],
    lighthouse: {},
  };
}

// ---- Builds -----------------------------------------------------------------

/** Cold build of our site: no Rspack cache, no .docusaurus, no build/; then the CSP step, timed apart. */
async function buildOurs(allowBrokenLinks: boolean): Promise<NonNullable<SiteResult['build']>> {
  for (const dir of ['node_modules/.cache/rspack', 'node_modules/.cache/webpack', '.docusaurus', 'build']) {
    await rm(path.join(ROOT, dir), {recursive: true, force: true});
  }
  const args = ['build'];
  if (allowBrokenLinks) {
    const wrapper = path.join(BENCH_DIR, 'docusaurus.lenient.config.ts');
    await mkdir(BENCH_DIR, {recursive: true});
    await writeFile(wrapper, lenientConfigSource('../docusaurus.config'));
    args.push('--config', wrapper);
  }
  log('ours: cold docusaurus build (Rspack cache, .docusaurus and build/ deleted) ...');
  const build = await runMeasured(path.join(ROOT, 'node_modules/.bin/docusaurus'), args, {
    cwd: ROOT,
    logFile: path.join(LOG_DIR, 'ours-build.log'),
  });
  log(`ours: built in ${build.seconds} s, peak ${build.peakMemoryMB} MB; CSP post-build step ...`);
  const post = await runMeasured(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/csp-postbuild.ts'], {
    cwd: ROOT,
    logFile: path.join(LOG_DIR, 'ours-csp-postbuild.log'),
  });
  return {...build, postbuildSeconds: post.seconds, npmRunBuildSeconds: round(build.seconds + post.seconds, 2)};
}

/** Generates the stock site once (kept in .bench/), then links node_modules into it afresh. */
async function ensureStockSite(): Promise<void> {
  if (!existsSync(path.join(STOCK_DIR, 'docusaurus.config.ts'))) {
    log(`stock: generating create-docusaurus@${STOCK_VERSION} classic --typescript into ${STOCK_DIR} ...`);
    const tmp = await mkdtemp(path.join(os.tmpdir(), 'ksfg-bench-stock-'));
    try {
      await runMeasured(
        'npx',
        [
          '--yes',
          `create-docusaurus@${STOCK_VERSION}`,
          'site',
          'classic',
          '--typescript',
          '--package-manager',
          'npm',
          '--skip-install',
        ],
        {cwd: tmp, logFile: path.join(LOG_DIR, 'stock-create.log')},
      );
      await rm(STOCK_DIR, {recursive: true, force: true});
      await cp(path.join(tmp, 'site'), STOCK_DIR, {recursive: true});
    } finally {
      await rm(tmp, {recursive: true, force: true});
    }
  }
  await linkNodeModules(STOCK_DIR);
}

/** Cold build of the stock site: its private Rspack cache, .docusaurus and build/ deleted first. */
async function buildStock(): Promise<MeasuredRun> {
  for (const dir of ['node_modules/.cache', '.docusaurus', 'build'])
    await rm(path.join(STOCK_DIR, dir), {recursive: true, force: true});
  log('stock: cold docusaurus build ...');
  const build = await runMeasured(path.join(STOCK_DIR, 'node_modules/.bin/docusaurus'), ['build'], {
    cwd: STOCK_DIR,
    logFile: path.join(LOG_DIR, 'stock-build.log'),
  });
  log(`stock: built in ${build.seconds} s, peak ${build.peakMemoryMB} MB`);
  return build;
}

// ---- Static figures ---------------------------------------------------------------

async function mainJsOf(buildDir: string): Promise<SiteResult['mainJs']> {
  const jsDir = path.join(buildDir, 'assets/js');
  const main = (await readdir(jsDir)).filter((f) => /^main\.[0-9a-f]+\.js$/.test(f));
  const [file] = main;
  if (main.length !== 1 || file === undefined)
    throw new Error(`expected one main.<hash>.js in ${jsDir}, found ${main.length}`);
  return {file: `assets/js/${file}`, ...sizesOf(await readFile(path.join(jsDir, file)))};
}

async function searchIndexOf(buildDir: string): Promise<SiteResult['searchIndex']> {
  const files = (await readdir(buildDir)).filter((f) => /^search-index.*\.json$/.test(f)).sort();
  if (files.length === 0) return null;
  const each = await Promise.all(
    files.map(async (file) => ({file, ...sizesOf(await readFile(path.join(buildDir, file)))})),
  );
  return {...each.reduce<Sizes>((total, f) => addSizes(total, f), {raw: 0, gzip: 0}), files: each};
}

// ---- Browser measurements -----------------------------------------------------------

/** JS and CSS a first visit loads (fresh browser context, so an empty cache), as tests/e2e/budgets.spec.ts measures it. */
async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies: Array<Promise<{type: 'js' | 'css'; size: Sizes}>> = [];
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      bodies.push(response.body().then((body) => ({type: type === 'script' ? 'js' : 'css', size: sizesOf(body)})));
    });
    const response = await page.goto(url, {waitUntil: 'networkidle', timeout: 60_000});
    if (!response || response.status() !== 200)
      throw new Error(`${url} answered ${response?.status() ?? 'nothing'} in the browser`);
    const assets = await Promise.all(bodies);
    if (assets.length === 0) throw new Error(`${url}: no script or stylesheet measured`);
    const total = (type: 'js' | 'css') => {
      const list = assets.filter((a) => a.type === type);
      return {...list.reduce<Sizes>((sum, a) => addSizes(sum, a.size), {raw: 0, gzip: 0}), files: list.length};
    };
    return {js: total('js'), css: total('css')};
  } finally {
    await context.close();
  }
}

/** Lighthouse occasionally fails to record a trace (NO_NAVSTART, NO_FCP); such runs are retried. */
const TRANSIENT_LIGHTHOUSE_ERRORS = /NO_NAVSTART|NO_FCP|NO_LCP|PROTOCOL_TIMEOUT/;

async function runLighthouse(url: string, port: number, preset: Preset, attempt = 1): Promise<LighthouseFigures> {
  try {
    return await runLighthouseOnce(url, port, preset);
  } catch (error) {
    if (attempt < 3 && TRANSIENT_LIGHTHOUSE_ERRORS.test(String(error))) {
      console.error(`[bench] lighthouse retry ${attempt} on ${url} (${preset}): ${String(error).slice(0, 120)}`);
      return runLighthouse(url, port, preset, attempt + 1);
    }
    throw error;
  }
}

async function runLighthouseOnce(url: string, port: number, preset: Preset): Promise<LighthouseFigures> {
  const result = await lighthouse(
    url,
    {port, output: 'json', logLevel: 'error', onlyCategories: ['performance']},
    preset === 'desktop' ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const {lhr} = result;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse failed on ${url} (${preset}): ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = lhr.categories.performance?.score;
  const metric = (id: string): number => {
    const value = lhr.audits[id]?.numericValue;
    if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} for ${url} (${preset})`);
    return value;
  };
  if (typeof score !== 'number') throw new Error(`Lighthouse gave no performance score for ${url} (${preset})`);
  return {
    score: Math.round(score * 100),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    cls: round(metric('cumulative-layout-shift'), 4),
  };
}

function medianFigures(runs: LighthouseFigures[]): LighthouseFigures & {runs: LighthouseFigures[]} {
  return {
    score: median(runs.map((r) => r.score)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    cls: round(median(runs.map((r) => r.cls)), 4),
    runs,
  };
}

/** The figures the two sites share, keyed the same way, for the ratios. */
function comparable(site: SiteResult, id: SiteId): Record<string, unknown> {
  const pageFigures = (p: string) => {
    const w = site.pages[p];
    return w ? {jsRaw: w.js.raw, jsGzip: w.js.gzip, cssRaw: w.css.raw, cssGzip: w.css.gzip} : undefined;
  };
  const lh = Object.fromEntries(
    Object.entries(site.lighthouse).map(([preset, pages]) => [
      preset,
      Object.fromEntries(
        Object.entries(COMPARABLE).flatMap(([name, pair]) => {
          const figures = pages[pair[id]];
          return figures
            ? [[name, {score: figures.score, lcpMs: figures.lcpMs, tbtMs: figures.tbtMs, cls: figures.cls}]]
            : [];
        }),
      ),
    ]),
  );
  return {
    build: site.build
      ? {
          seconds: site.build.seconds,
          cpuSeconds: site.build.cpuSeconds,
          peakMemoryMB: site.build.peakMemoryMB,
          treePeakRssMB: site.build.treePeakRssMB,
        }
      : undefined,
    buildFolderMB: site.buildFolder?.MB,
    mainJs: site.mainJs ? {raw: site.mainJs.raw, gzip: site.mainJs.gzip} : undefined,
    home: pageFigures(COMPARABLE.home[id]),
    doc: pageFigures(COMPARABLE.doc[id]),
    lighthouse: lh,
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  const flags = parseFlags(process.argv.slice(2), ['--quick', '--skip-stock', '--skip-build', '--allow-broken-links']);
  if (flags.help) {
    console.error(usage());
    return;
  }
  const runs = flags.quick ? 1 : 3;
  const presets: Preset[] = flags.quick ? ['mobile'] : ['mobile', 'desktop'];
  const machineAtStart = machineInfo();
  const notes: string[] = [];
  const ours = emptySite(ROOT);
  const stock = flags.skipStock ? null : emptySite(STOCK_DIR);

  // 1. Builds, one at a time.
  if (flags.skipBuild) {
    notes.push('--skip-build: our build/ was reused, so there are no build figures for our site.');
  } else {
    ours.build = await buildOurs(flags.allowBrokenLinks);
    if (flags.allowBrokenLinks) {
      notes.push(
        '--allow-broken-links: our site was built with onBrokenLinks/onBrokenAnchors "warn" (wrapper config in .bench/)',
      );
    }
  }
  if (!existsSync(path.join(ours.buildDir, 'index.html')))
    throw new Error(`no ${ours.buildDir}/index.html: run "npm run build" first, or drop --skip-build`);
  if (stock) {
    await ensureStockSite();
    if (flags.skipBuild && existsSync(path.join(stock.buildDir, 'index.html'))) {
      notes.push(
        '--skip-build: the stock build in .bench/ was reused, so there are no build figures for the stock site.',
      );
    } else {
      stock.build = await buildStock();
    }
  }

  // 2. Figures read from the build folders.
  const sites: Array<[SiteId, SiteResult, string[]]> = [['ours', ours, LIGHTHOUSE_PAGES]];
  if (stock) sites.push(['stock', stock, STOCK_PAGES]);
  for (const [, site] of sites) site.mainJs = await mainJsOf(site.buildDir);
  ours.searchIndex = await searchIndexOf(ours.buildDir);
  if (!ours.searchIndex) notes.push('no build/search-index*.json found in our build');
  for (const [id, site] of sites) {
    const {bytes, files} = await folderStats(site.buildDir);
    site.buildFolder = {MB: round(bytes / 2 ** 20, 2), files};
    log(`${id}: build folder ${site.buildFolder.MB} MB in ${files} files; main.js ${site.mainJs?.gzip} B gzip`);
  }

  // 3. Page weight in the browser, then Lighthouse; the static servers run throughout.
  const servers: StaticServer[] = [];
  const livePages = new Map<SiteId, Array<{path: string; url: string}>>();
  let browserVersion = 'unknown';
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    for (const [id, site, pages] of sites) {
      const server = await startStaticServer(site.buildDir);
      servers.push(server);
      const live: Array<{path: string; url: string}> = [];
      for (const p of pages) {
        const res = await fetch(`${server.origin}${p}`);
        await res.arrayBuffer();
        if (res.ok) live.push({path: p, url: `${server.origin}${p}`});
        else {
          site.skippedPages.push({path: p, status: res.status});
          notes.push(`${id} ${p}: HTTP ${res.status}, skipped (page not written yet?)`);
        }
      }
      livePages.set(id, live);
    }

    log('page weight in headless Chromium ...');
    const browser = await chromium.launch({executablePath: chromePath(), args: [...CHROME_FLAGS]});
    try {
      browserVersion = browser.version();
      for (const [id, site] of sites) {
        for (const {path: p, url} of livePages.get(id) ?? []) {
          site.pages[p] = await measurePage(browser, url);
          log(`${id} ${p}: JS ${site.pages[p].js.gzip} B gzip, CSS ${site.pages[p].css.gzip} B gzip`);
        }
      }
    } finally {
      await browser.close();
    }

    // Runs are interleaved (run, preset, site, page) so drift in machine load hits both sites alike.
    chrome = await chromeLauncher.launch({chromePath: chromePath(), chromeFlags: [...CHROME_FLAGS]});
    const collected = new Map<string, LighthouseFigures[]>();
    const total = runs * presets.length * [...livePages.values()].reduce((n, l) => n + l.length, 0);
    let done = 0;
    for (let run = 1; run <= runs; run++) {
      for (const preset of presets) {
        for (const [id] of sites) {
          for (const {path: p, url} of livePages.get(id) ?? []) {
            const figures = await runLighthouse(url, chrome.port, preset);
            done++;
            log(
              `lighthouse ${done}/${total} ${preset} ${id} ${p}: score ${figures.score}, LCP ${figures.lcpMs} ms, TBT ${figures.tbtMs} ms, CLS ${figures.cls}`,
            );
            const key = `${id}\u0000${preset}\u0000${p}`;
            collected.set(key, [...(collected.get(key) ?? []), figures]);
          }
        }
      }
    }
    for (const [key, list] of collected) {
      const [id, preset, p] = key.split('\u0000') as [SiteId, Preset, string];
      const site = id === 'ours' ? ours : stock;
      if (!site) continue;
      site.lighthouse[preset] ??= {};
      site.lighthouse[preset][p] = medianFigures(list);
    }
  } finally {
    if (chrome) await chrome.kill();
    for (const s of servers) s.stop();
  }

  const elapsedSeconds = round((performance.now() - started) / 1000, 1);
  const machine = {...machineAtStart, loadAverageAtEnd: machineInfo().loadAverage, chromium: browserVersion};
  if (((machineAtStart.loadAverage as number[])[0] ?? 0) > (machineAtStart.cpus as number)) {
    notes.push(
      'the machine was busy when the run started (1-minute load average above the CPU count): timings and Lighthouse figures are noisy',
    );
  }
  const result = {
    benchmark: 'npm run bench',
    date: new Date().toISOString(),
    elapsedSeconds,
    options: {
      quick: flags.quick,
      skipStock: flags.skipStock,
      skipBuild: flags.skipBuild,
      allowBrokenLinks: flags.allowBrokenLinks,
      lighthouseRuns: runs,
      presets,
    },
    machine,
    methods: {
      build:
        'cold: Rspack persistent cache, .docusaurus and build/ deleted first; `docusaurus build` run directly from node_modules/.bin (no npx), same for both sites. Ours also reports the CSP post-build step separately (npmRunBuildSeconds = both).',
      seconds: 'wall clock from /usr/bin/time -v; cpuSeconds = user + system time of the process tree',
      peakMemoryMB:
        '/usr/bin/time -v "Maximum resident set size": exact kernel peak RSS of the largest process in the tree (docusaurus build is one Node process; SSG workers and Rspack are threads). treePeakRssMB = largest sum of RSS over the whole tree, sampled from /proc every 200 ms.',
      stockSite: `npx create-docusaurus@${STOCK_VERSION} classic --typescript, kept in .bench/stock-${STOCK_VERSION}; node_modules is a folder of symlinks to the project's node_modules entries (all but .cache), so its Rspack cache is private and its build cold`,
      pageWeight:
        'fresh Playwright browser context per page (empty cache), headless Chromium, waitUntil networkidle; sum of script and stylesheet response bodies, raw and gzip (zlib default level) as tests/e2e/budgets.spec.ts does',
      mainJs: 'build/assets/js/main.<hash>.js read from disk, raw and gzip',
      lighthouse: `Lighthouse performance category only; mobile = default config (simulated throttling), desktop = lighthouse/core/config/desktop-config.js; median of ${runs} run(s) per figure, runs interleaved across sites`,
      ratios: `ours / stock for each figure both sides have; "home" compares ${COMPARABLE.home.ours} with ${COMPARABLE.home.stock}, "doc" compares ${COMPARABLE.doc.ours} with ${COMPARABLE.doc.stock}; null when the stock figure is 0`,
    },
    ours,
    stock,
    ratios: stock ? ratiosOf(comparable(ours, 'ours'), comparable(stock, 'stock')) : null,
    notes,
  };
  log(`done in ${elapsedSeconds} s (${round(elapsedSeconds / 60, 1)} min)`);
  await new Promise<void>((resolve) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`, () => resolve()));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(
      `bench: measurement failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    process.exit(1);
  },
);
