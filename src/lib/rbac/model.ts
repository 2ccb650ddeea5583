/**
 * Builds the RBAC model from input files: parse → decode → built-in defaults
 * → ClusterRole aggregation → lookup indexes.
 *
 * Aggregation follows the ClusterRole aggregation controller
 * (kubernetes/kubernetes pkg/controller/clusterroleaggregation): an aggregated
 * ClusterRole's rules are replaced by the de-duplicated union of the rules of
 * every ClusterRole matched by any of its selectors (itself excluded, roles
 * visited in name order). Rules written in the aggregated role are
 * overwritten by the controller and ignored here. Because the controller reads
 * other aggregated roles' current rules and keeps re-syncing, nested
 * aggregation (edit includes view) is computed to a fixed point.
 */
import {BUILTIN_CLUSTER_ROLES} from './builtins';
import {describeObject, type ManifestError} from '../manifest/errors';
import {loadManifests} from '../manifest/load';
import {decodeObject, inputObject, type DecodeOptions} from './decode';
import {formatBinding, formatRule, roleKey, roleKeyForBinding} from './format';
import {rulesEqual, selectorMatches} from './match';
import {subjectKey} from './subjects';
import type {InputIssue, ModelIndex, PolicyRule, RbacBinding, RbacModel, RbacRole, RoleRule} from './types';

export interface InputFile {
  readonly file: string;
  readonly text: string;
}

export interface LoadOptions extends DecodeOptions {
  /** Supply cluster-admin/admin/edit/view and a few other defaults when the input lacks them. Default true. */
  readonly includeBuiltins?: boolean;
  /** Byte limit per input; default the one limit of every tool (src/lib/manifest/limits.ts). Tests only. */
  readonly maxBytes?: number;
}

export interface LoadResult {
  /** True when there were no errors (warnings are fine). */
  readonly ok: boolean;
  /**
   * Built from every valid object, even when `ok` is false: an invalid binding or role is
   * reported in `errors` and left out, the rest is analysed (issue 16, item 13).
   */
  readonly model: RbacModel;
  /** RBAC objects left out of the model because they have errors (see `errors`). */
  readonly skipped: number;
  readonly errors: readonly InputIssue[];
  readonly warnings: readonly InputIssue[];
  /** Number of RBAC objects read. */
  readonly counts: {
    readonly roles: number;
    readonly clusterRoles: number;
    readonly roleBindings: number;
    readonly clusterRoleBindings: number;
  };
}

/** The one error shape of src/lib/manifest in the RBAC issue list's terms (same words). */
export function issueFromManifestError(e: ManifestError): InputIssue {
  return {
    severity: 'error',
    code: e.kind,
    file: e.file,
    line: e.line,
    column: e.column ?? 1,
    message: e.message,
    fix: e.hint,
  };
}

/** Parses and validates manifests and builds the model. Never throws on bad input. */
export function loadRbac(inputs: readonly InputFile[], options: LoadOptions = {}): LoadResult {
  const errors: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const roles = new Map<string, RbacRole>();
  const bindings = new Map<string, RbacBinding>();
  const ignored = new Map<string, number>();
  const counts = {roles: 0, clusterRoles: 0, roleBindings: 0, clusterRoleBindings: 0};
  const seenAt = new Map<string, string>();

  let skipped = 0;
  for (const input of inputs) {
    const loaded = loadManifests(input.text, {
      file: input.file,
      ...(options.maxBytes !== undefined ? {maxBytes: options.maxBytes} : {}),
    });
    for (const e of loaded.errors) errors.push(issueFromManifestError(e));
    for (const manifest of loaded.objects) {
      const obj = inputObject(input.file, manifest);
      const issues: InputIssue[] = [];
      const decoded = decodeObject(obj, issues, options);
      for (const issue of issues) (issue.severity === 'error' ? errors : warnings).push(issue);
      if (decoded.type === 'invalid') {
        skipped++;
      } else if (decoded.type === 'ignored') {
        ignored.set(decoded.kind, (ignored.get(decoded.kind) ?? 0) + 1);
      } else if (decoded.type === 'role') {
        const r = decoded.role;
        const key = roleKey(r.kind, r.name, r.namespace);
        noteDefinition(key, describeObject(r.kind, r.name, r.namespace), obj, seenAt, warnings);
        roles.set(key, r);
        if (r.kind === 'Role') counts.roles++;
        else counts.clusterRoles++;
      } else if (decoded.type === 'binding') {
        const b = decoded.binding;
        const key = formatBinding(b);
        noteDefinition(key, describeObject(b.kind, b.name, b.namespace), obj, seenAt, warnings);
        bindings.set(key, b);
        if (b.kind === 'RoleBinding') counts.roleBindings++;
        else counts.clusterRoleBindings++;
      }
    }
  }

  const model = buildModel([...roles.values()], [...bindings.values()], {
    includeBuiltins: options.includeBuiltins ?? true,
    ignored,
    warnings,
  });
  return {ok: errors.length === 0, model, errors, warnings: model.warnings, counts, skipped};
}

/** Records where `key` is defined, warning when it was defined before (the later one wins). */
function noteDefinition(
  key: string,
  label: string,
  at: {readonly file: string; readonly line: number; readonly column: number},
  seenAt: Map<string, string>,
  warnings: InputIssue[],
): void {
  const previous = seenAt.get(key);
  seenAt.set(key, `${at.file}:${at.line}`);
  if (previous === undefined) return;
  warnings.push({
    severity: 'warning',
    code: 'duplicate',
    file: at.file,
    line: at.line,
    column: at.column,
    object: label,
    message: `defined again (first at ${previous}); the later definition wins, as with kubectl apply`,
    fix: 'Remove one of the two definitions.',
  });
}

