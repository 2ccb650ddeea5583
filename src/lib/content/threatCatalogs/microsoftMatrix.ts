/**
 * The Microsoft Threat Matrix for Kubernetes, current version.
 *
 * Source: https://github.com/microsoft/Threat-Matrix-for-Kubernetes, commit
 * b885d18bd4236286b59b735c5e18f2902823d2c2 (2023-01-23, "Update access to
 * cloud resources technique"), the newest commit when retrieved on 2026-12-02.
 * Transcribed by hand from docs/index.md (the matrix: which technique sits in
 * which tactic column) and docs/techniques/*.md (each technique's ID and its
 * MITRE mapping). Licence of the matrix: CC BY 4.0 (LICENSE.TXT in that repo).
 * Only IDs, names and mappings are kept here; no descriptions are copied.
 *
 * NOTE: the matrix numbers techniques "MS-TA9001"…"MS-TA9041" (with "TA",
 * although they are techniques), and its tactics carry no IDs, only names.
 * MS-TA9032 is not in the current matrix: it was "Access Kubernetes
 * dashboard", folded into "Exposed sensitive interfaces" (MS-TA9005) on
 * 2022-10-31 (commit 6448201). It is kept below as a retired entry.
 */

/** The matrix's tactics, in its column order. */
export const MS_TACTICS = [
  'Initial Access',
  'Execution',
  'Persistence',
  'Privilege Escalation',
  'Defense Evasion',
  'Credential Access',
  'Discovery',
  'Lateral Movement',
  'Collection',
  'Impact',
] as const;

export type MsTactic = (typeof MS_TACTICS)[number];

/** Why a technique is no longer part of the current matrix, and what replaced it. */
export interface Retirement {
  /** Our explanation for readers, in our own words. */
  readonly reason: string;
  /** ID of the current technique that took over, if any. */
  readonly replacedBy?: string;
}

export interface MsTechnique {
  /** "MS-TA9001" style ID; retired techniques that never had one use a "historical-…" key. */
  readonly id: string;
  /** Name as the matrix spells it (docs/index.md cell text). */
  readonly name: string;
  /** Tactic columns the technique appears in. */
  readonly tactics: readonly MsTactic[];
  /** MITRE ATT&CK technique IDs the matrix maps it to (may be empty). */
  readonly mitre: readonly string[];
  /** Set when the technique is not part of the current matrix or no longer applies to current Kubernetes. */
  readonly retired?: Retirement;
}

export const MS_MATRIX_SOURCE = {
  repository: 'https://github.com/microsoft/Threat-Matrix-for-Kubernetes',
  site: 'https://microsoft.github.io/Threat-Matrix-for-Kubernetes/',
  commit: 'b885d18bd4236286b59b735c5e18f2902823d2c2',
  commitDate: '2023-01-23',
  retrieved: '2026-12-02',
  licence: 'CC BY 4.0',
} as const;

