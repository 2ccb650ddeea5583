/**
 * Check `seccompProfile_baseline` (Baseline), upstream `check_seccompProfile_baseline.go`.
 *
 * Control: If seccomp profiles are specified, only runtime default and localhost profiles
 * are allowed.
 *
 * v1.0 - v1.18, restricted fields:
 *   metadata.annotations['seccomp.security.alpha.kubernetes.io/pod']
 *   metadata.annotations['container.seccomp.security.alpha.kubernetes.io/<container name>']
 * Allowed values: 'runtime/default', 'docker/default', 'localhost/*', undefined
 * (for a pod template: the template's metadata annotations)
 *
 * v1.19+, restricted fields:
 *   spec.securityContext.seccompProfile.type
 *   spec.containers[*].securityContext.seccompProfile.type
 *   spec.initContainers[*].securityContext.seccompProfile.type
 *   spec.ephemeralContainers[*].securityContext.seccompProfile.type
 * Allowed values: 'RuntimeDefault', 'Localhost', undefined
 * (annotations are ignored from v1.19; since Kubernetes 1.27 the API server no longer
 * copies them into the fields either)
 *
 * At the Restricted level, from v1.19 on, this check is overridden by
 * `seccompProfile_restricted`.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_seccompProfile_baseline.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("Seccomp")
 */
import {goQuote, joinQuote, pluralize, sortedSet} from '../goFormat';
import type {PodView, ProfileView} from '../podView';
import {podScPath, scPath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, deleteField, setField} from './check';
import {isPlainObject, own} from '../../format/value';

export const SECCOMP_POD_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';
export const SECCOMP_CONTAINER_ANNOTATION_PREFIX = 'container.seccomp.security.alpha.kubernetes.io/';

export function validSeccompType(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

function validSeccompAnnotation(value: string): boolean {
  return value === 'runtime/default' || value === 'docker/default' || value.startsWith('localhost/');
}

/** The annotations the v1.0 check looks at, with their values, in upstream order. */
function seccompAnnotations(pod: PodView): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  if (pod.annotations.length === 0) return out;
  const byKey = new Map(pod.annotations);
  const podValue = byKey.get(SECCOMP_POD_ANNOTATION);
  if (podValue !== undefined) out.push([SECCOMP_POD_ANNOTATION, podValue]);
  for (const c of pod.containers) {
    const key = SECCOMP_CONTAINER_ANNOTATION_PREFIX + c.name;
    const value = byKey.get(key);
    if (value !== undefined) out.push([key, value]);
  }
  return out;
}

export function annotationPath(pod: PodView, key: string): string {
  return `${pod.metaPath}.annotations[${JSON.stringify(key)}]`;
}

export function seccompProfileBaseline_1_0(pod: PodView): CheckFailure | undefined {
  const forbidden: string[] = [];
  let path = '';
  for (const [key, value] of seccompAnnotations(pod)) {
    if (validSeccompAnnotation(value)) continue;
    forbidden.push(`${key}=${goQuote(value)}`);
    if (path === '') path = annotationPath(pod, key);
  }
  if (forbidden.length === 0) return undefined;
  const set = sortedSet(forbidden);
  return {
    reason: 'seccompProfile',
    detail: `forbidden ${pluralize('annotation', 'annotations', set.length)} ${set.join(', ')}`,
    path,
    fix: 'Set the seccomp annotations to "runtime/default" (or "localhost/<profile>"), or remove them.',
  };
}

export function seccompProfileBaseline_1_19(pod: PodView): CheckFailure | undefined {
  const setters: string[] = [];
  const values: string[] = [];
  let path = '';
  const podProfile = pod.podSC?.seccompProfile;
  if (podProfile !== undefined && !validSeccompType(podProfile.type)) {
    setters.push('pod');
    values.push(podProfile.type);
    path = `${podScPath(pod)}.seccompProfile.type`;
  }
  let bad: string[] | undefined;
  for (const c of pod.containers) {
    const profile = c.sc?.seccompProfile;
    if (profile === undefined || validSeccompType(profile.type)) continue;
    (bad ??= []).push(c.name);
    values.push(profile.type);
    if (path === '') path = `${scPath(c)}.seccompProfile.type`;
  }
  if (bad !== undefined) setters.push(containerList(bad));
  if (setters.length === 0) return undefined;
  return {
    reason: 'seccompProfile',
    detail: `${setters.join(' and ')} must not set securityContext.seccompProfile.type to ${joinQuote(sortedSet(values))}`,
    path,
    fix: `Set securityContext.seccompProfile.type to "RuntimeDefault" (or "Localhost") in the ${setters.join(' and ')}.`,
  };
}

/** Replaces a profile whose type is not allowed by `{type: RuntimeDefault}`. */
export function resetSeccompProfile(profile: ProfileView | undefined): void {
  if (profile === undefined || validSeccompType(profile.type)) return;
  setField(profile.raw, 'type', 'RuntimeDefault');
  deleteField(profile.raw, 'localhostProfile');
}

export const seccompProfile_baseline: CheckDefinition = {
  id: 'seccompProfile_baseline',
  level: 'baseline',
  versions: [
    {minVersion: 0, check: seccompProfileBaseline_1_0},
    {minVersion: 19, check: seccompProfileBaseline_1_19},
  ],
  fix(pod, minor) {
    if (minor < 19) {
      const annotations = pod.meta === undefined ? undefined : own(pod.meta, 'annotations');
      if (!isPlainObject(annotations)) return;
      for (const [key, value] of seccompAnnotations(pod)) {
        if (!validSeccompAnnotation(value)) setField(annotations, key, 'runtime/default');
      }
      return;
    }
    resetSeccompProfile(pod.podSC?.seccompProfile);
    for (const c of pod.containers) resetSeccompProfile(c.sc?.seccompProfile);
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_seccompProfile_baseline.go`,
};
