import type {Question} from '../questions';

/** Questions for CKS domain 4, Minimize Microservice Vulnerabilities. */
export const questions: readonly Question[] = [
  // CKS-4.1 Pod Security Standards
  {
    id: 'cks-4-pss-root-nginx-caps',
    competencies: ['CKS-4.1', 'KCSA-3.1'],
    kind: 'scenario',
    prompt: 'The legacy nginx Pod below is applied to namespace shop. Which Pod Security levels does it meet, and why?',
    example: 'pod-security/baseline-passes-root-nginx.yaml',
    options: [
      {
        text: 'Baseline but not Restricted: Restricted allows adding only NET_BIND_SERVICE, and the Pod does not set runAsNonRoot.',
        correct: true,
        why: 'CHOWN, SETGID and SETUID are in the Baseline allow-list but not in Restricted’s. Restricted also requires runAsNonRoot: true, which the Pod lacks.',
      },
      {
        text: 'Restricted, because it drops ALL capabilities and sets a RuntimeDefault seccomp profile.',
        correct: false,
        why: 'Dropping ALL does not excuse the capabilities it adds back; Restricted checks the add list too.',
      },
      {
        text: 'Privileged only, because it adds capabilities.',
        correct: false,
        why: 'Baseline allows a fixed set of added capabilities, and all four added here are in it.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/pod-security-standards#capabilities-restricted',
      label: 'Restricted: capabilities',
    },
    claims: [
      {file: 'pod-security/baseline-passes-root-nginx.yaml', pss: 'baseline', passes: true},
      {file: 'pod-security/baseline-passes-root-nginx.yaml', pss: 'restricted', passes: false},
    ],
  },
  {
    id: 'cks-4-pss-capabilities-not-dropped',
    competencies: ['CKS-4.1', 'KCSA-3.1'],
    kind: 'scenario',
    prompt:
      'A namespace enforces Restricted. The Pod below is rejected. Which single change makes it pass Restricted without changing what it does?',
    example: 'pod-security/restricted-fails-capabilities-not-dropped.yaml',
    options: [
      {
        text: 'Add capabilities: {drop: ["ALL"]} to the api container’s securityContext.',
        correct: true,
        why: 'Restricted requires every container to drop ALL capabilities. The Pod already runs as non-root with RuntimeDefault seccomp and no privilege escalation.',
      },
      {
        text: 'Add readOnlyRootFilesystem: true.',
        correct: false,
        why: 'A good hardening step, but no Pod Security level requires it; the capabilities check still fails.',
      },
      {
        text: 'Add privileged: false.',
        correct: false,
        why: 'false is already the default and is allowed; it does not satisfy the capabilities check.',
      },
      {
        text: 'Set runAsUser: 0 so the container can manage its own capabilities.',
        correct: false,
        why: 'Restricted forbids runAsUser 0, so this adds a second failure.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/pod-security-standards#capabilities-restricted',
      label: 'Restricted: capabilities',
    },
    claims: [
      {file: 'pod-security/restricted-fails-capabilities-not-dropped.yaml', pss: 'restricted', passes: false},
      {file: 'pod-security/restricted-fails-capabilities-not-dropped.yaml', pss: 'baseline', passes: true},
    ],
  },
  {
    id: 'cks-4-psa-enforce-baseline-warn-restricted',
    competencies: ['CKS-4.1', 'KCSA-3.2'],
    kind: 'scenario',
    prompt:
      'Namespace shop carries the labels pod-security.kubernetes.io/enforce: baseline and pod-security.kubernetes.io/warn: restricted. A developer applies the Pod below there. What happens?',
    example: 'pod-security/restricted-fails-run-as-root.yaml',
    options: [
      {
        text: 'The Pod is created, and kubectl prints a warning that it violates Restricted (runAsUser 0 and no runAsNonRoot).',
        correct: true,
        why: 'Running as root is allowed at Baseline, so enforce admits it; warn evaluates Restricted and returns a warning to the client.',
      },
      {
        text: 'The Pod is rejected, because warn at Restricted also blocks.',
        correct: false,
        why: 'warn never blocks; only enforce rejects.',
      },
      {
        text: 'The Pod is created with runAsUser changed to a non-root UID.',
        correct: false,
        why: 'Pod Security Admission validates only; it never mutates the Pod.',
      },
    ],
    source: {to: '/docs/fundamentals/admission/pod-security-admission#modes', label: 'Pod Security Admission modes'},
    claims: [
      {file: 'pod-security/restricted-fails-run-as-root.yaml', pss: 'baseline', passes: true},
      {file: 'pod-security/restricted-fails-run-as-root.yaml', pss: 'restricted', passes: false},
    ],
  },
  {
    id: 'cks-4-pss-host-path-baseline',
    competencies: ['CKS-4.1', 'KCSA-3.1'],
    kind: 'scenario',
    prompt: 'Which is the lowest Pod Security level that would reject this Pod?',
    example: 'pod-security/baseline-fails-host-path.yaml',
    options: [
      {
        text: 'Baseline',
        correct: true,
        why: 'Baseline forbids hostPath volumes, because they can expose the node’s file system, runtime socket or credentials.',
      },
      {
        text: 'Restricted only',
        correct: false,
        why: 'Restricted includes Baseline’s checks, but hostPath is already rejected at Baseline.',
      },
      {
        text: 'Privileged',
        correct: false,
        why: 'The Privileged level is unrestricted and rejects nothing.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/pod-security-standards#host-path-volumes',
      label: 'Baseline: hostPath volumes',
    },
    claims: [{file: 'pod-security/baseline-fails-host-path.yaml', pss: 'baseline', passes: false}],
  },
  {
    id: 'cks-4-psa-dry-run-rollout',
    competencies: ['CKS-4.1', 'KCSA-3.2'],
    kind: 'concept',
    prompt:
      'Before enforcing Restricted on an existing namespace lab, you want to know which running Pods would violate it, without changing anything. What do you run?',
    options: [
      {
        text: 'kubectl label --dry-run=server --overwrite ns lab pod-security.kubernetes.io/enforce=restricted',
        correct: true,
        why: 'A server-side dry run of the label change makes the API server evaluate existing Pods and return warnings for each violation, while storing nothing.',
      },
      {
        text: 'kubectl label ns lab pod-security.kubernetes.io/enforce=restricted, then check which Pods were evicted.',
        correct: false,
        why: 'Enforce never evicts running Pods; it only rejects new ones. And that is not a dry run.',
      },
      {
        text: 'kubectl get pods -n lab --dry-run=client',
        correct: false,
        why: 'A client-side dry run of a read changes nothing and evaluates no policy.',
      },
    ],
    source: {
      to: '/docs/fundamentals/admission/pod-security-admission#dry-run-rollout',
      label: 'Roll out with a dry run',
    },
  },
  // CKS-4.2 Secrets
  {
    id: 'cks-4-secrets-encryption-rewrite',
    competencies: ['CKS-4.2', 'KCSA-3.4'],
    kind: 'scenario',
    prompt:
      'You configured the API server with the EncryptionConfiguration below and it restarted cleanly. An etcdctl get of an old Secret still shows its value in plain text. Why, and what fixes it?',
    example: 'secrets/encryption-config-aescbc.yaml',
    options: [
      {
        text: 'Encryption applies on write; rewrite every Secret with kubectl get secrets -A -o json | kubectl replace -f -.',
        correct: true,
        why: 'Existing objects stay as they were stored until they are written again. identity as the last provider lets the server keep reading them meanwhile.',
      },
      {
        text: 'identity must be removed first, or nothing is encrypted.',
        correct: false,
        why: 'identity is last, so it is only a read fallback; the first provider encrypts new writes. Removing it before the rewrite would make old Secrets unreadable.',
      },
      {
        text: 'etcdctl always decrypts values, so the Secret is actually encrypted.',
        correct: false,
        why: 'etcdctl has no key; it shows stored bytes. An encrypted value starts with k8s:enc:aescbc:v1: and the plain text does not appear.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/secrets-and-encryption#enable-encryption', label: 'Turn encryption on'},
  },
  {
    id: 'cks-4-secrets-provider-order',
    competencies: ['CKS-4.2'],
    kind: 'scenario',
    prompt:
      'An EncryptionConfiguration for secrets lists its providers in this order: identity: {}, then aescbc with key1. What is the effect on new Secrets?',
    options: [
      {
        text: 'They are stored in plain text, because the first provider (identity) is the one that writes.',
        correct: true,
        why: 'The first provider encrypts every new or updated object; identity means no encryption. aescbc is then only used to read data that carries its prefix.',
      },
      {
        text: 'They are encrypted with aescbc, because identity is skipped when a real provider follows.',
        correct: false,
        why: 'Order decides: nothing skips identity when it is first.',
      },
      {
        text: 'The API server refuses to start because identity must be last.',
        correct: false,
        why: 'identity first is valid; it is how you switch encryption off for new writes during a decryption migration.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/secrets-and-encryption#encryption-at-rest',
      label: 'Encryption at rest',
    },
  },
  {
    id: 'cks-4-secrets-volume-vs-env',
    competencies: ['CKS-4.2', 'KCSA-3.4'],
    kind: 'concept',
    prompt:
      'Why are Secrets mounted as files generally safer than Secrets exposed as environment variables? Choose all that apply.',
    options: [
      {
        text: 'Environment variables are inherited by every child process and visible in /proc/<pid>/environ.',
        correct: true,
        why: 'Any process in the container, and any crash dump or debug endpoint that prints the environment, sees them.',
      },
      {
        text: 'Mounted Secrets are refreshed by the kubelet when the Secret changes (unless mounted with subPath), so rotation needs no restart.',
        correct: true,
        why: 'Environment variables are fixed at container start; files can be reread after rotation.',
      },
      {
        text: 'Secret volumes are encrypted on the node’s disk with the cluster’s KMS key.',
        correct: false,
        why: 'Secret volumes are tmpfs in memory, so they are not written to disk at all; KMS encryption applies to etcd, not to nodes.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/secrets-and-encryption#consuming', label: 'Consuming Secrets safely'},
  },
  {
    id: 'cks-4-secrets-kms-v2-version',
    competencies: ['CKS-4.2', 'KCSA-3.4'],
    kind: 'concept',
    prompt:
      'You add a kms provider to the EncryptionConfiguration of a v1.37 API server. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'Set apiVersion: v2 on the kms entry; without it the entry means KMS v1, which is deprecated and disabled by default.',
        correct: true,
        why: 'KMS v1 needs the KMSv1 feature gate since v1.29; KMS v2 is GA since v1.29.',
      },
      {
        text: 'The key encryption key stays in the external KMS; etcd stores only data wrapped with keys derived from a wrapped seed.',
        correct: true,
        why: 'That is envelope encryption: a stolen etcd snapshot is useless without the KMS.',
      },
      {
        text: 'KMS stops an attacker with root on a control plane node from reading Secrets.',
        correct: false,
        why: 'The KMS plugin socket is local, and the API server can decrypt everything; root on the node can use either.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/secrets-and-encryption#kms-v2', label: 'KMS v2 envelope encryption'},
  },
  // CKS-4.3 Isolation
  {
    id: 'cks-4-isolation-runtimeclass-gvisor',
    competencies: ['CKS-4.3', 'KCSA-1.4'],
    kind: 'scenario',
    prompt:
      'The RuntimeClass below exists. A tenant Deployment sets runtimeClassName: gvisor. Which statements are true? Choose all that apply.',
    example: 'multi-tenancy/gvisor-runtime-class.yaml',
    options: [
      {
        text: 'The runtime on the node must have a handler named runsc configured; otherwise the Pod cannot start.',
        correct: true,
        why: 'handler names a runtime configuration on the node (for containerd, a runtime entry). Kubernetes does not install gVisor.',
      },
      {
        text: 'The Pods are scheduled only on nodes labelled runtime.example.com/gvisor: "true", and receive the listed toleration.',
        correct: true,
        why: 'The RuntimeClass scheduling section is merged into the Pod’s nodeSelector and tolerations at admission.',
      },
      {
        text: 'The Pod’s system calls are handled by gVisor’s user-space kernel instead of going straight to the host kernel.',
        correct: true,
        why: 'That is the extra boundary gVisor adds, at some cost in performance and compatibility.',
      },
      {
        text: 'The sandbox replaces Pod Security, so the Deployment may run privileged.',
        correct: false,
        why: 'A sandbox is a second wall, not a replacement; keep the Pod at Restricted so a sandbox bug does not meet a fully privileged process.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#sandboxing-with-runtimeclass',
      label: 'Sandboxing with RuntimeClass',
    },
  },
  {
    id: 'cks-4-isolation-user-namespaces',
    competencies: ['CKS-4.3', 'CKS-3.4'],
    kind: 'concept',
    prompt: 'What does spec.hostUsers: false give a Pod in v1.37, and what are its limits? Choose all that apply.',
    options: [
      {
        text: 'UIDs in the Pod map to an unprivileged range on the node, so root in the container is not root on the host.',
        correct: true,
        why: 'The Pod runs in its own user namespace; capabilities apply only to resources that namespace owns.',
      },
      {
        text: 'It cannot be combined with hostPID or hostIPC, and by default not with hostNetwork either.',
        correct: true,
        why: 'Sharing the host’s namespaces defeats a private user namespace, so API validation rejects those combinations (hostNetwork only becomes possible behind the opt-in UserNamespacesHostNetworkSupport feature gate, added as alpha in v1.35).',
      },
      {
        text: 'Pod Security policy v1.35 and later skips the runAsNonRoot and runAsUser checks for it, so a container running as UID 0 can still pass Restricted.',
        correct: true,
        why: 'UID 0 in the Pod’s user namespace maps to an unprivileged UID on the node, so those two checks no longer protect anything; the other Restricted checks (capabilities, seccomp, privilege escalation, volumes) still apply.',
      },
      {
        text: 'It makes dropping capabilities and seccomp unnecessary.',
        correct: false,
        why: 'It is a strong extra layer, not a replacement for the other controls.',
      },
      {
        text: 'It is an alpha feature that needs a feature gate in v1.37.',
        correct: false,
        why: 'User namespaces for Pods went GA in v1.36 (on by default since v1.33).',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/security-contexts#user-namespaces', label: 'User namespaces'},
  },
  {
    id: 'cks-4-isolation-soft-vs-hard',
    competencies: ['CKS-4.3', 'KCSA-3.5'],
    kind: 'scenario',
    prompt:
      'Two customers’ untrusted code will run in one cluster, in namespaces tenant-a and tenant-b. Namespaces with RBAC, quotas, default-deny NetworkPolicies and Restricted Pod Security are in place. What adds the most isolation against a kernel or runtime escape?',
    options: [
      {
        text: 'Run each tenant on dedicated nodes (taints, tolerations and node affinity) and in a sandboxed RuntimeClass such as gVisor or Kata.',
        correct: true,
        why: 'An escape from a shared-kernel container lands on the node. Dedicated nodes keep the neighbour off that node, and a sandbox makes the escape much harder.',
      },
      {
        text: 'More restrictive RBAC in each namespace.',
        correct: false,
        why: 'RBAC controls API access; it does nothing against a process escaping to the host kernel.',
      },
      {
        text: 'Separate namespaces are already hard isolation, so nothing else is needed.',
        correct: false,
        why: 'Namespaces are a soft boundary: workloads of different namespaces still share nodes and the kernel.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#soft-vs-hard',
      label: 'Soft and hard multi-tenancy',
    },
  },
  {
    id: 'cks-4-isolation-sandboxed-tenant-deployment',
    competencies: ['CKS-4.3', 'CKS-4.1'],
    kind: 'scenario',
    prompt: 'Which statements about this tenant Deployment are true? Choose all that apply.',
    example: 'multi-tenancy/restricted-passes-sandboxed-tenant-deployment.yaml',
    options: [
      {
        text: 'It passes the Restricted Pod Security level.',
        correct: true,
        why: 'It runs as non-root, drops ALL capabilities, forbids privilege escalation and sets RuntimeDefault seccomp.',
      },
      {
        text: 'It runs only on nodes labelled tenant=tenant-a, in the gvisor sandbox.',
        correct: true,
        why: 'The required node affinity pins it to tenant-a’s nodes and runtimeClassName selects the sandbox.',
      },
      {
        text: 'Its Pods hold a service account token they can use against the API.',
        correct: false,
        why: 'automountServiceAccountToken: false means no token is mounted.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#node-isolation', label: 'Node isolation'},
    claims: [
      {file: 'multi-tenancy/restricted-passes-sandboxed-tenant-deployment.yaml', pss: 'restricted', passes: true},
    ],
  },
  // CKS-4.4 Pod-to-Pod encryption
  {
    id: 'cks-4-mtls-cilium-wireguard-scope',
    competencies: ['CKS-4.4', 'KCSA-2.9'],
    kind: 'concept',
    prompt:
      'Cilium transparent encryption with WireGuard is enabled. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'Pod traffic between nodes is encrypted without changing applications.',
        correct: true,
        why: 'Each node has a key pair and traffic leaving the node goes through the encrypted tunnel.',
      },
      {
        text: 'Traffic between two Pods on the same node is not encrypted by it.',
        correct: true,
        why: 'That traffic never leaves the node, so it never enters the tunnel.',
      },
      {
        text: 'It authenticates each workload’s identity, like mesh mTLS.',
        correct: false,
        why: 'It is node-to-node encryption. Workload identities tied to service accounts come from a mesh’s mutual TLS.',
      },
      {
        text: 'It protects traffic from an attacker who has root on one of the nodes.',
        correct: false,
        why: 'The node holds the keys and sees traffic before encryption; it protects the wire, not a compromised node.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#encrypting-pod-to-pod-traffic',
      label: 'Encrypting Pod-to-Pod traffic',
    },
  },
  {
    id: 'cks-4-mtls-istio-strict',
    competencies: ['CKS-4.4', 'KCSA-5.4'],
    kind: 'scenario',
    prompt:
      'In an Istio mesh, namespace payments must accept only mutually authenticated, encrypted connections from other workloads in the mesh, and refuse plain text. Which resource does that?',
    options: [
      {
        text: 'A PeerAuthentication in payments with mtls.mode: STRICT.',
        correct: true,
        why: 'STRICT makes the sidecars (or ztunnel) accept only mTLS; PERMISSIVE also accepts plain text during migration.',
      },
      {
        text: 'A NetworkPolicy with policyTypes: [Ingress] and a tls: true field.',
        correct: false,
        why: 'NetworkPolicy has no TLS field and works at layers 3 and 4 only.',
      },
      {
        text: 'An Ingress with a spec.tls section for every Service.',
        correct: false,
        why: 'Ingress TLS covers clients outside the cluster reaching the edge, not Pod-to-Pod traffic.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#encrypting-pod-to-pod-traffic',
      label: 'Encrypting Pod-to-Pod traffic',
    },
  },
  {
    id: 'cks-4-mtls-verify-cilium',
    competencies: ['CKS-4.4'],
    kind: 'scenario',
    prompt:
      'You must prove that Cilium’s transparent encryption is on in a cluster. Which checks give real evidence? Choose all that apply.',
    options: [
      {
        text: 'Run cilium-dbg encrypt status inside a Cilium agent Pod (kubectl -n kube-system exec ds/cilium -- cilium-dbg encrypt status).',
        correct: true,
        why: 'The agent reports the encryption mode (WireGuard or IPsec) and its state on that node.',
      },
      {
        text: 'Look for enable-wireguard or enable-ipsec set to true in the cilium-config ConfigMap.',
        correct: true,
        why: 'Those keys are how Cilium’s encryption is configured; combine with the agent status, because configuration alone does not prove it is active.',
      },
      {
        text: 'Check that every namespace has a default-deny NetworkPolicy.',
        correct: false,
        why: 'NetworkPolicy restricts who may connect; it does not encrypt anything.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#encrypting-pod-to-pod-traffic',
      label: 'Encrypting Pod-to-Pod traffic',
    },
  },
  {
    id: 'cks-4-secrets-key-rotation-order',
    competencies: ['CKS-4.2'],
    kind: 'scenario',
    prompt:
      'Three API servers share the EncryptionConfiguration below during a rotation from key1 to key2. It is now live on all three. What must happen before key1 is removed?',
    example: 'secrets/encryption-config-rotation.yaml',
    options: [
      {
        text: 'Rewrite every Secret (kubectl get secrets -A -o json | kubectl replace -f -), so all of them are encrypted with key2.',
        correct: true,
        why: 'Objects written before the switch still carry the key1 prefix. Removing key1 first would make them unreadable, and the only recovery is to put key1 back.',
      },
      {
        text: 'Nothing: new writes already use key2, so key1 can go now.',
        correct: false,
        why: 'Old Secrets are not re-encrypted by themselves; they stay on key1 until written again.',
      },
      {
        text: 'Move key1 back to the first position.',
        correct: false,
        why: 'That would make new writes use the old key again, undoing the rotation.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/secrets-and-encryption#key-rotation', label: 'Rotate a local key'},
  },
];
