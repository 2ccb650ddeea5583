/**
 * Check `runAsNonRoot` (Restricted), upstream `check_runAsNonRoot.go`.
 *
 * Control: Containers must be required to run as non-root users.
 *
 * Restricted fields:
 *   spec.securityContext.runAsNonRoot
 *   spec.containers[*].securityContext.runAsNonRoot
 *   spec.initContainers[*].securityContext.runAsNonRoot
 *   spec.ephemeralContainers[*].securityContext.runAsNonRoot
 * Allowed values: true; undefined/null at container level if the pod level is true.
 * An explicit `false` anywhere (pod or container) is reported first, even when the
 * other level says true; otherwise every container that neither sets it nor inherits a
 * pod-level `true` is reported.
 *
 * Versions:
 *   v1.0+   as above. (A user-namespace relaxation existed behind the alpha, default-off
 *           `UserNamespacesPodSecurityStandards` gate; the gate was removed and the
 *           relaxation dropped from this revision.)
 *   v1.35+  pods with `spec.hostUsers: false` (user namespaces, KEP-127) are allowed
 *           unconditionally: root in the container is not root on the node.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_runAsNonRoot.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted ("Running as Non-root")
 */
import type {PodView} from '../podView';
import {inUserNamespace} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, ensureObject, setField} from './check';

export function runAsNonRoot_1_0(pod: PodView): CheckFailure | undefined {
  const setters: string[] = [];
  let path = '';
  let podRunAsNonRoot = false;
  const podValue = pod.podSC?.runAsNonRoot;
  if (podValue === false) {
    setters.push('pod');
    path = `${pod.specPath}.securityContext.runAsNonRoot`;
  } else if (podValue === true) {
    podRunAsNonRoot = true;
  }
  let explicitlyBad: string[] | undefined;
  let implicitlyBad: string[] | undefined;
  for (const c of pod.containers) {
    const value = c.sc?.runAsNonRoot;
    if (value === false) {
      (explicitlyBad ??= []).push(c.name);
      if (path === '') path = `${c.path}.securityContext.runAsNonRoot`;
    } else if (value === undefined && !podRunAsNonRoot) {
      (implicitlyBad ??= []).push(c.name);
    }
  }
  if (explicitlyBad !== undefined) setters.push(containerList(explicitlyBad));
  if (setters.length > 0) {
    return {
      reason: 'runAsNonRoot != true',
      detail: `${setters.join(' and ')} must not set securityContext.runAsNonRoot=false`,
      path,
      fix: `Set securityContext.runAsNonRoot: true (not false) in the ${setters.join(' and ')}.`,
    };
  }
  if (implicitlyBad !== undefined) {
    return {
      reason: 'runAsNonRoot != true',
      detail: `pod or ${containerList(implicitlyBad)} must set securityContext.runAsNonRoot=true`,
      path: `${pod.specPath}.securityContext.runAsNonRoot`,
      fix: 'Set spec.securityContext.runAsNonRoot: true at the pod level (containers inherit it) and use an image with a non-root USER.',
    };
  }
  return undefined;
}

export function runAsNonRoot_1_35(pod: PodView): CheckFailure | undefined {
  if (inUserNamespace(pod)) return undefined;
  return runAsNonRoot_1_0(pod);
}

export const runAsNonRoot: CheckDefinition = {
  id: 'runAsNonRoot',
  level: 'restricted',
  versions: [
    {minVersion: 0, check: runAsNonRoot_1_0},
    {minVersion: 35, check: runAsNonRoot_1_35},
  ],
  fix(pod) {
    setField(ensureObject(pod.spec, 'securityContext'), 'runAsNonRoot', true);
    for (const c of pod.containers) {
      if (c.sc?.runAsNonRoot === false) setField(c.sc.raw, 'runAsNonRoot', true);
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_runAsNonRoot.go`,
};
