import {describe, expect, it} from 'vitest';
import type {CheckId} from '../types';
import {CHECKS} from './index';
import {podView, revisionAt} from './testing';

/**
 * The reason and detail of every check, word for word as upstream writes them
 * (kubernetes/pod-security-admission `policy/check_*.go`, read at commit
 * 8f84a87c of July 2026). One case per message format: singular and plural
 * forms, and the order in which upstream joins the parts. The checks' own
 * tests cover their logic; this table only guards the wording, which the
 * checker promises is upstream's.
 */
interface Case {
  readonly check: CheckId;
  readonly minor: number;
  readonly spec: unknown;
  readonly metadata?: unknown;
  readonly reason: string;
  readonly detail: string;
}

const c = (name: string, securityContext?: unknown, extra: object = {}): object => ({
  name,
  image: 'app:1',
  ...(securityContext === undefined ? {} : {securityContext}),
  ...extra,
});

const CASES: readonly Case[] = [
  {
    check: 'privileged',
    minor: 37,
    spec: {containers: [c('a', {privileged: true}), c('b', {privileged: true})]},
    reason: 'privileged',
    detail: 'containers "a", "b" must not set securityContext.privileged=true',
  },
  {
    check: 'hostNamespaces',
    minor: 37,
    spec: {hostIPC: true, hostPID: true, hostNetwork: true, containers: [c('a')]},
    reason: 'host namespaces',
    detail: 'hostNetwork=true, hostPID=true, hostIPC=true',
  },
  {
    check: 'hostNamespaces',
    minor: 37,
    spec: {hostIPC: true, containers: [c('a')]},
    reason: 'host namespaces',
    detail: 'hostIPC=true',
  },
  {
    check: 'hostPathVolumes',
    minor: 37,
    spec: {containers: [c('a')], volumes: [{name: 'root', hostPath: {path: '/'}}]},
    reason: 'hostPath volumes',
    detail: 'volume "root"',
  },
  {
    check: 'hostPorts',
    minor: 37,
    spec: {
      containers: [
        c('a', undefined, {
          ports: [
            {containerPort: 80, hostPort: 8080},
            {containerPort: 9, hostPort: 443},
          ],
        }),
      ],
    },
    reason: 'hostPort',
    detail: 'container "a" uses hostPorts 443, 8080',
  },
  {
    check: 'hostProbesAndHostLifecycle',
    minor: 37,
    spec: {
      containers: [
        c('b', undefined, {readinessProbe: {httpGet: {host: '10.0.0.1', port: 80}}}),
        c('a', undefined, {livenessProbe: {tcpSocket: {host: '10.0.0.1', port: 80}}}),
      ],
    },
    reason: 'probe or lifecycle host',
    detail: 'containers "a", "b" use probe or lifecycle host "10.0.0.1"',
  },
  {
    check: 'capabilities_baseline',
    minor: 37,
    spec: {containers: [c('a', {capabilities: {add: ['SYS_ADMIN', 'NET_ADMIN', 'CHOWN']}})]},
    reason: 'non-default capabilities',
    detail: 'container "a" must not include "NET_ADMIN", "SYS_ADMIN" in securityContext.capabilities.add',
  },
  {
    check: 'capabilities_restricted',
    minor: 37,
    spec: {containers: [c('a'), c('b', {capabilities: {drop: ['ALL'], add: ['CHOWN']}})]},
    reason: 'unrestricted capabilities',
    detail:
      'container "a" must set securityContext.capabilities.drop=["ALL"]; container "b" must not include "CHOWN" in securityContext.capabilities.add',
  },
  {
    check: 'procMount',
    minor: 37,
    spec: {containers: [c('a', {procMount: 'Unmasked'})]},
    reason: 'procMount',
    detail: 'container "a" must not set securityContext.procMount to "Unmasked"',
  },
  {
    check: 'procMount_restricted',
    minor: 37,
    spec: {hostUsers: false, containers: [c('a', {procMount: 'Unmasked'}), c('b', {procMount: 'Unmasked'})]},
    reason: 'procMount',
    detail: 'containers "a", "b" must not set securityContext.procMount to "Unmasked"',
  },
  {
    check: 'seLinuxOptions',
    minor: 37,
    spec: {
      securityContext: {seLinuxOptions: {type: 'spc_t'}},
      containers: [c('a', {seLinuxOptions: {user: 'root', role: 'sysadm_r'}})],
    },
    reason: 'seLinuxOptions',
    detail:
      'pod and container "a" set forbidden securityContext.seLinuxOptions: type "spc_t"; user may not be set; role may not be set',
  },
  {
    check: 'seccompProfile_baseline',
    minor: 37,
    spec: {securityContext: {seccompProfile: {type: 'Unconfined'}}, containers: [c('a')]},
    reason: 'seccompProfile',
    detail: 'pod must not set securityContext.seccompProfile.type to "Unconfined"',
  },
  {
    check: 'seccompProfile_baseline',
    minor: 18,
    spec: {containers: [c('a')]},
    metadata: {annotations: {'seccomp.security.alpha.kubernetes.io/pod': 'unconfined'}},
    reason: 'seccompProfile',
    detail: 'forbidden annotation seccomp.security.alpha.kubernetes.io/pod="unconfined"',
  },
  {
    check: 'seccompProfile_restricted',
    minor: 37,
    spec: {containers: [c('a'), c('b')]},
    reason: 'seccompProfile',
    detail:
      'pod or containers "a", "b" must set securityContext.seccompProfile.type to "RuntimeDefault" or "Localhost"',
  },
  {
    check: 'appArmorProfile',
    minor: 37,
    spec: {containers: [c('a', {appArmorProfile: {type: 'Unconfined'}})]},
    metadata: {annotations: {'container.apparmor.security.beta.kubernetes.io/a': 'unconfined'}},
    reason: 'forbidden AppArmor profiles',
    detail:
      'container "a" and annotation must not set AppArmor profile type to "Unconfined", "container.apparmor.security.beta.kubernetes.io/a="unconfined""',
  },
  {
    check: 'sysctls',
    minor: 37,
    spec: {
      securityContext: {
        sysctls: [
          {name: 'kernel.msgmax', value: '1'},
          {name: 'net.ipv4.tcp_syncookies', value: '1'},
          {name: 'kernel.core_pattern', value: 'x'},
        ],
      },
      containers: [c('a')],
    },
    reason: 'forbidden sysctls',
    detail: 'kernel.msgmax, kernel.core_pattern',
  },
  {
    check: 'windowsHostProcess',
    minor: 37,
    spec: {
      securityContext: {windowsOptions: {hostProcess: true}},
      hostNetwork: true,
      containers: [c('a', {windowsOptions: {hostProcess: true}})],
    },
    reason: 'hostProcess',
    detail: 'pod and container "a" must not set securityContext.windowsOptions.hostProcess=true',
  },
  {
    check: 'allowPrivilegeEscalation',
    minor: 37,
    spec: {containers: [c('a'), c('b', {allowPrivilegeEscalation: true})]},
    reason: 'allowPrivilegeEscalation != false',
    detail: 'containers "a", "b" must set securityContext.allowPrivilegeEscalation=false',
  },
  {
    check: 'runAsNonRoot',
    minor: 37,
    spec: {securityContext: {runAsNonRoot: false}, containers: [c('a', {runAsNonRoot: false})]},
    reason: 'runAsNonRoot != true',
    detail: 'pod and container "a" must not set securityContext.runAsNonRoot=false',
  },
  {
    check: 'runAsNonRoot',
    minor: 37,
    spec: {containers: [c('a')]},
    reason: 'runAsNonRoot != true',
    detail: 'pod or container "a" must set securityContext.runAsNonRoot=true',
  },
  {
    check: 'runAsUser',
    minor: 37,
    spec: {securityContext: {runAsUser: 0}, containers: [c('a', {runAsUser: 0}), c('b', {runAsUser: 0})]},
    reason: 'runAsUser=0',
    detail: 'pod and containers "a", "b" must not set runAsUser=0',
  },
  {
    check: 'restrictedVolumes',
    minor: 37,
    spec: {
      containers: [c('a')],
      volumes: [
        {name: 'x', hostPath: {path: '/'}},
        {name: 'y', nfs: {server: 'n', path: '/'}},
      ],
    },
    reason: 'restricted volume types',
    detail: 'volumes "x", "y" use restricted volume types "hostPath", "nfs"',
  },
];

describe('reason and detail strings match upstream policy/check_*.go', () => {
  it('covers every check at least once', () => {
    const covered = new Set(CASES.map((k) => k.check));
    const missing = Object.keys(CHECKS).filter((id) => !covered.has(id as CheckId));
    expect(missing).toEqual([]);
    expect(CASES.length).toBeGreaterThan(18);
  });

  it.each(CASES.map((k) => [`${k.check} at v1.${k.minor}: ${k.detail}`, k] as const))('%s', (_, k) => {
    const result = revisionAt(CHECKS[k.check], k.minor)(podView(k.spec, k.metadata));
    expect(result).toBeDefined();
    expect(result?.reason).toBe(k.reason);
    expect(result?.detail).toBe(k.detail);
  });
});
