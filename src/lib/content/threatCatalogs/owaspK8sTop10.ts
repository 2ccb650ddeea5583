/**
 * The OWASP Kubernetes Top 10, 2025 edition (the current one).
 *
 * Source: https://github.com/OWASP/www-project-kubernetes-top-ten, commit
 * 10388082f9d20f0d6c546b906dbd85ed0c415721 (2026-03-24), retrieved
 * 2026-12-02: index.md "Top 10 Kubernetes Risks - 2025" and the file names
 * under 2025/en/src/. The IDs of the 2022 edition name different risks (for
 * example 2022 K03 was "Overly Permissive RBAC Configurations"), so an ID
 * here always means the 2025 risk. Names only; no text is copied.
 */

export const OWASP_K8S_EDITION = '2025';

export const OWASP_K8S_SOURCE = {
  repository: 'https://github.com/OWASP/www-project-kubernetes-top-ten',
  site: 'https://owasp.org/www-project-kubernetes-top-ten/',
  commit: '10388082f9d20f0d6c546b906dbd85ed0c415721',
  retrieved: '2026-12-02',
} as const;

export interface OwaspRisk {
  readonly id: string;
  readonly name: string;
}

export const OWASP_K8S_TOP10: readonly OwaspRisk[] = [
  {id: 'K01', name: 'Insecure Workload Configurations'},
  {id: 'K02', name: 'Overly Permissive Authorization Configurations'},
  {id: 'K03', name: 'Secrets Management Failures'},
  {id: 'K04', name: 'Lack of Cluster Level Policy Enforcement'},
  {id: 'K05', name: 'Missing Network Segmentation Controls'},
  {id: 'K06', name: 'Overly Exposed Kubernetes Components'},
  {id: 'K07', name: 'Misconfigured and Vulnerable Cluster Components'},
  {id: 'K08', name: 'Cluster to Cloud Lateral Movement'},
  {id: 'K09', name: 'Broken Authentication Mechanisms'},
  {id: 'K10', name: 'Inadequate Logging and Monitoring'},
];
