/**
 * Access queries, evaluated like the upstream rule resolver
 * (`VisitRulesFor`): ClusterRoleBindings always apply; RoleBindings apply
 * only to requests in their own namespace. A cluster-wide request (no
 * namespace) and every non-resource URL request are therefore only granted by
 * ClusterRoleBindings. Unlike the authorizer, which stops at the first match,
 * these queries collect every grant so the answer can explain itself.
 */
import {formatBinding, formatRole, formatRule, roleKeyForBinding} from './format';
import {ruleAllows} from './match';
import {isClusterScoped} from './resources';
import {canonicalSubject, formatSubject, lookupKeys, subjectApplies, userInfoFor, type UserInfo} from './subjects';
import type {AccessAttributes, Grant, Identity, RbacBinding, RbacModel, RbacRole, RoleRule, Subject} from './types';
import {isNonResource} from './types';

export type CanQuery = AccessAttributes & {readonly subject: Identity};

export interface CanResult {
  /** What the API server would do: true when a rule grants the request, or the identity is a superuser. */
  readonly allowed: boolean;
  /**
   * The identity is in system:masters. The API server's authorizer chain allows its
   * requests before RBAC is consulted, so the answer does not depend on the bindings.
   */
  readonly superuser: boolean;
  readonly grantedBy: readonly Grant[];
  /** The request as evaluated (namespace dropped for cluster-scoped resources). */
  readonly request: AccessAttributes;
  readonly notes: readonly string[];
}

/** Drops a namespace that cannot apply, with an explanation. */
export function normalizeRequest(request: AccessAttributes): {request: AccessAttributes; notes: string[]} {
  const notes: string[] = [];
  if (isNonResource(request)) {
    return {request: {verb: request.verb, nonResourceURL: request.nonResourceURL}, notes};
  }
  const {namespace, ...rest} = request;
  if (namespace && isClusterScoped(request.apiGroup, request.resource)) {
    notes.push(
      `${request.resource} is cluster-scoped, so the namespace "${namespace}" does not apply; only ClusterRoleBindings can grant it`,
    );
    return {request: rest, notes};
  }
  return {request: namespace ? {...rest, namespace} : rest, notes};
}

function requestNamespace(request: AccessAttributes): string {
  return isNonResource(request) ? '' : (request.namespace ?? '');
}

/** Does the binding's scope cover the request? */
function bindingInScope(binding: RbacBinding, request: AccessAttributes): boolean {
  if (binding.kind === 'ClusterRoleBinding') return true;
  const ns = requestNamespace(request);
  return ns !== '' && binding.namespace === ns;
}

function matchingRules(role: RbacRole, request: AccessAttributes): RoleRule[] {
  return role.rules.filter((r) => ruleAllows(r.rule, request));
}

function candidateBindings(model: RbacModel, info: UserInfo): number[] {
  const out = new Set<number>();
  for (const key of lookupKeys(info)) for (const i of model.index.bySubject.get(key) ?? []) out.add(i);
  return [...out].sort((a, b) => a - b);
}

function firstMatchingSubject(binding: RbacBinding, info: UserInfo): Subject | undefined {
  return binding.subjects.find((s) => subjectApplies(s, info));
}

/** Orders grants like the authorizer visits them: ClusterRoleBindings first, then RoleBindings. */
function byVisitOrder(model: RbacModel, indexes: number[]): number[] {
  const cluster = indexes.filter((i) => model.bindings[i]?.kind === 'ClusterRoleBinding');
  const ns = indexes.filter((i) => model.bindings[i]?.kind === 'RoleBinding');
  return [...cluster, ...ns];
}

/** Can this identity perform the request? Lists every binding/role/rule that grants it. */
export function can(model: RbacModel, query: CanQuery): CanResult {
  const {subject, ...attrs} = query;
  const {request, notes} = normalizeRequest(attrs);
  const info = userInfoFor(subject);
  const grants: Grant[] = [];
  for (const i of byVisitOrder(model, candidateBindings(model, info))) {
    const binding = model.bindings[i];
    if (!binding || !bindingInScope(binding, request)) continue;
    const via = firstMatchingSubject(binding, info);
    if (!via) continue;
    const role = model.roles.get(roleKeyForBinding(binding));
    if (!role) continue;
    for (const rule of matchingRules(role, request)) grants.push({binding, role, rule, via});
  }
  const superuser = info.groups.includes('system:masters');
  if (superuser) {
    notes.push('members of system:masters bypass RBAC entirely (superuser), whatever the bindings say');
  }
  return {allowed: superuser || grants.length > 0, superuser, grantedBy: grants, request, notes};
}

