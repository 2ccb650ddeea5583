import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "pod-security" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'pod-security/baseline-fails-host-network.yaml': {
    description:
      'Pod that shares the node network namespace (hostNetwork: true); fails the Baseline host-namespaces control.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'pod-security/baseline-fails-host-path.yaml': {
    description:
      'Pod that mounts /var/log from the node through a hostPath volume; fails the Baseline hostPath control.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'pod-security/baseline-fails-privileged-container.yaml': {
    description: 'Pod with a privileged container; fails the Baseline privileged-containers control.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'pod-security/baseline-fails-probe-host.yaml': {
    description:
      'Pod whose liveness probe targets another host (169.254.169.254); fails the Baseline probe and lifecycle host control (v1.34+).',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'pod-security/baseline-fails-sys-admin-capability.yaml': {
    description: 'Pod that adds the SYS_ADMIN capability; fails the Baseline capabilities control.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'pod-security/baseline-passes-root-nginx.yaml': {
    description:
      'Official nginx image running as root with four Baseline-allowed capabilities; meets Baseline but not Restricted.',
    kinds: ['Pod'],
    pss: 'baseline',
  },
  'pod-security/restricted-fails-capabilities-not-dropped.yaml': {
    description:
      'Pod that keeps the runtime default capabilities (no drop: ["ALL"]); fails the Restricted capabilities control.',
    kinds: ['Pod'],
    pss: 'baseline',
  },
  'pod-security/restricted-fails-nfs-volume.yaml': {
    description: 'Pod with an inline nfs volume; meets Baseline, fails the Restricted volume-types control.',
    kinds: ['Pod'],
    pss: 'baseline',
  },
  'pod-security/restricted-fails-no-seccomp.yaml': {
    description: 'Pod without any seccomp profile; meets Baseline, fails the Restricted seccomp control.',
    kinds: ['Pod'],
    pss: 'baseline',
  },
  'pod-security/restricted-fails-privilege-escalation.yaml': {
    description:
      'Pod whose container does not set allowPrivilegeEscalation: false; fails the Restricted privilege-escalation control.',
    kinds: ['Pod'],
    pss: 'baseline',
  },
  'pod-security/restricted-fails-run-as-root.yaml': {
    description:
      'Pod that runs as UID 0 without runAsNonRoot; fails the Restricted runAsNonRoot and runAsUser controls.',
    kinds: ['Pod'],
    pss: 'baseline',
  },
  'pod-security/restricted-passes-deployment.yaml': {
    description:
      'Deployment whose pod template meets Restricted, with a read-only root filesystem and an emptyDir for /tmp.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'pod-security/restricted-passes-hardened-pod.yaml': {
    description:
      'Hardened nginx-unprivileged Pod that meets Restricted: non-root, no escalation, no capabilities, RuntimeDefault seccomp.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
};
