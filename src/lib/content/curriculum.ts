/**
 * The CKS (v1.34) and KCSA (June 2024) competencies, restated in short form.
 * Source: shared/reference/curriculum.md (restating the CNCF curriculum PDFs).
 * IDs are stable keys used in article front matter (`curriculum:`) so coverage
 * can be computed. Keep in sync with the reference when the curricula change.
 */

export type Exam = 'CKS' | 'KCSA';

export interface Domain {
  readonly id: string;
  readonly exam: Exam;
  readonly title: string;
  /** Weight of the domain in the exam, in percent. */
  readonly weight: number;
}

export interface Competency {
  readonly id: string;
  readonly domain: string;
  readonly title: string;
}

export const domains: readonly Domain[] = [
  {id: 'CKS-1', exam: 'CKS', title: 'Cluster Setup', weight: 15},
  {id: 'CKS-2', exam: 'CKS', title: 'Cluster Hardening', weight: 15},
  {id: 'CKS-3', exam: 'CKS', title: 'System Hardening', weight: 10},
  {id: 'CKS-4', exam: 'CKS', title: 'Minimize Microservice Vulnerabilities', weight: 20},
  {id: 'CKS-5', exam: 'CKS', title: 'Supply Chain Security', weight: 20},
  {id: 'CKS-6', exam: 'CKS', title: 'Monitoring, Logging and Runtime Security', weight: 20},
  {id: 'KCSA-1', exam: 'KCSA', title: 'Overview of Cloud Native Security', weight: 14},
  {id: 'KCSA-2', exam: 'KCSA', title: 'Kubernetes Cluster Component Security', weight: 22},
  {id: 'KCSA-3', exam: 'KCSA', title: 'Kubernetes Security Fundamentals', weight: 22},
  {id: 'KCSA-4', exam: 'KCSA', title: 'Kubernetes Threat Model', weight: 16},
  {id: 'KCSA-5', exam: 'KCSA', title: 'Platform Security', weight: 16},
  {id: 'KCSA-6', exam: 'KCSA', title: 'Compliance and Security Frameworks', weight: 10},
];

