import {gunzipSync, gzipSync} from 'node:zlib';
import {parse as parseYaml} from 'yaml';
import {describe, expect, it} from 'vitest';
import {checkFrontMatter} from '../src/lib/content/frontmatter';
import {checkArticleBody, splitFrontMatter} from '../src/lib/content/docsRules';
import {extractMermaidBlocks} from '../src/lib/diagrams/mermaid';
import {
  flattenNumbers,
  formatTable,
  gzipSize,
  interleavedSchedule,
  kb,
  lighthouseMedians,
  parsePrecacheManifest,
  sampleEvenly,
  linearFit,
  median,
  lenientConfigSource,
  parseClock,
  parseFlags,
  parseNList,
  parseProcStat,
  parseTimeVerbose,
  ratio,
  ratiosOf,
  relativePageLink,
  sizesOf,
  syntheticPage,
  syntheticPagePath,
  treeRssBytes,
} from './bench-lib';

const TIME_V_OK = `\tCommand being timed: "node_modules/.bin/docusaurus build"
\tUser time (seconds): 301.52
\tSystem time (seconds): 20.31
\tPercent of CPU this job got: 180%
\tElapsed (wall clock) time (h:mm:ss or m:ss): 2:58.61
\tAverage shared text size (kbytes): 0
\tMaximum resident set size (kbytes): 2202340
\tPage size (bytes): 4096
\tExit status: 0
`;

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('does not reorder its input and refuses an empty list', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
    expect(() => median([])).toThrow(/empty/);
  });
});

describe('gzip sizing', () => {
  it('measures raw bytes (UTF-8 for strings) and a gzip size that round-trips', () => {
    const text = 'é'.repeat(1000);
    const sizes = sizesOf(text);
    expect(sizes.raw).toBe(2000);
    expect(sizes.gzip).toBeLessThan(100);
    expect(gzipSize(Buffer.from(text))).toBe(sizes.gzip);
    const gzipped = gzipSync(Buffer.from(text));
    expect(gzipped.length).toBe(sizes.gzip);
    expect(gunzipSync(gzipped).toString()).toBe(text);
  });
});

describe('ratios', () => {
  it('divides ours by stock, and gives null for a zero or missing stock figure', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(1, 3)).toBe(0.333);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(undefined, 2)).toBeNull();
    expect(ratio(2, null)).toBeNull();
  });
  it('flattens nested figures and pairs the keys both sides have', () => {
    expect(flattenNumbers({a: {b: 1, c: 'x'}, d: 2, e: undefined, f: [1]})).toEqual({'a.b': 1, d: 2});
    expect(
      ratiosOf({build: {seconds: 90}, home: {jsGzip: 300}, only: 1}, {build: {seconds: 60}, home: {jsGzip: 0}}),
    ).toEqual({
      'build.seconds': 1.5,
      'home.jsGzip': null,
    });
  });
  it('fits a line through the scale points', () => {
    expect(linearFit([100, 500, 1000], [20, 60, 110])).toEqual({
      slope: expect.closeTo(0.1, 5),
      intercept: expect.closeTo(10, 5),
    });
    expect(linearFit([100], [20])).toBeNull();
    expect(linearFit([100, 100], [20, 30])).toBeNull();
  });
});

describe('parseTimeVerbose', () => {
  it('reads peak RSS, elapsed, CPU times and the exit status', () => {
    expect(parseTimeVerbose(TIME_V_OK)).toEqual({
      maxRssKB: 2202340,
      elapsedSeconds: 178.61,
      userSeconds: 301.52,
      systemSeconds: 20.31,
      exitStatus: 0,
      signal: null,
    });
  });
  it('reads a failed command and a command killed by a signal', () => {
    const failed = `Command exited with non-zero status 3\n${TIME_V_OK.replace('Exit status: 0', 'Exit status: 3')}`;
    expect(parseTimeVerbose(failed).exitStatus).toBe(3);
    const killed = `Command terminated by signal 9\n${TIME_V_OK.replace('\tExit status: 0\n', '')}`;
    expect(parseTimeVerbose(killed)).toMatchObject({exitStatus: null, signal: 9});
  });
  it('fails loudly on output that is not from time -v', () => {
    expect(() => parseTimeVerbose('real 0m1.0s')).toThrow(/Maximum resident set size/);
  });
  it('parses m:ss and h:mm:ss clocks', () => {
    expect(parseClock('0:00.10')).toBeCloseTo(0.1);
    expect(parseClock('1:02:03.5')).toBeCloseTo(3723.5);
    expect(() => parseClock('soon')).toThrow();
  });
});

