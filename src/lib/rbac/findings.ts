/**
 * The risk finding catalog, as data. Each entry explains why the permission
 * is dangerous and how to fix it with least privilege. `severity` is the
 * highest severity the finding can have; the audit lowers it for narrower
 * grants (namespaced instead of cluster-wide, restricted by resourceNames,
 * built-in system bindings). Docs links point to the site's articles; every
 * id has a matching heading anchor on the privilege-escalation page.
 */
import type {Severity} from './types';

export type FindingId =
  | 'cluster-admin'
  | 'wildcard'
  | 'secrets-read'
  | 'pod-create'
  | 'pod-exec'
  | 'ephemeral-containers'
  | 'escalate'
  | 'bind'
  | 'impersonate'
  | 'token-create'
  | 'nodes-proxy'
  | 'csr-approve'
  | 'webhook-config-write'
  | 'pv-create'
  | 'broad-subject'
  | 'dangling-binding';

export interface FindingDefinition {
  readonly id: FindingId;
  readonly title: string;
  /** Highest severity this finding can reach. */
  readonly severity: Severity;
  /** How severity is chosen. */
  readonly severityNote: string;
  readonly why: string;
  readonly fix: string;
  readonly docs: string;
}

export const RBAC_DOCS = '/docs/fundamentals/authorization/rbac';
export const ESCALATION_DOCS = '/docs/fundamentals/authorization/rbac-privilege-escalation';

const docs = (id: FindingId): string => `${ESCALATION_DOCS}#${id}`;

