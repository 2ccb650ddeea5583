/**
 * Pure logic of the `netpol` command line; `scripts/netpol.ts` only wires
 * Node's file system and process to {@link runCli}.
 *
 *   netpol can FROM TO [--port N|NAME] [--protocol TCP|UDP|SCTP] [--format text|json] FILE...
 *   netpol can --queries QFILE [--format text|json] FILE...
 *   netpol list [--format text|json] FILE...
 *
 * Exit codes: can 0 allowed / 1 denied; can --queries and list 0; 2 for usage
 * and input errors (which win).
 */
import {splitArgs} from '../manifest/cliArgs';
import {readInputs, type CliInputIO} from '../manifest/cliInput';
import {formatIssue, formatManifestError} from '../manifest/errors';
import {MAX_INPUT_BYTES} from '../manifest/limits';
import {formatPortSet, type Protocol} from './ports';
import {Analyzer} from './evaluate';
import {loadNetpol} from './load';
import {canJson, listConnections, listJson, parseProtocol, resolveEndpoint, resolvePort} from './query';
import type {ConnectionResult, NetpolModel} from './types';
import {plural} from '../format/plural';

/** Files, directories and stdin come through the manifest CLIs' shared reader (src/lib/manifest/cliInput.ts). */
export interface CliIO extends CliInputIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export const USAGE = `Usage:
  netpol can FROM TO [--port N|NAME] [--protocol TCP|UDP|SCTP] [--format text|json] FILE...
  netpol can --queries QFILE [--format text|json] FILE...
  netpol list [--format text|json] FILE...

Answers which connections Kubernetes NetworkPolicies allow between the Pods and
workloads (Deployment, ReplicaSet, StatefulSet, DaemonSet, Job, CronJob,
ReplicationController) in the input, with the reasons. Namespaces give their
labels; other kinds are ignored. FILE may be a directory (its .yaml, .yml and
.json files), a multi-document file, a List, or - for standard input.

  FROM, TO        namespace/name of a Pod or workload (namespace/KIND/name when
                  a Pod and a workload share a name), or an IP address outside
                  the cluster
  --port P        a number, or a container port name of TO (default: any port,
                  and the answer lists what is allowed)
  --protocol P    TCP (default), UDP or SCTP
  --queries QFILE one question per line: FROM TO [PORT|any [PROTOCOL]];
                  # starts a comment; one answer per line, in order
  --format F      text (default) or json (one object per line)

Exit codes: can 0 = allowed, 1 = denied; can --queries and list 0 when
everything was answered; 2 = usage or input error.
`;

type Format = 'text' | 'json';

export interface CliOptions {
  readonly command: 'can' | 'list';
  readonly format: Format;
  readonly from?: string;
  readonly to?: string;
  readonly port?: string;
  readonly protocol?: string;
  readonly queries?: string;
  readonly files: readonly string[];
}

export type ParseArgsResult =
  | {readonly kind: 'run'; readonly options: CliOptions}
  | {readonly kind: 'help'}
  | {readonly kind: 'error'; readonly message: string};

export function parseArgs(argv: readonly string[]): ParseArgsResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return {kind: 'help'};
  if (command !== 'can' && command !== 'list')
    return {kind: 'error', message: `unknown command "${command}" (use can or list)`};
  const split = splitArgs(rest, {withValue: ['--port', '--protocol', '--format', '--queries', '-o']});
  if (split.kind !== 'ok') return split;
  const positional = [...split.operands];
  const values = new Map(split.options.map(({flag, value = ''}) => [flag === '-o' ? '--format' : flag, value]));
  const format = values.get('--format') ?? 'text';
  if (format !== 'text' && format !== 'json')
    return {kind: 'error', message: `--format must be text or json, not "${format}"`};
  const port = values.get('--port');
  const protocol = values.get('--protocol');
  const queries = values.get('--queries');
  if (command === 'list') {
    if (port !== undefined || protocol !== undefined || queries !== undefined)
      return {kind: 'error', message: 'list takes no --port, --protocol or --queries'};
    if (positional.length === 0)
      return {kind: 'error', message: 'list needs at least one FILE (use - for standard input)'};
    return {kind: 'run', options: {command, format, files: positional}};
  }
  if (protocol !== undefined && !parseProtocol(protocol).ok)
    return {kind: 'error', message: `--protocol must be TCP, UDP or SCTP, not "${protocol}"`};
  if (queries !== undefined) {
    if (port !== undefined || protocol !== undefined)
      return {kind: 'error', message: 'with --queries, give the port and protocol on each line of QFILE'};
    if (positional.length === 0) return {kind: 'error', message: 'can --queries QFILE needs at least one FILE'};
    return {kind: 'run', options: {command, format, queries, files: positional}};
  }
  if (positional.length < 3) return {kind: 'error', message: 'can needs FROM TO FILE... (or --queries QFILE FILE...)'};
  const [from, to, ...files] = positional as [string, string, ...string[]];
  return {
    kind: 'run',
    options: {
      command,
      format,
      from,
      to,
      ...(port !== undefined ? {port} : {}),
      ...(protocol !== undefined ? {protocol} : {}),
      files,
    },
  };
}

