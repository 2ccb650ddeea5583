/**
 * Check `allowPrivilegeEscalation` (Restricted), upstream `check_allowPrivilegeEscalation.go`.
 *
 * Control: Privilege escalation (such as via set-user-ID or set-group-ID file mode)
 * should not be allowed.
 *
 * Restricted fields:
 *   spec.containers[*].securityContext.allowPrivilegeEscalation
 *   spec.initContainers[*].securityContext.allowPrivilegeEscalation
 *   spec.ephemeralContainers[*].securityContext.allowPrivilegeEscalation
 * Allowed values: false (unset counts as not allowed: the runtime default is true)
 *
 * Versions:
 *   v1.8+   introduced (the field was added in Kubernetes 1.8; policy versions v1.0 to
 *           v1.7 do not include this check).
 *   v1.25+  pods with `spec.os.name: windows` are exempt (the API rejects the field on
 *           Windows pods).
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_allowPrivilegeEscalation.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted ("Privilege Escalation (v1.8+)")
 */
import type {PodView} from '../podView';
import {isWindowsPod} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, ensureObject, setField} from './check';

export function allowPrivilegeEscalation_1_8(pod: PodView): CheckFailure | undefined {
  let bad: string[] | undefined;
  let path = '';
  for (const c of pod.containers) {
    if (c.sc?.allowPrivilegeEscalation === false) continue;
    (bad ??= []).push(c.name);
    if (path === '') path = `${c.path}.securityContext.allowPrivilegeEscalation`;
  }
  if (bad === undefined) return undefined;
  return {
    reason: 'allowPrivilegeEscalation != false',
    detail: `${containerList(bad)} must set securityContext.allowPrivilegeEscalation=false`,
    path,
    fix: `Set securityContext.allowPrivilegeEscalation: false in ${containerList(bad)}.`,
  };
}

export function allowPrivilegeEscalation_1_25(pod: PodView): CheckFailure | undefined {
  if (isWindowsPod(pod)) return undefined;
  return allowPrivilegeEscalation_1_8(pod);
}

export const allowPrivilegeEscalation: CheckDefinition = {
  id: 'allowPrivilegeEscalation',
  level: 'restricted',
  versions: [
    {minVersion: 8, check: allowPrivilegeEscalation_1_8},
    {minVersion: 25, check: allowPrivilegeEscalation_1_25},
  ],
  fix(pod) {
    for (const c of pod.containers) {
      if (c.sc?.allowPrivilegeEscalation !== false)
        setField(ensureObject(c.raw, 'securityContext'), 'allowPrivilegeEscalation', false);
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_allowPrivilegeEscalation.go`,
};
