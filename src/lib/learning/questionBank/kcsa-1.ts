import type {Question} from '../questions';

/** Questions for KCSA domain 1, Overview of Cloud Native Security. */
export const questions: readonly Question[] = [
  // KCSA-1.1: the 4C's of cloud native security
  {
    id: 'kcsa-1-four-cs-attack-chain-layers',
    competencies: ['KCSA-1.1', 'KCSA-1.2'],
    kind: 'scenario',
    prompt:
      "A penetration test report describes one chain: a server-side request forgery bug in a web application lets the tester make the Pod fetch http://169.254.169.254/, which returns the node's cloud credentials; from inside the container the tester also reads a mounted service account token that may list Secrets in its namespace. Which 4C layers does this chain cross? Choose all that apply.",
    options: [
      {
        text: 'Code',
        correct: true,
        why: 'The way in is a bug in the application itself (server-side request forgery), which is a code-layer weakness.',
      },
      {
        text: 'Cluster',
        correct: true,
        why: 'What the mounted token may do is decided by RBAC, and whether the token is mounted at all is Kubernetes configuration: both are cluster-layer controls that failed here.',
      },
      {
        text: 'Cloud',
        correct: true,
        why: 'The metadata service and the node identity it hands out belong to the cloud layer. Hardening it (IMDSv2 with a hop limit of 1, workload identity) is a cloud-layer control.',
      },
      {
        text: 'None except Code: once the application is fixed, the other findings no longer matter.',
        correct: false,
        why: 'Every application has bugs. Fixing this one leaves the over-powered token and the reachable metadata service for the next one; defense in depth means each layer must hold on its own.',
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#layers', label: 'The layers and why they nest'},
  },
  {
    id: 'kcsa-1-four-cs-inner-cannot-compensate',
    competencies: ['KCSA-1.1'],
    kind: 'scenario',
    prompt:
      'Every application Pod in a cluster meets the Restricted Pod Security Standard and runs a well-reviewed code base. The etcd client port on the control plane nodes, however, accepts connections from the whole VPC without client certificates. What does the 4C model say about this cluster?',
    options: [
      {
        text: 'The hardened Pods do not help: anyone in the VPC can read and rewrite the whole cluster state through etcd, because an inner layer cannot make up for a weak outer one.',
        correct: true,
        why: 'Each layer is the trusted computing base of the one inside it. Direct etcd access skips authentication, authorization, admission and audit, so no container or code setting can stop it.',
      },
      {
        text: 'The cluster is safe enough, because Pod Security Admission also checks objects written to etcd directly.',
        correct: false,
        why: 'Admission runs inside the API server request path. An object written straight into etcd never passes through it, so no Pod Security check applies.',
      },
      {
        text: 'The risk is limited to the Container layer, so it is fixed by adding a seccomp profile to every Pod.',
        correct: false,
        why: 'An open etcd is a cluster-layer (and cloud network) weakness. Seccomp confines processes inside containers; it does nothing about a network client talking to etcd.',
      },
      {
        text: 'The risk only matters if the application code has a vulnerability, because the 4C model starts every attack at the Code layer.',
        correct: false,
        why: 'Attackers go to the weakest layer, not in order. An exposed etcd is a direct entry point that needs no application bug at all.',
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#layers', label: 'The layers and why they nest'},
  },
  {
    id: 'kcsa-1-four-cs-code-layer-controls',
    competencies: ['KCSA-1.1', 'KCSA-1.6'],
    kind: 'concept',
    prompt: 'Which of these controls belong to the Code layer of the 4C model? Choose all that apply.',
    options: [
      {
        text: "Software composition analysis and an SBOM for the application's dependencies",
        correct: true,
        why: 'Third-party libraries are part of the application, so tracking and updating them is a code-layer control.',
      },
      {
        text: "TLS between the application's services",
        correct: true,
        why: 'Encrypting service-to-service traffic is listed under the code layer: the application speaks TLS itself, or a mesh adds it transparently.',
      },
      {
        text: 'Labelling namespaces with `pod-security.kubernetes.io/enforce: restricted`',
        correct: false,
        why: 'Pod Security Admission is configured in the cluster and governs what workloads may run: a cluster-layer control.',
      },
      {
        text: 'Restricting the API server endpoint to private networks',
        correct: false,
        why: 'Network access to the control plane is a cloud (infrastructure) layer control: firewalls, private endpoints, authorized ranges.',
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#code', label: 'Code'},
  },
  {
    id: 'kcsa-1-lifecycle-phase-signature-admission',
    competencies: ['KCSA-1.1'],
    kind: 'concept',
    prompt:
      'The current kubernetes.io security overview organizes controls by the lifecycle phases of the CNCF Cloud Native Security Whitepaper instead of by the 4C layers. In which phase does verifying an image signature at admission, before a Pod is created, belong?',
    options: [
      {
        text: 'Deploy',
        correct: true,
        why: 'The Deploy phase restricts what can be deployed, by whom and where; policy enforced at admission, including signature verification, is the typical Deploy control.',
      },
      {
        text: 'Distribute',
        correct: false,
        why: 'Distribute covers producing and publishing trustworthy artifacts: scanning, signing, registry access. Signing happens there; checking the signature when the Pod is admitted is Deploy.',
      },
      {
        text: 'Develop',
        correct: false,
        why: 'Develop is about secure design, code review and threat modeling, before any artifact exists.',
      },
      {
        text: 'Runtime',
        correct: false,
        why: 'Runtime protects access, compute and storage while workloads run (seccomp, NetworkPolicy, detection). Admission happens before the Pod runs.',
      },
    ],
    source: {
      to: '/docs/fundamentals/four-cs-of-cloud-native-security#lifecycle-phases',
      label: 'The lifecycle phases framing',
    },
  },

  // KCSA-1.2: cloud provider and infrastructure security
  {
    id: 'kcsa-1-metadata-egress-policy-effect',
    competencies: ['KCSA-1.2'],
    kind: 'scenario',
    prompt:
      'This NetworkPolicy is applied in the `shop` namespace of a cluster whose CNI plugin enforces NetworkPolicy. Which statements are true? Choose all that apply.',
    example: 'fundamentals/deny-egress-to-cloud-metadata.yaml',
    options: [
      {
        text: 'Pods in `shop` can no longer reach 169.254.169.254, while DNS, in-cluster traffic and other IPv4 destinations stay open.',
        correct: true,
        why: 'The first rule allows every namespace (so CoreDNS and Services keep working); the second allows 0.0.0.0/0 except the metadata address. Everything not allowed is denied because the policy selects all Pods for Egress.',
      },
      {
        text: 'A second policy in `shop` that allows egress to 0.0.0.0/0 would make the metadata address reachable again.',
        correct: true,
        why: 'NetworkPolicies are additive allow-lists: a connection is allowed if any policy selecting the Pod allows it. The "except" in one policy cannot subtract from another.',
      },
      {
        text: 'A Pod in `shop` with `hostNetwork: true` is also blocked from the metadata address.',
        correct: false,
        why: "A hostNetwork Pod uses the node's network namespace. The NetworkPolicy API leaves hostNetwork Pods undefined and most plugins do not apply policy to them, so the egress rule cannot be relied on. Forbid host networking (Pod Security Baseline) to close this bypass.",
      },
      {
        text: 'The policy also blocks Pods in every other namespace from the metadata address.',
        correct: false,
        why: "A NetworkPolicy only selects Pods in its own namespace. Apply it in each application namespace, or use the CNI plugin's cluster-wide policy.",
      },
    ],
    source: {to: '/docs/attack-vectors/cloud-metadata-abuse#prevent', label: 'Cloud metadata abuse: Prevent'},
  },
  {
    id: 'kcsa-1-imdsv2-hop-limit-imdsv1-open',
    competencies: ['KCSA-1.2'],
    kind: 'scenario',
    prompt:
      'On an AWS cluster the platform team sets the instance metadata response hop limit to 1 on every node, but leaves IMDSv1 enabled "for old tools". A Pod on the Pod network runs `curl http://169.254.169.254/latest/meta-data/iam/security-credentials/`. What happens, and why?',
    options: [
      {
        text: "It can still read the node role's credentials, because IMDSv1 answers a plain GET and the hop limit only applies to the IMDSv2 session token.",
        correct: true,
        why: "The hop limit stops the PUT response that carries the IMDSv2 token from crossing into the Pod's network namespace. IMDSv1 needs no token, so the Pod reads credentials directly. Require IMDSv2 as well.",
      },
      {
        text: 'It is blocked, because a hop limit of 1 stops every metadata request that comes from a container.',
        correct: false,
        why: 'The hop limit is the TTL of the IMDSv2 token response, not a filter on requests. With IMDSv1 enabled no token is needed at all.',
      },
      {
        text: 'It is blocked, because Kubernetes drops Pod traffic to link-local addresses by default.',
        correct: false,
        why: "Kubernetes has no such default: without a NetworkPolicy or the provider's metadata protection, Pods on most clouds can reach 169.254.169.254.",
      },
      {
        text: "It gets the Pod's own service account token, because the metadata service is served by the kubelet.",
        correct: false,
        why: "The metadata service is run by the cloud provider for the VM; it knows nothing about Kubernetes service accounts and hands out the node's identity.",
      },
    ],
    source: {to: '/docs/attack-vectors/cloud-metadata-abuse#prevent', label: 'Cloud metadata abuse: Prevent'},
  },
  {
    id: 'kcsa-1-workload-identity-vs-node-role',
    competencies: ['KCSA-1.2'],
    kind: 'concept',
    prompt:
      'An application in a managed Kubernetes cluster needs to write to one object-storage bucket. Which approach follows cloud-layer least privilege?',
    options: [
      {
        text: "Give the workload its own cloud identity through the provider's workload identity feature, scoped to that bucket, and keep the node role minimal.",
        correct: true,
        why: "Workload identity ties a cloud role to a Kubernetes service account, so only this workload gets bucket access, and no Pod needs the node's identity.",
      },
      {
        text: "Add bucket write permission to the node's instance role, since the Pod runs on that node anyway.",
        correct: false,
        why: 'Every Pod on every node with that role could then use the permission, for example through the metadata endpoint. The node role should hold only what the kubelet, CNI and storage drivers need.',
      },
      {
        text: 'Create a long-lived access key and put it in the Deployment as an environment variable.',
        correct: false,
        why: 'A static key in the Pod spec is readable by anyone who can read the Deployment or Pod, never expires and leaks through logs and crash dumps.',
      },
      {
        text: "Mount the node's cloud configuration directory into the Pod with a read-only hostPath volume.",
        correct: false,
        why: "That hands the Pod the node's credentials (and often the kubelet's kubeconfig) and fails the Baseline Pod Security level because of the hostPath volume.",
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#cloud', label: 'Cloud'},
  },
  {
    id: 'kcsa-1-cloud-layer-network-rules',
    competencies: ['KCSA-1.2'],
    kind: 'concept',
    prompt:
      'You are writing cloud firewall rules for the nodes of a self-managed cluster. Which rules are sound? Choose all that apply.',
    options: [
      {
        text: 'Allow TCP 10250 on every node from the control plane nodes.',
        correct: true,
        why: 'The API server calls the kubelet API on 10250 for logs, exec and port-forward; blocking it breaks those commands.',
      },
      {
        text: 'Allow the Pod network traffic your CNI plugin uses between nodes (routed Pod CIDRs or its overlay ports).',
        correct: true,
        why: "Without it Pods on different nodes cannot reach each other and DNS fails. Check the plugin's documentation for its exact ports.",
      },
      {
        text: 'Allow TCP 2379 and 2380 from the worker nodes, so their kubelets can read cluster state from etcd.',
        correct: false,
        why: 'Kubelets never talk to etcd; only the API servers (client port 2379) and other etcd members (peer port 2380) should reach it.',
      },
      {
        text: 'Allow TCP 10255 from the internet so monitoring tools can read node metrics.',
        correct: false,
        why: 'Port 10255 is the kubelet read-only port: plain HTTP with no authentication that leaks Pod specs. It should be turned off and blocked everywhere.',
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#cloud', label: 'Cloud'},
  },

  // KCSA-1.3: security controls and frameworks
  {
    id: 'kcsa-1-cis-vs-nsa-cisa',
    competencies: ['KCSA-1.3'],
    kind: 'concept',
    prompt:
      'Which statements about the CIS Kubernetes Benchmark and the NSA/CISA Kubernetes Hardening Guidance are true? Choose all that apply.',
    options: [
      {
        text: 'The CIS Benchmark is a numbered list of prescriptive recommendations, each marked Automated or Manual.',
        correct: true,
        why: 'That is its structure; auditors cite checks by number, and tools such as kube-bench implement the Automated ones.',
      },
      {
        text: 'The NSA/CISA guidance gives broader advice (Pod security, network separation, audit, upgrades) but no numbered checks to run.',
        correct: true,
        why: 'It is a hardening guide, not a benchmark, which makes it useful for seeing what configuration checks do not cover.',
      },
      {
        text: 'A cluster that passes every Automated CIS check is secure against workload-level attacks.',
        correct: false,
        why: 'The benchmark checks component configuration, not what runs on the cluster. A privileged Pod or an over-broad RoleBinding can coexist with a clean kube-bench report.',
      },
      {
        text: 'The NSA/CISA guidance replaced the CIS Benchmark, which is no longer maintained.',
        correct: false,
        why: 'Both are current and complementary: CIS for measurable configuration checks, NSA/CISA for broader hardening practice.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/cis-benchmark-with-kube-bench#frameworks',
      label: 'Where the benchmark fits',
    },
  },
  {
    id: 'kcsa-1-kube-bench-fail-vs-warn',
    competencies: ['KCSA-1.3'],
    kind: 'scenario',
    prompt: 'A kube-bench run on a control plane node prints these lines. What do they tell you?',
    snippet: {
      language: 'text',
      code: '[FAIL] 1.2.5 Ensure that the --kubelet-certificate-authority argument is set as appropriate (Automated)\n[WARN] 1.2.9 Ensure that the admission control plugin EventRateLimit is set (Manual)\n[PASS] 1.2.15 Ensure that the --profiling argument is set to false (Automated)',
    },
    options: [
      {
        text: '1.2.5 is an Automated check whose test failed: a finding to fix or to accept with a reason.',
        correct: true,
        why: 'FAIL comes only from Automated checks: the audit result did not match the expected value, or the audit command itself failed. Rule out the second case, then fix or accept.',
      },
      {
        text: '1.2.9 is a Manual check: its test did not pass (EventRateLimit is not enabled, or the audit could not run), but the benchmark leaves the verdict to a person, so kube-bench reports WARN instead of FAIL.',
        correct: true,
        why: 'kube-bench reports an unscored (Manual) check as PASS when its test passes and as WARN otherwise. Read the remediation and decide whether the control fits your cluster.',
      },
      {
        text: 'Because 1.2.15 passed, the API server exposes no debugging endpoints at all.',
        correct: false,
        why: 'The check covers `--profiling` only, which closes `/debug/pprof`. A PASS proves exactly what the check tests and nothing more.',
      },
      {
        text: 'WARN lines are less important than FAIL lines and can be ignored in an audit.',
        correct: false,
        why: 'A Manual check can be as important as an Automated one; WARN only means the tool could not decide it for you.',
      },
    ],
    source: {to: '/docs/tools/kube-bench#output', label: 'kube-bench: how to read the output'},
  },
  {
    id: 'kcsa-1-stride-repudiation',
    competencies: ['KCSA-1.3'],
    kind: 'scenario',
    prompt:
      'During a threat-modeling session the team notes: "All six administrators use copies of the same certificate-based kubeconfig, and API server audit logging is not configured." Using STRIDE, which threat category does this finding represent most directly?',
    options: [
      {
        text: 'Repudiation',
        correct: true,
        why: 'With one shared identity and no audit log, nobody can prove which administrator made a change. Repudiation is the violation of non-repudiation; the controls are individual identities and audit logs shipped off the cluster.',
      },
      {
        text: 'Tampering',
        correct: false,
        why: 'Tampering is unauthorized modification of data or code. The finding is about being unable to attribute actions, not about a way to modify something.',
      },
      {
        text: 'Denial of service',
        correct: false,
        why: 'Nothing in the finding affects availability.',
      },
      {
        text: 'Information disclosure',
        correct: false,
        why: 'Sharing a credential among administrators who are all authorized does not by itself expose data to an unauthorized party; the main loss is accountability.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#stride', label: 'STRIDE applied to Kubernetes'},
  },
  {
    id: 'kcsa-1-threat-matrix-persistence',
    competencies: ['KCSA-1.3'],
    kind: 'scenario',
    prompt:
      "Incident responders find that, after the attacker's original Pod was deleted, a CronJob the attacker created in `kube-system` keeps starting a container that opens a reverse shell every hour, and a new MutatingWebhookConfiguration adds that container to fresh Pods. Which tactic of the Microsoft Threat Matrix for Kubernetes do both techniques serve?",
    options: [
      {
        text: 'Persistence',
        correct: true,
        why: 'Both keep the attacker\'s foothold after the first entry point is removed. The matrix lists "Kubernetes CronJob" and "Malicious admission controller" under Persistence.',
      },
      {
        text: 'Initial access',
        correct: false,
        why: 'Initial access is how the attacker first got in (an exposed interface, a stolen kubeconfig, an application bug). These objects were created after that.',
      },
      {
        text: 'Discovery',
        correct: false,
        why: 'Discovery is mapping the environment (API queries, network scans, metadata). Creating workloads to return later is not discovery.',
      },
      {
        text: 'Credential access',
        correct: false,
        why: 'Credential access is stealing secrets or tokens. A malicious webhook could also serve that goal, but a CronJob is not a credential-access technique, and what both do here is bring the attacker back after the entry point was removed.',
      },
    ],
    source: {
      to: '/docs/fundamentals/threat-model#microsoft-threat-matrix',
      label: 'Microsoft Threat Matrix for Kubernetes',
    },
  },

  // KCSA-1.4: isolation techniques
  {
    id: 'kcsa-1-namespace-does-not-isolate',
    competencies: ['KCSA-1.4'],
    kind: 'concept',
    prompt:
      'Two teams share a cluster, each in its own namespace, with no other controls yet. What does the namespace boundary alone NOT separate? Choose all that apply.',
    options: [
      {
        text: "Network traffic between the teams' Pods",
        correct: true,
        why: 'The Pod network is flat by default: every Pod can reach every other Pod and resolve every Service in every namespace until NetworkPolicies say otherwise.',
      },
      {
        text: 'The node kernel their containers run on',
        correct: true,
        why: "Pods of different namespaces are scheduled side by side and share the node's kernel, runtime and kubelet; a container escape crosses every namespace on that node.",
      },
      {
        text: 'Cluster-scoped objects such as CRDs, ClusterRoles and admission webhooks',
        correct: true,
        why: 'These belong to no namespace, so anyone with rights on them affects every tenant.',
      },
      {
        text: 'The names of Secrets, so both teams can have a Secret called `db-password`',
        correct: false,
        why: 'Scoping names is exactly what a namespace does: namespaced objects with the same name can exist in both.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#what-namespaces-isolate',
      label: 'What a namespace isolates, and what it does not',
    },
  },
  {
    id: 'kcsa-1-taints-not-access-control',
    competencies: ['KCSA-1.4', 'KCSA-2.3'],
    kind: 'scenario',
    prompt:
      "To keep tenants off each other's kernels, the platform team labels and taints node pool A with `tenant=tenant-a:NoSchedule` and gives tenant A's Deployments a matching toleration and node affinity. A week later a Pod from tenant B is found running on pool A. What is the most likely explanation, and the fix?",
    options: [
      {
        text: 'Tenant B added the same toleration to its own Pod spec; enforce allowed tolerations and node selectors per namespace at admission (PodTolerationRestriction and PodNodeSelector, or a ValidatingAdmissionPolicy).',
        correct: true,
        why: 'Taints and tolerations are scheduling hints, not access control: anyone who can write a Pod spec can tolerate any taint. Placement only holds as a security boundary when admission rejects Pods that ask for the wrong pool.',
      },
      {
        text: 'The scheduler ignores NoSchedule taints for Pods with resource limits; switch the taint to NoExecute.',
        correct: false,
        why: 'The scheduler honours NoSchedule for every Pod without a matching toleration. Changing the effect does not stop a Pod that tolerates it.',
      },
      {
        text: 'A taint only applies to Pods created after it; restart the kubelets on pool A.',
        correct: false,
        why: 'Taints are evaluated at scheduling time for every new Pod, and restarting kubelets changes nothing about which Pods tolerate them.',
      },
      {
        text: 'Nothing can prevent this short of a separate cluster per tenant.',
        correct: false,
        why: 'Dedicated pools are a valid isolation technique once admission enforces which tolerations and selectors each namespace may use.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#node-isolation',
      label: 'Dedicated node pools',
    },
  },
  {
    id: 'kcsa-1-gvisor-runtimeclass-boundary',
    competencies: ['KCSA-1.4', 'KCSA-2.5'],
    kind: 'scenario',
    prompt:
      'An untrusted document renderer runs as this Pod. What does `runtimeClassName: gvisor` add to its isolation?',
    example: 'components/restricted-passes-gvisor-sandboxed-pod.yaml',
    options: [
      {
        text: "Its system calls are handled by gVisor's user-space kernel, so a kernel bug reachable from the container is usually not reachable on the host kernel.",
        correct: true,
        why: 'gVisor (handler `runsc`) intercepts system calls and implements them itself, putting a second boundary between the workload and the node kernel.',
      },
      {
        text: 'It replaces the Restricted settings in the Pod spec, which could now be removed.',
        correct: false,
        why: 'A sandbox is a second wall, not a replacement: keep the Pod at Restricted so that a gVisor bug does not meet a root process with every capability.',
      },
      {
        text: 'It runs the Pod in a lightweight virtual machine with its own guest kernel.',
        correct: false,
        why: 'That describes Kata Containers. gVisor is a user-space kernel, not a hypervisor.',
      },
      {
        text: 'It exempts the Pod from Pod Security Admission, because sandboxed Pods cannot harm the node.',
        correct: false,
        why: "Pod Security Admission evaluates the Pod spec the same way whatever its RuntimeClass; a sandboxed Pod still has to meet the namespace's level.",
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#sandboxing-with-runtimeclass',
      label: 'Sandboxing with RuntimeClass',
    },
    claims: [{file: 'components/restricted-passes-gvisor-sandboxed-pod.yaml', pss: 'restricted', passes: true}],
  },
  {
    id: 'kcsa-1-user-namespace-root-mapping',
    competencies: ['KCSA-1.4', 'KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'This Pod sets `hostUsers: false`. Suppose a future runtime bug lets a process in its container break out to the host. Compared with the same Pod without `hostUsers: false`, what is different?',
    example: 'components/restricted-passes-user-namespace-pod.yaml',
    options: [
      {
        text: "The process lands on the host as an unprivileged UID from the Pod's private range, not as a host user that owns files or holds capabilities on the node.",
        correct: true,
        why: "With a user namespace the Pod's UIDs and GIDs map to a private, unprivileged range on the node, and capabilities apply only inside the namespace. Several high-severity escapes were not exploitable with it.",
      },
      {
        text: 'The Pod cannot be admitted at the Restricted level, because user namespaces need extra capabilities.',
        correct: false,
        why: 'The Pod meets Restricted. User namespaces reduce privilege on the host; they require no added capability.',
      },
      {
        text: 'Nothing: `hostUsers` only changes how UIDs are displayed inside the container.',
        correct: false,
        why: 'The mapping is enforced by the kernel: file ownership and capability checks on the host use the mapped, unprivileged IDs.',
      },
      {
        text: 'The Pod no longer needs a seccomp profile or `capabilities: drop: ["ALL"]` to meet Restricted, because the user namespace replaces them.',
        correct: false,
        why: 'User namespaces add a layer; Restricted still requires a RuntimeDefault or Localhost seccomp profile, dropping ALL capabilities and `allowPrivilegeEscalation: false`. (Since Pod Security policy version v1.35 it only relaxes the `runAsNonRoot` and `runAsUser` checks for Pods with `hostUsers: false`.)',
      },
    ],
    source: {to: '/docs/fundamentals/components/container-runtime#user-namespaces', label: 'User namespaces'},
    claims: [{file: 'components/restricted-passes-user-namespace-pod.yaml', pss: 'restricted', passes: true}],
  },
  {
    id: 'kcsa-1-hard-multi-tenancy-controls',
    competencies: ['KCSA-1.4'],
    kind: 'scenario',
    prompt:
      'A SaaS platform runs code uploaded by its customers, who may be hostile, in per-customer namespaces on one cluster. Namespaces already have RBAC scoped to the tenant, Restricted Pod Security, quotas and a default-deny NetworkPolicy. Which additions does hard multi-tenancy call for? Choose all that apply.',
    options: [
      {
        text: 'Separate the kernel: dedicated node pools per tenant or a sandboxed runtime (gVisor, Kata) enforced at admission.',
        correct: true,
        why: 'Hostile tenants must not share a kernel boundary that one escape breaks; a sandbox or dedicated nodes isolate what namespaces share.',
      },
      {
        text: 'Network policy the tenant cannot change, for example a cluster-level policy from the CNI plugin.',
        correct: true,
        why: "A tenant with `edit` can delete its own namespace's NetworkPolicies; the boundary must hold against the tenant itself.",
      },
      {
        text: 'Give each tenant a ClusterRoleBinding to `edit` so it can manage its own CRDs.',
        correct: false,
        why: 'A ClusterRoleBinding grants the role in every namespace, crossing the tenant boundary. Tenants needing their own CRDs call for virtual clusters or separate control planes.',
      },
      {
        text: 'Lower the Pod Security level to Baseline so customer code runs without changes.',
        correct: false,
        why: 'Hard multi-tenancy needs Restricted, enforced and pinned. Relaxing it widens the attack surface against the shared node.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/namespaces-and-multi-tenancy#soft-vs-hard',
      label: 'Soft and hard multi-tenancy',
    },
  },

  // KCSA-1.5: artifact repository and image security
  {
    id: 'kcsa-1-cached-private-image-reuse',
    competencies: ['KCSA-1.5', 'KCSA-2.5'],
    kind: 'scenario',
    prompt:
      'Team A pulls its private image `registry.example.com/team-a/billing:4.2.0` onto a shared node with an imagePullSecret. Team B, which has no credentials for that repository, creates a Pod on the same node with the same image, `imagePullPolicy: IfNotPresent` and no imagePullSecrets. The cluster does not run the AlwaysPullImages admission plugin, and the kubelets run with the image pull credential verification feature gate (`KubeletEnsureSecretPulledImages`) turned off. What happens, and which controls close the gap? Choose all that apply.',
    options: [
      {
        text: "Team B's container starts from the cached image, so it can read Team A's code and anything baked into the image.",
        correct: true,
        why: 'With IfNotPresent the kubelet uses the local copy and never asks the registry, so no credential is checked. This is the classic cache-sharing gap.',
      },
      {
        text: 'Enabling the AlwaysPullImages admission plugin closes it, at the cost of a registry round trip on every container start.',
        correct: true,
        why: "The plugin rewrites every container to `Always`, so each Pod's own credentials are checked against the registry.",
      },
      {
        text: "Turning the kubelet's image pull credential verification (`KubeletEnsureSecretPulledImages`) back on closes it by making a Pod prove it has matching credentials for a cached image.",
        correct: true,
        why: "The kubelet records which credentials pulled each image and checks a new Pod's credentials before letting it use the cached copy, according to `imagePullCredentialsVerificationPolicy`. The feature is beta and on by default since v1.35, so turning it off reopens this gap.",
      },
      {
        text: 'The Pod fails with ErrImagePull, because the runtime checks registry permissions every time it starts a container.',
        correct: false,
        why: 'Without one of the controls, the runtime starts a cached image without contacting the registry, so no permission check happens.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#image-pulls-and-credentials',
      label: 'Image pulls and credentials',
    },
  },
  {
    id: 'kcsa-1-image-pull-policy-default',
    competencies: ['KCSA-1.5'],
    kind: 'concept',
    prompt:
      'A container spec omits `imagePullPolicy`. What policy does the API server default it to for `image: registry.example.com/shop/web:2.3.1`, and for `image: registry.example.com/shop/web` (no tag, no digest)?',
    options: [
      {
        text: '`IfNotPresent` for `web:2.3.1`, and `Always` for the untagged image',
        correct: true,
        why: 'The default is `Always` when the tag is `:latest` or there is no tag and no digest (the image resolves to `latest`), and `IfNotPresent` otherwise.',
      },
      {
        text: '`Always` for both',
        correct: false,
        why: '`Always` is only the default for `:latest` or untagged references; a specific tag defaults to `IfNotPresent`.',
      },
      {
        text: '`IfNotPresent` for both',
        correct: false,
        why: 'An untagged image means `latest`, which defaults to `Always` so the newest image is fetched.',
      },
      {
        text: '`Never` for both, until an administrator enables pulls',
        correct: false,
        why: '`Never` is only used when set explicitly; it makes the kubelet rely entirely on images already on the node.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#image-pulls-and-credentials',
      label: 'Image pulls and credentials',
    },
  },
  {
    id: 'kcsa-1-sign-and-pin-by-digest',
    competencies: ['KCSA-1.5'],
    kind: 'scenario',
    prompt:
      'A CI pipeline builds `registry.example.com/shop/web:2.1`, signs it with Cosign, and the Deployment references `shop/web:2.1`. Later an attacker with push access to the registry pushes a different image under the same tag. Which statements are true? Choose all that apply.',
    options: [
      {
        text: "Tags are mutable, so nodes that pull `web:2.1` after the push can get the attacker's image; referencing `web@sha256:<digest>` guarantees the exact bytes that were built.",
        correct: true,
        why: 'A digest names the content itself; a tag is a pointer anyone with push rights can move.',
      },
      {
        text: 'The container runtime refuses the new image by default, because containerd verifies Cosign signatures on every pull.',
        correct: false,
        why: 'Neither containerd nor CRI-O verifies signatures in the Kubernetes CRI flow by default. Signature checks are added at admission (for example Sigstore policy-controller or Kyverno).',
      },
      {
        text: "An admission controller that verifies the signature against the expected signer identity would reject the attacker's image, because its digest has no valid signature.",
        correct: true,
        why: "Signatures cover a digest. The attacker's image has a new digest with no signature from the pipeline's identity, so a verifying admission policy blocks it.",
      },
      {
        text: 'Scanning the image for CVEs in CI would have prevented the swap.',
        correct: false,
        why: 'Scanning judges the image that was scanned. It says nothing about a different image pushed later under the same tag.',
      },
    ],
    source: {to: '/docs/fundamentals/components/container-runtime#trusts', label: 'Container runtime: what it trusts'},
  },
  {
    id: 'kcsa-1-keyless-verify-identity',
    competencies: ['KCSA-1.5'],
    kind: 'concept',
    prompt:
      'A script verifies images that were signed keylessly with Cosign. Why must it pass both `--certificate-identity` and `--certificate-oidc-issuer` (or tightly anchored regular expressions)?',
    options: [
      {
        text: 'Anyone can get a valid Sigstore certificate for their own identity, so a signature only means something if it comes from the identity you expect.',
        correct: true,
        why: "Keyless signing proves who signed. Without pinning the identity and issuer, an attacker's own validly signed image would pass.",
      },
      {
        text: 'Without them Cosign skips the transparency log check.',
        correct: false,
        why: 'The transparency log check is separate from identity matching; what the flags add is the requirement that the signer is the expected one.',
      },
      {
        text: 'They make Cosign download the private signing key so it can re-check the signature.',
        correct: false,
        why: 'Keyless signing has no long-lived private key to download; verification uses the short-lived certificate and the trusted root.',
      },
      {
        text: 'They are only needed for images on registry.k8s.io.',
        correct: false,
        why: "The same rule applies to every keyless signature, including your own CI's.",
      },
    ],
    source: {to: '/docs/tools/cosign#install', label: 'Cosign: install and first run'},
  },

  // KCSA-1.6: workload and application code security
  {
    id: 'kcsa-1-credentials-in-workload-spec',
    competencies: ['KCSA-1.6', 'KCSA-2.7'],
    kind: 'scenario',
    prompt: 'Review this Deployment. Which findings are real security problems? Choose all that apply.',
    example: 'attack-vectors/baseline-fails-billing-export-node-credentials.yaml',
    options: [
      {
        text: 'The cloud access key is written into the Pod template, so anyone who can read the Deployment or the Pod can read it.',
        correct: true,
        why: 'Environment variable values in a spec are stored in the object itself, visible to every reader of the workload and leaked into logs and crash dumps. Use workload identity or a mounted Secret.',
      },
      {
        text: 'The token comes from a legacy token Secret, which never expires and is not bound to the Pod.',
        correct: true,
        why: 'A projected service account token has an expiry and is bound to the Pod; a legacy Secret-based token stays valid until the Secret is deleted.',
      },
      {
        text: 'The hostPath mount of `/etc/kubernetes` exposes node credentials, and it makes the Pod fail the Baseline Pod Security level.',
        correct: true,
        why: "hostPath volumes are forbidden from Baseline upward; this one can hold the kubelet's kubeconfig and the node's cloud configuration.",
      },
      {
        text: 'The container runs as root, because `runAsUser` is only set at the Pod level.',
        correct: false,
        why: 'Pod-level `runAsUser: 10001` and `runAsNonRoot: true` are the defaults for every container that does not override them, so the container runs as UID 10001.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/service-account-token-theft-and-replay#where-the-credentials-are',
      label: 'Where the credentials are',
    },
    claims: [
      {file: 'attack-vectors/baseline-fails-billing-export-node-credentials.yaml', pss: 'baseline', passes: false},
    ],
  },
  {
    id: 'kcsa-1-ssrf-in-cluster-reach',
    competencies: ['KCSA-1.6'],
    kind: 'scenario',
    prompt:
      'A web service in a cluster with no NetworkPolicies has a server-side request forgery bug: an attacker can make it fetch any URL and return the response. Why is this bug more dangerous inside a Kubernetes cluster than on an isolated web server, and which controls limit it? Choose all that apply.',
    options: [
      {
        text: 'The Pod can reach the cloud metadata endpoint and every internal Service on the flat Pod network, so the bug becomes a way to reach credentials and unhardened internal APIs.',
        correct: true,
        why: 'The request comes from inside the cluster network, where nothing is filtered by default and the metadata service may hand out node credentials.',
      },
      {
        text: 'Egress NetworkPolicies that allow only what the service needs, plus metadata protection, cut what the bug can reach.',
        correct: true,
        why: 'Code bugs will happen; outer-layer controls limit their blast radius. Remember to allow DNS when you add default-deny egress.',
      },
      {
        text: 'Running the container as non-root prevents the forged requests.',
        correct: false,
        why: 'A non-root process can still make outbound HTTP requests; the bug does not need root.',
      },
      {
        text: 'Nothing can be done in Kubernetes; only a code fix helps.',
        correct: false,
        why: 'The code fix is needed, but network policy, metadata protection and least-privilege tokens all reduce what a forged request can reach.',
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#code', label: 'Code'},
  },
  {
    id: 'kcsa-1-secrets-files-not-env',
    competencies: ['KCSA-1.6'],
    kind: 'concept',
    prompt: 'Why is mounting a Secret as a file generally preferred to exposing it as an environment variable?',
    options: [
      {
        text: 'Environment variables leak easily: into logs, crash dumps, child processes and `/proc/<pid>/environ`.',
        correct: true,
        why: 'Applications and tools print their environment on errors, and every child process inherits it. A file can be read only when needed and has file permissions.',
      },
      {
        text: 'Mounted Secret volumes are updated when the Secret changes, while environment variables keep the value from container start.',
        correct: true,
        why: 'The kubelet refreshes Secret volumes (except subPath mounts) so rotated credentials reach the Pod; an environment variable never changes for the life of the container.',
      },
      {
        text: 'Files are encrypted on the node, while environment variables are not.',
        correct: false,
        why: 'Secret volumes sit on a tmpfs in memory, not on disk, but they are not encrypted; root on the node can read them.',
      },
      {
        text: 'Environment variables from Secrets are base64-encoded inside the container, so the application must decode them.',
        correct: false,
        why: 'The kubelet injects the decoded value. Base64 appears only in the API representation of the Secret.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/secrets-and-encryption#consuming', label: 'Consuming Secrets safely'},
  },
  {
    id: 'kcsa-1-no-token-if-no-api',
    competencies: ['KCSA-1.6'],
    kind: 'concept',
    prompt:
      'A stateless web application never calls the Kubernetes API. Which settings reduce what an attacker gets after exploiting a remote code execution bug in it? Choose all that apply.',
    options: [
      {
        text: '`automountServiceAccountToken: false`, so there is no API token in the container to steal',
        correct: true,
        why: 'An application that does not use the API does not need a token; without it, the attacker cannot talk to the API server as the workload.',
      },
      {
        text: '`readOnlyRootFilesystem: true` with an `emptyDir` for `/tmp`',
        correct: true,
        why: "The attacker cannot modify the application or drop tools into the image's file system; only the explicit writable volumes remain.",
      },
      {
        text: 'A minimal (distroless) image without a shell or package manager',
        correct: true,
        why: 'Fewer tools in the image means less for an attacker to live off; many post-exploitation steps assume a shell is there.',
      },
      {
        text: '`imagePullPolicy: Always`',
        correct: false,
        why: 'The pull policy decides when the image is fetched; it does nothing to limit a process that is already running attacker code.',
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#code', label: 'Code'},
  },
];