function textAnswer(r: ConnectionResult): string {
  const lines = [...r.why];
  if (r.allowed && r.port === undefined) lines.splice(1, 0, `  allowed: ${formatPortSet(r.allowedPorts)}`);
  for (const c of r.caveats) lines.push(`note: ${c}`);
  return `${lines.map((l, i) => (i === 0 || l.startsWith('  ') || l.startsWith('note:') ? l : `  ${l}`)).join('\n')}\n`;
}

interface Question {
  readonly from: string;
  readonly to: string;
  readonly port?: string;
  readonly protocol?: string;
}

type Answer = {ok: true; result: ConnectionResult; portName?: string} | {ok: false; error: string};

function answer(analyzer: Analyzer, model: NetpolModel, q: Question): Answer {
  const from = resolveEndpoint(model, q.from);
  if (!from.ok) return {ok: false, error: `FROM: ${from.error}`};
  const to = resolveEndpoint(model, q.to);
  if (!to.ok) return {ok: false, error: `TO: ${to.error}`};
  if (from.value.type === 'external' && to.value.type === 'external')
    return {
      ok: false,
      error: 'FROM and TO are both outside the cluster; NetworkPolicies only govern traffic to or from pods',
    };
  let protocol: Protocol | undefined;
  if (q.protocol !== undefined) {
    const p = parseProtocol(q.protocol);
    if (!p.ok) return {ok: false, error: p.error};
    protocol = p.value;
  }
  let port: number | undefined;
  if (q.port !== undefined && q.port !== 'any' && q.port !== '*') {
    const p = resolvePort(q.port, protocol ?? 'TCP', to.value);
    if (!p.ok) return {ok: false, error: p.error};
    port = p.value;
  }
  const named = q.port !== undefined && !/^[0-9]+$/.test(q.port) && port !== undefined ? {portName: q.port} : {};
  return {
    ok: true,
    ...named,
    result: analyzer.can({
      from: from.value,
      to: to.value,
      ...(port !== undefined ? {port} : {}),
      ...(protocol !== undefined ? {protocol} : {}),
    }),
  };
}

/** Adds `portName` after `port` when the question named the port. */
function withPortName(json: Record<string, unknown>, portName: string | undefined): Record<string, unknown> {
  if (portName === undefined) return json;
  const {from, to, port, ...rest} = json;
  return {from, to, port, portName, ...rest};
}

/** Parses a query file: `FROM TO [PORT [PROTOCOL]]` per line. */
export function parseQueries(text: string): {line: number; query?: Question; error?: string}[] {
  const out: {line: number; query?: Question; error?: string}[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = raw.replace(/#.*$/, '').trim();
    if (content === '') return;
    const fields = content.split(/\s+/);
    if (fields.length < 2 || fields.length > 4) {
      out.push({
        line: i + 1,
        error: `expected FROM TO [PORT [PROTOCOL]], found ${plural(fields.length, 'field')}`,
      });
      return;
    }
    const [from, to, port, protocol] = fields as [string, string, string?, string?];
    out.push({
      line: i + 1,
      query: {from, to, ...(port !== undefined ? {port} : {}), ...(protocol !== undefined ? {protocol} : {})},
    });
  });
  return out;
}

