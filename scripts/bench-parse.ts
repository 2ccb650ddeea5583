/**
 * Manifest parsing speed, side by side in one run (issue 15: "one manifest parser").
 *
 *   npm run bench:parse
 *
 * Two realistic inputs, built by scripts/bench-corpus.ts:
 *   - paste: a 50 KB multi-document manifest, what a reader pastes into a tool. Interactive
 *     latency: the median (and p90) of many runs, parsers interleaved round by round so
 *     that a noisy neighbour slows every parser alike.
 *   - stream: a 10 MB stream of about 7,600 documents, what a CLI user pipes in from
 *     `kubectl get -A -o yaml`. Throughput: median MB/s of a few interleaved runs.
 *
 * Parsers compared: every entry of PARSERS. The first run (commit "bench:parse: yaml alone,
 * the fast path and js-yaml side by side") also measured the hand-written fast reader
 * (src/lib/manifest/fastYaml.ts): 1.08 ms and 40 MB/s against yaml's 18.9 ms and 2.6 MB/s.
 * yaml alone meets both needs (a paste well under 50 ms, 10 MB in a few seconds), so the
 * fast reader was deleted. `js-yaml` is measured only when it is present
 * in node_modules (as a transitive dependency; the site does not depend on it) and reads
 * the stream with `loadAll` and no hardening at all, so it is the upper bound a well-kept
 * fast parser gives. The figures are printed as JSON; the benchmark never fails on a
 * threshold, only when a parser rejects the input.
 */
import {createRequire} from 'node:module';
import {MAX_INPUT_BYTES, parseManifests} from '../src/lib/manifest';
import {median, round} from './bench-lib';
import {manifestStream} from './bench-corpus';

interface Parser {
  readonly name: string;
  /** Parses `text`; returns the number of documents read (to check every parser read everything). */
  readonly parse: (text: string) => number;
}

const require = createRequire(import.meta.url);

function jsYaml(): Parser | undefined {
  try {
    const lib = require('js-yaml') as {loadAll(text: string): unknown[]};
    return {name: 'js-yaml loadAll (not hardened)', parse: (text) => lib.loadAll(text).length};
  } catch {
    return undefined;
  }
}

function documentsOf(result: ReturnType<typeof parseManifests>): number {
  if (!result.ok) throw new Error(`the benchmark input did not parse: ${JSON.stringify(result.errors[0])}`);
  return result.documents.length;
}

const PARSERS: readonly Parser[] = (
  [
    {
      name: "parseManifests (yaml, hardened: the site's one reader)",
      // The stream is about 10 MB, under the one byte limit every tool applies.
      parse: (text) => documentsOf(parseManifests(text, {maxBytes: MAX_INPUT_BYTES})),
    },
    jsYaml(),
  ] satisfies Array<Parser | undefined>
).filter((p): p is Parser => p !== undefined);

function bytesOf(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Runs every parser `rounds` times, interleaved; returns milliseconds per run by parser. */
function timeInterleaved(text: string, rounds: number): Map<string, number[]> {
  const times = new Map<string, number[]>(PARSERS.map((p) => [p.name, []]));
  const expected = new Map<string, number>();
  for (let r = 0; r < rounds; r++) {
    for (const parser of PARSERS) {
      const start = performance.now();
      const documents = parser.parse(text);
      const ms = performance.now() - start;
      times.get(parser.name)?.push(ms);
      const before = expected.get(parser.name);
      if (before !== undefined && before !== documents) throw new Error(`${parser.name} is not deterministic`);
      expected.set(parser.name, documents);
    }
  }
  return times;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

const started = performance.now();
const paste = manifestStream(50_000);
const stream = manifestStream(10_000_000);
const pasteBytes = bytesOf(paste.text);
const streamBytes = bytesOf(stream.text);

// Warm-up: let V8 optimise every parser before anything is recorded.
timeInterleaved(paste.text, 20);
const pasteTimes = timeInterleaved(paste.text, 100);
const streamTimes = timeInterleaved(stream.text, 3);

const results = PARSERS.map((p) => {
  const pt = pasteTimes.get(p.name) ?? [];
  const st = streamTimes.get(p.name) ?? [];
  return {
    parser: p.name,
    paste50KB: {medianMs: round(median(pt), 2), p90Ms: round(percentile(pt, 0.9), 2), runs: pt.length},
    stream10MB: {
      medianSeconds: round(median(st) / 1000, 2),
      megabytesPerSecond: round(streamBytes / 1e6 / (median(st) / 1000), 2),
      runs: st.length,
    },
  };
});

process.stdout.write(
  `${JSON.stringify(
    {
      inputs: {
        paste: {bytes: pasteBytes, documents: paste.documents},
        stream: {bytes: streamBytes, documents: stream.documents},
      },
      results,
      node: process.version,
      durationSeconds: round((performance.now() - started) / 1000, 1),
    },
    null,
    2,
  )}\n`,
);
