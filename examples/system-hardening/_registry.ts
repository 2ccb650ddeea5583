import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "system-hardening" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'system-hardening/apparmor-profile-deny-write.yaml': {
    description:
      'The AppArmor profile k8s-deny-write (all file access, writes denied) kept as a ConfigMap; copied to /etc/apparmor.d on nodes and loaded with apparmor_parser.',
    kinds: ['ConfigMap'],
  },
  'system-hardening/baseline-fails-unsafe-sysctl-pod.yaml': {
    description:
      'Pod that sets the unsafe sysctl net.core.somaxconn, steered to nodes that allow it; fails the Baseline sysctls control.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'system-hardening/networkpolicy-allow-egress-proxy-and-partner.yaml': {
    description:
      'An egress allow list for one app: the forward proxy in another namespace on TCP 3128 and one partner CIDR on TCP 443.',
    kinds: ['NetworkPolicy'],
  },
  'system-hardening/networkpolicy-default-deny-egress-allow-dns.yaml': {
    description: 'Namespace-wide egress: DNS to CoreDNS allowed, every other destination denied.',
    kinds: ['NetworkPolicy', 'NetworkPolicy'],
  },
  'system-hardening/restricted-passes-apparmor-localhost-pod.yaml': {
    description:
      'Pod whose container runs under the node-local AppArmor profile k8s-deny-write (type Localhost), with RuntimeDefault as the pod default; meets Restricted.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'system-hardening/restricted-passes-azure-workload-identity.yaml': {
    description:
      'AKS Workload ID: a ServiceAccount annotated with a managed identity client ID and a restricted Deployment labelled to opt in.',
    kinds: ['ServiceAccount', 'Deployment'],
    pss: 'restricted',
  },
  'system-hardening/restricted-passes-egress-test-pod.yaml': {
    description: 'A restricted busybox pod without an app label, used to test namespace egress policies.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'system-hardening/restricted-passes-net-bind-service-pod.yaml': {
    description:
      'Non-root Caddy on port 80 with all capabilities dropped and only NET_BIND_SERVICE added; meets Restricted.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'system-hardening/restricted-passes-safe-sysctl-pod.yaml': {
    description:
      'Non-root busybox httpd on port 80 with no capabilities, using the safe sysctl net.ipv4.ip_unprivileged_port_start=80; meets Restricted.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'system-hardening/restricted-passes-seccomp-localhost-pod.yaml': {
    description:
      'Pod that runs under the node-local seccomp profile profiles/audit.json (log every system call) to record what the workload uses; meets Restricted.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'system-hardening/seccomp-profiles.yaml': {
    description:
      'Two seccomp profiles as a ConfigMap: audit.json (SCMP_ACT_LOG, for recording) and block-all.json (SCMP_ACT_ERRNO, to prove enforcement); copied to /var/lib/kubelet/seccomp/profiles on nodes.',
    kinds: ['ConfigMap'],
  },
  'system-hardening/service-loadbalancer-source-ranges.yaml': {
    description:
      'A LoadBalancer Service limited to one source range with loadBalancerSourceRanges, without node ports.',
    kinds: ['Service'],
  },
  'system-hardening/serviceaccount-eks-irsa.yaml': {
    description: 'EKS IRSA: a ServiceAccount annotated with the IAM role ARN it may assume.',
    kinds: ['ServiceAccount'],
  },
  'system-hardening/serviceaccount-gke-workload-identity.yaml': {
    description:
      'GKE Workload Identity Federation: a ServiceAccount annotated with the IAM service account it impersonates.',
    kinds: ['ServiceAccount'],
  },
};
