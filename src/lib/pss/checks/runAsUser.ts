/**
 * Check `runAsUser` (Restricted), upstream `check_runAsUser.go`.
 *
 * Control: Containers must not set runAsUser to 0 (root).
 *
 * Restricted fields:
 *   spec.securityContext.runAsUser
 *   spec.containers[*].securityContext.runAsUser
 *   spec.initContainers[*].securityContext.runAsUser
 *   spec.ephemeralContainers[*].securityContext.runAsUser
 * Allowed values: any non-zero value, undefined/null. A pod-level 0 is reported even if
 * every container overrides it.
 *
 * Versions:
 *   v1.23+  introduced (policy versions before v1.23 do not include this check).
 *   v1.35+  pods with `spec.hostUsers: false` (user namespaces) are allowed
 *           unconditionally (the earlier gated relaxation was dropped from v1.23).
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_runAsUser.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted ("Running as Non-root user (v1.23+)")
 */
import type {PodView} from '../podView';
import {inUserNamespace, podScPath, scPath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, deleteField} from './check';

export function runAsUser_1_23(pod: PodView): CheckFailure | undefined {
  const setters: string[] = [];
  let path = '';
  if (pod.podSC?.runAsUser === 0) {
    setters.push('pod');
    path = `${podScPath(pod)}.runAsUser`;
  }
  let bad: string[] | undefined;
  for (const c of pod.containers) {
    if (c.sc?.runAsUser !== 0) continue;
    (bad ??= []).push(c.name);
    if (path === '') path = `${scPath(c)}.runAsUser`;
  }
  if (bad !== undefined) setters.push(containerList(bad));
  if (setters.length === 0) return undefined;
  return {
    reason: 'runAsUser=0',
    detail: `${setters.join(' and ')} must not set runAsUser=0`,
    path,
    fix: `Remove runAsUser: 0 from the ${setters.join(' and ')} (or use a non-zero UID such as 65532).`,
  };
}

export function runAsUser_1_35(pod: PodView): CheckFailure | undefined {
  if (inUserNamespace(pod)) return undefined;
  return runAsUser_1_23(pod);
}

export const runAsUser: CheckDefinition = {
  id: 'runAsUser',
  level: 'restricted',
  versions: [
    {minVersion: 23, check: runAsUser_1_23},
    {minVersion: 35, check: runAsUser_1_35},
  ],
  fix(pod) {
    if (pod.podSC?.runAsUser === 0) deleteField(pod.podSC.raw, 'runAsUser');
    for (const c of pod.containers) if (c.sc?.runAsUser === 0) deleteField(c.sc.raw, 'runAsUser');
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_runAsUser.go`,
};
