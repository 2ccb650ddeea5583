import type {Question} from '../questions';

/** Article quizzes for attack-vector pages (batch 1). */
export const questions: readonly Question[] = [
  // Admission webhook bypass and malicious webhooks
  {
    id: 'webhook-bypass-fail-open-opt-out',
    competencies: ['KCSA-5.7', 'CKS-6.3'],
    kind: 'scenario',
    prompt:
      'The image-signature webhook below guards the `shop` namespace, which carries `policy.example.com/enforce: "true"`. Which of these let an attacker get an unsigned pod admitted in `shop`? Select all that apply.',
    example: 'attack-vectors/validatingwebhook-fail-open-opt-out.yaml',
    options: [
      {
        text: 'Creating the pod with the label `policy.example.com/skip=true`.',
        correct: true,
        why: 'The objectSelector only matches pods without that label, and the creator of a pod writes its labels. The webhook is never called for such a pod.',
      },
      {
        text: 'Scaling the `policy-webhook` Deployment in `policy-system` to zero replicas, then creating the pod.',
        correct: true,
        why: 'With `failurePolicy: Ignore`, a failed call (connection refused, timeout) admits the request unchecked, so stopping the webhook switches the policy off.',
      },
      {
        text: 'Removing the `policy.example.com/enforce` label from the `shop` namespace, for someone who may patch namespaces.',
        correct: true,
        why: 'The namespaceSelector matches only namespaces with that custom label; without it the webhook is not called for any pod in `shop`.',
      },
      {
        text: 'Sending the create request with a `timeoutSeconds` query parameter of 1 so the call times out.',
        correct: false,
        why: 'The webhook timeout is part of the webhook configuration (here 30 seconds), not something a client sets on its own request. Slowing the webhook itself is the way to exploit the timeout.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/admission-webhook-bypass-and-malicious-webhooks#bypass-2-label-your-way-out-of-scope',
      label: 'Bypass 2: label your way out of scope',
    },
  },
  {
    id: 'webhook-fail-open-detection',
    competencies: ['KCSA-5.7', 'CKS-6.5'],
    kind: 'concept',
    prompt:
      'You want to know whether any request was admitted because a validating webhook with `failurePolicy: Ignore` could not be reached. Where does kube-apiserver record that? Select all that apply.',
    options: [
      {
        text: 'A `failed-open.validating.webhook.admission.k8s.io/round_0_index_<i>` annotation on the audit event of the admitted request.',
        correct: true,
        why: 'When a webhook call fails and the failure policy lets the request through, the API server annotates its audit event with the failed-open key, whose value names the webhook.',
      },
      {
        text: 'The `apiserver_admission_webhook_fail_open_count` metric.',
        correct: true,
        why: 'kube-apiserver counts fail-open admissions per webhook in this metric, so any non-zero rate can drive an alert.',
      },
      {
        text: 'A Warning Event on the ValidatingWebhookConfiguration object.',
        correct: false,
        why: 'The API server creates no Kubernetes Event for a fail-open admission; the signals are the audit annotation and the metric.',
      },
      {
        text: 'A `403` response code in the audit event of the admitted request.',
        correct: false,
        why: 'Failing open means the request succeeded, so its response code is the normal success code (for example 201). A 403 would mean it was refused.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/admission-webhook-bypass-and-malicious-webhooks#changes-to-admission-configuration-and-fail-open-events',
      label: 'Changes to admission configuration, and fail-open events',
    },
  },
  {
    id: 'webhook-secret-siphon-marks',
    competencies: ['KCSA-5.7', 'CKS-2.1'],
    kind: 'scenario',
    prompt:
      'In your inventory of webhook configurations you find a ValidatingWebhookConfiguration nobody on the platform team recognises. Its rules match CREATE and UPDATE of `secrets`, its `clientConfig.url` is an HTTPS address outside the cluster, it has no `caBundle`, and it always answers `allowed: true`. What is the right reading?',
    options: [
      {
        text: 'It is harmless, because a webhook that always allows changes nothing.',
        correct: false,
        why: 'An AdmissionReview carries the whole object, so the webhook receives the data of every Secret created or updated. It needs no mutation and no denial to steal them.',
      },
      {
        text: 'It is a likely exfiltration channel: every new or updated Secret is sent to that external address.',
        correct: true,
        why: 'Matching `secrets`, an external `url` and a missing `caBundle` (so any publicly trusted certificate is accepted) are the marks of a webhook that exists to receive Secrets. Treat every Secret written since it appeared as exposed.',
      },
      {
        text: 'Adding a `caBundle` would make it trustworthy.',
        correct: false,
        why: 'A `caBundle` only pins which authority may sign the server certificate. It says nothing about who runs the server or what it does with the data.',
      },
      {
        text: 'It cannot receive Secret data, because the API server redacts `data` before sending Secrets to webhooks.',
        correct: false,
        why: 'There is no such redaction: the AdmissionReview includes the full object, Secret values included.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/admission-webhook-bypass-and-malicious-webhooks#abuse-2-a-webhook-that-receives-secrets',
      label: 'Abuse 2: a webhook that receives Secrets',
    },
  },
  // CSR and certificate abuse
  {
    id: 'csr-self-approved-cluster-admins',
    competencies: ['KCSA-2.2', 'CKS-2.1'],
    kind: 'scenario',
    prompt:
      'A CI service account may create CSRs, update `certificatesigningrequests/approval` and `approve` on the signer `kubernetes.io/kube-apiserver-client`. It submits a CSR for that signer with subject `/CN=ops-admin/O=kubeadm:cluster-admins`, usages `client auth` and `expirationSeconds: 31536000`, approves it itself, and kube-controller-manager runs with its default signing duration. What is the outcome on a kubeadm cluster?',
    options: [
      {
        text: 'A certificate valid for about a year that authenticates as `ops-admin` in the group `kubeadm:cluster-admins`, which is bound to `cluster-admin`.',
        correct: true,
        why: 'The lifetime is the shorter of `expirationSeconds` and `--cluster-signing-duration` (one year by default), and the subject organisation becomes a group. Nothing checks that the requester may claim that group.',
      },
      {
        text: 'The CSR is rejected at creation by `CertificateSubjectRestriction`.',
        correct: false,
        why: 'That plugin refuses only the `system:masters` group for this signer. `kubeadm:cluster-admins` and every other group are allowed.',
      },
      {
        text: 'The approval is refused because a requester may never approve its own CSR.',
        correct: false,
        why: 'No built-in rule forbids self-approval; `CertificateApproval` only checks the `approve` permission on the signer, which this account has. Self-approval is something you detect in the audit log.',
      },
      {
        text: 'The certificate stops working within one to two hours of approval, when the CSR object is garbage collected.',
        correct: false,
        why: 'Garbage collection removes the CSR object, not the issued certificate, which stays valid until it expires because kube-apiserver checks no revocation list.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/csr-and-certificate-abuse#steps-mint-a-user-for-a-powerful-group',
      label: 'Steps: mint a user for a powerful group',
    },
  },
  {
    id: 'csr-node-signers-auto-approval',
    competencies: ['KCSA-2.2', 'KCSA-4.7', 'CKS-1.4'],
    kind: 'concept',
    prompt:
      'Which certificate requests does kube-controller-manager approve automatically, with no human or external approver? Select all that apply.',
    options: [
      {
        text: 'Node client CSRs (`kubernetes.io/kube-apiserver-client-kubelet`) from an identity with `create` on `certificatesigningrequests/nodeclient`, such as the bootstrap-token group.',
        correct: true,
        why: 'This is how TLS bootstrapping lets new nodes join, and why a leaked bootstrap token is an easy way to obtain a node identity.',
      },
      {
        text: 'Renewals of a node client certificate by the same node, for identities with `create` on `certificatesigningrequests/selfnodeclient`.',
        correct: true,
        why: 'kubelets renew their own client certificates this way; leave that binding for `system:nodes` in place.',
      },
      {
        text: 'Kubelet serving CSRs for the signer `kubernetes.io/kubelet-serving`.',
        correct: false,
        why: 'kube-controller-manager never auto-approves serving certificates, because their DNS names and IPs cannot be verified by it. You approve them by hand or with an approver you trust.',
      },
      {
        text: 'Any CSR for `kubernetes.io/kube-apiserver-client` whose subject avoids `system:masters`.',
        correct: false,
        why: 'User client certificates always need an approval by an identity that holds `approve` on that signer.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/csr-and-certificate-abuse#the-node-signers',
      label: 'The node signers',
    },
  },
  // Denial of service and data destruction
  {
    id: 'dos-eviction-hard-partial-map',
    competencies: ['KCSA-4.3', 'CKS-2.3'],
    kind: 'scenario',
    prompt:
      "To protect a Linux node from a pod that fills memory, an administrator deploys this KubeletConfiguration change and nothing else about eviction. What happens to the kubelet's other hard eviction thresholds?",
    snippet: {
      language: 'yaml',
      code: 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nevictionHard:\n  memory.available: "500Mi"',
    },
    options: [
      {
        text: 'The signals left out, such as `nodefs.available`, are set to zero, which disables them; a pod that fills the disk no longer triggers eviction.',
        correct: true,
        why: 'Setting `evictionHard` replaces the whole default map, and signals you do not list get zero. List every signal you need, or set `mergeDefaultEvictionSettings: true` to keep the defaults for unlisted ones.',
      },
      {
        text: 'The other defaults (`nodefs.available<10%`, `imagefs.available<15%` and so on) stay in force and only the memory threshold changes.',
        correct: false,
        why: 'That is the behaviour only with `mergeDefaultEvictionSettings: true`. Without it, a partial `evictionHard` map drops the defaults it does not name.',
      },
      {
        text: 'The kubelet refuses to start, because `evictionHard` must list every signal.',
        correct: false,
        why: 'A partial map is valid configuration; that is exactly why the silent loss of the other thresholds is easy to miss.',
      },
      {
        text: 'Nothing changes for PIDs, because `podPidsLimit` defaults to 1024 per pod.',
        correct: false,
        why: 'The default `podPidsLimit` is `-1`, no per-pod limit. A fork bomb is only bounded if you set it, and reserve PIDs for the node with `systemReserved` and `kubeReserved`.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/denial-of-service-and-resource-exhaustion#prevent',
      label: 'Prevent: PID limits, reservations and eviction thresholds',
    },
  },
  {
    id: 'dos-retain-existing-volumes',
    competencies: ['KCSA-4.3', 'CKS-4.3'],
    kind: 'scenario',
    prompt:
      'After a stolen CI token deleted a production claim, you change the StorageClass `fast-ssd` from `reclaimPolicy: Delete` to `Retain`. Thirty existing PersistentVolumes were provisioned from that class last year. A day later the attacker deletes another claim from that older set. What happens to its volume?',
    options: [
      {
        text: 'It is destroyed: a StorageClass reclaim policy only applies to volumes provisioned after it is set, and the existing PV still says `Delete`.',
        correct: true,
        why: 'Each PV carries its own `persistentVolumeReclaimPolicy`, copied from the class at provisioning time. Patch existing PVs that matter to `Retain` as well.',
      },
      {
        text: 'It is kept as `Released`, because the class now says `Retain`.',
        correct: false,
        why: 'The class is read only when a volume is provisioned. Changing it later does not rewrite the policy on volumes that already exist.',
      },
      {
        text: 'The deletion is blocked by PVC protection until an administrator confirms it.',
        correct: false,
        why: 'PVC protection only delays deletion while a pod uses the claim; once the pod is gone (for example after deleting the StatefulSet) the claim and, with `Delete`, the volume go too.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/denial-of-service-and-resource-exhaustion#prevent',
      label: 'Prevent: keep delete rights narrow, and make important volumes survive deletion',
    },
  },
  // exec, attach and ephemeral containers
  {
    id: 'exec-debug-general-profile-baseline',
    competencies: ['KCSA-4.4', 'CKS-2.1'],
    kind: 'scenario',
    prompt:
      'The `payments` namespace enforces Baseline. An attacker with `patch` on `pods/ephemeralcontainers` runs `kubectl debug -it payments-api-5f7d9c8b6-t2wqx --image=docker.io/library/busybox:1.37 --target=api --profile=general`. What happens?',
    options: [
      {
        text: 'Pod Security Admission rejects the ephemeral container, because the `general` profile adds the `SYS_PTRACE` capability, which Baseline does not allow.',
        correct: true,
        why: "Ephemeral containers are checked like any other container when they are added. `SYS_PTRACE` is not in Baseline's allowed capability list, so the attacker has to pick a profile such as `baseline` that fits the namespace.",
      },
      {
        text: 'It is admitted, because Pod Security Admission does not evaluate ephemeral containers.',
        correct: false,
        why: 'It does: the update to the `ephemeralcontainers` subresource is evaluated against the namespace level.',
      },
      {
        text: 'It is admitted, and the ephemeral container can be removed afterwards to hide it.',
        correct: false,
        why: 'Beyond the admission result, ephemeral containers cannot be removed from a pod; they stay in its spec until the pod is deleted.',
      },
      {
        text: 'It is rejected because `--target` requires `shareProcessNamespace: true` in the pod.',
        correct: false,
        why: "`--target` makes the ephemeral container join the target container's process namespace without any pod-level field; that is exactly what lets it read `/proc/<pid>/environ`.",
      },
    ],
    source: {
      to: '/docs/attack-vectors/exec-attach-ephemeral-containers#steps-ephemeral-containers',
      label: 'Steps: ephemeral containers',
    },
  },
  {
    id: 'exec-interactive-grants',
    competencies: ['KCSA-3.3', 'CKS-2.1'],
    kind: 'concept',
    prompt:
      'Which of these grants in the `payments` namespace let the holder reach inside an already running container (run code in it, or read its memory-resident environment)? Select all that apply.',
    options: [
      {
        text: '`get` and `create` on `pods/exec`.',
        correct: true,
        why: 'That is `kubectl exec`: a command or shell in the container, with its files, environment, Secrets and token. WebSocket sessions need both verbs.',
      },
      {
        text: '`patch` on `pods/ephemeralcontainers`.',
        correct: true,
        why: "It adds a container with an image of the caller's choice to the running pod; with `--target` it shares the application's process namespace.",
      },
      {
        text: '`get` on `pods/log`.',
        correct: false,
        why: 'It returns what the container wrote to standard output and error. That may leak secrets printed there, but it runs nothing inside the container.',
      },
      {
        text: '`list` on `pods` and `events`.',
        correct: false,
        why: 'These are the read-only grants the fixed Role gives developers: they show specs and status, not a way into the container.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/exec-attach-ephemeral-containers#preconditions',
      label: 'Preconditions',
    },
  },
  // Exposed dashboards and admin UIs
  {
    id: 'admin-ui-loadbalancer-fix',
    competencies: ['KCSA-4.5', 'CKS-1.3'],
    kind: 'scenario',
    prompt:
      'This Service fronts Grafana, which still has anonymous viewing on. The team needs to reach it from their laptops. Which changes remove the exposure without taking access away from the team? Select all that apply.',
    example: 'attack-vectors/service-admin-ui-exposed.yaml',
    options: [
      {
        text: 'Change the Service to `type: ClusterIP` and reach Grafana through an authenticating proxy with single sign-on.',
        correct: true,
        why: "A ClusterIP Service publishes nothing outside the cluster; the proxy decides who gets in, so the UI's own weak login is no longer the only barrier.",
      },
      {
        text: 'Change it to `ClusterIP` and have engineers use `kubectl -n monitoring port-forward svc/grafana 3000:80`.',
        correct: true,
        why: "`port-forward` goes through the API server with the user's own Kubernetes credentials and RBAC (`pods/portforward`), so only people who may do that reach the UI.",
      },
      {
        text: 'Change it to `type: NodePort`, so it is no longer on a cloud load balancer.',
        correct: false,
        why: 'A NodePort opens the port on every node; on nodes with public addresses or permissive firewalls that is the same exposure without even a load balancer in front.',
      },
      {
        text: 'Keep the load balancer and rely on the Service being in the `monitoring` namespace.',
        correct: false,
        why: 'A namespace is an API boundary, not a network one; the load balancer forwards internet traffic to the pods whatever namespace they are in.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/exposed-dashboards-and-admin-uis#prevent',
      label: 'Prevent: keep admin interfaces internal',
    },
  },
  {
    id: 'admin-ui-argo-workflows-server-mode',
    competencies: ['KCSA-2.1', 'CKS-2.3'],
    kind: 'concept',
    prompt:
      'A quick-start guide started the Argo Workflows server with `--auth-mode=server` and published its UI. Who does an anonymous visitor act as?',
    options: [
      {
        text: "The Argo Workflows server's own service account, with whatever RBAC it holds, including submitting workflows.",
        correct: true,
        why: "In `server` mode every visitor uses the server's identity. The default since v3.0, `client`, makes each caller present their own Kubernetes token instead.",
      },
      {
        text: '`system:anonymous`, which has no rights by default.',
        correct: false,
        why: "The UI does not forward the visitor to the API server unauthenticated; it calls the API with the server's service-account token.",
      },
      {
        text: "The visitor's own Kubernetes identity, taken from their browser session.",
        correct: false,
        why: 'That is `client` mode, where the caller supplies a bearer token. `server` mode ignores who the visitor is.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/exposed-dashboards-and-admin-uis#other-admin-interfaces',
      label: 'Other admin interfaces',
    },
  },
  // Exposed kubelet API
  {
    id: 'kubelet-exposed-config-reach',
    competencies: ['KCSA-4.7', 'CKS-1.2'],
    kind: 'scenario',
    prompt:
      "A node runs with the KubeletConfiguration below and no overriding flags. An attacker has a shell in an ordinary pod that can reach the node's address. What can they do without any credential? Select all that apply.",
    example: 'attack-vectors/kubelet-config-exposed.yaml',
    options: [
      {
        text: 'Run a command in any container on the node with a `POST` to `https://<node>:10250/run/<namespace>/<pod>/<container>`.',
        correct: true,
        why: 'Anonymous authentication plus `AlwaysAllow` authorization means every request to port 10250 is served, including `/run`, `/exec` and `/attach`.',
      },
      {
        text: 'Read every pod spec on the node, environment variables included, from `http://<node>:10255/pods`.',
        correct: true,
        why: '`readOnlyPort: 10255` serves pod specs and metrics over plain HTTP with no authentication at all.',
      },
      {
        text: 'Nothing that leaves no trace, because the API server audits every kubelet call.',
        correct: false,
        why: 'Direct calls to the kubelet never reach the API server, and an `AlwaysAllow` kubelet sends no SubjectAccessReview either, so there is no audit event.',
      },
      {
        text: 'Nothing, because `authentication.webhook.enabled: false` makes the kubelet reject unauthenticated requests.',
        correct: false,
        why: 'Disabling webhook (token) authentication only stops bearer tokens from being checked; anonymous requests are still accepted because `anonymous.enabled` is `true`.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/exposed-kubelet-api#preconditions',
      label: 'Preconditions',
    },
  },
  {
    id: 'kubelet-certificate-authority-rollout',
    competencies: ['KCSA-2.4', 'CKS-1.4'],
    kind: 'concept',
    prompt:
      'You want kube-apiserver to verify kubelet serving certificates so that `kubectl exec` traffic cannot be sent to an impostor. In which order do you roll it out?',
    options: [
      {
        text: 'Enable `serverTLSBootstrap` on the kubelets, approve their `kubernetes.io/kubelet-serving` CSRs, and only when every node has a certificate set `--kubelet-certificate-authority` on the API server.',
        correct: true,
        why: 'Nothing in Kubernetes approves kubelet-serving CSRs for you. A kubelet without an approved serving certificate cannot serve `exec` or `logs` to an API server that verifies it.',
      },
      {
        text: 'Set `--kubelet-certificate-authority` first; kube-controller-manager then approves the kubelet-serving CSRs automatically.',
        correct: false,
        why: 'kube-controller-manager never auto-approves kubelet-serving CSRs, so `exec` and `logs` would fail on every node until someone approves them.',
      },
      {
        text: 'Turn off anonymous authentication on the kubelets; that also makes the API server verify their certificates.',
        correct: false,
        why: "Kubelet anonymous authentication controls who may call the kubelet. Whether the API server checks the kubelet's certificate is the separate `--kubelet-certificate-authority` flag.",
      },
    ],
    source: {
      to: '/docs/attack-vectors/exposed-kubelet-api#prevent',
      label: 'Prevent: let the API server verify the kubelet too',
    },
  },
  // Host namespaces
  {
    id: 'host-namespaces-deployment-enforce',
    competencies: ['KCSA-4.7', 'CKS-4.1'],
    kind: 'scenario',
    prompt:
      'The `telemetry` namespace is labelled `pod-security.kubernetes.io/enforce: baseline`. A developer applies this Deployment. What happens?',
    example: 'attack-vectors/baseline-fails-host-namespaces-gateway.yaml',
    options: [
      {
        text: 'The Deployment is stored, but every pod its ReplicaSet tries to create is refused, so no replica runs.',
        correct: true,
        why: 'Enforce mode evaluates only pods; workload templates are evaluated only by the warn and audit modes, which never block. The refusals then show as FailedCreate events on the ReplicaSet.',
      },
      {
        text: '`kubectl apply` fails with a Pod Security error naming the host namespaces.',
        correct: false,
        why: 'Enforce never rejects a Deployment, only the pods created from it; the Deployment itself gets at most a warning.',
      },
      {
        text: 'The pods start, because `hostNetwork` and `hostPID` are allowed at Baseline when no container is privileged.',
        correct: false,
        why: "Baseline's Host Namespaces control forbids `hostNetwork`, `hostPID` and `hostIPC` set to true, privileged or not.",
      },
    ],
    source: {
      to: '/docs/attack-vectors/host-namespaces#prevent',
      label: 'Prevent: enforce Baseline on every application namespace',
    },
    claims: [{file: 'attack-vectors/baseline-fails-host-namespaces-gateway.yaml', pss: 'baseline', passes: false}],
  },
  {
    id: 'host-network-replacement',
    competencies: ['KCSA-4.5', 'CKS-4.1'],
    kind: 'concept',
    prompt:
      "A gateway uses `hostNetwork: true` only so an external load balancer reaches each replica on a fixed port and sees the client's source address. What gives it both without host networking?",
    options: [
      {
        text: 'A Service of `type: LoadBalancer` with `externalTrafficPolicy: Local`.',
        correct: true,
        why: 'The load balancer provides the stable entry point, and `Local` delivers traffic only to nodes with a ready endpoint without source NAT, so the pod sees the client address while keeping its own network namespace.',
      },
      {
        text: '`shareProcessNamespace: true` on the pod.',
        correct: false,
        why: "That shares a PID namespace between the pod's own containers; it has nothing to do with ports or addresses.",
      },
      {
        text: 'A ClusterIP Service with `externalTrafficPolicy: Cluster`.',
        correct: false,
        why: 'A ClusterIP Service is not reachable from outside the cluster, and `externalTrafficPolicy` applies only to NodePort and LoadBalancer Services; its `Cluster` value source-NATs traffic, which loses the client address anyway.',
      },
      {
        text: 'Keep `hostNetwork` and add a NetworkPolicy selecting the gateway pods.',
        correct: false,
        why: 'NetworkPolicy behaviour for hostNetwork pods is undefined and many plugins do not apply it; the pod would still see node traffic and local-only ports.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/host-namespaces#prevent',
      label: 'Prevent: give the workload what it wanted another way',
    },
  },
  // Lateral movement without NetworkPolicies
  {
    id: 'lateral-after-default-deny-dns',
    competencies: ['KCSA-3.7', 'CKS-3.3'],
    kind: 'scenario',
    prompt:
      'The `shop` namespace now has the default-deny policy for ingress and egress plus the allowance for DNS egress to CoreDNS, and nothing else. An attacker has code execution in a `shop` pod that was started before the change. What can they still do? Select all that apply.',
    options: [
      {
        text: 'Resolve the names of Services in other namespaces, such as `postgres.billing.svc.cluster.local`.',
        correct: true,
        why: 'DNS egress stays open on purpose, and CoreDNS answers for every namespace. What default deny takes away is connecting to what the names point at.',
      },
      {
        text: 'Read the `<NAME>_SERVICE_HOST` and `<NAME>_SERVICE_PORT` variables the kubelet injected into the container.',
        correct: true,
        why: 'Service links are environment variables set when the container started; a NetworkPolicy does not change the process environment.',
      },
      {
        text: 'Open a TCP connection to the PostgreSQL Service in `billing`.',
        correct: false,
        why: 'Egress from `shop` pods is denied except to CoreDNS on port 53, so the connection is dropped (with an enforcing network plugin).',
      },
      {
        text: 'Send data to an address on the internet.',
        correct: false,
        why: 'Default-deny egress also blocks traffic leaving the cluster; only the DNS allowance is open.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/lateral-movement-without-networkpolicies#prevent',
      label: 'Prevent: default deny in every namespace',
    },
  },
  {
    id: 'lateral-coredns-poison-timing',
    competencies: ['KCSA-4.5', 'CKS-6.5'],
    kind: 'concept',
    prompt:
      'An attacker patches the `coredns` ConfigMap in `kube-system` with a `hosts` entry for `payments-api.payments.svc.cluster.local`. The Corefile is the default one. What must happen before clients get the forged answer?',
    options: [
      {
        text: 'Nothing beyond waiting: the kubelet refreshes the mounted ConfigMap on its periodic sync and the `reload` plugin picks up the new Corefile, typically within about two minutes.',
        correct: true,
        why: 'The default Corefile includes `reload`, which checks the file every 30 seconds (with jitter), and the kubelet updates mounted ConfigMaps without restarting the pod. Cached answers and open connections are affected only when they expire.',
      },
      {
        text: 'Someone must restart the CoreDNS Deployment, which would show in the audit log as a rollout.',
        correct: false,
        why: 'No restart is needed, because `reload` applies the changed file in place. The only API trace is the ConfigMap write itself.',
      },
      {
        text: 'The `hosts` block must be placed above the `kubernetes` line in the Corefile, or the real record wins.',
        correct: false,
        why: 'CoreDNS runs plugins in the order compiled into the binary, not the order in the Corefile, and `hosts` runs before `kubernetes` wherever it is written.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/lateral-movement-without-networkpolicies#step-5-poison-coredns',
      label: 'Step 5: poison CoreDNS',
    },
  },
  // Log tampering and audit evasion
  {
    id: 'log-tampering-omit-response-started',
    competencies: ['KCSA-5.3', 'CKS-6.3'],
    kind: 'scenario',
    prompt:
      'The API server uses the audit policy below. An attacker opens `kubectl exec -it` into a pod at 02:00 and keeps the session open. When does the audit log first show the session?',
    snippet: {
      language: 'yaml',
      code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nomitStages:\n  - RequestReceived\n  - ResponseStarted\nrules:\n  - level: Metadata',
    },
    options: [
      {
        text: 'Only when the session ends, in the `ResponseComplete` event.',
        correct: true,
        why: 'A long-running request produces `ResponseStarted` when the connection is upgraded and `ResponseComplete` when it closes. With `ResponseStarted` omitted, an open shell is invisible until it closes.',
      },
      {
        text: 'At 02:00, because every request is logged when it is received at the `Metadata` level.',
        correct: false,
        why: '`RequestReceived` is omitted too, so nothing is written when the request arrives.',
      },
      {
        text: 'Never, because exec sessions are not recorded at the `Metadata` level.',
        correct: false,
        why: "`Metadata` records the request's user, verb, resource and subresource; the `ResponseComplete` event of the exec appears once the session closes.",
      },
      {
        text: 'At 02:00, including each command typed in the session.',
        correct: false,
        why: 'The audit log never records what is typed inside an exec stream, at any level or stage; only the request that opened it.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/log-tampering-and-audit-evasion#hiding-in-audit-policy-gaps',
      label: 'Hiding in audit-policy gaps',
    },
  },
  {
    id: 'log-tampering-ctr-hidden-containers',
    competencies: ['KCSA-3.6', 'CKS-6.5'],
    kind: 'scenario',
    prompt:
      "An attacker with root on a worker node starts a miner with `nerdctl run` in containerd's `default` namespace. No pod appears in `kubectl get pods -A`, and `crictl ps` on the node lists only the containers of the node's pods. How do you find the miner from the node, and why did the other checks miss it?",
    options: [
      {
        text: 'Run `ctr namespaces list` and inspect the containers in namespaces other than `k8s.io`; `crictl` only sees the namespace Kubernetes uses, and the API never heard of the container.',
        correct: true,
        why: 'Containers started directly through the runtime create no API object and no audit event. `crictl` talks CRI, which works in `k8s.io`, so another containerd namespace needs `ctr` (or `nerdctl`) to list.',
      },
      {
        text: 'Search the audit log for the `create` of the container; it is attributed to `system:node:<node>`.',
        correct: false,
        why: 'That attribution applies to the mirror pod of a static pod. A container started with `nerdctl` produces no API request, so there is nothing in the audit log.',
      },
      {
        text: 'Wait for the kubelet to remove it, since the kubelet garbage-collects containers with no matching pod.',
        correct: false,
        why: 'The kubelet cleans up unknown sandboxes and containers in the runtime namespace it manages, not in other containerd namespaces, which is exactly why the attacker chose `default`.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/log-tampering-and-audit-evasion#on-the-node',
      label: 'Detect: on the node',
    },
  },
  {
    id: 'log-tampering-webhook-buffer-overflow',
    competencies: ['KCSA-5.3', 'CKS-6.3'],
    kind: 'concept',
    prompt:
      "Audit events go to a webhook backend with the default settings. An attacker floods the API server with cheap requests while the webhook receiver is slow. What happens to audit events once the backend's buffer is full?",
    options: [
      {
        text: 'New events are dropped while the requests themselves still succeed.',
        correct: true,
        why: 'The webhook backend runs in `batch` mode by default with a buffer of 10,000 events; when it is full, events are discarded, and `apiserver_audit_error_total` counts the loss.',
      },
      {
        text: 'The API server rejects requests with `429` until the buffer drains.',
        correct: false,
        why: 'The default batch mode never fails or throttles a request because auditing is behind. Only the `blocking-strict` mode fails requests when auditing fails, and it is not the default.',
      },
      {
        text: 'The events are written to the log backend instead.',
        correct: false,
        why: 'Backends are independent; there is no overflow from one to the other. Keeping a log file next to the webhook is what preserves a copy.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/log-tampering-and-audit-evasion#breaking-the-audit-pipeline',
      label: 'Breaking the audit pipeline',
    },
  },
  // nodes/proxy abuse
  {
    id: 'nodes-proxy-sar-event-reading',
    competencies: ['KCSA-2.4', 'CKS-1.4'],
    kind: 'scenario',
    prompt:
      "You find this audit event: the kubelet of control-plane node `cp-1` asks the API server about the monitoring agent's service account. What can you conclude from it?",
    example: 'attack-vectors/event-kubelet-sar-nodes-proxy-get.yaml',
    options: [
      {
        text: "The agent's token called the kubelet API on `cp-1` at an endpoint the kubelet authorizes as `get` on `nodes/proxy`; whether it scraped metrics or opened an exec session cannot be told from this event.",
        correct: true,
        why: 'The review names the caller and the permission, not the path. A catch-all scrape and a WebSocket exec both check `get` on `nodes/proxy`. A monitoring identity querying a control-plane kubelet is the reason to investigate.',
      },
      {
        text: 'The agent ran `kubectl exec` through the API server, so a `pods/exec` event exists as well.',
        correct: false,
        why: 'Calls through the API server are authorized by the API server itself; a kubelet SubjectAccessReview about a workload identity means the token went straight to port 10250, which produces no `pods/exec` event.',
      },
      {
        text: 'Each SubjectAccessReview corresponds to exactly one request to the kubelet.',
        correct: false,
        why: 'The kubelet caches allowed answers (`cacheAuthorizedTTL`), so many requests in a few minutes show as one review per caller and permission.',
      },
      {
        text: 'The request was denied, because `status.allowed` is `false` in the logged body.',
        correct: false,
        why: 'At the `Request` level the logged body is what the kubelet sent, before the API server filled in the answer. The `authorization.k8s.io/decision: allow` annotation is about creating the review; the answer would only show in `responseObject` at `RequestResponse`.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/nodes-proxy-abuse#the-kubelets-questions-to-the-api-server',
      label: "The kubelet's questions to the API server",
    },
  },
  {
    id: 'nodes-proxy-fine-grained-replacement',
    competencies: ['KCSA-2.4', 'CKS-2.1'],
    kind: 'concept',
    prompt:
      "A node agent calls each kubelet's `/pods` and `/healthz` and nothing else. On a v1.37 cluster, which grant replaces its `get` on `nodes/proxy`?",
    options: [
      {
        text: '`get` on `nodes/pods` and `nodes/healthz` (plus `get`, `list`, `watch` on `nodes` to find them).',
        correct: true,
        why: 'With fine-grained kubelet authorization the kubelet checks these subresources for `/pods` and `/healthz` first and falls back to `nodes/proxy` only if they are denied. Keep in mind `nodes/pods` still returns full pod specs with environment variables.',
      },
      {
        text: '`get` on `nodes/stats` only.',
        correct: false,
        why: '`nodes/stats` covers the `/stats` endpoints, not the pod list or the health check.',
      },
      {
        text: '`get` on `nodes/proxy` with `resourceNames` limited to the worker nodes.',
        correct: false,
        why: 'That still lets the token open exec sessions on every listed node; it only removes the control plane from reach.',
      },
      {
        text: '`get` on `pods/exec` in every namespace.',
        correct: false,
        why: '`pods/exec` is an API server permission for running commands, the opposite of what a read-only agent needs, and the kubelet does not use it for `/pods`.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/nodes-proxy-abuse#prevent',
      label: 'Prevent: replace nodes/proxy with the narrow kubelet permissions',
    },
  },
  // Persistent volume data exposure
  {
    id: 'pv-hostpath-preventive-controls',
    competencies: ['KCSA-4.6', 'CKS-2.1', 'CKS-4.1'],
    kind: 'scenario',
    prompt:
      'A developer group may create PersistentVolumes "for self-service storage". One member creates the PersistentVolume below, pre-bound to a claim in `sandbox`, and a pod that mounts the claim. Which controls would have stopped this? Select all that apply.',
    example: 'attack-vectors/pv-hostpath-node-root.yaml',
    options: [
      {
        text: 'RBAC that gives developers claims in their namespace only, with no `create` on `persistentvolumes`.',
        correct: true,
        why: "Creating PVs is an administrator's and provisioner's job; without it the attacker cannot point storage at the node's root.",
      },
      {
        text: 'A ValidatingAdmissionPolicy that rejects `hostPath` PersistentVolumes.',
        correct: true,
        why: 'The policy inspects the PV object itself at creation, which is where the `hostPath` sits, so it stops the attack even for identities whose RBAC allows PV creation.',
      },
      {
        text: 'Enforcing the Restricted Pod Security level on `sandbox`.',
        correct: false,
        why: 'Pod Security checks the volumes in the pod spec, and a `persistentVolumeClaim` volume is allowed at every level. It never looks at the PV behind the claim.',
      },
      {
        text: 'A default-deny NetworkPolicy in `sandbox`.',
        correct: false,
        why: "The data is mounted by the kubelet from the node's disk; no network connection from the pod is involved.",
      },
    ],
    source: {
      to: '/docs/attack-vectors/persistent-volume-data-exposure#prevent',
      label: 'Prevent: keep PV creation away from users, refuse dangerous shapes',
    },
  },
  {
    id: 'pv-encryption-cmk-scope',
    competencies: ['KCSA-2.11', 'CKS-6.5'],
    kind: 'concept',
    prompt:
      'You move a StorageClass to disks encrypted with a customer-managed key. Against which of these does that encryption actually protect? Select all that apply.',
    options: [
      {
        text: 'Someone with cloud rights to copy disks and snapshots, but no access to the key, attaching a copy to an instance they control.',
        correct: true,
        why: 'The copy is ciphertext to anyone who cannot use the key, which is the point of a customer-managed key.',
      },
      {
        text: "An attacker who has taken over the CSI controller's cloud role.",
        correct: false,
        why: "The driver's role must be able to use the key to provision and attach volumes, so whoever holds it can decrypt too; keep that role narrow instead.",
      },
      {
        text: 'A user who creates a claim that binds a Released volume whose `claimRef` an administrator cleared.',
        correct: false,
        why: 'The volume is mounted through the normal path, which decrypts it transparently. Wiping before reuse or pre-binding with `claimRef` is the control.',
      },
      {
        text: 'A hostPath PersistentVolume for the node root.',
        correct: false,
        why: "A hostPath PV reads the node's own file system through the kubelet; the StorageClass and its encryption are not involved at all.",
      },
    ],
    source: {
      to: '/docs/attack-vectors/persistent-volume-data-exposure#prevent',
      label: 'Prevent: choose reclaim policies on purpose',
    },
  },
  // Pod creation token theft
  {
    id: 'pod-creation-token-thief-restricted',
    competencies: ['KCSA-4.7', 'CKS-2.2'],
    kind: 'scenario',
    prompt:
      'The `payments` namespace enforces Restricted. A developer who may create pods there, but has no rights on Secrets or ServiceAccounts, applies this pod. The `payments-operator` account sets `automountServiceAccountToken: false`. What happens?',
    example: 'attack-vectors/restricted-passes-token-thief-pod.yaml',
    options: [
      {
        text: "The pod is admitted and sends the operator's token to the attacker's server.",
        correct: true,
        why: "The pod passes Restricted, the only check on `serviceAccountName` is that the account exists in the namespace, and the pod's own `automountServiceAccountToken: true` wins over the account's `false`.",
      },
      {
        text: 'The API server rejects it because the developer lacks a `use` permission on the ServiceAccount.',
        correct: false,
        why: 'Kubernetes has no such permission for service accounts: the right to create pods in the namespace is the right to run as any account there.',
      },
      {
        text: 'Pod Security Admission rejects it, because it runs with a privileged identity.',
        correct: false,
        why: 'Pod Security judges what the pod can do to its node (user, capabilities, seccomp, volumes), not which identity it runs as; this pod meets every Restricted check.',
      },
      {
        text: 'The pod starts, but without a token, because the account disables automounting.',
        correct: false,
        why: 'The pod-level setting takes precedence over the account-level one, so the token is mounted.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/pod-creation-token-theft#steps',
      label: 'Steps',
    },
    claims: [{file: 'attack-vectors/restricted-passes-token-thief-pod.yaml', pss: 'restricted', passes: true}],
  },
  {
    id: 'pod-creation-namespace-boundary',
    competencies: ['KCSA-3.3', 'CKS-6.5'],
    kind: 'concept',
    prompt:
      'Developers must keep deploying to `payments`, where a `payments-operator` service account may read Secrets cluster-wide. Which measure removes the token-theft path most reliably?',
    options: [
      {
        text: 'Move the operator and its service account into a namespace of its own, where only platform administrators may create pods or workloads.',
        correct: true,
        why: 'A pod can only use service accounts of its own namespace, so the namespace is the boundary. With the operator gone, no account in `payments` is worth stealing.',
      },
      {
        text: 'A ValidatingAdmissionPolicy that admits pods naming `payments-operator` only when the request comes from the ReplicaSet controller.',
        correct: false,
        why: 'The ReplicaSet controller creates pods for any Deployment, including one the attacker writes. Such a policy has to cover every pod-template resource and check the identity one level up, which is easy to get wrong.',
      },
      {
        text: 'Set `automountServiceAccountToken: false` on the `payments-operator` account.',
        correct: false,
        why: "An attacker's pod sets `automountServiceAccountToken: true` or declares a projected token volume, and either one overrides the account setting.",
      },
      {
        text: 'Remove `get` on Secrets from the developers.',
        correct: false,
        why: 'Pod creation already lets them mount any Secret of the namespace and run as any account there; the Secret read grant is not what the attack uses.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/pod-creation-token-theft#prevent',
      label: 'Prevent',
    },
  },
];
