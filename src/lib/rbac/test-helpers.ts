/** Shared helpers for the RBAC analyzer tests (not used by the library itself). */
import {loadRbac, type LoadOptions, type LoadResult} from './model';
import type {PolicyRule, RbacModel} from './types';

export function load(text: string, file = 'test.yaml', options: LoadOptions = {}): LoadResult {
  return loadRbac([{file, text}], options);
}

/** Loads YAML that must be valid; throws with the formatted errors otherwise. */
export function modelOf(text: string, options: LoadOptions = {}): RbacModel {
  const r = load(text, 'test.yaml', options);
  if (!r.ok) throw new Error(`unexpected input errors:\n${r.errors.map((e) => `${e.line}: ${e.message}`).join('\n')}`);
  return r.model;
}

export function rule(partial: Partial<PolicyRule>): PolicyRule {
  return {verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [], ...partial};
}

const q = (values: readonly string[]): string => `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;

export function ruleYaml(r: Partial<PolicyRule>): string {
  const lines = [`  - verbs: ${q(r.verbs ?? ['get'])}`];
  if (r.nonResourceURLs?.length) lines.push(`    nonResourceURLs: ${q(r.nonResourceURLs)}`);
  else {
    lines.push(`    apiGroups: ${q(r.apiGroups ?? [''])}`, `    resources: ${q(r.resources ?? ['pods'])}`);
  }
  if (r.resourceNames?.length) lines.push(`    resourceNames: ${q(r.resourceNames)}`);
  return lines.join('\n');
}

export function clusterRole(name: string, rules: Partial<PolicyRule>[], labels: Record<string, string> = {}): string {
  const labelLines = Object.entries(labels).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`);
  return [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRole',
    'metadata:',
    `  name: ${JSON.stringify(name)}`,
    ...(labelLines.length ? ['  labels:', ...labelLines] : []),
    'rules:',
    ...rules.map(ruleYaml),
    '---',
  ].join('\n');
}

export function role(namespace: string, name: string, rules: Partial<PolicyRule>[]): string {
  return [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: Role',
    'metadata:',
    `  name: ${JSON.stringify(name)}`,
    `  namespace: ${namespace}`,
    'rules:',
    ...rules.map(ruleYaml),
    '---',
  ].join('\n');
}

export type SubjectSpec = `User:${string}` | `Group:${string}` | `ServiceAccount:${string}`;

function subjectYaml(spec: SubjectSpec): string {
  const [kind, ...rest] = spec.split(':');
  if (kind === 'ServiceAccount') {
    const [ns, name] = rest;
    return ns
      ? `  - kind: ServiceAccount\n    name: ${name ?? ''}\n    namespace: ${ns}`
      : `  - kind: ServiceAccount\n    name: ${name ?? ''}`;
  }
  return `  - kind: ${kind ?? ''}\n    name: ${JSON.stringify(rest.join(':'))}\n    apiGroup: rbac.authorization.k8s.io`;
}

export function clusterRoleBinding(name: string, roleName: string, subjects: SubjectSpec[]): string {
  return [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRoleBinding',
    'metadata:',
    `  name: ${JSON.stringify(name)}`,
    'roleRef:',
    '  apiGroup: rbac.authorization.k8s.io',
    '  kind: ClusterRole',
    `  name: ${JSON.stringify(roleName)}`,
    'subjects:',
    ...subjects.map(subjectYaml),
    '---',
  ].join('\n');
}

export function roleBinding(
  namespace: string,
  name: string,
  roleRef: `Role/${string}` | `ClusterRole/${string}`,
  subjects: SubjectSpec[],
  labels: Record<string, string> = {},
): string {
  const [kind, roleName] = roleRef.split('/');
  const labelLines = Object.entries(labels).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`);
  return [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: RoleBinding',
    'metadata:',
    `  name: ${JSON.stringify(name)}`,
    `  namespace: ${namespace}`,
    ...(labelLines.length ? ['  labels:', ...labelLines] : []),
    'roleRef:',
    '  apiGroup: rbac.authorization.k8s.io',
    `  kind: ${kind ?? ''}`,
    `  name: ${JSON.stringify(roleName ?? '')}`,
    'subjects:',
    ...subjects.map(subjectYaml),
    '---',
  ].join('\n');
}
