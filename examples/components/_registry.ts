import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "components" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'components/authentication-config-anonymous-health-only.yaml': {
    description:
      'kube-apiserver --authentication-config that allows anonymous requests only on /livez, /readyz and /healthz.',
    kinds: ['AuthenticationConfiguration'],
  },
  'components/baseline-fails-etcd-static-pod.yaml': {
    description: 'Hardened etcd static pod: client and peer mutual TLS, no auto-TLS, metrics on loopback only.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'components/baseline-fails-hostpath-volume.yaml': {
    description: 'A log collector that mounts the node root filesystem with hostPath; Baseline rejects it.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'components/baseline-fails-kube-apiserver-static-pod.yaml': {
    description:
      'Hardened kube-apiserver static pod: Node,RBAC, NodeRestriction, kubelet CA, etcd mTLS, encryption, audit, profiling off.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'components/baseline-fails-kube-controller-manager-static-pod.yaml': {
    description:
      'Hardened kube-controller-manager static pod: loopback bind, profiling off, per-controller service account credentials.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'components/baseline-fails-kube-scheduler-static-pod.yaml': {
    description: 'Hardened kube-scheduler static pod: loopback bind on 10259, profiling off, delegated authn/authz.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'components/clusterrole-kubelet-metrics-reader.yaml': {
    description: 'ClusterRole and binding that give a monitoring agent kubelet metrics and stats without nodes/proxy.',
    kinds: ['ClusterRole', 'ClusterRoleBinding'],
  },
  'components/default-deny-ingress-np-test.yaml': {
    description:
      'Ingress default-deny for the np-test namespace, used to check that the CNI plugin enforces NetworkPolicy.',
    kinds: ['NetworkPolicy'],
  },
  'components/kube-proxy-config-nftables.yaml': {
    description:
      'KubeProxyConfiguration in nftables mode with metrics on loopback and NodePorts limited to primary node IPs.',
    kinds: ['KubeProxyConfiguration'],
  },
  'components/kubelet-config-hardened.yaml': {
    description:
      'Hardened KubeletConfiguration: no anonymous access, Webhook authz, read-only port off, cert rotation, seccomp default.',
    kinds: ['KubeletConfiguration'],
  },
  'components/restricted-passes-gvisor-sandboxed-pod.yaml': {
    description: 'Untrusted workload that runs in the gVisor RuntimeClass and meets Restricted.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'components/restricted-passes-pvc-and-projected-volumes.yaml': {
    description: 'ReadWriteOncePod claim and a Restricted pod that mounts it plus a projected, audience-bound token.',
    kinds: ['PersistentVolumeClaim', 'Pod'],
    pss: 'restricted',
  },
  'components/restricted-passes-user-namespace-pod.yaml': {
    description: 'Pod with hostUsers: false (user namespace) that meets Restricted.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'components/runtimeclass-gvisor.yaml': {
    description: 'RuntimeClass for gVisor (runsc) with pod overhead and scheduling to sandbox-capable nodes.',
    kinds: ['RuntimeClass'],
  },
  'components/storageclass-encrypted-retain.yaml': {
    description: 'StorageClass for the AWS EBS CSI driver with KMS encryption, Retain and WaitForFirstConsumer.',
    kinds: ['StorageClass'],
  },
};