describe('/proc parsing', () => {
  it('reads pid, ppid and rss even when the command name has spaces and parentheses', () => {
    const line =
      '1445 (cat) R 1436 1436 27632 0 -1 4194304 103 0 0 0 0 0 0 0 20 0 1 0 143271 3133440 416 18446744073709551615 0 0';
    expect(parseProcStat(line)).toEqual({pid: 1445, ppid: 1436, rssPages: 416});
    const odd =
      '77 (node (ssg) x) S 70 77 27632 0 -1 4194304 103 0 0 0 0 0 0 0 20 0 1 0 143271 3133440 1000 18446744073709551615 0 0';
    expect(parseProcStat(odd)).toEqual({pid: 77, ppid: 70, rssPages: 1000});
    expect(parseProcStat('garbage')).toBeNull();
  });
  it('sums the RSS of a process and its descendants only', () => {
    const procs = [
      {pid: 1, ppid: 0, rssPages: 100},
      {pid: 10, ppid: 1, rssPages: 1},
      {pid: 11, ppid: 10, rssPages: 2},
      {pid: 12, ppid: 11, rssPages: 4},
      {pid: 20, ppid: 1, rssPages: 1000},
    ];
    expect(treeRssBytes(procs, 10, 4096)).toBe(7 * 4096);
    expect(treeRssBytes(procs, 99, 4096)).toBe(0);
  });
});

describe('flags', () => {
  it('parses the bench flags and the --n list in both spellings', () => {
    expect(parseFlags(['--quick', '--skip-build'], ['--quick', '--skip-stock', '--skip-build'])).toMatchObject({
      quick: true,
      skipBuild: true,
      skipStock: false,
    });
    expect(parseFlags(['--n', '50,100'], ['--n']).n).toEqual([50, 100]);
    expect(parseFlags(['--n=20'], ['--n']).n).toEqual([20]);
  });
  it('parses --allow-broken-links, and the wrapper config relaxes only the link checks', () => {
    expect(parseFlags(['--allow-broken-links'], ['--allow-broken-links']).allowBrokenLinks).toBe(true);
    const source = lenientConfigSource('../docusaurus.config');
    expect(source).toContain("import config from '../docusaurus.config';");
    expect(source).toContain("export default {...config, onBrokenLinks: 'warn', onBrokenAnchors: 'warn'};");
  });
  it('parses --sizes as --n, the round and run counts, the second build and --json', () => {
    expect(parseFlags(['--sizes', '100,1000'], ['--sizes']).n).toEqual([100, 1000]);
    const flags = parseFlags(
      ['--rounds', '2', '--runs=3', '--compare-ref', 'main', '--json', '--sample', '5'],
      ['--rounds', '--runs', '--compare-ref', '--json', '--sample'],
    );
    expect(flags).toMatchObject({rounds: 2, runs: 3, compareRef: 'main', json: true, sample: 5, otherBuild: null});
    expect(parseFlags(['--other-build', '../b/build'], ['--other-build']).otherBuild).toBe('../b/build');
  });
  it('rejects a missing or bad value, and two second builds at once', () => {
    expect(() => parseFlags(['--rounds', '0'], ['--rounds'])).toThrow(/--rounds takes a positive integer/);
    expect(() => parseFlags(['--runs', '--quick'], ['--runs', '--quick'])).toThrow(/--runs needs a value/);
    expect(() => parseFlags(['--sizes', '1,x'], ['--sizes'])).toThrow(/--sizes takes positive integers/);
    expect(() =>
      parseFlags(['--other-build', 'b', '--compare-ref', 'HEAD'], ['--other-build', '--compare-ref']),
    ).toThrow(/give one of them/);
  });
  it('rejects unknown options and bad lists', () => {
    expect(() => parseFlags(['--quik'], ['--quick'])).toThrow(/unknown option/);
    expect(() => parseNList('10,abc')).toThrow();
    expect(() => parseNList('0')).toThrow();
    expect(() => parseFlags(['--n'], ['--n'])).toThrow(/--n needs/);
  });
});

