import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "microservices" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'microservices/encryption-config-decrypt-rollback.yaml': {
    description:
      'EncryptionConfiguration for rolling back encryption at rest: identity first, the old aescbc key kept for reads.',
    kinds: ['EncryptionConfiguration'],
  },
  'microservices/namespace-psa-stage1-audit-warn.yaml': {
    description:
      'Namespace in stage 1 of a Pod Security rollout: Baseline enforced, Restricted audited and warned, all pinned to v1.37.',
    kinds: ['Namespace'],
  },
  'microservices/namespace-psa-stage3-enforce-restricted.yaml': {
    description:
      'Namespace in stage 3: Restricted enforced and pinned to v1.37, audit and warn on latest to preview the next version.',
    kinds: ['Namespace'],
  },
  'microservices/pod-security-admission-config.yaml': {
    description:
      'AdmissionConfiguration for the PodSecurity plugin: Baseline enforced by default (pinned v1.37), Restricted audited and warned, only kube-system exempt.',
    kinds: ['AdmissionConfiguration'],
  },
  'microservices/rbac-read-one-secret.yaml': {
    description:
      'Role and RoleBinding that let the orders service account get one named Secret (db-credentials) and nothing else.',
    kinds: ['Role', 'RoleBinding'],
  },
};
