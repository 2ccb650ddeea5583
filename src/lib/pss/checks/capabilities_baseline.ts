/**
 * Check `capabilities_baseline` (Baseline), upstream `check_capabilities_baseline.go`.
 *
 * Control: Adding NET_RAW or capabilities beyond the default set must be disallowed.
 *
 * Restricted fields:
 *   spec.containers[*].securityContext.capabilities.add
 *   spec.initContainers[*].securityContext.capabilities.add
 *   spec.ephemeralContainers[*].securityContext.capabilities.add
 * Allowed values: undefined/empty, or values from the default set
 *   AUDIT_WRITE, CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE,
 *   SETFCAP, SETGID, SETPCAP, SETUID, SYS_CHROOT
 * (exact, case-sensitive strings: "CAP_CHOWN" or "chown" are not in the set).
 *
 * Versions: v1.0+ (one implementation, the set never changed). At the Restricted level
 * it is overridden by `capabilities_restricted` from v1.22 on.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_capabilities_baseline.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("Capabilities")
 */
import {joinQuote, sortedSet} from '../goFormat';
import type {PodView} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, setField} from './check';

export const BASELINE_CAPABILITIES: ReadonlySet<string> = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

export function capabilitiesBaseline_1_0(pod: PodView): CheckFailure | undefined {
  let bad: string[] | undefined;
  const caps: string[] = [];
  let path = '';
  for (const c of pod.containers) {
    const add = c.sc?.capabilities?.add;
    if (add === undefined) continue;
    let valid = true;
    add.forEach((cap, i) => {
      if (BASELINE_CAPABILITIES.has(cap)) return;
      valid = false;
      caps.push(cap);
      if (path === '') path = `${c.path}.securityContext.capabilities.add[${i}]`;
    });
    if (!valid) (bad ??= []).push(c.name);
  }
  if (bad === undefined) return undefined;
  const set = sortedSet(caps);
  return {
    reason: 'non-default capabilities',
    detail: `${containerList(bad)} must not include ${joinQuote(set)} in securityContext.capabilities.add`,
    path,
    fix: `Remove ${joinQuote(set)} from securityContext.capabilities.add of ${containerList(bad)}.`,
  };
}

export const capabilities_baseline: CheckDefinition = {
  id: 'capabilities_baseline',
  level: 'baseline',
  versions: [{minVersion: 0, check: capabilitiesBaseline_1_0}],
  fix(pod) {
    for (const c of pod.containers) {
      const caps = c.sc?.capabilities;
      if (caps === undefined || caps.add.every((cap) => BASELINE_CAPABILITIES.has(cap))) continue;
      setField(
        caps.raw,
        'add',
        caps.add.filter((cap) => BASELINE_CAPABILITIES.has(cap)),
      );
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_capabilities_baseline.go`,
};
