/**
 * npm run bench — compares two builds and prints figures; never fails on a
 * threshold (exit 1 only when a measurement itself fails). Tables on stdout
 * (or the full result as JSON with --json), progress on stderr; the full
 * result is also written to .bench/results/bench-<time>.json.
 *
 * By default it compares OUR site with a STOCK Docusaurus 3.10.2 site
 * (create-docusaurus classic --typescript, kept in .bench/stock-3.10.2), both
 * built from scratch in the same run:
 *   - Lighthouse performance (score, Total Blocking Time, LCP, CLS), mobile and
 *     desktop presets, in interleaved rounds: each round runs every compared
 *     page of site A, then of site B, `runs` times over (A, B, A, B, ...), and
 *     the figures are medians per page, over all runs and per round;
 *   - the first search in a real browser: every byte the first query brings
 *     (script, worker, WebAssembly, index chunks, result fragments), the index
 *     chunks and fragments it loaded, and the whole index on disk;
 *   - offline: the files and bytes the service worker precaches (its manifest
 *     read from build/sw.js), raw and gzip;
 *   - cold build time and memory, JS and CSS a first visit loads, main.js.
 * Stock Docusaurus has no search plugin and no service worker: those rows say "none".
 *
 * Two builds of our own site, the way the React-versus-Preact decision was
 * measured (issue 15), instead of stock:
 *   --compare-ref REF     builds REF (git archive into .bench/ref-<sha>) next to
 *                         ours; `--compare-ref HEAD` builds the same commit twice
 *                         (A/A: the noise floor)
 *   --other-build DIR     compares with a build folder made elsewhere
 *
 * Options:
 *   --quick         1 round x 1 run (for development); default 2 rounds x 3 runs
 *   --rounds N --runs N
 *   --skip-stock    measure our site only
 *   --skip-build    reuse build/ (and the stock or ref build, if there is one)
 *   --allow-broken-links  build with broken links as warnings (while linked pages are being written)
 *   --json          print the full result as JSON instead of the tables
 */
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile, cp} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {execFileSync} from 'node:child_process';
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
  formatTable,
  interleavedSchedule,
  kb,
  lenientConfigSource,
  lighthouseMedians,
  linkNodeModules,
  log,
  machineInfo,
  measureFirstSearch,
  offlineFigures,
  parseFlags,
  ratiosOf,
  round,
  runMeasured,
  searchIndexOnDisk,
  sizesOf,
  startStaticServer,
  type FirstSearchFigures,
  type LighthouseFigures,
  type MeasuredRun,
  type OfflineFigures,
  type PageMedians,
  type Preset,
  type ScheduledRun,
  type SearchIndexFigures,
  type Sizes,
  type StaticServer,
  printReport,
  runBenchmark,
} from './bench-lib';

const STOCK_VERSION = '3.10.2';
const STOCK_DIR = path.join(BENCH_DIR, `stock-${STOCK_VERSION}`);
const LOG_DIR = path.join(BENCH_DIR, 'logs');
const PRESETS: readonly Preset[] = ['mobile', 'desktop'];

/** Site B: stock Docusaurus, or a second build of ours. */
type SiteId = 'ours' | 'stock' | 'other';

/** Pages compared by Lighthouse: [label, path on ours, path on site B]. */
const OUR_COMPARED = ['/', '/docs/fundamentals', '/docs/fundamentals/threat-model'];
const STOCK_COMPARED: Record<string, string> = {
  '/': '/',
  '/docs/fundamentals': '/docs/intro',
  '/docs/fundamentals/threat-model': '/docs/intro',
};

interface PageWeight {
  readonly js: Sizes & {files: number};
  readonly css: Sizes & {files: number};
}

interface SiteResult {
  id: SiteId;
  label: string;
  siteDir: string | null;
  buildDir: string;
  build: (MeasuredRun & {postbuildSeconds?: number; npmRunBuildSeconds?: number}) | null;
  mainJs: (Sizes & {file: string}) | null;
  buildFolder: {MB: number; files: number} | null;
  /** Pages whose weight is measured, and the ones Lighthouse compares. */
  weightPages: string[];
  comparedPages: string[];
  pages: Record<string, PageWeight>;
  skippedPages: Array<{path: string; status: number}>;
  lighthouse: Partial<Record<Preset, Record<string, PageMedians>>>;
  search: {firstSearch: FirstSearchFigures; index: SearchIndexFigures} | null;
  offline: OfflineFigures | null;
}