export const competencies: readonly Competency[] = [
  {id: 'CKS-1.1', domain: 'CKS-1', title: 'Use NetworkPolicies to restrict access at cluster level'},
  {
    id: 'CKS-1.2',
    domain: 'CKS-1',
    title: 'Review security configuration of etcd, kubelet, kube-dns and kube-apiserver with the CIS Benchmark',
  },
  {id: 'CKS-1.3', domain: 'CKS-1', title: 'Set up Ingress objects correctly with TLS'},
  {id: 'CKS-1.4', domain: 'CKS-1', title: 'Protect node metadata and node endpoints'},
  {id: 'CKS-1.5', domain: 'CKS-1', title: 'Verify platform binaries before deploying them'},
  {id: 'CKS-2.1', domain: 'CKS-2', title: 'Use RBAC to minimise exposure'},
  {id: 'CKS-2.2', domain: 'CKS-2', title: 'Be careful with service accounts: disable defaults, keep new ones minimal'},
  {id: 'CKS-2.3', domain: 'CKS-2', title: 'Restrict access to the Kubernetes API'},
  {id: 'CKS-2.4', domain: 'CKS-2', title: 'Upgrade Kubernetes to avoid known vulnerabilities'},
  {id: 'CKS-3.1', domain: 'CKS-3', title: 'Minimise the host OS footprint (reduce attack surface)'},
  {id: 'CKS-3.2', domain: 'CKS-3', title: 'Apply least-privilege identity and access management'},
  {id: 'CKS-3.3', domain: 'CKS-3', title: 'Minimise external network access'},
  {id: 'CKS-3.4', domain: 'CKS-3', title: 'Use kernel hardening tools such as AppArmor and seccomp appropriately'},
  {id: 'CKS-4.1', domain: 'CKS-4', title: 'Use the appropriate Pod Security Standards'},
  {id: 'CKS-4.2', domain: 'CKS-4', title: 'Manage Kubernetes Secrets'},
  {
    id: 'CKS-4.3',
    domain: 'CKS-4',
    title: 'Understand and implement isolation (multi-tenancy, sandboxed containers, …)',
  },
  {id: 'CKS-4.4', domain: 'CKS-4', title: 'Implement Pod-to-Pod encryption (Cilium, Istio)'},
  {id: 'CKS-5.1', domain: 'CKS-5', title: 'Minimise base image footprint'},
  {id: 'CKS-5.2', domain: 'CKS-5', title: 'Understand the supply chain (SBOM, CI/CD, artifact repositories)'},
  {id: 'CKS-5.3', domain: 'CKS-5', title: 'Secure the supply chain (allowed registries, sign and verify artifacts, …)'},
  {id: 'CKS-5.4', domain: 'CKS-5', title: 'Static analysis of workloads and images (e.g. Kubesec, KubeLinter)'},
  {id: 'CKS-6.1', domain: 'CKS-6', title: 'Use behavioural analytics to detect malicious activity'},
  {
    id: 'CKS-6.2',
    domain: 'CKS-6',
    title: 'Detect threats across physical infrastructure, apps, networks, data, users and workloads',
  },
  {id: 'CKS-6.3', domain: 'CKS-6', title: 'Investigate and identify attack phases and bad actors in the environment'},
  {id: 'CKS-6.4', domain: 'CKS-6', title: 'Keep containers immutable at runtime'},
  {id: 'CKS-6.5', domain: 'CKS-6', title: 'Monitor access with Kubernetes audit logs'},
  {id: 'KCSA-1.1', domain: 'KCSA-1', title: 'The 4Cs of cloud native security (cloud, cluster, container, code)'},
  {id: 'KCSA-1.2', domain: 'KCSA-1', title: 'Cloud provider and infrastructure security'},
  {id: 'KCSA-1.3', domain: 'KCSA-1', title: 'Security controls and frameworks'},
  {id: 'KCSA-1.4', domain: 'KCSA-1', title: 'Isolation techniques'},
  {id: 'KCSA-1.5', domain: 'KCSA-1', title: 'Artifact repository and image security'},
  {id: 'KCSA-1.6', domain: 'KCSA-1', title: 'Workload and application code security'},
  {id: 'KCSA-2.1', domain: 'KCSA-2', title: 'API server'},
  {id: 'KCSA-2.2', domain: 'KCSA-2', title: 'Controller manager'},
  {id: 'KCSA-2.3', domain: 'KCSA-2', title: 'Scheduler'},
  {id: 'KCSA-2.4', domain: 'KCSA-2', title: 'Kubelet'},
  {id: 'KCSA-2.5', domain: 'KCSA-2', title: 'Container runtime'},
  {id: 'KCSA-2.6', domain: 'KCSA-2', title: 'kube-proxy'},
  {id: 'KCSA-2.7', domain: 'KCSA-2', title: 'Pod'},
  {id: 'KCSA-2.8', domain: 'KCSA-2', title: 'etcd'},
  {id: 'KCSA-2.9', domain: 'KCSA-2', title: 'Container networking (CNI)'},
  {id: 'KCSA-2.10', domain: 'KCSA-2', title: 'Client security (e.g. kubeconfig, credentials)'},
  {id: 'KCSA-2.11', domain: 'KCSA-2', title: 'Storage'},
  {id: 'KCSA-3.1', domain: 'KCSA-3', title: 'Pod Security Standards'},
  {id: 'KCSA-3.2', domain: 'KCSA-3', title: 'Pod Security Admission'},
  {id: 'KCSA-3.3', domain: 'KCSA-3', title: 'Authentication (teach AuthZ/RBAC here too)'},
  {id: 'KCSA-3.4', domain: 'KCSA-3', title: 'Secrets'},
  {id: 'KCSA-3.5', domain: 'KCSA-3', title: 'Isolation and segmentation'},
  {id: 'KCSA-3.6', domain: 'KCSA-3', title: 'Audit logging'},
  {id: 'KCSA-3.7', domain: 'KCSA-3', title: 'Network Policy'},
  {id: 'KCSA-4.1', domain: 'KCSA-4', title: 'Trust boundaries and data flow'},
  {id: 'KCSA-4.2', domain: 'KCSA-4', title: 'Persistence'},
  {id: 'KCSA-4.3', domain: 'KCSA-4', title: 'Denial of service'},
  {id: 'KCSA-4.4', domain: 'KCSA-4', title: 'Malicious code execution and compromised applications in containers'},
  {id: 'KCSA-4.5', domain: 'KCSA-4', title: 'Attacker on the network'},
  {id: 'KCSA-4.6', domain: 'KCSA-4', title: 'Access to sensitive data'},
  {id: 'KCSA-4.7', domain: 'KCSA-4', title: 'Privilege escalation'},
  {id: 'KCSA-5.1', domain: 'KCSA-5', title: 'Supply chain security'},
  {id: 'KCSA-5.2', domain: 'KCSA-5', title: 'Image repository'},
  {id: 'KCSA-5.3', domain: 'KCSA-5', title: 'Observability'},
  {id: 'KCSA-5.4', domain: 'KCSA-5', title: 'Service mesh'},
  {id: 'KCSA-5.5', domain: 'KCSA-5', title: 'PKI'},
  {id: 'KCSA-5.6', domain: 'KCSA-5', title: 'Connectivity'},
  {id: 'KCSA-5.7', domain: 'KCSA-5', title: 'Admission control'},
  {id: 'KCSA-6.1', domain: 'KCSA-6', title: 'Compliance frameworks'},
  {id: 'KCSA-6.2', domain: 'KCSA-6', title: 'Threat modelling frameworks (e.g. STRIDE, ATT&CK, MS matrix)'},
  {id: 'KCSA-6.3', domain: 'KCSA-6', title: 'Supply chain compliance (e.g. SLSA, SBOM, attestations)'},
  {id: 'KCSA-6.4', domain: 'KCSA-6', title: 'Automation and tooling'},
];

const byId = new Map(competencies.map((c) => [c.id, c]));

/** True when `id` is a known competency ID such as `CKS-2.1` or `KCSA-3.3`. */
export function isCompetencyId(id: string): boolean {
  return byId.has(id);
}

/** The competency with this ID, or undefined. */
export function getCompetency(id: string): Competency | undefined {
  return byId.get(id);
}
