import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "runtime-security" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'runtime-security/audit-policy-cks.yaml': {
    description:
      'Audit Policy: Secrets and ConfigMaps at Metadata, RBAC writes at RequestResponse, noisy reads dropped.',
    kinds: ['Policy'],
  },
  'runtime-security/baseline-fails-kube-apiserver-audit-excerpt.yaml': {
    description: 'Excerpt of the kube-apiserver static pod: audit flags, log rotation, policy and log mounts.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'runtime-security/event-incident-web-sa-create-deployment.yaml': {
    description: 'Audit Event (Request level): the stolen web service account token creates a cryptominer Deployment.',
    kinds: ['Event'],
  },
  'runtime-security/event-incident-web-sa-list-secrets.yaml': {
    description: 'Audit Event: the web service account token, used from its Pod, is refused a list of Secrets (403).',
    kinds: ['Event'],
  },
  'runtime-security/immutable-container-drift.falco.yaml': {
    description:
      'Two custom Falco rules that alert when a file becomes executable inside a container of a namespace whose workloads are immutable: created with an execute bit, or given one by chmod.',
    kinds: ['FalcoRules'],
  },
  'runtime-security/networkpolicy-quarantine.yaml': {
    description: 'NetworkPolicy that denies all ingress and egress for Pods labelled quarantine=true.',
    kinds: ['NetworkPolicy'],
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
  'runtime-security/shop-drift.falco.yaml': {
    description: 'Custom Falco rules: package manager run and service account token read in shop containers.',
    kinds: ['FalcoRules'],
  },
  'runtime-security/tetragon-shop-drift-and-egress.yaml': {
    description:
      'Tetragon TracingPolicyNamespaced (kprobes): writes below /etc and bin directories, TCP connections to the internet.',
    kinds: ['TracingPolicyNamespaced'],
  },
  'runtime-security/vap-require-read-only-root-filesystem.yaml': {
    description:
      'A ValidatingAdmissionPolicy that requires readOnlyRootFilesystem: true on every container and init container, bound in Warn and Audit mode to labelled namespaces.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
};
