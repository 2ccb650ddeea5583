import type {Question} from '../questions';

/** Questions for KCSA domain 3, Kubernetes Security Fundamentals. */
export const questions: readonly Question[] = [
  {
    id: 'pss-no-seccomp-restricted',
    competencies: ['KCSA-3.1', 'CKS-4.1'],
    kind: 'scenario',
    prompt:
      'A namespace enforces the Restricted level. A developer applies the Pod below. What does Pod Security Admission do?',
    example: 'pod-security/restricted-fails-no-seccomp.yaml',
    options: [
      {
        text: 'It rejects the Pod, because no seccomp profile is set on the pod or the container.',
        correct: true,
        why: 'Restricted requires seccompProfile.type RuntimeDefault or Localhost, at pod or container level. The Pod sets neither, so the Restricted seccomp check fails and enforce mode denies the request.',
      },
      {
        text: 'It admits the Pod, because it runs as non-root, drops ALL capabilities and forbids privilege escalation.',
        correct: false,
        why: 'Those three settings satisfy three Restricted checks, but every check must pass. The missing seccomp profile still fails one.',
      },
      {
        text: 'It admits the Pod and sets seccompProfile to RuntimeDefault for it.',
        correct: false,
        why: 'Pod Security Admission only validates; it never changes a Pod. Defaulting seccomp happens on the node, through the kubelet seccompDefault setting, which the admission check does not take into account.',
      },
      {
        text: 'It admits the Pod with a warning, because seccomp is only checked in warn mode.',
        correct: false,
        why: 'Every check applies in all three modes. The namespace enforces Restricted, so a failing check denies the Pod.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/pod-security-standards#restricted-controls',
      label: 'Restricted controls',
    },
    claims: [{file: 'pod-security/restricted-fails-no-seccomp.yaml', pss: 'restricted', passes: false}],
  },
  {
    id: 'pss-no-seccomp-baseline',
    competencies: ['KCSA-3.1'],
    kind: 'scenario',
    prompt: 'Which Pod Security levels does this Pod meet?',
    example: 'pod-security/restricted-fails-no-seccomp.yaml',
    options: [
      {
        text: 'Privileged and Baseline, but not Restricted.',
        correct: true,
        why: 'Baseline forbids an explicitly Unconfined seccomp profile but allows an unset one, so the Pod meets Baseline. Restricted requires the profile to be set, so it fails there.',
      },
      {
        text: 'Privileged only.',
        correct: false,
        why: 'Nothing in the Pod uses what Baseline forbids: host namespaces, privileged mode, hostPath volumes, host ports, added capabilities and the like.',
      },
      {
        text: 'All three levels.',
        correct: false,
        why: 'Restricted requires a seccomp profile of RuntimeDefault or Localhost, and this Pod sets none.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/pod-security-standards#levels', label: 'Three cumulative levels'},
    claims: [
      {file: 'pod-security/restricted-fails-no-seccomp.yaml', pss: 'baseline', passes: true},
      {file: 'pod-security/restricted-fails-no-seccomp.yaml', pss: 'restricted', passes: false},
    ],
  },
  {
    id: 'psa-modes-warn-audit',
    competencies: ['KCSA-3.2'],
    kind: 'concept',
    prompt: 'Which Pod Security Admission modes let a violating Pod be created? Choose all that apply.',
    options: [
      {
        text: 'warn',
        correct: true,
        why: 'warn returns a warning to the client, such as kubectl, and lets the request through.',
      },
      {
        text: 'audit',
        correct: true,
        why: 'audit records the violation as an annotation on the audit event and lets the request through.',
      },
      {
        text: 'enforce',
        correct: false,
        why: 'enforce rejects a Pod that violates the level, so it is never created.',
      },
    ],
    source: {to: '/docs/fundamentals/admission/pod-security-admission#modes', label: 'Pod Security Admission modes'},
  },
  {
    id: 'kcsa-3-pss-host-network-baseline',
    competencies: ['KCSA-3.1'],
    kind: 'scenario',
    prompt: 'Which Pod Security levels does this Pod meet?',
    example: 'pod-security/baseline-fails-host-network.yaml',
    options: [
      {
        text: 'Privileged only.',
        correct: true,
        why: 'hostNetwork: true fails the Baseline host namespaces control, and every Baseline control is also part of Restricted, so only the unrestricted Privileged level remains.',
      },
      {
        text: 'Privileged and Baseline, because the Pod is not privileged and adds no capabilities.',
        correct: false,
        why: 'Baseline checks more than privileged mode and capabilities. Sharing the node’s network namespace is forbidden on its own.',
      },
      {
        text: 'Privileged and Restricted but not Baseline.',
        correct: false,
        why: 'The levels are cumulative: Restricted contains every Baseline control, so a Pod cannot pass Restricted while failing Baseline.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/pod-security-standards#host-namespaces', label: 'Host namespaces'},
    claims: [
      {file: 'pod-security/baseline-fails-host-network.yaml', pss: 'baseline', passes: false},
      {file: 'pod-security/baseline-fails-host-network.yaml', pss: 'privileged', passes: true},
    ],
  },
  {
    id: 'kcsa-3-pss-restricted-volume-types',
    competencies: ['KCSA-3.1'],
    kind: 'scenario',
    prompt:
      'This Pod runs as non-root, uses the RuntimeDefault seccomp profile, drops ALL capabilities and forbids privilege escalation. It still fails the Restricted level. Why?',
    example: 'pod-security/restricted-fails-nfs-volume.yaml',
    options: [
      {
        text: 'It uses an nfs volume, and Restricted allows only a fixed list of volume types.',
        correct: true,
        why: 'Restricted permits configMap, csi, downwardAPI, emptyDir, ephemeral, image (since Kubernetes v1.33), persistentVolumeClaim, projected and secret volumes. Network file systems such as nfs must be reached through a PersistentVolumeClaim instead.',
      },
      {
        text: 'runAsUser is set to a fixed UID, which Restricted forbids.',
        correct: false,
        why: 'Restricted forbids only runAsUser: 0. A non-zero UID such as 10001 is allowed.',
      },
      {
        text: 'It does not set readOnlyRootFilesystem: true.',
        correct: false,
        why: 'A read-only root filesystem is good practice but no Pod Security level requires it.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/pod-security-standards#restricted-volumes',
      label: 'Restricted volume types',
    },
    claims: [
      {file: 'pod-security/restricted-fails-nfs-volume.yaml', pss: 'restricted', passes: false},
      {file: 'pod-security/restricted-fails-nfs-volume.yaml', pss: 'baseline', passes: true},
    ],
  },
  {
    id: 'kcsa-3-psa-deployment-template-warn-only',
    competencies: ['KCSA-3.2'],
    kind: 'scenario',
    prompt:
      'Namespace shop enforces Restricted. A developer applies a Deployment whose Pod template runs as root with no seccomp profile. What do they see, and what happens to the Pods?',
    options: [
      {
        text: 'The Deployment is created with a warning; the Pods its ReplicaSet tries to create are rejected, so it shows zero ready replicas.',
        correct: true,
        why: 'enforce applies to Pod objects only. Workload resources with Pod templates get warn and audit checks (warn defaults to the enforce level when no warn label is set), so the Deployment is stored, and each Pod the controller creates is denied.',
      },
      {
        text: 'kubectl apply fails with 403 Forbidden, and no Deployment is stored.',
        correct: false,
        why: 'Pod Security Admission never rejects a workload resource in enforce mode; it rejects the Pods created from it.',
      },
      {
        text: 'The Pods start, because PSA only checks Pods that users create directly.',
        correct: false,
        why: 'Pods created by controllers go through admission like any other Pod, and the namespace’s enforce level applies to them.',
      },
    ],
    source: {
      to: '/docs/fundamentals/admission/pod-security-admission#how-it-works',
      label: 'How a request is evaluated',
    },
  },
  {
    id: 'kcsa-3-psa-version-pinning',
    competencies: ['KCSA-3.2'],
    kind: 'scenario',
    prompt:
      'The cluster is upgraded from v1.37 to v1.38. What do the labels on this namespace mean for its Pods? Choose all that apply.',
    example: 'admission/namespace-pod-security-labels.yaml',
    options: [
      {
        text: 'Pods are still enforced against the Baseline rules as they were in v1.37, so a control added or tightened in v1.38 cannot start rejecting them.',
        correct: true,
        why: 'enforce-version pins the version of the policy rules, not the API server. The enforced rules stay those of v1.37 after the upgrade.',
      },
      {
        text: 'Warnings and audit annotations use the newest Restricted rules of the running API server.',
        correct: true,
        why: 'warn-version and audit-version are latest, so they follow the API server’s newest rules and show the gap to the next level.',
      },
      {
        text: 'The API server refuses to start on v1.38 until the enforce-version label is updated.',
        correct: false,
        why: 'A pinned older version is valid on a newer server; that is the purpose of pinning.',
      },
      {
        text: 'Pods that violate Restricted are rejected, because audit: restricted is stricter than enforce.',
        correct: false,
        why: 'Only the enforce mode rejects. audit adds an annotation to the audit event and admits the Pod.',
      },
    ],
    source: {to: '/docs/fundamentals/admission/pod-security-admission#namespace-labels', label: 'Namespace labels'},
  },
  {
    id: 'kcsa-3-psa-exempt-controller-danger',
    competencies: ['KCSA-3.2'],
    kind: 'concept',
    prompt:
      'An operator adds system:serviceaccount:kube-system:replicaset-controller to the usernames exemptions of the PodSecurity admission configuration, to stop "noise" from controllers. What is the effect?',
    options: [
      {
        text: 'Every Pod created from a Deployment skips Pod Security, so anyone who can create a Deployment can run privileged Pods.',
        correct: true,
        why: 'Exemptions match the user who sends the Pod create request. For Deployment Pods that is the ReplicaSet controller, so the exemption covers them all, whoever wrote the Deployment.',
      },
      {
        text: 'Nothing: exemptions only apply to human users.',
        correct: false,
        why: 'usernames matches any authenticated or impersonated user name, service accounts included.',
      },
      {
        text: 'Only Pods in kube-system are exempted, because the service account lives there.',
        correct: false,
        why: 'The namespace of the exempted account does not limit where its requests are exempt. The controller creates Pods in every namespace.',
      },
    ],
    source: {
      to: '/docs/fundamentals/admission/pod-security-admission#exemptions',
      label: 'Cluster-wide defaults and exemptions',
    },
  },
  {
    id: 'kcsa-3-authn-anonymous-identity',
    competencies: ['KCSA-3.3'],
    kind: 'concept',
    prompt:
      'kube-apiserver runs with its default --anonymous-auth=true. A request with no credentials arrives. What happens to it?',
    options: [
      {
        text: 'It is authenticated as system:anonymous in the group system:unauthenticated and then goes through authorization like any other request.',
        correct: true,
        why: 'Anonymous access does not mean "allowed"; it means the request gets an identity that RBAC then judges. Default RBAC grants it only health and version endpoints.',
      },
      {
        text: 'It is rejected with 401 before authorization.',
        correct: false,
        why: 'That is the behaviour with --anonymous-auth=false (or when an earlier authenticator rejects invalid credentials). With the default, unauthenticated requests become system:anonymous.',
      },
      {
        text: 'It is allowed everything, because anonymous requests skip authorization.',
        correct: false,
        why: 'Every request is authorized; only members of system:masters are allowed by a built-in rule that runs before RBAC or webhooks, and an anonymous request is never in that group. The danger is a careless RoleBinding to system:anonymous or system:unauthenticated.',
      },
    ],
    source: {to: '/docs/fundamentals/authentication/authentication-methods#anonymous', label: 'Anonymous requests'},
  },
  {
    id: 'kcsa-3-authn-x509-subject-mapping',
    competencies: ['KCSA-3.3', 'KCSA-5.5'],
    kind: 'scenario',
    prompt:
      'A client certificate signed by the cluster CA has subject CN=jane, O=developers, O=system:masters. It is within its validity period and has the client auth usage. How does kube-apiserver treat it?',
    options: [
      {
        text: 'As user jane in groups developers and system:masters, which allows every request without consulting RBAC.',
        correct: true,
        why: 'CN becomes the username and each O a group. Requests from members of system:masters are allowed by a built-in check that runs before RBAC, webhook or any other configured authorizer.',
      },
      {
        text: 'As user jane in group developers only; the API server strips system: groups from certificates.',
        correct: false,
        why: 'The API server takes the groups from the certificate as they are. The CertificateSubjectRestriction admission plugin only stops the CSR API from issuing such a certificate for the kube-apiserver-client signer.',
      },
      {
        text: 'It can be revoked by deleting jane’s RoleBindings, which removes all her access.',
        correct: false,
        why: 'Bindings do not matter for system:masters, and certificates have no revocation. Only expiry or rotating the client CA ends this credential.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/x509-client-certificates#identity-mapping',
      label: 'How the API server maps a certificate to a user',
    },
  },
  {
    id: 'kcsa-3-authn-projected-token',
    competencies: ['KCSA-3.3'],
    kind: 'concept',
    prompt:
      'What is true of the service account token that the kubelet mounts into a Pod by default in v1.37? Choose all that apply.',
    options: [
      {
        text: 'It is requested through the TokenRequest API and expires; the kubelet refreshes it before it does.',
        correct: true,
        why: 'The kubelet asks for a token of about an hour (expirationSeconds 3607) and writes a new one at 80 percent of that, or after 24 hours at most. With the default --service-account-extend-token-expiration=true the API server stretches the exp of such tokens to up to a year for old clients and flags use after the hour as stale in the audit log, but the token still expires, unlike a legacy Secret-based token.',
      },
      {
        text: 'It is bound to the Pod, so it stops being accepted once the Pod is deleted.',
        correct: true,
        why: 'The token carries the Pod’s name and UID. When it validates the token, the API server checks that this Pod still exists, and rejects the token once the Pod’s deletion timestamp (the end of its termination grace period) is more than a minute in the past.',
      },
      {
        text: 'It is stored in a Secret of type kubernetes.io/service-account-token in the Pod’s namespace.',
        correct: false,
        why: 'Projected tokens are not stored in the API at all. Auto-created token Secrets were the legacy mechanism, stopped in v1.24.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/service-accounts#projected-token',
      label: 'How a pod gets its token',
    },
  },
  {
    id: 'kcsa-3-authz-can-i-as-groups',
    competencies: ['KCSA-3.3'],
    kind: 'scenario',
    prompt:
      'An admin checks whether Jane, who gets the group payments-devs from the OIDC provider, may read Pods. kubectl auth can-i get pods -n payments --as jane@example.com prints "no", yet Jane can read Pods. What explains it?',
    options: [
      {
        text: 'The check impersonated Jane with no groups; the RoleBinding names the group payments-devs, so the admin must add --as-group payments-devs.',
        correct: true,
        why: 'The API server cannot know which groups an identity provider would assert for a human. Without --as-group the check tests a user with no groups and gives a misleading answer.',
      },
      {
        text: 'kubectl auth can-i only checks ClusterRoleBindings.',
        correct: false,
        why: 'can-i sends a SelfSubjectAccessReview that the authorizers evaluate in full, RoleBindings included.',
      },
      {
        text: 'Impersonation is always evaluated as system:anonymous.',
        correct: false,
        why: 'Impersonation makes the request run as the named user; it does not fall back to anonymous.',
      },
    ],
    source: {to: '/docs/fundamentals/authorization/checking-access#can-i-as', label: 'Asking about someone else'},
  },
  {
    id: 'kcsa-3-secrets-base64-not-encryption',
    competencies: ['KCSA-3.4'],
    kind: 'concept',
    prompt:
      'A new cluster has no EncryptionConfiguration. Which statements about its Secrets are true? Choose all that apply.',
    options: [
      {
        text: 'The values in data are base64-encoded, which anyone who can read the object can decode.',
        correct: true,
        why: 'Base64 makes binary values safe to carry in JSON and YAML; it is an encoding, not a protection.',
      },
      {
        text: 'kube-apiserver writes them to etcd unencrypted, so an etcd backup exposes every Secret.',
        correct: true,
        why: 'Without --encryption-provider-config the API server stores Secrets as they are. Anyone with etcd, its data directory or a backup reads them.',
      },
      {
        text: 'etcd encrypts them with its peer TLS key.',
        correct: false,
        why: 'TLS protects data in transit between etcd members and clients. It does nothing for data stored on disk.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/secrets-and-encryption#what-a-secret-is', label: 'What a Secret is'},
  },
  {
    id: 'kcsa-3-secrets-provider-order',
    competencies: ['KCSA-3.4'],
    kind: 'scenario',
    prompt:
      'An EncryptionConfiguration for secrets lists providers in this order: identity, then aescbc with key1. The API server is restarted with it. What happens?',
    snippet: {
      language: 'yaml',
      code: 'resources:\n  - resources: ["secrets"]\n    providers:\n      - identity: {}\n      - aescbc:\n          keys:\n            - name: key1\n              secret: <base64 32-byte key>',
    },
    options: [
      {
        text: 'New and updated Secrets are written in plaintext, because the first provider is used for writes and identity does not encrypt.',
        correct: true,
        why: 'Only the first provider encrypts. identity first switches encryption off for writes; aescbc is then used only to read data that was written with key1 earlier.',
      },
      {
        text: 'Secrets are encrypted with aescbc, because identity is skipped when a real provider is listed.',
        correct: false,
        why: 'Providers are not ranked by strength. The order is the configuration: put the encrypting provider first and identity last.',
      },
      {
        text: 'The API server refuses to start because identity must be last.',
        correct: false,
        why: 'identity first is a valid configuration, used deliberately when decrypting everything back to plaintext. It is just not encryption.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/secrets-and-encryption#encryption-at-rest',
      label: 'Encryption at rest',
    },
  },
  {
    id: 'kcsa-3-secrets-kms-v2',
    competencies: ['KCSA-3.4', 'KCSA-4.6'],
    kind: 'concept',
    prompt: 'Why do the docs recommend the kms (v2) provider over aescbc or secretbox for production?',
    options: [
      {
        text: 'The key encryption key stays in an external KMS, so a stolen copy of a control plane disk or an etcd backup does not contain what is needed to decrypt the data.',
        correct: true,
        why: 'Local providers keep the key in the EncryptionConfiguration file beside the API server. With KMS v2 only a wrapped seed is stored next to the data; unwrapping it needs the external KMS, which can also revoke access. (Root on a running control plane node can still ask the plugin to decrypt, so KMS is not a defence against that.)',
      },
      {
        text: 'KMS v2 makes Secrets unreadable to users who have get on secrets.',
        correct: false,
        why: 'Encryption at rest is transparent to API clients. Anyone authorized to read a Secret gets it decrypted.',
      },
      {
        text: 'KMS v2 needs no plugin; kube-apiserver talks to the cloud KMS directly.',
        correct: false,
        why: 'The API server talks gRPC to a KMS plugin on a UNIX socket on each control plane node; the plugin holds the credentials for the external KMS.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/secrets-and-encryption#kms-v2', label: 'KMS v2 envelope encryption'},
  },
  {
    id: 'kcsa-3-namespace-what-is-shared',
    competencies: ['KCSA-3.5'],
    kind: 'concept',
    prompt:
      'Two teams get one namespace each and nothing else is configured. Which of the following are still shared between them? Choose all that apply.',
    options: [
      {
        text: 'The Pod network: each team’s Pods can reach the other’s.',
        correct: true,
        why: 'Without NetworkPolicy every Pod can reach every other Pod, and DNS resolves every Service in every namespace.',
      },
      {
        text: 'The node kernel, when their Pods are scheduled on the same node.',
        correct: true,
        why: 'Containers on a node share its Linux kernel, runtime and kubelet, so a kernel exploit crosses namespace boundaries.',
      },
      {
        text: 'Cluster-scoped objects such as CustomResourceDefinitions, ClusterRoles and admission webhooks.',
        correct: true,
        why: 'Cluster-scoped objects belong to no namespace, so anyone with rights on them affects every tenant.',
      },
      {
        text: 'Secrets: a Pod in one namespace can mount a Secret from the other by name.',
        correct: false,
        why: 'A Pod can only mount Secrets and ConfigMaps from its own namespace and run as a ServiceAccount of its own namespace.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#what-namespaces-isolate',
      label: 'What a namespace isolates, and what it does not',
    },
  },
  {
    id: 'kcsa-3-isolation-taints-not-access-control',
    competencies: ['KCSA-3.5'],
    kind: 'scenario',
    prompt:
      'Tenant A gets a dedicated node pool: the nodes are labelled tenant=tenant-a and tainted tenant=tenant-a:NoSchedule, and tenant A’s Pods carry the matching toleration and node affinity. Tenant B can create Pods in its own namespace. What stops tenant B from landing a Pod on tenant A’s nodes?',
    options: [
      {
        text: 'Nothing yet: tenant B can add the same toleration and node selector to its own Pods; an admission control such as PodTolerationRestriction, PodNodeSelector or a ValidatingAdmissionPolicy must enforce placement.',
        correct: true,
        why: 'Taints repel Pods that do not tolerate them, but anyone who writes a Pod spec can add any toleration. Placement becomes a boundary only when admission enforces it per namespace.',
      },
      {
        text: 'The taint: a NoSchedule taint can only be tolerated by Pods in the namespace named in its value.',
        correct: false,
        why: 'A taint’s value is just a string to match. It carries no namespace semantics.',
      },
      {
        text: 'RBAC: creating a Pod with a toleration needs a separate permission.',
        correct: false,
        why: 'Tolerations are part of the Pod spec; create on pods covers all of its fields.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#node-isolation',
      label: 'Dedicated node pools',
    },
  },
  {
    id: 'kcsa-3-isolation-sandboxed-runtime',
    competencies: ['KCSA-3.5'],
    kind: 'concept',
    prompt:
      'A platform runs untrusted customer code and worries about kernel exploits reachable from containers. What does a RuntimeClass that selects gVisor or Kata Containers add?',
    options: [
      {
        text: 'A stronger boundary than Linux namespaces: gVisor serves system calls from a user-space kernel, and Kata runs each Pod in a lightweight VM with its own guest kernel.',
        correct: true,
        why: 'Either way the untrusted code no longer talks directly to the node’s kernel, so many kernel bugs it could reach are not reachable on the host.',
      },
      {
        text: 'It makes Pod Security checks unnecessary, since privileged settings only affect the sandbox.',
        correct: false,
        why: 'A privileged Pod in a sandbox is still privileged inside it, and hostPath or host namespaces still expose the node. Keep Pod Security enforced.',
      },
      {
        text: 'It isolates the Pod’s network from other tenants.',
        correct: false,
        why: 'Sandboxing concerns the kernel boundary. Network isolation still needs NetworkPolicy or another network control.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#sandboxes', label: 'Sandboxed runtimes'},
  },
  {
    id: 'kcsa-3-audit-first-match',
    competencies: ['KCSA-3.6'],
    kind: 'scenario',
    prompt:
      'An audit policy starts with the rules below. What is logged when a user runs kubectl get secret db-password -n shop?',
    snippet: {
      language: 'yaml',
      code: 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: RequestResponse\n    resources:\n      - group: ""\n  - level: Metadata\n    resources:\n      - group: ""\n        resources: ["secrets"]',
    },
    options: [
      {
        text: 'A RequestResponse event whose responseObject contains the Secret’s data.',
        correct: true,
        why: 'Rules are evaluated in order and the first match decides. The first rule matches every core-group resource, Secrets included, so the Metadata rule is never reached.',
      },
      {
        text: 'A Metadata event, because the more specific rule for secrets wins.',
        correct: false,
        why: 'There is no specificity ranking in audit policies. Narrow exceptions must come before broad rules.',
      },
      {
        text: 'Nothing, because get requests are never audited.',
        correct: false,
        why: 'Reads are audited like writes when a rule matches them. Here the first rule matches.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#policy', label: 'Writing the policy'},
  },
  {
    id: 'kcsa-3-audit-forbidden-list',
    competencies: ['KCSA-3.6', 'KCSA-5.3'],
    kind: 'scenario',
    prompt: 'What does this audit event tell you?',
    example: 'audit-logging/event-forbidden-secret-list.yaml',
    options: [
      {
        text: 'jane@example.com tried to list Secrets across all namespaces with kubectl and RBAC denied it.',
        correct: true,
        why: 'verb list, no namespace in objectRef, code 403 and the authorization decision forbid say exactly that. A burst of such denials is a typical sign of a credential probing its rights.',
      },
      {
        text: 'Jane read the Secret values, which is why the event is at Metadata level.',
        correct: false,
        why: 'The response was 403 Forbidden; nothing was returned. The level only decides how much of the request is recorded.',
      },
      {
        text: 'The request was rejected by an admission webhook.',
        correct: false,
        why: 'Admission only sees writes, and this is a read. The annotations show the authorizer’s forbid decision.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#investigate', label: 'Investigating with jq'},
  },
  {
    id: 'kcsa-3-audit-levels-content',
    competencies: ['KCSA-3.6'],
    kind: 'concept',
    prompt: 'Which audit level records who created a Role and the rules it contained, without recording responses?',
    options: [
      {
        text: 'Request',
        correct: true,
        why: 'Request adds the request body (requestObject) to the metadata, which for a create is the object being created.',
      },
      {
        text: 'Metadata',
        correct: false,
        why: 'Metadata records user, verb, resource, name and response code, but no body, so the rules are missing.',
      },
      {
        text: 'RequestResponse',
        correct: false,
        why: 'It would include the rules too, but it also records the response body, which is more than the question asks for.',
      },
      {
        text: 'None',
        correct: false,
        why: 'None drops the event entirely.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#levels', label: 'Audit levels'},
  },
  {
    id: 'kcsa-3-netpol-and-vs-or',
    competencies: ['KCSA-3.7'],
    kind: 'scenario',
    prompt:
      'Both policies select the web Pods in namespace shop. Which Pods can reach port 9090 under the second policy, metrics-from-monitoring-or?',
    example: 'network-policies/selector-and-vs-or.yaml',
    options: [
      {
        text: 'Every Pod in any namespace labelled team=observability, plus Pods labelled role=monitoring in shop.',
        correct: true,
        why: 'The from list has two peers, and a connection matching any peer is allowed. Each selector therefore opens its own path.',
      },
      {
        text: 'Only Pods labelled role=monitoring that run in a team=observability namespace.',
        correct: false,
        why: 'That is the first policy, where both selectors sit in one peer and must both match.',
      },
      {
        text: 'Pods labelled role=monitoring in any namespace.',
        correct: false,
        why: 'A podSelector on its own selects Pods in the policy’s own namespace only, here shop.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/network-policies#selectors', label: 'Selectors and the AND/OR pitfall'},
  },
  {
    id: 'kcsa-3-netpol-default-deny-dns',
    competencies: ['KCSA-3.7'],
    kind: 'scenario',
    prompt:
      'This policy is applied in namespace shop and nothing else is added. Shortly after, the shop applications appear to hang when calling other Services by name. Why?',
    example: 'network-policies/default-deny-all.yaml',
    options: [
      {
        text: 'The policy isolates every Pod for egress too, so DNS queries to CoreDNS in kube-system are dropped; an egress rule to CoreDNS on UDP and TCP 53 is needed.',
        correct: true,
        why: 'An empty podSelector with Egress in policyTypes denies all outgoing connections, name lookups included. Allow DNS right after default deny.',
      },
      {
        text: 'Default deny also blocks the return traffic of allowed connections.',
        correct: false,
        why: 'Replies to allowed connections are always permitted; there are no allowed connections here, which is the actual problem.',
      },
      {
        text: 'The policy stops kube-proxy from programming Service rules for shop.',
        correct: false,
        why: 'kube-proxy is unaffected by NetworkPolicy. The Services still exist; the Pods just cannot resolve or reach them.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/network-policies#default-deny', label: 'Default deny first'},
  },
  {
    id: 'kcsa-3-netpol-policytypes-omitted',
    competencies: ['KCSA-3.7'],
    kind: 'concept',
    prompt:
      'A NetworkPolicy has a podSelector and an ingress section but no policyTypes and no egress section. How does it affect the selected Pods?',
    options: [
      {
        text: 'They are isolated for ingress only; their egress stays open.',
        correct: true,
        why: 'When policyTypes is omitted, Ingress is always assumed and Egress is added only if the policy has an egress section.',
      },
      {
        text: 'They are isolated in both directions, and egress is denied.',
        correct: false,
        why: 'Egress isolation needs Egress in policyTypes, explicitly or through an egress section.',
      },
      {
        text: 'The API server rejects the policy because policyTypes is required.',
        correct: false,
        why: 'policyTypes is optional and defaulted as described.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/network-policies#semantics',
      label: 'How the API decides what is allowed',
    },
  },
  {
    id: 'kcsa-3-netpol-needs-enforcing-cni',
    competencies: ['KCSA-3.7', 'KCSA-5.6'],
    kind: 'scenario',
    prompt:
      'A team writes a default-deny NetworkPolicy for its database namespace and sees it in kubectl get netpol. The cluster uses Flannel as its only network plugin. A test Pod in another namespace still connects to the database. Why?',
    options: [
      {
        text: 'Flannel provides connectivity only and enforces no NetworkPolicy; the API stores the policy but nothing acts on it.',
        correct: true,
        why: 'Kubernetes itself does not enforce NetworkPolicy. The CNI plugin must, and Flannel alone does not; pair it with Calico or use a plugin that enforces policies.',
      },
      {
        text: 'kube-proxy enforces NetworkPolicy only after it is restarted.',
        correct: false,
        why: 'kube-proxy implements Services. It never enforces NetworkPolicy.',
      },
      {
        text: 'Policies only apply to Pods created after the policy.',
        correct: false,
        why: 'An enforcing plugin applies a policy to existing and new Pods that match its selector.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#what-the-cni-plugin-enforces',
      label: 'What the CNI plugin enforces',
    },
  },
];
