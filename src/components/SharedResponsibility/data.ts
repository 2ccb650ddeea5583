/** One party in the shared-responsibility model and what it secures. */
export interface Responsibility {
  readonly party: string;
  /** Short qualifier shown under the party, e.g. "(if applicable)". */
  readonly qualifier?: string;
  readonly secures: string;
  readonly controls: readonly string[];
  /** The layer of the 4C's model the party owns. */
  readonly layer: 'Cloud' | 'Cluster' | 'Container' | 'Code' | 'All four';
}

export const responsibilities: readonly Responsibility[] = [
  {
    party: 'Cloud provider',
    qualifier: 'if applicable',
    secures:
      'The infrastructure hosting the Kubernetes cluster: data centres, hypervisors and network, and on managed services the control plane hosts and etcd.',
    controls: ['Hardware and hypervisor patching', 'Managed control plane upgrades', 'Encrypted disks and cloud IAM'],
    layer: 'Cloud',
  },
  {
    party: 'Cluster operators',
    secures:
      'Control plane security, networking and policy enforcement: API server settings, node operating systems and the rules every workload must follow.',
    controls: [
      'API server flags and audit logging',
      'RBAC and admission control',
      'Pod Security Admission labels',
      'Default-deny NetworkPolicies',
    ],
    layer: 'Cluster',
  },
  {
    party: 'Developers and DevOps teams',
    secures:
      'Application security, container hardening and runtime configuration: the images they build and the manifests they ship.',
    controls: [
      'Minimal, signed images',
      'securityContext: non-root, no privilege escalation',
      'Dependency and secret scanning in CI',
    ],
    layer: 'Container',
  },
  {
    party: 'Security teams',
    secures:
      'Continuous monitoring, detection and response to security incidents across every layer, and the standards the others are measured against.',
    controls: ['Runtime detection (e.g. Falco)', 'Audit log review and alerting', 'CIS Benchmark and compliance scans'],
    layer: 'All four',
  },
];
