import {gunzipSync, gzipSync} from 'node:zlib';
import {parse as parseYaml} from 'yaml';
import {describe, expect, it} from 'vitest';
import {checkFrontMatter} from '../src/lib/content/frontmatter';
import {checkArticleBody, splitFrontMatter} from '../src/lib/content/docsRules';
import {extractMermaidBlocks} from '../src/lib/diagrams/mermaid';
import {
  flattenNumbers,
  gzipSize,
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
