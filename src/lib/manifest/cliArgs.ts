/**
 * How every manifest CLI (scripts/pss.ts, scripts/rbac.ts, scripts/netpol.ts)
 * splits its arguments into options and operands, so the three accept the
 * same forms: `--flag value`, `--flag=value`, a one-letter flag glued to its
 * value (`-ndev`, `-ojson`), `-` for standard input, `--` to end the options,
 * and `-h` / `--help` anywhere. Each CLI then reads the options in order and
 * checks their values itself.
 */

export interface ArgSpec {
  /** Options that take a value, e.g. `['--format', '-o']`. */
  readonly withValue: readonly string[];
  /** Options that take none, e.g. `['--no-builtins']`. */
  readonly switches?: readonly string[];
}

/** One option as given: the flag as written (`-o`, `--format`) and its value, if it takes one. */
export interface ArgOption {
  readonly flag: string;
  readonly value?: string;
}

export type SplitArgs =
  | {readonly kind: 'help'}
  | {readonly kind: 'error'; readonly message: string}
  | {readonly kind: 'ok'; readonly operands: readonly string[]; readonly options: readonly ArgOption[]};

/** Splits `argv` (without the node and script names) by `spec`; never throws. */
export function splitArgs(argv: readonly string[], spec: ArgSpec): SplitArgs {
  const withValue = new Set(spec.withValue);
  const switches = new Set(spec.switches ?? []);
  const operands: string[] = [];
  const options: ArgOption[] = [];
  let onlyOperands = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyOperands || arg === '-' || !arg.startsWith('-')) {
      operands.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyOperands = true;
      continue;
    }
    if (arg === '-h' || arg === '--help') return {kind: 'help'};
    if (switches.has(arg)) {
      options.push({flag: arg});
      continue;
    }
    const eq = arg.indexOf('=');
    if (eq > 0 && withValue.has(arg.slice(0, eq))) {
      options.push({flag: arg.slice(0, eq), value: arg.slice(eq + 1)});
      continue;
    }
    if (withValue.has(arg)) {
      const next = argv[i + 1];
      if (next === undefined) return {kind: 'error', message: `option ${arg} needs a value`};
      options.push({flag: arg, value: next});
      i++;
      continue;
    }
    const short = arg.slice(0, 2);
    if (!arg.startsWith('--') && withValue.has(short)) {
      options.push({flag: short, value: arg.slice(2)});
      continue;
    }
    return {kind: 'error', message: `unknown option "${eq > 0 ? arg.slice(0, eq) : arg}"`};
  }
  return {kind: 'ok', operands, options};
}
