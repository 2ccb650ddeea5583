/**
 * Helpers shared by the benchmark scripts (scripts/bench.ts, scripts/bench-scale.ts).
 *
 * The first half is pure (unit-tested in bench-lib.test.ts): statistics, gzip
 * sizing, parsing `/usr/bin/time -v` and /proc output, and the synthetic page
 * generator. The second half does IO: running a command while measuring its
 * wall time and peak memory, linking node_modules into a scratch site, serving
 * a build folder. Benchmarks print figures; they never fail on a threshold,
 * only when a measurement itself fails.
 */
import {spawn, execFileSync, type ChildProcess} from 'node:child_process';
import {createWriteStream, existsSync, openSync, readFileSync, readdirSync, type Dirent} from 'node:fs';
import {mkdir, readdir, rm, stat, symlink, readFile} from 'node:fs/promises';
import {createServer} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {checkPageInBothThemes} from '../tests/e2e/pageCheck';
import type {Browser} from 'playwright-core';
import {createSearchByteCounter, summarizeSearchFiles, type SearchBytesSummary} from '../src/lib/site/firstSearch';
import {isPlainObject} from '../src/lib/format/value';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** Scratch folder for benchmark sites and logs (git-, lint- and tsc-ignored). */
export const BENCH_DIR = path.join(ROOT, '.bench');

// ---------------------------------------------------------------------------
// Pure helpers
// ---------------------------------------------------------------------------

/** Median of a non-empty list (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (i: number): number => sorted[i] ?? NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** Rounds to `digits` decimals (avoids 0.1 + 0.2 noise in the printed JSON). */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** ours / stock, rounded to 3 decimals; null when either side is missing or stock is 0. */
export function ratio(ours: number | null | undefined, stock: number | null | undefined): number | null {
  if (ours === null || ours === undefined || stock === null || stock === undefined) return null;
  if (!Number.isFinite(ours) || !Number.isFinite(stock) || stock === 0) return null;
  return round(ours / stock, 3);
}

export interface Sizes {
  readonly raw: number;
  readonly gzip: number;
}

/** Gzip size at zlib's default level, as tests/e2e/budgets.spec.ts measures page weight. */
export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).length;
}

export function sizesOf(data: Uint8Array | string): Sizes {
  const raw = typeof data === 'string' ? Buffer.byteLength(data, 'utf8') : data.length;
  return {raw, gzip: gzipSize(data)};
}

export function addSizes(a: Sizes, b: Sizes): Sizes {
  return {raw: a.raw + b.raw, gzip: a.gzip + b.gzip};
}

/** Flattens nested numeric fields to dotted keys: {a: {b: 1}} -> {"a.b": 1}. Non-numbers are dropped. */
export function flattenNumbers(value: unknown, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof value === 'number') {
    if (prefix) out[prefix] = value;
    return out;
  }
  if (!isPlainObject(value)) return out;
  for (const [key, child] of Object.entries(value)) {
    Object.assign(out, flattenNumbers(child, prefix ? `${prefix}.${key}` : key));
  }
  return out;
}

/** ours/stock for every dotted key both sides have, in the order of `ours`. */
export function ratiosOf(ours: unknown, stock: unknown): Record<string, number | null> {
  const a = flattenNumbers(ours);
  const b = flattenNumbers(stock);
  const out: Record<string, number | null> = {};
  for (const key of Object.keys(a)) if (key in b) out[key] = ratio(a[key], b[key]);
  return out;
}

/** Least-squares line through (x, y) points; null with fewer than two distinct x. */
export function linearFit(xs: readonly number[], ys: readonly number[]): {slope: number; intercept: number} | null {
  if (xs.length !== ys.length || xs.length < 2) return null;
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  xs.forEach((x, i) => {
    sxx += (x - mx) ** 2;
    sxy += (x - mx) * ((ys[i] ?? my) - my);
  });
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return {slope, intercept: my - slope * mx};
}

/** "1:02.50" (m:ss) or "1:02:03.5" (h:mm:ss) -> seconds. */
export function parseClock(text: string): number {
  const parts = text.trim().split(':').map(Number);
  if (parts.length === 0 || parts.some((p) => !Number.isFinite(p))) throw new Error(`not a clock time: "${text}"`);
  return parts.reduce((total, p) => total * 60 + p, 0);
}

export interface TimeVerbose {
  /** Peak RSS in KiB ("Maximum resident set size (kbytes)"). */
  readonly maxRssKB: number;
  readonly elapsedSeconds: number;
  readonly userSeconds: number;
  readonly systemSeconds: number;
  /** Exit status of the command; null when it was killed by a signal. */
  readonly exitStatus: number | null;
  readonly signal: number | null;
}

/**
 * Parses the report GNU `/usr/bin/time -v` writes. Keys are split from values
 * at the first ": " (the elapsed-time key itself contains "h:mm:ss").
 */
