import type {Question} from '../questions';

/** Questions for CKS domain 2, Cluster Hardening. */
export const questions: readonly Question[] = [
  {
    id: 'rbac-escalate-verb',
    competencies: ['CKS-2.1', 'KCSA-4.7'],
    kind: 'concept',
    prompt:
      'A user may create and update Roles in a namespace, but holds no other permissions there. Without the escalate verb, what stops them writing a Role that grants get on Secrets and binding it to themselves?',
    options: [
      {
        text: 'The API server refuses to create or update a Role that grants permissions the requester does not already hold.',
        correct: true,
        why: 'RBAC checks every rule of a new or changed Role against the requester’s own permissions, unless they have escalate on roles. The user cannot read Secrets, so a Role granting it is refused.',
      },
      {
        text: 'Nothing: create on roles is enough to grant any permission in the namespace.',
        correct: false,
        why: 'That would make create on roles equal to namespace admin. The escalation check exists precisely to stop it.',
      },
      {
        text: 'An admission webhook is required to block it; RBAC itself does not check.',
        correct: false,
        why: 'The check is built into the RBAC registry in the API server; no webhook is needed.',
      },
      {
        text: 'Roles cannot mention Secrets; only ClusterRoles can.',
        correct: false,
        why: 'A Role may grant any namespaced resource, Secrets included.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authorization/rbac-privilege-escalation#escalation-prevention',
      label: 'How RBAC prevents escalation through roles and bindings',
    },
  },
  {
    id: 'rbac-create-pods-is-secret-read',
    competencies: ['CKS-2.1', 'CKS-2.2'],
    kind: 'scenario',
    prompt:
      'A CI service account has only this Role in namespace payments: create, get and list on pods. The namespace also holds a service account with read access to every Secret in payments. Which statement is true?',
    options: [
      {
        text: 'The CI account can read those Secrets by creating a Pod that runs as the stronger service account and uses its token.',
        correct: true,
        why: 'Creating a Pod lets the creator pick any service account in the namespace by name, and the Pod then holds that account’s token. The Pod’s command can then read the Secrets and send them out, or write them to its termination message, which get on pods shows. create on pods is as strong as every service account in the namespace.',
      },
      {
        text: 'It cannot: the Role grants nothing on Secrets.',
        correct: false,
        why: 'It does not grant Secrets directly, but it grants a way to act as a service account that can read them.',
      },
      {
        text: 'It can only if the Pod is privileged.',
        correct: false,
        why: 'No privilege is needed; the Pod just names the other service account in serviceAccountName.',
      },
    ],
    source: {to: '/docs/fundamentals/authorization/rbac-privilege-escalation#pod-create', label: 'Creating Pods'},
  },
  {
    id: 'cks-2-rbac-escalate-verb-on-clusterroles',
    competencies: ['CKS-2.1', 'KCSA-4.7'],
    kind: 'scenario',
    prompt:
      'A CI service account ci/deployer is bound to the ClusterRole below. Its token leaks. Which single rule lets the thief add rules for permissions it does not hold, such as "*" on "*", to an existing ClusterRole?',
    example: 'attack-vectors/rbac-release-manager-escalation.yaml',
    options: [
      {
        text: 'The rule granting update, patch and escalate on clusterroles and roles.',
        correct: true,
        why: 'RBAC refuses to let you write a role granting more than you hold, unless you have the escalate verb on roles or clusterroles. With escalate plus update, the thief can rewrite any ClusterRole it is bound to.',
      },
      {
        text: 'The rule granting get, list and watch on secrets.',
        correct: false,
        why: 'Reading Secrets is data theft and may yield other credentials, but it does not let the account change a role.',
      },
      {
        text: 'The wildcard rule on the apps group.',
        correct: false,
        why: 'It allows creating workloads in the apps group, another escalation path, but it grants nothing on RBAC objects.',
      },
      {
        text: 'None: RBAC never allows a subject to edit a role that is bound to itself.',
        correct: false,
        why: 'There is no such rule. The escalation check compares the new rules with what the requester holds, and escalate skips that check.',
      },
    ],
    source: {to: '/docs/fundamentals/authorization/rbac-privilege-escalation#escalate', label: 'The escalate verb'},
  },
  {
    id: 'cks-2-rbac-list-secrets-returns-values',
    competencies: ['CKS-2.1', 'CKS-4.2', 'KCSA-3.4'],
    kind: 'concept',
    prompt:
      'A monitoring tool asks for list on secrets cluster-wide "only to count them, without reading values". What does that grant really give?',
    options: [
      {
        text: 'The data of every Secret in the cluster, because a list response contains complete objects.',
        correct: true,
        why: 'list and watch return full objects, values included. To count or name Secrets, use a tool that needs metadata only, or accept that list is read access.',
      },
      {
        text: 'Only names and metadata; values need get.',
        correct: false,
        why: 'That is a common and dangerous misconception. There is no metadata-only list through RBAC.',
      },
      {
        text: 'Nothing outside kube-system, because cluster-wide list is limited to system namespaces.',
        correct: false,
        why: 'A ClusterRoleBinding grants the rule in every namespace.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/secrets-and-encryption#who-can-read', label: 'Who can read a Secret'},
  },
  {
    id: 'cks-2-rbac-scope-deployer',
    competencies: ['CKS-2.1', 'CKS-3.2'],
    kind: 'scenario',
    prompt:
      'A pipeline only needs to roll out new images of the Deployment web in namespace shop. Which grant follows least privilege best?',
    options: [
      {
        text: 'A Role in shop with get and patch on deployments, resourceNames: [web], bound with a RoleBinding to the pipeline’s own service account.',
        correct: true,
        why: 'Namespaced, verb-limited and name-limited. get and patch on one Deployment are enough for `kubectl set image` on that object, which triggers the rollout.',
      },
      {
        text: 'The built-in edit ClusterRole through a RoleBinding in shop.',
        correct: false,
        why: 'edit includes creating pods and reading Secrets in the namespace, far more than one rollout needs.',
      },
      {
        text: 'A ClusterRole with patch on deployments, bound with a ClusterRoleBinding.',
        correct: false,
        why: 'That lets the pipeline patch every Deployment in every namespace, including kube-system.',
      },
      {
        text: 'A Role with "*" on deployments in shop, bound to the namespace’s default service account.',
        correct: false,
        why: 'The wildcard grants more verbs than needed, and every pod in shop that names no account runs as default and inherits the grant.',
      },
    ],
    source: {to: '/docs/fundamentals/authorization/rbac#least-privilege', label: 'RBAC least privilege'},
  },
  {
    id: 'cks-2-sa-automount-pod-overrides',
    competencies: ['CKS-2.2', 'KCSA-3.3'],
    kind: 'scenario',
    prompt:
      'Both service accounts below are applied in namespace payments. Which pods get an API token mounted at /var/run/secrets/kubernetes.io/serviceaccount? Choose all that apply.',
    example: 'authentication/serviceaccount-automount-disabled.yaml',
    options: [
      {
        text: 'A pod that names serviceAccountName: payments-api and sets spec.automountServiceAccountToken: true.',
        correct: true,
        why: 'The pod’s setting wins over the ServiceAccount’s, so this pod opts back in and gets the projected token.',
      },
      {
        text: 'A pod that names no service account and sets nothing about automounting.',
        correct: false,
        why: 'It runs as default, whose automountServiceAccountToken is false, so no token is mounted.',
      },
      {
        text: 'A pod that names serviceAccountName: payments-api and sets nothing about automounting.',
        correct: false,
        why: 'It inherits false from the payments-api ServiceAccount.',
      },
      {
        text: 'Every pod, because automounting can only be turned off in the API server flags.',
        correct: false,
        why: 'Automounting is controlled per ServiceAccount and per Pod; there is no API server flag for it.',
      },
    ],
    source: {to: '/docs/fundamentals/authentication/service-accounts#automount', label: 'Turn automounting off'},
  },
  {
    id: 'cks-2-sa-default-binding',
    competencies: ['CKS-2.2', 'CKS-2.1'],
    kind: 'concept',
    prompt:
      'A team binds a Role that can read ConfigMaps and Secrets in namespace orders to the default service account "because the app needs it". Why is this a problem?',
    options: [
      {
        text: 'Every pod in orders that does not name another service account runs as default and gets that access, including pods that never needed it.',
        correct: true,
        why: 'default is the fallback identity for the namespace. Give the app its own ServiceAccount and bind the Role to that.',
      },
      {
        text: 'The default service account cannot be a RoleBinding subject.',
        correct: false,
        why: 'It can; that is exactly why the practice is risky.',
      },
      {
        text: 'The default service account already has cluster-admin, so the Role is redundant.',
        correct: false,
        why: 'default has no permissions of its own beyond what the built-in roles give every authenticated user.',
      },
    ],
    source: {to: '/docs/fundamentals/authentication/service-accounts#automount', label: 'Turn automounting off'},
  },
  {
    id: 'cks-2-sa-bound-token-lifetime',
    competencies: ['CKS-2.2', 'KCSA-3.3'],
    kind: 'concept',
    prompt: 'Which statements about the token a v1.37 kubelet mounts into a pod are true? Choose all that apply.',
    options: [
      {
        text: 'It comes from the TokenRequest API through a projected volume and is bound to the pod.',
        correct: true,
        why: 'The token is minted for that pod; once the pod is deleted the API server rejects it.',
      },
      {
        text: 'It expires, and the kubelet refreshes the file before it does.',
        correct: true,
        why: 'Projected tokens carry an expiry. The kubelet renews them, so applications must reread the file rather than cache the token forever.',
      },
      {
        text: 'It is stored in a kubernetes.io/service-account-token Secret created automatically for the ServiceAccount.',
        correct: false,
        why: 'Automatic creation of those legacy Secrets stopped in v1.24. Pods receive projected tokens that are never stored as Secrets.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/service-accounts#projected-token',
      label: 'Projected service account tokens',
    },
  },
  {
    id: 'cks-2-api-anonymous-health-only',
    competencies: ['CKS-2.3', 'KCSA-2.1'],
    kind: 'scenario',
    prompt:
      'On a kubeadm control plane you want anonymous requests to get 401 everywhere, yet the API server must keep passing its own liveness and readiness probes. You load the AuthenticationConfiguration below with --authentication-config. What else must be true?',
    example: 'authentication/authentication-configuration-anonymous-health-only.yaml',
    options: [
      {
        text: '--anonymous-auth must not appear on the kube-apiserver command line (remove it if an earlier hardening step added it).',
        correct: true,
        why: 'The anonymous block and the --anonymous-auth flag are mutually exclusive: setting both, with any value, is a start-up error.',
      },
      {
        text: 'If nodes join with a bootstrap token, the cluster-info ConfigMap path in kube-public must be added, or joins must use a discovery file.',
        correct: true,
        why: 'kubeadm join reads that ConfigMap anonymously before the node has a credential.',
      },
      {
        text: '--anonymous-auth=false must also be set, to turn anonymous off for other paths.',
        correct: false,
        why: 'The conditions already limit anonymous to the listed paths, and combining the two is refused at start-up.',
      },
      {
        text: 'A ClusterRoleBinding from system:unauthenticated to cluster-admin is needed for probes to pass.',
        correct: false,
        why: 'The default system:public-info-viewer role already allows the health endpoints; binding cluster-admin to anonymous would be a disaster.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/webhook-proxy-and-anonymous#anonymous-requests',
      label: 'Anonymous requests',
    },
  },
  {
    id: 'cks-2-api-curl-status-codes',
    competencies: ['CKS-2.3'],
    kind: 'scenario',
    prompt:
      'From outside the cluster you run `curl -sk https://10.0.0.10:6443/api/v1/namespaces` with no credentials and get HTTP 403 with the message "namespaces is forbidden: User \\"system:anonymous\\" cannot list resource \\"namespaces\\"". What does this tell you?',
    options: [
      {
        text: 'Anonymous authentication is on (the request became system:anonymous) and RBAC denied it; a single bad binding to system:unauthenticated would expose data.',
        correct: true,
        why: '403 means authentication succeeded as anonymous and authorization said no. With anonymous off (or restricted to health paths) the answer would be 401.',
      },
      {
        text: 'Anonymous authentication is off; 403 is what a credential-less request gets then.',
        correct: false,
        why: 'With anonymous off the authenticator rejects the request with 401 before authorization runs.',
      },
      {
        text: 'The API server uses AlwaysAllow, because it answered at all.',
        correct: false,
        why: 'AlwaysAllow would have returned the namespace list with 200.',
      },
    ],
    source: {to: '/docs/fundamentals/attack-surface#verify', label: 'Verify your exposure'},
  },
  {
    id: 'cks-2-api-authorization-and-noderestriction',
    competencies: ['CKS-2.3', 'CKS-1.2', 'KCSA-2.1'],
    kind: 'concept',
    prompt: 'Which kube-apiserver settings restrict API access as the CIS Benchmark recommends? Choose all that apply.',
    options: [
      {
        text: '--authorization-mode=Node,RBAC (never AlwaysAllow).',
        correct: true,
        why: 'Node limits kubelets to objects related to their own pods; RBAC covers everyone else.',
      },
      {
        text: 'NodeRestriction in --enable-admission-plugins.',
        correct: true,
        why: 'It stops a kubelet from modifying other nodes or their pods, or setting protected labels. It is not on by default; kubeadm adds it.',
      },
      {
        text: '--token-auth-file pointing to a file of long-lived admin tokens.',
        correct: false,
        why: 'Static tokens never expire and need a restart to revoke; CIS 1.2.2 says not to set the flag.',
      },
      {
        text: '--insecure-port=8080 bound to localhost for local tools.',
        correct: false,
        why: 'The insecure port was removed (the flag was dropped in v1.24). Local tools use the secure port with credentials.',
      },
    ],
    source: {to: '/docs/fundamentals/components/api-server#settings', label: 'API server settings that matter'},
  },
  {
    id: 'cks-2-api-system-masters-cert',
    competencies: ['CKS-2.3', 'CKS-3.2', 'KCSA-2.10'],
    kind: 'scenario',
    prompt:
      'An old CI secret holds a kubeconfig whose client certificate subject is "O = system:masters, CN = kubernetes-admin", valid for another 9 months. You suspect it leaked. Which statement is correct?',
    options: [
      {
        text: 'Deleting RoleBindings or ClusterRoleBindings does not stop it: system:masters bypasses authorization, and Kubernetes has no certificate revocation. Rotate the cluster CA (or wait out the expiry) to cut it off.',
        correct: true,
        why: 'The group is hard-wired to full access, and the API server accepts any unexpired certificate signed by its client CA.',
      },
      {
        text: 'Delete the kubeadm:cluster-admins ClusterRoleBinding; that revokes it.',
        correct: false,
        why: 'That works for the v1.29+ admin.conf, whose group is kubeadm:cluster-admins, not for a system:masters certificate.',
      },
      {
        text: 'Run kubectl certificate deny on its CSR to revoke it.',
        correct: false,
        why: 'Denying applies to pending CSRs; an issued certificate cannot be revoked that way.',
      },
    ],
    source: {to: '/docs/fundamentals/authentication/x509-client-certificates#system-masters', label: 'system:masters'},
  },
  {
    id: 'cks-2-upgrade-skew-order',
    competencies: ['CKS-2.4'],
    kind: 'scenario',
    prompt:
      'A kubeadm cluster runs v1.36.4 on every node. You plan to move to v1.37 to pick up security fixes. Which plan respects the version skew policy and kubeadm’s upgrade flow?',
    options: [
      {
        text: 'Back up etcd; upgrade kubeadm on the first control plane node and run kubeadm upgrade plan and kubeadm upgrade apply v1.37.x; run kubeadm upgrade node on the other control plane nodes; then, one node at a time, upgrade kubeadm and run kubeadm upgrade node (workers), drain, upgrade kubelet and kubectl, restart the kubelet and uncordon.',
        correct: true,
        why: 'The control plane goes first, because a kubelet must never be newer than the API server. Workers follow one at a time, drained so their pods move elsewhere.',
      },
      {
        text: 'Upgrade every kubelet to v1.37 first, then the control plane.',
        correct: false,
        why: 'A v1.37 kubelet talking to a v1.36 API server is newer than the API server, which the skew policy does not support.',
      },
      {
        text: 'Skip v1.37, wait for v1.38 and go from v1.36 to v1.38 with one kubeadm upgrade apply, to upgrade less often.',
        correct: false,
        why: 'kubeadm upgrades one minor version at a time and refuses a target two minors ahead; v1.36 to v1.38 is two upgrades.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-hardening/upgrade-with-kubeadm#skew',
      label: 'The version skew you must stay within',
    },
  },
  {
    id: 'cks-2-upgrade-supported-releases',
    competencies: ['CKS-2.4', 'KCSA-1.3'],
    kind: 'concept',
    prompt: 'Why does staying on a supported Kubernetes minor release matter for security?',
    options: [
      {
        text: 'The project maintains release branches only for the three most recent minors, each with roughly a year of patch support; security fixes are backported only to those.',
        correct: true,
        why: 'Once a minor leaves support, new CVE fixes are no longer released for it, so the cluster stays vulnerable.',
      },
      {
        text: 'Every minor release is supported for five years, so upgrading is only about new features.',
        correct: false,
        why: 'Upstream patch support is about a year per minor (vendors may offer longer).',
      },
      {
        text: 'Upgrades are only needed for the control plane; node components never carry security fixes.',
        correct: false,
        why: 'The kubelet, kube-proxy and the container runtime all receive security fixes; nodes must be patched too.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-hardening/upgrade-with-kubeadm#skew',
      label: 'Supported releases and the version skew',
    },
  },
  {
    id: 'cks-2-upgrade-runc-cve',
    competencies: ['CKS-2.4', 'CKS-4.1', 'KCSA-2.5'],
    kind: 'scenario',
    prompt:
      'Nodes run runc 1.1.11. A developer applies the Pod below in a namespace that enforces Restricted. What do you conclude?',
    example: 'attack-vectors/restricted-passes-workingdir-proc-fd.yaml',
    options: [
      {
        text: 'Pod Security admits it, yet its workingDir can exploit CVE-2024-21626 and reach the host file system; upgrade runc to 1.1.12 or later on every node.',
        correct: true,
        why: 'The escape happens while runc sets up the container, before any securityContext setting matters. Only patching the runtime closes it.',
      },
      {
        text: 'Pod Security rejects it because workingDir points into /proc.',
        correct: false,
        why: 'No Pod Security control looks at workingDir; the Pod passes Restricted.',
      },
      {
        text: 'Upgrading the kubelet alone fixes it.',
        correct: false,
        why: 'The bug is in runc, which the container runtime calls; the kubelet version does not change it.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/runtime-and-kernel-escapes#walkthrough-cve-2024-21626-from-a-pod-spec',
      label: 'Walkthrough: CVE-2024-21626',
    },
    claims: [{file: 'attack-vectors/restricted-passes-workingdir-proc-fd.yaml', pss: 'restricted', passes: true}],
  },
  {
    id: 'cks-2-upgrade-renews-certs',
    competencies: ['CKS-2.4', 'KCSA-5.5'],
    kind: 'concept',
    prompt: 'What does kubeadm do to control plane certificates when you run kubeadm upgrade?',
    options: [
      {
        text: 'It renews them, so clusters upgraded at least once a year rarely hit the one-year expiry.',
        correct: true,
        why: 'kubeadm renews all control plane certificates during an upgrade by default; regular upgrades keep them fresh.',
      },
      {
        text: 'Nothing; certificates must always be renewed by hand with kubeadm certs renew.',
        correct: false,
        why: 'Manual renewal exists, but an upgrade already renews them.',
      },
      {
        text: 'It replaces the cluster CA, so every kubeconfig must be reissued.',
        correct: false,
        why: 'The CA is kept; only leaf certificates are renewed.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/pki-and-tls#lifetimes', label: 'Certificate lifetimes'},
  },
  {
    id: 'cks-2-upgrade-kubeadm-old-kubelet',
    competencies: ['CKS-2.4'],
    kind: 'scenario',
    prompt:
      'The control plane runs v1.36.4, most workers v1.36.4, and one forgotten worker still runs a v1.33.9 kubelet. You run kubeadm upgrade apply v1.37.1 on the first control plane node and it stops with "There are kubelets in this cluster that are too old that have these versions [v1.33.9]". What is the right response?',
    options: [
      {
        text: 'Bring that worker within three minors of the target first (drain it and upgrade or replace it, ideally to v1.36 like the rest), then run the control plane upgrade again.',
        correct: true,
        why: 'Since v1.29 kubeadm allows a kubelet at most three minors older than the target, the same limit as the version skew policy. v1.33 against a v1.37 API server would be four minors, so the node must move first.',
      },
      {
        text: 'Rerun with --force: the skew policy allows kubelets up to three minors older, so the check is wrong.',
        correct: false,
        why: '--force does skip this check, but v1.33 to v1.37 is four minors, outside the skew policy too; you would run a kubelet no release tests against that API server.',
      },
      {
        text: 'Upgrade the old worker straight to v1.37 before touching the control plane.',
        correct: false,
        why: 'A v1.37 kubelet would be newer than the v1.36 API server, which the skew policy forbids.',
      },
      {
        text: 'The check would also have failed for a v1.35 kubelet, because kubeadm accepts kubelets only one minor behind the target.',
        correct: false,
        why: 'That was kubeadm’s rule before v1.29. kubeadm now accepts kubelets up to three minors older, so v1.34 and v1.35 kubelets pass this check for a v1.37 target.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-hardening/upgrade-with-kubeadm#skew',
      label: 'The version skew you must stay within',
    },
  },
  {
    id: 'cks-2-api-flags-survive-upgrade',
    competencies: ['CKS-2.3', 'CKS-2.4'],
    kind: 'scenario',
    prompt:
      'You added --authentication-config and its hostPath volume by editing /etc/kubernetes/manifests/kube-apiserver.yaml on a kubeadm cluster. After the next kubeadm upgrade, anonymous requests to /api get 403 again instead of 401. What happened, and how do you make the hardening stick?',
    options: [
      {
        text: 'kubeadm regenerated the manifest from the ClusterConfiguration in the kubeadm-config ConfigMap and dropped the hand edit; add the flag under apiServer.extraArgs and the directory under apiServer.extraVolumes there.',
        correct: true,
        why: 'Upgrades rewrite the static Pod manifests from the stored configuration, so only settings recorded there survive.',
      },
      {
        text: 'The upgrade turned anonymous authentication back on in RBAC.',
        correct: false,
        why: 'Anonymous authentication is an authenticator setting, not RBAC, and RBAC grants were not changed.',
      },
      {
        text: 'Nothing can be done; hardening flags must be re-added by hand after every upgrade.',
        correct: false,
        why: 'Recording them in the kubeadm configuration is exactly how they survive.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-hardening/restrict-api-server-access#steps',
      label: 'Restrict access to the API server: steps',
    },
  },
  {
    id: 'cks-2-sa-explicit-short-token',
    competencies: ['CKS-2.2', 'KCSA-3.3'],
    kind: 'scenario',
    prompt:
      'The config-reloader Deployment below turns automounting off and then mounts its own projected token. Which statements are true? Choose all that apply.',
    example: 'cluster-hardening/restricted-passes-reloader-short-api-token.yaml',
    options: [
      {
        text: 'The token really expires after one hour; the kubelet rewrites the file before then, so a client that rereads it keeps working.',
        correct: true,
        why: 'An explicit expirationSeconds gets exactly that lifetime, and the kubelet refreshes projected tokens at about 80% of it.',
      },
      {
        text: 'It avoids the automatic volume’s 3607-second request, which the API server extends to up to a year while --service-account-extend-token-expiration is true (the default).',
        correct: true,
        why: 'The extension exists for old clients that never reread the file; it applies only to that exact default lifetime, so any other value is honoured as asked.',
      },
      {
        text: 'expirationSeconds: 60 would be even safer and is accepted.',
        correct: false,
        why: 'The minimum expirationSeconds for a projected service account token is 600 seconds; shorter values are rejected by validation.',
      },
      {
        text: 'Because automountServiceAccountToken is false, the container gets no API credential at all.',
        correct: false,
        why: 'automount only controls the automatic volume. The explicit projected volume still mounts a token at the usual path.',
      },
    ],
    source: {to: '/docs/hardening/cluster-hardening/service-accounts#steps', label: 'Service accounts: steps'},
    claims: [
      {file: 'cluster-hardening/restricted-passes-reloader-short-api-token.yaml', pss: 'restricted', passes: true},
    ],
  },
  {
    id: 'cks-2-rbac-aggregation',
    competencies: ['CKS-2.1', 'KCSA-3.3'],
    kind: 'scenario',
    prompt:
      'A team installs a CRD for backups and applies the two ClusterRoles below instead of copying the built-in roles. Which statements are true? Choose all that apply.',
    example: 'cluster-hardening/rbac-aggregate-crd-into-view-edit.yaml',
    options: [
      {
        text: 'Everyone bound to the built-in view ClusterRole can now get, list and watch backups.',
        correct: true,
        why: 'The aggregation controller copies the rules of ClusterRoles labelled aggregate-to-view into view.',
      },
      {
        text: 'Everyone bound to edit can also create and delete backups.',
        correct: true,
        why: 'backups-edit is labelled aggregate-to-edit; edit also includes view’s rules through the built-in aggregation chain.',
      },
      {
        text: 'Users bound to view can now delete backups too.',
        correct: false,
        why: 'The write verbs are only in backups-edit, which aggregates into edit (and from there admin), not into view.',
      },
      {
        text: 'The labels have no effect until the API server restarts.',
        correct: false,
        why: 'The controller manager’s ClusterRole aggregation controller updates the aggregated roles as labelled roles appear or change.',
      },
    ],
    source: {to: '/docs/fundamentals/authorization/rbac#aggregation', label: 'Aggregated ClusterRoles'},
  },
];
