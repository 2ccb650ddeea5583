import type {Question} from '../questions';

/** Questions for CKS domain 6, Monitoring, Logging and Runtime Security. */
export const questions: readonly Question[] = [
  // CKS-6.1 Behavioural analytics
  {
    id: 'cks-6-falco-rule-match',
    competencies: ['CKS-6.1', 'KCSA-5.3'],
    kind: 'scenario',
    prompt:
      'This rules file is loaded into Falco 0.44. Which events raise the alert "Shell in a protected namespace"? Choose all that apply.',
    example: 'policy-engines/falco-shell-in-container.falco.yaml',
    options: [
      {
        text: 'kubectl exec -it into a Pod in namespace payments, running bash.',
        correct: true,
        why: 'bash is executed (execve) in a container, its name is in the shell list, and payments is a protected namespace.',
      },
      {
        text: 'A web application in namespace shop that runs sh -c to call a helper script.',
        correct: true,
        why: 'The rule matches any shell started in a container in shop, interactive or not; it does not look for a terminal.',
      },
      {
        text: 'An administrator running bash over SSH on the node itself.',
        correct: false,
        why: 'The macro requires container.id != host, so processes on the host are excluded.',
      },
      {
        text: 'A shell started in a container in namespace dev.',
        correct: false,
        why: 'dev is not in fieldguide_protected_namespaces.',
      },
    ],
    source: {to: '/docs/tools/falco#output', label: 'Falco: how to read an alert'},
  },
  {
    id: 'cks-6-falco-alert-exec',
    competencies: ['CKS-6.1', 'CKS-6.3'],
    kind: 'scenario',
    prompt: 'Falco prints the alert below. What does it tell you, and where do you look next?',
    snippet: {
      language: 'text',
      code: '10:42:07.318204517: Notice A shell was spawned in a container with an attached terminal | evt_type=execve user=root user_uid=0 user_loginuid=-1 process=sh proc_exepath=/bin/sh parent=runc command=sh terminal=34816 exe_flags=EXE_WRITABLE k8s_pod_name=payments-7c9f6d8b5-x2kqp k8s_ns_name=shop',
    },
    options: [
      {
        text: 'An interactive shell was started in the payments Pod by the container runtime (parent=runc, no login session), which is what kubectl exec looks like.',
        correct: true,
        why: 'user_loginuid=-1 means no login session started it, and runc as parent means it came through the runtime rather than from the application’s own process tree.',
      },
      {
        text: 'Search the API server audit log around 10:42:07 for a pods/exec request on that Pod to learn which user opened it.',
        correct: true,
        why: 'Falco sees the process, not the API user. The audit log records who called the exec subresource, from where.',
      },
      {
        text: 'Falco blocked the shell, so no further action is needed.',
        correct: false,
        why: 'Falco detects; it does not block. The shell ran.',
      },
      {
        text: 'The attacker logged in to the node over SSH.',
        correct: false,
        why: 'An SSH login would give a real loginuid and a process tree under sshd, not runc.',
      },
    ],
    source: {to: '/docs/tools/falco#output', label: 'Falco: how to read an alert'},
  },
  {
    id: 'cks-6-tetragon-enforce-vs-falco-detect',
    competencies: ['CKS-6.1', 'CKS-6.4'],
    kind: 'concept',
    prompt:
      'You need to stop any process in namespace payments from writing under /etc at the moment it tries, not only be told afterwards. Which tool and approach fit?',
    options: [
      {
        text: 'A Tetragon TracingPolicy (or TracingPolicyNamespaced) that hooks the write path, first without actions to watch events, then with Sigkill or Override.',
        correct: true,
        why: 'Tetragon filters in the kernel and can kill the process or make the call fail. Starting without an action avoids killing legitimate workloads.',
      },
      {
        text: 'A Falco rule with priority CRITICAL.',
        correct: false,
        why: 'Priority only ranks alerts; Falco raises them after the fact and does not block.',
      },
      {
        text: 'An audit policy rule at RequestResponse for pods.',
        correct: false,
        why: 'The audit log covers API requests; file writes inside a container never reach the API server.',
      },
    ],
    source: {to: '/docs/tools/tetragon#what-it-does', label: 'Tetragon: what it does'},
  },
  {
    id: 'cks-6-tetragon-process-tree',
    competencies: ['CKS-6.1', 'CKS-6.3'],
    kind: 'scenario',
    prompt: 'tetra getevents -o compact on the node shows these lines for Pod default/xwing. What do they tell you?',
    snippet: {
      language: 'text',
      code: '🚀 process default/xwing /bin/bash -c "curl https://ebpf.io/applications/#tetragon"\n🚀 process default/xwing /usr/bin/curl https://ebpf.io/applications/#tetragon\n💥 exit    default/xwing /usr/bin/curl https://ebpf.io/applications/#tetragon 60',
    },
    options: [
      {
        text: 'A bash -c command started curl, and curl exited with code 60 (it could not verify the server’s certificate).',
        correct: true,
        why: 'The two process lines give the process tree; the exit line ends with the exit code.',
      },
      {
        text: 'curl is still running, because there is an exit line.',
        correct: false,
        why: 'An exit event means the process ended; a process with no exit line is the one still running.',
      },
      {
        text: 'Tetragon killed curl.',
        correct: false,
        why: 'Without a policy with a Sigkill action nothing is killed; code 60 is curl’s own error.',
      },
    ],
    source: {to: '/docs/tools/tetragon#output', label: 'Tetragon: how to read the output'},
  },
  // CKS-6.2 Detect threats across the environment
  {
    id: 'cks-6-detect-right-data-source',
    competencies: ['CKS-6.2', 'KCSA-5.3'],
    kind: 'concept',
    prompt:
      'Match the question to the data source that can answer it. Which pairings are correct? Choose all that apply.',
    options: [
      {
        text: '"Which user created this ClusterRoleBinding?": the API server audit log.',
        correct: true,
        why: 'Every API request, with its authenticated user, is an audit event.',
      },
      {
        text: '"Which process in this container read /etc/shadow?": a runtime sensor such as Falco or Tetragon.',
        correct: true,
        why: 'System calls inside containers never reach the API server; runtime tools see them.',
      },
      {
        text: '"Which Pods connected to the database, allowed or dropped?": the CNI’s flow logs (for example Hubble).',
        correct: true,
        why: 'NetworkPolicy has no logging of its own; flow logs record connections.',
      },
      {
        text: '"Who read Secrets directly from etcd on port 2379?": the API server audit log.',
        correct: false,
        why: 'Direct etcd access bypasses the API server, so there is no audit event; look at etcd logs, the network and objects that appeared with no API request behind them.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/exposed-etcd#there-is-no-kubernetes-audit-event',
      label: 'There is no Kubernetes audit event',
    },
  },
  {
    id: 'cks-6-detect-cryptominer',
    competencies: ['CKS-6.2', 'KCSA-4.3'],
    kind: 'scenario',
    prompt:
      'Node CPU is pinned at 100% across the cluster. You find a DaemonSet kube-proxy-helper in kube-system, created yesterday by the CI service account, with an image from a registry the company never uses and no resource limits. Which signals and controls are relevant? Choose all that apply.',
    options: [
      {
        text: 'The audit event for the DaemonSet create, which names the identity, source IP and image.',
        correct: true,
        why: 'A workload created by an unexpected identity in a system namespace is the API-side evidence.',
      },
      {
        text: 'Egress NetworkPolicy and flow logs showing connections to mining pools.',
        correct: true,
        why: 'Miners must reach their pool; default-deny egress stops them and flow logs reveal the attempt.',
      },
      {
        text: 'RBAC that keeps the CI account out of kube-system, and an allowed-registries admission policy that covers system namespaces too.',
        correct: true,
        why: 'The CI identity had no reason to create workloads in kube-system, and a registry allow-list would have rejected the unknown image.',
      },
      {
        text: 'Nothing can be seen, because DaemonSets are not audited.',
        correct: false,
        why: 'DaemonSet creates are ordinary API writes and are audited like any other.',
      },
    ],
    source: {to: '/docs/attack-vectors/cryptomining-resource-hijacking#detect', label: 'Cryptomining: detect'},
  },
  {
    id: 'cks-6-detect-stolen-token',
    competencies: ['CKS-6.2', 'CKS-6.5', 'CKS-2.2'],
    kind: 'scenario',
    prompt:
      'The payments-operator service account is used only by the operator Deployment, whose Pods are named payments-operator-<hash> and use client-go. Which details in this audit event show that a bound token of that account is being replayed from outside the cluster? Choose all that apply.',
    example: 'attack-vectors/event-stolen-token-use.yaml',
    options: [
      {
        text: 'user.extra names the Pod cache-check, which is not the operator’s Pod.',
        correct: true,
        why: 'Bound tokens carry the Pod and node they were issued for; a mismatch with the account’s real workload is the alert.',
      },
      {
        text: 'The source IP is outside the cluster’s node and Pod ranges, and the user agent is curl.',
        correct: true,
        why: 'The operator runs in a Pod and uses a client library; a laptop or external host using curl does not fit.',
      },
      {
        text: 'The response code 200 shows that the token was revoked.',
        correct: false,
        why: '200 means the request succeeded: the token was valid and the list of Secrets was returned.',
      },
      {
        text: 'The level Metadata shows the attacker disabled auditing.',
        correct: false,
        why: 'Metadata is the level the policy chose for Secrets, which is good practice; auditing is clearly working.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/service-account-token-theft-and-replay#replayed-tokens-in-the-audit-log',
      label: 'Replayed tokens in the audit log',
    },
  },
  // CKS-6.3 Attack phases and bad actors
  {
    id: 'cks-6-phases-classify',
    competencies: ['CKS-6.3', 'KCSA-6.2'],
    kind: 'concept',
    prompt:
      'Using the Microsoft Threat Matrix for Kubernetes, which classifications are correct? Choose all that apply.',
    options: [
      {
        text: 'An attacker creates a CronJob that restarts their reverse shell every ten minutes: Persistence.',
        correct: true,
        why: 'A Kubernetes CronJob is listed under Persistence: it survives the original foothold being removed.',
      },
      {
        text: 'A Pod reads the node’s cloud credentials from the instance metadata service: Credential access.',
        correct: true,
        why: 'Accessing managed identity credentials is a credential access technique.',
      },
      {
        text: 'Editing the coredns ConfigMap to redirect a Service name: Lateral movement.',
        correct: true,
        why: 'CoreDNS poisoning is listed under lateral movement.',
      },
      {
        text: 'Deleting Kubernetes events to hide activity: Impact.',
        correct: false,
        why: 'Clearing logs and deleting events is Defense evasion.',
      },
    ],
    source: {
      to: '/docs/fundamentals/threat-model#microsoft-threat-matrix',
      label: 'Microsoft Threat Matrix for Kubernetes',
    },
  },
  {
    id: 'cks-6-phases-binding-create',
    competencies: ['CKS-6.3', 'CKS-6.5', 'KCSA-4.7'],
    kind: 'scenario',
    prompt: 'You find the audit event below during an investigation. What happened, and what do you do first?',
    example: 'audit-logging/event-clusterrolebinding-create.yaml',
    options: [
      {
        text: 'The ci/deployer service account bound cluster-admin to itself (privilege escalation that also gives persistence); delete the binding, revoke or rotate the account’s credentials, and find which grant let it bind cluster-admin.',
        correct: true,
        why: 'The request body shows roleRef cluster-admin and the subject ci/deployer, created by ci/deployer itself. To create that binding it needed create on clusterrolebindings plus bind on the cluster-admin ClusterRole (or already every permission in it): that grant is the root cause.',
      },
      {
        text: 'A human administrator granted the CI account cluster-admin; this is normal change management.',
        correct: false,
        why: 'The user is system:serviceaccount:ci:deployer, from a Pod IP, not a person.',
      },
      {
        text: 'The request failed, because a service account can never create ClusterRoleBindings.',
        correct: false,
        why: 'Response code 201 means it was created; any subject with the right RBAC can create bindings.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/persistence#writes-that-create-footholds',
      label: 'Writes that create footholds',
    },
  },
  {
    id: 'cks-6-phases-mitre-escape',
    competencies: ['CKS-6.3', 'KCSA-6.2'],
    kind: 'concept',
    prompt:
      'An attacker in a privileged container mounts the node’s root file system and chroots into it. Which MITRE ATT&CK for Containers technique describes this step?',
    options: [
      {
        text: 'Escape to Host (T1611)',
        correct: true,
        why: 'Breaking out of the container onto the node is exactly T1611.',
      },
      {
        text: 'Container and Resource Discovery (T1613)',
        correct: false,
        why: 'Discovery is about enumerating containers and cluster resources, not leaving the container.',
      },
      {
        text: 'Implant Internal Image (T1525)',
        correct: false,
        why: 'That is persistence by planting a backdoored image in a registry.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#mitre-attack-containers', label: 'MITRE ATT&CK for Containers'},
  },
  {
    id: 'cks-6-phases-after-incident',
    competencies: ['CKS-6.3', 'KCSA-4.2'],
    kind: 'scenario',
    prompt:
      'An attacker held cluster-admin for an hour through a leaked CI token. The token is revoked. You find a new DaemonSet in kube-system, a new ClusterRoleBinding, an approved CSR for an unknown user and a file in a node’s /etc/kubernetes/manifests. Which follow-up steps are needed? Choose all that apply.',
    options: [
      {
        text: 'Assume more footholds exist: rebuild affected nodes and rotate the cluster CA and signing keys rather than only deleting what you found.',
        correct: true,
        why: 'A client certificate from an approved CSR cannot be revoked and works until it expires; only a new CA cuts it off. Nodes may hide more static Pods or binaries.',
      },
      {
        text: 'Check for new token Secrets, webhook configurations and other ClusterRoleBindings to cluster-admin.',
        correct: true,
        why: 'Attackers plant several independent ways back in; each must be found and removed.',
      },
      {
        text: 'Delete the Pod that the static manifest created through kubectl.',
        correct: false,
        why: 'The kubelet recreates a static Pod while its manifest is on disk; remove the file on the node (and rebuild the node).',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#persistence', label: 'Persistence'},
  },
  // CKS-6.4 Immutable containers
  {
    id: 'cks-6-immutable-readonly-root',
    competencies: ['CKS-6.4', 'KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'You set readOnlyRootFilesystem: true on an nginx-based container and it now crashes with "mkdir() \\"/var/cache/nginx/client_temp\\" failed (30: Read-only file system)". What is the right fix that keeps the container immutable?',
    options: [
      {
        text: 'Mount emptyDir volumes at the few paths the process must write (here /var/cache/nginx, and /var/run or /tmp if needed), and keep the root file system read-only.',
        correct: true,
        why: 'Writable scratch space stays limited to known paths that vanish with the Pod; binaries and configuration in the image cannot be changed.',
      },
      {
        text: 'Set readOnlyRootFilesystem back to false.',
        correct: false,
        why: 'That gives up immutability entirely: an attacker could replace binaries or drop tools anywhere.',
      },
      {
        text: 'Run the container as privileged so it can remount its root file system.',
        correct: false,
        why: 'Privileged switches off most isolation and lets the process undo the read-only mount.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/immutable-containers#steps',
      label: 'Immutable containers: steps',
    },
  },
  {
    id: 'cks-6-immutable-what-counts',
    competencies: ['CKS-6.4'],
    kind: 'concept',
    prompt: 'Which measures make a running container immutable in the CKS sense? Choose all that apply.',
    options: [
      {
        text: 'readOnlyRootFilesystem: true, with emptyDir only where writes are needed.',
        correct: true,
        why: 'The image’s files cannot be changed at run time.',
      },
      {
        text: 'An image without a shell or package manager.',
        correct: true,
        why: 'Without them, changing the container’s software interactively becomes much harder.',
      },
      {
        text: 'Changes shipped as a new image and a rollout, never by exec-ing in to patch.',
        correct: true,
        why: 'Immutability is also a process: what runs always matches a reviewed, scanned image.',
      },
      {
        text: 'immutable: true on the container spec.',
        correct: false,
        why: 'There is no such container field; immutable exists on Secrets and ConfigMaps, where it stops edits of their data.',
      },
    ],
    source: {
      to: '/docs/fundamentals/threat-model#malicious-code-execution',
      label: 'Malicious code execution and compromised applications',
    },
  },
  {
    id: 'cks-6-immutable-hardened-deployment',
    competencies: ['CKS-6.4', 'CKS-4.1'],
    kind: 'scenario',
    prompt: 'Which statements about this Deployment are true? Choose all that apply.',
    example: 'fundamentals/restricted-passes-hardened-deployment.yaml',
    options: [
      {
        text: 'It passes the Restricted Pod Security level.',
        correct: true,
        why: 'It is non-root, drops ALL capabilities, forbids privilege escalation and sets a RuntimeDefault seccomp profile.',
      },
      {
        text: 'Its root file system is read-only, which Restricted does not require.',
        correct: true,
        why: 'readOnlyRootFilesystem is an extra hardening step beyond the Restricted level.',
      },
      {
        text: 'Restricted would reject it if readOnlyRootFilesystem were removed.',
        correct: false,
        why: 'No Pod Security level checks readOnlyRootFilesystem; enforce it with a policy engine if you need it.',
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#container', label: 'The container layer'},
    claims: [{file: 'fundamentals/restricted-passes-hardened-deployment.yaml', pss: 'restricted', passes: true}],
  },
  // CKS-6.5 Audit logs
  {
    id: 'cks-6-audit-exec-event',
    competencies: ['CKS-6.5', 'KCSA-3.6'],
    kind: 'scenario',
    prompt: 'You want to alert on every kubectl exec. Based on the event below, which filter is reliable?',
    example: 'audit-logging/event-pod-exec.yaml',
    options: [
      {
        text: 'objectRef.resource == "pods" and objectRef.subresource == "exec".',
        correct: true,
        why: 'The subresource identifies exec however the client connects. kubectl streams over WebSocket, which starts as an HTTP GET, so the verb is get.',
      },
      {
        text: 'verb == "create" and objectRef.resource == "pods".',
        correct: false,
        why: 'That matches Pod creation. This exec event has verb get, and older clients used create (POST) for exec, so the verb is not reliable either way.',
      },
      {
        text: 'stage == "ResponseComplete" and responseStatus.code == 200.',
        correct: false,
        why: 'Exec is long-running: it is logged at ResponseStarted with 101 (protocol switch).',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#events', label: 'Reading audit events'},
  },
  {
    id: 'cks-6-audit-rule-order',
    competencies: ['CKS-6.5', 'KCSA-3.6'],
    kind: 'scenario',
    prompt:
      'An audit policy starts with the rule "level: RequestResponse, resources: [{group: \\"\\"}]" and only later has "level: Metadata, resources: [{group: \\"\\", resources: [secrets]}]". What is logged for kubectl get secret db-pass?',
    options: [
      {
        text: 'A RequestResponse event containing the Secret’s data, because the first matching rule decides the level.',
        correct: true,
        why: 'The broad core-group rule matches Secrets first, so the later Metadata rule is never reached and the values land in the log.',
      },
      {
        text: 'A Metadata event, because the more specific rule wins.',
        correct: false,
        why: 'Audit rules are not ranked by specificity; order alone decides. Put narrow exceptions first.',
      },
      {
        text: 'Nothing, because conflicting rules disable auditing for Secrets.',
        correct: false,
        why: 'There is no conflict detection; the first match applies.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#policy', label: 'Writing the policy'},
  },
  {
    id: 'cks-6-audit-enable-kubeadm',
    competencies: ['CKS-6.5'],
    kind: 'scenario',
    prompt:
      'On a kubeadm control plane you add --audit-policy-file=/etc/kubernetes/audit/policy.yaml and --audit-log-path=/var/log/kubernetes/audit/audit.log to the kube-apiserver manifest. The API server does not come back. What is the most likely omission?',
    options: [
      {
        text: 'hostPath volumes and volumeMounts for /etc/kubernetes/audit (read-only) and /var/log/kubernetes/audit (writable) in the static Pod.',
        correct: true,
        why: 'The API server runs in a container; without the mounts it cannot read the policy file, and a policy it cannot load stops it from starting.',
      },
      {
        text: 'The audit webhook flag, which is required whenever auditing is on.',
        correct: false,
        why: 'The log and webhook backends are independent; the log backend alone is fine.',
      },
      {
        text: 'A restart of the kubelet, which is needed before any static Pod change applies.',
        correct: false,
        why: 'The kubelet watches the manifest directory and restarts the static Pod on its own.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#log-backend', label: 'Log backend'},
  },
  {
    id: 'cks-6-audit-forbidden-list',
    competencies: ['CKS-6.5', 'CKS-6.2'],
    kind: 'scenario',
    prompt: 'What does this audit event show? Choose all that apply.',
    example: 'audit-logging/event-forbidden-secret-list.yaml',
    options: [
      {
        text: 'jane@example.com tried to list Secrets across all namespaces and RBAC denied it (403, decision forbid).',
        correct: true,
        why: 'The request URI has no namespace, the verb is list, and the authorization annotation records forbid.',
      },
      {
        text: 'Denied requests are worth alerting on: a burst of them from one identity is a sign of credential discovery.',
        correct: true,
        why: 'Failed attempts are often the first trace of someone probing a stolen credential.',
      },
      {
        text: 'The event contains the Secrets’ values because the level is Metadata.',
        correct: false,
        why: 'Metadata never records request or response bodies.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#how-it-works', label: 'How auditing works'},
  },
  {
    id: 'cks-6-immutable-vap-warn',
    competencies: ['CKS-6.4', 'KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'This policy and binding are applied, and namespace shop carries the label security.example.com/immutable: "true". Which statements are true? Choose all that apply.',
    example: 'runtime-security/vap-require-read-only-root-filesystem.yaml',
    options: [
      {
        text: 'A Pod in shop whose container lacks readOnlyRootFilesystem: true is created, with a warning to the client and an audit annotation.',
        correct: true,
        why: 'The binding’s validationActions are Warn and Audit, so violations are reported, not denied.',
      },
      {
        text: 'Changing validationActions to [Deny, Audit] makes the policy reject such Pods.',
        correct: true,
        why: 'Deny turns a failed validation into a rejected request; Audit keeps the record.',
      },
      {
        text: 'Pod Security Admission at Restricted would have rejected these Pods anyway.',
        correct: false,
        why: 'No Pod Security level requires a read-only root file system; that is why a separate policy is needed.',
      },
      {
        text: 'A Deployment whose template violates the policy is rejected when it is created.',
        correct: false,
        why: 'The policy matches Pods only. The Deployment is accepted and its ReplicaSet’s Pods are the ones evaluated.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/immutable-containers#steps',
      label: 'Immutable containers: steps',
    },
  },
  {
    id: 'cks-6-falco-drift-detection',
    competencies: ['CKS-6.4', 'CKS-6.1'],
    kind: 'concept',
    prompt:
      'Falco’s stable rule "Drop and execute new binary in container" fires when a process runs a file that is not part of the image’s layers. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'It catches drift in containers whose root file system is writable: a downloaded tool run from the writable layer.',
        correct: true,
        why: 'The rule checks whether the executable lives in the overlay file system’s writable upper layer.',
      },
      {
        text: 'With a read-only root, a payload written to an emptyDir and run from there is not seen by that rule, so add rules for files made executable on volumes.',
        correct: true,
        why: 'Volumes are not the image’s upper layer; custom rules for created-executable or chmod +x files cover that gap.',
      },
      {
        text: 'When drift is detected, the right response is to delete the dropped files and keep the container running.',
        correct: false,
        why: 'Replace, do not repair: capture evidence, delete the Pod so a fresh one starts from the image, and investigate how the write happened.',
      },
    ],
    source: {
      to: '/docs/hardening/monitoring-logging-runtime-security/immutable-containers#steps',
      label: 'Immutable containers: steps',
    },
  },
  {
    id: 'cks-6-audit-request-level-secrets',
    competencies: ['CKS-6.5', 'CKS-4.2'],
    kind: 'concept',
    prompt: 'Why do audit policies log Secrets, TokenRequests and TokenReviews at the Metadata level only?',
    options: [
      {
        text: 'At Request level a create or update of a Secret records the value being written, and a TokenReview’s body is a bearer token; at RequestResponse a get returns the Secret’s data into the log.',
        correct: true,
        why: 'The audit log would become a second, less protected copy of every credential.',
      },
      {
        text: 'Because the API server refuses to audit Secrets above Metadata.',
        correct: false,
        why: 'It does not refuse; a careless policy happily writes Secret values to the log, which is why the rule must come first.',
      },
      {
        text: 'Because Metadata events are the only ones that record who made the request.',
        correct: false,
        why: 'Every level except None records the user; higher levels add request and response bodies.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#levels', label: 'Audit levels'},
  },
  {
    id: 'cks-6-audit-policy-levels-by-request',
    competencies: ['CKS-6.5', 'KCSA-3.6'],
    kind: 'scenario',
    prompt:
      'The API server runs with the audit policy below. Which pairings of request and recorded level are correct? Choose all that apply.',
    example: 'audit-logging/audit-policy-production.yaml',
    options: [
      {
        text: 'kubectl get secret db-pass -n shop: Metadata.',
        correct: true,
        why: 'The first rule matches Secrets, so no body is logged, whatever later rules say.',
      },
      {
        text: 'kubectl patch clusterrole view: RequestResponse.',
        correct: true,
        why: 'Writes to RBAC objects match the rule for roles and bindings, which records full request and response bodies.',
      },
      {
        text: 'kubectl exec into a Pod: Metadata.',
        correct: true,
        why: 'pods/exec matches the interactive-access rule at Metadata; the session’s keystrokes never reach the audit log anyway.',
      },
      {
        text: 'kubectl create configmap app-settings: None, because ConfigMaps are not listed.',
        correct: false,
        why: 'It falls through to the rule that records the request body for every other write, so it is logged at Request.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#policy', label: 'Writing the policy'},
  },
  {
    id: 'cks-6-audit-impersonation',
    competencies: ['CKS-6.5', 'CKS-6.3', 'KCSA-4.7'],
    kind: 'scenario',
    prompt: 'What does this audit event show? Choose all that apply.',
    example: 'attack-vectors/event-impersonated-secrets-list.yaml',
    options: [
      {
        text: 'The CI service account ci/deployer listed Secrets in every namespace while impersonating the user breakglass in system:masters.',
        correct: true,
        why: 'user is who authenticated; impersonatedUser is who the request ran as. The list succeeded with 200.',
      },
      {
        text: 'ci/deployer must hold the impersonate verb on users (and on the system:masters group), which is itself a path to cluster-admin and should be removed.',
        correct: true,
        why: 'Impersonating a member of system:masters bypasses authorization entirely; a CI account has no business with it.',
      },
      {
        text: 'The Secrets’ values are in this event.',
        correct: false,
        why: 'The level is Metadata, so no response body was recorded; the event proves the read happened, not what was read.',
      },
      {
        text: 'The real caller cannot be determined, because impersonation hides it.',
        correct: false,
        why: 'The audit log keeps the authenticated identity in user, alongside impersonatedUser.',
      },
    ],
    source: {to: '/docs/attack-vectors/rbac-abuse#step-5-impersonate', label: 'RBAC abuse: impersonate'},
  },
];