function usage(): string {
  return (
    'usage: npm run bench -- [--quick] [--rounds N] [--runs N] [--compare-ref REF | --other-build DIR | --skip-stock]\n' +
    '                        [--skip-build] [--allow-broken-links] [--json]\n' +
    '  see the comment at the top of scripts/bench.ts.'
  );
}

function emptySite(
  id: SiteId,
  label: string,
  siteDir: string | null,
  buildDir: string,
  stockPages = false,
): SiteResult {
  return {
    id,
    label,
    siteDir,
    buildDir,
    build: null,
    mainJs: null,
    buildFolder: null,
    weightPages: stockPages ? ['/', '/docs/intro'] : [...LIGHTHOUSE_PAGES],
    comparedPages: stockPages ? [...new Set(Object.values(STOCK_COMPARED))] : [...OUR_COMPARED],
    pages: {},
    skippedPages: [],
    lighthouse: {},
    search: null,
    offline: null,
  };
}

// ---- Builds -----------------------------------------------------------------

/**
 * Cold build of our site in `siteDir` (ROOT, or a copy of another ref): no
 * Rspack cache, no .docusaurus, no build/; then scripts/postbuild.ts (search
 * index, CSP, service worker), timed apart, as `npm run build` does.
 */
async function buildOurSite(
  siteDir: string,
  id: SiteId,
  allowBrokenLinks: boolean,
): Promise<NonNullable<SiteResult['build']>> {
  for (const dir of ['node_modules/.cache/rspack', 'node_modules/.cache/webpack', '.docusaurus', 'build']) {
    await rm(path.join(siteDir, dir), {recursive: true, force: true});
  }
  const args = ['build'];
  if (allowBrokenLinks) {
    const wrapper = path.join(BENCH_DIR, `docusaurus.lenient-${id}.config.ts`);
    await mkdir(BENCH_DIR, {recursive: true});
    const target = path.relative(BENCH_DIR, path.join(siteDir, 'docusaurus.config')).split(path.sep).join('/');
    await writeFile(wrapper, lenientConfigSource(target.startsWith('.') ? target : `./${target}`));
    args.push('--config', wrapper);
  }
  log(`${id}: cold docusaurus build in ${siteDir} (Rspack cache, .docusaurus and build/ deleted) ...`);
  const build = await runMeasured(path.join(siteDir, 'node_modules/.bin/docusaurus'), args, {
    cwd: siteDir,
    logFile: path.join(LOG_DIR, `${id}-build.log`),
  });
  // Older refs ran only the CSP step after the build.
  const post = ['scripts/postbuild.ts', 'scripts/csp-postbuild.ts'].find((f) => existsSync(path.join(siteDir, f)));
  if (!post) return build;
  log(`${id}: built in ${build.seconds} s, peak ${build.peakMemoryMB} MB; ${post} ...`);
  const postRun = await runMeasured(path.join(siteDir, 'node_modules/.bin/tsx'), [post], {
    cwd: siteDir,
    logFile: path.join(LOG_DIR, `${id}-postbuild.log`),
  });
  return {
    ...build,
    postbuildSeconds: postRun.seconds,
    npmRunBuildSeconds: round(build.seconds + postRun.seconds, 2),
  };
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

/**
 * Our site at another git ref, as files in .bench/ref-<sha> (git archive, so
 * the repository's worktree list is left alone), with node_modules linked from
 * ours: the ref is built with today's installed packages.
 */
async function checkoutRef(ref: string): Promise<string> {
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {cwd: ROOT, encoding: 'utf8'}).trim();
  const dir = path.join(BENCH_DIR, `ref-${sha.slice(0, 12)}`);
  if (!existsSync(path.join(dir, 'docusaurus.config.ts'))) {
    log(`other: git archive ${ref} (${sha.slice(0, 12)}) into ${dir} ...`);
    await rm(dir, {recursive: true, force: true});
    await mkdir(dir, {recursive: true});
    const tar = path.join(BENCH_DIR, `ref-${sha.slice(0, 12)}.tar`);
    execFileSync('git', ['archive', '--format=tar', '-o', tar, sha], {cwd: ROOT});
    execFileSync('tar', ['-xf', tar, '-C', dir]);
    await rm(tar, {force: true});
  }
  await linkNodeModules(dir);
  return dir;
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

// ---- Browser measurements -----------------------------------------------------------

/** JS and CSS a first visit loads (fresh browser context, so an empty cache), as tests/e2e/budgets.spec.ts measures it. */
async function measurePage(browser: Browser, url: string): Promise<PageWeight> {
  const context = await browser.newContext({serviceWorkers: 'block'});
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
      log(`lighthouse retry ${attempt} on ${url} (${preset}): ${String(error).slice(0, 120)}`);
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

// ---- Output -------------------------------------------------------------------------

/** Which page of site B a page of ours is compared with. */
function counterpart(b: SiteResult, ourPath: string): string {
  return b.id === 'stock' ? (STOCK_COMPARED[ourPath] ?? ourPath) : ourPath;
}

/** The figures both sites have, keyed the same way, for the ratios. */
function comparable(site: SiteResult, pathFor: (ourPath: string) => string): Record<string, unknown> {
  const pageFigures = (p: string) => {
    const w = site.pages[p];
    return w ? {jsGzip: w.js.gzip, cssGzip: w.css.gzip} : undefined;
  };
  return {
    build: site.build ? {seconds: site.build.seconds, peakMemoryMB: site.build.peakMemoryMB} : undefined,
    mainJsGzip: site.mainJs?.gzip,
    pages: Object.fromEntries(OUR_COMPARED.map((p) => [p, pageFigures(pathFor(p))])),
    lighthouse: Object.fromEntries(
      Object.entries(site.lighthouse).map(([preset, pages]) => [
        preset,
        Object.fromEntries(
          OUR_COMPARED.flatMap((p) => {
            const m = pages[pathFor(p)];
            return m ? [[p, {score: m.score, tbtMs: m.tbtMs, lcpMs: m.lcpMs}]] : [];
          }),
        ),
      ]),
    ),
  };
}

function roundsText(m: PageMedians, key: keyof LighthouseFigures): string {
  return m.rounds.length > 1 ? m.rounds.map((r) => r[key]).join(', ') : '';
}

function lighthouseTable(sites: readonly SiteResult[], preset: Preset, rounds: number, runs: number): string {
  const [a, b] = sites;
  if (!a) return '';
  const rows: Array<Array<string | number>> = [
    ['page', 'site', 'score', '(rounds)', 'TBT ms', '(rounds)', 'LCP ms', '(rounds)', 'CLS'],
  ];
  for (const p of a.comparedPages) {
    for (const site of [a, b]) {
      if (!site) continue;
      const sitePath = site === a ? p : counterpart(site, p);
      const m = site.lighthouse[preset]?.[sitePath];
      const label = site === a ? p : sitePath === p ? '' : `  vs ${sitePath}`;
      if (!m) {
        rows.push([label, site.label, 'n/a', '', '', '', '', '', '']);
        continue;
      }
      rows.push([
        label,
        site.label,
        m.score,
        roundsText(m, 'score'),
        m.tbtMs,
        roundsText(m, 'tbtMs'),
        m.lcpMs,
        roundsText(m, 'lcpMs'),
        m.cls,
      ]);
    }
  }
  const how = `median of ${rounds} round(s) x ${runs} run(s); per-round medians in brackets`;
  return `Lighthouse ${preset} (${how})\n${formatTable(rows)}`;
}

function searchOfflineTable(sites: readonly SiteResult[]): string {
  const none = (site: SiteResult, what: string): string =>
    site.id === 'stock' ? `none (stock has no ${what})` : `none (no ${what})`;
  const rows: Array<Array<string | number>> = [['figure', ...sites.map((s) => s.label)]];
  const add = (name: string, cell: (s: SiteResult) => string | number) => rows.push([name, ...sites.map(cell)]);
  add('first search: bytes over the network', (s) =>
    s.search ? `${kb(s.search.firstSearch.bytes)} (${s.search.firstSearch.bytes} B)` : none(s, 'search plugin'),
  );
  add('first search: files / index chunks / fragments', (s) =>
    s.search
      ? `${s.search.firstSearch.files} / ${s.search.firstSearch.indexChunks} / ${s.search.firstSearch.fragments}`
      : none(s, 'search plugin'),
  );
  add('search index on disk: files, size', (s) =>
    s.search
      ? `${s.search.index.files} files, ${kb(s.search.index.bytes)} (${s.search.index.indexChunks} chunks, ${s.search.index.fragments} fragments)`
      : none(s, 'search index'),
  );
  add('offline: precached files', (s) => (s.offline ? String(s.offline.files) : none(s, 'service worker')));
  add('offline: precache raw / gzip', (s) =>
    s.offline ? `${kb(s.offline.bytes)} / ${kb(s.offline.gzipBytes)}` : none(s, 'service worker'),
  );
  add('offline: sw.js raw / gzip', (s) =>
    s.offline ? `${kb(s.offline.sw.raw)} / ${kb(s.offline.sw.gzip)}` : none(s, 'service worker'),
  );
  return `Search and offline\n${formatTable(rows)}`;
}

function buildWeightTable(sites: readonly SiteResult[]): string {
  const rows: Array<Array<string | number>> = [['figure', ...sites.map((s) => s.label)]];
  const add = (name: string, cell: (s: SiteResult) => string | number) => rows.push([name, ...sites.map(cell)]);
  add('cold build s (npm run build s)', (s) =>
    s.build ? `${s.build.seconds} (${s.build.npmRunBuildSeconds ?? s.build.seconds})` : 'not built',
  );
  add('build peak memory MB', (s) => (s.build ? String(s.build.peakMemoryMB) : 'not built'));
  add('build folder', (s) => (s.buildFolder ? `${s.buildFolder.MB} MB, ${s.buildFolder.files} files` : ''));
  add('main.js gzip', (s) => (s.mainJs ? kb(s.mainJs.gzip) : ''));
  const [a] = sites;
  for (const p of a?.comparedPages ?? []) {
    add(`first visit JS + CSS gzip: ${p}`, (s) => {
      const sitePath = s === a ? p : counterpart(s, p);
      const w = s.pages[sitePath];
      return w ? `${kb(w.js.gzip)} + ${kb(w.css.gzip)}${sitePath === p ? '' : ` (${sitePath})`}` : 'n/a';
    });
  }
  return `Build and page weight\n${formatTable(rows)}`;
}

// ---- Main ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  const flags = parseFlags(process.argv.slice(2), [
    '--quick',
    '--rounds',
    '--runs',
    '--skip-stock',
    '--skip-build',
    '--allow-broken-links',
    '--compare-ref',
    '--other-build',
    '--json',
  ]);
  if (flags.help) {
    console.error(usage());
    return;
  }
  const rounds = flags.rounds ?? (flags.quick ? 1 : 2);
  const runs = flags.runs ?? (flags.quick ? 1 : 3);
  const machineAtStart = machineInfo();
  const notes: string[] = [];
  const ours = emptySite('ours', 'ours', ROOT, path.join(ROOT, 'build'));
  let other: SiteResult | null = null;
  if (flags.otherBuild !== null) {
    other = emptySite('other', 'other build', null, path.resolve(flags.otherBuild));
  } else if (flags.compareRef !== null) {
    const dir = await checkoutRef(flags.compareRef);
    other = emptySite('other', `ref ${flags.compareRef}`, dir, path.join(dir, 'build'));
  } else if (!flags.skipStock) {
    other = emptySite('stock', `stock ${STOCK_VERSION}`, STOCK_DIR, path.join(STOCK_DIR, 'build'), true);
  }

  // 1. Builds, one at a time.
  if (flags.skipBuild) notes.push('--skip-build: our build/ was reused, so there are no build figures for our site.');
  else ours.build = await buildOurSite(ROOT, 'ours', flags.allowBrokenLinks);
  if (!existsSync(path.join(ours.buildDir, 'index.html')))
    throw new Error(`no ${ours.buildDir}/index.html: run "npm run build" first, or drop --skip-build`);
  if (other?.id === 'stock') {
    await ensureStockSite();
    if (flags.skipBuild && existsSync(path.join(other.buildDir, 'index.html')))
      notes.push('--skip-build: the stock build in .bench/ was reused, so there are no build figures for it.');
    else other.build = await buildStock();
  } else if (other?.siteDir) {
    if (flags.skipBuild && existsSync(path.join(other.buildDir, 'index.html')))
      notes.push(`--skip-build: the build of ${other.label} in ${other.siteDir} was reused.`);
    else other.build = await buildOurSite(other.siteDir, 'other', flags.allowBrokenLinks);
  }
  if (other && !existsSync(path.join(other.buildDir, 'index.html')))
    throw new Error(`no ${other.buildDir}/index.html: the second build is missing`);
  if (flags.allowBrokenLinks)
    notes.push(
      '--allow-broken-links: our builds used onBrokenLinks/onBrokenAnchors "warn" (wrapper config in .bench/)',
    );
  const sites: SiteResult[] = other ? [ours, other] : [ours];

  // 2. Figures read from the build folders.
  for (const site of sites) {
    site.mainJs = await mainJsOf(site.buildDir);
    const {bytes, files} = await folderStats(site.buildDir);
    site.buildFolder = {MB: round(bytes / 2 ** 20, 2), files};
    site.offline = await offlineFigures(site.buildDir);
    log(
      `${site.label}: build folder ${site.buildFolder.MB} MB in ${files} files; main.js ${site.mainJs?.gzip} B gzip; ` +
        (site.offline
          ? `sw.js precaches ${site.offline.files} files, ${kb(site.offline.gzipBytes)} gzip`
          : 'no service worker'),
    );
  }

  // 3. Browser figures, then Lighthouse; the static servers run throughout.
  const servers: StaticServer[] = [];
  const origins = new Map<SiteId, string>();
  let browserVersion = 'unknown';
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  try {
    for (const site of sites) {
      const server = await startStaticServer(site.buildDir);
      servers.push(server);
      origins.set(site.id, server.origin);
      for (const p of [...new Set([...site.weightPages, ...site.comparedPages])]) {
        const res = await fetch(`${server.origin}${p}`);
        await res.arrayBuffer();
        if (res.ok) continue;
        site.skippedPages.push({path: p, status: res.status});
        notes.push(`${site.label} ${p}: HTTP ${res.status}, skipped (page not written yet?)`);
      }
      const skipped = new Set(site.skippedPages.map((s) => s.path));
      site.weightPages = site.weightPages.filter((p) => !skipped.has(p));
      site.comparedPages = site.comparedPages.filter((p) => !skipped.has(p));
    }

    log('page weight and first search in headless Chromium ...');
    const browser = await chromium.launch({executablePath: chromePath(), args: [...CHROME_FLAGS]});
    try {
      browserVersion = browser.version();
      for (const site of sites) {
        const origin = origins.get(site.id) ?? '';
        for (const p of site.weightPages) {
          site.pages[p] = await measurePage(browser, `${origin}${p}`);
          log(`${site.label} ${p}: JS ${site.pages[p].js.gzip} B gzip, CSS ${site.pages[p].css.gzip} B gzip`);
        }
        const index = await searchIndexOnDisk(site.buildDir);
        if (index) {
          const firstSearch = await measureFirstSearch(browser, origin);
          site.search = {firstSearch, index};
          log(
            `${site.label}: first search "${firstSearch.query}" ${firstSearch.bytes} B in ${firstSearch.files} files (${firstSearch.indexChunks} index chunks, ${firstSearch.fragments} fragments); index on disk ${index.bytes} B in ${index.files} files`,
          );
        }
      }
    } finally {
      await browser.close();
    }

    // Lighthouse in interleaved rounds (see interleavedSchedule in bench-lib.ts).
    const schedule = interleavedSchedule<SiteId>({
      rounds,
      runs,
      presets: PRESETS,
      sites: sites.map((s) => ({id: s.id, pages: s.comparedPages})),
    });
    chrome = await chromeLauncher.launch({chromePath: chromePath(), chromeFlags: [...CHROME_FLAGS]});
    const results: Array<ScheduledRun<SiteId> & {figures: LighthouseFigures}> = [];
    for (const [i, step] of schedule.entries()) {
      const figures = await runLighthouse(`${origins.get(step.site)}${step.page}`, chrome.port, step.preset);
      results.push({...step, figures});
      log(
        `lighthouse ${i + 1}/${schedule.length} round ${step.round} ${step.preset} ${step.site} ${step.page}: score ${figures.score}, TBT ${figures.tbtMs} ms, LCP ${figures.lcpMs} ms, CLS ${figures.cls}`,
      );
    }
    for (const {site: id, preset, page, medians} of lighthouseMedians(results)) {
      const site = sites.find((s) => s.id === id);
      if (!site) continue;
      site.lighthouse[preset] ??= {};
      site.lighthouse[preset][page] = medians;
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
      rounds,
      runs,
      presets: PRESETS,
      compare: other ? other.label : 'none',
      skipBuild: flags.skipBuild,
      allowBrokenLinks: flags.allowBrokenLinks,
    },
    machine,
    methods: {
      build:
        'cold: Rspack persistent cache, .docusaurus and build/ deleted first; `docusaurus build` run from node_modules/.bin, then (ours) scripts/postbuild.ts timed apart (npmRunBuildSeconds = both). A --compare-ref build uses our installed node_modules.',
      lighthouse:
        'performance category only; mobile = default config (simulated throttling), desktop = desktop-config.js; interleaved: per round, per preset, `runs` passes over every compared page of ours then of the other site; medians per page over all runs, and per round',
      firstSearch:
        'fresh Playwright context (service workers blocked), headless system Chromium; open /docs/fundamentals, type "seccomp" in the navbar box, wait for the first result and network idle; every /pagefind/ response the context saw (web worker included), gzip size when served gzip-encoded, else body length (src/lib/site/firstSearch.ts, shared with tests/e2e/search.spec.ts)',
      searchIndex: 'every file under build/pagefind/ on disk (Pagefind writes its chunks gzip-compressed)',
      offline:
        'precache manifest parsed from build/sw.js; raw = size on disk of every listed file; gzip = per file the smaller of gzip (zlib default) and raw, as a host that gzips text would send it',
      pageWeight:
        'fresh Playwright context per page (empty cache), waitUntil networkidle; sum of script and stylesheet bodies, gzip at zlib default level, as tests/e2e/budgets.spec.ts does',
      stockSite: `npx create-docusaurus@${STOCK_VERSION} classic --typescript, kept in .bench/stock-${STOCK_VERSION}; its doc page /docs/intro stands in for each of our doc pages`,
    },
    sites,
    ratios: other
      ? ratiosOf(
          comparable(ours, (p) => p),
          comparable(other, (p) => counterpart(other, p)),
        )
      : null,
    notes,
  };
  const resultsDir = path.join(BENCH_DIR, 'results');
  await mkdir(resultsDir, {recursive: true});
  const resultFile = path.join(resultsDir, `bench-${result.date.replace(/[:.]/g, '-')}.json`);
  await writeFile(resultFile, `${JSON.stringify(result, null, 2)}\n`);
  log(`done in ${elapsedSeconds} s (${round(elapsedSeconds / 60, 1)} min); full result in ${resultFile}`);
  const text = flags.json
    ? JSON.stringify(result, null, 2)
    : [
        `npm run bench, ${result.date}: ${sites.map((s) => s.label).join(' vs ')}; load average ${machineAtStart.loadAverage as number[]} at start`,
        ...PRESETS.map((p) => lighthouseTable(sites, p, rounds, runs)),
        searchOfflineTable(sites),
        buildWeightTable(sites),
        ...(notes.length > 0 ? [`Notes\n${notes.map((n) => `- ${n}`).join('\n')}`] : []),
        `Full result: ${path.relative(ROOT, resultFile)}`,
      ].join('\n\n');
  await printReport(text);
}

runBenchmark('bench', main);
