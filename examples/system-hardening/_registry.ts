import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "system-hardening" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'system-hardening/networkpolicy-allow-egress-proxy-and-partner.yaml': {
    description:
      'An egress allow list for one app: the forward proxy in another namespace on TCP 3128 and one partner CIDR on TCP 443.',
    kinds: ['NetworkPolicy'],
  },
  'system-hardening/networkpolicy-default-deny-egress-allow-dns.yaml': {
    description: 'Namespace-wide egress: DNS to CoreDNS allowed, every other destination denied.',
    kinds: ['NetworkPolicy', 'NetworkPolicy'],
  },
  'system-hardening/networkpolicy-deny-instance-metadata.yaml': {
    description:
      'A NetworkPolicy that allows all egress except to the cloud instance metadata address 169.254.169.254, for every pod of a namespace.',
    kinds: ['NetworkPolicy'],
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
