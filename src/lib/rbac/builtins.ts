/**
 * Built-in default ClusterRoles that every cluster has (the API server's RBAC
 * bootstrap policy). When the input references one of these without defining
 * it, the analyzer uses this definition so that, for example, a binding to
 * `cluster-admin` is understood even if only the binding was pasted.
 *
 * This is a condensed description of the upstream defaults of recent
 * releases (group `extensions` rules for long-removed APIs are omitted).
 * `admin`, `edit` and `view` are aggregated ClusterRoles, exactly as upstream:
 * their rules come from `system:aggregate-to-*` and from any ClusterRole in
 * the input carrying the matching `rbac.authorization.k8s.io/aggregate-to-*`
 * label.
 */
import type {LabelSelector, PolicyRule} from './types';

export interface BuiltinClusterRole {
  readonly name: string;
  readonly labels: ReadonlyMap<string, string>;
  readonly rules: readonly PolicyRule[];
  readonly aggregationRule?: {readonly clusterRoleSelectors: readonly LabelSelector[]};
}

export const BOOTSTRAP_LABEL = 'kubernetes.io/bootstrapping';
export const BOOTSTRAP_VALUE = 'rbac-defaults';

const rule = (verbs: string[], apiGroups: string[], resources: string[], resourceNames: string[] = []): PolicyRule => ({
  verbs,
  apiGroups,
  resources,
  resourceNames,
  nonResourceURLs: [],
});
const urls = (verbs: string[], nonResourceURLs: string[]): PolicyRule => ({
  verbs,
  apiGroups: [],
  resources: [],
  resourceNames: [],
  nonResourceURLs,
});

const READ = ['get', 'list', 'watch'];
const WRITE = ['create', 'delete', 'deletecollection', 'patch', 'update'];

const labels = (extra: Record<string, string> = {}): ReadonlyMap<string, string> =>
  new Map([[BOOTSTRAP_LABEL, BOOTSTRAP_VALUE], ...Object.entries(extra)]);

const aggregate = (label: string): {clusterRoleSelectors: LabelSelector[]} => ({
  clusterRoleSelectors: [{matchLabels: new Map([[label, 'true']]), matchExpressions: []}],
});

export const AGGREGATE_TO_ADMIN = 'rbac.authorization.k8s.io/aggregate-to-admin';
export const AGGREGATE_TO_EDIT = 'rbac.authorization.k8s.io/aggregate-to-edit';
export const AGGREGATE_TO_VIEW = 'rbac.authorization.k8s.io/aggregate-to-view';

