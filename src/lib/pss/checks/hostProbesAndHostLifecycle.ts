/**
 * Check `hostProbesAndHostLifecycle` (Baseline), upstream
 * `check_hostProbesAndhostLifecycle.go` (sic, lower-case "h" in the file name).
 *
 * Control: the `host` field of probes and lifecycle handlers is restricted, because it
 * lets the kubelet send requests to arbitrary hosts on the pod's behalf.
 *
 * Restricted fields (containers, initContainers and ephemeralContainers):
 *   spec.containers[*].livenessProbe.httpGet.host
 *   spec.containers[*].readinessProbe.httpGet.host
 *   spec.containers[*].startupProbe.httpGet.host
 *   spec.containers[*].livenessProbe.tcpSocket.host
 *   spec.containers[*].readinessProbe.tcpSocket.host
 *   spec.containers[*].startupProbe.tcpSocket.host
 *   spec.containers[*].lifecycle.postStart.httpGet.host
 *   spec.containers[*].lifecycle.preStop.httpGet.host
 *   spec.containers[*].lifecycle.postStart.tcpSocket.host (deprecated handler)
 *   spec.containers[*].lifecycle.preStop.tcpSocket.host (deprecated handler)
 * Allowed values: "", undefined/null
 *
 * Versions: v1.34+ only (`MinimumVersion: 1.34`); policy versions before v1.34 do not
 * include this check at all.
 *
 * Detail format: container names and hosts are Go sets, hence sorted and de-duplicated.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_hostProbesAndhostLifecycle.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("Host Probes / Lifecycle Hooks (v1.34+)")
 */
import {joinQuote, pluralize, sortedSet} from '../goFormat';
import type {PodView} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, deleteField} from './check';

export function hostProbesAndHostLifecycle_1_34(pod: PodView): CheckFailure | undefined {
  let containers: string[] | undefined;
  const hosts: string[] = [];
  let path = '';
  for (const c of pod.containers) {
    if (c.hosts.length === 0) continue;
    (containers ??= []).push(c.name);
    for (const h of c.hosts) {
      hosts.push(h.host);
      if (path === '') path = h.path;
    }
  }
  if (containers === undefined) return undefined;
  const names = sortedSet(containers);
  const hostSet = sortedSet(hosts);
  return {
    reason: 'probe or lifecycle host',
    detail: `${containerList(names)} ${pluralize('uses', 'use', names.length)} ${pluralize(
      'probe or lifecycle host',
      'probe or lifecycle hosts',
      hostSet.length,
    )} ${joinQuote(hostSet)}`,
    path,
    fix: `Remove the host field from the probes and lifecycle handlers of ${containerList(names)}; they then target the pod's own IP.`,
  };
}

export const hostProbesAndHostLifecycle: CheckDefinition = {
  id: 'hostProbesAndHostLifecycle',
  level: 'baseline',
  versions: [{minVersion: 34, check: hostProbesAndHostLifecycle_1_34}],
  fix(pod) {
    for (const c of pod.containers) for (const h of c.hosts) deleteField(h.holder, 'host');
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_hostProbesAndhostLifecycle.go`,
};
