import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "fundamentals" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'fundamentals/baseline-fails-node-takeover-pod.yaml': {
    description:
      'The classic node-takeover Pod: hostPID, hostNetwork, hostIPC, privileged and a hostPath mount of /. Admitted only at the Privileged level.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'fundamentals/default-deny-with-dns.yaml': {
    description: 'Default-deny ingress and egress for a namespace, plus one policy that allows DNS to CoreDNS.',
    kinds: ['NetworkPolicy', 'NetworkPolicy'],
  },
  'fundamentals/deny-egress-to-cloud-metadata.yaml': {
    description:
      'NetworkPolicy that keeps in-cluster and internet egress open but blocks the cloud metadata endpoint 169.254.169.254.',
    kinds: ['NetworkPolicy'],
  },
  'fundamentals/namespace-enforce-restricted.yaml': {
    description: 'Namespace labeled so Pod Security Admission enforces, warns and audits at the Restricted level.',
    kinds: ['Namespace'],
  },
  'fundamentals/namespace-quota-and-limits.yaml': {
    description:
      'ResourceQuota and LimitRange that cap a namespace (CPU, memory, storage, object counts, no NodePort or LoadBalancer Services) against denial of service.',
    kinds: ['ResourceQuota', 'LimitRange'],
  },
  'fundamentals/restricted-passes-hardened-deployment.yaml': {
    description:
      'Deployment that meets Restricted: non-root, no privilege escalation, all capabilities dropped, RuntimeDefault seccomp, read-only root filesystem, no service account token.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'fundamentals/role-read-one-secret.yaml': {
    description: 'Role and RoleBinding that let one service account get a single named Secret, and nothing else.',
    kinds: ['Role', 'RoleBinding'],
  },
};