export function parseTimeVerbose(text: string): TimeVerbose {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    const at = trimmed.indexOf(': ');
    if (at > 0) fields.set(trimmed.slice(0, at), trimmed.slice(at + 2).trim());
  }
  const need = (key: string): string => {
    const value = fields.get(key);
    if (value === undefined) throw new Error(`/usr/bin/time -v output has no "${key}" line`);
    return value;
  };
  const signalMatch = /Command terminated by signal (\d+)/.exec(text);
  const exit = fields.get('Exit status');
  return {
    maxRssKB: Number(need('Maximum resident set size (kbytes)')),
    elapsedSeconds: parseClock(need('Elapsed (wall clock) time (h:mm:ss or m:ss)')),
    userSeconds: Number(need('User time (seconds)')),
    systemSeconds: Number(need('System time (seconds)')),
    exitStatus: signalMatch ? null : exit === undefined ? null : Number(exit),
    signal: signalMatch ? Number(signalMatch[1]) : null,
  };
}

export interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  /** Resident set size in pages (field 24 of /proc/<pid>/stat). */
  readonly rssPages: number;
}

/** Parses /proc/<pid>/stat; the command name may contain spaces and parentheses, so fields are read after the last ")". */
export function parseProcStat(text: string): ProcStat | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const pid = Number(text.slice(0, open).trim());
  const rest = text.slice(close + 2).split(' ');
  // rest[0] is field 3 (state), so field k is rest[k - 3].
  const ppid = Number(rest[1]);
  const rssPages = Number(rest[21]);
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isFinite(rssPages)) return null;
  return {pid, ppid, rssPages};
}

/** Sum of the RSS (bytes) of `root` and all its descendants in a process table snapshot. */
export function treeRssBytes(procs: readonly ProcStat[], root: number, pageSize: number): number {
  const children = new Map<number, ProcStat[]>();
  for (const p of procs) {
    const list = children.get(p.ppid) ?? [];
    list.push(p);
    children.set(p.ppid, list);
  }
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  let total = 0;
  const seen = new Set<number>();
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += (byPid.get(pid)?.rssPages ?? 0) * pageSize;
    for (const c of children.get(pid) ?? []) stack.push(c.pid);
  }
  return total;
}

export interface BenchFlags {
  readonly quick: boolean;
  readonly skipStock: boolean;
  readonly skipBuild: boolean;
  readonly keep: boolean;
  /** --allow-broken-links: build through a wrapper config with onBrokenLinks/onBrokenAnchors set to "warn". */
  readonly allowBrokenLinks: boolean;
  /** --json: print the full result as JSON on stdout instead of the tables. */
  readonly json: boolean;
  readonly help: boolean;
  /** --n 50,100 or --sizes 50,100 (bench-scale). */
  readonly n: number[] | null;
  /** --rounds 2 (bench): interleaved rounds. */
  readonly rounds: number | null;
  /** --runs 3 (bench): Lighthouse runs per page, preset and round. */
  readonly runs: number | null;
  /** --other-build DIR (bench): compare our build with this second build folder instead of stock. */
  readonly otherBuild: string | null;
  /** --compare-ref REF (bench): build this git ref of our site and compare it with ours instead of stock. */
  readonly compareRef: string | null;
  /** --sample K (bench-scale): pages the browser sweep visits per theme. */
  readonly sample: number | null;
}

/** Parses the benchmark flags; throws on an unknown flag so a typo does not silently run the full benchmark. */
export function parseFlags(argv: readonly string[], allowed: readonly string[]): BenchFlags {
  const flags = {
    quick: false,
    skipStock: false,
    skipBuild: false,
    keep: false,
    allowBrokenLinks: false,
    json: false,
    help: false,
    n: null as number[] | null,
    rounds: null as number | null,
    runs: null as number | null,
    otherBuild: null as string | null,
    compareRef: null as string | null,
    sample: null as number | null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const at = arg.indexOf('=');
    const name = at < 0 ? arg : arg.slice(0, at);
    const inline = at < 0 ? undefined : arg.slice(at + 1);
    if (!allowed.includes(name) && name !== '--help' && name !== '-h') {
      throw new Error(`unknown option "${arg}" (options: ${allowed.join(', ')}, --help)`);
    }
    const value = (example: string): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
        throw new Error(`${name} needs a value, e.g. ${name} ${example}`);
      return v;
    };
    switch (name) {
      case '--quick':
        flags.quick = true;
        break;
      case '--skip-stock':
        flags.skipStock = true;
        break;
      case '--skip-build':
        flags.skipBuild = true;
        break;
      case '--keep':
        flags.keep = true;
        break;
      case '--allow-broken-links':
        flags.allowBrokenLinks = true;
        break;
      case '--json':
        flags.json = true;
        break;
      case '--help':
      case '-h':
        flags.help = true;
        break;
      case '--n':
      case '--sizes':
        flags.n = parseNList(value('50,100'), name);
        break;
      case '--rounds':
        flags.rounds = parsePositiveInt(value('2'), name);
        break;
      case '--runs':
        flags.runs = parsePositiveInt(value('3'), name);
        break;
      case '--sample':
        flags.sample = parsePositiveInt(value('20'), name);
        break;
      case '--other-build':
        flags.otherBuild = value('../other/build');
        break;
      case '--compare-ref':
        flags.compareRef = value('main');
        break;
    }
  }
  if (flags.otherBuild !== null && flags.compareRef !== null)
    throw new Error('--other-build and --compare-ref both name the second build; give one of them');
  return flags;
}

