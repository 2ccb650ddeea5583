/**
 * Check `procMount` (Baseline), upstream `check_procMount_baseline.go`.
 *
 * The upstream check ID is `procMount` (the file was renamed from `check_procMount.go`
 * when the Restricted counterpart was split out in v1.35); this file follows the
 * upstream file name, the ID stays `procMount`.
 *
 * Control: The default /proc masks are set up to reduce attack surface, and should be
 * required, unless the pod runs in a user namespace (`spec.hostUsers: false`).
 *
 * Restricted fields:
 *   spec.containers[*].securityContext.procMount
 *   spec.initContainers[*].securityContext.procMount
 *   spec.ephemeralContainers[*].securityContext.procMount
 * Allowed values: undefined/null, "Default" (any value when `spec.hostUsers` is false,
 * from v1.35)
 *
 * Versions:
 *   v1.0+   any non-"Default" value is forbidden, unconditionally. (Before v1.35 a
 *           user-namespace relaxation existed only behind the alpha, off-by-default
 *           `UserNamespacesPodSecurityStandards` feature gate, which was removed; the
 *           v1.0 revision therefore ignores `hostUsers`.)
 *   v1.35+  allowed when `spec.hostUsers: false` (kubernetes/kubernetes#132157).
 * At the Restricted level, from v1.35 on, this check is overridden by
 * `procMount_restricted`, which keeps the unconditional v1.0 rule.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_procMount_baseline.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("/proc Mount Type")
 */
import {joinQuote, sortedSet} from '../goFormat';
import type {PodView} from '../podView';
import {inUserNamespace} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, deleteField} from './check';

const DEFAULT_PROC_MOUNT = 'Default';

/** Shared with `procMount_restricted`: forbids any procMount but "Default". */
export function procMount_1_0(pod: PodView): CheckFailure | undefined {
  let bad: string[] | undefined;
  const types: string[] = [];
  let path = '';
  for (const c of pod.containers) {
    const procMount = c.sc?.procMount;
    if (procMount === undefined || procMount === DEFAULT_PROC_MOUNT) continue;
    (bad ??= []).push(c.name);
    types.push(procMount);
    if (path === '') path = `${c.path}.securityContext.procMount`;
  }
  if (bad === undefined) return undefined;
  return {
    reason: 'procMount',
    detail: `${containerList(bad)} must not set securityContext.procMount to ${joinQuote(sortedSet(types))}`,
    path,
    fix: `Remove securityContext.procMount (or set it to "Default") in ${containerList(bad)}.`,
  };
}

export function procMount_1_35_baseline(pod: PodView): CheckFailure | undefined {
  if (inUserNamespace(pod)) return undefined;
  return procMount_1_0(pod);
}

/** Fixer shared with `procMount_restricted`. */
export function fixProcMount(pod: PodView): void {
  for (const c of pod.containers) {
    const procMount = c.sc?.procMount;
    if (c.sc !== undefined && procMount !== undefined && procMount !== DEFAULT_PROC_MOUNT)
      deleteField(c.sc.raw, 'procMount');
  }
}

export const procMount: CheckDefinition = {
  id: 'procMount',
  level: 'baseline',
  versions: [
    {minVersion: 0, check: procMount_1_0},
    {minVersion: 35, check: procMount_1_35_baseline},
  ],
  fix: fixProcMount,
  upstream: `${UPSTREAM_POLICY_DIR}/check_procMount_baseline.go`,
};
