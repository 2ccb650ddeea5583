/**
 * Command-line logic for `scripts/rbac.ts` (argument parsing, commands and
 * output), kept free of Node APIs so it can be unit-tested: file access comes
 * in through `CliIO`.
 *
 *   who-can VERB RESOURCE [-n NAMESPACE] [--format text|json] FILE...
 *   can SUBJECT VERB RESOURCE [-n NAMESPACE] [--format text|json] FILE...
 *   audit [--format text|json] FILE...
 *
 * Exit codes: can 0 allowed / 1 denied; who-can 0; audit 0 unless a finding is
 * high or critical (1); 2 for usage and input errors.
 */
import {splitArgs} from '../manifest/cliArgs';
import {readInputs, type CliInputIO} from '../manifest/cliInput';
import {audit, countBySeverity, isBlocking, type Finding} from './audit';
import {formatBinding, formatRole, formatRule} from './format';
import {formatIssue} from '../manifest/errors';
import {issueFromManifestError, loadRbac} from './model';
import {can, summarizeGrant, whoCan} from './query';
import {formatResourceArg, isClusterScoped, parseResourceArg, type ParsedResourceArg} from './resources';
import {formatSubject, parseIdentity} from './subjects';
import type {AccessAttributes, Grant, Identity, RbacModel, Severity} from './types';
import {plural} from '../format/plural';

/** File access, shared with every manifest CLI (src/lib/manifest/cliInput.ts). */
export type CliIO = CliInputIO;

export interface CliResult {
  readonly exitCode: number;
  readonly stdout: string;
  readonly stderr: string;
}

export const USAGE = `Usage:
  rbac who-can VERB RESOURCE [-n NAMESPACE] [--name NAME] [--format text|json] FILE...
  rbac can SUBJECT VERB RESOURCE [-n NAMESPACE] [--name NAME] [--format text|json] FILE...
  rbac audit [--format text|json] FILE...

Analyzes Role, ClusterRole, RoleBinding and ClusterRoleBinding manifests
(YAML or JSON, several documents per file, kubectl "List" output welcome).
Other kinds are ignored. FILE may be a directory (every .yaml, .yml and .json
file below it); "-" reads standard input. An object with errors is reported and
left out; the rest is analyzed.

  SUBJECT    User:NAME, Group:NAME or ServiceAccount:NAMESPACE:NAME
  RESOURCE   as kubectl auth can-i writes it: pods, deployments.apps,
             pods/exec, deployments.apps/scale (after "/" comes a
             subresource), or a non-resource URL such as /metrics
  -n, --namespace NS   check inside namespace NS (default: cluster-wide request)
  --name NAME          a specific object name (resourceNames rules)
  --subresource SUB    same as RESOURCE/SUB
  --format text|json   json prints one object per line
  --no-builtins        do not assume the default ClusterRoles (cluster-admin,
                       admin, edit, view, ...) when the input lacks them

Exit codes: can 0 = allowed, 1 = denied; who-can 0; audit 1 when a finding is
high or critical, else 0; 2 = usage or input error (the analysis of the valid
objects is still printed).`;

type Command = 'who-can' | 'can' | 'audit';

export interface CliOptions {
  readonly command: Command;
  readonly format: 'text' | 'json';
  readonly namespace?: string;
  readonly name?: string;
  readonly subresource?: string;
  readonly builtins: boolean;
  readonly subject?: Identity;
  readonly verb?: string;
  readonly resource?: ParsedResourceArg;
  readonly files: readonly string[];
}

export type ParseArgsResult = {ok: true; options: CliOptions} | {ok: false; error: string; help?: boolean};

