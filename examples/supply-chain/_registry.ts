import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "supply-chain" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'supply-chain/baseline-passes-unhardened-deployment.yaml': {
    description:
      'Deployment before static analysis: no security context, latest tag, no resources (meets Baseline only).',
    kinds: ['Deployment'],
    pss: 'baseline',
  },
  'supply-chain/kyverno-verify-shop-images.yaml': {
    description:
      'Kyverno ImageValidatingPolicy: Pods in shop may only run images from registry.example.com/shop signed keylessly by the release workflow.',
    kinds: ['ImageValidatingPolicy'],
  },
  'supply-chain/restricted-passes-distroless-digest-deployment.yaml': {
    description:
      'Deployment of a distroless image pinned by digest, numeric non-root user, read-only root file system.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'supply-chain/restricted-passes-linted-deployment.yaml': {
    description: 'The same Deployment after fixing Kubesec, KubeLinter and Trivy findings.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'supply-chain/serviceaccount-image-pull-secret.yaml': {
    description:
      'ServiceAccount for the web workload that carries the private registry pull secret and mounts no token.',
    kinds: ['ServiceAccount'],
  },
  'supply-chain/vap-allowed-image-registries.yaml': {
    description: 'ValidatingAdmissionPolicy and binding (Warn, Audit): all Pod images from allowed registry prefixes.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
};