describe('syntheticPage', () => {
  it('lays pages out in folders of 25 with working relative links', () => {
    expect(syntheticPagePath(1)).toBe('section-01/page-0001.mdx');
    expect(syntheticPagePath(26)).toBe('section-02/page-0026.mdx');
    expect(relativePageLink(3, 2)).toBe('./page-0002.mdx');
    expect(relativePageLink(26, 25)).toBe('../section-01/page-0025.mdx');
  });

  it.each([1, 10, 26, 999])('page %i passes the project front-matter schema and article rules', (index) => {
    const text = syntheticPage(index);
    const {frontMatter, body, bodyStartLine} = splitFrontMatter(text);
    const data = parseYaml(frontMatter) as {applies_to: string};
    expect(checkFrontMatter(data, `docs/bench/${syntheticPagePath(index)}`)).toEqual([]);
    expect(checkArticleBody(body, bodyStartLine, {appliesTo: data.applies_to, isArticle: true})).toEqual([]);
  });

  it('is deterministic, realistically sized, and has a code block, a table and a Mermaid diagram every 10th page', () => {
    const page = syntheticPage(20);
    expect(syntheticPage(20)).toBe(page);
    expect(page.length).toBeGreaterThan(8_000);
    expect(page.length).toBeLessThan(25_000);
    expect(page).toMatch(/^```yaml/m);
    expect(page).toMatch(/^\|---\|---\|/m);
    expect(page).toContain('```mermaid');
    expect(syntheticPage(21)).not.toContain('```mermaid');
    // npm run diagrams finds it, and each page's diagram is its own (one SVG pair per diagram page).
    const [block] = extractMermaidBlocks(page);
    expect(block?.code).toContain('Client 20');
    expect(extractMermaidBlocks(syntheticPage(30))[0]?.code).not.toBe(block?.code);
    expect(syntheticPage(1)).not.toContain('previous article');
    expect(page).toContain('](./page-0019.mdx)');
  });
});

describe('interleavedSchedule', () => {
  const sites = [
    {id: 'ours', pages: ['/', '/docs/a']},
    {id: 'stock', pages: ['/']},
  ] as const;

  it('alternates the sites run by run, inside each round and preset', () => {
    const steps = interleavedSchedule({rounds: 2, runs: 2, presets: ['mobile', 'desktop'], sites});
    expect(steps).toHaveLength(2 * 2 * 2 * 3);
    const firstRoundMobile = steps
      .filter((s) => s.round === 1 && s.preset === 'mobile')
      .map((s) => `${s.run}:${s.site}${s.page}`);
    expect(firstRoundMobile).toEqual(['1:ours/', '1:ours/docs/a', '1:stock/', '2:ours/', '2:ours/docs/a', '2:stock/']);
    // Round 1 (both presets) is over before round 2 starts.
    expect(steps.findIndex((s) => s.round === 2)).toBe(12);
    expect(steps.slice(0, 12).every((s) => s.round === 1)).toBe(true);
  });

  it('gives one run per page and site with 1 round x 1 run (--quick)', () => {
    const steps = interleavedSchedule({rounds: 1, runs: 1, presets: ['mobile'], sites});
    expect(steps.map((s) => `${s.site}${s.page}`)).toEqual(['ours/', 'ours/docs/a', 'stock/']);
  });

  it('is empty when there is nothing to run', () => {
    expect(interleavedSchedule({rounds: 2, runs: 3, presets: ['mobile'], sites: []})).toEqual([]);
  });
});

describe('lighthouseMedians', () => {
  const run = (round: number, site: string, score: number, tbtMs: number) => ({
    round,
    run: 1,
    preset: 'mobile' as const,
    site,
    page: '/docs/a',
    figures: {score, tbtMs, lcpMs: 1000 + score, cls: 0},
  });

  it('takes the median over all runs and per round, per site', () => {
    const medians = lighthouseMedians([
      run(1, 'ours', 90, 380),
      run(1, 'ours', 80, 500),
      run(1, 'ours', 85, 420),
      run(2, 'ours', 81, 1417),
      run(2, 'ours', 70, 900),
      run(2, 'ours', 75, 1000),
      run(1, 'stock', 79, 923),
    ]);
    expect(medians).toHaveLength(2);
    const ours = medians.find((m) => m.site === 'ours')?.medians;
    expect(ours).toMatchObject({score: 80.5, tbtMs: 700, runs: 6});
    expect(ours?.rounds.map((r) => r.score)).toEqual([85, 75]);
    expect(ours?.rounds.map((r) => r.tbtMs)).toEqual([420, 1000]);
    expect(medians.find((m) => m.site === 'stock')?.medians).toMatchObject({score: 79, rounds: [{score: 79}]});
  });
});

describe('parsePrecacheManifest', () => {
  it('reads the manifest Workbox inlines into a minified sw.js, and no code object', () => {
    const sw =
      'const s=e=>e&&"object"==typeof e?e:{handle:e};super(({url:a})=>{});' +
      'E={directoryIndex:"index.html",ignoreURLParametersMatching:[/.*/]},function(e){U().precache(e)}' +
      '([{url:"search.html",revision:"ddb5284954ac6cd6dbd3379af9c08728"},{url:"assets/js/main.1a2b3c4d.js",revision:null},' +
      '{url:"pagefind/index/en_2c6af87.pf_index",revision:"40d1c27f"}]),C(E);';
    expect(parsePrecacheManifest(sw)).toEqual([
      {url: 'search.html', revision: 'ddb5284954ac6cd6dbd3379af9c08728'},
      {url: 'assets/js/main.1a2b3c4d.js', revision: null},
      {url: 'pagefind/index/en_2c6af87.pf_index', revision: '40d1c27f'},
    ]);
  });

  it('reads the unminified JSON form with keys in either order, once per URL', () => {
    const sw = `precacheAndRoute([
      {"revision": "abc", "url": "index.html"},
      {"url": "docs/a.html", "revision": null},
      {"url": "index.html", "revision": "abc"}
    ], {});`;
    expect(parsePrecacheManifest(sw)).toEqual([
      {url: 'index.html', revision: 'abc'},
      {url: 'docs/a.html', revision: null},
    ]);
  });

  it('fails when there is no manifest', () => {
    expect(() => parsePrecacheManifest('self.addEventListener("fetch",()=>{})')).toThrow(/no precache manifest/);
    expect(() => parsePrecacheManifest('x({url:"a.html"})')).toThrow(/no precache manifest/);
  });
});

describe('sampleEvenly, formatTable and kb', () => {
  it('spreads the sample over the list, first and last included', () => {
    const list = Array.from({length: 100}, (_, i) => i);
    expect(sampleEvenly(list, 5)).toEqual([0, 25, 50, 74, 99]);
    expect(sampleEvenly(list, 1)).toEqual([0]);
    expect(sampleEvenly(list, 0)).toEqual([]);
    expect(sampleEvenly([1, 2], 20)).toEqual([1, 2]);
  });

  it('aligns columns, numbers to the right', () => {
    expect(
      formatTable([
        ['page', 'score'],
        ['/', 90],
        ['/docs/fundamentals', 7],
      ]),
    ).toBe(
      [
        'page                score',
        '------------------  -----',
        '/                      90',
        '/docs/fundamentals      7',
      ].join('\n'),
    );
  });

  it('prints kilobytes with one decimal', () => {
    expect(kb(150 * 1024)).toBe('150.0 KB');
    expect(kb(1536)).toBe('1.5 KB');
  });
});