/** Parses argv (without the node/script names). */
export function parseArgs(argv: readonly string[]): ParseArgsResult {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    return {ok: false, error: '', help: true};
  }
  if (command !== 'who-can' && command !== 'can' && command !== 'audit') {
    return {ok: false, error: `unknown command "${command}"`};
  }
  const split = splitArgs(rest, {
    withValue: ['-n', '--namespace', '-o', '--format', '--output', '--name', '--subresource'],
    switches: ['-A', '--all-namespaces', '--no-builtins'],
  });
  if (split.kind === 'help') return {ok: false, error: '', help: true};
  if (split.kind === 'error') return {ok: false, error: split.message};
  const positional = [...split.operands];
  let format: 'text' | 'json' = 'text';
  let namespace: string | undefined;
  let name: string | undefined;
  let subresource: string | undefined;
  let builtins = true;
  for (const {flag, value: v = ''} of split.options) {
    switch (flag) {
      case '-n':
      case '--namespace':
        if (!v) return {ok: false, error: `${flag} needs a namespace`};
        namespace = v;
        break;
      case '-A':
      case '--all-namespaces':
        namespace = undefined;
        break;
      case '-o':
      case '--format':
      case '--output':
        if (v !== 'text' && v !== 'json') return {ok: false, error: `${flag} must be text or json`};
        format = v;
        break;
      case '--name':
        if (!v) return {ok: false, error: '--name needs an object name'};
        name = v;
        break;
      case '--subresource':
        if (!v) return {ok: false, error: '--subresource needs a value'};
        subresource = v;
        break;
      case '--no-builtins':
        builtins = false;
        break;
    }
  }

  const cmd: Command = command;
  const base = {
    command: cmd,
    format,
    builtins,
    ...(namespace !== undefined ? {namespace} : {}),
    ...(name !== undefined ? {name} : {}),
    ...(subresource !== undefined ? {subresource} : {}),
  };
  if (command === 'audit') {
    if (namespace !== undefined || name !== undefined || subresource !== undefined)
      return {ok: false, error: 'audit takes no -n, --name or --subresource'};
    if (positional.length === 0) return {ok: false, error: 'audit needs at least one FILE (use - for standard input)'};
    return {ok: true, options: {...base, files: positional}};
  }
  const needed = command === 'can' ? 3 : 2;
  if (positional.length < needed + 1) {
    const shape = command === 'can' ? 'SUBJECT VERB RESOURCE FILE...' : 'VERB RESOURCE FILE...';
    return {ok: false, error: `${command} needs ${shape}`};
  }
  let subject: Identity | undefined;
  if (command === 'can') {
    const parsed = parseIdentity(positional[0] ?? '');
    if (!parsed.ok) return {ok: false, error: parsed.error};
    subject = parsed.identity;
  }
  const verb = positional[needed - 2] ?? '';
  if (!verb || /\s/.test(verb)) return {ok: false, error: `invalid verb "${verb}"`};
  const res = parseResourceArg(positional[needed - 1] ?? '');
  if (!res.ok) return {ok: false, error: res.error};
  let resource = res.value;
  if (resource.kind === 'nonResource') {
    if (namespace !== undefined || name !== undefined || subresource !== undefined) {
      return {ok: false, error: 'a non-resource URL takes no -n, --name or --subresource'};
    }
  } else if (subresource !== undefined) {
    if (resource.subresource !== undefined && resource.subresource !== subresource) {
      return {ok: false, error: `conflicting subresources "${resource.subresource}" and "${subresource}"`};
    }
    resource = {...resource, subresource};
  }
  return {ok: true, options: {...base, ...(subject ? {subject} : {}), verb, resource, files: positional.slice(needed)}};
}

function attributes(options: CliOptions): AccessAttributes {
  const r = options.resource;
  const verb = options.verb ?? '';
  if (!r || r.kind === 'nonResource') return {verb, nonResourceURL: r?.nonResourceURL ?? '/'};
  return {
    verb,
    apiGroup: r.apiGroup,
    resource: r.resource,
    ...(r.subresource ? {subresource: r.subresource} : {}),
    ...(options.namespace ? {namespace: options.namespace} : {}),
    ...(options.name ? {name: options.name} : {}),
  };
}

