/**
 * Benchmark of the Pod Security Standards engine. Prints one JSON object:
 *   - podsPerSecond: evaluatePodWithPolicy on already parsed objects (a realistic mix of
 *     passing and failing Pods and workloads, restricted:latest and baseline:latest);
 *   - megabytesPerSecond: evaluateText (parse + List expansion + evaluation) on a large
 *     multi-document YAML stream generated in memory;
 *   - parseMegabytesPerSecond: parseManifests alone on the same stream, for reference.
 * Target: > 100,000 pods/s. Parse speed has no target of its own any more: npm run
 * bench:parse compares parsers on a paste and a large stream. Runs in well under 30 s.
 *
 * Rates are given per wall-clock second and per CPU second of this (single-threaded)
 * process: on a shared, overloaded machine the wall-clock figure mostly measures the
 * neighbours, the CPU figure measures the code.
 *
 *   npx tsx scripts/bench-pss.ts
 */
import {stringify} from 'yaml';
import {parseManifests} from '../src/lib/manifest/parse';
import {evaluatePodWithPolicy, evaluateText, policy} from '../src/lib/pss/index';
import {objects} from './bench-corpus';

interface Rate {
  readonly perSecond: number;
  readonly perCpuSecond: number;
}

/** Runs `fn` repeatedly for `budgetMs`; `fn` returns the amount of work it did. */
function measure(budgetMs: number, fn: () => number): Rate {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let work = 0;
  do work += fn();
  while (performance.now() - wallStart < budgetMs);
  const cpu = process.cpuUsage(cpuStart);
  const wall = (performance.now() - wallStart) / 1000;
  return {perSecond: work / wall, perCpuSecond: work / ((cpu.user + cpu.system) / 1e6)};
}

function podsPerSecond(): Rate & {evaluated: number} {
  const pool = objects(4000);
  const restricted = policy('restricted', 'latest');
  const baseline = policy('baseline', 'latest');
  let evaluated = 0;
  const pass = (): number => {
    for (const obj of pool) {
      evaluatePodWithPolicy(obj, restricted);
      evaluatePodWithPolicy(obj, baseline);
    }
    evaluated += pool.length * 2;
    return pool.length * 2;
  };
  measure(500, pass); // warm-up
  evaluated = 0;
  return {...measure(2500, pass), evaluated};
}

function megabytesPerSecond(): {
  evaluate: Rate;
  parse: Rate;
  bytes: number;
  documents: number;
  reports: number;
} {
  const docs: string[] = [];
  let size = 0;
  for (const obj of objects(40000)) {
    const text = stringify(obj);
    docs.push(text);
    size += text.length + 4;
    if (size > 10_000_000) break;
  }
  const text = `---\n${docs.join('---\n')}`;
  const bytes = new TextEncoder().encode(text).length;
  const maxBytes = bytes + 1;
  evaluateText(text.slice(0, 200_000), {maxBytes}); // warm-up
  let reports = 0;
  const mb = bytes / 1e6;
  const evaluate = measure(3000, () => {
    const r = evaluateText(text, {level: 'restricted', version: 'latest', maxBytes});
    if (!r.ok) throw new Error(`bench input did not parse: ${JSON.stringify(r.errors[0])}`);
    reports = r.reports.length;
    return mb;
  });
  const parse = measure(1500, () => {
    parseManifests(text, {maxBytes});
    return mb;
  });
  return {evaluate, parse, bytes, documents: docs.length, reports};
}

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));
const started = performance.now();
const pods = podsPerSecond();
const yaml = megabytesPerSecond();
process.stdout.write(
  `${JSON.stringify(
    {
      podsPerSecond: round(pods.perSecond),
      podsPerCpuSecond: round(pods.perCpuSecond),
      podsEvaluated: pods.evaluated,
      megabytesPerSecond: round(yaml.evaluate.perSecond, 2),
      megabytesPerCpuSecond: round(yaml.evaluate.perCpuSecond, 2),
      parseMegabytesPerSecond: round(yaml.parse.perSecond, 2),
      parseMegabytesPerCpuSecond: round(yaml.parse.perCpuSecond, 2),
      yamlBytes: yaml.bytes,
      yamlDocuments: yaml.documents,
      objectsReported: yaml.reports,
      targets: {podsPerSecond: 100_000},
      node: process.version,
      durationSeconds: round((performance.now() - started) / 1000, 1),
    },
    null,
    2,
  )}\n`,
);
