/**
 * Check `hostNamespaces` (Baseline), upstream `check_hostNamespaces.go`.
 *
 * Control: Sharing the host namespaces must be disallowed.
 *
 * Restricted fields:
 *   spec.hostNetwork
 *   spec.hostPID
 *   spec.hostIPC
 * Allowed values: false, undefined/null
 *
 * Versions: v1.0+ (one implementation). `spec.hostUsers` is not restricted by any check;
 * it only relaxes others (see runAsNonRoot, runAsUser, procMount_baseline).
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_hostNamespaces.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("Host Namespaces")
 */
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, deleteField} from './check';
import type {PodView} from '../podView';

export function hostNamespaces_1_0(pod: PodView): CheckFailure | undefined {
  if (!pod.hostNetwork && !pod.hostPID && !pod.hostIPC) return undefined;
  // Upstream appends `<field>=true` in this order (hostNetwork, hostPID, hostIPC) and joins with ", ".
  const set: string[] = [];
  if (pod.hostNetwork) set.push('hostNetwork');
  if (pod.hostPID) set.push('hostPID');
  if (pod.hostIPC) set.push('hostIPC');
  const [first = 'hostNetwork'] = set;
  return {
    reason: 'host namespaces',
    detail: set.map((f) => `${f}=true`).join(', '),
    path: `${pod.specPath}.${first}`,
    fix: `Remove ${set.map((f) => `spec.${f}`).join(', ')} (or set to false); use a Service or a sidecar instead of the node's namespaces.`,
  };
}

export const hostNamespaces: CheckDefinition = {
  id: 'hostNamespaces',
  level: 'baseline',
  versions: [{minVersion: 0, check: hostNamespaces_1_0}],
  fix(pod) {
    for (const key of ['hostNetwork', 'hostPID', 'hostIPC']) deleteField(pod.spec, key);
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_hostNamespaces.go`,
};
