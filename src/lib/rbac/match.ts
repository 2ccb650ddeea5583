/**
 * Rule matching with the same semantics as the upstream RBAC authorizer
 * (kubernetes/kubernetes pkg/apis/rbac/v1/evaluation_helpers.go and
 * plugin/pkg/auth/authorizer/rbac/rbac.go):
 *
 * - verbs / apiGroups: `*` or exact match;
 * - resources: `*` matches everything including subresources; an exact match
 *   is against `resource/subresource`; an entry written as `*` + `/sub`
 *   (e.g. the `scale` subresource of everything) matches subresource `sub`
 *   of any resource. A trailing star after a resource (pods + `/*`) is NOT a
 *   wildcard upstream: it is a literal string that matches nothing real;
 * - resourceNames: empty list matches every name, otherwise exact match (a
 *   request without a name, like list or create, does not match);
 * - nonResourceURLs: `*`, exact, or a trailing `*` prefix match.
 */
import type {AccessAttributes, LabelSelector, PolicyRule, ResourceAttributes} from './types';
import {isNonResource} from './types';

export function verbMatches(rule: PolicyRule, verb: string): boolean {
  return rule.verbs.some((v) => v === '*' || v === verb);
}

export function apiGroupMatches(rule: PolicyRule, group: string): boolean {
  return rule.apiGroups.some((g) => g === '*' || g === group);
}

export function resourceMatches(rule: PolicyRule, resource: string, subresource = ''): boolean {
  const combined = subresource ? `${resource}/${subresource}` : resource;
  for (const r of rule.resources) {
    if (r === '*' || r === combined) return true;
    if (subresource && r.length === subresource.length + 2 && r.startsWith('*/') && r.endsWith(subresource))
      return true;
  }
  return false;
}

export function resourceNameMatches(rule: PolicyRule, name = ''): boolean {
  return rule.resourceNames.length === 0 || rule.resourceNames.includes(name);
}

export function nonResourceURLMatches(rule: PolicyRule, path: string): boolean {
  for (const u of rule.nonResourceURLs) {
    if (u === '*' || u === path) return true;
    if (u.endsWith('*') && path.startsWith(u.replace(/\*+$/, ''))) return true;
  }
  return false;
}

/** Does this single rule allow the request? (Namespace scoping is the binding's job.) */
export function ruleAllows(rule: PolicyRule, request: AccessAttributes): boolean {
  if (isNonResource(request)) {
    return verbMatches(rule, request.verb) && nonResourceURLMatches(rule, request.nonResourceURL);
  }
  return (
    verbMatches(rule, request.verb) &&
    apiGroupMatches(rule, request.apiGroup) &&
    resourceMatches(rule, request.resource, request.subresource ?? '') &&
    resourceNameMatches(rule, request.name ?? '')
  );
}

/**
 * How a rule covers an action on some object of a resource, for auditing:
 * `all` (any object), `named` (only the objects in resourceNames), or `none`.
 * A resourceNames rule never authorizes `create` of a top-level resource or
 * `deletecollection`, because those requests carry no object name.
 */
export type Coverage = 'all' | 'named' | 'none';

export function ruleCovers(rule: PolicyRule, request: Omit<ResourceAttributes, 'name' | 'namespace'>): Coverage {
  if (!verbMatches(rule, request.verb) || !apiGroupMatches(rule, request.apiGroup)) return 'none';
  if (!resourceMatches(rule, request.resource, request.subresource ?? '')) return 'none';
  if (rule.resourceNames.length === 0) return 'all';
  const nameless = (request.verb === 'create' && !request.subresource) || request.verb === 'deletecollection';
  return nameless ? 'none' : 'named';
}

export function isFullWildcard(rule: PolicyRule): boolean {
  return (
    rule.verbs.includes('*') &&
    rule.apiGroups.includes('*') &&
    rule.resources.includes('*') &&
    rule.resourceNames.length === 0
  );
}

/** Label selector semantics of metav1.LabelSelector; an empty selector matches everything. */
export function selectorMatches(selector: LabelSelector, labels: ReadonlyMap<string, string>): boolean {
  for (const [k, v] of selector.matchLabels) {
    if (labels.get(k) !== v) return false;
  }
  for (const req of selector.matchExpressions) {
    const has = labels.has(req.key);
    const value = labels.get(req.key);
    switch (req.operator) {
      case 'In':
        if (!has || value === undefined || !req.values.includes(value)) return false;
        break;
      case 'NotIn':
        if (has && value !== undefined && req.values.includes(value)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
    }
  }
  return true;
}

export function rulesEqual(a: PolicyRule, b: PolicyRule): boolean {
  const eq = (x: readonly string[], y: readonly string[]): boolean =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    eq(a.verbs, b.verbs) &&
    eq(a.apiGroups, b.apiGroups) &&
    eq(a.resources, b.resources) &&
    eq(a.resourceNames, b.resourceNames) &&
    eq(a.nonResourceURLs, b.nonResourceURLs)
  );
}
