import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "authorization" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'authorization/abac-policy.jsonl': {
    description:
      'An ABAC policy file (--authorization-policy-file): one Policy per line for a user, all authenticated clients and one service account.',
    kinds: ['Policy', 'Policy', 'Policy'],
  },
  'authorization/aggregated-clusterrole.yaml': {
    description:
      'An aggregated ClusterRole filled by label selector, and a component ClusterRole for custom resources that also aggregates into the built-in view role.',
    kinds: ['ClusterRole', 'ClusterRole'],
  },
  'authorization/authorization-config-deny-webhook-before-rbac.yaml': {
    description:
      'An AuthorizationConfiguration with a fail-closed, deny-enforcing webhook placed before RBAC, whose matchConditions keep system:masters, system:nodes, kube-system service accounts and the control plane identities away from it.',
    kinds: ['AuthorizationConfiguration'],
  },
  'authorization/authorization-config-node-rbac-webhook.yaml': {
    description:
      'A structured AuthorizationConfiguration (--authorization-config): Node, RBAC, then a webhook with CEL matchConditions that skip system: identities and kube-system.',
    kinds: ['AuthorizationConfiguration'],
  },
  'authorization/dangerous-clusterrole.yaml': {
    description:
      'DO NOT APPLY: a ClusterRole that combines every common RBAC escalation path, bound to system:authenticated.',
    kinds: ['ClusterRole', 'ClusterRoleBinding'],
  },
  'authorization/fixed-scoped-roles.yaml': {
    description:
      'The least-privilege replacement for the dangerous ClusterRole: a namespaced CI Role and a node metrics ClusterRole that avoids nodes/proxy.',
    kinds: ['ServiceAccount', 'Role', 'RoleBinding', 'ClusterRole', 'ClusterRoleBinding'],
  },
  'authorization/least-privilege-deployer.yaml': {
    description:
      'A CI service account that can get, patch, list and watch (by name only) one named Deployment to roll out an image and wait for it, and nothing else.',
    kinds: ['ServiceAccount', 'Role', 'RoleBinding'],
  },
  'authorization/read-only-role-and-binding.yaml': {
    description: 'A namespaced read-only Role (no secrets) bound to a group and a user with a RoleBinding.',
    kinds: ['Role', 'RoleBinding'],
  },
  'authorization/restricted-passes-pinned-to-trusted-nodes.yaml': {
    description:
      'A restricted Deployment pinned with a node-restriction.kubernetes.io label that kubelets cannot set on themselves.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'authorization/subject-access-review.yaml': {
    description: 'A SubjectAccessReview asking whether a service account may get secrets in a namespace.',
    kinds: ['SubjectAccessReview'],
  },
};