function parsePositiveInt(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a positive integer, got "${text}"`);
  return n;
}

/** "50,100" -> [50, 100]; each a positive integer. */
export function parseNList(text: string, flag = '--n'): number[] {
  const values = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map(Number);
  if (values.length === 0 || values.some((n) => !Number.isInteger(n) || n < 1)) {
    throw new Error(`${flag} takes positive integers separated by commas, got "${text}"`);
  }
  return values;
}

// ---- Interleaved Lighthouse rounds (bench) ----------------------------------

export type Preset = 'mobile' | 'desktop';

export interface ScheduledRun<Site extends string = string> {
  /** 1-based round. */
  readonly round: number;
  readonly preset: Preset;
  /** 1-based run within the round. */
  readonly run: number;
  readonly site: Site;
  readonly page: string;
}

/**
 * The order of the Lighthouse runs: round by round; in each round, each preset,
 * then `runs` passes that each visit every compared page of site A, then of
 * site B (A, B, A, B, ...). Drift in machine load over the minutes of a round
 * then falls on both sites alike, and each round gives its own median, so two
 * rounds show how far the figures move between rounds.
 */
export function interleavedSchedule<Site extends string>(options: {
  rounds: number;
  runs: number;
  presets: readonly Preset[];
  sites: ReadonlyArray<{id: Site; pages: readonly string[]}>;
}): Array<ScheduledRun<Site>> {
  const out: Array<ScheduledRun<Site>> = [];
  for (let round = 1; round <= options.rounds; round++)
    for (const preset of options.presets)
      for (let run = 1; run <= options.runs; run++)
        for (const site of options.sites)
          for (const page of site.pages) out.push({round, preset, run, site: site.id, page});
  return out;
}

export interface LighthouseFigures {
  readonly score: number;
  readonly lcpMs: number;
  readonly tbtMs: number;
  readonly cls: number;
}

export interface PageMedians extends LighthouseFigures {
  /** Median of each round on its own, in round order (the issue's "90 and 81"). */
  readonly rounds: readonly LighthouseFigures[];
  readonly runs: number;
}

function medianOf(runs: readonly LighthouseFigures[]): LighthouseFigures {
  return {
    score: median(runs.map((r) => r.score)),
    lcpMs: Math.round(median(runs.map((r) => r.lcpMs))),
    tbtMs: Math.round(median(runs.map((r) => r.tbtMs))),
    cls: round(median(runs.map((r) => r.cls)), 4),
  };
}

/**
 * Medians per site, preset and page: over all runs, and per round. Input is
 * each scheduled run with the figures it produced.
 */
export function lighthouseMedians<Site extends string>(
  results: ReadonlyArray<ScheduledRun<Site> & {figures: LighthouseFigures}>,
): Array<{site: Site; preset: Preset; page: string; medians: PageMedians}> {
  const groups = new Map<string, Array<ScheduledRun<Site> & {figures: LighthouseFigures}>>();
  for (const r of results) {
    const key = JSON.stringify([r.site, r.preset, r.page]);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((list) => {
    const first = list[0] as ScheduledRun<Site>;
    const roundNumbers = [...new Set(list.map((r) => r.round))].sort((a, b) => a - b);
    return {
      site: first.site,
      preset: first.preset,
      page: first.page,
      medians: {
        ...medianOf(list.map((r) => r.figures)),
        rounds: roundNumbers.map((n) => medianOf(list.filter((r) => r.round === n).map((r) => r.figures))),
        runs: list.length,
      },
    };
  });
}

// ---- Offline precache (bench) -----------------------------------------------

export interface PrecacheEntry {
  readonly url: string;
  /** null for files whose name carries a content hash. */
  readonly revision: string | null;
}

/**
 * The precache manifest Workbox's generateSW inlines into sw.js: a list of
 * `{url: "...", revision: "..." | null}` literals, minified (`{url:"a",revision:null}`)
 * or not (`{"url": "a", "revision": "b"}`), keys in either order. Entries
 * are read from object literals whose url is a string literal, so the
 * runtime's own code (`{url:e}`) is never taken for one. Throws when there is none.
 */
export function parsePrecacheManifest(swSource: string): PrecacheEntry[] {
  const entries: PrecacheEntry[] = [];
  const seen = new Set<string>();
  for (const [literal] of swSource.matchAll(/\{[^{}]*\}/g)) {
    const url = /(?:^|[{,])\s*(?:"url"|'url'|url)\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(literal);
    const revision = /(?:^|[{,])\s*(?:"revision"|'revision'|revision)\s*:\s*(null|"((?:[^"\\]|\\.)*)")/.exec(literal);
    if (!url?.[1] || !revision) continue;
    const entry = {url: url[1], revision: revision[1] === 'null' ? null : (revision[2] ?? '')};
    if (seen.has(entry.url)) continue;
    seen.add(entry.url);
    entries.push(entry);
  }
  if (entries.length === 0) throw new Error('no precache manifest found in sw.js (no {url, revision} entries)');
  return entries;
}

// ---- Sampling and printing ----------------------------------------------------

/** `k` items spread evenly over `list` (first and last included), in list order; all of it when k >= length. */
export function sampleEvenly<T>(list: readonly T[], k: number): T[] {
  if (k >= list.length) return [...list];
  if (k <= 0) return [];
  if (k === 1) return list.slice(0, 1);
  const step = (list.length - 1) / (k - 1);
  return Array.from({length: k}, (_, i) => list[Math.round(i * step)] as T);
}

/** Fixed-width text table: first row is the header; numbers are right-aligned. */
export function formatTable(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cells = rows.map((r) => r.map((c) => String(c)));
  const widths: number[] = [];
  for (const r of cells) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  const line = (r: string[], raw: ReadonlyArray<string | number>) =>
    r
      .map((c, i) => (typeof raw[i] === 'number' ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const [head, ...body] = cells;
  if (!head) return '';
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(head, []), rule, ...body.map((r, i) => line(r, rows[i + 1] ?? []))].join('\n');
}

/** 12345 -> "12.1 KB" (KiB, one decimal), for the printed tables. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Source of a wrapper Docusaurus config that imports the site's config and
 * only relaxes the broken-link checks, for `docusaurus build --config <file>`
 * while pages that articles link to are still being written. Docusaurus
 * resolves sidebarPath, customCss and plugin paths against the site folder,
 * not the config file, so the wrapper can live anywhere.
 */
export function lenientConfigSource(importPath: string): string {
  return `// Written by the benchmark scripts (--allow-broken-links): the site's config, broken links reported, not fatal.
import config from '${importPath}';

export default {...config, onBrokenLinks: 'warn', onBrokenAnchors: 'warn'};
`;
}

// ---- Synthetic articles (bench-scale) -------------------------------------

/** Pages per generated folder; each folder becomes a collapsed category of the autogenerated sidebar. */
export const PAGES_PER_SECTION = 25;

/** Deterministic PRNG (mulberry32), so every run generates the same pages. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'cluster node pod container namespace service account token role binding policy admission webhook ' +
  'controller scheduler kubelet etcd encryption secret volume network ingress egress label selector ' +
  'audit log event request response certificate authority trust boundary attacker defender privilege ' +
  'escalation least access control workload image registry signature runtime sandbox seccomp profile ' +
  'capability user group identity verb resource subresource endpoint port protocol traffic rule ' +
  'default deny allow restricted baseline privileged standard configuration manifest field value ' +
  'review check verify monitor detect respond harden isolate limit quota priority tenant boundary'
).split(' ');

/** Tags from the site's vocabulary (docs/tags.yml): unknown tags fail the build. */
const TAGS = [
  'rbac',
  'admission-control',
  'network-security',
  'pod-security',
  'secrets',
  'audit-logging',
  'supply-chain',
  'workload-security',
];

function pick(rand: () => number, list: readonly string[]): string {
  return list[Math.floor(rand() * list.length)] ?? '';
}

function sentence(rand: () => number): string {
  const length = 10 + Math.floor(rand() * 14);
  const words = Array.from({length}, () => pick(rand, WORDS));
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand: () => number, sentences = 5 + Math.floor(rand() * 3)): string {
  return Array.from({length: sentences}, () => sentence(rand)).join(' ');
}

function titleWords(rand: () => number, count: number): string {
  return Array.from({length: count}, () => pick(rand, WORDS)).join(' ');
}

/** Relative path under docs/bench/ of synthetic page `index` (1-based): section-01/page-0001.mdx. */
export function syntheticPagePath(index: number, perSection = PAGES_PER_SECTION): string {
  const section = Math.floor((index - 1) / perSection) + 1;
  return `section-${String(section).padStart(2, '0')}/page-${String(index).padStart(4, '0')}.mdx`;
}

/** Link from page `from` to page `to`, relative to the folder of `from` (a file link Docusaurus resolves and checks). */
export function relativePageLink(from: number, to: number, perSection = PAGES_PER_SECTION): string {
  const fromDir = path.posix.dirname(syntheticPagePath(from, perSection));
  const rel = path.posix.relative(fromDir, syntheticPagePath(to, perSection));
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/**
 * One synthetic article of realistic size (about 10 to 14 KB, the real
 * articles average about 18 KB): front matter valid for
 * src/lib/content/frontmatter.ts, the body rules of src/lib/content/docsRules.ts,
 * headings, paragraphs, a YAML code block, a table, a link to the previous
 * page, and a Mermaid diagram on every 10th page.
 */
export function syntheticPage(index: number, perSection = PAGES_PER_SECTION): string {
  const rand = prng(index * 7919 + 17);
  const topic = titleWords(rand, 3);
  const tag = TAGS[index % TAGS.length] ?? 'fundamentals';
  const lines: string[] = [
    '---',
    `title: 'Synthetic article ${index}: ${topic}'`,
    `description: Synthetic benchmark page ${index} about ${topic}, generated by scripts/bench-scale.ts to measure how the build scales with content.`,
    `sidebar_label: Article ${index}`,
    `tags: [fundamentals, ${tag}]`,
    'applies_to: v1.37',
    'last_reviewed: 2026-01-15',
    'curriculum: []',
    '---',
    '',
    `_Applies to Kubernetes v1.37._ ${paragraph(rand)}`,
    '',
  ];
  for (let s = 1; s <= 4; s++) {
    lines.push(`## ${titleWords(rand, 2)} part ${s}`, '', paragraph(rand), '', paragraph(rand), '');
    lines.push(`### ${titleWords(rand, 3)} in detail`, '', paragraph(rand), '');
    if (s === 1) {
      lines.push(
        '```yaml title="manifest.yaml"',
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        `  name: bench-${index}`,
        `  namespace: team-${index % 7}`,
        'spec:',
        '  automountServiceAccountToken: false',
        '  securityContext:',
        '    runAsNonRoot: true',
        '    seccompProfile:',
        '      type: RuntimeDefault',
        '  containers:',
        '    - name: app',
        `      image: registry.example.org/app:1.${index}.0`,
        '      securityContext:',
        '        allowPrivilegeEscalation: false',
        '        readOnlyRootFilesystem: true',
        '        capabilities:',
        '          drop: ["ALL"]',
        '```',
        '',
      );
    }
    if (s === 2) {
      lines.push('| Setting | Default | Recommended | Why |', '|---|---|---|---|');
      for (let r = 0; r < 6; r++) {
        lines.push(
          `| ${pick(rand, WORDS)} ${pick(rand, WORDS)} | ${pick(rand, WORDS)} | ${pick(rand, WORDS)} | ${sentence(rand)} |`,
        );
      }
      lines.push('');
    }
    if (s === 3 && index % 10 === 0) {
      lines.push(
        '```mermaid',
        'flowchart LR',
        `  client["Client ${index}"] -->|"TLS"| api["kube-apiserver"]`,
        '  api --> authn["Authentication"]',
        '  authn --> authz["Authorization"]',
        '  authz --> admission["Admission"]',
        '  admission --> etcd[("etcd")]',
        '```',
        '',
      );
    }
  }
  if (index > 1)
    lines.push(
      `Read the [previous article](${relativePageLink(index, index - 1, perSection)}) first if you have not.`,
      '',
    );
  lines.push('## Check yourself', '');
  for (let q = 1; q <= 3; q++) {
    lines.push(
      '<details>',
      `<summary>Question ${q}: what does the ${titleWords(rand, 2)} control?</summary>`,
      '',
      paragraph(rand, 2),
      '',
      '</details>',
      '',
    );
  }
  lines.push(
    '## References',
    '',
    '- [Kubernetes documentation: security concepts](https://kubernetes.io/docs/concepts/security/): the official overview.',
    '- [Kubernetes documentation: RBAC](https://kubernetes.io/docs/reference/access-authn-authz/rbac/): roles and bindings.',
    '',
  );
  return lines.join('\n');
}

