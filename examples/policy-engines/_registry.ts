import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "policy-engines" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'policy-engines/cilium-allow-frontend-to-api.yaml': {
    description:
      'CiliumNetworkPolicy: app=api accepts only GET and POST under /api/ on port 8080 from app=frontend (L7 HTTP rule).',
    kinds: ['CiliumNetworkPolicy'],
  },
  'policy-engines/falco-shell-in-container.falco.yaml': {
    description:
      'Falco rules file: a WARNING when a shell starts in a container of a protected namespace (own list and macros).',
    kinds: ['FalcoRules'],
  },
  'policy-engines/gatekeeper-run-as-non-root-constraint.yaml': {
    description: 'Gatekeeper constraint that enforces K8sRequireRunAsNonRoot on Pods outside kube-system.',
    kinds: ['K8sRequireRunAsNonRoot'],
  },
  'policy-engines/gatekeeper-run-as-non-root-template.yaml': {
    description:
      'Gatekeeper ConstraintTemplate (Rego v1): every container must run with runAsNonRoot=true, with an exemptImages parameter.',
    kinds: ['ConstraintTemplate'],
  },
  'policy-engines/kyverno-require-run-as-non-root.yaml': {
    description:
      'Kyverno ClusterPolicy: every container must run with runAsNonRoot=true (pod-level or per container), kube-system excluded.',
    kinds: ['ClusterPolicy'],
  },
  'policy-engines/tetragon-monitor-etc-writes.yaml': {
    description: 'Tetragon TracingPolicy: reports write access to files under /etc/ through security_file_permission.',
    kinds: ['TracingPolicy'],
  },
};
