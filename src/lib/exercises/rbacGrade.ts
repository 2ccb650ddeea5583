/**
 * The RBAC grading logic, free of the schema library: the exercise's context
 * and the reader's answer are loaded into the site's RBAC analyzer
 * (src/lib/rbac); each `can` check asks the analyzer whether a subject may
 * make a request, and `max-finding-severity` runs the analyzer's audit and
 * fails on any finding above the given severity. rbacGrader.ts wraps it with
 * the checks' schema.
 */
import {audit} from '../rbac/audit';
import {formatIssue} from '../manifest/errors';
import {loadRbac, type InputFile} from '../rbac/model';
import {can} from '../rbac/query';
import {parseResourceArg} from '../rbac/resources';
import {formatSubject, parseIdentity} from '../rbac/subjects';
import {formatRule} from '../rbac/format';
import {severityRank, type AccessAttributes, type RbacModel, type Severity} from '../rbac/types';
import type {CheckResult, GradeResult} from './schema';

/** One check of an RBAC exercise. */
export type RbacCheck =
  | {
      readonly type: 'can';
      /** `ServiceAccount:NAMESPACE:NAME`, `User:NAME` or `Group:NAME`. */
      readonly as: string;
      readonly verb: string;
      /** `deployments.apps`, `pods/exec`, `secrets`... (RBAC notation, as in the analyzer). */
      readonly resource: string;
      /** Omitted: a cluster-wide request. */
      readonly namespace?: string | undefined;
      readonly name?: string | undefined;
      readonly allowed: boolean;
    }
  | {readonly type: 'max-finding-severity'; readonly severity: Severity};

/** `ServiceAccount:ci:deployer can patch deployments.apps "web" in namespace shop: allowed` */
export function describeRbacCheck(c: RbacCheck): string {
  if (c.type === 'max-finding-severity') return `no audit finding above ${c.severity}`;
  const name = c.name ? ` "${c.name}"` : '';
  const where = c.namespace ? ` in namespace ${c.namespace}` : ' cluster-wide';
  return `${c.as} can ${c.verb} ${c.resource}${name}${where}: ${c.allowed ? 'allowed' : 'denied'}`;
}

function gradeCan(model: RbacModel, c: Extract<RbacCheck, {type: 'can'}>): CheckResult {
  const check = describeRbacCheck(c);
  const subject = parseIdentity(c.as);
  if (!subject.ok) return {check, passed: false, detail: subject.error};
  const res = parseResourceArg(c.resource);
  if (!res.ok) return {check, passed: false, detail: res.error};
  const attrs: AccessAttributes =
    res.value.kind === 'nonResource'
      ? {verb: c.verb, nonResourceURL: res.value.nonResourceURL}
      : {
          verb: c.verb,
          apiGroup: res.value.apiGroup,
          resource: res.value.resource,
          ...(res.value.subresource ? {subresource: res.value.subresource} : {}),
          ...(c.namespace ? {namespace: c.namespace} : {}),
          ...(c.name ? {name: c.name} : {}),
        };
  const r = can(model, {...attrs, subject: subject.identity});
  const who = formatSubject(subject.identity);
  const grants = r.grantedBy.map(
    (g) =>
      `${g.binding.kind}/${g.binding.namespace ? `${g.binding.namespace}/` : ''}${g.binding.name} → ${g.role.kind}/${g.role.name}: ${formatRule(g.rule.rule)}`,
  );
  const detail = r.allowed
    ? `allowed for ${who}${r.superuser ? ' (system:masters)' : ''} by ${grants.join('; ') || 'its groups'}`
    : `denied for ${who}: no binding in scope grants it`;
  const notes = r.notes.length ? ` (${r.notes.join('; ')})` : '';
  return {check, passed: r.allowed === c.allowed, detail: `${detail}${notes}`};
}

function gradeSeverity(model: RbacModel, severity: Severity): CheckResult {
  const check = `no audit finding above ${severity}`;
  const above = audit(model).filter((f) => severityRank(f.severity) > severityRank(severity));
  if (above.length === 0) return {check, passed: true, detail: `the audit finds nothing above ${severity}`};
  return {
    check,
    passed: false,
    detail: above
      .slice(0, 5)
      .map((f) => `${f.severity} ${f.id}: ${f.message} Fix: ${f.fix}`)
      .concat(above.length > 5 ? [`and ${above.length - 5} more`] : [])
      .join(' | '),
  };
}

/** Loads the files into the analyzer and runs every check. Never throws on bad input. */
export function gradeRbacFiles(files: readonly InputFile[], checks: readonly RbacCheck[]): GradeResult {
  const loaded = loadRbac(files);
  if (!loaded.ok) return {passed: false, errors: loaded.errors.map(formatIssue), results: []};
  const results = checks.map((c) =>
    c.type === 'can' ? gradeCan(loaded.model, c) : gradeSeverity(loaded.model, c.severity),
  );
  return {passed: results.length > 0 && results.every((r) => r.passed), errors: [], results};
}