/** `_category_.json` for one generated section folder. */
export function sectionCategory(section: number): string {
  return `${JSON.stringify({label: `Bench section ${section}`, position: section, collapsed: true}, null, 2)}\n`;
}

/** The scale copy's sidebars.ts: the site's own sidebars plus an autogenerated "bench" sidebar. */
export const BENCH_SIDEBARS_TS = `import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';
import base from './sidebars.base';

// Written by scripts/bench-scale.ts: the site's sidebars plus the synthetic pages.
const sidebars: SidebarsConfig = {...base, bench: [{type: 'autogenerated', dirName: 'bench'}]};

export default sidebars;
`;

// ---------------------------------------------------------------------------
// IO helpers
// ---------------------------------------------------------------------------

/** Prints a benchmark's report and resolves once stdout has taken it all (a pipe may be slow). */
export async function printReport(text: string): Promise<void> {
  await new Promise<void>((resolve) => process.stdout.write(`${text}\n`, () => resolve()));
}

/**
 * Runs a benchmark's `main` and exits: 0 when it finishes, 1 with
 * `<name>: measurement failed: …` when it throws (benchmarks fail only then).
 */
export function runBenchmark(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(
        `${name}: measurement failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      process.exit(1);
    },
  );
}

/** Progress goes to stderr; stdout is reserved for the JSON result. */
export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

function snapshotProcs(): ProcStat[] {
  const procs: ProcStat[] = [];
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return procs;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parsed = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (parsed) procs.push(parsed);
    } catch {
      // the process exited between readdir and read
    }
  }
  return procs;
}

let pageSizeCache: number | undefined;
function pageSize(): number {
  if (pageSizeCache === undefined) {
    try {
      pageSizeCache = Number(execFileSync('getconf', ['PAGESIZE'], {encoding: 'utf8'}).trim()) || 4096;
    } catch {
      pageSizeCache = 4096;
    }
  }
  return pageSizeCache;
}

export interface MeasuredRun {
  /** Wall-clock seconds (from /usr/bin/time when available, else measured here). */
  readonly seconds: number;
  /** User + system CPU seconds of the command and its children (null without /usr/bin/time). */
  readonly cpuSeconds: number | null;
  /**
   * Peak memory in MiB: /usr/bin/time -v "Maximum resident set size", which is
   * the kernel's exact peak RSS of the largest single process in the tree
   * (`docusaurus build` is one Node process; its SSG workers and Rspack are
   * threads). Falls back to the /proc sampled tree peak without /usr/bin/time.
   */
  readonly peakMemoryMB: number;
  /** Largest sum of RSS over the whole process tree, sampled from /proc every 200 ms. */
  readonly treePeakRssMB: number;
  readonly memorySource: 'time -v maxrss' | '/proc tree sample';
  readonly log: string;
}

/**
 * Runs a command under `/usr/bin/time -v` (when present) while sampling the
 * RSS of its process tree from /proc. Output goes to `logFile`; throws with the
 * log's tail when the command fails.
 */
export async function runMeasured(
  command: string,
  args: readonly string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv; logFile: string},
): Promise<MeasuredRun> {
  await mkdir(path.dirname(options.logFile), {recursive: true});
  const useTime = existsSync('/usr/bin/time');
  const timeFile = `${options.logFile}.time`;
  const [cmd, argv] = useTime ? ['/usr/bin/time', ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const out = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(cmd, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(out, {end: false});
  child.stderr.pipe(out, {end: false});
  let treePeak = 0;
  const sample = (): void => {
    if (child.pid !== undefined) treePeak = Math.max(treePeak, treeRssBytes(snapshotProcs(), child.pid, pageSize()));
  };
  const timer = setInterval(sample, 200);
  const exit = await new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({code, signal}));
  });
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => out.end(resolve));
  const tail = (): string => readFileSync(options.logFile, 'utf8').split('\n').slice(-40).join('\n');
  if (exit.code !== 0) {
    throw new Error(
      `"${command} ${args.join(' ')}" failed (exit ${exit.code ?? exit.signal}) in ${options.cwd}; log ${options.logFile}:\n${tail()}`,
    );
  }
  const treePeakRssMB = round(treePeak / 2 ** 20, 1);
  if (useTime) {
    const t = parseTimeVerbose(await readFile(timeFile, 'utf8'));
    return {
      seconds: round(t.elapsedSeconds, 2),
      cpuSeconds: round(t.userSeconds + t.systemSeconds, 2),
      peakMemoryMB: round(t.maxRssKB / 1024, 1),
      treePeakRssMB,
      memorySource: 'time -v maxrss',
      log: options.logFile,
    };
  }
  return {
    seconds: round(wall, 2),
    cpuSeconds: null,
    peakMemoryMB: treePeakRssMB,
    treePeakRssMB,
    memorySource: '/proc tree sample',
    log: options.logFile,
  };
}

/**
 * Makes `siteDir/node_modules` a real folder whose entries are symlinks to the
 * entries of /work/main/node_modules, except `.cache`. Module resolution is the
 * same as with one symlink to the whole folder, but the Rspack persistent cache
 * (`<siteDir>/node_modules/.cache/rspack`) stays private to the scratch site,
 * so its build is cold and the project's own cache is left alone.
 */
export async function linkNodeModules(siteDir: string): Promise<void> {
  const target = path.join(siteDir, 'node_modules');
  await rm(target, {recursive: true, force: true});
  await mkdir(target, {recursive: true});
  const source = path.join(ROOT, 'node_modules');
  const entries: Dirent[] = await readdir(source, {withFileTypes: true});
  await Promise.all(
    entries
      .filter((e) => e.name !== '.cache')
      .map((e) => symlink(path.join(source, e.name), path.join(target, e.name))),
  );
}

/** Total size in bytes and file count of a folder (symlinks not followed). */
export async function folderStats(
  dir: string,
  filter: (name: string) => boolean = () => true,
): Promise<{bytes: number; files: number}> {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true});
  let bytes = 0;
  let files = 0;
  for (const e of entries) {
    if (!e.isFile() || !filter(e.name)) continue;
    bytes += (await stat(path.join(e.parentPath, e.name))).size;
    files++;
  }
  return {bytes, files};
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface StaticServer {
  readonly origin: string;
  stop(): void;
}

/**
 * Serves `buildDir` with tests/e2e/serve.ts (clean URLs, 404 status, _headers)
 * on a free port, in its own process group so stop() ends tsx and its Node child.
 */
export async function startStaticServer(buildDir: string): Promise<StaticServer> {
  const port = await freePort();
  // The server's output goes to a log beside the build, so a failed start can be diagnosed.
  const logFd = openSync(path.join(path.dirname(buildDir), 'serve.log'), 'w');
  const child: ChildProcess = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['tests/e2e/serve.ts'], {
    cwd: ROOT,
    env: {...process.env, BUILD_DIR: buildDir, PORT: String(port)},
    stdio: ['ignore', logFd, logFd],
    detached: true,
  });
  const stop = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  const origin = `http://127.0.0.1:${port}`;
  // Up to 60 s: on a busy machine, starting tsx alone can take tens of seconds.
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`${origin}/`);
      await res.arrayBuffer();
      if (res.ok) return {origin, stop};
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(
    `static server for ${buildDir} did not start on port ${port} (exit ${child.exitCode ?? 'none'}; see ${path.join(path.dirname(buildDir), 'serve.log')})`,
  );
}