export const MS_TECHNIQUES: readonly MsTechnique[] = [
  {id: 'MS-TA9001', name: 'Using cloud credentials', tactics: ['Initial Access'], mitre: ['T1078.004']},
  {id: 'MS-TA9002', name: 'Compromised image in registry', tactics: ['Initial Access'], mitre: ['T1195.002', 'T1525']},
  {id: 'MS-TA9003', name: 'Kubeconfig file', tactics: ['Initial Access'], mitre: []},
  {id: 'MS-TA9004', name: 'Application vulnerability', tactics: ['Initial Access'], mitre: ['T1190']},
  {id: 'MS-TA9005', name: 'Exposed sensitive interfaces', tactics: ['Initial Access', 'Discovery'], mitre: ['T1133']},
  {id: 'MS-TA9006', name: 'Exec into container', tactics: ['Execution'], mitre: ['T1609']},
  {id: 'MS-TA9007', name: 'bash/cmd inside container', tactics: ['Execution'], mitre: ['T1059']},
  {id: 'MS-TA9008', name: 'New container', tactics: ['Execution'], mitre: ['T1610']},
  {id: 'MS-TA9009', name: 'Application exploit (RCE)', tactics: ['Execution'], mitre: ['T1190']},
  {id: 'MS-TA9010', name: 'SSH server running inside container', tactics: ['Execution'], mitre: []},
  {id: 'MS-TA9011', name: 'Sidecar injection', tactics: ['Execution'], mitre: ['T1610']},
  {id: 'MS-TA9012', name: 'Backdoor container', tactics: ['Persistence'], mitre: ['T1543']},
  {
    id: 'MS-TA9013',
    name: 'Writable hostPath mount',
    tactics: ['Persistence', 'Privilege Escalation', 'Lateral Movement'],
    mitre: ['T1611'],
  },
  {id: 'MS-TA9014', name: 'Kubernetes CronJob', tactics: ['Persistence'], mitre: ['T1053.007']},
  {
    id: 'MS-TA9015',
    name: 'Malicious admission controller',
    tactics: ['Persistence', 'Credential Access'],
    mitre: ['T1546'],
  },
  {
    id: 'MS-TA9016',
    name: 'Container service account',
    tactics: ['Persistence', 'Credential Access', 'Lateral Movement'],
    mitre: ['T1528'],
  },
  {id: 'MS-TA9017', name: 'Static pods', tactics: ['Persistence'], mitre: []},
  {id: 'MS-TA9018', name: 'Privileged container', tactics: ['Privilege Escalation'], mitre: ['T1610']},
  {id: 'MS-TA9019', name: 'Cluster-admin binding', tactics: ['Privilege Escalation'], mitre: ['T1078.003']},
  {
    id: 'MS-TA9020',
    name: 'Access cloud resources',
    tactics: ['Privilege Escalation', 'Lateral Movement'],
    mitre: ['T1078.004'],
  },
  {id: 'MS-TA9021', name: 'Clear container logs', tactics: ['Defense Evasion'], mitre: ['T1070']},
  {id: 'MS-TA9022', name: 'Delete K8S events', tactics: ['Defense Evasion'], mitre: ['T1070']},
  {id: 'MS-TA9023', name: 'Pod / container name similarity', tactics: ['Defense Evasion'], mitre: ['T1036.005']},
  {id: 'MS-TA9024', name: 'Connect from proxy server', tactics: ['Defense Evasion'], mitre: ['T1090']},
  {id: 'MS-TA9025', name: 'List K8S secrets', tactics: ['Credential Access'], mitre: ['T1552.007']},
  {id: 'MS-TA9026', name: 'Mount service principal', tactics: ['Credential Access'], mitre: ['T1552.001']},
  {
    id: 'MS-TA9027',
    name: 'Application credentials in configuration files',
    tactics: ['Credential Access', 'Lateral Movement'],
    mitre: ['T1552'],
  },
  {id: 'MS-TA9028', name: 'Access managed identity credentials', tactics: ['Credential Access'], mitre: ['T1552.005']},
  {id: 'MS-TA9029', name: 'Access Kubernetes API server', tactics: ['Discovery'], mitre: ['T1613']},
  {id: 'MS-TA9030', name: 'Access Kubelet API', tactics: ['Discovery'], mitre: ['T1613']},
  {id: 'MS-TA9031', name: 'Network mapping', tactics: ['Discovery'], mitre: ['T1046']},
  {id: 'MS-TA9033', name: 'Instance Metadata API', tactics: ['Discovery'], mitre: ['T1552.005']},
  {id: 'MS-TA9034', name: 'Cluster internal networking', tactics: ['Lateral Movement'], mitre: ['T1210']},
  {id: 'MS-TA9035', name: 'CoreDNS poisoning', tactics: ['Lateral Movement'], mitre: ['T1557']},
  {id: 'MS-TA9036', name: 'ARP poisoning and IP spoofing', tactics: ['Lateral Movement'], mitre: ['T1557']},
  {id: 'MS-TA9037', name: 'Images from a private registry', tactics: ['Collection'], mitre: ['T1530']},
  {id: 'MS-TA9038', name: 'Data destruction', tactics: ['Impact'], mitre: ['T1485']},
  {id: 'MS-TA9039', name: 'Resource hijacking', tactics: ['Impact'], mitre: ['T1496']},
  {id: 'MS-TA9040', name: 'Denial of service', tactics: ['Impact'], mitre: ['T1498', 'T1499']},
  {id: 'MS-TA9041', name: 'Collecting data from pod', tactics: ['Collection'], mitre: []},

  // ---- Retired: in earlier versions of the matrix, not in the current one ----
  {
    id: 'MS-TA9032',
    name: 'Access Kubernetes dashboard',
    tactics: ['Discovery'],
    mitre: ['T1613'],
    retired: {
      reason:
        'Folded into "Exposed sensitive interfaces" in October 2022: the dashboard is one of several admin interfaces an attacker reaches over the network, so the matrix now names the class rather than one product.',
      replacedBy: 'MS-TA9005',
    },
  },
  {
    id: 'historical-exposed-dashboard',
    name: 'Exposed dashboard',
    tactics: ['Initial Access'],
    mitre: ['T1133'],
    retired: {
      reason:
        'An initial-access entry of the 2020 matrix, replaced by the broader "Exposed sensitive interfaces", which covers the dashboard along with other management UIs.',
      replacedBy: 'MS-TA9005',
    },
  },
  {
    id: 'historical-access-tiller-endpoint',
    name: 'Access tiller endpoint',
    tactics: ['Lateral Movement'],
    mitre: ['T1133'],
    retired: {
      reason:
        'Tiller was the in-cluster server of Helm 2, listening without authentication on port 44134 under a highly privileged service account. Helm 3 removed Tiller entirely and acts with the caller’s own kubeconfig credentials, so a current cluster has no Tiller to reach. The matrix dropped the entry in October 2022.',
    },
  },
];