/** Runs one invocation; resolves to the exit code. Never throws for bad input. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    if (argv.length === 0) {
      io.stderr(USAGE);
      return 2;
    }
    io.stdout(USAGE);
    return 0;
  }
  if (args.kind === 'error') {
    io.stderr(`netpol: ${args.message}\n\n${USAGE}`);
    return 2;
  }
  const {options} = args;
  const read = await readInputs(options.files, io);
  if (read.errors.length > 0) {
    for (const e of read.errors) io.stderr(`${formatManifestError(e)}\n`);
    return 2;
  }
  const loaded = loadNetpol(read.inputs);
  for (const w of loaded.warnings) io.stderr(`${formatIssue(w)}\n`);
  if (!loaded.ok) {
    for (const e of loaded.errors.slice(0, 50)) io.stderr(`${formatIssue(e)}\n`);
    if (loaded.errors.length > 50) io.stderr(`... and ${loaded.errors.length - 50} more errors\n`);
    io.stderr(`netpol: the input has ${plural(loaded.errors.length, 'error')}; nothing was analyzed\n`);
    return 2;
  }
  if (loaded.documents === 0) {
    io.stderr('netpol: the input is empty\n');
    return 2;
  }
  const model = loaded.model;
  const analyzer = new Analyzer(model);
  const json = options.format === 'json';

  if (options.command === 'list') {
    let chunk = '';
    let count = 0;
    for (const c of listConnections(analyzer)) {
      count++;
      chunk += json ? `${JSON.stringify(listJson(c))}\n` : `${c.from} → ${c.to}: ${formatPortSet(c.ports)}\n`;
      if (chunk.length > 65536) {
        io.stdout(chunk);
        chunk = '';
      }
    }
    if (!json)
      chunk += `${plural(count, 'allowed connection')} among ${plural(model.endpoints.length, 'endpoint')} (${plural(model.policies.length, 'policy', 'policies')}).\n`;
    io.stdout(chunk);
    return 0;
  }

  if (options.queries !== undefined) {
    const q = await readInputs([options.queries], io, {maxBytes: MAX_INPUT_BYTES});
    const queryText = q.inputs[0]?.text;
    if (queryText === undefined) {
      for (const e of q.errors) io.stderr(`${formatManifestError(e)}\n`);
      return 2;
    }
    const lines = parseQueries(queryText);
    if (lines.length === 0) {
      io.stderr(`netpol: ${options.queries} has no queries\n`);
      return 2;
    }
    let failed = 0;
    let chunk = '';
    for (const l of lines) {
      const a: Answer = l.query ? answer(analyzer, model, l.query) : {ok: false, error: l.error ?? 'invalid line'};
      if (!a.ok) {
        failed++;
        io.stderr(`${options.queries}:${l.line}: ${a.error}\n`);
        const echo = l.query ?? {from: null, to: null};
        chunk += json
          ? `${JSON.stringify({from: echo.from, to: echo.to, port: l.query?.port ?? null, protocol: l.query?.protocol ?? null, error: a.error})}\n`
          : `error   ${options.queries}:${l.line}: ${a.error}\n`;
      } else {
        const r = a.result;
        chunk += json
          ? `${JSON.stringify(withPortName(canJson(r), a.portName))}\n`
          : `${r.allowed ? 'allowed' : 'denied '} ${r.from} → ${r.to} ${r.port !== undefined ? `${r.protocol ?? 'TCP'}/${r.port}` : r.protocol ? `${r.protocol}/any` : 'any'}${r.allowed && r.port === undefined ? ` (${formatPortSet(r.allowedPorts)})` : ''}\n`;
      }
      if (chunk.length > 65536) {
        io.stdout(chunk);
        chunk = '';
      }
    }
    io.stdout(chunk);
    return failed > 0 ? 2 : 0;
  }

  const a = answer(analyzer, model, {
    from: options.from ?? '',
    to: options.to ?? '',
    ...(options.port !== undefined ? {port: options.port} : {}),
    ...(options.protocol !== undefined ? {protocol: options.protocol} : {}),
  });
  if (!a.ok) {
    io.stderr(`netpol: ${a.error}\n`);
    return 2;
  }
  io.stdout(json ? `${JSON.stringify(withPortName(canJson(a.result), a.portName))}\n` : textAnswer(a.result));
  return a.result.allowed ? 0 : 1;
}
