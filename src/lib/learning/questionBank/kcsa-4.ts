import type {Question} from '../questions';

/** Questions for KCSA domain 4, Kubernetes Threat Model. */
export const questions: readonly Question[] = [
  {
    id: 'kcsa-4-pod-to-pod-boundary-unauthenticated',
    competencies: ['KCSA-4.1', 'KCSA-4.5'],
    kind: 'concept',
    prompt:
      'In a freshly installed cluster with no service mesh and no NetworkPolicies, which boundary crossing has no authentication at all?',
    options: [
      {
        text: 'Pod to Pod traffic, including traffic from the ingress controller to application Pods.',
        correct: true,
        why: 'Nothing authenticates one Pod to another by default. Any Pod can open a connection to any other, and neither side learns who the peer is unless a mesh or an encrypting CNI adds mutual TLS.',
      },
      {
        text: 'kube-apiserver to etcd.',
        correct: false,
        why: 'That link uses mutual TLS with a dedicated etcd CA on kubeadm clusters: etcd accepts only clients whose certificate that CA signed.',
      },
      {
        text: 'An administrator to kube-apiserver.',
        correct: false,
        why: 'Requests carry a client certificate, an OIDC token or a cloud identity, and the request is then authorized by RBAC. A leaked kubeconfig is a risk, but the crossing does authenticate.',
      },
      {
        text: 'The kubelet to kube-apiserver.',
        correct: false,
        why: 'The kubelet presents its node client certificate (system:node:<name>), which the Node authorizer and NodeRestriction then limit.',
      },
    ],
    source: {
      to: '/docs/fundamentals/threat-model#trust-boundaries-and-data-flow',
      label: 'Trust boundaries and data flow',
    },
  },
  {
    id: 'kcsa-4-etcd-client-cert-bypass',
    competencies: ['KCSA-4.1', 'KCSA-4.6'],
    kind: 'scenario',
    prompt:
      'During an incident you find that an attacker copied apiserver-etcd-client.crt, its key and etcd/ca.crt from a control plane node, and port 2379 is reachable from their foothold. Which control still stands between them and the data in etcd?',
    options: [
      {
        text: 'Encryption at rest, for the resources the EncryptionConfiguration covers, as long as the key is not also on the machine they reached.',
        correct: true,
        why: 'Encrypted values in etcd are ciphertext to anyone who reads etcd directly. With a local provider the key sits in a file on the control plane nodes, so this only helps if they did not also read that file; with KMS v2 the key encryption key stays in the external KMS.',
      },
      {
        text: 'RBAC, because etcd asks the API server whether the client may read each key.',
        correct: false,
        why: 'etcd knows nothing about RBAC. Authorization happens in kube-apiserver, and a client talking to etcd directly never passes through it.',
      },
      {
        text: 'Admission control, which rejects writes that violate Pod Security.',
        correct: false,
        why: 'Admission runs inside kube-apiserver. A write straight into etcd skips every admission plugin, including PodSecurity.',
      },
      {
        text: 'The API server audit log, which records every read of a Secret.',
        correct: false,
        why: 'The audit log records API requests. Reads and writes made directly against etcd produce no Kubernetes audit event at all.',
      },
    ],
    source: {to: '/docs/attack-vectors/exposed-etcd#prevent', label: 'Exposed etcd: prevent'},
  },
  {
    id: 'kcsa-4-apiserver-to-kubelet-unverified',
    competencies: ['KCSA-4.1', 'KCSA-5.5', 'KCSA-5.6'],
    kind: 'scenario',
    prompt:
      'On a default kubeadm cluster an administrator runs kubectl exec. The API server opens a TLS connection to the kubelet on port 10250. The kube-apiserver manifest has no --kubelet-certificate-authority flag and the kubelet configuration does not set serverTLSBootstrap. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'The API server does not verify the certificate the kubelet presents, so something that can intercept that connection could impersonate the kubelet.',
        correct: true,
        why: 'Without --kubelet-certificate-authority the API server skips verification of the kubelet serving certificate. That is the reason the threat model lists this crossing as a man-in-the-middle risk.',
      },
      {
        text: 'The kubelet serves a self-signed certificate it generated at start-up, which no CA could verify anyway.',
        correct: true,
        why: 'By default the kubelet creates its own serving certificate. Setting serverTLSBootstrap: true makes it request one from the cluster CA through the kubernetes.io/kubelet-serving signer, and only then can the API server be told to verify it.',
      },
      {
        text: 'The kubelet does not authenticate the API server either, because port 10250 accepts anonymous requests on kubeadm clusters.',
        correct: false,
        why: 'kubeadm turns kubelet anonymous authentication off and uses Webhook authorization. The API server authenticates with its apiserver-kubelet-client certificate.',
      },
      {
        text: 'The connection is plain HTTP, because exec streams cannot use TLS.',
        correct: false,
        why: 'Port 10250 is HTTPS. The problem is not missing encryption but a missing check of who is on the other end.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/pki-and-tls#kubelet-certs', label: 'Kubelet certificates'},
  },
  {
    id: 'kcsa-4-persistence-webhook-registration',
    competencies: ['KCSA-4.2', 'KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'This audit event was recorded at 02:31 on a night with no planned change. Why is it a strong sign of persistence? Choose all that apply.',
    example: 'attack-vectors/event-mutatingwebhook-create.yaml',
    options: [
      {
        text: 'Every new Pod in every namespace is now sent to a server outside the cluster, which can add containers, volumes or environment variables to it.',
        correct: true,
        why: 'The webhook matches CREATE on pods with no namespaceSelector or objectSelector and calls an external url. A mutating webhook may rewrite whatever it receives, so the attacker re-infects every Pod the defenders redeploy.',
      },
      {
        text: 'failurePolicy: Ignore means the cluster keeps working when the attacker’s server is down, so nobody notices an outage.',
        correct: true,
        why: 'Failing open hides the webhook: when its endpoint is unreachable the API server admits the Pod unchanged and the cluster looks healthy.',
      },
      {
        text: 'A validating admission webhook can be written to reject deletion of this configuration, so the defenders cannot remove it.',
        correct: false,
        why: 'kube-apiserver never calls admission webhooks for requests on webhook configurations, precisely so that a bad webhook cannot lock administrators out. Anyone with delete rights can remove it.',
      },
      {
        text: 'The event shows the webhook has already read Secrets, because mutating webhooks receive all Secrets at registration.',
        correct: false,
        why: 'Registration sends nothing to the webhook. It receives only the objects its rules match, from then on: here, Pods being created.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/persistence#malicious-mutating-webhooks',
      label: 'Malicious mutating webhooks',
    },
  },
  {
    id: 'kcsa-4-persistence-survives-revocation',
    competencies: ['KCSA-4.2'],
    kind: 'concept',
    prompt:
      'An attacker held a leaked cluster-admin CI token for an hour before it was revoked. Which of the things they did in that hour still give them a way back in after the revocation? Choose all that apply.',
    options: [
      {
        text: 'A ClusterRoleBinding that gives cluster-admin to a service account they also created a long-lived token Secret for.',
        correct: true,
        why: 'Both objects are independent of the revoked token. The token in a manually created token Secret has no expiry (the legacy token cleaner only handles auto-generated Secrets listed in a ServiceAccount that sit unused for a year), and the binding makes it as strong as the original credential.',
      },
      {
        text: 'A client certificate they obtained through an approved CertificateSigningRequest.',
        correct: true,
        why: 'kube-apiserver checks no revocation list, so the certificate authenticates until it expires. Only removing its bindings or rotating the client CA stops it.',
      },
      {
        text: 'A CronJob in kube-system that recreates a reverse shell every ten minutes.',
        correct: true,
        why: 'The CronJob controller keeps creating the Jobs with its own identity. The attacker’s token plays no part after the object exists.',
      },
      {
        text: 'The list of Secret names they printed with kubectl get secrets -A.',
        correct: false,
        why: 'That is discovery, not a foothold. Knowing names gives no access once the token that could read them is gone.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#persistence', label: 'Persistence'},
  },
  {
    id: 'kcsa-4-persistence-static-pod-hidden',
    competencies: ['KCSA-4.2'],
    kind: 'scenario',
    prompt:
      'An attacker with root on a worker node writes a Pod manifest into the kubelet’s static Pod directory. The manifest names a namespace, ghost, that does not exist in the cluster. kubectl get pods -A shows nothing new. What is happening?',
    options: [
      {
        text: 'The kubelet runs the Pod anyway; it only fails to create the mirror Pod in the API because the namespace is missing, so the Pod is invisible to kubectl.',
        correct: true,
        why: 'Static Pods are run by the kubelet from files, not by the API server. The mirror Pod is a read-only reflection, and without the namespace it cannot be created, which hides the workload from every API-based inventory.',
      },
      {
        text: 'Nothing runs: the kubelet rejects static Pod manifests in namespaces that do not exist.',
        correct: false,
        why: 'The kubelet rejects manifests that fail validation, such as an invalid namespace name, but a valid name that does not exist only prevents the mirror Pod.',
      },
      {
        text: 'The API server runs the Pod but Pod Security Admission hides it from list requests.',
        correct: false,
        why: 'Static Pods never go through the API server or admission to be created, and admission never hides objects from reads.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#persistence', label: 'Persistence'},
  },
  {
    id: 'kcsa-4-dos-quota-without-limitrange',
    competencies: ['KCSA-4.3', 'KCSA-3.5'],
    kind: 'scenario',
    prompt:
      'A tenant namespace has a ResourceQuota with requests.cpu and limits.memory set, and no LimitRange. A developer applies a Deployment whose containers declare no resources. What happens?',
    options: [
      {
        text: 'The Deployment is created, but its ReplicaSet cannot create any Pod, because the quota admission check rejects Pods that do not declare the covered resources.',
        correct: true,
        why: 'Once a quota covers a compute resource, every new Pod must state it. The Deployment object itself is fine; its Pods are rejected, so it sits at zero ready replicas.',
      },
      {
        text: 'The Pods start with no limits, and the quota is only checked once the namespace is full.',
        correct: false,
        why: 'ResourceQuota is checked at admission for every Pod. A Pod without the covered values cannot be counted against the quota, so it is rejected.',
      },
      {
        text: 'The quota controller fills in default requests and limits from the quota itself.',
        correct: false,
        why: 'A ResourceQuota only caps totals. Defaults come from a LimitRange, which is why the two are deployed together.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#denial-of-service', label: 'Denial of service'},
  },
  {
    id: 'kcsa-4-dos-control-per-resource',
    competencies: ['KCSA-4.3'],
    kind: 'concept',
    prompt: 'Which pairs of denial-of-service threat and Kubernetes control are correct? Choose all that apply.',
    options: [
      {
        text: 'A fork bomb in one container exhausting the node’s process IDs: the kubelet podPidsLimit setting.',
        correct: true,
        why: 'podPidsLimit caps the processes each Pod may create, so one Pod cannot use up the node’s PID space and starve the node’s daemons and other Pods.',
      },
      {
        text: 'One client flooding kube-apiserver with expensive list requests: API Priority and Fairness.',
        correct: true,
        why: 'APF classifies requests into priority levels and queues them fairly per flow, so one noisy client waits in its own queue instead of starving everyone else.',
      },
      {
        text: 'A script creating ConfigMaps in a loop until etcd fills up: an object count in a ResourceQuota.',
        correct: true,
        why: 'ResourceQuota can cap counts of objects such as configmaps, secrets or services per namespace, which protects etcd and the API server from object floods.',
      },
      {
        text: 'A container allocating memory without bound: a default-deny NetworkPolicy.',
        correct: false,
        why: 'NetworkPolicy controls connections, not memory. Memory limits (with LimitRange defaults) and kubelet eviction thresholds handle this.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#denial-of-service', label: 'Denial of service'},
  },
  {
    id: 'kcsa-4-dos-resource-hijacking-quota',
    competencies: ['KCSA-4.3', 'KCSA-4.4'],
    kind: 'scenario',
    prompt:
      'A stolen service account token that can create DaemonSets in one namespace is used to start a cryptominer on every node. The namespace has a ResourceQuota for CPU and memory. What does the quota do here?',
    options: [
      {
        text: 'It caps the total CPU the miner Pods may request and limit in that namespace, so the miner cannot take more than the namespace was given.',
        correct: true,
        why: 'DaemonSet Pods are counted against the namespace quota like any other Pods. The quota bounds the damage but does not stop the miner from running within it.',
      },
      {
        text: 'It prevents the DaemonSet from being created, because DaemonSets are not allowed in namespaces with a quota.',
        correct: false,
        why: 'Quota does not forbid any kind of workload. It limits totals (and object counts if configured).',
      },
      {
        text: 'It detects the miner and raises an alert.',
        correct: false,
        why: 'A quota is an admission-time limit, not a detector. Finding the miner needs metrics, audit alerts on workload creation, or runtime detection.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/cryptomining-resource-hijacking#prevent',
      label: 'Cryptomining: prevent',
    },
  },
  {
    id: 'kcsa-4-rce-blast-radius',
    competencies: ['KCSA-4.4'],
    kind: 'scenario',
    prompt:
      'A deserialization bug in a public web service gives an attacker code execution inside its container. Which settings of that workload limit what the attacker can do next? Choose all that apply.',
    options: [
      {
        text: 'readOnlyRootFilesystem: true and an image with no shell or package manager.',
        correct: true,
        why: 'The attacker cannot drop tools into the filesystem or call a shell that is not there, which breaks most post-exploitation scripts.',
      },
      {
        text: 'automountServiceAccountToken: false, because the application never calls the API.',
        correct: true,
        why: 'Without a token in the container there is no Kubernetes identity to steal and use against the API server.',
      },
      {
        text: 'An egress NetworkPolicy that allows only the database and DNS.',
        correct: true,
        why: 'The process cannot call home, download a payload or reach other services, as long as the CNI plugin enforces the policy.',
      },
      {
        text: 'imagePullPolicy: Always.',
        correct: false,
        why: 'The pull policy decides when the kubelet fetches the image before a container starts. It changes nothing about what code already running in the container can do.',
      },
    ],
    source: {
      to: '/docs/fundamentals/threat-model#malicious-code-execution',
      label: 'Malicious code execution and compromised applications',
    },
  },
  {
    id: 'kcsa-4-rce-shell-detection',
    competencies: ['KCSA-4.4', 'KCSA-5.3'],
    kind: 'scenario',
    prompt:
      'This Falco rule is loaded on every node. An attacker exploits a remote code execution bug in a Pod in namespace shop and the exploit starts /bin/sh. Which statements are true?',
    example: 'policy-engines/falco-shell-in-container.falco.yaml',
    options: [
      {
        text: 'Falco raises the alert, because it sees the execve system call of a shell inside a container in a listed namespace.',
        correct: true,
        why: 'The rule matches execve or execveat of a shell binary in a container whose namespace is payments or shop. How the shell was started does not matter to a system call rule.',
      },
      {
        text: 'The API server audit log also shows the shell, as a pods/exec request.',
        correct: false,
        why: 'The exploit started the shell inside the process tree of the application; no API request was made. Only kubectl exec or attach would leave a pods/exec event.',
      },
      {
        text: 'Falco kills the shell before it runs.',
        correct: false,
        why: 'Falco detects and alerts; it does not block. Stopping the action in the kernel is what Tetragon’s enforcement actions or a seccomp profile do.',
      },
    ],
    source: {to: '/docs/tools/falco#what-it-does', label: 'Falco: what it does and when to choose it'},
  },
  {
    id: 'kcsa-4-network-arp-net-raw',
    competencies: ['KCSA-4.5'],
    kind: 'scenario',
    prompt:
      'From a foothold Pod an attacker sends forged ARP replies to intercept a neighbouring Pod’s traffic on a bridged node network. The Pod runs as root with the container runtime’s default capabilities. Which control takes this technique away?',
    options: [
      {
        text: 'Dropping all capabilities in the container, as the Restricted Pod Security level requires, which removes NET_RAW.',
        correct: true,
        why: 'Forging ARP packets needs raw sockets, that is NET_RAW. containerd still grants NET_RAW by default, so the Pod keeps it unless it drops it.',
      },
      {
        text: 'A ResourceQuota on the namespace.',
        correct: false,
        why: 'Quotas cap resource use and object counts; they have no effect on what packets a container may craft.',
      },
      {
        text: 'Turning on audit logging at RequestResponse level.',
        correct: false,
        why: 'Packets on the node network are not API requests. The audit log never sees them.',
      },
      {
        text: 'Setting imagePullPolicy: Always on the victim Pod.',
        correct: false,
        why: 'The pull policy affects image fetches only, not the network traffic of a running Pod.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#attacker-on-the-network', label: 'Attacker on the network'},
  },
  {
    id: 'kcsa-4-network-metadata-egress',
    competencies: ['KCSA-4.5', 'KCSA-5.6', 'KCSA-3.7'],
    kind: 'scenario',
    prompt:
      'A workload needs HTTPS to the internet, and the team wants it not to reach the cloud instance metadata service or other internal addresses. This policy is applied in its namespace. What does it achieve?',
    example: 'network-policies/egress-internet-except-metadata.yaml',
    options: [
      {
        text: 'The selected Pods may open connections to public addresses on the allowed port, but not to 169.254.169.254 or the private ranges carved out with except.',
        correct: true,
        why: 'ipBlock.except removes the metadata address and the private ranges from the 0.0.0.0/0 allow, so those destinations are not allowed by this rule.',
      },
      {
        text: 'It also blocks the metadata service for every other Pod in the cluster.',
        correct: false,
        why: 'A NetworkPolicy only affects the Pods its podSelector selects, in its own namespace. Other namespaces need their own policies.',
      },
      {
        text: 'It blocks the metadata address even if another policy selecting the same Pods allows 0.0.0.0/0 on port 80.',
        correct: false,
        why: 'Policies are additive allow-lists. An except entry only narrows its own rule; another policy that allows the address still lets the traffic through.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/network-policies#egress-metadata',
      label: 'Internet access without the metadata service',
    },
  },
  {
    id: 'kcsa-4-sensitive-list-secrets',
    competencies: ['KCSA-4.6', 'KCSA-3.4', 'KCSA-3.3'],
    kind: 'scenario',
    prompt:
      'A Role grants a monitoring service account list and watch on secrets in namespace shop, but not get, "so it can only see the names". Is that right?',
    options: [
      {
        text: 'No: list and watch return the full Secret objects, data included, so the account can read every Secret value in shop.',
        correct: true,
        why: 'A list response carries complete objects. Leaving out get does not reduce the data exposed; a Role with list on secrets is read access to all of them.',
      },
      {
        text: 'Yes: list returns only object metadata unless the client asks for a specific Secret with get.',
        correct: false,
        why: 'That would be a PartialObjectMetadata request, which the client chooses, not a limit RBAC enforces. A normal list returns the data.',
      },
      {
        text: 'Yes, as long as encryption at rest is turned on.',
        correct: false,
        why: 'Encryption at rest protects etcd and its backups. The API server decrypts Secrets before returning them to any authorized client.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/secrets-and-encryption#who-can-read', label: 'Who can read a Secret'},
  },
  {
    id: 'kcsa-4-sensitive-env-proc-environ',
    competencies: ['KCSA-4.6', 'KCSA-3.4'],
    kind: 'scenario',
    prompt:
      'An attacker with pods/exec on a payments Pod runs cat /proc/1/environ and finds the database password, which the Deployment injects with env.valueFrom.secretKeyRef. Which change makes such leaks less likely, without changing the application’s access to the value?',
    options: [
      {
        text: 'Mount the Secret key as a read-only file in a volume and have the application read the file.',
        correct: true,
        why: 'Environment variables are inherited by every child process, visible in /proc/<pid>/environ and often dumped in crash reports. A mounted file is not, and a mounted Secret is also refreshed when the Secret changes.',
      },
      {
        text: 'Base64-encode the password once more before storing it in the Secret.',
        correct: false,
        why: 'Base64 is an encoding anyone can reverse. It adds nothing against a reader of the environment.',
      },
      {
        text: 'Mark the Secret immutable: true.',
        correct: false,
        why: 'Immutability stops changes to the Secret’s data. It does not change how a Pod consumes it or who can read it.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/secrets-and-encryption#consuming',
      label: 'Consuming Secrets safely',
    },
  },
  {
    id: 'kcsa-4-sensitive-data-locations',
    competencies: ['KCSA-4.6'],
    kind: 'concept',
    prompt:
      'A team says: "Our Secrets are safe because only cluster admins have RBAC on secrets." Which other places can hold those values and must also be protected? Choose all that apply.',
    options: [
      {
        text: 'etcd backups and snapshots.',
        correct: true,
        why: 'A snapshot holds every object as stored in etcd. Without encryption at rest, every Secret is readable from the file; store and encrypt backups accordingly.',
      },
      {
        text: 'Audit logs, if a policy records Secrets at Request or RequestResponse level.',
        correct: true,
        why: 'Those levels write the request or response body into the log, which for Secrets means the values. Keep Secrets at Metadata.',
      },
      {
        text: 'Any Pod that mounts the Secret, for whoever can exec into it or create Pods in the namespace.',
        correct: true,
        why: 'A Pod can mount any Secret of its namespace, and the API server does not check whether the Pod’s creator may read it. create pods or pods/exec is therefore a path to the value.',
      },
      {
        text: 'The kube-scheduler’s memory, because it reads all Secrets to place Pods.',
        correct: false,
        why: 'The scheduler places Pods by resources, affinity and taints. It has no need for and no default access to Secret data.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#access-to-sensitive-data', label: 'Access to sensitive data'},
  },
  {
    id: 'kcsa-4-privesc-node-takeover-baseline',
    competencies: ['KCSA-4.7', 'KCSA-3.1'],
    kind: 'scenario',
    prompt:
      'A service account that may create Pods in namespace lab applies this Pod. The namespace enforces the Baseline level. Which Baseline controls does it violate? Choose all that apply.',
    example: 'fundamentals/baseline-fails-node-takeover-pod.yaml',
    options: [
      {
        text: 'Host namespaces: hostPID, hostNetwork and hostIPC are set.',
        correct: true,
        why: 'Baseline forbids sharing the node’s PID, network and IPC namespaces.',
      },
      {
        text: 'Privileged containers: securityContext.privileged is true.',
        correct: true,
        why: 'Baseline forbids privileged containers, which have every capability and the host’s devices.',
      },
      {
        text: 'HostPath volumes: the Pod mounts the node’s / directory.',
        correct: true,
        why: 'Baseline forbids hostPath volumes of any path; this one would give chroot access to the node’s root filesystem.',
      },
      {
        text: 'Running as non-root: runAsNonRoot is not set.',
        correct: false,
        why: 'runAsNonRoot is a Restricted control. Baseline lets containers run as root; the Pod fails Baseline for the three other reasons.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#privilege-escalation', label: 'Privilege escalation'},
    claims: [{file: 'fundamentals/baseline-fails-node-takeover-pod.yaml', pss: 'baseline', passes: false}],
  },
  {
    id: 'kcsa-4-privesc-rbac-verbs',
    competencies: ['KCSA-4.7', 'KCSA-3.3'],
    kind: 'concept',
    prompt:
      'Which RBAC permissions let a holder gain more privileges than the permission itself names? Choose all that apply.',
    options: [
      {
        text: 'impersonate on users, groups or serviceaccounts.',
        correct: true,
        why: 'Impersonation lets the holder send requests as another identity, with all of that identity’s permissions, system:masters included if groups may be impersonated.',
      },
      {
        text: 'bind on clusterroles, with create on rolebindings.',
        correct: true,
        why: 'bind lifts the rule that you may only bind a role whose permissions you already hold, so the holder can bind cluster-admin to themselves in every namespace where they may create RoleBindings.',
      },
      {
        text: 'create on pods in a namespace.',
        correct: true,
        why: 'A new Pod can run as any service account in the namespace and mount any Secret there, so it grants the union of those accounts’ rights.',
      },
      {
        text: 'get on configmaps in the holder’s own namespace.',
        correct: false,
        why: 'Reading ConfigMaps exposes configuration, but it grants no new identity or permission (unless someone stored credentials in them, which is a data problem, not a verb problem).',
      },
    ],
    source: {
      to: '/docs/fundamentals/authorization/rbac-privilege-escalation#paths',
      label: 'Escalation paths',
    },
  },
  {
    id: 'kcsa-4-privesc-user-namespaces',
    competencies: ['KCSA-4.7', 'KCSA-3.5'],
    kind: 'concept',
    prompt:
      'What does setting hostUsers: false in a Pod spec change for an attacker who gets root inside one of its containers?',
    options: [
      {
        text: 'UID 0 in the container is mapped to an unprivileged UID range on the node, so a breakout lands as an unprivileged user there.',
        correct: true,
        why: 'The Pod gets its own user namespace. Capabilities held inside it apply only to resources that namespace owns, not to the node.',
      },
      {
        text: 'The container cannot run processes as root at all.',
        correct: false,
        why: 'Processes can still be UID 0 inside the container; that is the point of the mapping. runAsNonRoot is the setting that forbids root.',
      },
      {
        text: 'The Pod no longer shares the node’s kernel.',
        correct: false,
        why: 'User namespaces are a kernel feature of the same shared kernel. Only a sandboxed runtime such as gVisor or Kata Containers changes which kernel the workload talks to.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/security-contexts#user-namespaces', label: 'User namespaces'},
  },
  {
    id: 'kcsa-4-privesc-runtime-socket',
    competencies: ['KCSA-4.7', 'KCSA-3.1'],
    kind: 'scenario',
    prompt:
      'A container-inventory DaemonSet mounts the containerd socket from every node, as below. An attacker gets a shell in one of its containers. Which statements are true? Choose all that apply.',
    example: 'attack-vectors/baseline-fails-hostpath-runtime-socket.yaml',
    options: [
      {
        text: 'With a containerd client the attacker can start a new privileged container that mounts the node’s root directory, and so gets root on the node.',
        correct: true,
        why: 'The runtime socket has no authorization of its own: whoever can connect to it can ask containerd for anything, including a privileged container with a host bind mount.',
      },
      {
        text: 'The container started that way is never a Pod, so Pod Security Admission and the API server audit log do not see it.',
        correct: true,
        why: 'It is created directly in containerd, bypassing the API server, admission and audit. Only node-level monitoring can notice it.',
      },
      {
        text: 'A namespace enforcing Baseline would have rejected these Pods, because Baseline forbids hostPath volumes.',
        correct: true,
        why: 'Baseline forbids every hostPath volume, whatever its path or type, so the DaemonSet’s Pods could not be created there.',
      },
      {
        text: 'Mounting the socket read-only would make it safe.',
        correct: false,
        why: 'A read-only mount stops writes to the socket file itself, not the API calls sent through it. Connecting to a socket is what grants control of the runtime.',
      },
    ],
    source: {to: '/docs/attack-vectors/hostpath-mount-escape#the-runtime-socket', label: 'The runtime socket'},
    claims: [{file: 'attack-vectors/baseline-fails-hostpath-runtime-socket.yaml', pss: 'baseline', passes: false}],
  },
  {
    id: 'kcsa-4-dos-node-reserved',
    competencies: ['KCSA-4.3'],
    kind: 'concept',
    prompt:
      'A node goes NotReady whenever tenant Pods on it use all of its memory, because the kubelet and container runtime are starved too. Which kubelet settings address this? Choose all that apply.',
    options: [
      {
        text: 'systemReserved and kubeReserved, so the node’s own daemons keep a share of CPU and memory that Pods cannot be scheduled into.',
        correct: true,
        why: 'Reserved resources are subtracted from the node’s allocatable capacity, so the scheduler never places Pods into them.',
      },
      {
        text: 'Eviction thresholds, so the kubelet evicts Pods before the node itself runs out of memory.',
        correct: true,
        why: 'Hard and soft eviction thresholds let the kubelet reclaim memory by evicting Pods while the node is still healthy.',
      },
      {
        text: 'readOnlyPort: 0.',
        correct: false,
        why: 'Closing the read-only port removes an unauthenticated information leak; it has no effect on resource starvation.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#denial-of-service', label: 'Denial of service'},
  },
];
