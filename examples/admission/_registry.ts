import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "admission" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'admission/admission-configuration.yaml': {
    description:
      'AdmissionConfiguration for --admission-control-config-file: PodSecurity defaults, EventRateLimit limits and ImagePolicyWebhook settings.',
    kinds: ['AdmissionConfiguration'],
  },
  'admission/map-default-seccomp-profile.yaml': {
    description:
      'MutatingAdmissionPolicy that gives new Pods without one a pod-level RuntimeDefault seccomp profile, bound outside kube-system.',
    kinds: ['MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding'],
  },
  'admission/namespace-pod-security-labels.yaml': {
    description:
      'Namespace that enforces Baseline pinned to v1.37 and warns and audits against the latest Restricted rules.',
    kinds: ['Namespace'],
  },
  'admission/pod-security-admission-config.yaml': {
    description:
      'Cluster-wide PodSecurity defaults and exemptions (usernames, runtimeClasses, namespaces) in an AdmissionConfiguration.',
    kinds: ['AdmissionConfiguration'],
  },
  'admission/validating-webhook-fail-closed.yaml': {
    description:
      'ValidatingWebhookConfiguration that fails closed, excludes kube-system, kube-node-lease and its own namespace, and skips mirror pods.',
    kinds: ['ValidatingWebhookConfiguration'],
  },
  'admission/vap-allowed-registries.yaml': {
    description:
      'ValidatingAdmissionPolicy with a ConfigMap parameter that only admits images from allowed registry prefixes, plus its binding.',
    kinds: ['ConfigMap', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
  'admission/vap-disallow-host-path.yaml': {
    description:
      'ValidatingAdmissionPolicy that rejects hostPath volumes, bound in Warn and Audit mode for a staged rollout.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
  'admission/vap-require-run-as-non-root.yaml': {
    description:
      'ValidatingAdmissionPolicy that requires runAsNonRoot=true for every container, with a Deny binding outside kube-system.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
};
