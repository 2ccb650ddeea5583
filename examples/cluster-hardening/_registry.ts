import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "cluster-hardening" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'cluster-hardening/authentication-config-anonymous-kubeadm.yaml': {
    description:
      'An AuthenticationConfiguration that allows anonymous requests only on the health endpoints and the kubeadm cluster-info ConfigMap.',
    kinds: ['AuthenticationConfiguration'],
  },
  'cluster-hardening/rbac-aggregate-crd-into-view-edit.yaml': {
    description:
      'Two component ClusterRoles that add read access to a custom resource to the built-in view role, and write access to edit (and so admin), by aggregation labels.',
    kinds: ['ClusterRole', 'ClusterRole'],
  },
  'cluster-hardening/rbac-before-wildcard-role.yaml': {
    description:
      'DO NOT APPLY: a config reloader Role with wildcard apiGroups, resources and verbs, as an RBAC audit typically finds it.',
    kinds: ['Role', 'RoleBinding'],
  },
  'cluster-hardening/rbac-config-reloader-least-privilege.yaml': {
    description:
      'The least-privilege replacement: a ServiceAccount, a Role that can only get, list and watch one named ConfigMap, and its RoleBinding.',
    kinds: ['ServiceAccount', 'Role', 'RoleBinding'],
  },
  'cluster-hardening/restricted-passes-reloader-short-api-token.yaml': {
    description:
      'A restricted Deployment that needs the API: automount off, and an explicit projected volume with a one-hour token, the CA bundle and the namespace at the usual path.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'cluster-hardening/restricted-passes-storefront-no-token.yaml': {
    description:
      'A restricted Deployment with its own ServiceAccount and automountServiceAccountToken: false in the pod spec.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'cluster-hardening/serviceaccounts-default-and-storefront-no-automount.yaml': {
    description:
      'The default ServiceAccount of a namespace and a per-workload ServiceAccount, both with automountServiceAccountToken: false.',
    kinds: ['ServiceAccount', 'ServiceAccount'],
  },
};
