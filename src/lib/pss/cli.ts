/**
 * Pure logic of the `pss` command line (argument parsing, formatting, exit codes).
 * `scripts/pss.ts` only wires node's file system and process to {@link runCli}.
 *
 *   pss [--level baseline|restricted] [--version vX.Y|latest] [--format text|json] FILE... | -
 *
 * Exit codes: 0 every pod-bearing object allowed, 1 at least one denied, 2 input errors
 * (bad flags, unreadable files, invalid YAML...), which win over 1.
 */
import {splitArgs} from '../manifest/cliArgs';
import {readInputs} from '../manifest/cliInput';
import type {CliInputIO} from '../manifest/cliInput';
import type {ManifestError} from '../manifest/errors';
import {formatManifestError} from '../manifest/errors';
import {evaluateText} from './text';
import type {ObjectReport} from './text';
import type {PodEvaluation} from './types';
import {parseVersion} from './version';
import {plural} from '../format/plural';

export type CliLevel = 'baseline' | 'restricted';
export type CliFormat = 'text' | 'json';

export interface CliOptions {
  readonly level: CliLevel;
  readonly version: string;
  readonly format: CliFormat;
  /** Paths as given; `-` is standard input. */
  readonly files: readonly string[];
}

export type ParseArgsResult =
  | {readonly kind: 'run'; readonly options: CliOptions}
  | {readonly kind: 'help'}
  | {readonly kind: 'error'; readonly message: string};

export const USAGE = `Usage: pss [--level baseline|restricted] [--version vX.Y|latest] [--format text|json] FILE... | -

Checks Pods and pod templates (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job,
CronJob, ReplicationController, PodTemplate) against the Kubernetes Pod Security
Standards, with the same verdicts as Pod Security Admission.

Options:
  --level LEVEL      baseline or restricted (default: restricted)
  --version VERSION  policy version, v1.0 ... v1.37 or latest (default: latest)
  --format FORMAT    text or json, one JSON object per line (default: text)
  -h, --help         show this help
  FILE               a YAML or JSON file with one or more documents, a directory
                     (every .yaml, .yml and .json file below it), or - for stdin

Exit status: 0 all allowed, 1 some object denied, 2 input error.
`;

export function parseArgs(argv: readonly string[]): ParseArgsResult {
  const split = splitArgs(argv, {withValue: ['--level', '--version', '--format']});
  if (split.kind !== 'ok') return split;
  let level: CliLevel = 'restricted';
  let version = 'latest';
  let format: CliFormat = 'text';
  for (const {flag, value = ''} of split.options) {
    switch (flag) {
      case '--level':
        if (value !== 'baseline' && value !== 'restricted') {
          return {kind: 'error', message: `invalid --level ${JSON.stringify(value)}: use baseline or restricted`};
        }
        level = value;
        break;
      case '--version': {
        const parsed = parseVersion(value);
        if (!parsed.ok)
          return {kind: 'error', message: `invalid --version ${JSON.stringify(value)}: use latest or v1.N, e.g. v1.30`};
        version = parsed.value.label;
        break;
      }
      default:
        if (value !== 'text' && value !== 'json') {
          return {kind: 'error', message: `invalid --format ${JSON.stringify(value)}: use text or json`};
        }
        format = value;
    }
  }
  const files = [...split.operands];
  if (files.length === 0) return {kind: 'error', message: 'no input files (use - to read standard input)'};
  return {kind: 'run', options: {level, version, format, files}};
}

/** File access (shared with every manifest CLI, src/lib/manifest/cliInput.ts) and output. */
export interface CliIO extends CliInputIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** kubectl style: `reason (detail)`. */
function violationLine(reason: string, detail: string): string {
  return detail === '' ? reason : `${reason} (${detail})`;
}

