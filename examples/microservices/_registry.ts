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
  'microservices/restricted-passes-encryption-test-client.yaml': {
    description:
      'Test client pinned to node02 that requests the test server every two seconds, to generate traffic for an encryption check; meets Restricted.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'microservices/restricted-passes-encryption-test-server.yaml': {
    description:
      'Unprivileged nginx test server pinned to node01 with its Service, for checking pod-to-pod encryption; meets Restricted.',
    kinds: ['Pod', 'Service'],
    pss: 'restricted',
  },
  'microservices/restricted-passes-gvisor-sandboxed-pod.yaml': {
    description: 'Untrusted job runner in the gVisor sandbox (runtimeClassName: gvisor) that still meets Restricted.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'microservices/restricted-passes-kata-sandboxed-pod.yaml': {
    description:
      'Untrusted build runner in a Kata Containers VM (runtimeClassName: kata-qemu) that still meets Restricted.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'microservices/runtimeclass-kata.yaml': {
    description:
      'RuntimeClass kata-qemu: handler for Kata Containers with QEMU, VM overhead, scheduled only on nodes labelled by kata-deploy.',
    kinds: ['RuntimeClass'],
  },
  'microservices/vap-require-sandbox-runtimeclass.yaml': {
    description:
      'ValidatingAdmissionPolicy and binding: pods in namespaces labelled sandbox.example.com/required=true must use the gvisor or kata-qemu RuntimeClass and may not set io.katacontainers.* annotations.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
};
