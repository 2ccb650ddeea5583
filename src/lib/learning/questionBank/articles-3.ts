import type {Question} from '../questions';

/** Questions for the end-of-article quizzes of eight hardening task pages (set 3). */
export const questions: readonly Question[] = [
  // Manage Secrets
  {
    id: 'aq-secrets-identity-first-plaintext',
    competencies: ['CKS-4.2', 'KCSA-3.4'],
    kind: 'scenario',
    prompt:
      'Every API server runs with the EncryptionConfiguration below. You create a new Secret and read it straight from etcd with `etcdctl get`. What do you see?',
    snippet: {
      language: 'yaml',
      code: 'apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n  - resources: ["secrets"]\n    providers:\n      - identity: {}\n      - aescbc:\n          keys:\n            - name: key1\n              secret: <32 random bytes, base64>',
    },
    options: [
      {
        text: 'The Secret in plaintext, because the first provider in the list is the one used for writes.',
        correct: true,
        why: 'The API server encrypts new writes with the first provider only; the others are tried for reads. With identity first, new Secrets are stored unencrypted. This order is the rollback step, not the normal state.',
      },
      {
        text: 'A value starting with `k8s:enc:aescbc:v1:key1:`, because any aescbc entry turns encryption on.',
        correct: false,
        why: 'Listing a provider only makes it available for decryption unless it is first. That prefix appears only when aescbc is the first provider.',
      },
      {
        text: 'Nothing: the API server refuses to start because identity cannot be combined with aescbc.',
        correct: false,
        why: 'Mixing identity with real providers is valid and is exactly how you migrate to encryption (identity last) or away from it (identity first).',
      },
      {
        text: 'Plaintext now, but the API server re-encrypts the Secret with aescbc in the background within a few minutes.',
        correct: false,
        why: 'There is no background re-encryption. Objects keep their stored form until they are written again, and with identity first the rewrite would store plaintext again.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/manage-secrets#3-choose-the-encryption-provider',
      label: 'Manage Secrets: choose the encryption provider',
    },
  },
  {
    id: 'aq-secrets-kms-plugin-down',
    competencies: ['CKS-4.2', 'KCSA-2.8'],
    kind: 'scenario',
    prompt:
      'Secrets are encrypted with a KMS v2 provider. The KMS plugin on the control plane nodes stops answering because the cloud KMS is unreachable, and stays down for an hour. What happens to Secrets during that hour?',
    options: [
      {
        text: 'Reads of Secrets whose data keys are already unwrapped and cached keep working; other Secrets cannot be read.',
        correct: true,
        why: 'The API server caches the data keys it has already decrypted through the plugin, so it can still read objects that use them. Anything that needs a new unwrap call fails until the plugin is back.',
      },
      {
        text: 'New writes keep using the current data key for only about three minutes after the last good status check, then fail.',
        correct: true,
        why: 'The API server bounds how long it trusts its current write data key without a healthy plugin to about three minutes. After that, creating or updating a Secret fails.',
      },
      {
        text: 'The API server falls back to storing new Secrets in plaintext until the plugin returns.',
        correct: false,
        why: 'There is no silent fallback to plaintext: identity is only used if you list it first yourself. Writes fail instead.',
      },
      {
        text: 'Nothing visible: KMS v2 keeps a copy of the key encryption key on each node for outages.',
        correct: false,
        why: "The point of KMS v2 is that the key encryption key never leaves the KMS; only wrapped data keys are stored. The KMS is part of the control plane's availability, so monitor /readyz/kms-providers.",
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/manage-secrets#what-can-go-wrong',
      label: 'Manage Secrets: what can go wrong',
    },
  },
  {
    id: 'aq-secrets-who-can-read-values',
    competencies: ['CKS-4.2', 'KCSA-3.4'],
    kind: 'concept',
    prompt:
      'In namespace `shop`, which of these subjects can obtain the value of the Secret `db-credentials` (none has any other permission)?',
    options: [
      {
        text: 'A service account allowed to `create` pods in `shop`.',
        correct: true,
        why: "A pod it creates can mount the Secret as a volume or reference it in an environment variable, and then print it. The kubelet fetches the value on the pod's behalf, so no Secret verb is needed.",
      },
      {
        text: 'A user bound to the built-in `edit` ClusterRole with a RoleBinding in `shop`.',
        correct: true,
        why: 'The aggregated edit role includes reading Secrets (and creating pods), so its holder reads every Secret in the namespace.',
      },
      {
        text: 'A user bound to the built-in `view` ClusterRole with a RoleBinding in `shop`.',
        correct: false,
        why: 'The view role deliberately leaves out Secrets, because reading them could be used to escalate privileges. It is the safe read-only default.',
      },
      {
        text: 'A service account with `get` on `configmaps` in `shop`.',
        correct: false,
        why: 'ConfigMaps and Secrets are separate resources. This grant reads ConfigMaps only, and cannot create a pod to mount the Secret.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/manage-secrets#1-find-who-can-read-secrets',
      label: 'Manage Secrets: find who can read Secrets',
    },
  },

  // Pod-to-pod encryption
  {
    id: 'aq-p2p-wireguard-traffic-stops',
    competencies: ['CKS-4.4', 'KCSA-4.5'],
    kind: 'scenario',
    prompt:
      'You enabled Cilium with `encryption.enabled=true` and `encryption.type=wireguard` and restarted the agents. Pods on the same node still talk to each other, but every connection between pods on different nodes now times out. The nodes sit in a cloud network with tight security groups. What is the most likely cause?',
    options: [
      {
        text: 'The security groups do not allow UDP port 51871 between the nodes, where the WireGuard tunnels run.',
        correct: true,
        why: 'Traffic between nodes now travels inside WireGuard on UDP 51871. If that port is blocked, everything between nodes is dropped, while traffic within one node never leaves it and keeps working.',
      },
      {
        text: 'ESP (IP protocol 50) is blocked between the nodes.',
        correct: false,
        why: 'ESP carries IPsec, the other encryption type. With encryption.type=wireguard, Cilium sends UDP, not ESP.',
      },
      {
        text: 'The application pods must be restarted to pick up their WireGuard keys.',
        correct: false,
        why: 'Encryption is transparent to workloads: keys belong to the Cilium agents, one pair per node, published on the CiliumNode objects. Pods need no change.',
      },
      {
        text: 'A STRICT Istio PeerAuthentication is needed before WireGuard carries traffic.',
        correct: false,
        why: 'Cilium transparent encryption and Istio mutual TLS are independent; neither needs the other.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/pod-to-pod-encryption#what-can-go-wrong',
      label: 'Pod-to-pod encryption: what can go wrong',
    },
  },
  {
    id: 'aq-p2p-fips-aes-gcm-ipsec',
    competencies: ['CKS-4.4', 'KCSA-5.4'],
    kind: 'scenario',
    prompt:
      'Your organisation requires that all traffic between nodes be encrypted with AES-GCM because of a FIPS mandate. The cluster runs Cilium, and workloads must not be changed. Which Cilium setup meets the requirement?',
    options: [
      {
        text: 'Transparent encryption with `encryption.type=ipsec` and a key Secret using `rfc4106(gcm(aes))`.',
        correct: true,
        why: 'Cilium IPsec lets you choose the algorithm in the key Secret, and rfc4106(gcm(aes)) is AES-GCM. It stays transparent to workloads.',
      },
      {
        text: 'Transparent encryption with `encryption.type=wireguard`.',
        correct: false,
        why: "WireGuard's cipher suite is fixed to ChaCha20-Poly1305; it cannot be switched to AES-GCM.",
      },
      {
        text: 'Tunnel mode with VXLAN instead of native routing.',
        correct: false,
        why: 'VXLAN encapsulates packets but does not encrypt them; a capture on the underlay still shows the inner payload.',
      },
      {
        text: 'Only `encryption.nodeEncryption=true`, without choosing an encryption type.',
        correct: false,
        why: 'nodeEncryption extends encryption to traffic from and to the nodes themselves; it does not turn encryption on or choose its cipher.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/pod-to-pod-encryption#2-turn-on-cilium-transparent-encryption',
      label: 'Pod-to-pod encryption: turn on Cilium transparent encryption',
    },
  },
  {
    id: 'aq-p2p-peer-authentication-scope',
    competencies: ['CKS-4.4', 'KCSA-5.4'],
    kind: 'concept',
    prompt:
      'You create an Istio `PeerAuthentication` named `default` in namespace `shop`, with `spec.mtls.mode: STRICT` and no `selector`. What does it govern?',
    options: [
      {
        text: 'Connections arriving at every workload in the `shop` namespace: they must use mutual TLS.',
        correct: true,
        why: 'Without a selector a PeerAuthentication applies to all workloads of its own namespace, and it controls what those workloads accept on inbound connections.',
      },
      {
        text: 'Every workload in the mesh, because it is named `default`.',
        correct: false,
        why: "The name does not widen the scope. A mesh-wide default is the same object placed in Istio's root namespace (istio-system by default).",
      },
      {
        text: 'Only outbound connections made by workloads in `shop`.',
        correct: false,
        why: 'PeerAuthentication is about what a workload accepts (inbound). What a client sends is decided by the client side, which uses mutual TLS automatically inside the mesh.',
      },
      {
        text: 'Nothing until a matching AuthorizationPolicy exists.',
        correct: false,
        why: 'STRICT takes effect on its own and refuses plaintext. An AuthorizationPolicy is a separate, later step that decides which verified identities may call whom.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/pod-to-pod-encryption#3-or-require-istio-mutual-tls-permissive-first',
      label: 'Pod-to-pod encryption: require Istio mutual TLS',
    },
  },

  // Policy engines compared
  {
    id: 'aq-policy-engines-map-dry-run',
    competencies: ['CKS-4.1', 'KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'Only the MutatingAdmissionPolicy from this page is installed (it sets a pod-level `runAsNonRoot: true` when none is set). You run `kubectl apply --dry-run=server` on the Pod below. What happens?',
    example: 'policy-engines/baseline-fails-restricted-root-test-pod.yaml',
    options: [
      {
        text: 'The request is admitted and the returned Pod has `spec.securityContext.runAsNonRoot: true`.',
        correct: true,
        why: 'The Pod sets no pod-level runAsNonRoot, so the policy matches and fills the default in. A server-side dry run goes through admission, so the returned object shows the mutation.',
      },
      {
        text: 'The request is rejected, because the Pod does not declare runAsNonRoot.',
        correct: false,
        why: 'A MutatingAdmissionPolicy changes objects; it never rejects them. Rejection needs a validating policy.',
      },
      {
        text: 'The request is admitted unchanged, because a dry run skips admission policies.',
        correct: false,
        why: 'A server-side dry run runs the full admission chain, mutating and validating, and only skips the write to etcd. That is why it is the test used on this page.',
      },
      {
        text: 'The request is admitted and `runAsNonRoot: true` is added to the container `app` only.',
        correct: false,
        why: 'The policy sets the pod-level securityContext, which every container inherits unless it sets its own value.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/policy-engines-compared#verify',
      label: 'Policy engines compared: verify',
    },
    claims: [
      {file: 'policy-engines/baseline-fails-restricted-root-test-pod.yaml', pss: 'baseline', passes: true},
      {file: 'policy-engines/baseline-fails-restricted-root-test-pod.yaml', pss: 'restricted', passes: false},
    ],
  },
  {
    id: 'aq-policy-engines-ephemeral-containers',
    competencies: ['CKS-4.1', 'KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'A ValidatingAdmissionPolicy with `resources: ["pods"]` and operations CREATE and UPDATE rejects root containers. A user then runs `kubectl debug -it web-7c9 --image=busybox` and gets a root shell in an ephemeral container of that Pod. Why did the policy not stop it?',
    options: [
      {
        text: 'Ephemeral containers are added through the `pods/ephemeralcontainers` subresource, which a rule on `pods` does not match.',
        correct: true,
        why: "Admission rules match subresources only when they name them. Add pods/ephemeralcontainers to the policy's resources, and make the expression read ephemeralContainers too.",
      },
      {
        text: 'ValidatingAdmissionPolicy cannot see ephemeral containers at all; only webhooks can.',
        correct: false,
        why: 'A ValidatingAdmissionPolicy can match the subresource and read spec.ephemeralContainers like any other field; it simply was not told to.',
      },
      {
        text: 'kubectl debug bypasses admission because it talks to the kubelet directly.',
        correct: false,
        why: 'kubectl debug updates the Pod through the API server, which runs admission on that request. Only the later attach goes through the kubelet.',
      },
      {
        text: 'The policy only runs on CREATE, and adding a container is a PATCH.',
        correct: false,
        why: 'The policy matches UPDATE, and a patch is evaluated as an UPDATE in admission. The reason is the subresource, not the operation.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/policy-engines-compared#what-can-go-wrong',
      label: 'Policy engines compared: what can go wrong',
    },
  },
  {
    id: 'aq-policy-engines-order-and-placement',
    competencies: ['CKS-4.1', 'KCSA-5.7'],
    kind: 'concept',
    prompt:
      'A cluster has the MutatingAdmissionPolicy, the ValidatingAdmissionPolicy and the Kyverno ValidatingPolicy from this page. Which statements about how a Pod create request is handled are true?',
    options: [
      {
        text: 'The validating policies see the object after the MutatingAdmissionPolicy has set its default.',
        correct: true,
        why: 'Mutating admission runs before validating admission, so a default set by the mutating policy is already in the object that the validating checks evaluate.',
      },
      {
        text: 'The ValidatingAdmissionPolicy runs inside kube-apiserver, with no network call to another component.',
        correct: true,
        why: 'ValidatingAdmissionPolicy and MutatingAdmissionPolicy are evaluated in-process with CEL, so there is no webhook, no TLS and nothing that can be down separately.',
      },
      {
        text: 'If the ValidatingAdmissionPolicy admits the Pod, the Kyverno webhook is skipped.',
        correct: false,
        why: 'Every validating check must allow the request; one allowing it does not skip the others. The first refusal fails it.',
      },
      {
        text: 'The Kyverno ValidatingPolicy runs before mutation, so it sees the Pod as the user wrote it.',
        correct: false,
        why: "Kyverno's validating webhook is called in the validating phase, after all mutation.",
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/policy-engines-compared#comparison',
      label: 'Policy engines compared: how the four compare',
    },
  },

  // Roll out Pod Security Admission
  {
    id: 'aq-psa-rollout-dry-run-warning',
    competencies: ['CKS-4.1', 'KCSA-3.2'],
    kind: 'scenario',
    prompt: 'Before enforcing Restricted on namespace `shop`, you run this command. What does the output tell you?',
    snippet: {
      language: 'bash',
      code: '$ kubectl label --dry-run=server --overwrite namespace shop \\\n    pod-security.kubernetes.io/enforce=restricted pod-security.kubernetes.io/enforce-version=v1.37\nWarning: existing pods in namespace "shop" violate the new PodSecurity enforce level "restricted:v1.37"\nWarning: legacy-web-6b7f9-x2x4q: allowPrivilegeEscalation != false, runAsNonRoot != true\nnamespace/shop labeled (server dry run)',
    },
    options: [
      {
        text: "The label was not changed; if it were, the next pod like `legacy-web-6b7f9-x2x4q` that a controller creates would be refused, so fix that workload's template first.",
        correct: true,
        why: "A server-side dry run evaluates the running pods against the new level and reports violations as warnings without saving the label. Enforce applies to pod creation, so the owner's next pod would be rejected.",
      },
      {
        text: 'The label is now set, and `legacy-web-6b7f9-x2x4q` will be evicted.',
        correct: false,
        why: '"(server dry run)" means nothing was persisted. And even a real enforce label never evicts running pods; it only rejects new ones.',
      },
      {
        text: 'No other workload in the namespace can break, because every pod was checked.',
        correct: false,
        why: 'The dry run only sees pods that exist now. Jobs that have not run recently and Deployments scaled to zero are covered only by the audit log collected in step 3.',
      },
      {
        text: 'The warnings come from `warn` mode and can be ignored when enforcing.',
        correct: false,
        why: 'These warnings are produced by the dry run of the enforce label itself and list exactly what enforce would reject.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/roll-out-pod-security-admission#4-test-the-enforce-label-on-the-server',
      label: 'Roll out Pod Security Admission: test the enforce label on the server',
    },
  },
  {
    id: 'aq-psa-rollout-cluster-defaults',
    competencies: ['CKS-4.1', 'KCSA-3.1'],
    kind: 'scenario',
    prompt:
      'The API server loads the admission configuration below. A team creates a new namespace `reports` with no Pod Security labels. Which statements are true for pods in `reports`?',
    example: 'microservices/pod-security-admission-config.yaml',
    options: [
      {
        text: 'A pod that breaks Baseline is rejected.',
        correct: true,
        why: 'Namespaces without labels get the configured defaults, and enforce is baseline (pinned to v1.37).',
      },
      {
        text: 'A pod that meets Baseline but not Restricted is admitted with a warning, and its audit event is annotated.',
        correct: true,
        why: 'warn and audit are set to restricted, and neither mode ever rejects: the user sees a warning and the audit event gets the audit-violations annotation.',
      },
      {
        text: 'Every pod is admitted without checks, because the namespace has no labels.',
        correct: false,
        why: 'That is the behaviour without an admission configuration (all modes privileged). This file sets cluster-wide defaults precisely so that new namespaces do not start unprotected.',
      },
      {
        text: 'Pods are exempt, because the exemption list applies to namespaces not yet labelled.',
        correct: false,
        why: 'The exemptions list only kube-system by name. Other namespaces get the defaults.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/roll-out-pod-security-admission#6-set-cluster-defaults-and-keep-exemptions-narrow',
      label: 'Roll out Pod Security Admission: cluster defaults and exemptions',
    },
  },
  {
    id: 'aq-psa-rollout-kubeadm-upgrade-defaults',
    competencies: ['CKS-4.1', 'KCSA-3.2'],
    kind: 'scenario',
    prompt:
      'Cluster-wide Pod Security defaults worked for months: unlabelled namespaces enforced Baseline. After a `kubeadm upgrade` of the control plane, a privileged pod is admitted in a newly created, unlabelled namespace. The admission configuration file is still on disk. What most likely happened?',
    options: [
      {
        text: 'The `--admission-control-config-file` flag and its volume were only hand-edited into the static pod manifest, and kubeadm regenerated the manifest without them.',
        correct: true,
        why: 'kubeadm upgrade writes a fresh kube-apiserver manifest from its ClusterConfiguration. Flags and volumes must be recorded in apiServer.extraArgs and apiServer.extraVolumes, or they vanish and unlabelled namespaces fall back to privileged.',
      },
      {
        text: "The upgrade moved every namespace's `enforce-version` to the new minor.",
        correct: false,
        why: 'An upgrade never edits namespace labels, and a version change would not turn Baseline into privileged anyway.',
      },
      {
        text: 'Pod Security Admission is disabled after every upgrade until it is re-enabled with a feature gate.',
        correct: false,
        why: 'Pod Security Admission has been GA and on by default since v1.25; there is no gate to re-enable.',
      },
      {
        text: 'The namespace inherited the `privileged` label of kube-system.',
        correct: false,
        why: 'Namespaces do not inherit labels from each other; an unlabelled namespace gets the cluster defaults.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/roll-out-pod-security-admission#what-can-go-wrong',
      label: 'Roll out Pod Security Admission: what can go wrong',
    },
  },

  // Sandboxed runtimes
  {
    id: 'aq-sandbox-runtimeclass-selector-conflict',
    competencies: ['CKS-4.3', 'KCSA-3.5'],
    kind: 'scenario',
    prompt:
      'With the RuntimeClass below in place, a developer creates a Pod with `runtimeClassName: gvisor` and its own `nodeSelector` of `sandbox.example.com/runtime: kata`. What happens?',
    example: 'components/runtimeclass-gvisor.yaml',
    options: [
      {
        text: 'The Pod is rejected at creation, because its node selector conflicts with the RuntimeClass scheduling selector.',
        correct: true,
        why: 'The RuntimeClass admission plugin merges scheduling.nodeSelector into the Pod; a key set to a different value is a conflict, and the Pod is rejected in admission.',
      },
      {
        text: 'The Pod is admitted and its selector wins, so it runs under gVisor on a Kata node.',
        correct: false,
        why: "The class's selector is not overridable by the Pod: a conflicting value makes admission fail, which keeps pods on nodes that have the handler.",
      },
      {
        text: 'The Pod is admitted and stays Pending, because no node has both values.',
        correct: false,
        why: 'The conflict is caught earlier, in admission, so the Pod is never created. Pending is what you see when the merged selector is valid but no node matches or the overhead does not fit.',
      },
      {
        text: 'The Pod is admitted without the 100m CPU and 64Mi memory overhead, because it chose its own node.',
        correct: false,
        why: 'Overhead is added to every Pod that uses the class. Here the Pod is rejected anyway.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/sandboxed-runtimes#4-create-the-runtimeclasses',
      label: 'Sandboxed runtimes: create the RuntimeClasses',
    },
  },
  {
    id: 'aq-sandbox-verify-ran-with-runc',
    competencies: ['CKS-4.3', 'KCSA-2.5'],
    kind: 'scenario',
    prompt: 'You expect the Pod `untrusted-job-gvisor` to run under gVisor and check it. What does this output show?',
    snippet: {
      language: 'bash',
      code: '$ kubectl -n sandboxed exec untrusted-job-gvisor -- uname -r\n6.8.0-49-generic\n$ kubectl get node node05 -o jsonpath=\'{.status.nodeInfo.kernelVersion}{"\\n"}\'\n6.8.0-49-generic',
    },
    options: [
      {
        text: "The Pod runs on the node's own kernel, that is with runc, not in the sandbox; check its `runtimeClassName` and the class's `handler`.",
        correct: true,
        why: "Inside gVisor, uname reports gVisor's own release (4.19.0-gvisor, or 4.4.0 on older releases), never the node's kernel. The same version as the node means no sandbox.",
      },
      {
        text: 'The Pod runs in gVisor, which passes the host kernel version through for compatibility.',
        correct: false,
        why: 'gVisor implements the kernel interface itself and reports its own version; a host version inside the container is the sign that gVisor is not in use.',
      },
      {
        text: "The Pod runs in a Kata VM, because Kata reuses the node's kernel.",
        correct: false,
        why: "Kata boots its own guest kernel, whose version differs from the node's. Sharing the node's kernel is exactly what both sandboxes avoid.",
      },
      {
        text: 'Nothing can be concluded until you inspect the pod sandbox on the node with the CRI tools.',
        correct: false,
        why: 'Inspecting the pod sandbox on the node confirms the runtime handler, but the matching kernel versions already show the pod is not sandboxed.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/sandboxed-runtimes#verify',
      label: 'Sandboxed runtimes: verify',
    },
  },
  {
    id: 'aq-sandbox-kata-needs-kvm',
    competencies: ['CKS-4.3', 'KCSA-1.4'],
    kind: 'concept',
    prompt:
      'You plan a sandbox node pool on cloud VMs without nested virtualisation. Which statement about gVisor and Kata Containers is correct there?',
    options: [
      {
        text: 'gVisor works, because its kernel runs in user space; Kata pods fail to start, because Kata needs hardware virtualisation (`/dev/kvm`).',
        correct: true,
        why: 'gVisor intercepts system calls with a user-space kernel and needs no virtualisation. Kata starts a lightweight VM per pod, which needs KVM: bare metal or nested virtualisation.',
      },
      {
        text: 'Both work, because both only need the containerd shim.',
        correct: false,
        why: "The shim is necessary but not sufficient: Kata's hypervisor needs /dev/kvm on the node.",
      },
      {
        text: 'Kata works and gVisor fails, because gVisor needs KVM for its user-space kernel.',
        correct: false,
        why: "It is the other way round: gVisor's default platform needs no virtualisation, and Kata's VM does.",
      },
      {
        text: 'Neither works, because RuntimeClass requires bare-metal nodes.',
        correct: false,
        why: 'RuntimeClass only maps a name to a handler configured in the container runtime; it has no hardware requirement of its own.',
      },
    ],
    source: {
      to: '/docs/hardening/minimize-microservice-vulnerabilities/sandboxed-runtimes#what-can-go-wrong',
      label: 'Sandboxed runtimes: what can go wrong',
    },
  },

  // Audit policy and log queries
  {
    id: 'aq-audit-policy-which-events-have-bodies',
    competencies: ['CKS-6.5', 'KCSA-3.6'],
    kind: 'scenario',
    prompt:
      'The API server runs with the audit policy below. Which of these requests produce an audit event that contains the request body (`requestObject`)?',
    example: 'runtime-security/audit-policy-cks.yaml',
    options: [
      {
        text: '`kubectl create deployment web --image=nginx` in namespace `shop`.',
        correct: true,
        why: 'No earlier rule matches a Deployment create, so it reaches the Request rule for write verbs, which records the body.',
      },
      {
        text: '`kubectl create clusterrolebinding ci --clusterrole=view --user=ci`.',
        correct: true,
        why: 'RBAC writes match the RequestResponse rule, which records both the request and the response bodies.',
      },
      {
        text: '`kubectl -n shop create secret generic db --from-literal=password=x`.',
        correct: false,
        why: 'The first rule sets Secrets to Metadata, and the first matching rule decides. The event has who, what and when, but no body, so the value stays out of the log.',
      },
      {
        text: '`kubectl -n shop exec web-0 -- sh`.',
        correct: false,
        why: 'exec is a request on the pods/exec subresource, which the policy logs at Metadata before the broad Request rule is reached.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/audit-policy-and-queries#steps',
      label: 'Audit policy and queries: steps',
    },
  },
  {
    id: 'aq-audit-policy-edit-no-effect',
    competencies: ['CKS-6.5'],
    kind: 'scenario',
    prompt:
      'Auditing works. You add a rule to `/etc/kubernetes/audit/policy.yaml` on the control plane node to log ConfigMaps at `RequestResponse`, save the file and wait ten minutes, but the new events still show `Metadata`. The API server manifest was not touched. Why?',
    options: [
      {
        text: 'The API server reads the policy file only at start-up, and the kubelet restarts the static Pod only when its manifest changes.',
        correct: true,
        why: 'Nothing reloads the policy on its own. Restart the API server, for example by moving the manifest out of /etc/kubernetes/manifests and back, or by changing an annotation in it.',
      },
      {
        text: 'Policy changes take effect only after the current log file is rotated at 100 MB.',
        correct: false,
        why: 'Rotation only starts a new file; it does not reload the policy.',
      },
      {
        text: 'ConfigMaps can never be logged above Metadata.',
        correct: false,
        why: 'Any resource can be logged at any level; this guide keeps ConfigMaps at Metadata by choice, because they often hold credentials.',
      },
      {
        text: 'The kubelet watches the policy file and has restarted the API server, so the old events are from a cache.',
        correct: false,
        why: 'The kubelet watches the static Pod manifests only, not files those Pods mount.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/audit-policy-and-queries#what-can-go-wrong',
      label: 'Audit policy and queries: what can go wrong',
    },
  },
  {
    id: 'aq-audit-query-exec-verb',
    competencies: ['CKS-6.5', 'KCSA-3.6'],
    kind: 'scenario',
    prompt:
      'You know someone opened a shell in a Pod yesterday, and the policy logs `pods/exec` at Metadata. This query prints nothing. Why?',
    snippet: {
      language: 'bash',
      code: 'jq -r \'select(.verb == "exec") | [.user.username, .objectRef.name] | @tsv\' /var/log/kubernetes/audit/audit.log',
    },
    options: [
      {
        text: 'An exec is recorded as a `get` or `create` on the `exec` subresource; filter on `.objectRef.subresource == "exec"` instead.',
        correct: true,
        why: 'exec is not an API verb. The request is a get or create on pods with objectRef.subresource set to exec, so a filter on the verb never matches.',
      },
      {
        text: "Exec sessions are only logged when they end, and yesterday's session is still open.",
        correct: false,
        why: 'A long-running request writes a ResponseStarted event when the session opens (code 101) and a ResponseComplete event when it ends; the first already exists.',
      },
      {
        text: 'Metadata-level events do not include the verb.',
        correct: false,
        why: 'Every level from Metadata up records the user, verb, resource, subresource, timestamps and response code; only the bodies are left out.',
      },
      {
        text: 'jq cannot read the file because each line is a separate JSON document.',
        correct: false,
        why: "jq reads a stream of JSON values, one per line, which is exactly the log backend's format.",
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/audit-policy-and-queries#steps',
      label: 'Audit policy and queries: steps',
    },
  },

  // Falco and Tetragon detection
  {
    id: 'aq-falco-shop-rules-which-fire',
    competencies: ['CKS-6.2', 'KCSA-5.3'],
    kind: 'scenario',
    prompt:
      'This custom rules file is loaded after the default rules, with `rule_matching: all`. Which of these events produce an alert from it?',
    example: 'runtime-security/shop-drift.falco.yaml',
    options: [
      {
        text: '`apk add curl`, started from a shell in a container of a Pod in namespace `shop`.',
        correct: true,
        why: 'A new process (spawned_process) in a container, in shop, whose name is in shop_package_managers: the Warning rule matches.',
      },
      {
        text: '`cat /var/run/secrets/kubernetes.io/serviceaccount/token` in a container of a Pod in `shop`.',
        correct: true,
        why: 'A file opened for reading under the token directory by a process not in shop_token_readers: the Critical rule matches.',
      },
      {
        text: '`apt-get install -y curl` in a container of a Pod in namespace `billing`.',
        correct: false,
        why: 'Both rules require the shop_namespace macro, k8s.ns.name = "shop"; billing does not match (the default rules may still alert on it).',
      },
      {
        text: 'The application binary `shop-api` reading its token in a `shop` Pod.',
        correct: false,
        why: 'shop-api is in the shop_token_readers list, which the token rule excludes with `not proc.name in (...)`.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/falco-and-tetragon-detection#steps',
      label: 'Falco and Tetragon detection: steps',
    },
  },
  {
    id: 'aq-falco-custom-rule-shadowed',
    competencies: ['CKS-6.2'],
    kind: 'scenario',
    prompt:
      'Falco runs with its default configuration. Your custom rule for `curl` started in a container loads without errors, but never alerts, while a default rule alerts on the very same `execve` events. What is the likely reason?',
    options: [
      {
        text: 'With the default `rule_matching: first`, Falco reports only the first rule that matches an event, and the default rule is loaded earlier.',
        correct: true,
        why: 'Default rules are loaded before files in rules.d, so they win. Narrow your condition so they no longer overlap, or set rule_matching to all after measuring the cost.',
      },
      {
        text: 'Custom rules only alert at priority Critical or higher.',
        correct: false,
        why: "The chart's minimum priority applies to all rules alike; it would silence the default rule as well.",
      },
      {
        text: 'A rule in rules.d must be enabled with `falco -V` before it can fire.',
        correct: false,
        why: 'falco -V only validates a rules file. A rule is enabled unless it sets enabled: false or a rules selection in falco.yaml disables it.',
      },
      {
        text: 'Falco evaluates each event against one rules file only.',
        correct: false,
        why: 'All loaded files form one rule set; which rule reports depends on match order and the rule_matching setting, not on files.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/falco-and-tetragon-detection#what-can-go-wrong',
      label: 'Falco and Tetragon detection: what can go wrong',
    },
  },
  {
    id: 'aq-tetragon-live-stream-no-replay',
    competencies: ['CKS-6.1', 'CKS-6.2'],
    kind: 'scenario',
    prompt:
      'The TracingPolicyNamespaced is applied in `shop`. You trigger a write to `/usr/local/bin/tool` in a `shop` Pod, then start `tetra getevents -o compact --namespace shop` in the Tetragon Pod on the same node. Nothing appears. Where do you find the event?',
    options: [
      {
        text: "In the JSON export, printed as the log of the Tetragon Pod's `export-stdout` container.",
        correct: true,
        why: "tetra getevents streams from the moment it connects and does not replay. Events that already happened are in the export, unless the chart's export deny list filters them.",
      },
      {
        text: 'Nowhere: Tetragon only records events while a tetra client is connected.',
        correct: false,
        why: 'The agent writes events to its export independently of any tetra client; getevents is only a live view.',
      },
      {
        text: "In the Falco Pod's log, because Tetragon forwards its events to Falco.",
        correct: false,
        why: 'Falco and Tetragon are independent tools with separate outputs; neither forwards to the other.',
      },
      {
        text: 'In the API server audit log, as an event on the Pod.',
        correct: false,
        why: 'A file write inside a container never reaches the API server; only runtime tools on the node see it.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/falco-and-tetragon-detection#verify',
      label: 'Falco and Tetragon detection: verify',
    },
  },

  // Investigate an incident
  {
    id: 'aq-incident-event-reason-annotation',
    competencies: ['CKS-6.3', 'KCSA-4.4'],
    kind: 'scenario',
    prompt: 'During the investigation you find this audit event. Which conclusions does it support?',
    example: 'runtime-security/event-incident-web-sa-create-deployment.yaml',
    options: [
      {
        text: 'The request used the token of the Pod `web-6d5f7c9b8-q2w4x`, running on `worker-2`.',
        correct: true,
        why: 'The pod-name, pod-uid and node-name entries in user.extra come from the Pod-bound service account token that authenticated the request.',
      },
      {
        text: 'The permission came from the RoleBinding `legacy-ci-deployer`, which is what to remove to cut this access.',
        correct: true,
        why: 'The authorization.k8s.io/reason annotation names the RBAC binding that allowed the request.',
      },
      {
        text: 'The Deployment was created by a cluster administrator with kubectl.',
        correct: false,
        why: 'The user is the service account system:serviceaccount:shop:web, and the user agent is curl, not kubectl.',
      },
      {
        text: 'The request was refused, so nothing was created.',
        correct: false,
        why: 'The response code is 201 (Created) and the decision annotation is allow.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/investigate-an-incident#steps',
      label: 'Investigate an incident: steps',
    },
  },
  {
    id: 'aq-incident-token-still-valid',
    competencies: ['CKS-6.3'],
    kind: 'scenario',
    prompt:
      'An attacker copied the service account token out of Pod `web-6d5f7c9b8-q2w4x`. You deleted the RoleBinding that let it create Deployments, and `kubectl auth can-i create deployments` for the service account now says `no`. The Pod is still running, kept as evidence. What is true about the stolen token?',
    options: [
      {
        text: 'It still authenticates as `system:serviceaccount:shop:web` and keeps every other permission that service account has.',
        correct: true,
        why: "Removing one binding does not revoke the token. It stays valid while the Pod exists (tokens injected by admission can live up to a year by default), so review the account's remaining permissions.",
      },
      {
        text: 'Deleting the Pod later invalidates the token, because it is bound to the Pod object.',
        correct: true,
        why: "A projected service account token carries the Pod's name and UID; once that Pod is gone, the API server rejects the token.",
      },
      {
        text: 'It stopped working as soon as the RoleBinding was deleted.',
        correct: false,
        why: 'Authorization and authentication are separate. The token still authenticates; only the permissions from that binding are gone.',
      },
      {
        text: 'It expires within an hour, because projected tokens are always short-lived.',
        correct: false,
        why: 'The kubelet refreshes the token it mounts, but the API server extends the lifetime of admission-injected tokens (--service-account-extend-token-expiration), so a copied one can stay valid far longer.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/investigate-an-incident#steps',
      label: 'Investigate an incident: steps',
    },
  },
  {
    id: 'aq-incident-quarantine-dns-policy',
    competencies: ['CKS-6.3', 'KCSA-4.4'],
    kind: 'scenario',
    prompt:
      'You removed the `app` label from the compromised Pod, labelled it `quarantine=true` and applied a deny-all NetworkPolicy that selects `quarantine: "true"`. The namespace also has a policy `allow-dns` with `podSelector: {}` that allows egress to kube-dns on port 53. What can the Pod still do?',
    options: [
      {
        text: 'Send DNS queries, because `allow-dns` still selects it and NetworkPolicies only add allowed traffic.',
        correct: true,
        why: 'Allowed traffic is the union of every policy that selects the Pod. A deny-all policy cannot subtract what allow-dns permits, and DNS alone is enough to exfiltrate data.',
      },
      {
        text: 'Nothing: the deny-all policy overrides every other policy that selects the Pod.',
        correct: false,
        why: 'Kubernetes NetworkPolicy has no deny rules and no precedence; a policy with no rules only isolates the Pod, and other policies still add their allowances.',
      },
      {
        text: 'Receive traffic from the web Service, because the Pod is still one of its endpoints.',
        correct: false,
        why: "Removing the app label took the Pod out of the Service's selector, so it is no longer an endpoint.",
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/investigate-an-incident#steps',
      label: 'Investigate an incident: steps',
    },
  },
];
