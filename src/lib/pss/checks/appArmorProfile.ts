/**
 * Check `appArmorProfile` (Baseline), upstream `check_appArmorProfile.go`.
 *
 * Control: On supported hosts, the `RuntimeDefault` AppArmor profile is applied by
 * default. The baseline policy should prevent overriding or disabling the default
 * AppArmor profile, or restrict overrides to an allowed set of profiles.
 *
 * Restricted fields:
 *   metadata.annotations['container.apparmor.security.beta.kubernetes.io/*']
 * Allowed values: 'runtime/default', 'localhost/*', empty, undefined
 * (for a pod template: the template's metadata annotations)
 *
 * Restricted fields:
 *   spec.securityContext.appArmorProfile.type
 *   spec.containers[*].securityContext.appArmorProfile.type
 *   spec.initContainers[*].securityContext.appArmorProfile.type
 *   spec.ephemeralContainers[*].securityContext.appArmorProfile.type
 * Allowed values: 'RuntimeDefault', 'Localhost', undefined
 *
 * API server behaviour: for a Pod (not a template), since Kubernetes 1.30 the API server
 * copies each container's deprecated annotation into `appArmorProfile` before admission
 * (`applyAppArmorVersionSkew`, see podView.ts), so an annotated Pod is reported for the
 * container field and the annotation, exactly as `kubectl` shows; `path` then still
 * points at the annotation the user wrote.
 *
 * Versions: a single implementation with MinimumVersion v1.0 that checks BOTH the
 * deprecated annotations and the `appArmorProfile` fields. The fields appeared in
 * Kubernetes 1.30 (AppArmor fields API, kubernetes/kubernetes#123435), but upstream
 * patched the field check into the v1.0 revision instead of adding a v1.30 revision, so a
 * current API server applies it at every pinned policy version; we do the same. The
 * annotations are still checked at every version, including `latest`.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_appArmorProfile.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("AppArmor")
 */
import {goQuote, joinQuote, pluralize, sortedSet, compareGo} from '../goFormat';
import type {PodView, ProfileView} from '../podView';
import {podScPath, scPath} from '../podView';
import {annotationPath} from './seccompProfile_baseline';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, deleteField, setField} from './check';
import {isPlainObject, own} from '../../format/value';

export const APPARMOR_ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

function allowedAnnotationValue(value: string): boolean {
  return value === '' || value === 'runtime/default' || value.startsWith('localhost/');
}

function allowedProfileType(type: string): boolean {
  return type === 'RuntimeDefault' || type === 'Localhost';
}

export function appArmorProfile_1_0(pod: PodView): CheckFailure | undefined {
  const setters: string[] = [];
  const badTypes: string[] = [];
  let path = '';
  const podProfile = pod.podSC?.appArmorProfile;
  if (podProfile !== undefined && !allowedProfileType(podProfile.type)) {
    setters.push('pod');
    badTypes.push(podProfile.type);
    path = `${podScPath(pod)}.appArmorProfile.type`;
  }
  let bad: string[] | undefined;
  for (const c of pod.containers) {
    const profile = c.sc?.appArmorProfile;
    if (profile === undefined || allowedProfileType(profile.type)) continue;
    (bad ??= []).push(c.name);
    badTypes.push(profile.type);
    if (path === '') path = profile.origin ?? `${scPath(c)}.appArmorProfile.type`;
  }
  if (bad !== undefined) setters.push(containerList(bad));
  const badAnnotations: string[] = [];
  let firstAnnotation: string | undefined;
  for (const [key, value] of pod.annotations) {
    if (!key.startsWith(APPARMOR_ANNOTATION_PREFIX) || allowedAnnotationValue(value)) continue;
    badAnnotations.push(`${key}=${goQuote(value)}`);
    if (firstAnnotation === undefined || compareGo(key, firstAnnotation) < 0) firstAnnotation = key;
  }
  const values = sortedSet(badTypes);
  if (badAnnotations.length > 0) {
    badAnnotations.sort(compareGo);
    values.push(...badAnnotations);
    setters.push(pluralize('annotation', 'annotations', badAnnotations.length));
    if (path === '' && firstAnnotation !== undefined) path = annotationPath(pod, firstAnnotation);
  }
  if (setters.length === 0) return undefined;
  return {
    reason: pluralize('forbidden AppArmor profile', 'forbidden AppArmor profiles', values.length),
    detail: `${setters.join(' and ')} must not set AppArmor profile type to ${joinQuote(values)}`,
    path,
    fix: `Set appArmorProfile.type to "RuntimeDefault" (or "Localhost") in the ${setters.join(' and ')}; AppArmor annotations may only be "runtime/default" or "localhost/<profile>".`,
  };
}

function resetProfile(profile: ProfileView | undefined): void {
  if (profile === undefined || allowedProfileType(profile.type)) return;
  setField(profile.raw, 'type', 'RuntimeDefault');
  deleteField(profile.raw, 'localhostProfile');
}

export const appArmorProfile: CheckDefinition = {
  id: 'appArmorProfile',
  level: 'baseline',
  versions: [{minVersion: 0, check: appArmorProfile_1_0}],
  fix(pod) {
    resetProfile(pod.podSC?.appArmorProfile);
    for (const c of pod.containers) resetProfile(c.sc?.appArmorProfile);
    const annotations = pod.meta === undefined ? undefined : own(pod.meta, 'annotations');
    if (!isPlainObject(annotations)) return;
    for (const [key, value] of pod.annotations) {
      if (key.startsWith(APPARMOR_ANNOTATION_PREFIX) && !allowedAnnotationValue(value)) {
        setField(annotations, key, 'runtime/default');
      }
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_appArmorProfile.go`,
};