export interface WhoCanEntry {
  /** Canonical subject (a User named system:serviceaccount:ns:name is shown as that ServiceAccount). */
  readonly subject: Subject;
  readonly grantedBy: readonly Grant[];
}

export interface WhoCanResult {
  readonly subjects: readonly WhoCanEntry[];
  readonly request: AccessAttributes;
  readonly notes: readonly string[];
}

/**
 * Which subjects named in bindings are granted the request? Group subjects
 * are listed as groups (their members are not known from RBAC objects).
 */
export function whoCan(model: RbacModel, attrs: AccessAttributes): WhoCanResult {
  const {request, notes} = normalizeRequest(attrs);
  const ns = requestNamespace(request);
  const indexes = [...model.index.clusterBindings, ...(ns ? (model.index.byNamespace.get(ns) ?? []) : [])];
  const roleCache = new Map<string, RoleRule[]>();
  const entries = new Map<string, {subject: Subject; grants: Grant[]}>();
  for (const i of indexes) {
    const binding = model.bindings[i];
    if (!binding) continue;
    const key = roleKeyForBinding(binding);
    let rules = roleCache.get(key);
    const role = model.roles.get(key);
    if (!role) continue;
    if (!rules) {
      rules = matchingRules(role, request);
      roleCache.set(key, rules);
    }
    if (rules.length === 0) continue;
    for (const s of binding.subjects) {
      const subject = canonicalSubject(s);
      const id = formatSubject(subject);
      const entry = entries.get(id) ?? {subject, grants: []};
      for (const rule of rules) entry.grants.push({binding, role, rule, via: s});
      entries.set(id, entry);
    }
  }
  notes.push('members of the group system:masters can do anything, regardless of RBAC bindings');
  const subjects = [...entries.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, e]) => ({subject: e.subject, grantedBy: e.grants}));
  return {subjects, request, notes};
}

export interface EffectivePermissions {
  readonly subject: Subject;
  /** Granted through ClusterRoleBindings: all namespaces and cluster-scoped resources. */
  readonly clusterWide: readonly Grant[];
  /** Granted through RoleBindings, per namespace, sorted by namespace. */
  readonly namespaces: readonly {readonly namespace: string; readonly grants: readonly Grant[]}[];
  /** Bindings naming this identity (or its groups) whose role does not exist. */
  readonly danglingBindings: readonly RbacBinding[];
}

/** Every rule this identity holds, with the binding and role it comes from. */
export function effectivePermissions(model: RbacModel, identity: Identity): EffectivePermissions {
  const info = userInfoFor(identity);
  const clusterWide: Grant[] = [];
  const perNs = new Map<string, Grant[]>();
  const dangling: RbacBinding[] = [];
  for (const i of byVisitOrder(model, candidateBindings(model, info))) {
    const binding = model.bindings[i];
    if (!binding) continue;
    const via = firstMatchingSubject(binding, info);
    if (!via) continue;
    const role = model.roles.get(roleKeyForBinding(binding));
    if (!role) {
      dangling.push(binding);
      continue;
    }
    const target = binding.kind === 'ClusterRoleBinding' ? clusterWide : (perNs.get(binding.namespace ?? '') ?? []);
    for (const rule of role.rules) target.push({binding, role, rule, via});
    if (binding.kind === 'RoleBinding') perNs.set(binding.namespace ?? '', target);
  }
  const namespaces = [...perNs.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([namespace, grants]) => ({namespace, grants}));
  const subject =
    identity.kind === 'ServiceAccount'
      ? {kind: identity.kind, namespace: identity.namespace, name: identity.name}
      : {kind: identity.kind, name: identity.name};
  return {subject: canonicalSubject(subject), clusterWide, namespaces, danglingBindings: dangling};
}

/** The JSON shape used by the CLI and the browser page. */
export interface GrantSummary {
  readonly binding: string;
  readonly role: string;
  readonly rule: string;
}

export function summarizeGrant(grant: Grant): GrantSummary {
  return {binding: formatBinding(grant.binding), role: formatRole(grant.role), rule: formatRule(grant.rule.rule)};
}
