/**
 * Check `seLinuxOptions` (Baseline), upstream `check_seLinuxOptions.go`.
 *
 * Control: Setting the SELinux type is restricted, and setting a custom SELinux user or
 * role option is forbidden.
 *
 * Restricted fields:
 *   spec.securityContext.seLinuxOptions.type
 *   spec.containers[*].securityContext.seLinuxOptions.type
 *   spec.initContainers[*].securityContext.seLinuxOptions.type
 *   spec.ephemeralContainers[*].securityContext.seLinuxOptions.type
 * Allowed values: undefined/"", container_t, container_init_t, container_kvm_t,
 *   container_engine_t (v1.31+)
 *
 * Restricted fields:
 *   spec.securityContext.seLinuxOptions.user / .role
 *   spec.containers[*].securityContext.seLinuxOptions.user / .role
 *   spec.initContainers[*].securityContext.seLinuxOptions.user / .role
 *   spec.ephemeralContainers[*].securityContext.seLinuxOptions.user / .role
 * Allowed values: undefined/""
 *
 * Versions:
 *   v1.0+   types "", container_t, container_init_t, container_kvm_t
 *   v1.31+  additionally container_engine_t
 * `level` is not restricted.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_seLinuxOptions.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("SELinux")
 */
import {joinQuote, pluralize, sortedSet} from '../goFormat';
import type {PodView, SELinuxView} from '../podView';
import {podScPath, scPath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, deleteField} from './check';

const TYPES_1_0: ReadonlySet<string> = new Set(['', 'container_t', 'container_init_t', 'container_kvm_t']);
const TYPES_1_31: ReadonlySet<string> = new Set([...TYPES_1_0, 'container_engine_t']);

/** The first forbidden field of `opts` (`type`, `user` or `role`), if any. */
function firstBadField(opts: SELinuxView, allowed: ReadonlySet<string>): 'type' | 'user' | 'role' | undefined {
  if (!allowed.has(opts.type)) return 'type';
  if (opts.user !== '') return 'user';
  return opts.role !== '' ? 'role' : undefined;
}

function checkSELinuxOptions(pod: PodView, allowed: ReadonlySet<string>): CheckFailure | undefined {
  const setters: string[] = [];
  let path = '';
  let badContainers: string[] | undefined;
  const podOpts = pod.podSC?.seLinuxOptions;
  const podBad = podOpts === undefined ? undefined : firstBadField(podOpts, allowed);
  if (podBad !== undefined) {
    setters.push('pod');
    path = `${podScPath(pod)}.seLinuxOptions.${podBad}`;
  }
  for (const c of pod.containers) {
    const opts = c.sc?.seLinuxOptions;
    const bad = opts === undefined ? undefined : firstBadField(opts, allowed);
    if (bad === undefined) continue;
    (badContainers ??= []).push(c.name);
    if (path === '') path = `${scPath(c)}.seLinuxOptions.${bad}`;
  }
  if (badContainers !== undefined) setters.push(containerList(badContainers));
  if (setters.length === 0) return undefined;
  // Aggregate over every inspected option set, like upstream does.
  const badTypes: string[] = [];
  let setUser = false;
  let setRole = false;
  const collect = (opts: SELinuxView | undefined): void => {
    if (opts === undefined) return;
    if (!allowed.has(opts.type)) badTypes.push(opts.type);
    if (opts.user !== '') setUser = true;
    if (opts.role !== '') setRole = true;
  };
  collect(podOpts);
  for (const c of pod.containers) collect(c.sc?.seLinuxOptions);
  const data: string[] = [];
  const types = sortedSet(badTypes);
  if (types.length > 0) data.push(`${pluralize('type', 'types', types.length)} ${joinQuote(types)}`);
  if (setUser) data.push('user may not be set');
  if (setRole) data.push('role may not be set');
  const allowedTypes = [...allowed].filter((t) => t !== '').join(', ');
  return {
    reason: 'seLinuxOptions',
    detail: `${setters.join(' and ')} set forbidden securityContext.seLinuxOptions: ${data.join('; ')}`,
    path,
    fix: `In securityContext.seLinuxOptions of the ${setters.join(' and ')}, remove user and role, and leave type unset or use one of ${allowedTypes}.`,
  };
}

export function seLinuxOptions_1_0(pod: PodView): CheckFailure | undefined {
  return checkSELinuxOptions(pod, TYPES_1_0);
}

export function seLinuxOptions_1_31(pod: PodView): CheckFailure | undefined {
  return checkSELinuxOptions(pod, TYPES_1_31);
}

export const seLinuxOptions: CheckDefinition = {
  id: 'seLinuxOptions',
  level: 'baseline',
  versions: [
    {minVersion: 0, check: seLinuxOptions_1_0},
    {minVersion: 31, check: seLinuxOptions_1_31},
  ],
  fix(pod, minor) {
    const allowed = minor >= 31 ? TYPES_1_31 : TYPES_1_0;
    const fixOne = (opts: SELinuxView | undefined): void => {
      if (opts === undefined) return;
      if (!allowed.has(opts.type)) deleteField(opts.raw, 'type');
      if (opts.user !== '') deleteField(opts.raw, 'user');
      if (opts.role !== '') deleteField(opts.raw, 'role');
    };
    fixOne(pod.podSC?.seLinuxOptions);
    for (const c of pod.containers) fixOne(c.sc?.seLinuxOptions);
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_seLinuxOptions.go`,
};