function describeRequest(attrs: AccessAttributes, options: CliOptions): string {
  const r = options.resource;
  const what = r ? formatResourceArg(r) : '';
  const named = options.name ? ` named "${options.name}"` : '';
  if ('nonResourceURL' in attrs) return `${attrs.verb} ${what}`;
  const scope = attrs.namespace
    ? `in namespace "${attrs.namespace}"`
    : isClusterScoped(attrs.apiGroup, attrs.resource)
      ? 'cluster-wide'
      : 'cluster-wide (all namespaces)';
  return `${attrs.verb} ${what}${named} ${scope}`;
}

function grantLines(grants: readonly Grant[], indent: string): string[] {
  const lines: string[] = [];
  for (const g of grants) {
    const via =
      g.via.kind === 'ServiceAccount'
        ? `ServiceAccount:${g.via.namespace ?? ''}:${g.via.name}`
        : `${g.via.kind}:${g.via.name}`;
    const from = g.rule.aggregatedFrom ? ` (aggregated from ClusterRole/${g.rule.aggregatedFrom})` : '';
    const builtin = g.role.builtin ? ' (built-in default)' : '';
    lines.push(`${indent}${formatBinding(g.binding)} → ${formatRole(g.role)}${builtin} via ${via}`);
    lines.push(`${indent}  ${formatRule(g.rule.rule)}${from}`);
  }
  return lines;
}

const SEVERITY_LABEL: Record<Severity, string> = {
  critical: 'CRITICAL',
  high: 'HIGH',
  medium: 'MEDIUM',
  low: 'LOW',
  info: 'INFO',
};

function auditText(findings: readonly Finding[], model: RbacModel): string {
  const lines: string[] = [];
  for (const f of findings) {
    lines.push(`${SEVERITY_LABEL[f.severity].padEnd(8)} ${f.id}  ${f.subject}`);
    lines.push(`         ${f.binding} → ${f.role}${f.rule ? `  ${f.rule}` : ''}`);
    lines.push(`         ${f.message}`);
    lines.push(`         fix: ${f.fix}`);
    lines.push(`         docs: ${f.docs}`);
    lines.push('');
  }
  const counts = countBySeverity(findings);
  const parts = (Object.keys(counts) as Severity[]).filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  lines.push(findings.length === 0 ? 'No findings.' : `${plural(findings.length, 'finding')}: ${parts.join(', ')}.`);
  lines.push(summaryLine(model));
  return `${lines.join('\n')}\n`;
}

function summaryLine(model: RbacModel): string {
  const input = [...model.roles.values()].filter((r) => !r.builtin).length;
  const ignored = model.ignored.total
    ? `; ignored ${plural(model.ignored.total, 'non-RBAC object')} (${[...model.ignored.byKind.entries()].map(([k, n]) => `${k}: ${n}`).join(', ')})`
    : '';
  return `Analyzed ${plural(input, 'role')} and ${plural(model.bindings.length, 'binding')}${ignored}.`;
}