/** Machine context printed with every result, to judge how noisy the figures are. */
export function machineInfo(): Record<string, unknown> {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    totalMemoryMB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    loadAverage: os.loadavg().map((l) => round(l, 2)),
  };
}

// ---- Search, offline and sweep figures of a built site ------------------------

/** The query of the first search, as in tests/e2e/search.spec.ts. */
export const FIRST_SEARCH_QUERY = 'seccomp';
/** The page the first search starts from, as in tests/e2e/search.spec.ts. */
export const FIRST_SEARCH_PAGE = '/docs/fundamentals';

export interface FirstSearchFigures extends SearchBytesSummary {
  readonly query: string;
  readonly page: string;
  /** Search files fetched before the reader typed (should be none). */
  readonly filesBeforeTyping: number;
  readonly fileList: ReadonlyArray<{url: string; kind: string; bytes: number}>;
}

/**
 * Bytes of the first search, in a real browser: a fresh context (empty cache,
 * service workers blocked as in playwright.config.ts) opens FIRST_SEARCH_PAGE,
 * types the query in the navbar box, waits for the first result and for the
 * network to go idle, and counts every /pagefind/ file the context fetched,
 * the web worker's included (src/lib/site/firstSearch.ts, shared with the test).
 */
export async function measureFirstSearch(
  browser: Browser,
  origin: string,
  options: {query?: string; page?: string} = {},
): Promise<FirstSearchFigures> {
  const query = options.query ?? FIRST_SEARCH_QUERY;
  const start = options.page ?? FIRST_SEARCH_PAGE;
  const context = await browser.newContext({serviceWorkers: 'block'});
  try {
    const counter = createSearchByteCounter((body) => gzipSize(body));
    context.on('requestfinished', counter.onRequestFinished);
    const page = await context.newPage();
    const response = await page.goto(`${origin}${start}`, {waitUntil: 'networkidle', timeout: 60_000});
    if (!response || response.status() !== 200)
      throw new Error(`first search: ${start} answered ${response?.status() ?? 'nothing'}`);
    const filesBeforeTyping = (await counter.settled()).length;
    await page.getByRole('searchbox', {name: 'Search the guide'}).fill(query);
    await page
      .getByRole('region', {name: 'Search results'})
      .getByRole('link')
      .first()
      .waitFor({state: 'visible', timeout: 30_000});
    await page.waitForLoadState('networkidle');
    // Result fragments load as the results render; give the last ones a moment.
    await page.waitForTimeout(500);
    await page.waitForLoadState('networkidle');
    const files = await counter.settled();
    if (files.length === 0) throw new Error(`first search: no /pagefind/ file was fetched for "${query}"`);
    return {
      query,
      page: start,
      filesBeforeTyping,
      ...summarizeSearchFiles(files),
      fileList: files.map((f) => ({url: new URL(f.url).pathname, kind: f.kind, bytes: f.bytes})),
    };
  } finally {
    await context.close();
  }
}

