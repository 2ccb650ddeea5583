/** Compact human/JSON strings for roles, bindings and rules. */
import type {PolicyRule, RbacBinding, RbacRole, RoleKind, RoleRef} from './types';

/** Model key of a role: `ClusterRole/<name>` or `Role/<namespace>/<name>`. */
export function roleKey(kind: RoleKind, name: string, namespace?: string): string {
  return kind === 'ClusterRole' ? `ClusterRole/${name}` : `Role/${namespace ?? ''}/${name}`;
}

/** Key of the role a binding refers to (a RoleBinding's Role lives in the binding's namespace). */
export function roleKeyForBinding(binding: {readonly roleRef: RoleRef; readonly namespace?: string}): string {
  return roleKey(binding.roleRef.kind, binding.roleRef.name, binding.namespace);
}

/** `ClusterRole/cluster-admin`, `Role/dev/pod-reader`. */
export function formatRole(role: Pick<RbacRole, 'kind' | 'name' | 'namespace'>): string {
  return roleKey(role.kind, role.name, role.namespace);
}

/** `ClusterRoleBinding/ci-admin`, `RoleBinding/dev/deployers`. */
export function formatBinding(binding: Pick<RbacBinding, 'kind' | 'name' | 'namespace'>): string {
  return binding.kind === 'ClusterRoleBinding'
    ? `ClusterRoleBinding/${binding.name}`
    : `RoleBinding/${binding.namespace ?? ''}/${binding.name}`;
}

/** The role a binding points at, as text, whether or not it exists. */
export function formatRoleRef(binding: Pick<RbacBinding, 'roleRef' | 'namespace'>): string {
  return roleKeyForBinding(binding);
}

function list(values: readonly string[]): string {
  return `[${values.map((v) => (v === '' ? '""' : v)).join(',')}]`;
}

/** `verbs=[get,list] apiGroups=[""] resources=[secrets]` */
export function formatRule(rule: PolicyRule): string {
  const parts = [`verbs=${list(rule.verbs)}`];
  if (rule.nonResourceURLs.length > 0) {
    parts.push(`nonResourceURLs=${list(rule.nonResourceURLs)}`);
  } else {
    parts.push(`apiGroups=${list(rule.apiGroups)}`, `resources=${list(rule.resources)}`);
  }
  if (rule.resourceNames.length > 0) parts.push(`resourceNames=${list(rule.resourceNames)}`);
  return parts.join(' ');
}