/** Runs one CLI invocation. Never throws. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<CliResult> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.help)
      return {
        exitCode: argv.length === 0 ? 2 : 0,
        stdout: argv.length === 0 ? '' : `${USAGE}\n`,
        stderr: argv.length === 0 ? `${USAGE}\n` : '',
      };
    return {exitCode: 2, stdout: '', stderr: `error: ${parsed.error}\n\n${USAGE}\n`};
  }
  const options = parsed.options;
  const read = await readInputs(options.files, io);
  const loaded = loadRbac(read.inputs, {includeBuiltins: options.builtins});
  const readErrors = read.errors.map(issueFromManifestError);
  const errors = [...readErrors, ...loaded.errors];
  let warnings = loaded.warnings.map((w) => `${formatIssue(w)}\n`).join('');
  if (errors.length > 0) {
    // One bad object (or file) does not block the analysis: report it, analyse the rest, exit 2.
    const shown = errors
      .slice(0, 50)
      .map((e) => `${formatIssue(e)}\n`)
      .join('');
    const more = errors.length > 50 ? `... and ${errors.length - 50} more errors\n` : '';
    const left = [
      readErrors.length ? `${plural(readErrors.length, 'input')} could not be read` : '',
      loaded.skipped ? `${plural(loaded.skipped, 'RBAC object')} with errors left out` : '',
    ].filter(Boolean);
    warnings = `${shown}${more}${warnings}error: the input has ${plural(errors.length, 'error')}${left.length ? ` (${left.join('; ')})` : ''}; the results below cover the rest\n`;
  }
  const inputExit = (code: number): number => (errors.length > 0 ? 2 : code);
  const model = loaded.model;
  const json = options.format === 'json';

  if (options.command === 'audit') {
    const findings = audit(model);
    const stdout = json
      ? findings
          .map(
            (f) =>
              `${JSON.stringify({id: f.id, severity: f.severity, subject: f.subject, binding: f.binding, role: f.role, rule: f.rule, message: f.message, fix: f.fix})}\n`,
          )
          .join('')
      : auditText(findings, model);
    return {exitCode: inputExit(findings.some(isBlocking) ? 1 : 0), stdout, stderr: warnings};
  }

  const attrs = attributes(options);
  const resourceText = options.resource ? formatResourceArg(options.resource) : '';
  const notes = options.resource?.kind === 'resource' && options.resource.note ? [options.resource.note] : [];

  if (options.command === 'can') {
    const subject = options.subject;
    if (!subject) return {exitCode: 2, stdout: '', stderr: 'error: missing subject\n'};
    const result = can(model, {...attrs, subject});
    const evaluated = result.request;
    const ns = 'nonResourceURL' in evaluated ? null : (evaluated.namespace ?? null);
    const allNotes = [...notes, ...result.notes];
    let stdout: string;
    if (json) {
      stdout = `${JSON.stringify({subject: formatSubject(subject), verb: attrs.verb, resource: resourceText, namespace: ns, allowed: result.allowed, grantedBy: result.grantedBy.map(summarizeGrant)})}\n`;
    } else {
      const head = `${result.allowed ? 'yes' : 'no'}: ${formatSubject(subject)} ${result.allowed ? 'can' : 'cannot'} ${describeRequest(evaluated, options)}`;
      const lines = [head];
      if (result.allowed) lines.push('  granted by:', ...grantLines(result.grantedBy, '    '));
      for (const n of allNotes) lines.push(`  note: ${n}`);
      stdout = `${lines.join('\n')}\n`;
    }
    return {
      exitCode: inputExit(result.allowed ? 0 : 1),
      stdout,
      stderr: warnings + (json ? allNotes.map((n) => `note: ${n}\n`).join('') : ''),
    };
  }

  const result = whoCan(model, attrs);
  const allNotes = [...notes, ...result.notes];
  let stdout: string;
  if (json) {
    stdout = result.subjects
      .map(
        (e) => `${JSON.stringify({subject: formatSubject(e.subject), grantedBy: e.grantedBy.map(summarizeGrant)})}\n`,
      )
      .join('');
  } else {
    const what = describeRequest(result.request, options);
    const lines =
      result.subjects.length === 0
        ? [`No subject in the input can ${what}.`]
        : [`${plural(result.subjects.length, 'subject')} can ${what}:`];
    for (const e of result.subjects) {
      lines.push(`  ${formatSubject(e.subject)}`);
      lines.push(...grantLines(e.grantedBy, '    '));
    }
    for (const n of allNotes) lines.push(`note: ${n}`);
    stdout = `${lines.join('\n')}\n`;
  }
  return {exitCode: inputExit(0), stdout, stderr: warnings};
}
