import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "multi-tenancy" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'multi-tenancy/gvisor-runtime-class.yaml': {
    description: 'RuntimeClass for the gVisor (runsc) sandbox with pod overhead and scheduling constraints.',
    kinds: ['RuntimeClass'],
  },
  'multi-tenancy/restricted-passes-sandboxed-tenant-deployment.yaml': {
    description: 'Tenant Deployment on a dedicated node pool, sandboxed with the gvisor RuntimeClass.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'multi-tenancy/tenant-limit-range.yaml': {
    description: 'LimitRange with container defaults and maximums and a PVC size cap.',
    kinds: ['LimitRange'],
  },
  'multi-tenancy/tenant-namespace.yaml': {
    description: 'Tenant Namespace enforcing the restricted Pod Security level, pinned to v1.37.',
    kinds: ['Namespace'],
  },
  'multi-tenancy/tenant-network-baseline.yaml': {
    description: 'Default deny plus intra-namespace and DNS allowances for a tenant namespace.',
    kinds: ['NetworkPolicy', 'NetworkPolicy', 'NetworkPolicy'],
  },
  'multi-tenancy/tenant-rbac.yaml': {
    description: 'RoleBinding that grants the built-in edit ClusterRole to a tenant group in one namespace.',
    kinds: ['RoleBinding'],
  },
  'multi-tenancy/tenant-resource-quota.yaml': {
    description: 'ResourceQuota capping compute, object counts, storage, LoadBalancers and NodePorts.',
    kinds: ['ResourceQuota'],
  },
};
