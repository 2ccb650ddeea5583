import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "audit-logging" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'audit-logging/audit-policy-production.yaml': {
    description: 'Production audit Policy: Secrets at Metadata, RBAC writes at RequestResponse, noisy reads dropped.',
    kinds: ['Policy'],
  },
  'audit-logging/event-clusterrolebinding-create.yaml': {
    description: 'Audit Event at RequestResponse: a service account binds cluster-admin.',
    kinds: ['Event'],
  },
  'audit-logging/event-forbidden-secret-list.yaml': {
    description: 'Audit Event: a cluster-wide list of Secrets denied by RBAC (403).',
    kinds: ['Event'],
  },
  'audit-logging/event-pod-exec.yaml': {
    description: 'Audit Event at ResponseStarted: an interactive exec into a pod.',
    kinds: ['Event'],
  },
  'audit-logging/event-secret-get-metadata.yaml': {
    description: 'Audit Event at Metadata: a pod service account reads a Secret.',
    kinds: ['Event'],
  },
};
