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
    id: 'abac',
    term: 'ABAC',
    aka: ['Attribute-based access control'],
    short:
      'A legacy authorization mode that allows requests matching lines of a JSON policy file read when the API server starts.',
    long: 'ABAC is turned on with --authorization-mode=ABAC and --authorization-policy-file. Each line of the file is a policy object that matches a user or group, a namespace, a resource and read-only or not. The file is read only at startup, so every change needs an API server restart, and there is no API to review it. RBAC replaced it for nearly every cluster.',
    links: [
      {
        to: '/docs/fundamentals/authorization/abac-and-webhook-authorization#abac',
        label: 'ABAC and webhook authorization',
      },
    ],
  },
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
    id: 'admission-webhook',
    term: 'Admission webhook',
    aka: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    short:
      'An HTTPS service the API server calls during admission to change (mutating) or accept or reject (validating) an incoming object.',
    long: 'Webhooks are registered with MutatingWebhookConfiguration and ValidatingWebhookConfiguration objects, which say which operations and resources they see, how long the API server waits and what happens when the call fails. The API server sends an AdmissionReview and applies the answer. Because a webhook sees full objects, including Secrets when configured to, and can change every pod it matches, write access to these configurations is as powerful as cluster-admin.',
    links: [
      {to: '/docs/fundamentals/admission/admission-webhooks', label: 'Admission webhooks'},
      {
        to: '/docs/attack-vectors/admission-webhook-bypass-and-malicious-webhooks',
        label: 'Webhook bypass and malicious webhooks',
      },
    ],
  },
  {
    id: 'aggregated-clusterrole',
    term: 'Aggregated ClusterRole',
    aka: ['aggregationRule'],
    short:
      'A ClusterRole whose rules a controller fills in from every ClusterRole carrying labels that its aggregationRule selects.',
    long: 'The built-in admin, edit and view roles are aggregated, so a ClusterRole labelled rbac.authorization.k8s.io/aggregate-to-edit: "true" silently adds its rules to everyone bound to edit. Anyone who can create or label ClusterRoles can therefore widen existing bindings without touching them, which is why reviews should include the labels as well as the rules.',
    links: [{to: '/docs/fundamentals/authorization/rbac#aggregation', label: 'RBAC: aggregation'}],
  },
  {
    id: 'allow-privilege-escalation',
    term: 'allowPrivilegeEscalation',
    aka: ['no_new_privs'],
    short:
      'A container securityContext field that, when false, sets the no_new_privs flag so a process cannot gain more privileges than its parent, for example through setuid binaries.',
    long: 'When the field is unset the runtime allows escalation, and it is always effectively true for a privileged container or one with CAP_SYS_ADMIN. The Restricted Pod Security Standard requires it to be set to false on every container. It does not drop capabilities the container already has; combine it with dropping ALL capabilities and running as non-root.',
    links: [
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#allow-privilege-escalation',
        label: 'Pod Security Standards: privilege escalation',
      },
      {to: '/docs/fundamentals/primitives/security-contexts#privileges', label: 'Security contexts: privileges'},
    ],
  },
  {
    id: 'always-pull-images',
    term: 'AlwaysPullImages',
    short:
      "An admission plugin that sets every container's imagePullPolicy to Always, so every container start asks the registry, which checks the pod's credentials, instead of reusing a cached image.",
    long: 'It was the classic fix for a pod running a private image that another tenant had already pulled onto the node, without any pull secret of its own. Since v1.35 the kubelet closes most of that gap itself: its image pull credential verification (KubeletEnsureSecretPulledImages, beta and on by default) makes a pod prove matching credentials before it uses a cached private image. The plugin is off by default and costs a registry round trip per container start, which makes image pulls depend on registry availability.',
    links: [
      {to: '/docs/fundamentals/admission/admission-control#admission-plugins', label: 'Admission control: plugins'},
      {
        to: '/docs/fundamentals/components/container-runtime#image-pulls-and-credentials',
        label: 'Container runtime: image pulls',
      },
    ],
  },
  {
    id: 'anonymous-auth',
    term: 'Anonymous authentication',
    aka: ['system:anonymous', '--anonymous-auth'],
    short:
      'Treating a request that carries no credentials as the user system:anonymous in the group system:unauthenticated, instead of rejecting it.',
    long: 'The API server enables anonymous requests by default so that probes can reach health endpoints; RBAC then decides what they may do, and the default system:public-info-viewer role grants them only /healthz, /livez, /readyz and /version. A single binding to system:anonymous or system:unauthenticated opens the cluster to the internet. The AuthenticationConfiguration file can keep anonymous access but limit it to named paths such as /healthz, /readyz and /livez.',
    links: [
      {
        to: '/docs/fundamentals/authentication/webhook-proxy-and-anonymous#anonymous-requests',
        label: 'Anonymous requests',
      },
      {
        to: '/docs/fundamentals/components/api-server#anonymous-access-plus-one-careless-binding',
        label: 'API server: anonymous access',
      },
    ],
  },
  {
    id: 'apparmor',
    term: 'AppArmor',
    short:
      'A Linux security module that confines a program to a profile listing the files, capabilities and network access it may use; set with securityContext.appArmorProfile on the pod or a container.',
    long: 'Kubernetes supports the types RuntimeDefault, Localhost (a profile already loaded on the node) and Unconfined. The appArmorProfile field is GA since v1.31 and replaces the old container.apparmor.security.beta.kubernetes.io annotations. The Baseline Pod Security Standard forbids only Unconfined. AppArmor only works on nodes whose kernel has it enabled, such as Ubuntu and Debian.',
    links: [
      {to: '/docs/fundamentals/primitives/pod-security-standards#apparmor', label: 'Pod Security Standards: AppArmor'},
      {
        to: '/docs/fundamentals/primitives/security-contexts#kernel-confinement',
        label: 'Security contexts: kernel confinement',
      },
    ],
  },
  {
    id: 'attestation',
    term: 'Attestation',
    aka: ['in-toto attestation', 'provenance'],
    short:
      'A signed statement about an artifact, such as how an image was built or which packages it contains, bound to the artifact by its digest.',
    long: 'Supply-chain tools express attestations in the in-toto format: a subject (the image digest), a predicate type (SLSA provenance, an SPDX or CycloneDX SBOM, a vulnerability scan) and the predicate itself. cosign attest signs one and stores it next to the image in the registry, and admission policies can require a valid attestation before a pod runs.',
    links: [
      {to: '/docs/tools/syft#attest', label: 'Syft: attest an SBOM'},
      {to: '/docs/tools/cosign', label: 'cosign'},
    ],
  },
  {
    id: 'audit-backend',
    term: 'Audit backend',
    short:
      'Where the API server sends audit events: a log file (--audit-log-path) or a remote HTTP endpoint described by a kubeconfig (--audit-webhook-config-file).',
    long: 'The log backend writes one JSON event per line and rotates by size and age; the webhook backend batches events and posts them to a collector. Both can run together, and each can truncate large events. If nothing reads the log or it sits only on the control-plane node, an attacker with node access can delete the evidence, so ship it off the node.',
    links: [{to: '/docs/fundamentals/primitives/audit-logging#backends', label: 'Audit logging: backends'}],
  },
  {
    id: 'audit-level',
    term: 'Audit level',
    short: 'How much of a request an audit policy rule records: None, Metadata, Request or RequestResponse.',
    long: 'Metadata records who did what to which object and the response code but no bodies; Request adds the request body; RequestResponse adds the response body as well. The first matching rule wins. Use Metadata for Secrets, ConfigMaps and TokenReviews, because Request or RequestResponse would copy the secret values into the log.',
    links: [{to: '/docs/fundamentals/primitives/audit-logging#levels', label: 'Audit logging: levels'}],
  },
  {
    id: 'audit-log',
    term: 'Audit log',
    aka: ['Kubernetes auditing'],
    short:
      "The API server's chronological record of requests, with who made each one, what it touched, when, from where and the outcome.",
    long: 'Auditing is off until the API server is given an audit policy and a backend. Each event carries the user and groups, any impersonated user, the verb, the object reference, source IPs, user agent, response status and the authorization decision. It is the main way to investigate misuse of the API, but it sees nothing that bypasses the API server, such as direct etcd access or commands run on a node.',
    links: [{to: '/docs/fundamentals/primitives/audit-logging', label: 'Audit logging'}],
  },
  {
    id: 'audit-policy',
    term: 'Audit policy',
    aka: ['audit.k8s.io/v1 Policy'],
    short:
      'The audit.k8s.io/v1 Policy file, passed with --audit-policy-file, whose ordered rules choose the level at which each request is recorded.',
    long: 'Rules match users, groups, verbs, resources, namespaces and non-resource URLs, and the first match sets the level; a request that matches nothing is not logged. omitStages drops stages such as RequestReceived. A good policy logs Secrets at Metadata, skips noisy read-only system traffic and records writes to RBAC, webhooks and pods in full.',
    links: [{to: '/docs/fundamentals/primitives/audit-logging#policy', label: 'Audit logging: the policy'}],
  },
  {
    id: 'audit-stage',
    term: 'Audit stage',
    short:
      'The point in handling a request at which an audit event is written: RequestReceived, ResponseStarted, ResponseComplete or Panic.',
    long: 'Most requests produce a RequestReceived event and a ResponseComplete event; long-running ones such as watch and exec also produce ResponseStarted when the headers are sent, and Panic marks a request that crashed the handler. Policies often omit RequestReceived to halve the volume, since ResponseComplete carries the same metadata plus the outcome.',
    links: [{to: '/docs/fundamentals/primitives/audit-logging#stages', label: 'Audit logging: stages'}],
  },
  {
    id: 'authenticating-proxy',
    term: 'Authenticating proxy',
    aka: ['request header authentication'],
    short:
      'A front proxy that authenticates users itself and passes their identity to the API server in headers such as X-Remote-User, trusted only when the proxy presents a client certificate from a configured CA.',
    long: 'The API server reads the headers named by --requestheader-username-headers and --requestheader-group-headers only from connections whose client certificate is signed by --requestheader-client-ca-file and, if set, whose name is in --requestheader-allowed-names. Anyone holding a certificate from that CA can claim to be any user, so the CA must be dedicated to the proxy.',
    links: [
      {
        to: '/docs/fundamentals/authentication/webhook-proxy-and-anonymous#authenticating-proxy',
        label: 'Authenticating proxy',
      },
      {
        to: '/docs/fundamentals/authentication/authentication-methods#authenticating-proxy',
        label: 'Authentication methods',
      },
    ],
  },
  {
    id: 'authentication',
    term: 'Authentication',
    aka: ['authn'],
    short:
      "The API server's first step for each request: establishing who the caller is, as a username, UID, groups and extra fields, from a certificate, token or proxy header.",
    long: 'Kubernetes has no user objects; authenticators (client certificates, bearer tokens, OIDC, webhook, authenticating proxy, service account tokens) run in a chain and the first that recognises the credential wins. A request with no credentials is treated as anonymous when anonymous access is enabled; a credential that fails to authenticate is rejected with 401. Authorization then decides what that identity may do.',
    links: [{to: '/docs/fundamentals/authentication/authentication-methods', label: 'Authentication methods'}],
  },
  {
    id: 'authentication-configuration',
    term: 'AuthenticationConfiguration',
    aka: ['structured authentication configuration', '--authentication-config'],
    short:
      'A versioned API server config file that declares JWT issuers, claim validation and mappings, and anonymous access, replacing the single-issuer --oidc-* flags.',
    long: 'It is passed with --authentication-config and is GA since v1.34. It allows several JWT issuers, CEL expressions to validate claims and build usernames and groups, and rules that reject users. The file is reloaded when it changes, so adding an issuer does not need a restart. It cannot be combined with the --oidc-* flags.',
    links: [
      {
        to: '/docs/fundamentals/authentication/oidc-and-structured-authentication#authentication-configuration',
        label: 'OIDC and structured authentication',
      },
    ],
  },
  {
    id: 'authorization',
    term: 'Authorization',
    aka: ['authz'],
    short:
      "The API server's decision, after authentication, whether an identity may perform a verb on a resource, made by a chain of authorizers such as Node, RBAC and webhook.",
    long: 'Each authorizer sees the request attributes (user, groups, verb, resource, subresource, namespace, name or non-resource path) and answers allow, deny or no opinion. The first allow or deny ends the chain; if every authorizer has no opinion the request is forbidden with 403. The chain is set with --authorization-mode or an AuthorizationConfiguration file.',
    links: [{to: '/docs/fundamentals/authorization/authorization-methods', label: 'Authorization methods'}],
  },
  {
    id: 'automount-service-account-token',
    term: 'automountServiceAccountToken',
    short:
      "A field on a ServiceAccount or a pod that, when false, stops the ServiceAccount admission plugin from adding the projected API token volume to the pod's containers.",
    long: "Tokens are mounted by default, so any process in any pod can call the API server as the pod's ServiceAccount. Setting the field to false on workloads that never call the API removes a credential an attacker would otherwise find at /var/run/secrets/kubernetes.io/serviceaccount/token. The pod's setting wins over the ServiceAccount's.",
    links: [
      {to: '/docs/fundamentals/authentication/service-accounts#automount', label: 'Service accounts: automounting'},
      {to: '/docs/hardening/cluster-hardening/service-accounts', label: 'Harden service accounts'},
    ],
  },
  {
    id: 'baseline',
    term: 'Baseline',
    aka: ['Baseline Pod Security Standard'],
    short:
      'The middle Pod Security Standard: it blocks known privilege escalations such as privileged containers, host namespaces and hostPath, while running most ordinary images unchanged.',
    long: 'Baseline checks host namespaces, privileged mode, added capabilities beyond a default set, hostPath volumes, host ports, AppArmor and SELinux settings, /proc mount type, Unconfined seccomp and unsafe sysctls. It does not require running as non-root or dropping capabilities; that is Restricted. It is a sensible enforce level for namespaces that cannot yet meet Restricted.',
    links: [
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#baseline-controls',
        label: 'Pod Security Standards: Baseline',
      },
    ],
  },
  {
    id: 'bind-verb',
    term: 'bind verb',
    short:
      'An RBAC verb on roles and clusterroles that lets a user create bindings to a role even when they do not hold its permissions themselves.',
    long: 'RBAC normally refuses a RoleBinding that grants permissions the creator lacks; bind is the explicit exception. Whoever has bind on cluster-admin, or on any role through a wildcard, and can create bindings, can make themselves cluster administrator. Grant it only to the controllers and people who manage access, scoped with resourceNames where possible.',
    links: [
      {to: '/docs/fundamentals/authorization/rbac-privilege-escalation#bind', label: 'RBAC privilege escalation: bind'},
      {to: '/docs/attack-vectors/rbac-abuse#step-4-bind', label: 'RBAC abuse: bind'},
    ],
  },
  {
    id: 'bootstrap-token',
    term: 'Bootstrap token',
    short:
      'A short bearer token, stored as a Secret in kube-system, that lets a new node authenticate in order to request its kubelet client certificate.',
    long: 'Bootstrap tokens have the form abcdef.0123456789abcdef, usually carry an expiry (24 hours by default with kubeadm), and authenticate as members of system:bootstrappers groups, which are normally allowed only to create and fetch certificate signing requests. kubeadm join uses them. A leaked, unexpired token lets anyone register a fake node, so keep their lifetime short and delete them after use.',
    links: [
      {to: '/docs/fundamentals/authentication/webhook-proxy-and-anonymous#bootstrap-tokens', label: 'Bootstrap tokens'},
      {
        to: '/docs/fundamentals/authentication/authentication-methods#bootstrap-tokens',
        label: 'Authentication methods',
      },
    ],
  },
  {
    id: 'bound-service-account-token',
    term: 'Bound service account token',
    aka: ['projected service account token'],
    short:
      'A service account JWT issued through the TokenRequest API that names an audience, expires, and becomes invalid when the pod or Secret it is bound to is deleted.',
    long: 'The kubelet requests one for each pod and mounts it in a projected volume, refreshing it before it expires. The API server checks that the bound object still exists, so a token stolen from a deleted pod stops working. It can still be replayed from anywhere until then, which is why short lifetimes and tight RBAC on the ServiceAccount still matter.',
    links: [
      {
        to: '/docs/fundamentals/authentication/service-accounts#projected-token',
        label: 'Service accounts: projected token',
      },
      {
        to: '/docs/attack-vectors/service-account-token-theft-and-replay#what-bound-tokens-limit-and-what-they-do-not',
        label: 'What bound tokens limit',
      },
    ],
  },
  {
    id: 'cap-sys-admin',
    term: 'CAP_SYS_ADMIN',
    short:
      'The broadest Linux capability, covering mounting filesystems, many namespace operations and a long list of administration calls; a container holding it is close to privileged.',
    long: 'With CAP_SYS_ADMIN a process can mount filesystems, use cgroup release agents on older setups, and reach many kernel interfaces that enable container escapes. The Baseline Pod Security Standard does not allow adding it. If an image seems to need it, look for a narrower capability or a different design.',
    links: [
      {to: '/docs/fundamentals/primitives/security-contexts#privileges', label: 'Security contexts: privileges'},
      {to: '/docs/hardening/system-hardening/capabilities-and-sysctls', label: 'Drop capabilities'},
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#capabilities-baseline',
        label: 'Pod Security Standards: capabilities',
      },
    ],
  },
  {
    id: 'cel',
    term: 'CEL',
    aka: ['Common Expression Language'],
    short:
      'The Common Expression Language: a small, side-effect-free expression language that Kubernetes uses in admission policies, CRD validation, authentication and authorization config.',
    long: 'CEL expressions are type-checked against the schema and have a cost budget, so they cannot loop forever or call out to the network. ValidatingAdmissionPolicy and MutatingAdmissionPolicy use them with variables such as object, oldObject, request and params. The same language validates claims in AuthenticationConfiguration and filters webhook calls with matchConditions.',
    links: [
      {
        to: '/docs/fundamentals/admission/validating-admission-policy#cel-variables',
        label: 'ValidatingAdmissionPolicy: CEL variables',
      },
    ],
  },
  {
    id: 'certificate-authority',
    term: 'Certificate authority',
    aka: ['CA', 'cluster CA'],
    short:
      'A key pair whose certificate others trust to sign certificates; in Kubernetes the cluster CA signs client and serving certificates, so its private key can mint any identity.',
    long: 'A kubeadm cluster has several CAs: the cluster CA (API server, kubelets and users), the etcd CA, and the front-proxy CA for the aggregation layer. Anyone with ca.key can sign a client certificate for the system:masters group and bypass RBAC, and certificates cannot be revoked, so the CA keys belong only on control-plane nodes, or offline.',
    links: [{to: '/docs/fundamentals/primitives/pki-and-tls#cluster-pki', label: 'PKI and TLS: the cluster PKI'}],
  },
  {
    id: 'certificate-signing-request',
    term: 'CertificateSigningRequest',
    aka: ['CSR'],
    short:
      'A certificates.k8s.io/v1 object in which a client asks a named signer to issue an X.509 certificate; it must be approved before a signer issues it.',
    long: 'The spec names a signerName such as kubernetes.io/kube-apiserver-client, the key usages and an optional expiry. Approving needs the approve verb on signers and update on the approval subresource; the kube-controller-manager then signs approved requests for the built-in signers. Whoever can approve kube-apiserver-client certificates can mint a user in any group except system:masters, which the CertificateSubjectRestriction admission plugin refuses, so approval is an escalation path.',
    links: [
      {
        to: '/docs/fundamentals/authentication/x509-client-certificates#csr-walkthrough',
        label: 'X.509: the CSR walkthrough',
      },
      {to: '/docs/attack-vectors/csr-and-certificate-abuse', label: 'CSR and certificate abuse'},
    ],
  },
  {
    id: 'cgroups',
    term: 'cgroups',
    aka: ['control groups'],
    short:
      'The Linux kernel feature that limits and accounts for the CPU, memory, process count and I/O a group of processes may use; the kubelet and runtime put each container in one.',
    long: 'Resource requests and limits in a pod spec become cgroup settings, which stop one container from starving the node. cgroup v2 is the current version: new Kubernetes features require it, and since v1.35 the kubelet refuses to start on a cgroup v1 node unless failCgroupV1 is set to false. Limits are also a security control: without them a cryptominer or a fork bomb can take the whole node.',
    links: [
      {
        to: '/docs/attack-vectors/denial-of-service-and-resource-exhaustion#starving-a-node-memory-cpu-pids-and-disk',
        label: 'Starving a node: memory, CPU, PIDs and disk',
      },
      {to: '/docs/attack-vectors/runtime-and-kernel-escapes#prevent', label: 'Runtime escapes: prevent (cgroup v2)'},
      {to: '/docs/attack-vectors/cryptomining-resource-hijacking', label: 'Cryptomining and resource hijacking'},
    ],
  },
  {
    id: 'cis-benchmark',
    term: 'CIS Kubernetes Benchmark',
    aka: ['CIS Benchmark'],
    short:
      'A consensus checklist from the Center for Internet Security of recommended settings for Kubernetes control-plane components, nodes and policies, each marked automated or manual.',
    long: 'The benchmark covers API server, controller-manager, scheduler and etcd flags, file permissions on nodes, kubelet configuration, and policies such as RBAC and Pod Security. Each release of the benchmark targets a range of Kubernetes versions, and managed services have their own variants. kube-bench runs its automated checks on a node and reports PASS, FAIL, WARN or INFO.',
    links: [
      {
        to: '/docs/hardening/cluster-setup/cis-benchmark-with-kube-bench',
        label: 'Run the CIS Benchmark with kube-bench',
      },
      {to: '/docs/tools/kube-bench', label: 'kube-bench'},
    ],
  },
  {
    id: 'cluster-admin',
    term: 'cluster-admin',
    short:
      'The built-in ClusterRole that allows every verb on every resource and non-resource URL; bound cluster-wide it is full control of the cluster.',
    long: 'cluster-admin is a wildcard role, so it also covers resources added later by CRDs. A ClusterRoleBinding to it is the common end point of privilege escalation, and a RoleBinding to it still gives full control of that namespace, including its Secrets. Keep the number of subjects bound to it small and audited.',
    links: [
      {
        to: '/docs/fundamentals/authorization/rbac-privilege-escalation#cluster-admin',
        label: 'RBAC privilege escalation: cluster-admin',
      },
      {to: '/docs/fundamentals/authorization/rbac#default-roles', label: 'RBAC: default roles'},
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
    id: 'clusterrolebinding',
    term: 'ClusterRoleBinding',
    short:
      'An RBAC object that grants a ClusterRole to users, groups or service accounts in every namespace and for cluster-scoped resources.',
    long: 'A ClusterRoleBinding can only refer to a ClusterRole, and its roleRef cannot be changed after creation. Because it applies cluster-wide, one binding of a broad role to a large group such as system:authenticated exposes the whole cluster; prefer a RoleBinding when access is needed in one namespace.',
    links: [{to: '/docs/fundamentals/authorization/rbac#bindings', label: 'RBAC: bindings'}],
  },
  {
    id: 'cni',
    term: 'CNI',
    aka: ['Container Network Interface'],
    short:
      'The Container Network Interface: the plugin contract the runtime uses to give each pod a network interface and address; the CNI plugin also decides whether NetworkPolicies are enforced.',
    long: 'Calico, Cilium and others implement CNI and usually ship an agent that programs routing, encryption and policy. Kubernetes stores NetworkPolicy objects but does not enforce them itself, so a plugin that does not support them, such as plain flannel, silently ignores every policy. The CNI agent runs privileged on each node, which makes it a high-value target.',
    links: [
      {
        to: '/docs/fundamentals/components/kube-proxy-and-cni#what-the-cni-plugin-enforces',
        label: 'kube-proxy and CNI: what the plugin enforces',
      },
    ],
  },
  {
    id: 'confused-deputy',
    term: 'Confused deputy',
    short:
      'A privileged program tricked into using its own authority for someone who does not have it, such as a controller creating objects on behalf of a less privileged user.',
    long: 'In Kubernetes the deputies are controllers and operators: a user who may create a Deployment gets pods created by the ReplicaSet controller, and a user who may create a custom resource may get whatever the operator does with it. Admission checks the resulting pods regardless of who created them, which is why Pod Security applies to pods and not to the workload objects.',
    links: [
      {
        to: '/docs/fundamentals/components/controller-manager-and-scheduler#turning-controllers-into-confused-deputies',
        label: 'Controllers as confused deputies',
      },
    ],
  },
  {
    id: 'container-escape',
    term: 'Container escape',
    aka: ['breakout'],
    short:
      'Gaining control of the node from inside a container, by abusing granted privileges, host mounts or namespaces, or by exploiting a bug in the runtime or kernel.',
    long: 'Most escapes in practice need no exploit: a privileged container, a hostPath mount of / or of the runtime socket, or hostPID with enough capabilities is enough. The rest exploit runtime bugs such as CVE-2024-21626 in runc or kernel bugs. Pod Security Restricted, patched nodes, seccomp and sandboxed runtimes each close part of the path.',
    links: [
      {to: '/docs/attack-vectors/privileged-container-escape', label: 'Privileged container escape'},
      {to: '/docs/attack-vectors/runtime-and-kernel-escapes', label: 'Runtime and kernel escapes'},
    ],
  },
  {
    id: 'container-runtime',
    term: 'Container runtime',
    short:
      'The software on each node that pulls images and creates containers for the kubelet, through the CRI: a high-level runtime such as containerd or CRI-O driving a low-level one such as runc.',
    long: 'The runtime sets up namespaces, cgroups, capabilities, seccomp and mounts as the pod spec asks, so its defaults and bugs decide how well containers are isolated. Its socket, for example /run/containerd/containerd.sock, gives full control of every container on the node to anyone who can reach it.',
    links: [{to: '/docs/fundamentals/components/container-runtime', label: 'Container runtime'}],
  },
  {
    id: 'runtime-socket',
    term: 'Container runtime socket',
    aka: ['containerd.sock', 'docker.sock', 'crio.sock'],
    short:
      'The Unix socket through which the kubelet and tools control the container runtime; a pod that mounts it can start privileged containers on the node.',
    long: 'Common paths are /run/containerd/containerd.sock, /var/run/crio/crio.sock and the old /var/run/docker.sock. Access to it bypasses the API server, so there is no admission check and no Kubernetes audit event for containers started through it. A read-only mount does not stop a client connecting to it; only node agents that truly need it should mount it, and Baseline forbids the hostPath needed to do so.',
    links: [
      {
        to: '/docs/attack-vectors/hostpath-mount-escape#the-runtime-socket',
        label: 'hostPath escape: the runtime socket',
      },
      {
        to: '/docs/fundamentals/components/container-runtime#talking-to-the-runtime-socket',
        label: 'Talking to the runtime socket',
      },
    ],
  },
  {
    id: 'containerd',
    term: 'containerd',
    short:
      'A CNCF-graduated container runtime daemon that implements the CRI for the kubelet and runs containers through runc or another OCI runtime.',
    long: 'containerd manages images, snapshots and container lifecycles, and launches a shim process per pod that calls runc. Its CRI plugin reads runtime handlers for RuntimeClass from its configuration. Access to its socket or its abstract-namespace shim sockets has been the root of escapes such as CVE-2020-15257.',
    links: [
      {to: '/docs/fundamentals/components/container-runtime', label: 'Container runtime'},
      {
        to: '/docs/attack-vectors/runtime-and-kernel-escapes#walkthrough-cve-2020-15257-from-a-hostnetwork-pod',
        label: 'CVE-2020-15257 walkthrough',
      },
    ],
  },
  {
    id: 'control-plane',
    term: 'Control plane',
    short:
      "The components that store and act on the cluster's desired state: the API server, etcd, the controller manager, the scheduler and optionally the cloud controller manager.",
    long: 'All of them talk through the API server, which is the only one that talks to etcd. Compromising any control-plane component, or the node it runs on, usually means compromising the cluster, since those nodes hold the CA keys and etcd data. Managed services run the control plane for you and hide some of these settings.',
    links: [{to: '/docs/fundamentals/attack-surface#control-plane', label: 'Attack surface: the control plane'}],
  },
  {
    id: 'coredns',
    term: 'CoreDNS',
    short:
      'The cluster DNS server that resolves Service and pod names, run as a Deployment in kube-system and configured by the coredns ConfigMap.',
    long: 'Every pod uses it by default, so it must be reachable through any egress NetworkPolicy or name resolution breaks. It also lets anyone in the cluster enumerate Services. Whoever can edit its ConfigMap can redirect names to addresses of their choice and intercept traffic that is not authenticated with TLS.',
    links: [
      {
        to: '/docs/attack-vectors/lateral-movement-without-networkpolicies#step-5-poison-coredns',
        label: 'Lateral movement: poison CoreDNS',
      },
      {to: '/docs/fundamentals/primitives/network-policies#allow-dns', label: 'NetworkPolicy: allow DNS'},
    ],
  },
  {
    id: 'cosign',
    term: 'cosign',
    short:
      'The Sigstore command-line tool that signs and verifies container images and attestations, with a key pair or keylessly with a short-lived certificate tied to an OIDC identity.',
    long: "Keyless signing gets a certificate from Fulcio for the signer's OIDC identity and records the signature in the Rekor transparency log, so verification checks the identity and issuer rather than a public key. Signatures and attestations are stored in the registry next to the image digest. Admission policies in Kyverno or the Sigstore policy controller verify them before pods run.",
    links: [{to: '/docs/tools/cosign', label: 'cosign'}],
  },
  {
    id: 'cri',
    term: 'CRI',
    aka: ['Container Runtime Interface'],
    short:
      'The Container Runtime Interface: the gRPC API the kubelet uses to ask a container runtime to pull images and run pod sandboxes and containers.',
    long: 'Any runtime that implements CRI, such as containerd or CRI-O, can back the kubelet; the built-in dockershim was removed in v1.24. crictl talks to the same socket for debugging. Because the CRI socket can create privileged containers, it is as sensitive as root on the node.',
    links: [
      {to: '/docs/fundamentals/components/container-runtime#where-it-sits', label: 'Container runtime: where it sits'},
    ],
  },
  {
    id: 'cri-o',
    term: 'CRI-O',
    short:
      'A lightweight container runtime built only to implement the Kubernetes CRI, running containers through an OCI runtime such as runc or crun.',
    long: 'CRI-O follows the Kubernetes minor version numbering and is the default runtime in OpenShift. Like containerd it applies the seccomp, AppArmor or SELinux and capability settings the kubelet passes down, and exposes a socket that must only be reachable by root on the node.',
    links: [{to: '/docs/fundamentals/components/container-runtime', label: 'Container runtime'}],
  },
  {
    id: 'cronjob',
    term: 'CronJob',
    short:
      'A workload object that creates a Job on a schedule; attackers use it to rerun a payload regularly so that deleting one pod does not remove them.',
    long: 'A CronJob keeps a pod template, so it can carry any service account, host mount or privileged setting its creator is allowed to use, and Pod Security checks each pod when it is created. Audit create and patch events on cronjobs and review schedules and images you do not recognise.',
    links: [
      {to: '/docs/attack-vectors/persistence#cronjobs-and-daemonsets', label: 'Persistence: CronJobs and DaemonSets'},
    ],
  },
  {
    id: 'cryptojacking',
    term: 'Cryptojacking',
    aka: ['cryptomining'],
    short:
      'Using stolen compute to mine cryptocurrency; in Kubernetes usually by deploying miner pods through an exposed API, dashboard or kubelet, or from a compromised workload.',
    long: 'It is the most common payload after a cluster is found open, because it turns access into money with little effort. Signs are CPU at its limit, connections to mining pools and new workloads in unusual namespaces. Resource quotas and limits cap the damage; authentication, egress policy and runtime detection stop it.',
    links: [{to: '/docs/attack-vectors/cryptomining-resource-hijacking', label: 'Cryptomining and resource hijacking'}],
  },
  {
    id: 'csi',
    term: 'CSI',
    aka: ['Container Storage Interface'],
    short:
      'The Container Storage Interface: the plugin API through which storage drivers provision, attach and mount volumes, with a privileged node plugin on every node.',
    long: "A CSI driver usually has a controller part, which talks to the storage backend with cloud credentials, and a node DaemonSet that runs privileged with the host's mount propagation. Both are privileged components to patch and to restrict with RBAC. Snapshots and volume cloning go through the same drivers.",
    links: [{to: '/docs/fundamentals/components/storage', label: 'Storage'}],
  },
  {
    id: 'cve',
    term: 'CVE',
    aka: ['Common Vulnerabilities and Exposures'],
    short:
      'A public identifier such as CVE-2024-21626 for one disclosed vulnerability, used to track it across advisories, scanners and fixed versions.',
    long: 'Kubernetes publishes its own CVEs through the Security Response Committee and the official CVE feed. Scanners such as Trivy and Grype match the packages in an image against CVE databases. A CVE ID alone says nothing about exploitability in your cluster; check the affected and fixed versions in the vendor advisory.',
    links: [
      {
        to: '/docs/attack-vectors/runtime-and-kernel-escapes#the-cves-worth-knowing',
        label: 'Runtime escapes: the CVEs worth knowing',
      },
      {to: '/docs/tools/trivy', label: 'Trivy'},
    ],
  },
  {
    id: 'daemonset',
    term: 'DaemonSet',
    short:
      'A workload object that runs one copy of a pod on every node (or every matching node); used by agents, and by attackers to reach every node at once.',
    long: 'A DaemonSet that tolerates every taint also runs on control-plane nodes, so a malicious one can reach them too. Logging, CNI and security agents are DaemonSets that often run privileged, which makes their images and service accounts attractive targets. Watch for new DaemonSets outside the namespaces that should have them.',
    links: [
      {to: '/docs/attack-vectors/persistence#cronjobs-and-daemonsets', label: 'Persistence: CronJobs and DaemonSets'},
    ],
  },
  {
    id: 'default-deny',
    term: 'Default deny',
    aka: ['default-deny NetworkPolicy'],
    short:
      'A NetworkPolicy that selects every pod in a namespace and allows nothing, so only traffic a further policy allows can flow.',
    long: 'An empty podSelector with policyTypes Ingress and Egress isolates every pod in both directions. Because policies are additive, each allowed flow is then an explicit rule. A default-deny egress policy also blocks DNS, so add a rule allowing UDP and TCP port 53 to the cluster DNS pods before you apply it.',
    links: [
      {to: '/docs/fundamentals/primitives/network-policies#default-deny', label: 'NetworkPolicy: default deny'},
      {to: '/docs/hardening/cluster-setup/network-policies-default-deny', label: 'Apply default-deny NetworkPolicies'},
    ],
  },
  {
    id: 'defense-in-depth',
    term: 'Defense in depth',
    short: 'Layering independent controls so that one failure or bypass is not enough for an attacker to succeed.',
    long: "In Kubernetes the layers are the cloud account and network, the cluster's authentication, authorization and admission, the container's isolation and the code itself. For example, a pod escape is stopped by Pod Security, then by seccomp and a non-root user, then by node hardening, then detected at runtime. The Four Cs model is one way to list the layers.",
    links: [{to: '/docs/fundamentals/four-cs-of-cloud-native-security', label: 'The Four Cs of cloud native security'}],
  },
  {
    id: 'denial-of-service',
    term: 'Denial of service',
    aka: ['DoS'],
    short:
      'An attack that makes a service or the cluster unavailable, for example by exhausting the API server, etcd, node resources or a shared quota.',
    long: "In a cluster it can come from expensive list calls, huge objects, a webhook that hangs, pods without limits, or filling a node's disk with logs or emptyDir data. Controls include API Priority and Fairness, resource quotas and limit ranges, webhook timeouts and ephemeral-storage limits.",
    links: [
      {to: '/docs/fundamentals/threat-model#denial-of-service', label: 'Threat model: denial of service'},
      {to: '/docs/fundamentals/components/api-server#exhausting-it', label: 'API server: exhausting it'},
    ],
  },
  {
    id: 'dependency-confusion',
    term: 'Dependency confusion',
    short:
      'A supply-chain attack in which a build resolves an internal package name from a public registry, where an attacker has published a higher version under the same name.',
    long: 'Package managers that search several registries may prefer the public one or the higher version. The fix is to scope internal names, pin a single registry per namespace or scope, and lock dependency versions and hashes. The malicious code then runs in the build and ends up in the image.',
    links: [
      {
        to: '/docs/attack-vectors/supply-chain-attacks#dependency-confusion-in-the-build',
        label: 'Supply chain: dependency confusion',
      },
    ],
  },
  {
    id: 'distroless',
    term: 'Distroless image',
    aka: ['minimal image'],
    short:
      'A container image that holds only the application and its runtime dependencies, with no shell or package manager, leaving an intruder fewer tools and fewer vulnerable packages.',
    long: "Google's distroless images and scratch-based builds are common examples. They reduce scanner findings and make living off the land harder, but they do not replace a non-root user, dropped capabilities and a read-only root filesystem. Debug them with an ephemeral container rather than adding a shell back.",
    links: [
      {
        to: '/docs/hardening/monitoring-logging-runtime-security/immutable-containers',
        label: 'Make containers immutable',
      },
      {to: '/docs/attack-vectors/supply-chain-attacks', label: 'Supply-chain attacks'},
    ],
  },
  {
    id: 'ebpf',
    term: 'eBPF',
    aka: ['extended Berkeley Packet Filter'],
    short:
      'A Linux kernel facility that runs small verified programs on kernel events such as system calls and network packets; runtime security and CNI tools are built on it.',
    long: 'Falco and Tetragon attach eBPF programs to system calls and kernel functions to see process, file and network activity per container, and Tetragon can also kill a process in the kernel. Cilium uses eBPF for routing and NetworkPolicy. Loading these programs needs CAP_SYS_ADMIN, or CAP_BPF together with a tracing or networking capability such as CAP_NET_ADMIN, so these agents run privileged or close to it.',
    links: [
      {to: '/docs/tools/tetragon', label: 'Tetragon'},
      {to: '/docs/tools/falco', label: 'Falco'},
    ],
  },
  {
    id: 'egress',
    term: 'Egress',
    short:
      'Traffic leaving a pod; a NetworkPolicy with policyTypes Egress restricts where the selected pods may connect.',
    long: 'Egress control limits what a compromised pod can reach: the cloud metadata service, the API server, other namespaces and the internet. Rules select pods, namespaces or ipBlock CIDRs and ports. Remember DNS, and that the API leaves NetworkPolicy for hostNetwork pods to the plugin, most of which do not apply it to them.',
    links: [
      {to: '/docs/fundamentals/primitives/network-policies#egress', label: 'NetworkPolicy: egress'},
      {
        to: '/docs/hardening/system-hardening/minimize-external-network-access',
        label: 'Minimise external network access',
      },
    ],
  },
  {
    id: 'encryption-at-rest',
    term: 'Encryption at rest',
    short:
      'Having the API server encrypt chosen resources, such as Secrets, before writing them to etcd, so a copy of etcd or a backup does not reveal them.',
    long: 'Without it, Secrets sit in etcd in plain text; base64 is only how the API presents them. An EncryptionConfiguration lists resources and providers; the first provider encrypts new writes and all are tried when reading. The key has to live somewhere: in the file for aescbc, aesgcm and secretbox, or in an external KMS for the kms provider.',
    links: [
      {
        to: '/docs/fundamentals/primitives/secrets-and-encryption#encryption-at-rest',
        label: 'Secrets: encryption at rest',
      },
    ],
  },
  {
    id: 'encryption-configuration',
    term: 'EncryptionConfiguration',
    aka: ['--encryption-provider-config'],
    short:
      'The apiserver.config.k8s.io/v1 file, passed with --encryption-provider-config, that lists which resources the API server encrypts in etcd and with which providers and keys.',
    long: 'Providers are tried in order: the first one encrypts writes, and any one can decrypt reads, with identity meaning plain text. Existing objects stay in their old form until rewritten, for example by replacing every Secret. The file itself holds keys for the local providers, so protect it like the CA keys.',
    links: [
      {
        to: '/docs/fundamentals/primitives/secrets-and-encryption#enable-encryption',
        label: 'Secrets: enable encryption',
      },
      {to: '/docs/fundamentals/primitives/secrets-and-encryption#key-rotation', label: 'Secrets: key rotation'},
    ],
  },
  {
    id: 'ephemeral-container',
    term: 'Ephemeral container',
    short:
      "A temporary container added to a running pod through the ephemeralcontainers subresource, typically with kubectl debug, sharing the pod's namespaces.",
    long: "Ephemeral containers are GA since v1.25. They cannot be removed, have no ports or probes, and are checked by Pod Security Admission like other containers. Permission to update pods/ephemeralcontainers lets a user run any image inside any pod they can target, with that pod's service account and volumes, so treat it like pods/exec.",
    links: [
      {
        to: '/docs/attack-vectors/exec-attach-ephemeral-containers#steps-ephemeral-containers',
        label: 'Ephemeral containers',
      },
      {
        to: '/docs/fundamentals/authorization/rbac-privilege-escalation#ephemeral-containers',
        label: 'RBAC escalation: ephemeral containers',
      },
    ],
  },
  {
    id: 'escalate-verb',
    term: 'escalate verb',
    short:
      'An RBAC verb on roles and clusterroles that lets a user create or edit a role to include permissions they do not hold.',
    long: "RBAC's escalation prevention normally rejects a Role or ClusterRole that grants more than its author has. The escalate verb lifts that check, so a user with it and update on a role bound to them can grant themselves anything. Grant it only to people who administer RBAC.",
    links: [
      {
        to: '/docs/fundamentals/authorization/rbac-privilege-escalation#escalate',
        label: 'RBAC privilege escalation: escalate',
      },
      {to: '/docs/attack-vectors/rbac-abuse#step-3-escalate', label: 'RBAC abuse: escalate'},
    ],
  },
  {
    id: 'etcd',
    term: 'etcd',
    short:
      'The consistent key-value store that holds every Kubernetes object, including Secrets; only the API server should talk to it, over mutual TLS on port 2379.',
    long: 'Reading etcd directly bypasses authentication, authorization, admission and audit, and a write can create objects no admission rule ever saw. Secrets are stored unencrypted unless encryption at rest is on. Protect it with client-certificate authentication from its own CA, a firewall that admits only the API servers, and encrypted backups.',
    links: [
      {to: '/docs/fundamentals/components/etcd', label: 'etcd'},
      {to: '/docs/attack-vectors/exposed-etcd', label: 'Exposed etcd'},
    ],
  },
  {
    id: 'external-secret-store',
    term: 'External secret store',
    aka: ['secrets manager', 'Vault'],
    short:
      'A secrets service outside the cluster, such as HashiCorp Vault or a cloud secrets manager, from which workloads or an operator fetch secrets instead of storing them only as Kubernetes Secrets.',
    long: 'The External Secrets Operator copies values into Kubernetes Secrets; the Secrets Store CSI Driver mounts them into pods, optionally without a Secret object. Either way the workload still needs an identity to authenticate to the store, and the store adds auditing and rotation that Kubernetes Secrets lack.',
    links: [
      {to: '/docs/fundamentals/primitives/secrets-and-encryption#external-stores', label: 'Secrets: external stores'},
    ],
  },
  {
    id: 'external-ips',
    term: 'externalIPs',
    short:
      'A Service field listing IP addresses that kube-proxy routes to the Service on every node; a user who may create Services can claim any address and intercept its traffic.',
    long: "This is CVE-2020-8554, which has no patch because it is the designed behaviour. The field is deprecated since v1.36 (the API server returns a warning) but still works. Mitigate it by enabling the DenyServiceExternalIPs admission plugin or an admission policy that forbids or allow-lists externalIPs, and by restricting who may patch a Service's load-balancer status.",
    links: [
      {to: '/docs/attack-vectors/traffic-interception-externalips', label: 'Traffic interception through externalIPs'},
    ],
  },
  {
    id: 'failure-policy',
    term: 'failurePolicy',
    aka: ['fail open', 'fail closed'],
    short:
      'The setting on an admission webhook or policy that decides whether a request is rejected (Fail) or let through (Ignore) when the webhook or policy cannot be evaluated.',
    long: "Ignore means the webhook fails open: if it times out or is down, requests pass unchecked, which an attacker can cause on purpose. Fail means it fails closed, which is safer but can block the cluster, including the webhook's own pods, so exclude system namespaces carefully. admissionregistration.k8s.io/v1 webhooks default to Fail.",
    links: [
      {
        to: '/docs/fundamentals/admission/admission-webhooks#failure-policy',
        label: 'Admission webhooks: failure policy',
      },
      {
        to: '/docs/attack-vectors/admission-webhook-bypass-and-malicious-webhooks#bypass-1-stop-the-webhook-when-it-fails-open',
        label: 'Bypass: a webhook that fails open',
      },
    ],
  },
  {
    id: 'falco',
    term: 'Falco',
    short:
      'A CNCF-graduated runtime security tool that watches system calls through eBPF and raises alerts when events match its rules, such as a shell spawned in a container.',
    long: 'Rules are YAML items (rule, macro, list) with conditions over fields such as proc.name, container.image and k8s.ns.name. Falco detects and alerts but does not block by itself; outputs go to logs, files or Falcosidekick. Its default (stable) rules cover shells in containers, reads of sensitive files such as /etc/shadow, and binaries dropped into a container and then run.',
    links: [{to: '/docs/tools/falco', label: 'Falco'}],
  },
  {
    id: 'four-cs',
    term: 'Four Cs',
    aka: ['4Cs of cloud native security'],
    short:
      'A layered model of cloud native security: Cloud, Cluster, Container and Code, each layer relying on the security of the one outside it.',
    long: 'The model was introduced in the Kubernetes documentation in 2019; the current docs organise security by lifecycle phase instead, but the layers are still a KCSA topic. Weak cloud security, for example open metadata or a public control plane, undermines everything inside it, and secure code cannot save a privileged container. It is a way to list defences per layer rather than a threat model.',
    links: [
      {to: '/docs/fundamentals/four-cs-of-cloud-native-security', label: 'The Four Cs of cloud native security'},
      {to: '/docs/fundamentals/four-cs-of-cloud-native-security#origin', label: 'Where the model comes from'},
    ],
  },
  {
    id: 'fs-group',
    term: 'fsGroup',
    short:
      "A pod securityContext field naming a group ID that owns the pod's supported volumes and is added to every container process's groups.",
    long: 'The kubelet changes the group ownership and permissions of volumes that support ownership management, so a non-root container can write them. fsGroupChangePolicy OnRootMismatch skips the recursive ownership change when the volume root already matches, which saves minutes on large volumes. fsGroup does not make the container run as that group; runAsGroup does.',
    links: [{to: '/docs/fundamentals/primitives/security-contexts#identity', label: 'Security contexts: identity'}],
  },
  {
    id: 'gatekeeper',
    term: 'Gatekeeper',
    aka: ['OPA Gatekeeper'],
    short:
      'An admission controller built on Open Policy Agent that enforces policies written in Rego, defined as ConstraintTemplates and applied with Constraints.',
    long: 'A ConstraintTemplate defines a new constraint kind with its Rego code and parameters; a Constraint of that kind says where it applies and with which values, and whether to deny, warn or only audit. Gatekeeper runs as a validating (and optionally mutating) webhook and also audits existing objects periodically.',
    links: [{to: '/docs/tools/gatekeeper', label: 'Gatekeeper'}],
  },
  {
    id: 'gvisor',
    term: 'gVisor',
    aka: ['runsc'],
    short:
      "A sandboxed container runtime (runsc) that runs each pod against a user-space kernel, so the application's system calls do not reach the host kernel directly.",
    long: 'gVisor intercepts system calls and implements them in its own kernel, written in Go, shrinking the host kernel surface an escape can use. It costs performance on system-call-heavy workloads and does not support every kernel feature. Pods opt in with a RuntimeClass whose handler is runsc.',
    links: [
      {
        to: '/docs/fundamentals/components/container-runtime#sandboxing-with-runtimeclass',
        label: 'Container runtime: sandboxing with RuntimeClass',
      },
    ],
  },
  {
    id: 'host-ipc',
    term: 'hostIPC',
    short:
      "A pod spec field that puts the pod in the node's IPC namespace, giving it access to the host's shared memory and message queues.",
    long: 'Processes that use System V or POSIX shared memory on the node, including other containers with hostIPC, become readable or writable from the pod. The Baseline Pod Security Standard forbids it, and almost no workload needs it.',
    links: [
      {to: '/docs/attack-vectors/host-namespaces#hostipc-the-nodes-shared-memory', label: 'Host namespaces: hostIPC'},
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#host-namespaces',
        label: 'Pod Security Standards: host namespaces',
      },
    ],
  },
  {
    id: 'host-network',
    term: 'hostNetwork',
    short:
      "A pod spec field that runs the pod in the node's network namespace, so it sees the node's interfaces and can bind or reach its local ports.",
    long: "A hostNetwork pod can reach services listening on the node's loopback, sniff traffic with enough capabilities, and escapes NetworkPolicy with most plugins, because the API leaves policy for host-network pods undefined. Some CNI and monitoring agents need it; Baseline forbids it for everything else.",
    links: [
      {
        to: '/docs/attack-vectors/host-namespaces#hostnetwork-the-nodes-interfaces-and-local-ports',
        label: 'Host namespaces: hostNetwork',
      },
    ],
  },
  {
    id: 'hostpath',
    term: 'hostPath volume',
    aka: ['hostPath'],
    short:
      "A volume that mounts a file or directory from the node's filesystem into a pod; with a writable mount of a sensitive path it is a direct route to root on the node.",
    long: 'Mounting /, /etc, /var/lib/kubelet, /var/log or the runtime socket lets a container read credentials, write cron jobs or control every container on the node. readOnly narrows but does not remove the risk. Baseline forbids hostPath volumes entirely, and a PersistentVolume of type hostPath is a way around checks that only look at pod volumes.',
    links: [
      {to: '/docs/attack-vectors/hostpath-mount-escape', label: 'hostPath mount escape'},
      {to: '/docs/fundamentals/components/storage#hostpath-and-friends', label: 'Storage: hostPath and friends'},
    ],
  },
  {
    id: 'host-pid',
    term: 'hostPID',
    short:
      "A pod spec field that puts the pod in the node's process ID namespace, so it can see, and with enough privilege signal or enter, every process on the node.",
    long: "With hostPID a container can read other processes' command lines and environment variables, often including secrets, and with root and the right capabilities use nsenter on PID 1 to get a shell on the node. Baseline forbids it.",
    links: [
      {to: '/docs/attack-vectors/host-namespaces#hostpid-every-process-on-the-node', label: 'Host namespaces: hostPID'},
    ],
  },
  {
    id: 'host-port',
    term: 'hostPort',
    short:
      "A container port field that exposes the container directly on that port of the node's IP address, bypassing Services.",
    long: 'A hostPort can collide with or shadow node services and exposes the pod outside any Service-level controls. The Baseline Pod Security Standard forbids hostPort unless it is 0 (unset); clusters can allow-list specific ports with a custom policy if an ingress controller needs them.',
    links: [
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#host-ports',
        label: 'Pod Security Standards: host ports',
      },
    ],
  },
  {
    id: 'digest',
    term: 'Image digest',
    aka: ['sha256 digest', 'pinning by digest'],
    short:
      'The sha256 hash of an image manifest, written image@sha256:…, which names exactly one image; unlike a tag it cannot be moved to other content.',
    long: 'Tags such as latest or v1.2 are pointers that the registry owner, or an attacker with push rights, can move. Deploying by digest guarantees that every node runs the same bytes and that a signature checked for that digest still applies. Tools such as Kyverno can resolve tags to digests at admission.',
    links: [
      {
        to: '/docs/attack-vectors/supply-chain-attacks#mutable-tags-and-the-implanted-internal-image',
        label: 'Supply chain: mutable tags',
      },
    ],
  },
  {
    id: 'image-signing',
    term: 'Image signing',
    short:
      'Attaching a cryptographic signature to an image digest so that a cluster can check, before running it, that a trusted party built or approved it.',
    long: 'Sigstore cosign and Notation are the common tools; signatures live in the registry beside the image. Signing alone does nothing: an admission policy must verify the signature, the signer identity and preferably attestations, for every image, including those pulled by tags.',
    links: [
      {to: '/docs/tools/cosign', label: 'cosign'},
      {to: '/docs/attack-vectors/supply-chain-attacks#prevent', label: 'Supply chain: prevent'},
    ],
  },
  {
    id: 'image-pull-secret',
    term: 'imagePullSecret',
    aka: ['registry credentials', 'dockerconfigjson'],
    short:
      'A Secret of type kubernetes.io/dockerconfigjson referenced by a pod or ServiceAccount so the kubelet can authenticate to a private registry.',
    long: 'The Secret holds registry usernames and passwords or tokens in plain base64, often with push rights and valid for other clusters too. Anyone who can read it, or create a pod that names it, can use those credentials. Prefer short-lived, pull-only credentials or a kubelet credential provider.',
    links: [
      {
        to: '/docs/attack-vectors/secret-and-image-pull-secret-theft#step-5-reuse-registry-credentials',
        label: 'Reusing registry credentials',
      },
    ],
  },
  {
    id: 'immutable-container',
    term: 'Immutable container',
    short:
      'A container whose filesystem and binaries do not change after it starts: read-only root filesystem, no package manager or shell, and changes shipped as a new image.',
    long: 'Immutability makes tampering harder and easier to spot, because any write outside declared volumes fails. In Kubernetes it means readOnlyRootFilesystem: true, emptyDir for the paths the application must write, a minimal image, and no exec into running pods as an operating practice.',
    links: [
      {
        to: '/docs/hardening/monitoring-logging-runtime-security/immutable-containers',
        label: 'Make containers immutable',
      },
    ],
  },
  {
    id: 'impersonation',
    term: 'Impersonation',
    aka: ['impersonate verb', 'Impersonate-User'],
    short:
      'Acting as another user, group or service account by sending Impersonate-* headers, allowed by the impersonate verb on users, groups, serviceaccounts or uids.',
    long: 'The API server authorizes the impersonation itself, then the request as the impersonated identity, and the audit event records both. Permission to impersonate any user or the system:masters group is equivalent to cluster-admin. kubectl --as and --as-group set the headers.',
    links: [
      {
        to: '/docs/fundamentals/authorization/rbac-privilege-escalation#impersonate',
        label: 'RBAC escalation: impersonate',
      },
      {to: '/docs/attack-vectors/rbac-abuse#step-5-impersonate', label: 'RBAC abuse: impersonate'},
    ],
  },
  {
    id: 'ingress',
    term: 'Ingress',
    aka: ['Ingress controller'],
    short:
      'An API object describing HTTP routing from outside the cluster to Services, implemented by an ingress controller that usually also terminates TLS.',
    long: 'The controller is a proxy exposed to the internet with read access to the TLS Secrets it serves, and often to Secrets cluster-wide, so its vulnerabilities matter. TLS is configured by naming a kubernetes.io/tls Secret in spec.tls. The Gateway API is the newer, role-oriented successor for the same job.',
    links: [{to: '/docs/hardening/cluster-setup/ingress-with-tls', label: 'Set up Ingress with TLS'}],
  },
  {
    id: 'cloud-metadata',
    term: 'Instance metadata service',
    aka: ['IMDS', 'cloud metadata', '169.254.169.254'],
    short:
      'A link-local HTTP endpoint (169.254.169.254 on most clouds) where a virtual machine reads its configuration and, often, temporary credentials for its cloud identity.',
    long: "A pod that can reach the node's metadata service may read the node's cloud credentials, the kubelet bootstrap data or user data, and use them outside the cluster. Defences are IMDSv2 with a hop limit of 1 on AWS or the equivalents elsewhere, NetworkPolicies that block egress to the address, and per-workload cloud identities so the node role can stay small.",
    links: [
      {to: '/docs/attack-vectors/cloud-metadata-abuse', label: 'Cloud metadata abuse'},
      {to: '/docs/fundamentals/primitives/network-policies#egress-metadata', label: 'NetworkPolicy: block metadata'},
    ],
  },
  {
    id: 'jwt',
    term: 'JWT',
    aka: ['JSON Web Token'],
    short:
      'A signed JSON token of three base64url parts (header, claims, signature); Kubernetes service account tokens and OIDC ID tokens are JWTs.',
    long: 'The API server checks the signature, issuer, audience and expiry. The claims are only encoded, not encrypted, so anyone holding a token can read its subject, audience and the pod it is bound to. Possession is enough to use it until it expires.',
    links: [
      {to: '/docs/fundamentals/authentication/service-accounts#claims', label: 'Service accounts: token claims'},
      {to: '/docs/fundamentals/authentication/oidc-and-structured-authentication#oidc-flow', label: 'OIDC flow'},
    ],
  },
  {
    id: 'kata-containers',
    term: 'Kata Containers',
    short:
      'A container runtime that runs each pod inside a lightweight virtual machine with its own guest kernel, for hardware-level isolation between pods and the node.',
    long: 'Kata plugs into containerd or CRI-O as a runtime handler selected with a RuntimeClass. An escape from the container lands in the guest VM, not on the host. It needs virtualisation support on the node, and adds memory and start-up overhead.',
    links: [
      {
        to: '/docs/fundamentals/components/container-runtime#sandboxing-with-runtimeclass',
        label: 'Container runtime: sandboxing',
      },
    ],
  },
  {
    id: 'kms-provider',
    term: 'KMS provider',
    aka: ['KMS v2', 'envelope encryption'],
    short:
      'An encryption-at-rest provider that protects data keys with a key held in an external key management service, through a plugin the API server calls over a local socket.',
    long: 'With envelope encryption the API server encrypts each resource with a data key and asks the KMS plugin to encrypt that key with the key-encryption key, which never leaves the KMS. KMS v2 is GA since v1.29 and derives a fresh data key for each write from a seed that the plugin encrypts only when the seed is rotated, instead of calling the plugin for every write. Rotating or revoking access to the KMS key then protects every copy of etcd.',
    links: [{to: '/docs/fundamentals/primitives/secrets-and-encryption#kms-v2', label: 'Secrets: KMS v2'}],
  },
  {
    id: 'kube-apiserver',
    term: 'kube-apiserver',
    aka: ['API server'],
    short:
      'The front door of the cluster: the component that authenticates, authorizes and admits every request, and the only one that reads and writes etcd.',
    long: 'It serves HTTPS, on port 6443 in kubeadm clusters, and proxies to kubelets, Services and aggregated APIs. Its flags decide anonymous access, authentication methods, the authorization chain, admission plugins, audit and encryption at rest. Every other component and every user is a client of it.',
    links: [
      {to: '/docs/fundamentals/components/api-server', label: 'API server'},
      {to: '/docs/fundamentals/attack-surface#kube-apiserver', label: 'Attack surface: kube-apiserver'},
    ],
  },
  {
    id: 'kube-bench',
    term: 'kube-bench',
    short:
      'An Aqua Security tool that runs the automated checks of the CIS Kubernetes Benchmark against a node and reports PASS, FAIL, WARN or INFO per control.',
    long: 'It runs as a binary on the node or as a Job with host mounts, detects the component versions and picks a matching benchmark version. It reads flags and file permissions; it does not change anything. Manual checks still need a person.',
    links: [
      {to: '/docs/tools/kube-bench', label: 'kube-bench'},
      {
        to: '/docs/hardening/cluster-setup/cis-benchmark-with-kube-bench',
        label: 'Run the CIS Benchmark with kube-bench',
      },
    ],
  },
  {
    id: 'kube-controller-manager',
    term: 'kube-controller-manager',
    short:
      'The control-plane process that runs the built-in controllers, such as those for Deployments, service accounts, namespaces and certificate signing.',
    long: 'It holds the cluster CA key to sign approved certificates and the service account signing key used for legacy tokens. It authenticates to the API server with powerful credentials, and --use-service-account-credentials gives each controller its own narrower identity. Its secure port is 10257.',
    links: [
      {to: '/docs/fundamentals/components/controller-manager-and-scheduler', label: 'Controller manager and scheduler'},
    ],
  },
  {
    id: 'kube-proxy',
    term: 'kube-proxy',
    short:
      "The node agent that programs iptables or nftables rules (or IPVS) so traffic to a Service's virtual IP reaches one of its endpoints.",
    long: 'kube-proxy implements Services, NodePorts and externalIPs but not NetworkPolicy. It runs on every node with host networking (and privileged, in kubeadm clusters), and some CNI plugins such as Cilium can replace it. nftables mode is GA since v1.33 and IPVS is deprecated.',
    links: [
      {to: '/docs/fundamentals/components/kube-proxy-and-cni#proxy-modes-in-v137', label: 'kube-proxy modes in v1.37'},
    ],
  },
  {
    id: 'kube-scheduler',
    term: 'kube-scheduler',
    short:
      'The control-plane component that assigns each new pod to a node, based on resources, affinity, taints and tolerations.',
    long: 'Scheduling is a placement decision, not a security boundary: a pod that sets nodeName skips the scheduler altogether. Taints, node affinity and admission rules keep sensitive workloads on dedicated nodes. Its secure port is 10259.',
    links: [
      {
        to: '/docs/fundamentals/components/controller-manager-and-scheduler#bypassing-the-scheduler',
        label: 'Bypassing the scheduler',
      },
    ],
  },
  {
    id: 'kubeconfig',
    term: 'kubeconfig',
    short:
      'A YAML file that tells kubectl and other clients which clusters exist, which credentials to use and which context is current.',
    long: 'It often embeds client certificates and keys or tokens, or runs an exec plugin to fetch a short-lived token. A kubeconfig is a credential: admin.conf on a kubeadm control-plane node grants full control. Keep file permissions at 600 and prefer exec plugins to embedded long-lived secrets.',
    links: [
      {
        to: '/docs/fundamentals/authentication/kubeconfig-and-client-credentials#structure',
        label: 'kubeconfig structure',
      },
    ],
  },
  {
    id: 'exec',
    term: 'kubectl exec',
    aka: ['pods/exec'],
    short:
      'Running a command inside a running container through the API server and kubelet, allowed by the create verb on the pods/exec subresource.',
    long: "An exec session runs as the container's user with its service account token and mounted Secrets available, so pods/exec on a namespace is as good as reading its Secrets. Since v1.35 the API server also requires create for WebSocket connections, where get used to be enough. The audit log records the request, whose URI includes the command, but not what is typed in an interactive session afterwards; runtime tools see those processes.",
    links: [
      {
        to: '/docs/attack-vectors/exec-attach-ephemeral-containers#steps-exec',
        label: 'Exec, attach and ephemeral containers',
      },
      {to: '/docs/fundamentals/authorization/rbac-privilege-escalation#pod-exec', label: 'RBAC escalation: pods/exec'},
    ],
  },
  {
    id: 'kubelet',
    term: 'kubelet',
    short:
      'The agent on every node that registers the node, starts the pods assigned to it through the container runtime, and serves an HTTPS API on port 10250.',
    long: "It reads pod specs from the API server, and from static manifest files, fetches the Secrets and ConfigMaps its pods need, and reports status. Its API allows exec, logs and more, so it must require authentication and delegate authorization to the API server. The Node authorizer and NodeRestriction limit what a kubelet's credentials can do.",
    links: [{to: '/docs/fundamentals/components/kubelet', label: 'kubelet'}],
  },
  {
    id: 'kubelet-api',
    term: 'Kubelet API',
    aka: ['port 10250', 'read-only port 10255'],
    short:
      "The kubelet's HTTPS endpoint on port 10250, which can list pods, stream logs and run commands in containers; anonymous or unauthorised access to it means code execution in every pod on the node.",
    long: "Set authentication.anonymous.enabled to false and authorization.mode to Webhook in the kubelet configuration, so every call is checked against the API server's RBAC under nodes/proxy and related subresources. The old read-only port 10255 should stay disabled (readOnlyPort: 0).",
    links: [
      {to: '/docs/attack-vectors/exposed-kubelet-api', label: 'Exposed kubelet API'},
      {to: '/docs/fundamentals/components/kubelet#an-open-kubelet-api', label: 'kubelet: an open API'},
    ],
  },
  {
    id: 'kyverno',
    term: 'Kyverno',
    short:
      'A Kubernetes-native policy engine whose policies are written as YAML resources or CEL expressions, able to validate, mutate, generate resources and verify image signatures.',
    long: 'Kyverno runs as admission webhooks plus background controllers that report on existing resources. Policy types include ClusterPolicy and Policy, and newer CEL-based kinds. It can enforce or only audit, and is often used to apply Pod Security and image verification rules.',
    links: [{to: '/docs/tools/kyverno', label: 'Kyverno'}],
  },
  {
    id: 'lateral-movement',
    term: 'Lateral movement',
    short:
      'Moving from a first foothold, such as one compromised pod, to other workloads, nodes or cloud resources, using the network and any credentials found on the way.',
    long: 'In a flat cluster network any pod can reach any other pod, the API server, the kubelets and the metadata service. Attackers map Services through DNS, reuse mounted tokens and scan for open ports. NetworkPolicies, mTLS between services, and keeping credentials out of pods limit how far they get.',
    links: [
      {
        to: '/docs/attack-vectors/lateral-movement-without-networkpolicies',
        label: 'Lateral movement without NetworkPolicies',
      },
    ],
  },
  {
    id: 'least-privilege',
    term: 'Least privilege',
    short:
      'Giving each user, workload and component only the permissions its job needs, for only as long as it needs them.',
    long: 'In Kubernetes this means narrow Roles instead of cluster-wide ones, no wildcards, no automatically mounted tokens where the API is not used, containers without extra capabilities or root, and per-workload cloud identities. It reduces what any one stolen credential or compromised pod can do.',
    links: [
      {to: '/docs/fundamentals/authorization/rbac#least-privilege', label: 'RBAC: least privilege'},
      {to: '/docs/hardening/cluster-hardening/rbac-least-privilege', label: 'Apply least-privilege RBAC'},
    ],
  },
  {
    id: 'legacy-service-account-token',
    term: 'Legacy service account token',
    aka: ['kubernetes.io/service-account-token Secret'],
    short:
      'A non-expiring service account JWT stored in a Secret of type kubernetes.io/service-account-token, which Kubernetes no longer creates automatically.',
    long: 'Before v1.24 every ServiceAccount got one, and anyone able to read Secrets in the namespace could use it forever. Such Secrets can still be created by hand, and the legacy token cleaner labels and then deletes unused auto-generated ones. Prefer the TokenRequest API, which issues tokens that expire.',
    links: [
      {
        to: '/docs/fundamentals/authentication/service-accounts#legacy-tokens',
        label: 'Service accounts: legacy tokens',
      },
      {
        to: '/docs/attack-vectors/secret-and-image-pull-secret-theft#step-6-collect-legacy-service-account-tokens',
        label: 'Collecting legacy tokens',
      },
    ],
  },
  {
    id: 'limit-range',
    term: 'LimitRange',
    short:
      'A namespaced object that fills in default CPU and memory requests and limits for containers that set none, and enforces minimum and maximum values for containers, pods and PVCs.',
    long: "Together with a ResourceQuota it stops one tenant or one compromised workload from exhausting a node or the namespace's share. The LimitRanger admission plugin applies the defaults and rejects pods and claims outside the bounds at admission; objects that already exist are not changed.",
    links: [
      {
        to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#quotas',
        label: 'Multi-tenancy: quotas and limits',
      },
    ],
  },
  {
    id: 'capabilities',
    term: 'Linux capabilities',
    aka: ['capabilities', 'drop ALL'],
    short:
      "Pieces of root's power (such as NET_ADMIN or SYS_ADMIN) that the kernel grants separately; a container's set is changed with securityContext.capabilities add and drop.",
    long: "Container runtimes give containers a default set that includes CHOWN, DAC_OVERRIDE, SETUID and SETGID among others; containerd's default also includes NET_RAW, which CRI-O's leaves out. Baseline only allows adding capabilities from a short fixed list; Restricted requires dropping ALL and allows adding back only NET_BIND_SERVICE. Capabilities apply to root in the container, and to non-root processes only through file capabilities or ambient sets.",
    links: [
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#capabilities-restricted',
        label: 'Pod Security Standards: capabilities',
      },
      {to: '/docs/fundamentals/primitives/security-contexts#privileges', label: 'Security contexts: privileges'},
    ],
  },
  {
    id: 'linux-namespaces',
    term: 'Linux namespaces',
    short:
      'Kernel features that give a process its own view of a resource: process IDs, network, mounts, IPC, hostname, users and cgroups; containers are built from them.',
    long: "A pod's containers share network and IPC namespaces and, optionally, a PID namespace, but normally not the node's. The hostPID, hostNetwork and hostIPC fields put a pod back in the node's namespaces, removing that isolation. User namespaces map root in the container to an unprivileged user on the node.",
    links: [
      {to: '/docs/attack-vectors/host-namespaces#how-it-works', label: 'Host namespaces: how it works'},
      {
        to: '/docs/fundamentals/primitives/security-contexts#user-namespaces',
        label: 'Security contexts: user namespaces',
      },
    ],
  },
  {
    id: 'mitre-attack',
    term: 'MITRE ATT&CK',
    aka: ['ATT&CK for Containers'],
    short:
      "MITRE's public knowledge base of adversary tactics and techniques observed in real attacks; its Containers matrix covers container and Kubernetes environments.",
    long: "Tactics are the attacker's goals (initial access, execution, persistence, privilege escalation, defence evasion, credential access, discovery, lateral movement, impact) and techniques are the ways to achieve them, each with an ID such as T1610 (Deploy Container). Detection rules and threat models often use these IDs as a common vocabulary.",
    links: [
      {
        to: '/docs/fundamentals/threat-model#mitre-attack-containers',
        label: 'Threat model: MITRE ATT&CK for containers',
      },
    ],
  },
  {
    id: 'multi-tenancy',
    term: 'Multi-tenancy',
    short:
      'Sharing one cluster between several teams, customers or applications while keeping them from seeing or affecting each other.',
    long: 'Soft multi-tenancy, between teams that trust each other, relies on namespaces, RBAC, Pod Security, NetworkPolicies and quotas. Hard multi-tenancy, between tenants who do not, also needs sandboxed runtimes or dedicated nodes, and often separate control planes such as virtual clusters or separate clusters.',
    links: [{to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy', label: 'Namespaces and multi-tenancy'}],
  },
  {
    id: 'mutating-admission-policy',
    term: 'MutatingAdmissionPolicy',
    short:
      'An in-process admission policy that changes objects with CEL-described patches, declared through the API instead of a webhook.',
    long: 'It is the mutating counterpart of ValidatingAdmissionPolicy: alpha in v1.32, beta in v1.34 and GA, as admissionregistration.k8s.io/v1, since v1.36. A MutatingAdmissionPolicyBinding selects where it applies, and mutations are expressed as apply configurations or JSON patches built in CEL. Running inside the API server, it has no network call that can time out or be intercepted.',
    links: [
      {
        to: '/docs/fundamentals/admission/validating-admission-policy#mutating-admission-policy',
        label: 'MutatingAdmissionPolicy',
      },
    ],
  },
  {
    id: 'mtls',
    term: 'Mutual TLS',
    aka: ['mTLS'],
    short:
      'TLS in which both sides present and verify certificates, so each end authenticates the other, not only the client authenticating the server.',
    long: "Kubernetes control-plane traffic uses it: the API server and etcd, clients with certificates, and the API server and kubelets, though the API server verifies the kubelet's serving certificate only when --kubelet-certificate-authority is set. Service meshes such as Istio and Linkerd add it between pods with automatically rotated workload certificates, which also encrypts pod-to-pod traffic.",
    links: [
      {to: '/docs/fundamentals/primitives/pki-and-tls#tls-connections', label: 'PKI and TLS: connections'},
      {
        to: '/docs/fundamentals/components/kube-proxy-and-cni#encrypting-pod-to-pod-traffic',
        label: 'Encrypting pod-to-pod traffic',
      },
    ],
  },
  {
    id: 'namespace',
    term: 'Namespace',
    short:
      'A Kubernetes object that groups namespaced resources under one name, the unit to which RBAC RoleBindings, quotas, Pod Security labels and most policies apply.',
    long: 'Namespaces separate names and scope permissions, but they are not a network or kernel boundary: pods in different namespaces can talk to each other unless NetworkPolicies say otherwise, and share nodes. Cluster-scoped resources such as nodes, PersistentVolumes and ClusterRoles are outside any namespace.',
    links: [
      {
        to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#what-namespaces-isolate',
        label: 'What namespaces isolate',
      },
    ],
  },
  {
    id: 'networkpolicy',
    term: 'NetworkPolicy',
    short:
      'A namespaced networking.k8s.io/v1 object that selects pods and lists the ingress and egress traffic allowed to and from them; enforced by the CNI plugin.',
    long: 'Pods are non-isolated until a policy selects them; once selected for a direction, only traffic some policy allows passes, and policies only ever add allowed traffic. Rules match pods, namespaces, IP blocks and ports. NetworkPolicy has no deny rules, no cluster-wide scope and no layer-7 rules, and most plugins cannot apply it to hostNetwork pods.',
    links: [
      {to: '/docs/fundamentals/primitives/network-policies', label: 'Network policies'},
      {to: '/docs/fundamentals/primitives/network-policies#limitations', label: 'NetworkPolicy: limitations'},
    ],
  },
  {
    id: 'node-authorizer',
    term: 'Node authorizer',
    aka: ['--authorization-mode=Node'],
    short:
      'A special-purpose authorizer that lets kubelets, as system:node:<name> users, read only the Secrets, ConfigMaps, volumes and pods related to their own node.',
    long: "It builds a graph of which pods run on which node and which objects they reference, and allows a kubelet to read an object only if a pod bound to its node uses it. It is paired with the NodeRestriction admission plugin, which limits the objects a kubelet may write. Together they stop one compromised node from reading the whole cluster's Secrets.",
    links: [
      {to: '/docs/fundamentals/authorization/node-authorization', label: 'Node authorization'},
      {to: '/docs/fundamentals/authorization/authorization-methods#mode-node', label: 'Authorization modes: Node'},
    ],
  },
  {
    id: 'nodeport',
    term: 'NodePort',
    short:
      'A Service type that opens the same port, by default in the range 30000–32767, on every node and forwards it to the Service.',
    long: 'NodePorts are reachable on every node address, including public ones, unless the cloud firewall or host firewall blocks them, and NetworkPolicy sees the traffic after node-level translation. Prefer a load balancer or Ingress for exposure, and block the range at the edge.',
    links: [
      {
        to: '/docs/fundamentals/components/kube-proxy-and-cni#reaching-what-nodeports-and-node-listeners-expose',
        label: 'Reaching what NodePorts expose',
      },
    ],
  },
  {
    id: 'node-restriction',
    term: 'NodeRestriction',
    short:
      'An admission plugin that limits a kubelet to modifying its own Node object and the pods bound to it, and stops it setting labels reserved for node isolation.',
    long: 'Without it, a kubelet could change other nodes or label itself to attract sensitive workloads. Labels under node-restriction.kubernetes.io/ can only be set by administrators, so workloads can rely on them for placement. It needs the Node authorizer to be useful.',
    links: [
      {
        to: '/docs/fundamentals/authorization/node-authorization#noderestriction',
        label: 'Node authorization: NodeRestriction',
      },
    ],
  },
  {
    id: 'nodes-proxy',
    term: 'nodes/proxy',
    short:
      "The node subresource that proxies requests through the API server to a kubelet's API, including exec and logs, with the API server's credentials.",
    long: 'Any verb on nodes/proxy is powerful: get alone lets a user reach kubelet endpoints that run commands, because the kubelet maps a WebSocket upgrade to a get. Such calls are checked against nodes/proxy and not against pods/exec, and the audit log shows only the proxy request. Grant it only to monitoring that truly needs it.',
    links: [
      {to: '/docs/attack-vectors/nodes-proxy-abuse', label: 'nodes/proxy abuse'},
      {
        to: '/docs/fundamentals/authorization/rbac-privilege-escalation#nodes-proxy',
        label: 'RBAC escalation: nodes/proxy',
      },
    ],
  },
  {
    id: 'opa',
    term: 'Open Policy Agent',
    aka: ['OPA', 'Rego'],
    short:
      'A CNCF-graduated general-purpose policy engine that evaluates policies written in the Rego language against JSON input; Gatekeeper brings it to Kubernetes admission.',
    long: 'OPA separates policy decisions from the software that enforces them. In Kubernetes its policies usually check admission requests: allowed registries, required labels, forbidden fields. Rego is declarative and takes some learning; conftest runs the same policies on manifests in CI.',
    links: [{to: '/docs/tools/gatekeeper', label: 'Gatekeeper'}],
  },
  {
    id: 'oidc',
    term: 'OpenID Connect',
    aka: ['OIDC'],
    short:
      'An identity layer on OAuth 2.0 whose signed ID tokens (JWTs) the API server can accept to authenticate users from an external identity provider.',
    long: "The API server verifies the token's signature against the issuer's published keys and checks issuer, audience and expiry, then maps claims to the username and groups. It never talks to the provider for each request, so a token is valid until it expires. Configure it with an AuthenticationConfiguration file or the older --oidc-* flags.",
    links: [
      {
        to: '/docs/fundamentals/authentication/oidc-and-structured-authentication',
        label: 'OIDC and structured authentication',
      },
    ],
  },
  {
    id: 'persistence',
    term: 'Persistence',
    short:
      "An attacker's ways of keeping access after the first entry point is closed, such as new credentials, scheduled workloads, static pods or a malicious webhook.",
    long: 'In Kubernetes persistence includes extra ServiceAccounts and bindings, CronJobs and DaemonSets, backdoored images or sidecars, mutating webhooks that inject code, static pod manifests on nodes and minted client certificates. Detecting it means auditing writes to these objects and comparing inventories with what you expect.',
    links: [
      {to: '/docs/attack-vectors/persistence', label: 'Persistence'},
      {to: '/docs/fundamentals/threat-model#persistence', label: 'Threat model: persistence'},
    ],
  },
  {
    id: 'persistent-volume',
    term: 'PersistentVolume',
    aka: ['PV', 'PersistentVolumeClaim'],
    short:
      'A cluster-scoped object representing a piece of storage, which a namespaced PersistentVolumeClaim binds to so pods can mount it.',
    long: "Whoever may create PersistentVolumes can define one of type hostPath or point at any backend volume, then claim it from any namespace, bypassing pod-level checks. Reclaim policy Retain keeps the data after the claim is deleted, and once an administrator clears the volume's claimRef any fitting claim can bind to it. Restrict PV creation to administrators and provisioners.",
    links: [
      {to: '/docs/attack-vectors/persistent-volume-data-exposure', label: 'Persistent volume data exposure'},
      {
        to: '/docs/fundamentals/components/storage#access-modes-and-reclaim-policies',
        label: 'Storage: reclaim policies',
      },
    ],
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
    id: 'pod-security-policy',
    term: 'PodSecurityPolicy',
    aka: ['PSP'],
    short:
      'A cluster-scoped admission policy for pod security fields that was deprecated in v1.21 and removed in v1.25; Pod Security Admission and policy engines replace it.',
    long: 'PodSecurityPolicy authorized policies through RBAC use verbs and mutated pods, which made its effect hard to predict. Clusters on v1.25 and later cannot serve the policy/v1beta1 PodSecurityPolicy API at all. Older material that tells you to create a PSP is out of date; use Pod Security Admission labels, or Kyverno, Gatekeeper or ValidatingAdmissionPolicy for rules the standards do not cover.',
    links: [{to: '/docs/fundamentals/admission/pod-security-admission', label: 'Pod Security Admission'}],
  },
  {
    id: 'privilege-escalation',
    term: 'Privilege escalation',
    short:
      'Gaining more permissions than the identity you started with, such as from a pod to the node, or from a namespaced role to cluster-admin.',
    long: 'In Kubernetes the classic routes are RBAC permissions that grant more than they look (create pods, escalate, bind, impersonate, approve CSRs), and pod settings that reach the host (privileged, hostPath, host namespaces). Inside a container, setuid binaries and file capabilities are the usual route, which allowPrivilegeEscalation: false blocks.',
    links: [
      {to: '/docs/fundamentals/threat-model#privilege-escalation', label: 'Threat model: privilege escalation'},
      {to: '/docs/fundamentals/authorization/rbac-privilege-escalation', label: 'RBAC privilege escalation'},
    ],
  },
  {
    id: 'privileged-container',
    term: 'Privileged container',
    aka: ['privileged: true'],
    short:
      'A container run with securityContext.privileged: true, which gets all capabilities and host devices and loses most seccomp, AppArmor and /proc protections.',
    long: "A privileged container is root on the node in all but name: it can mount the host's disks, load kernel modules and write to cgroup and device files. Baseline forbids it. The few system components that need it, such as some CNI and CSI agents, belong in dedicated namespaces with their own Pod Security level.",
    links: [
      {
        to: '/docs/attack-vectors/privileged-container-escape#what-privileged-switches-off',
        label: 'What privileged switches off',
      },
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#privileged',
        label: 'Pod Security Standards: privileged',
      },
    ],
  },
  {
    id: 'proc-mount',
    term: 'procMount',
    short:
      'A container securityContext field that chooses whether /proc is masked (Default) or fully visible (Unmasked) inside the container.',
    long: 'The default hides some sensitive files under /proc and makes some paths, such as /proc/sys, read-only. Unmasked is meant for nested containers, and the API server accepts it only for pods with hostUsers: false. Restricted always requires Default; Baseline, from policy version v1.35, allows Unmasked in user-namespace pods.',
    links: [
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#proc-mount',
        label: 'Pod Security Standards: /proc mount type',
      },
    ],
  },
  {
    id: 'projected-volume',
    term: 'Projected volume',
    short:
      'A volume that combines several sources, such as a service account token, a ConfigMap, Secret keys and downward API fields, into one directory.',
    long: 'The ServiceAccount admission plugin gives each pod a projected volume named kube-api-access-<suffix>, holding a service account token, the cluster CA bundle and the namespace. The token source takes an audience and expirationSeconds, and the kubelet rotates the file before it expires, so applications must reread it.',
    links: [
      {to: '/docs/fundamentals/components/storage#projected-volumes', label: 'Storage: projected volumes'},
      {
        to: '/docs/fundamentals/authentication/service-accounts#projected-token',
        label: 'Service accounts: projected token',
      },
    ],
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
    id: 'wildcard',
    term: 'RBAC wildcard',
    aka: ['*'],
    short:
      "The * value in an RBAC rule's apiGroups, resources or verbs, which matches everything, including resources and verbs added later.",
    long: 'A rule with resources ["*"] covers Secrets, RBAC objects, webhooks and every CRD installed in future; verbs ["*"] include escalate, bind and impersonate. Wildcards make roles impossible to review, so list resources and verbs explicitly.',
    links: [
      {to: '/docs/fundamentals/authorization/rbac-privilege-escalation#wildcard', label: 'RBAC escalation: wildcards'},
      {to: '/docs/attack-vectors/rbac-abuse#wildcards', label: 'RBAC abuse: wildcards'},
    ],
  },
  {
    id: 'read-only-root-filesystem',
    term: 'readOnlyRootFilesystem',
    short:
      "A container securityContext field that mounts the container's root filesystem read-only, so nothing can be written outside declared volumes.",
    long: 'It stops an intruder from dropping tools or changing binaries in the image, and makes unexpected writes fail loudly. Applications that need scratch space get an emptyDir mounted at /tmp or another path. It is not required by the Pod Security Standards but is a common policy check and a core part of immutable containers.',
    links: [
      {to: '/docs/fundamentals/primitives/security-contexts#privileges', label: 'Security contexts: privileges'},
      {
        to: '/docs/hardening/monitoring-logging-runtime-security/immutable-containers',
        label: 'Make containers immutable',
      },
    ],
  },
  {
    id: 'resourcequota',
    term: 'ResourceQuota',
    short:
      'A namespaced object capping the total CPU, memory, storage and object counts that all workloads in a namespace may request.',
    long: 'Once a quota covers CPU or memory, every new pod in the namespace must declare requests or limits for it, which a LimitRange can default. Quotas contain a runaway or hijacked workload and stop one tenant from filling the cluster, but they do not protect a single node; limits do.',
    links: [{to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#quotas', label: 'Multi-tenancy: quotas'}],
  },
  {
    id: 'restricted',
    term: 'Restricted',
    aka: ['Restricted Pod Security Standard'],
    short:
      'The strictest Pod Security Standard: Baseline plus non-root users, no privilege escalation, all capabilities dropped, a seccomp profile and a limited set of volume types.',
    long: 'Restricted requires runAsNonRoot: true, no runAsUser of 0, allowPrivilegeEscalation: false, capabilities drop ALL with at most NET_BIND_SERVICE added, seccompProfile RuntimeDefault or Localhost, and only volume types such as configMap, secret, emptyDir, projected, persistentVolumeClaim and csi. Pods with hostUsers: false are exempt from the runAsNonRoot and runAsUser checks, since root there is unprivileged on the node. Most application images can run under it with small changes.',
    links: [
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#restricted-controls',
        label: 'Pod Security Standards: Restricted',
      },
    ],
  },
  {
    id: 'role',
    term: 'Role',
    short:
      'A namespaced RBAC object listing permissions (API groups, resources, verbs, optional resource names) within one namespace.',
    long: 'A Role grants nothing until a RoleBinding gives it to a subject. It cannot grant access to cluster-scoped resources or to other namespaces. resourceNames narrows a rule to named objects, but it cannot limit create, and it allows list or watch only when the client selects that name with a field selector.',
    links: [
      {to: '/docs/fundamentals/authorization/rbac#rbac-objects', label: 'RBAC: the four objects'},
      {to: '/docs/fundamentals/authorization/rbac#rules', label: 'RBAC: rules'},
    ],
  },
  {
    id: 'rolebinding',
    term: 'RoleBinding',
    short:
      "A namespaced RBAC object that grants a Role, or a ClusterRole's rules, to users, groups or service accounts within its namespace.",
    long: 'Its roleRef is immutable; to change the role, delete and recreate the binding. A RoleBinding can name subjects from other namespaces, such as a service account elsewhere. Creating one is limited by escalation prevention unless the creator has the bind verb.',
    links: [{to: '/docs/fundamentals/authorization/rbac#bindings', label: 'RBAC: bindings'}],
  },
  {
    id: 'run-as-non-root',
    term: 'runAsNonRoot',
    short:
      'A securityContext field that, when true, makes the kubelet refuse to start a container whose user would be UID 0.',
    long: "The kubelet checks the runAsUser it is given or, if none, the image's USER. An image that names its user by name rather than number cannot be verified and fails to start. Restricted requires it, set at pod or container level, except for pods in a user namespace (hostUsers: false).",
    links: [
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#run-as-non-root',
        label: 'Pod Security Standards: run as non-root',
      },
    ],
  },
  {
    id: 'run-as-user',
    term: 'runAsUser',
    short:
      "A securityContext field setting the numeric user ID the container's processes run as, overriding the image's USER.",
    long: 'Restricted forbids runAsUser: 0 unless the pod runs in a user namespace. Picking a high UID that owns nothing on the node limits the damage of an escape, and user namespaces go further by mapping the ID to an unprivileged range. runAsGroup and supplementalGroups set the group IDs.',
    links: [
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#run-as-user',
        label: 'Pod Security Standards: runAsUser',
      },
      {to: '/docs/fundamentals/primitives/security-contexts#identity', label: 'Security contexts: identity'},
    ],
  },
  {
    id: 'runc',
    term: 'runc',
    short:
      "The reference OCI low-level runtime that containerd and CRI-O call to create a container's namespaces, cgroups and filesystem and start its process.",
    long: 'Because runc runs as root on the host while setting up the container, its bugs are container escapes: CVE-2019-5736 overwrote the runc binary, and CVE-2024-21626 leaked a host directory file descriptor into the container, fixed in runc 1.1.12. In November 2025 three more (CVE-2025-31133, CVE-2025-52565 and CVE-2025-52881) abused mount races around its /proc and /dev masking, fixed in runc 1.2.8 and 1.3.3. Keep it patched with the runtime.',
    links: [
      {
        to: '/docs/attack-vectors/runtime-and-kernel-escapes#walkthrough-cve-2024-21626-from-a-pod-spec',
        label: 'CVE-2024-21626 walkthrough',
      },
    ],
  },
  {
    id: 'runtime-class',
    term: 'RuntimeClass',
    short:
      'A cluster-scoped node.k8s.io/v1 object that names a runtime handler configured on nodes, so a pod can choose a sandboxed runtime with spec.runtimeClassName.',
    long: 'The handler refers to a runtime configured in containerd or CRI-O, such as runsc for gVisor or kata for Kata Containers. A RuntimeClass can carry scheduling constraints so pods land only on nodes with that handler, and a pod overhead. Admission policies can require it for untrusted workloads.',
    links: [
      {
        to: '/docs/fundamentals/components/container-runtime#sandboxing-with-runtimeclass',
        label: 'Container runtime: sandboxing with RuntimeClass',
      },
    ],
  },
  {
    id: 'sbom',
    term: 'SBOM',
    aka: ['Software Bill of Materials', 'SPDX', 'CycloneDX'],
    short:
      'A Software Bill of Materials: a machine-readable list of the packages and versions inside an artifact such as a container image, in SPDX or CycloneDX format.',
    long: 'An SBOM lets you answer "which images contain the vulnerable version?" without rescanning, and lets a consumer check what they are running. Syft generates SBOMs from images; Grype and Trivy scan them for vulnerabilities; cosign can attach them to an image as signed attestations.',
    links: [
      {to: '/docs/tools/syft', label: 'Syft'},
      {to: '/docs/tools/grype', label: 'Grype'},
    ],
  },
  {
    id: 'seccomp',
    term: 'seccomp',
    aka: ['seccompProfile', 'RuntimeDefault'],
    short:
      'A Linux kernel filter that limits which system calls a process may make; set per pod or container with securityContext.seccompProfile.',
    long: "Types are RuntimeDefault (the runtime's default profile, which blocks dozens of rarely needed calls), Localhost (a profile file on the node) and Unconfined. Without a setting, containers run Unconfined unless the kubelet's seccompDefault option is on. Baseline forbids Unconfined; Restricted requires RuntimeDefault or Localhost.",
    links: [
      {
        to: '/docs/fundamentals/primitives/pod-security-standards#seccomp-restricted',
        label: 'Pod Security Standards: seccomp',
      },
      {
        to: '/docs/fundamentals/primitives/security-contexts#kernel-confinement',
        label: 'Security contexts: kernel confinement',
      },
    ],
  },
  {
    id: 'secret',
    term: 'Secret',
    short:
      'A namespaced object for small pieces of sensitive data, such as passwords, tokens and keys, shown base64-encoded (not encrypted) and readable by anyone with get, list or watch on it.',
    long: 'Base64 is an encoding, not encryption; Secrets are protected only by RBAC, by encryption at rest in etcd and by care with who can create pods that mount them. list and watch return the values, not only names. Pods consume Secrets as files or environment variables, and files are the safer choice, because environment variables are inherited by child processes and often end up in logs and crash reports.',
    links: [
      {to: '/docs/fundamentals/primitives/secrets-and-encryption#what-a-secret-is', label: 'Secrets: what a Secret is'},
      {to: '/docs/attack-vectors/secret-and-image-pull-secret-theft', label: 'Secret theft'},
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
    id: 'self-subject-access-review',
    term: 'SelfSubjectAccessReview',
    aka: ['kubectl auth can-i'],
    short:
      'An API request in which a caller asks whether they themselves may perform a given verb on a given resource; kubectl auth can-i sends one.',
    long: 'Any authenticated user may create one for themselves. SelfSubjectRulesReview lists what the caller may do in a namespace (kubectl auth can-i --list), and SubjectAccessReview asks about someone else, which needs its own permission. Attackers use these first, to learn what a stolen token allows.',
    links: [
      {to: '/docs/fundamentals/authorization/checking-access#can-i', label: 'Checking access: can-i'},
      {
        to: '/docs/attack-vectors/rbac-abuse#step-1-find-out-what-the-token-can-do',
        label: 'RBAC abuse: find out what the token can do',
      },
    ],
  },
  {
    id: 'selinux',
    term: 'SELinux',
    aka: ['seLinuxOptions'],
    short:
      'A Linux security module that labels every process and file and enforces which labels may access which; used by CRI-O and containerd to confine containers on SELinux hosts.',
    long: "On RHEL-family nodes each container gets a type such as container_t and a unique MCS category pair, so one container cannot read another's files even as root. securityContext.seLinuxOptions can change the labels; Baseline forbids setting a custom user or role and allows only a few container types.",
    links: [
      {to: '/docs/fundamentals/primitives/pod-security-standards#selinux', label: 'Pod Security Standards: SELinux'},
    ],
  },
  {
    id: 'service-mesh',
    term: 'Service mesh',
    short:
      'A layer of proxies, as sidecars or per-node agents, that handles service-to-service traffic, typically adding mutual TLS, workload identity and layer-7 policy.',
    long: "Istio, Linkerd and Cilium's mesh are common examples. A mesh encrypts pod-to-pod traffic and can authorize calls by workload identity instead of IP address. Its control plane and injector are powerful components: a mutating webhook that adds containers to pods is an attractive target.",
    links: [
      {
        to: '/docs/fundamentals/components/kube-proxy-and-cni#encrypting-pod-to-pod-traffic',
        label: 'Encrypting pod-to-pod traffic',
      },
      {to: '/docs/attack-vectors/compromised-sidecars', label: 'Compromised sidecars'},
    ],
  },
  {
    id: 'service-account',
    term: 'ServiceAccount',
    aka: ['service account'],
    short:
      'A namespaced Kubernetes identity for workloads; pods authenticate to the API server as it with a token that expires and is bound to the pod.',
    long: 'Every namespace has a default ServiceAccount, and a pod that names none runs as it. The kubelet mounts a projected token obtained through the TokenRequest API, unless automounting is turned off on the ServiceAccount or the pod. The token is bound to the pod and stops working when the pod is deleted; the kubelet asks for one hour, but by default the API server extends it to up to a year so that clients that never reread the file keep working. Its username is system:serviceaccount:<namespace>:<name>, and RBAC grants it permissions like any other subject.',
    links: [
      {to: '/docs/fundamentals/authentication/service-accounts', label: 'Service accounts'},
      {to: '/docs/attack-vectors/pod-creation-token-theft', label: 'Pod creation and token theft'},
    ],
  },
  {
    id: 'shared-responsibility',
    term: 'Shared responsibility model',
    short:
      'The split of security duties between a cloud or managed-Kubernetes provider and its customer, which depends on the service used.',
    long: 'With a managed control plane the provider secures the control-plane hosts, etcd and their patching; the customer still owns RBAC, workloads, network policy, node configuration for self-managed nodes, and the data. Knowing the line tells you which controls you must build yourself.',
    links: [
      {
        to: '/docs/fundamentals#the-shared-responsibility-model',
        label: 'Fundamentals: the shared responsibility model',
      },
    ],
  },
  {
    id: 'sidecar',
    term: 'Sidecar container',
    short:
      'A helper container that runs beside the main application in the same pod, sharing its network and, optionally, volumes and process namespace.',
    long: "Sidecars carry logging, proxies and secret fetching. Native sidecars, on by default since v1.29 and GA since v1.33, are init containers with restartPolicy: Always that keep running beside the app. A compromised or injected sidecar sees the pod's traffic, volumes and service account token, so sidecar images deserve the same scrutiny as the application.",
    links: [{to: '/docs/attack-vectors/compromised-sidecars', label: 'Compromised sidecars'}],
  },
  {
    id: 'sigstore',
    term: 'Sigstore',
    short:
      'An open-source project and public service for signing software artifacts, made of cosign, the Fulcio certificate authority and the Rekor transparency log.',
    long: "Sigstore's keyless flow binds a signature to an OIDC identity, such as a CI workflow, through a short-lived Fulcio certificate, and records it in Rekor so that signing events are publicly auditable. Verifiers check the certificate identity and issuer rather than distributing long-lived public keys.",
    links: [
      {to: '/docs/tools/cosign', label: 'cosign'},
      {to: '/docs/attack-vectors/supply-chain-attacks#prevent', label: 'Supply chain: prevent'},
    ],
  },
  {
    id: 'slsa',
    term: 'SLSA',
    aka: ['Supply-chain Levels for Software Artifacts'],
    short:
      'Supply-chain Levels for Software Artifacts: an OpenSSF framework of increasing levels of build integrity, centred on signed, verifiable provenance of how an artifact was built.',
    long: 'The Build track of SLSA v1.0 goes from L0 (nothing) to L3 (a hardened, isolated build platform that produces unforgeable provenance). Provenance is an attestation naming the source, builder and inputs, which consumers verify before deploying. It addresses tampering in the build, not vulnerable dependencies.',
    links: [
      {to: '/docs/attack-vectors/supply-chain-attacks#prevent', label: 'Supply chain: prevent'},
      {to: '/docs/tools/cosign', label: 'cosign'},
    ],
  },
  {
    id: 'static-pod',
    term: 'Static pod',
    short:
      'A pod the kubelet runs directly from a manifest file in its staticPodPath (/etc/kubernetes/manifests on kubeadm), without the API server or admission being involved.',
    long: 'kubeadm runs the control plane as static pods. The API server shows a read-only mirror pod for each one, but admission cannot stop it and deleting the mirror does not stop it. Write access to that directory on a node is therefore a persistence route that Pod Security never sees, and NodeRestriction stops mirror pods from referencing Secrets or service accounts.',
    links: [{to: '/docs/attack-vectors/persistence#static-pods', label: 'Persistence: static pods'}],
  },
  {
    id: 'stride',
    term: 'STRIDE',
    short:
      'A threat-modelling mnemonic for six threat types: Spoofing, Tampering, Repudiation, Information disclosure, Denial of service and Elevation of privilege.',
    long: 'Applied to a Kubernetes data-flow diagram, each element and trust boundary is checked against the six categories: spoofed service account tokens, tampered images, requests with no audit trail, Secrets leaked in logs, API exhaustion, and escapes to the node. Each threat then maps to a control or an accepted risk.',
    links: [{to: '/docs/fundamentals/threat-model#stride', label: 'Threat model: STRIDE'}],
  },
  {
    id: 'subject-access-review',
    term: 'SubjectAccessReview',
    short:
      'An authorization.k8s.io/v1 request asking whether a given user or group may perform an action; used by webhook authorizers, kubelets and administrators.',
    long: "The API server sends SubjectAccessReviews to a webhook authorizer, and the kubelet sends them to the API server to authorize calls to its own API. Administrators and tools create them to check another identity's permissions; kubectl auth can-i --as instead impersonates the identity and sends a SelfSubjectAccessReview. Creating a SubjectAccessReview needs permission, since it reveals what others can do.",
    links: [
      {to: '/docs/fundamentals/authorization/checking-access#review-apis', label: 'Checking access: the review APIs'},
      {to: '/docs/fundamentals/authorization/abac-and-webhook-authorization#webhook', label: 'Webhook authorization'},
    ],
  },
  {
    id: 'subpath',
    term: 'subPath',
    short: 'A volumeMount field that mounts one file or subdirectory of a volume instead of its root.',
    long: 'Because the kubelet resolves the path on the node, subPath has been the source of symlink escapes in which a container tricked the kubelet into mounting a host path, such as CVE-2017-1002101 and CVE-2021-25741. Both are fixed, and keeping the kubelet current is the defence. subPathExpr builds the path from environment variables and is resolved the same way.',
    links: [
      {
        to: '/docs/fundamentals/components/storage#subpath-and-symlink-escapes',
        label: 'Storage: subPath and symlink escapes',
      },
    ],
  },
  {
    id: 'supply-chain-attack',
    term: 'Supply-chain attack',
    short:
      "Compromising software before it reaches you, through a dependency, a base image, a build system, a registry or a tag, so that you deploy the attacker's code yourself.",
    long: 'Examples are typosquatted public images, poisoned base images, dependency confusion, tampered CI pipelines and tags moved to new content. Defences are pinning by digest, signing and verifying images and provenance, SBOMs and scanning, private registries with allow-lists at admission, and least privilege for the build itself.',
    links: [
      {to: '/docs/attack-vectors/supply-chain-attacks', label: 'Supply-chain attacks'},
      {to: '/docs/fundamentals/attack-surface#supply-chain', label: 'Attack surface: supply chain'},
    ],
  },
  {
    id: 'sysctl',
    term: 'sysctl',
    aka: ['securityContext.sysctls'],
    short:
      'A kernel parameter under /proc/sys; a pod can set namespaced sysctls with securityContext.sysctls, and Baseline allows only a short safe list.',
    long: 'Safe sysctls are namespaced and isolated per pod, such as net.ipv4.ip_unprivileged_port_start or net.ipv4.ping_group_range. Unsafe ones can affect other pods or the node and must be allowed per kubelet with --allowed-unsafe-sysctls. The Baseline Pod Security Standard rejects any sysctl outside the safe set.',
    links: [
      {to: '/docs/fundamentals/primitives/pod-security-standards#sysctls', label: 'Pod Security Standards: sysctls'},
    ],
  },
  {
    id: 'system-masters',
    term: 'system:masters',
    short:
      'A group whose members bypass authorization entirely: the API server allows every request from them without consulting RBAC or any webhook.',
    long: 'A client certificate with O=system:masters is therefore a super-user credential that cannot be revoked. kubeadm since v1.29 puts the admin user in kubeadm:cluster-admins, bound to cluster-admin through RBAC, and keeps a separate super-admin.conf for system:masters. The CertificateSubjectRestriction admission plugin rejects CSRs for this group addressed to the kubernetes.io/kube-apiserver-client signer.',
    links: [
      {to: '/docs/fundamentals/authentication/x509-client-certificates#system-masters', label: 'X.509: system:masters'},
    ],
  },
  {
    id: 'tetragon',
    term: 'Tetragon',
    short:
      'A Cilium project that uses eBPF to observe process, file and network events in the kernel with Kubernetes context, and can enforce policy by killing a process or overriding a system call.',
    long: 'TracingPolicy resources choose kernel functions, tracepoints or LSM hooks to watch and what to do on a match. Because enforcement happens in the kernel, it acts before a malicious action completes, unlike detection that reacts afterwards. Events go to JSON logs or gRPC.',
    links: [{to: '/docs/tools/tetragon', label: 'Tetragon'}],
  },
  {
    id: 'microsoft-threat-matrix',
    term: 'Threat Matrix for Kubernetes',
    aka: ['Microsoft threat matrix'],
    short:
      "Microsoft's ATT&CK-style matrix of attack techniques against Kubernetes, grouped into tactics from initial access to impact.",
    long: 'It lists techniques such as exposed dashboards, exec into container, writable hostPath mounts, cluster-admin bindings and access to the cloud metadata API. Each attack-vector article on this site is mapped to its techniques, which helps when planning detections.',
    links: [
      {to: '/docs/fundamentals/threat-model#microsoft-threat-matrix', label: 'Threat model: Microsoft threat matrix'},
      {to: '/docs/attack-vectors#mapped-to-the-threat-matrices', label: 'Attack vectors: mapped to the matrices'},
    ],
  },
  {
    id: 'threat-modeling',
    term: 'Threat modelling',
    aka: ['threat model'],
    short:
      'A structured way of finding what can go wrong in a system: listing assets, trust boundaries and data flows, then the threats against each and the controls for them.',
    long: 'For Kubernetes a model starts from who can reach the API server, nodes and workloads, and where credentials cross boundaries. STRIDE and the MITRE and Microsoft matrices give lists of threats to check. The output is a ranked list of risks and the controls or monitoring that answer them.',
    links: [
      {to: '/docs/fundamentals/threat-model', label: 'Threat model'},
      {to: '/docs/fundamentals/threat-model#threat-modeling-in-practice', label: 'Threat modelling in practice'},
    ],
  },
  {
    id: 'tls',
    term: 'TLS',
    aka: ['Transport Layer Security', 'HTTPS'],
    short:
      'Transport Layer Security: the protocol that encrypts a connection and lets a client verify the server, and optionally the server verify the client, by certificates.',
    long: "Every Kubernetes control-plane connection uses TLS, with certificates from the cluster PKI. Settings that matter are the minimum version and cipher suites on each component, certificate lifetimes and rotation, and whether clients actually verify the server's certificate rather than skipping it with an insecure option.",
    links: [
      {to: '/docs/fundamentals/primitives/pki-and-tls', label: 'PKI and TLS'},
      {to: '/docs/fundamentals/primitives/pki-and-tls#tls-settings', label: 'TLS settings'},
    ],
  },
  {
    id: 'token-request',
    term: 'TokenRequest API',
    aka: ['serviceaccounts/token', 'kubectl create token'],
    short:
      'The serviceaccounts/token subresource that issues a short-lived, audience-bound JWT for a ServiceAccount, optionally bound to a pod, Secret or node.',
    long: "The kubelet uses it for every pod's projected token, and kubectl create token calls it from the command line. The caller chooses an audience and expirationSeconds within the API server's limits. Permission to create serviceaccounts/token for a ServiceAccount means being able to act as it, so treat that permission like the account's own rights.",
    links: [
      {to: '/docs/fundamentals/authentication/service-accounts#token-request', label: 'Service accounts: TokenRequest'},
      {
        to: '/docs/fundamentals/authorization/rbac-privilege-escalation#token-create',
        label: 'RBAC escalation: token create',
      },
    ],
  },
  {
    id: 'trivy',
    term: 'Trivy',
    short:
      'An Aqua Security scanner for vulnerabilities, misconfigurations, secrets and licences in images, filesystems, repositories, Kubernetes clusters and IaC files.',
    long: "trivy image scans an image's OS and language packages against vulnerability databases and can output an SBOM; trivy k8s scans workloads in a cluster, and the Trivy Operator does so continuously, storing reports as custom resources. Results depend on a database that must be kept current.",
    links: [{to: '/docs/tools/trivy', label: 'Trivy'}],
  },
  {
    id: 'trust-boundary',
    term: 'Trust boundary',
    short:
      'A line in a system where data or control passes between parts with different levels of trust, such as from a pod to the API server or from the internet to an ingress.',
    long: 'Threats concentrate at trust boundaries, so threat models draw them first. In a cluster the main ones are between tenants and namespaces, between containers and their node, between nodes and the control plane, and between the cluster and the cloud account.',
    links: [
      {to: '/docs/fundamentals/threat-model#trust-boundaries-and-data-flow', label: 'Threat model: trust boundaries'},
    ],
  },
  {
    id: 'typosquatting',
    term: 'Typosquatting',
    short:
      'Publishing a malicious image or package under a name close to a popular one, hoping someone mistypes or misreads it.',
    long: 'Public registries have held images named like official ones that shipped cryptominers. Defences are pulling only from approved registries or namespaces, enforced at admission, and pinning images by digest after review.',
    links: [
      {
        to: '/docs/attack-vectors/supply-chain-attacks#typo-squatted-and-malicious-public-images',
        label: 'Supply chain: typosquatted images',
      },
    ],
  },
  {
    id: 'user-namespaces',
    term: 'User namespaces',
    aka: ['hostUsers: false'],
    short:
      'A Linux namespace that maps user and group IDs inside a container to different, unprivileged IDs on the node; enabled per pod with hostUsers: false.',
    long: 'With user namespaces, root in the container is an ordinary user on the host, so many escapes lose their value and capabilities apply only inside the pod. The feature is GA since v1.36 (on by default since v1.33) and needs support in the kernel, the runtime and the filesystems used for volumes. Pod Security relaxes a few checks for such pods, such as runAsNonRoot and runAsUser under Restricted.',
    links: [
      {
        to: '/docs/fundamentals/primitives/security-contexts#user-namespaces',
        label: 'Security contexts: user namespaces',
      },
      {
        to: '/docs/fundamentals/components/container-runtime#user-namespaces',
        label: 'Container runtime: user namespaces',
      },
    ],
  },
  {
    id: 'validating-admission-policy',
    term: 'ValidatingAdmissionPolicy',
    aka: ['VAP'],
    short:
      'A built-in admission policy, GA since v1.30, that accepts or rejects requests with CEL expressions evaluated inside the API server, with no webhook.',
    long: 'The policy defines match constraints, validations and optional parameters; a ValidatingAdmissionPolicyBinding says where it applies and whether to deny, warn or audit. CEL expressions are type-checked and cost-limited, so a policy cannot hang the API server the way a slow webhook can.',
    links: [{to: '/docs/fundamentals/admission/validating-admission-policy', label: 'ValidatingAdmissionPolicy'}],
  },
  {
    id: 'virtual-cluster',
    term: 'Virtual cluster',
    aka: ['vCluster'],
    short:
      "A tenant control plane that runs as pods inside a host cluster and syncs the tenant's pods to it, giving each tenant its own API server and RBAC.",
    long: "Tenants can install CRDs and cluster-scoped objects without touching the host cluster's API, which helps control-plane isolation. Their pods still run on the host cluster's nodes, so node-level isolation still needs Pod Security, NetworkPolicies and possibly sandboxed runtimes.",
    links: [
      {
        to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#virtual-clusters',
        label: 'Multi-tenancy: virtual clusters',
      },
    ],
  },
  {
    id: 'vulnerability-scanner',
    term: 'Vulnerability scanner',
    short:
      'A tool that lists the packages in an image or filesystem and reports the known CVEs affecting their versions.',
    long: 'Trivy and Grype are the common open-source ones. Scanners find only known vulnerabilities in packages they recognise, and their results change as the databases update, so scan in CI and again on a schedule for running images. Triage by whether the vulnerable code is reachable, not only by score.',
    links: [
      {to: '/docs/tools/grype', label: 'Grype'},
      {to: '/docs/tools/trivy', label: 'Trivy'},
    ],
  },
  {
    id: 'webhook-authorizer',
    term: 'Webhook authorizer',
    aka: ['--authorization-mode=Webhook'],
    short:
      "An authorizer that sends each request's attributes as a SubjectAccessReview to an external HTTPS service and follows its allow, deny or no-opinion answer.",
    long: 'The API server caches answers for a configurable time and, in an AuthorizationConfiguration file, can filter which requests reach the webhook with CEL match conditions and decide what happens when it fails. The kubelet uses the same mode to ask the API server about calls to its own API.',
    links: [
      {to: '/docs/fundamentals/authorization/abac-and-webhook-authorization#webhook', label: 'Webhook authorization'},
      {
        to: '/docs/fundamentals/authorization/authorization-methods#mode-webhook',
        label: 'Authorization modes: Webhook',
      },
    ],
  },
  {
    id: 'webhook-token-authentication',
    term: 'Webhook token authentication',
    aka: ['TokenReview'],
    short:
      'An authenticator that sends bearer tokens it does not recognise as a TokenReview to an external service, which answers with the user and groups.',
    long: "It is configured with --authentication-token-webhook-config-file and caches answers. Managed clusters use it to accept cloud identity tokens. The kubelet uses the same mechanism, calling the API server's TokenReview API, to authenticate bearer tokens sent to its own API.",
    links: [
      {
        to: '/docs/fundamentals/authentication/webhook-proxy-and-anonymous#webhook-token-authentication',
        label: 'Webhook token authentication',
      },
    ],
  },
  {
    id: 'workload-identity',
    term: 'Workload identity',
    aka: ['IRSA', 'EKS Pod Identity'],
    short:
      "Giving a pod its own cloud identity, by exchanging its service account token for short-lived cloud credentials, instead of using the node's identity.",
    long: "AWS IRSA and EKS Pod Identity, GKE Workload Identity Federation and Azure Workload Identity all trust the cluster's service account token issuer. This lets the node role stay minimal and each workload get only the cloud permissions it needs, and pairs with blocking pods from the metadata service.",
    links: [
      {to: '/docs/hardening/system-hardening/least-privilege-cloud-identity', label: 'Least-privilege cloud identity'},
      {to: '/docs/attack-vectors/cloud-metadata-abuse#prevent', label: 'Cloud metadata abuse: prevent'},
    ],
  },
  {
    id: 'x509-client-certificate',
    term: 'X.509 client certificate',
    aka: ['client certificate'],
    short:
      'A certificate signed by the cluster CA that authenticates its holder to the API server, with the Common Name as the username and each Organization as a group.',
    long: 'Client certificates cannot be revoked in Kubernetes: a leaked one works until it expires, unless the whole CA is replaced. They suit components and break-glass access more than people, who are better served by OIDC. New ones are requested through the CertificateSigningRequest API.',
    links: [
      {to: '/docs/fundamentals/authentication/x509-client-certificates', label: 'X.509 client certificates'},
      {to: '/docs/fundamentals/authentication/x509-client-certificates#no-revocation', label: 'X.509: no revocation'},
    ],
  },
];
