/**
 * Check `hostPorts` (Baseline), upstream `check_hostPorts.go`.
 *
 * Control: HostPort ports must be forbidden (an outright ban, no allowed range).
 *
 * Restricted fields:
 *   spec.containers[*].ports[*].hostPort
 *   spec.initContainers[*].ports[*].hostPort
 *   spec.ephemeralContainers[*].ports[*].hostPort
 * Allowed values: undefined/0
 *
 * Versions: v1.0+ (one implementation).
 *
 * API defaulting: Pod Security Admission sees pods after defaulting, and for a Pod
 * (not a pod template, since Kubernetes 1.28) with `hostNetwork: true` the API server
 * sets every unset `hostPort` of containers and init containers to its `containerPort`
 * (kubernetes/kubernetes#117696). We apply the same rule, so a hostNetwork pod is also
 * reported for the host ports it implicitly uses, as `kubectl` would show.
 *
 * Detail format: the ports are a Go string set, hence sorted as strings ("10000" < "80").
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_hostPorts.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("Host Ports")
 */
import {pluralize, sortedSet} from '../goFormat';
import type {ContainerView, PodView, PortView} from '../podView';
import {portPath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, deleteField} from './check';

/** The host port a port entry uses once API defaulting has run. */
export function effectiveHostPort(pod: PodView, c: ContainerView, port: PortView): number {
  if (port.hostPort !== 0) return port.hostPort;
  if (pod.isPod && pod.hostNetwork && c.group !== 'ephemeralContainers') return port.containerPort;
  return 0;
}

export function hostPorts_1_0(pod: PodView): CheckFailure | undefined {
  let bad: string[] | undefined;
  const ports: string[] = [];
  let path = '';
  for (const c of pod.containers) {
    let valid = true;
    for (const port of c.ports) {
      const hostPort = effectiveHostPort(pod, c, port);
      if (hostPort === 0) continue;
      valid = false;
      ports.push(String(hostPort));
      if (path === '') path = `${portPath(c, port)}.hostPort`;
    }
    if (!valid) (bad ??= []).push(c.name);
  }
  if (bad === undefined) return undefined;
  const sorted = sortedSet(ports);
  return {
    reason: 'hostPort',
    detail: `${containerList(bad)} ${pluralize('uses', 'use', bad.length)} ${pluralize('hostPort', 'hostPorts', sorted.length)} ${sorted.join(', ')}`,
    path,
    fix: `Remove the hostPort fields of ${containerList(bad)} (and hostNetwork, which implies them); expose the ports through a Service instead.`,
  };
}

export const hostPorts: CheckDefinition = {
  id: 'hostPorts',
  level: 'baseline',
  versions: [{minVersion: 0, check: hostPorts_1_0}],
  fix(pod) {
    for (const c of pod.containers) {
      for (const port of c.ports) {
        if (port.hostPort !== 0) deleteField(port.raw, 'hostPort');
        else if (effectiveHostPort(pod, c, port) !== 0) deleteField(pod.spec, 'hostNetwork');
      }
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_hostPorts.go`,
};
