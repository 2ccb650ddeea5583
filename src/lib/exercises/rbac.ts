/**
 * Graded RBAC exercises, as data. The checks are read by the RBAC grader
 * (src/lib/exercises/rbacGrader.ts): each `can` check asks the site's RBAC
 * analyzer whether a subject may make a request, and `max-finding-severity`
 * runs the analyzer's audit on the answer. Practise them at /practice; a new
 * exercise needs only a new entry here.
 */
import type {ExerciseInput} from './schema';

const RBAC = '/docs/fundamentals/authorization/rbac';
const ESCALATION = '/docs/fundamentals/authorization/rbac-privilege-escalation';
const SA = '/docs/fundamentals/authentication/service-accounts';

export const RBAC_EXERCISES: readonly ExerciseInput[] = [
  {
    id: 'rbac-ci-rollout-one-deployment',
    tool: 'rbac',
    title: 'Give a CI service account only what it needs to roll out one Deployment',
    task: 'The CI pipeline runs as ServiceAccount deployer in namespace ci. It updates the image of Deployment web in namespace shop (kubectl set image) and waits for the rollout (kubectl rollout status). Today it is bound to edit cluster-wide. Replace that with the least it needs.',
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: ci-deployer
subjects:
  - kind: ServiceAccount
    name: deployer
    namespace: ci
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
`,
    hints: [
      'A ClusterRoleBinding grants its role in every namespace. The pipeline works in one namespace: which binding kind is scoped to one?',
      'kubectl set image patches the Deployment; kubectl rollout status gets it and watches it by name (a field selector on metadata.name), so get, list, watch and patch on deployments in group apps are enough.',
      'Name the Deployment with resourceNames: [web], so the account cannot patch the other Deployments of shop. Bind with a RoleBinding in shop whose subject is the ServiceAccount deployer in namespace ci.',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: rollout-web
  namespace: shop
rules:
  - apiGroups: [apps]
    resources: [deployments]
    resourceNames: [web]
    verbs: [get, list, watch, patch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ci-deployer-rollout-web
  namespace: shop
subjects:
  - kind: ServiceAccount
    name: deployer
    namespace: ci
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: rollout-web
`,
      explanation:
        "edit everywhere let the pipeline read every Secret and create pods in every namespace: whoever steals its token owns the cluster's workloads. The Role lives in shop, so it can only grant access there, and the RoleBinding may name a ServiceAccount of another namespace. resourceNames pins the rule to web; list and watch still work with resourceNames because kubectl asks for one object by a metadata.name field selector. Patching a Deployment can still change its pod template (run another image, another service account), which is why the audit reports it as low: that is the power the job needs, kept to one object.",
    },
    checks: [
      {
        type: 'can',
        as: 'ServiceAccount:ci:deployer',
        verb: 'patch',
        resource: 'deployments.apps',
        namespace: 'shop',
        name: 'web',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:ci:deployer',
        verb: 'get',
        resource: 'deployments.apps',
        namespace: 'shop',
        name: 'web',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:ci:deployer',
        verb: 'watch',
        resource: 'deployments.apps',
        namespace: 'shop',
        name: 'web',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:ci:deployer',
        verb: 'patch',
        resource: 'deployments.apps',
        namespace: 'shop',
        name: 'api',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:ci:deployer',
        verb: 'delete',
        resource: 'deployments.apps',
        namespace: 'shop',
        name: 'web',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:ci:deployer',
        verb: 'patch',
        resource: 'deployments.apps',
        namespace: 'staging',
        name: 'web',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:ci:deployer',
        verb: 'get',
        resource: 'deployments.apps',
        namespace: 'staging',
        name: 'web',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:ci:deployer',
        verb: 'create',
        resource: 'pods',
        namespace: 'shop',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:ci:deployer',
        verb: 'get',
        resource: 'secrets',
        namespace: 'shop',
        allowed: false,
      },
      {type: 'max-finding-severity', severity: 'low'},
    ],
    docs: [RBAC, SA],
  },
  {
    id: 'rbac-configmaps-two-namespaces',
    tool: 'rbac',
    title: 'An operator that must read ConfigMaps in two namespaces',
    task: 'ServiceAccount config-sync in namespace operators reads (get, list, watch) ConfigMaps in namespaces team-a and team-b, and nowhere else. Today a ClusterRoleBinding lets it read them in every namespace. Fix the bindings.',
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: configmap-reader
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: config-sync
subjects:
  - kind: ServiceAccount
    name: config-sync
    namespace: operators
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: configmap-reader
`,
    hints: [
      'The ClusterRole itself is fine; the binding decides where it applies.',
      "A RoleBinding may refer to a ClusterRole: it then grants that role's rules in the RoleBinding's namespace only.",
      'Keep the ClusterRole, delete the ClusterRoleBinding, and add one RoleBinding in team-a and one in team-b.',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: configmap-reader
rules:
  - apiGroups: [""]
    resources: [configmaps]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: config-sync
  namespace: team-a
subjects:
  - kind: ServiceAccount
    name: config-sync
    namespace: operators
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: configmap-reader
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: config-sync
  namespace: team-b
subjects:
  - kind: ServiceAccount
    name: config-sync
    namespace: operators
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: configmap-reader
`,
      explanation:
        'Defining the rules once in a ClusterRole and binding it per namespace is the usual pattern: one definition, granted only where a RoleBinding exists. ConfigMaps in kube-system hold cluster configuration (kubeadm-config, the CoreDNS Corefile, the extension API server CA), which an operator for two teams has no reason to read. One consequence to know: the operator must watch each namespace separately, because a cluster-wide list or watch is a request without a namespace, which only a ClusterRoleBinding can allow.',
    },
    checks: [
      {
        type: 'can',
        as: 'ServiceAccount:operators:config-sync',
        verb: 'list',
        resource: 'configmaps',
        namespace: 'team-a',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:operators:config-sync',
        verb: 'watch',
        resource: 'configmaps',
        namespace: 'team-b',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:operators:config-sync',
        verb: 'get',
        resource: 'configmaps',
        namespace: 'team-b',
        name: 'settings',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:operators:config-sync',
        verb: 'get',
        resource: 'configmaps',
        namespace: 'kube-system',
        name: 'kubeadm-config',
        allowed: false,
      },
      {type: 'can', as: 'ServiceAccount:operators:config-sync', verb: 'list', resource: 'configmaps', allowed: false},
      {
        type: 'can',
        as: 'ServiceAccount:operators:config-sync',
        verb: 'update',
        resource: 'configmaps',
        namespace: 'team-a',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:operators:config-sync',
        verb: 'list',
        resource: 'secrets',
        namespace: 'team-a',
        allowed: false,
      },
      {type: 'max-finding-severity', severity: 'low'},
    ],
    docs: [RBAC],
  },
  {
    id: 'rbac-dev-team-no-wildcard',
    tool: 'rbac',
    title: 'Replace a wildcard Role with what a team actually does',
    task: 'Group dev-team has a Role with * on everything in namespace dev. The team deploys Deployments, Services and ConfigMaps, and reads pods and their logs. It must not read Secrets, exec into pods or change RBAC. Write the Role and RoleBinding.',
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: dev-all
  namespace: dev
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: dev-team
  namespace: dev
subjects:
  - kind: Group
    name: dev-team
    apiGroup: rbac.authorization.k8s.io
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: dev-all
`,
    hints: [
      'List each resource with the API group it belongs to: Deployments are in apps, Services, ConfigMaps and pods in the core group "".',
      'Logs are a subresource: pods/log, read with get. Exec is pods/exec: leave it out.',
      'Three rules: apps deployments (all write verbs), core services and configmaps (all write verbs), core pods and pods/log (get, list, watch).',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: dev-team
  namespace: dev
rules:
  - apiGroups: [apps]
    resources: [deployments]
    verbs: [get, list, watch, create, update, patch, delete]
  - apiGroups: [""]
    resources: [services, configmaps]
    verbs: [get, list, watch, create, update, patch, delete]
  - apiGroups: [""]
    resources: [pods, pods/log]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: dev-team
  namespace: dev
subjects:
  - kind: Group
    name: dev-team
    apiGroup: rbac.authorization.k8s.io
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: dev-team
`,
      explanation:
        'The wildcard gave the team every Secret in dev, exec into every pod, and roles and rolebindings, so anyone in the group could grant anything in the namespace to anyone. Listing resources also protects against the future: a wildcard silently grants every resource a CRD adds later. Creating Deployments still lets the team run pods as any ServiceAccount of dev, and the audit keeps that as a medium finding: that is inherent in deploying, and the reason to keep powerful ServiceAccounts out of a namespace developers deploy to.',
    },
    checks: [
      {
        type: 'can',
        as: 'Group:dev-team',
        verb: 'create',
        resource: 'deployments.apps',
        namespace: 'dev',
        allowed: true,
      },
      {type: 'can', as: 'Group:dev-team', verb: 'update', resource: 'services', namespace: 'dev', allowed: true},
      {type: 'can', as: 'Group:dev-team', verb: 'create', resource: 'configmaps', namespace: 'dev', allowed: true},
      {type: 'can', as: 'Group:dev-team', verb: 'get', resource: 'pods/log', namespace: 'dev', allowed: true},
      {type: 'can', as: 'Group:dev-team', verb: 'get', resource: 'secrets', namespace: 'dev', allowed: false},
      {type: 'can', as: 'Group:dev-team', verb: 'create', resource: 'pods/exec', namespace: 'dev', allowed: false},
      {
        type: 'can',
        as: 'Group:dev-team',
        verb: 'create',
        resource: 'rolebindings.rbac.authorization.k8s.io',
        namespace: 'dev',
        allowed: false,
      },
      {type: 'max-finding-severity', severity: 'medium'},
    ],
    docs: [RBAC, ESCALATION],
  },
  {
    id: 'rbac-monitoring-no-secrets',
    tool: 'rbac',
    title: 'Service discovery for Prometheus without reading Secrets',
    task: "ServiceAccount prometheus in namespace monitoring discovers targets cluster-wide (nodes, services, endpoints, EndpointSlices, pods), scrapes the kubelet metrics and the API server's /metrics. Its ClusterRole reads every core resource, Secrets included. Rewrite the ClusterRole.",
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: prometheus
rules:
  - apiGroups: [""]
    resources: ["*"]
    verbs: [get, list, watch]
  - apiGroups: [discovery.k8s.io]
    resources: [endpointslices]
    verbs: [get, list, watch]
  - nonResourceURLs: [/metrics]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: prometheus
subjects:
  - kind: ServiceAccount
    name: prometheus
    namespace: monitoring
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: prometheus
`,
    hints: [
      'resources: ["*"] in the core group includes secrets: read access to it is read access to every Secret in the cluster.',
      'Name the resources: nodes, nodes/metrics, services, endpoints, pods. Kubelet metrics are the nodes/metrics subresource.',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: prometheus
rules:
  - apiGroups: [""]
    resources: [nodes, nodes/metrics, services, endpoints, pods]
    verbs: [get, list, watch]
  - apiGroups: [discovery.k8s.io]
    resources: [endpointslices]
    verbs: [get, list, watch]
  - nonResourceURLs: [/metrics]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: prometheus
subjects:
  - kind: ServiceAccount
    name: prometheus
    namespace: monitoring
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: prometheus
`,
      explanation:
        'list and watch on Secrets return their full contents, so the wildcard made the monitoring stack a store of every credential in the cluster, including service account tokens of older clusters and TLS keys. Monitoring needs discovery objects only. nodes/metrics is the subresource the kubelet checks for its /metrics endpoints; nothing here needs nodes/proxy, which would let Prometheus run commands in pods through the kubelet.',
    },
    checks: [
      {type: 'can', as: 'ServiceAccount:monitoring:prometheus', verb: 'list', resource: 'pods', allowed: true},
      {
        type: 'can',
        as: 'ServiceAccount:monitoring:prometheus',
        verb: 'watch',
        resource: 'endpointslices.discovery.k8s.io',
        allowed: true,
      },
      {type: 'can', as: 'ServiceAccount:monitoring:prometheus', verb: 'list', resource: 'services', allowed: true},
      {
        type: 'can',
        as: 'ServiceAccount:monitoring:prometheus',
        verb: 'get',
        resource: 'nodes/metrics',
        name: 'node-1',
        allowed: true,
      },
      {type: 'can', as: 'ServiceAccount:monitoring:prometheus', verb: 'get', resource: '/metrics', allowed: true},
      {type: 'can', as: 'ServiceAccount:monitoring:prometheus', verb: 'list', resource: 'secrets', allowed: false},
      {type: 'can', as: 'ServiceAccount:monitoring:prometheus', verb: 'list', resource: 'configmaps', allowed: false},
      {
        type: 'can',
        as: 'ServiceAccount:monitoring:prometheus',
        verb: 'get',
        resource: 'secrets',
        namespace: 'monitoring',
        name: 'grafana-admin',
        allowed: false,
      },
      {type: 'max-finding-severity', severity: 'low'},
    ],
    docs: [RBAC, '/docs/attack-vectors/secret-and-image-pull-secret-theft'],
  },
  {
    id: 'rbac-default-sa-edit',
    tool: 'rbac',
    title: 'Take a role away from the default ServiceAccount',
    task: 'In namespace app, a RoleBinding gives edit to the default ServiceAccount so that one batch pod can create Jobs. Every pod in app that sets no serviceAccountName now has edit. Give the permission to a dedicated ServiceAccount batch-runner instead: it creates, reads and deletes Jobs.',
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: default-edit
  namespace: app
subjects:
  - kind: ServiceAccount
    name: default
    namespace: app
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: edit
`,
    hints: [
      'Every pod that names no ServiceAccount runs as default: never bind roles to it.',
      'A Role for jobs in group batch (get, list, watch, create, delete), bound to ServiceAccount batch-runner. (Create the ServiceAccount and set serviceAccountName in the batch pod; the grader only reads RBAC objects.)',
    ],
    solution: {
      manifest: `apiVersion: v1
kind: ServiceAccount
metadata:
  name: batch-runner
  namespace: app
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: job-runner
  namespace: app
rules:
  - apiGroups: [batch]
    resources: [jobs]
    verbs: [get, list, watch, create, delete]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: batch-runner-jobs
  namespace: app
subjects:
  - kind: ServiceAccount
    name: batch-runner
    namespace: app
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: job-runner
`,
      explanation:
        'Permissions bound to the default ServiceAccount reach every pod of the namespace, including ones written later by someone who never heard of the binding; a compromised web pod would then read Secrets and exec into other pods. A dedicated ServiceAccount confines the permission to the pods that name it. Creating Jobs still means creating pods, so the audit keeps a medium finding: batch-runner can start a pod with any ServiceAccount of app. Keep the namespace free of more powerful ServiceAccounts, or let a controller run the Jobs.',
    },
    checks: [
      {
        type: 'can',
        as: 'ServiceAccount:app:batch-runner',
        verb: 'create',
        resource: 'jobs.batch',
        namespace: 'app',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:app:batch-runner',
        verb: 'delete',
        resource: 'jobs.batch',
        namespace: 'app',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:app:batch-runner',
        verb: 'get',
        resource: 'secrets',
        namespace: 'app',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:app:batch-runner',
        verb: 'create',
        resource: 'pods',
        namespace: 'app',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:app:default',
        verb: 'create',
        resource: 'jobs.batch',
        namespace: 'app',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:app:default',
        verb: 'get',
        resource: 'secrets',
        namespace: 'app',
        allowed: false,
      },
      {type: 'max-finding-severity', severity: 'medium'},
    ],
    docs: [SA, RBAC],
  },
  {
    id: 'rbac-support-no-exec',
    tool: 'rbac',
    title: 'Support staff read logs, without exec or port-forward',
    task: 'Group support investigates incidents in namespace prod: it lists pods, reads their logs and events. Its Role also allows exec, attach and port-forward, which nobody approved. Remove them and keep the rest.',
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: support
  namespace: prod
rules:
  - apiGroups: [""]
    resources: [pods, pods/log, pods/exec, pods/attach, pods/portforward, events]
    verbs: [get, list, watch, create]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: support
  namespace: prod
subjects:
  - kind: Group
    name: support
    apiGroup: rbac.authorization.k8s.io
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: support
`,
    hints: [
      'kubectl exec, attach and port-forward are the subresources pods/exec, pods/attach and pods/portforward. Reading needs none of them.',
      'create on pods also lets the group start new pods. Reading needs get, list and watch only.',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: support
  namespace: prod
rules:
  - apiGroups: [""]
    resources: [pods, pods/log, events]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: support
  namespace: prod
subjects:
  - kind: Group
    name: support
    apiGroup: rbac.authorization.k8s.io
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: support
`,
      explanation:
        'exec runs a command inside the container, with its ServiceAccount token, its mounted Secrets and its network position, so "read-only support" with exec is full control of every workload in prod. Since v1.35 (feature gate AuthorizePodWebsocketUpgradeCreatePermission, on by default) an exec over WebSocket needs create on pods/exec, as the SPDY path always did; before, get was enough, which is why a read-only role must not list pods/exec with any verb. pods/log is read with get.',
    },
    checks: [
      {type: 'can', as: 'Group:support', verb: 'list', resource: 'pods', namespace: 'prod', allowed: true},
      {type: 'can', as: 'Group:support', verb: 'get', resource: 'pods/log', namespace: 'prod', allowed: true},
      {type: 'can', as: 'Group:support', verb: 'list', resource: 'events', namespace: 'prod', allowed: true},
      {type: 'can', as: 'Group:support', verb: 'create', resource: 'pods/exec', namespace: 'prod', allowed: false},
      {type: 'can', as: 'Group:support', verb: 'get', resource: 'pods/exec', namespace: 'prod', allowed: false},
      {
        type: 'can',
        as: 'Group:support',
        verb: 'create',
        resource: 'pods/portforward',
        namespace: 'prod',
        allowed: false,
      },
      {type: 'can', as: 'Group:support', verb: 'create', resource: 'pods/attach', namespace: 'prod', allowed: false},
      {type: 'can', as: 'Group:support', verb: 'create', resource: 'pods', namespace: 'prod', allowed: false},
      {type: 'max-finding-severity', severity: 'low'},
    ],
    docs: [RBAC, '/docs/attack-vectors/exec-attach-ephemeral-containers'],
  },
  {
    id: 'rbac-one-secret-by-name',
    tool: 'rbac',
    title: 'Read one Secret, not all of them',
    task: 'ServiceAccount payments in namespace shop reads its database password from Secret db-credentials at start-up. Its Role lets it get, list and watch every Secret in shop. Reduce it to that one Secret.',
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: payments-secrets
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [secrets]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: payments-secrets
  namespace: shop
subjects:
  - kind: ServiceAccount
    name: payments
    namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: payments-secrets
`,
    hints: [
      'resourceNames limits a rule to named objects.',
      'A list without a name cannot be limited by resourceNames: keep only get, with resourceNames: [db-credentials].',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: payments-secrets
  namespace: shop
rules:
  - apiGroups: [""]
    resources: [secrets]
    resourceNames: [db-credentials]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: payments-secrets
  namespace: shop
subjects:
  - kind: ServiceAccount
    name: payments
    namespace: shop
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: payments-secrets
`,
      explanation:
        "list and watch return every Secret with its data, so the starter leaked the other services' credentials to anyone holding the payments token. With get and resourceNames the token opens one Secret. The audit still rates it medium, since it is a Secret; the better design is often not to call the API at all and mount the Secret as a volume or environment variable, which needs no RBAC for the pod.",
    },
    checks: [
      {
        type: 'can',
        as: 'ServiceAccount:shop:payments',
        verb: 'get',
        resource: 'secrets',
        namespace: 'shop',
        name: 'db-credentials',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:shop:payments',
        verb: 'get',
        resource: 'secrets',
        namespace: 'shop',
        name: 'stripe-api-key',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:shop:payments',
        verb: 'list',
        resource: 'secrets',
        namespace: 'shop',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:shop:payments',
        verb: 'watch',
        resource: 'secrets',
        namespace: 'shop',
        allowed: false,
      },
      {type: 'max-finding-severity', severity: 'medium'},
    ],
    docs: [RBAC, '/docs/attack-vectors/secret-and-image-pull-secret-theft'],
  },
  {
    id: 'rbac-team-lead-grants-view',
    tool: 'rbac',
    title: 'A team lead who may hand out view, and nothing more',
    task: "User lena leads the team in namespace dev and must add or remove teammates' read access: create and delete RoleBindings to ClusterRole view there. Her Role gives her every verb on every RBAC resource in dev. Replace it.",
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: rbac-manager
  namespace: dev
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: lena-rbac-manager
  namespace: dev
subjects:
  - kind: User
    name: lena
    apiGroup: rbac.authorization.k8s.io
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: rbac-manager
`,
    hints: [
      'RBAC normally refuses a binding that grants more than its author holds. Two verbs lift that check: escalate (on roles) and bind (on the role a binding refers to).',
      'She needs get, list, watch, create and delete on rolebindings, and bind on clusterroles limited with resourceNames: [view]. No verb on roles.',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: view-granter
  namespace: dev
rules:
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [rolebindings]
    verbs: [get, list, watch, create, delete]
  - apiGroups: [rbac.authorization.k8s.io]
    resources: [clusterroles]
    resourceNames: [view]
    verbs: [bind]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: lena-view-granter
  namespace: dev
subjects:
  - kind: User
    name: lena
    apiGroup: rbac.authorization.k8s.io
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: view-granter
`,
      explanation:
        "With * on RBAC resources she could write a Role with any permission (escalate) and bind admin or edit (bind), so she was admin of dev in two steps. When she creates a RoleBinding, the API server checks bind on the referenced ClusterRole in the RoleBinding's namespace, so a namespaced Role can carry that rule; resourceNames: [view] limits her to that one role. Without bind she could only bind roles whose permissions she holds herself in dev, and she does not hold view's; bind on view lets her grant exactly that role, nothing else.",
    },
    checks: [
      {
        type: 'can',
        as: 'User:lena',
        verb: 'create',
        resource: 'rolebindings.rbac.authorization.k8s.io',
        namespace: 'dev',
        allowed: true,
      },
      {
        type: 'can',
        as: 'User:lena',
        verb: 'delete',
        resource: 'rolebindings.rbac.authorization.k8s.io',
        namespace: 'dev',
        name: 'old-member',
        allowed: true,
      },
      {
        type: 'can',
        as: 'User:lena',
        verb: 'create',
        resource: 'roles.rbac.authorization.k8s.io',
        namespace: 'dev',
        allowed: false,
      },
      {
        type: 'can',
        as: 'User:lena',
        verb: 'escalate',
        resource: 'roles.rbac.authorization.k8s.io',
        namespace: 'dev',
        allowed: false,
      },
      {
        type: 'can',
        as: 'User:lena',
        verb: 'bind',
        resource: 'roles.rbac.authorization.k8s.io',
        namespace: 'dev',
        name: 'rbac-manager',
        allowed: false,
      },
      {
        type: 'can',
        as: 'User:lena',
        verb: 'create',
        resource: 'rolebindings.rbac.authorization.k8s.io',
        namespace: 'prod',
        allowed: false,
      },
      {type: 'max-finding-severity', severity: 'low'},
    ],
    docs: [ESCALATION, RBAC],
  },
  {
    id: 'rbac-kubelet-metrics-not-proxy',
    tool: 'rbac',
    title: 'Kubelet metrics without nodes/proxy',
    task: 'ServiceAccount node-metrics in namespace monitoring scrapes each kubelet\'s /metrics and /stats/summary. It was given get on nodes/proxy "because that works". Give it what the kubelet actually checks for those paths.',
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: node-metrics
rules:
  - apiGroups: [""]
    resources: [nodes, nodes/proxy]
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-metrics
subjects:
  - kind: ServiceAccount
    name: node-metrics
    namespace: monitoring
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-metrics
`,
    hints: [
      'The kubelet authorizes its HTTP paths as subresources of nodes: /metrics and its sub-paths map to one subresource, /stats to another, and anything it does not know to nodes/proxy.',
      'nodes/metrics for /metrics and nodes/stats for /stats; keep get, list, watch on nodes for discovery.',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: node-metrics
rules:
  - apiGroups: [""]
    resources: [nodes]
    verbs: [get, list, watch]
  - apiGroups: [""]
    resources: [nodes/metrics, nodes/stats]
    verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: node-metrics
subjects:
  - kind: ServiceAccount
    name: node-metrics
    namespace: monitoring
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: node-metrics
`,
      explanation:
        'nodes/proxy is the catch-all subresource of the kubelet API: it covers /exec, /run and /attach, and because the kubelet maps a WebSocket upgrade, which arrives as GET, to the get verb, get on nodes/proxy is enough to run commands in any pod on every node. The kubelet checks nodes/metrics for /metrics and nodes/stats for /stats, so the scraper needs neither proxy nor write verbs. With fine-grained kubelet authorization (KubeletFineGrainedAuthz: on by default since v1.33, GA since v1.36) a few more read-only paths, such as /pods and /healthz, get subresources of their own.',
    },
    checks: [
      {
        type: 'can',
        as: 'ServiceAccount:monitoring:node-metrics',
        verb: 'get',
        resource: 'nodes/metrics',
        name: 'node-1',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:monitoring:node-metrics',
        verb: 'get',
        resource: 'nodes/stats',
        name: 'node-1',
        allowed: true,
      },
      {type: 'can', as: 'ServiceAccount:monitoring:node-metrics', verb: 'list', resource: 'nodes', allowed: true},
      {
        type: 'can',
        as: 'ServiceAccount:monitoring:node-metrics',
        verb: 'get',
        resource: 'nodes/proxy',
        name: 'node-1',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:monitoring:node-metrics',
        verb: 'create',
        resource: 'nodes/proxy',
        name: 'node-1',
        allowed: false,
      },
      {type: 'max-finding-severity', severity: 'low'},
    ],
    docs: [RBAC, '/docs/attack-vectors/nodes-proxy-abuse'],
  },
  {
    id: 'rbac-admission-config-read-only',
    tool: 'rbac',
    title: 'A policy dashboard that only reads admission configuration',
    task: "ServiceAccount dashboard in namespace policy-ui shows the cluster's admission webhooks and ValidatingAdmissionPolicies. Its ClusterRole has every verb on every resource of admissionregistration.k8s.io. Make it read-only.",
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: policy-dashboard
rules:
  - apiGroups: [admissionregistration.k8s.io]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: policy-dashboard
subjects:
  - kind: ServiceAccount
    name: dashboard
    namespace: policy-ui
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: policy-dashboard
`,
    hints: [
      'A dashboard reads: get, list and watch.',
      'Name the four resources it shows: validatingwebhookconfigurations, mutatingwebhookconfigurations, validatingadmissionpolicies and validatingadmissionpolicybindings.',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: policy-dashboard
rules:
  - apiGroups: [admissionregistration.k8s.io]
    resources:
      - validatingwebhookconfigurations
      - mutatingwebhookconfigurations
      - validatingadmissionpolicies
      - validatingadmissionpolicybindings
    verbs: [get, list, watch]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: policy-dashboard
subjects:
  - kind: ServiceAccount
    name: dashboard
    namespace: policy-ui
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: policy-dashboard
`,
      explanation:
        'Whoever can write a mutating webhook configuration sees and can rewrite every object the webhook matches, Secrets and Pods included, and whoever can delete a validating webhook or policy switches off the controls it enforces. A dashboard token with those rights is a cluster-admin token in disguise. Reading the configurations exposes webhook URLs and CA bundles but no credentials.',
    },
    checks: [
      {
        type: 'can',
        as: 'ServiceAccount:policy-ui:dashboard',
        verb: 'list',
        resource: 'validatingwebhookconfigurations.admissionregistration.k8s.io',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:policy-ui:dashboard',
        verb: 'watch',
        resource: 'mutatingwebhookconfigurations.admissionregistration.k8s.io',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:policy-ui:dashboard',
        verb: 'get',
        resource: 'validatingadmissionpolicies.admissionregistration.k8s.io',
        name: 'require-labels',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:policy-ui:dashboard',
        verb: 'update',
        resource: 'mutatingwebhookconfigurations.admissionregistration.k8s.io',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:policy-ui:dashboard',
        verb: 'delete',
        resource: 'validatingwebhookconfigurations.admissionregistration.k8s.io',
        name: 'gatekeeper',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:policy-ui:dashboard',
        verb: 'create',
        resource: 'validatingadmissionpolicybindings.admissionregistration.k8s.io',
        allowed: false,
      },
      {type: 'max-finding-severity', severity: 'low'},
    ],
    docs: [RBAC, ESCALATION],
  },
  {
    id: 'rbac-helm-one-namespace',
    tool: 'rbac',
    title: 'A namespace deployer bound cluster-wide',
    task: "ServiceAccount helm in namespace team-a installs the team's charts with ClusterRole admin, but through a ClusterRoleBinding, so it is admin of every namespace. Keep admin, in team-a only.",
    starter: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: team-a-helm
subjects:
  - kind: ServiceAccount
    name: helm
    namespace: team-a
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: admin
`,
    hints: [
      'The role is not the problem this time; the binding kind is.',
      'A RoleBinding in team-a to ClusterRole admin grants admin in team-a and nowhere else.',
    ],
    solution: {
      manifest: `apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: team-a-helm
  namespace: team-a
subjects:
  - kind: ServiceAccount
    name: helm
    namespace: team-a
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: admin
`,
      explanation:
        "admin is meant to be granted per namespace: through a ClusterRoleBinding it reads every Secret and creates pods in every namespace, kube-system included, which is one step from cluster-admin. As a RoleBinding the same rules stop at team-a. The audit still reports high findings for team-a (admin reads Secrets, impersonates the namespace's ServiceAccounts and mints their tokens), which is what admin of a namespace means; the check here only rules out critical ones. Charts that install CRDs or ClusterRoles need a separate, reviewed cluster-scoped role.",
    },
    checks: [
      {
        type: 'can',
        as: 'ServiceAccount:team-a:helm',
        verb: 'create',
        resource: 'deployments.apps',
        namespace: 'team-a',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:team-a:helm',
        verb: 'create',
        resource: 'rolebindings.rbac.authorization.k8s.io',
        namespace: 'team-a',
        allowed: true,
      },
      {
        type: 'can',
        as: 'ServiceAccount:team-a:helm',
        verb: 'create',
        resource: 'deployments.apps',
        namespace: 'team-b',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:team-a:helm',
        verb: 'list',
        resource: 'pods',
        namespace: 'team-b',
        allowed: false,
      },
      {
        type: 'can',
        as: 'ServiceAccount:team-a:helm',
        verb: 'get',
        resource: 'secrets',
        namespace: 'kube-system',
        allowed: false,
      },
      {type: 'can', as: 'ServiceAccount:team-a:helm', verb: 'list', resource: 'secrets', allowed: false},
      {type: 'max-finding-severity', severity: 'high'},
    ],
    docs: [RBAC, SA],
  },
];