export interface BuildOptions {
  readonly includeBuiltins?: boolean;
  readonly ignored?: ReadonlyMap<string, number>;
  readonly warnings?: readonly InputIssue[];
}

/** Builds a model from already-validated objects (useful for tests and programmatic use). */
export function buildModel(
  inputRoles: readonly RbacRole[],
  inputBindings: readonly RbacBinding[],
  options: BuildOptions = {},
): RbacModel {
  const warnings: InputIssue[] = [...(options.warnings ?? [])];
  const roles = new Map<string, RbacRole>();
  for (const r of inputRoles) roles.set(roleKey(r.kind, r.name, r.namespace), r);
  if (options.includeBuiltins ?? true) {
    for (const b of BUILTIN_CLUSTER_ROLES) {
      const key = roleKey('ClusterRole', b.name);
      if (roles.has(key)) continue;
      roles.set(key, {
        kind: 'ClusterRole',
        name: b.name,
        labels: b.labels,
        rules: b.rules.map((rule, index) => ({rule, index})),
        writtenRules: b.rules,
        ...(b.aggregationRule ? {aggregationRule: b.aggregationRule} : {}),
        builtin: true,
      });
    }
  }
  aggregate(roles, warnings);

  const bindings = [...inputBindings];
  const bySubject = new Map<string, number[]>();
  const byNamespace = new Map<string, number[]>();
  const clusterBindings: number[] = [];
  bindings.forEach((b, i) => {
    if (b.kind === 'ClusterRoleBinding') clusterBindings.push(i);
    else {
      const ns = b.namespace ?? '';
      const list = byNamespace.get(ns) ?? [];
      list.push(i);
      byNamespace.set(ns, list);
    }
    const keys = new Set(b.subjects.map(subjectKey));
    for (const k of keys) {
      const list = bySubject.get(k) ?? [];
      list.push(i);
      bySubject.set(k, list);
    }
  });
  const index: ModelIndex = {bySubject, byNamespace, clusterBindings};
  const ignored = options.ignored ?? new Map<string, number>();
  let total = 0;
  for (const n of ignored.values()) total += n;
  return {roles, bindings, ignored: {total, byKind: ignored}, warnings, index};
}

function ruleId(rule: PolicyRule): string {
  return JSON.stringify([rule.verbs, rule.apiGroups, rule.resources, rule.resourceNames, rule.nonResourceURLs]);
}

function aggregate(roles: Map<string, RbacRole>, warnings: InputIssue[]): void {
  const clusterRoles = [...roles.values()]
    .filter((r) => r.kind === 'ClusterRole')
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const aggregated = clusterRoles.filter((r) => r.aggregationRule);
  if (aggregated.length === 0) return;
  const current = new Map<string, readonly RoleRule[]>();
  for (const r of clusterRoles) current.set(r.name, r.aggregationRule ? [] : r.rules);

  const matched = new Map<string, RbacRole[][]>();
  for (const a of aggregated) {
    matched.set(
      a.name,
      (a.aggregationRule?.clusterRoleSelectors ?? []).map((sel) =>
        clusterRoles.filter((c) => c.name !== a.name && selectorMatches(sel, c.labels)),
      ),
    );
  }

  for (let round = 0; round <= aggregated.length + 1; round++) {
    let changed = false;
    for (const a of aggregated) {
      const out: RoleRule[] = [];
      const seen = new Set<string>();
      for (const group of matched.get(a.name) ?? []) {
        for (const source of group) {
          for (const rr of current.get(source.name) ?? []) {
            const id = ruleId(rr.rule);
            if (seen.has(id)) continue;
            seen.add(id);
            out.push({
              rule: rr.rule,
              index: out.length,
              aggregatedFrom: rr.aggregatedFrom ?? source.name,
              ...(rr.source ? {source: rr.source} : {}),
            });
          }
        }
      }
      const before = current.get(a.name) ?? [];
      if (before.length !== out.length || before.some((r, i) => ruleId(r.rule) !== ruleId(out[i]?.rule ?? r.rule))) {
        changed = true;
        current.set(a.name, out);
      }
    }
    if (!changed) break;
  }

  for (const a of aggregated) {
    const rules = current.get(a.name) ?? [];
    roles.set(roleKey('ClusterRole', a.name), {...a, rules});
    if (a.builtin || !a.source) continue;
    const lost = a.writtenRules.filter((w) => !rules.some((r) => rulesEqual(r.rule, w)));
    if (lost.length > 0) {
      warnings.push({
        severity: 'warning',
        code: 'aggregated-rules-overwritten',
        file: a.source.file,
        line: a.source.line,
        column: a.source.column,
        object: describeObject('ClusterRole', a.name),
        message: `has an aggregationRule, so the aggregation controller replaces its rules; ${lost.length} written rule(s) will not be granted (${lost.map(formatRule).join('; ')})`,
        fix: 'Move these rules into a separate ClusterRole that carries a label matched by the aggregationRule.',
      });
    }
    if ((matched.get(a.name) ?? []).every((g) => g.length === 0)) {
      warnings.push({
        severity: 'warning',
        code: 'aggregation-matches-nothing',
        file: a.source.file,
        line: a.source.line,
        column: a.source.column,
        object: describeObject('ClusterRole', a.name),
        message: 'aggregationRule matches no ClusterRole in the input, so it grants nothing here',
        fix: 'Check the selector labels, or include the ClusterRoles it should aggregate.',
      });
    }
  }
}

/** The role a binding refers to, or undefined when it does not exist (a dangling binding). */
export function resolveRole(model: RbacModel, binding: RbacBinding): RbacRole | undefined {
  return model.roles.get(roleKeyForBinding(binding));
}