export const BUILTIN_CLUSTER_ROLES: readonly BuiltinClusterRole[] = [
  {
    name: 'cluster-admin',
    labels: labels(),
    rules: [rule(['*'], ['*'], ['*']), urls(['*'], ['*'])],
  },
  {name: 'admin', labels: labels(), rules: [], aggregationRule: aggregate(AGGREGATE_TO_ADMIN)},
  {
    name: 'edit',
    labels: labels({[AGGREGATE_TO_ADMIN]: 'true'}),
    rules: [],
    aggregationRule: aggregate(AGGREGATE_TO_EDIT),
  },
  {
    name: 'view',
    labels: labels({[AGGREGATE_TO_EDIT]: 'true'}),
    rules: [],
    aggregationRule: aggregate(AGGREGATE_TO_VIEW),
  },
  {
    name: 'system:aggregate-to-admin',
    labels: labels({[AGGREGATE_TO_ADMIN]: 'true'}),
    rules: [
      rule(['create'], ['authorization.k8s.io'], ['localsubjectaccessreviews']),
      rule([...WRITE, ...READ], ['rbac.authorization.k8s.io'], ['rolebindings', 'roles']),
    ],
  },
  {
    name: 'system:aggregate-to-edit',
    labels: labels({[AGGREGATE_TO_EDIT]: 'true'}),
    rules: [
      rule(READ, [''], ['pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy', 'secrets', 'services/proxy']),
      rule(['impersonate'], [''], ['serviceaccounts']),
      rule(WRITE, [''], ['pods', 'pods/attach', 'pods/exec', 'pods/portforward', 'pods/proxy']),
      rule(['create'], [''], ['pods/eviction']),
      rule(
        WRITE,
        [''],
        [
          'configmaps',
          'events',
          'persistentvolumeclaims',
          'replicationcontrollers',
          'replicationcontrollers/scale',
          'secrets',
          'serviceaccounts',
          'services',
          'services/proxy',
        ],
      ),
      rule(['create'], [''], ['serviceaccounts/token']),
      rule(
        WRITE,
        ['apps'],
        [
          'daemonsets',
          'deployments',
          'deployments/rollback',
          'deployments/scale',
          'replicasets',
          'replicasets/scale',
          'statefulsets',
          'statefulsets/scale',
        ],
      ),
      rule(WRITE, ['autoscaling'], ['horizontalpodautoscalers']),
      rule(WRITE, ['batch'], ['cronjobs', 'jobs']),
      rule(WRITE, ['policy'], ['poddisruptionbudgets']),
      rule(WRITE, ['networking.k8s.io'], ['ingresses', 'networkpolicies']),
      rule([...WRITE, ...READ], ['coordination.k8s.io'], ['leases']),
    ],
  },
  {
    name: 'system:aggregate-to-view',
    labels: labels({[AGGREGATE_TO_VIEW]: 'true'}),
    rules: [
      rule(
        READ,
        [''],
        [
          'configmaps',
          'endpoints',
          'persistentvolumeclaims',
          'persistentvolumeclaims/status',
          'pods',
          'replicationcontrollers',
          'replicationcontrollers/scale',
          'serviceaccounts',
          'services',
          'services/status',
        ],
      ),
      rule(
        READ,
        [''],
        [
          'bindings',
          'events',
          'limitranges',
          'namespaces/status',
          'pods/log',
          'pods/status',
          'replicationcontrollers/status',
          'resourcequotas',
          'resourcequotas/status',
        ],
      ),
      rule(READ, [''], ['namespaces']),
      rule(READ, ['discovery.k8s.io'], ['endpointslices']),
      rule(
        READ,
        ['apps'],
        [
          'controllerrevisions',
          'daemonsets',
          'daemonsets/status',
          'deployments',
          'deployments/scale',
          'deployments/status',
          'replicasets',
          'replicasets/scale',
          'replicasets/status',
          'statefulsets',
          'statefulsets/scale',
          'statefulsets/status',
        ],
      ),
      rule(READ, ['autoscaling'], ['horizontalpodautoscalers', 'horizontalpodautoscalers/status']),
      rule(READ, ['batch'], ['cronjobs', 'cronjobs/status', 'jobs', 'jobs/status']),
      rule(READ, ['policy'], ['poddisruptionbudgets', 'poddisruptionbudgets/status']),
      rule(READ, ['networking.k8s.io'], ['ingresses', 'ingresses/status', 'networkpolicies']),
    ],
  },
  {
    name: 'system:auth-delegator',
    labels: labels(),
    rules: [
      rule(['create'], ['authentication.k8s.io'], ['tokenreviews']),
      rule(['create'], ['authorization.k8s.io'], ['subjectaccessreviews']),
    ],
  },
  {
    name: 'system:basic-user',
    labels: labels(),
    rules: [
      rule(['create'], ['authorization.k8s.io'], ['selfsubjectaccessreviews', 'selfsubjectrulesreviews']),
      rule(['create'], ['authentication.k8s.io'], ['selfsubjectreviews']),
    ],
  },
  {
    name: 'system:discovery',
    labels: labels(),
    rules: [
      urls(
        ['get'],
        [
          '/api',
          '/api/*',
          '/apis',
          '/apis/*',
          '/healthz',
          '/livez',
          '/openapi',
          '/openapi/*',
          '/readyz',
          '/version',
          '/version/',
        ],
      ),
    ],
  },
  {
    name: 'system:public-info-viewer',
    labels: labels(),
    rules: [urls(['get'], ['/healthz', '/livez', '/readyz', '/version', '/version/'])],
  },
];
