/**
 * Check `seccompProfile_restricted` (Restricted), upstream `check_seccompProfile_restricted.go`.
 *
 * Control: Seccomp profiles must be specified, and only runtime default and localhost
 * profiles are allowed.
 *
 * Restricted fields:
 *   spec.securityContext.seccompProfile.type
 *   spec.containers[*].securityContext.seccompProfile.type
 *   spec.initContainers[*].securityContext.seccompProfile.type
 *   spec.ephemeralContainers[*].securityContext.seccompProfile.type
 * Allowed values: 'RuntimeDefault', 'Localhost'; a container-level field may be
 * undefined when the pod-level field is set to an allowed value (inheritance).
 *
 * Versions:
 *   v1.19+  introduced (before v1.19 Restricted only runs the Baseline annotation check).
 *   v1.25+  pods with `spec.os.name: windows` are exempt.
 * Both revisions override `seccompProfile_baseline` at the Restricted level.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_seccompProfile_restricted.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted ("Seccomp (v1.19+)")
 */
import {joinQuote, sortedSet} from '../goFormat';
import type {PodView} from '../podView';
import {isWindowsPod, podScPath, scPath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, ensureObject, setField} from './check';
import {resetSeccompProfile, validSeccompType} from './seccompProfile_baseline';

export function seccompProfileRestricted_1_19(pod: PodView): CheckFailure | undefined {
  const setters: string[] = [];
  const values: string[] = [];
  let path = '';
  let podSeccompSet = false;
  const podProfile = pod.podSC?.seccompProfile;
  if (podProfile !== undefined) {
    if (!validSeccompType(podProfile.type)) {
      setters.push('pod');
      values.push(podProfile.type);
      path = `${podScPath(pod)}.seccompProfile.type`;
    } else {
      podSeccompSet = true;
    }
  }
  let explicitlyBad: string[] | undefined;
  let implicitlyBad: string[] | undefined;
  for (const c of pod.containers) {
    const profile = c.sc?.seccompProfile;
    if (profile !== undefined) {
      if (!validSeccompType(profile.type)) {
        (explicitlyBad ??= []).push(c.name);
        values.push(profile.type);
        if (path === '') path = `${scPath(c)}.seccompProfile.type`;
      }
    } else if (!podSeccompSet) {
      (implicitlyBad ??= []).push(c.name);
    }
  }
  if (explicitlyBad !== undefined) setters.push(containerList(explicitlyBad));
  if (setters.length > 0) {
    return {
      reason: 'seccompProfile',
      detail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(values))}`,
      path,
      fix: `Set securityContext.seccompProfile.type to "RuntimeDefault" (or "Localhost") in the ${setters.join(' and ')}.`,
    };
  }
  if (implicitlyBad !== undefined) {
    return {
      reason: 'seccompProfile',
      detail: `pod or ${containerList(implicitlyBad)} must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"`,
      path: `${pod.specPath}.securityContext.seccompProfile.type`,
      fix: 'Set spec.securityContext.seccompProfile.type: RuntimeDefault at the pod level (containers inherit it).',
    };
  }
  return undefined;
}

export function seccompProfileRestricted_1_25(pod: PodView): CheckFailure | undefined {
  if (isWindowsPod(pod)) return undefined;
  return seccompProfileRestricted_1_19(pod);
}

export const seccompProfile_restricted: CheckDefinition = {
  id: 'seccompProfile_restricted',
  level: 'restricted',
  versions: [
    {minVersion: 19, check: seccompProfileRestricted_1_19, overrides: ['seccompProfile_baseline']},
    {minVersion: 25, check: seccompProfileRestricted_1_25, overrides: ['seccompProfile_baseline']},
  ],
  fix(pod) {
    const podProfile = pod.podSC?.seccompProfile;
    if (podProfile === undefined) {
      setField(ensureObject(pod.spec, 'securityContext'), 'seccompProfile', {type: 'RuntimeDefault'});
    } else {
      resetSeccompProfile(podProfile);
    }
    for (const c of pod.containers) resetSeccompProfile(c.sc?.seccompProfile);
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_seccompProfile_restricted.go`,
};
