/**
 * The NetworkPolicy grading logic, free of the schema library so the page can
 * use it: each check is a `can` question with the verdict a correct answer
 * must produce. netpolGrader.ts wraps it with the checks' schema.
 */
import {Analyzer} from '../netpol/evaluate';
import {formatIssue} from '../manifest/errors';
import {loadNetpol, type InputFile} from '../netpol/load';
import {resolveEndpoint, resolvePort} from '../netpol/query';
import type {Protocol} from '../netpol/ports';
import type {CheckResult, GradeResult} from './schema';

/** One expected answer; `port` omitted means any port, `protocol` defaults to TCP. */
export interface NetpolCheck {
  readonly from: string;
  readonly to: string;
  readonly port?: number | string | undefined;
  readonly protocol?: Protocol | undefined;
  readonly expect: 'allowed' | 'denied';
}

/** `shop/web → shop/api on TCP port 8443 is allowed` */
export function describeCheck(c: NetpolCheck): string {
  return `${c.from} → ${c.to} on ${c.port === undefined ? 'any port' : `${c.protocol ?? 'TCP'} port ${c.port}`} is ${c.expect}`;
}

/** Loads the files and answers every check. */
export function gradeNetpolFiles(files: readonly InputFile[], checks: readonly NetpolCheck[]): GradeResult {
  const loaded = loadNetpol(files);
  if (!loaded.ok) return {passed: false, errors: loaded.errors.map(formatIssue), results: []};
  const analyzer = new Analyzer(loaded.model);
  const results: CheckResult[] = checks.map((c) => {
    const check = describeCheck(c);
    const protocol = c.protocol ?? 'TCP';
    const from = resolveEndpoint(analyzer.model, c.from);
    if (!from.ok) return {check, passed: false, detail: from.error};
    const to = resolveEndpoint(analyzer.model, c.to);
    if (!to.ok) return {check, passed: false, detail: to.error};
    let port: number | undefined;
    if (c.port !== undefined) {
      const p = resolvePort(String(c.port), protocol, to.value);
      if (!p.ok) return {check, passed: false, detail: p.error};
      port = p.value;
    }
    const r = analyzer.can({from: from.value, to: to.value, ...(port !== undefined ? {port, protocol} : {})});
    return {check, passed: (r.allowed ? 'allowed' : 'denied') === c.expect, detail: r.why.join(' ')};
  });
  return {passed: results.length > 0 && results.every((r) => r.passed), errors: [], results};
}
