import type {GlossaryTerm} from './glossary';

/**
 * The glossary's terms, sorted alphabetically by `term` (validateGlossary
 * checks the order). Write definitions in your own words; `short` is one
 * sentence for the popover, `long` the fuller explanation on /glossary.
 * Every term must be used by at least one page as <Term id="…"> at its first
 * mention (check:frontmatter fails on an unused term or an unknown ID).
 */
export const glossaryTerms: readonly GlossaryTerm[] = [
  {
    id: 'admission-controller',
    term: 'Admission controller',
    short:
      'Code in the API server that inspects, and may change or reject, a write request after it is authenticated and authorized but before the object is stored.',
    long: 'Admission runs in two phases: mutating admission can change the object (set defaults, inject fields), then validating admission can only accept or reject it. Some controllers are compiled into the API server (such as NodeRestriction and PodSecurity), others are called over HTTPS as webhooks, and ValidatingAdmissionPolicy evaluates CEL expressions in-process. Reads are never admitted; only create, update, delete and connect requests are.',
    links: [
      {to: '/docs/fundamentals/admission/admission-control', label: 'Admission control'},
      {to: '/docs/fundamentals/admission/admission-webhooks', label: 'Admission webhooks'},
    ],
  },
  {
    id: 'clusterrole',
    term: 'ClusterRole',
    short:
      'An RBAC object holding a set of permissions that is not tied to one namespace; bound cluster-wide or reused inside a namespace by a RoleBinding.',
    long: 'A ClusterRole lists rules (API groups, resources, verbs) like a Role, but it is cluster-scoped, so it can also grant access to cluster-scoped resources such as nodes and to non-resource URLs such as /healthz. A ClusterRoleBinding grants it in every namespace; a RoleBinding that refers to it grants its rules in that one namespace only.',
    links: [{to: '/docs/fundamentals/authorization/rbac#rbac-objects', label: 'RBAC: the four objects'}],
  },
  {
    id: 'pod-security-admission',
    term: 'Pod Security Admission',
    aka: ['PSA'],
    short:
      'The built-in admission controller that checks pods against the Pod Security Standards, per namespace, in enforce, audit and warn modes.',
    long: 'Pod Security Admission is configured with namespace labels (pod-security.kubernetes.io/enforce, audit and warn, each with an optional version) and cluster-wide defaults and exemptions in an AdmissionConfiguration. Enforce rejects violating pods; audit adds an annotation to the audit event; warn returns a warning to the client. It replaced PodSecurityPolicy, which was removed in v1.25.',
    links: [{to: '/docs/fundamentals/admission/pod-security-admission', label: 'Pod Security Admission'}],
  },
  {
    id: 'pod-security-standards',
    term: 'Pod Security Standards',
    aka: ['PSS'],
    short:
      'Three cumulative levels of pod hardening defined by Kubernetes: Privileged (no restrictions), Baseline (blocks known escalations) and Restricted (current best practice).',
    long: 'The standards are a list of checks on pod fields: Baseline forbids host namespaces, privileged containers, hostPath volumes, added capabilities beyond a safe set and similar; Restricted also requires running as non-root, dropping ALL capabilities, a seccomp profile and no privilege escalation. Pod Security Admission enforces them, and each check is versioned so a namespace can pin the rules of a given release.',
    links: [{to: '/docs/fundamentals/primitives/pod-security-standards', label: 'Pod Security Standards'}],
  },
  {
    id: 'rbac',
    term: 'RBAC',
    aka: ['Role-based access control'],
    short:
      'The Kubernetes authorizer that allows a request when a Role or ClusterRole bound to the user, group or service account grants that verb on that resource.',
    long: 'RBAC has four objects: Role and ClusterRole hold rules, RoleBinding and ClusterRoleBinding grant them to subjects. Rules only add permissions; there is no deny rule, so access is the union of every binding that applies. The escalate, bind and impersonate verbs, and read access to Secrets, are worth far more than they look.',
    links: [
      {to: '/docs/fundamentals/authorization/rbac', label: 'RBAC'},
      {to: '/docs/fundamentals/authorization/rbac-privilege-escalation', label: 'RBAC privilege escalation'},
    ],
  },
  {
    id: 'security-context',
    term: 'Security context',
    aka: ['securityContext'],
    short:
      'The pod and container fields that set the identity a process runs as and the kernel protections around it: user and group IDs, capabilities, seccomp, AppArmor and more.',
    long: 'A pod-level securityContext sets defaults for all containers (runAsUser, fsGroup, seccompProfile and others); a container-level securityContext overrides some of them and adds container-only fields such as privileged, allowPrivilegeEscalation, capabilities and readOnlyRootFilesystem. The Pod Security Standards are largely checks on these fields.',
    links: [{to: '/docs/fundamentals/primitives/security-contexts', label: 'Security contexts'}],
  },
  {
    id: 'service-account',
    term: 'ServiceAccount',
    aka: ['service account'],
    short:
      'A namespaced Kubernetes identity for workloads; pods authenticate to the API server as it with a short-lived, audience-bound token.',
    long: 'Every namespace has a default ServiceAccount, and a pod that names none runs as it. The kubelet mounts a projected token obtained through the TokenRequest API, which expires and is bound to the pod, unless automounting is turned off on the ServiceAccount or the pod. Its username is system:serviceaccount:<namespace>:<name>, and RBAC grants it permissions like any other subject.',
    links: [
      {to: '/docs/fundamentals/authentication/service-accounts', label: 'Service accounts'},
      {to: '/docs/attack-vectors/pod-creation-token-theft', label: 'Pod creation and token theft'},
    ],
  },
];