export interface SearchIndexFigures {
  /** Files under build/pagefind/ and their size on disk (Pagefind writes its chunks gzip-compressed). */
  readonly files: number;
  readonly bytes: number;
  readonly indexChunks: number;
  readonly fragments: number;
}

/** The whole Pagefind index on disk, or null when the build has none. */
export async function searchIndexOnDisk(buildDir: string): Promise<SearchIndexFigures | null> {
  const dir = path.join(buildDir, 'pagefind');
  if (!existsSync(path.join(dir, 'pagefind.js'))) return null;
  const all = await folderStats(dir);
  const index = await folderStats(dir, (name) => name.endsWith('.pf_index'));
  const fragments = await folderStats(dir, (name) => name.endsWith('.pf_fragment'));
  return {files: all.files, bytes: all.bytes, indexChunks: index.files, fragments: fragments.files};
}

export interface OfflineFigures {
  /** Files in the precache manifest of sw.js. */
  readonly files: number;
  /** Their size on disk. */
  readonly bytes: number;
  /** What a first install downloads from a host that gzips: per file the smaller of gzip and raw size. */
  readonly gzipBytes: number;
  /** sw.js itself. */
  readonly sw: Sizes;
  readonly largest: ReadonlyArray<{url: string; bytes: number}>;
}

