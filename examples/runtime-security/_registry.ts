import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "runtime-security" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'runtime-security/immutable-container-drift.falco.yaml': {
    description:
      'Two custom Falco rules that alert when a file becomes executable inside a container of a namespace whose workloads are immutable: created with an execute bit, or given one by chmod.',
    kinds: ['FalcoRules'],
  },
  'runtime-security/restricted-passes-immutable-storefront.yaml': {
    description:
      'An immutable ConfigMap and a restricted Deployment with a digest-pinned distroless image, a read-only root filesystem and one size-limited emptyDir.',
    kinds: ['ConfigMap', 'Deployment'],
    pss: 'restricted',
  },
  'runtime-security/restricted-passes-writable-root-test-pod.yaml': {
    description:
      'A restricted busybox test pod without readOnlyRootFilesystem and with a writable /tmp, to test the admission policy and the Falco drift rule.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'runtime-security/vap-require-read-only-root-filesystem.yaml': {
    description:
      'A ValidatingAdmissionPolicy that requires readOnlyRootFilesystem: true on every container and init container, bound in Warn and Audit mode to labelled namespaces.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
};
