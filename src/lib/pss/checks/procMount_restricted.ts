/**
 * Check `procMount_restricted` (Restricted), upstream `check_procMount_restricted.go`.
 *
 * Upstream does have this separate check (added in v1.35 by kubernetes/kubernetes#132157,
 * when the Baseline `procMount` check gained its user-namespace relaxation). It re-applies
 * the unconditional v1.0 rule and overrides the Baseline `procMount` check at the
 * Restricted level, so a Restricted pod may not unmask /proc even with `hostUsers: false`.
 * Before v1.35 it does not exist: the Baseline `procMount` check (unconditional then)
 * covers Restricted too.
 *
 * Control: The default /proc masks are set up to reduce attack surface, and should be
 * required by the Restricted profile.
 *
 * Restricted fields:
 *   spec.containers[*].securityContext.procMount
 *   spec.initContainers[*].securityContext.procMount
 *   spec.ephemeralContainers[*].securityContext.procMount
 * Allowed values: undefined/null, "Default"
 *
 * Versions: v1.35+ (overrides `procMount`).
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_procMount_restricted.go
 * PSS:      https://kubernetes.io/docs/concepts/workloads/pods/user-namespaces/#integration-with-pod-security-admission-checks
 */
import type {CheckDefinition} from './check';
import {UPSTREAM_POLICY_DIR} from './check';
import {fixProcMount, procMount_1_0} from './procMount_baseline';

export const procMount_restricted: CheckDefinition = {
  id: 'procMount_restricted',
  level: 'restricted',
  versions: [{minVersion: 35, check: procMount_1_0, overrides: ['procMount']}],
  fix: fixProcMount,
  upstream: `${UPSTREAM_POLICY_DIR}/check_procMount_restricted.go`,
};