function objectLabel(report: ObjectReport): string {
  const r = report.result;
  const kind = r.kind === '' ? '<no kind>' : r.kind;
  const name = r.name === '' ? '<unnamed>' : r.name;
  const item = report.itemIndex === undefined ? '' : ` (item ${report.itemIndex + 1})`;
  return `${report.file}:${report.line} ${kind}/${name}${item}`;
}

export function formatTextReport(report: ObjectReport): string {
  const r = report.result;
  if (!r.podBearing) return `- ${objectLabel(report)}: skipped (${r.reason})\n`;
  const e = r.evaluation;
  const policy = `${e.level}:${e.version}${e.version === 'latest' ? '' : e.version === e.evaluatedVersion ? '' : ` (evaluated as ${e.evaluatedVersion})`}`;
  if (e.allowed) return `✔ ${objectLabel(report)} passes ${policy}\n`;
  const count = e.violations.length + e.invalidFields.length;
  let out = `✘ ${objectLabel(report)} violates ${policy}: ${plural(count, 'problem')}\n`;
  for (const f of e.invalidFields) out += `    invalid field: ${f.message}\n`;
  for (const v of e.violations) {
    out += `    ${violationLine(v.reason, v.detail)}\n`;
    out += `      at ${v.path}\n`;
    out += `      fix: ${v.fix}\n`;
  }
  return out;
}

interface JsonViolation {
  readonly check: string;
  readonly reason: string;
  readonly detail: string;
  readonly path: string;
}

function jsonViolations(e: PodEvaluation): JsonViolation[] {
  return [
    ...e.invalidFields.map((f) => ({check: 'invalidField', reason: 'invalid field', detail: f.message, path: f.path})),
    ...e.violations.map((v) => ({check: v.check, reason: v.reason, detail: v.detail, path: v.path})),
  ];
}

/** One JSON line for a pod-bearing object; `undefined` for other objects. */
export function formatJsonReport(report: ObjectReport): string | undefined {
  const r = report.result;
  if (!r.podBearing) return undefined;
  const e = r.evaluation;
  return `${JSON.stringify({
    file: report.file,
    // Documents and List items are numbered from 1, as in every message and result card.
    document: report.docIndex + 1,
    ...(report.itemIndex === undefined ? {} : {item: report.itemIndex + 1}),
    kind: r.kind,
    name: r.name,
    level: e.level,
    version: e.version,
    allowed: e.allowed,
    violations: jsonViolations(e),
  })}\n`;
}

export function formatError(error: ManifestError): string {
  return `error: ${formatManifestError(error)}\n`;
}

export function summaryLine(allowed: number, denied: number): string {
  const total = allowed + denied;
  return `${plural(total, 'object')} checked: ${allowed} allowed, ${denied} denied\n`;
}

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    io.stderr(`pss: ${args.message}\n\n${USAGE}`);
    return 2;
  }
  const {options} = args;
  let inputErrors = 0;
  let allowed = 0;
  let denied = 0;
  let skipped = 0;
  const read = await readInputs(options.files, io);
  for (const err of read.errors) io.stderr(formatError(err));
  inputErrors += read.errors.length;
  for (const {file, text} of read.inputs) {
    const result = evaluateText(text, {level: options.level, version: options.version, file});
    if (!result.ok) {
      for (const err of result.errors) io.stderr(formatError(err));
      inputErrors += result.errors.length;
    }
    for (const report of result.reports) {
      const r = report.result;
      if (!r.podBearing) skipped++;
      else if (r.evaluation.allowed) allowed++;
      else denied++;
      if (options.format === 'json') {
        const line = formatJsonReport(report);
        if (line !== undefined) io.stdout(line);
      } else {
        io.stdout(formatTextReport(report));
      }
    }
  }
  if (options.format === 'text') {
    if (skipped > 0) io.stdout(`${plural(skipped, 'object')} skipped (not pod-bearing)\n`);
    io.stdout(summaryLine(allowed, denied));
  }
  if (inputErrors > 0) return 2;
  return denied > 0 ? 1 : 0;
}