export const FINDING_CATALOG: readonly FindingDefinition[] = [
  {
    id: 'cluster-admin',
    title: 'Cluster-admin granted cluster-wide',
    severity: 'critical',
    severityNote:
      'critical for any subject other than the system:masters group, via a ClusterRoleBinding to cluster-admin or any role with a rule of * verbs on * resources in * API groups',
    why: 'The subject can do anything in every namespace, including reading every Secret, creating privileged pods on any node and rewriting RBAC itself. A leaked token or a compromised CI job is a full cluster compromise.',
    fix: 'Replace the binding with roles that list only the verbs and resources the subject needs, bound with RoleBindings in the namespaces where it works. Keep break-glass admin access for humans outside day-to-day credentials.',
    docs: docs('cluster-admin'),
  },
  {
    id: 'wildcard',
    title: 'Wildcard in verbs, resources or API groups',
    severity: 'high',
    severityNote:
      'high for * verbs on * resources (cluster-wide) or full * rules inside a namespace; medium for other cluster-wide wildcards; low for other namespaced ones and for nonResourceURLs: ["*"]',
    why: 'A wildcard grants every current and future resource or verb, including subresources such as pods/exec and secrets, and new custom resources installed later. It hides what the subject really needs.',
    fix: 'List the exact verbs, API groups and resources. To find what is used, check the audit log or run the workload with a narrow role and add permissions as requests are denied.',
    docs: docs('wildcard'),
  },
  {
    id: 'secrets-read',
    title: 'Can read Secrets',
    severity: 'critical',
    severityNote: 'critical cluster-wide, high in a namespace; one level lower when limited by resourceNames',
    why: "get returns a Secret's data, and list and watch return the contents of every Secret at once (kubectl get secrets -o yaml). Secrets hold service account tokens, TLS keys and cloud credentials, often for more privileged identities.",
    fix: 'Remove get/list/watch on secrets. If one Secret is needed, grant get with resourceNames: [that-secret] in its namespace, or mount it into the pod instead of reading it through the API.',
    docs: docs('secrets-read'),
  },
  {
    id: 'pod-create',
    title: 'Can create pods or workloads',
    severity: 'critical',
    severityNote: 'critical cluster-wide, medium in a namespace; lower when limited by resourceNames',
    why: 'Whoever creates a pod, directly or through a Deployment, DaemonSet, StatefulSet, ReplicaSet, Job, CronJob or ReplicationController, chooses its service account, volumes and security context: the pod can run as any service account of the namespace, mount any Secret or ConfigMap there and, unless Pod Security admission forbids it, use hostPath or privileged mode to take over the node.',
    fix: 'Grant workload creation only in the namespaces the subject owns, enforce the restricted Pod Security Standard there, and keep powerful service accounts out of those namespaces.',
    docs: docs('pod-create'),
  },
  {
    id: 'pod-exec',
    title: 'Can exec, attach or port-forward into pods',
    severity: 'critical',
    severityNote: 'critical cluster-wide, medium in a namespace; one level lower when only the get verb is granted',
    why: 'pods/exec and pods/attach run commands inside running containers, with their service account tokens, mounted Secrets and network position; pods/portforward reaches ports not exposed by a Service. kubectl uses create (SPDY/POST), but the WebSocket upgrade is a GET, so get alone is enough on clusters before v1.35 or with the AuthorizePodWebsocketUpgradeCreatePermission feature gate disabled.',
    fix: 'Remove pods/exec, pods/attach and pods/portforward from day-to-day roles; grant them temporarily, in one namespace, for debugging. Treat get on these subresources like create.',
    docs: docs('pod-exec'),
  },
  {
    id: 'ephemeral-containers',
    title: 'Can add ephemeral containers to pods',
    severity: 'critical',
    severityNote: 'critical cluster-wide, medium in a namespace',
    why: 'update or patch on pods/ephemeralcontainers (kubectl debug) injects a new container into a running pod, which shares its service account, volumes and process namespace: the same power as exec.',
    fix: 'Grant pods/ephemeralcontainers only to people who may exec, in the namespaces they debug, and enforce Pod Security admission there.',
    docs: docs('ephemeral-containers'),
  },
  {
    id: 'escalate',
    title: 'Can escalate roles',
    severity: 'critical',
    severityNote: 'critical on clusterroles (cluster-wide), high on roles in a namespace',
    why: 'RBAC normally refuses to let you create or update a role with permissions you do not already have. The escalate verb switches that protection off: together with update on the role you are bound to, you can give yourself anything.',
    fix: 'Remove escalate. Only the ClusterRole aggregation controller and cluster administrators need it.',
    docs: docs('escalate'),
  },
  {
    id: 'bind',
    title: 'Can bind roles',
    severity: 'critical',
    severityNote:
      'critical for clusterroles cluster-wide, high in a namespace; medium when limited by resourceNames to specific roles',
    why: 'The bind verb lets a subject create a (Cluster)RoleBinding to a role whose permissions it does not hold, bypassing escalation prevention: e.g. bind cluster-admin to itself.',
    fix: 'Remove bind, or limit it with resourceNames to the few low-privilege roles the subject may hand out (for example resourceNames: ["view"]).',
    docs: docs('bind'),
  },
  {
    id: 'impersonate',
    title: 'Can impersonate users, groups or service accounts',
    severity: 'critical',
    severityNote:
      'critical for users, groups or service accounts cluster-wide, high for service accounts in a namespace, lower when limited by resourceNames, low for uids/userextras alone',
    why: 'Impersonation lets the subject act as another identity (kubectl --as / --as-group). Impersonating the group system:masters, or any privileged user or service account, gives its full rights.',
    fix: 'Remove impersonate, or limit it with resourceNames to specific low-privilege identities. Never allow impersonating groups cluster-wide.',
    docs: docs('impersonate'),
  },
  {
    id: 'token-create',
    title: 'Can create service account tokens',
    severity: 'critical',
    severityNote: 'critical cluster-wide, high in a namespace; one level lower when limited by resourceNames',
    why: 'create on serviceaccounts/token (TokenRequest) mints a token for an existing service account, so the subject gains the rights of every service account it can target, including controllers in kube-system.',
    fix: 'Remove create on serviceaccounts/token, or limit it with resourceNames to the one service account that needs tokens, in its namespace.',
    docs: docs('token-create'),
  },
  {
    id: 'nodes-proxy',
    title: 'Can reach the kubelet API through nodes/proxy',
    severity: 'critical',
    severityNote: 'critical; high when limited to named nodes',
    why: 'nodes/proxy reaches the kubelet API, which can run commands in every pod on the node. It bypasses admission control and API audit logging. The kubelet authorizes a WebSocket upgrade as get, so even get on nodes/proxy (often given to monitoring for metrics) allows command execution.',
    fix: "Give monitoring nodes/metrics and nodes/stats instead of nodes/proxy (or use the kubelet's fine-grained authorization), and scrape through a dedicated metrics endpoint.",
    docs: docs('nodes-proxy'),
  },
  {
    id: 'csr-approve',
    title: 'Can approve or sign certificate signing requests',
    severity: 'critical',
    severityNote:
      'critical when the subject holds both update on certificatesigningrequests/approval and approve on a signer covering kubernetes.io/kube-apiserver-client; high for other signers; medium for one half alone or for signing',
    why: 'Approving a CSR for the kube-apiserver-client signer issues a client certificate with any user and group names, for example a member of system:masters. Certificates cannot be revoked before they expire.',
    fix: 'Leave CSR approval to the controller manager and cluster administrators. If a component must approve, limit approve on signers with resourceNames to its own signer and never include kubernetes.io/kube-apiserver-client.',
    docs: docs('csr-approve'),
  },
  {
    id: 'webhook-config-write',
    title: 'Can change admission webhooks or policies',
    severity: 'critical',
    severityNote: 'critical for mutating webhook configurations, high for validating webhooks and admission policies',
    why: 'A mutating webhook receives (and can alter) every object it selects, including Secrets and pods, so pointing one at your own server steals data and injects containers. Changing or deleting validating webhooks and ValidatingAdmissionPolicies switches security policies off.',
    fix: 'Reserve write access on admissionregistration.k8s.io resources to cluster administrators and the controllers that own them, limited with resourceNames to their own configurations.',
    docs: docs('webhook-config-write'),
  },
  {
    id: 'pv-create',
    title: 'Can create PersistentVolumes',
    severity: 'high',
    severityNote: 'high (PersistentVolumes are cluster-scoped, so only ClusterRoleBindings grant it)',
    why: "A PersistentVolume can be a hostPath volume; a pod that claims it gets the node's filesystem, including kubelet credentials and other pods' data, even where Pod Security admission forbids hostPath in pods.",
    fix: 'Let users create PersistentVolumeClaims against a StorageClass with dynamic provisioning, and keep create on persistentvolumes for administrators and CSI provisioners.',
    docs: docs('pv-create'),
  },
  {
    id: 'broad-subject',
    title: 'Granted to a broad group or a default service account',
    severity: 'critical',
    severityNote:
      "high for system:unauthenticated/system:anonymous, medium for system:authenticated or all service accounts, low for one namespace's service accounts or default service account; raised to critical (or high for namespace-level subjects) when the role carries a high or critical finding",
    why: "Bindings to system:authenticated give every account the cluster trusts (for some providers, any Google or cloud account), to system:unauthenticated or system:anonymous anyone who can reach the API server, to system:serviceaccounts every pod. A namespace's default service account is used by every pod that does not pick one.",
    fix: 'Bind to the specific users, groups or dedicated service accounts that need the access, and give workloads their own service account with automountServiceAccountToken only where needed.',
    docs: docs('broad-subject'),
  },
  {
    id: 'dangling-binding',
    title: 'Binding to a role that does not exist',
    severity: 'low',
    severityNote: 'low',
    why: 'The binding grants nothing today, but whoever later creates a role with that name (or an attacker able to create roles) silently grants it to these subjects. It often means a typo or a forgotten cleanup.',
    fix: 'Delete the binding, or fix roleRef to the intended role (it cannot be edited: delete and recreate the binding).',
    docs: docs('dangling-binding'),
  },
];

export function findingDefinition(id: FindingId): FindingDefinition {
  const def = FINDING_CATALOG.find((d) => d.id === id);
  if (!def) throw new Error(`unknown finding ${id}`);
  return def;
}