/** Precache figures read from build/sw.js (Workbox's manifest), or null when the build has no service worker. */
export async function offlineFigures(buildDir: string): Promise<OfflineFigures | null> {
  const swFile = path.join(buildDir, 'sw.js');
  if (!existsSync(swFile)) return null;
  const swSource = await readFile(swFile);
  const entries = parsePrecacheManifest(swSource.toString('utf8'));
  let bytes = 0;
  let gzipBytes = 0;
  const sizes: Array<{url: string; bytes: number}> = [];
  for (const entry of entries) {
    const file = path.join(buildDir, decodeURIComponent(entry.url.split(/[?#]/)[0] ?? ''));
    if (!file.startsWith(buildDir) || !existsSync(file))
      throw new Error(`sw.js precaches "${entry.url}", which is not a file in ${buildDir}`);
    const data = await readFile(file);
    bytes += data.length;
    gzipBytes += Math.min(data.length, gzipSize(data));
    sizes.push({url: entry.url, bytes: data.length});
  }
  return {
    files: entries.length,
    bytes,
    gzipBytes,
    sw: sizesOf(swSource),
    largest: sizes.sort((a, b) => b.bytes - a.bytes).slice(0, 5),
  };
}

export interface SweepFigures {
  readonly pages: number;
  readonly totalMs: number;
  /** Mean time to load and check one page in both themes. */
  readonly msPerPage: number;
  readonly medianMs: number;
  /** Median of the page load alone (goto, until the load event) and of the checks (theme, axe twice). */
  readonly medianLoadMs: number;
  readonly medianCheckMs: number;
  /** Problems the sweep found (wrong status or theme, axe violations, console errors); counted, not fatal. */
  readonly issues: readonly string[];
}

/**
 * The browser sweep of tests/e2e/smoke.spec.ts on `paths`, timed: one browser
 * context and one page object reused from page to page, as a smoke batch does.
 * Each page gets the same check as in CI (tests/e2e/pageCheck.ts).
 */
export async function timeSweep(browser: Browser, origin: string, paths: readonly string[]): Promise<SweepFigures> {
  if (paths.length === 0) throw new Error('sweep: no page to visit');
  const context = await browser.newContext({serviceWorkers: 'block'});
  const issues: string[] = [];
  const times: number[] = [];
  const loads: number[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') issues.push(`console error: ${msg.text().slice(0, 160)}`);
    });
    page.on('pageerror', (error) => issues.push(`uncaught: ${error.message.slice(0, 160)}`));
    for (const p of paths) {
      const check = await checkPageInBothThemes(page, `${origin}${p}`);
      loads.push(check.loadMs);
      times.push(check.totalMs);
      if (check.status !== 200) issues.push(`${p}: HTTP ${check.status ?? 'none'}`);
      if (check.startTheme !== 'light')
        issues.push(`${p}: starts with data-theme ${check.startTheme ?? 'missing'}, not light`);
      for (const v of check.lightViolations) issues.push(`${p}: axe in light mode: ${v}`);
      for (const v of check.darkViolations) issues.push(`${p}: axe in dark mode: ${v}`);
      if (times.length % 5 === 0) log(`sweep: ${times.length}/${paths.length} pages`);
    }
  } finally {
    await context.close();
  }
  const totalMs = times.reduce((a, b) => a + b, 0);
  return {
    pages: times.length,
    totalMs: Math.round(totalMs),
    msPerPage: Math.round(totalMs / times.length),
    medianMs: Math.round(median(times)),
    medianLoadMs: Math.round(median(loads)),
    medianCheckMs: Math.round(median(times.map((t, i) => t - (loads[i] ?? 0)))),
    issues,
  };
}

/** Paths listed in `<buildDir>/sitemap.xml`; throws when there are none. */
export async function sitemapPathsOf(buildDir: string): Promise<string[]> {
  const xml = await readFile(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  if (paths.length === 0) throw new Error(`${buildDir}/sitemap.xml lists no URLs`);
  return paths;
}
