/**
 * Check `sysctls` (Baseline), upstream `check_sysctls.go`.
 *
 * Control: Sysctls can disable security mechanisms or affect all containers on a host,
 * and should be disallowed except for an allowed "safe" subset. A sysctl is considered
 * safe if it is namespaced in the container or the Pod, and it is isolated from other
 * Pods or processes on the same Node.
 *
 * Restricted fields:
 *   spec.securityContext.sysctls[*].name
 * Allowed values (the set grows with the policy version):
 *   v1.0+   kernel.shm_rmid_forced, net.ipv4.ip_local_port_range,
 *           net.ipv4.ip_unprivileged_port_start, net.ipv4.tcp_syncookies,
 *           net.ipv4.ping_group_range
 *   v1.27+  net.ipv4.ip_local_reserved_ports
 *   v1.29+  net.ipv4.tcp_keepalive_time, net.ipv4.tcp_fin_timeout,
 *           net.ipv4.tcp_keepalive_intvl, net.ipv4.tcp_keepalive_probes
 *   v1.32+  net.ipv4.tcp_rmem, net.ipv4.tcp_wmem
 *   v1.37+  net.ipv4.tcp_slow_start_after_idle, net.ipv4.tcp_notsent_lowat
 *           (kubernetes/kubernetes#138389; this revision makes v1.37 the newest policy version)
 * Undefined/empty lists are allowed; a sysctl with an empty name is not.
 *
 * Detail format: the forbidden names in their order of appearance (duplicates kept),
 * joined with ", " and not quoted, as upstream does.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_sysctls.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("Sysctls")
 */
import type {PodView} from '../podView';
import {podScPath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, setField} from './check';

const SAFE_1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const SAFE_1_27 = [...SAFE_1_0, 'net.ipv4.ip_local_reserved_ports'];
const SAFE_1_29 = [
  ...SAFE_1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const SAFE_1_32 = [...SAFE_1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SAFE_1_37 = [...SAFE_1_32, 'net.ipv4.tcp_slow_start_after_idle', 'net.ipv4.tcp_notsent_lowat'];

/** Safe sysctls by first policy minor version, newest last. */
export const SAFE_SYSCTLS: ReadonlyArray<readonly [number, ReadonlySet<string>]> = [
  [0, new Set(SAFE_1_0)],
  [27, new Set(SAFE_1_27)],
  [29, new Set(SAFE_1_29)],
  [32, new Set(SAFE_1_32)],
  [37, new Set(SAFE_1_37)],
];

export function safeSysctlsAt(minor: number): ReadonlySet<string> {
  let found: ReadonlySet<string> = new Set(SAFE_1_0);
  for (const [since, set] of SAFE_SYSCTLS) if (minor >= since) found = set;
  return found;
}

function sysctlsCheck(safe: ReadonlySet<string>): (pod: PodView) => CheckFailure | undefined {
  return (pod) => {
    const sysctls = pod.podSC?.sysctls;
    if (sysctls === undefined || sysctls.length === 0) return undefined;
    const forbidden: string[] = [];
    let path = '';
    for (const s of sysctls) {
      if (safe.has(s.name)) continue;
      forbidden.push(s.name);
      if (path === '') path = `${podScPath(pod)}.sysctls[${s.index}].name`;
    }
    if (forbidden.length === 0) return undefined;
    return {
      reason: 'forbidden sysctls',
      detail: forbidden.join(', '),
      path,
      fix: 'Remove the unsafe sysctls from spec.securityContext.sysctls (set them on the node instead, e.g. with a tuning DaemonSet owned by the platform team).',
    };
  };
}

export const sysctls_1_0 = sysctlsCheck(safeSysctlsAt(0));
export const sysctls_1_27 = sysctlsCheck(safeSysctlsAt(27));
export const sysctls_1_29 = sysctlsCheck(safeSysctlsAt(29));
export const sysctls_1_32 = sysctlsCheck(safeSysctlsAt(32));
export const sysctls_1_37 = sysctlsCheck(safeSysctlsAt(37));

export const sysctls: CheckDefinition = {
  id: 'sysctls',
  level: 'baseline',
  versions: [
    {minVersion: 0, check: sysctls_1_0},
    {minVersion: 27, check: sysctls_1_27},
    {minVersion: 29, check: sysctls_1_29},
    {minVersion: 32, check: sysctls_1_32},
    {minVersion: 37, check: sysctls_1_37},
  ],
  fix(pod, minor) {
    const sc = pod.podSC;
    if (sc === undefined) return;
    const safe = safeSysctlsAt(minor);
    setField(
      sc.raw,
      'sysctls',
      sc.sysctls.filter((s) => safe.has(s.name)).map((s) => s.raw),
    );
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_sysctls.go`,
};
