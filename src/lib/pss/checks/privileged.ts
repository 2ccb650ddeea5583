/**
 * Check `privileged` (Baseline), upstream `check_privileged.go`.
 *
 * Control: Privileged Pods disable most security mechanisms and must be disallowed.
 *
 * Restricted fields:
 *   spec.containers[*].securityContext.privileged
 *   spec.initContainers[*].securityContext.privileged
 *   spec.ephemeralContainers[*].securityContext.privileged
 * Allowed values: false, undefined/null
 *
 * Versions: v1.0+ (one implementation).
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_privileged.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("Privileged Containers")
 */
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, setField} from './check';
import type {PodView} from '../podView';
import {scPath} from '../podView';

export function privileged_1_0(pod: PodView): CheckFailure | undefined {
  let bad: string[] | undefined;
  let path = '';
  for (const c of pod.containers) {
    if (c.sc?.privileged === true) {
      if (bad === undefined) {
        bad = [];
        path = `${scPath(c)}.privileged`;
      }
      bad.push(c.name);
    }
  }
  if (bad === undefined) return undefined;
  return {
    reason: 'privileged',
    detail: `${containerList(bad)} must not set securityContext.privileged=true`,
    path,
    fix: `Remove securityContext.privileged (or set it to false) in ${containerList(bad)}.`,
  };
}

export const privileged: CheckDefinition = {
  id: 'privileged',
  level: 'baseline',
  versions: [{minVersion: 0, check: privileged_1_0}],
  fix(pod) {
    for (const c of pod.containers) {
      if (c.sc?.privileged === true) setField(c.sc.raw, 'privileged', false);
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_privileged.go`,
};
