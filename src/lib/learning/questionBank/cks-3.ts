import type {Question} from '../questions';

/** Questions for CKS domain 3, System Hardening. */
export const questions: readonly Question[] = [
  // CKS-3.1 Host OS footprint
  {
    id: 'cks-3-host-unexpected-listeners',
    competencies: ['CKS-3.1', 'CKS-3.3'],
    kind: 'scenario',
    prompt:
      'On a worker node that should run only the kubelet, the container runtime and kube-proxy, you list listening sockets. Which actions reduce the node’s attack surface? Choose all that apply.',
    snippet: {
      language: 'text',
      code: '$ sudo ss -tlnp\nState  Local Address:Port  Process\nLISTEN 0.0.0.0:21          users:(("vsftpd",pid=812,fd=3))\nLISTEN 0.0.0.0:111         users:(("rpcbind",pid=640,fd=4))\nLISTEN 0.0.0.0:22          users:(("sshd",pid=901,fd=3))\nLISTEN *:10250             users:(("kubelet",pid=1204,fd=21))\nLISTEN 127.0.0.1:10248     users:(("kubelet",pid=1204,fd=18))\nLISTEN *:10256             users:(("kube-proxy",pid=1533,fd=11))',
    },
    options: [
      {
        text: 'Stop and disable the FTP and rpcbind services (systemctl disable --now) and remove their packages if nothing on the node needs them.',
        correct: true,
        why: 'Every service a node does not need is code an attacker can reach. Removing it beats firewalling it.',
      },
      {
        text: 'Restrict SSH to an administration network or bastion, or remove it where nodes are managed without it.',
        correct: true,
        why: 'A world-reachable SSH daemon is a standing entry point; a minimal node OS often needs none.',
      },
      {
        text: 'Write a NetworkPolicy in kube-system that denies ingress to port 21.',
        correct: false,
        why: 'NetworkPolicy selects pods; it cannot protect a service listening on the node itself.',
      },
      {
        text: 'Stop the kubelet listener on 10250, because it is not needed on workers.',
        correct: false,
        why: 'The API server uses 10250 for logs, exec and port-forward, and metrics-server scrapes it. Secure it (authentication, Webhook authorization, firewalling), do not remove it.',
      },
    ],
    source: {to: '/docs/hardening/system-hardening/minimal-host-os#steps', label: 'Minimise the host OS: steps'},
  },
  {
    id: 'cks-3-host-minimal-os',
    competencies: ['CKS-3.1', 'KCSA-1.1'],
    kind: 'concept',
    prompt: 'Which practices minimise the host OS footprint of Kubernetes nodes? Choose all that apply.',
    options: [
      {
        text: 'Use a minimal, ideally immutable node OS built to run containers, with no extra packages or services.',
        correct: true,
        why: 'Fewer packages and daemons mean fewer vulnerabilities and fewer ways in; an immutable OS also resists persistence.',
      },
      {
        text: 'Keep the kernel, container runtime and runc patched.',
        correct: true,
        why: 'All containers share the host kernel, and runtime bugs such as CVE-2024-21626 turn a container compromise into a node compromise.',
      },
      {
        text: 'Install compilers, debuggers and network tools on every node for incident response.',
        correct: false,
        why: 'Those tools help an intruder as much as a responder. Bring tooling in when needed (for example an ephemeral debug pod) instead.',
      },
      {
        text: 'Run application containers directly with the container runtime CLI on nodes, outside Kubernetes.',
        correct: false,
        why: 'That bypasses admission, Pod Security and audit logging, and adds unmanaged workloads to the node.',
      },
    ],
    source: {to: '/docs/hardening/system-hardening/minimal-host-os#steps', label: 'Minimise the host OS: steps'},
  },
  {
    id: 'cks-3-host-kubelet-debug-handlers',
    competencies: ['CKS-3.1', 'CKS-1.2'],
    kind: 'concept',
    prompt:
      'Which kubelet configuration changes remove optional endpoints from a node without breaking kubectl logs and exec?',
    options: [
      {
        text: 'enableProfilingHandler: false and enableDebugFlagsHandler: false',
        correct: true,
        why: 'They remove /debug/pprof and /debug/flags/v, which production nodes do not need.',
      },
      {
        text: 'enableDebuggingHandlers: false',
        correct: false,
        why: 'That switch also disables the handlers behind kubectl logs, exec, attach and port-forward, for everyone.',
      },
      {
        text: 'readOnlyPort: 10255',
        correct: false,
        why: 'That opens an unauthenticated endpoint; the hardened value is 0.',
      },
    ],
    source: {to: '/docs/fundamentals/components/kubelet#settings', label: 'Kubelet settings that matter'},
  },
  // CKS-3.2 Least-privilege IAM
  {
    id: 'cks-3-iam-admin-conf',
    competencies: ['CKS-3.2', 'KCSA-2.10'],
    kind: 'scenario',
    prompt:
      'On a v1.37 kubeadm cluster, a new engineer asks for "the admin kubeconfig" and an old runbook says to copy /etc/kubernetes/admin.conf to their laptop. What is the better practice?',
    options: [
      {
        text: 'Give each person their own identity (OIDC or a short-lived per-person certificate) bound to the roles they need; keep admin.conf on the node for bootstrap and break-glass use.',
        correct: true,
        why: 'admin.conf is a shared, long-lived cluster-admin credential: every copy is the same user, so audit logs cannot tell people apart.',
      },
      {
        text: 'Copy super-admin.conf instead, since it can be revoked through RBAC.',
        correct: false,
        why: 'The reverse: super-admin.conf is in system:masters, which bypasses RBAC and cannot be revoked. admin.conf (group kubeadm:cluster-admins) is the one RBAC can cut off.',
      },
      {
        text: 'Copying admin.conf is fine as long as the laptop file is chmod 644.',
        correct: false,
        why: 'Mode 644 makes the credential readable by every local user; kubeconfig files with credentials should be 600, and sharing admin.conf is still the problem.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/kubeconfig-and-client-credentials#admin-conf',
      label: 'The admin.conf problem',
    },
  },
  {
    id: 'cks-3-iam-workload-identity',
    competencies: ['CKS-3.2', 'KCSA-1.2'],
    kind: 'concept',
    prompt:
      'Several workloads on EKS need to read one S3 bucket each. What follows least privilege for their cloud access?',
    options: [
      {
        text: 'Give each workload its own cloud role through workload identity (EKS Pod Identity or IAM roles for service accounts), scoped to its bucket, and keep the node role minimal.',
        correct: true,
        why: 'Each pod gets only its own permissions; a compromise of one workload or one node does not expose the others’ buckets.',
      },
      {
        text: 'Add all buckets to the node’s instance role so every pod can reach them through the metadata service.',
        correct: false,
        why: 'Every pod on the node, and anyone who compromises one, inherits access to every bucket.',
      },
      {
        text: 'Store one access key with rights to all buckets in a Secret mounted by all workloads.',
        correct: false,
        why: 'A long-lived shared key is both over-privileged and hard to rotate.',
      },
    ],
    source: {
      to: '/docs/hardening/system-hardening/least-privilege-cloud-identity#steps',
      label: 'Least-privilege cloud identity: steps',
    },
  },
  {
    id: 'cks-3-iam-ci-kubeconfig',
    competencies: ['CKS-3.2', 'CKS-2.1'],
    kind: 'concept',
    prompt: 'A CI system deploys to one namespace. Which credential setup is the least privileged?',
    options: [
      {
        text: 'A dedicated service account with a namespaced Role, used through a short-lived token (kubectl create token --duration) or the CI’s OIDC identity.',
        correct: true,
        why: 'The identity is unique to the pipeline, scoped to what it deploys, and the credential expires quickly if it leaks.',
      },
      {
        text: 'The cluster’s admin.conf stored as a CI secret.',
        correct: false,
        why: 'A leaked admin.conf is cluster-admin for a year or more, and every pipeline shares one identity.',
      },
      {
        text: 'A legacy kubernetes.io/service-account-token Secret for the pipeline’s account, copied into CI.',
        correct: false,
        why: 'Legacy tokens never expire and are not bound to anything; prefer TokenRequest or OIDC.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/kubeconfig-and-client-credentials#file-permissions',
      label: 'Protect kubeconfig files',
    },
  },
  // CKS-3.3 Minimise external network access
  {
    id: 'cks-3-egress-fqdn-limit',
    competencies: ['CKS-3.3', 'CKS-1.1'],
    kind: 'scenario',
    prompt:
      'A payment service must call only api.payments-provider.example over HTTPS; everything else outbound should be blocked. The cluster uses plain Kubernetes NetworkPolicy. Which statements are correct? Choose all that apply.',
    options: [
      {
        text: 'NetworkPolicy cannot match a domain name; you can only allow the provider’s published IP ranges on TCP 443 with ipBlock.',
        correct: true,
        why: 'The API matches IP blocks, selectors and ports. FQDN rules need CNI-specific resources (Cilium toFQDNs, Calico domain rules) or an egress proxy.',
      },
      {
        text: 'The pods also need an egress rule for DNS to CoreDNS, or name resolution fails.',
        correct: true,
        why: 'Once the pods are isolated for egress, DNS is blocked like everything else unless allowed.',
      },
      {
        text: 'Add a NetworkPolicy rule with host: api.payments-provider.example.',
        correct: false,
        why: 'There is no host or domain field in NetworkPolicy; kubectl’s default strict field validation rejects the unknown field, and without it the field would simply be dropped.',
      },
      {
        text: 'A deny rule for 0.0.0.0/0 placed before the allow rule blocks the rest.',
        correct: false,
        why: 'NetworkPolicy has no deny rules and no order; isolation plus allow rules is the only model.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/network-policies#limitations', label: 'What NetworkPolicy cannot do'},
  },
  {
    id: 'cks-3-egress-nodeport-exposure',
    competencies: ['CKS-3.3', 'KCSA-2.6'],
    kind: 'concept',
    prompt:
      'Nodes have public IP addresses. A developer creates a NodePort Service for an internal admin UI. What is exposed, and which controls limit it? Choose all that apply.',
    options: [
      {
        text: 'The UI answers on the same port (from 30000-32767 by default) on every node’s addresses, public ones included.',
        correct: true,
        why: 'kube-proxy opens a NodePort on all nodes; if the nodes are public, so is the Service.',
      },
      {
        text: 'A ResourceQuota with services.nodeports: 0 in tenant namespaces stops new NodePort Services there.',
        correct: true,
        why: 'The quota counts NodePort Services, and a hard limit of 0 rejects them.',
      },
      {
        text: 'kube-proxy’s nodePortAddresses can limit NodePorts to chosen interfaces or CIDRs.',
        correct: true,
        why: 'Setting it to primary or to explicit CIDRs keeps NodePorts off addresses that clients should not use.',
      },
      {
        text: 'NodePorts are only reachable from inside the cluster unless the Service also has type LoadBalancer.',
        correct: false,
        why: 'A NodePort listens on the node addresses, reachable from anywhere that can route to them.',
      },
    ],
    source: {to: '/docs/fundamentals/attack-surface#network', label: 'The network'},
  },
  {
    id: 'cks-3-egress-control-plane-ports',
    competencies: ['CKS-3.3', 'CKS-1.2', 'KCSA-2.8'],
    kind: 'scenario',
    prompt:
      'A cloud security group on the control plane nodes allows inbound 0.0.0.0/0 to TCP 2379-2380 and 10250 "for debugging". The API server on 6443 is also open to the internet. What should change first?',
    options: [
      {
        text: 'Close 2379-2380 to everything except the control plane members, and 10250 to everything except the control plane and the metrics scraper; restrict 6443 to the networks that need the API.',
        correct: true,
        why: 'etcd holds every Secret and gives no audit trail; the kubelet API runs commands in containers. Neither should face the internet, and the API endpoint should be limited to known networks where possible.',
      },
      {
        text: 'Nothing, because all three ports use TLS.',
        correct: false,
        why: 'TLS encrypts; it does not decide who may connect. A misconfigured authentication setting becomes remotely exploitable when the port is public.',
      },
      {
        text: 'Close 6443 only; etcd and the kubelet are safe behind the API server.',
        correct: false,
        why: 'Clients of etcd and the kubelet talk to them directly, bypassing the API server entirely.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/protect-node-metadata-and-endpoints#steps',
      label: 'Protect node metadata and endpoints: steps',
    },
  },
  // CKS-3.4 AppArmor and seccomp
  {
    id: 'cks-3-apparmor-localhost-profile',
    competencies: ['CKS-3.4', 'KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'A container must run under the AppArmor profile k8s-deny-write, which an administrator wrote for the nodes. The Pod sets the securityContext below. What is needed for it to run confined?',
    snippet: {
      language: 'yaml',
      code: 'securityContext:\n  appArmorProfile:\n    type: Localhost\n    localhostProfile: k8s-deny-write',
    },
    options: [
      {
        text: 'The profile must be loaded (for example with apparmor_parser) on every node where the Pod can be scheduled, under exactly that name.',
        correct: true,
        why: 'Localhost refers to a profile already loaded in the node’s kernel, by name. Kubernetes does not distribute profiles; if it is missing, the container does not start.',
      },
      {
        text: 'The annotation container.apparmor.security.beta.kubernetes.io/<container> must be added as well.',
        correct: false,
        why: 'The annotation was deprecated in v1.30 when the appArmorProfile field replaced it (GA in v1.31); use the field alone.',
      },
      {
        text: 'localhostProfile must be a file path under /var/lib/kubelet/seccomp.',
        correct: false,
        why: 'That is how seccomp Localhost profiles are referenced. AppArmor Localhost profiles are referenced by their loaded name.',
      },
      {
        text: 'Nothing on the node: the kubelet downloads the profile from the API server.',
        correct: false,
        why: 'There is no API object for AppArmor profiles; getting them onto nodes is up to you (configuration management, a DaemonSet loader).',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/security-contexts#kernel-confinement', label: 'Kernel confinement'},
  },
  {
    id: 'cks-3-seccomp-localhost-path',
    competencies: ['CKS-3.4'],
    kind: 'scenario',
    prompt:
      'A Pod sets seccompProfile: {type: Localhost, localhostProfile: profiles/audit.json}. On a node with default kubelet settings, where must the profile file be?',
    options: [
      {
        text: '/var/lib/kubelet/seccomp/profiles/audit.json',
        correct: true,
        why: 'localhostProfile is a path relative to the kubelet’s seccomp directory, /var/lib/kubelet/seccomp by default.',
      },
      {
        text: '/etc/apparmor.d/profiles/audit.json',
        correct: false,
        why: 'That is AppArmor’s profile directory; seccomp profiles are JSON files under the kubelet’s seccomp root.',
      },
      {
        text: 'In a ConfigMap named profiles in the Pod’s namespace.',
        correct: false,
        why: 'The kubelet reads the profile from the node’s disk; no API object is involved.',
      },
      {
        text: 'Anywhere, because localhostProfile must be an absolute path.',
        correct: false,
        why: 'The path is relative to the seccomp root; absolute paths are not how the field works.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/security-contexts#kernel-confinement', label: 'Kernel confinement'},
  },
  {
    id: 'cks-3-seccomp-default-kubelet',
    competencies: ['CKS-3.4', 'CKS-4.1'],
    kind: 'concept',
    prompt:
      'Every kubelet runs with seccompDefault: true. A Pod with no seccompProfile is created in a namespace that enforces Restricted. What happens?',
    options: [
      {
        text: 'Pod Security Admission rejects it; the kubelet setting would have given it RuntimeDefault at run time, but admission does not take node settings into account.',
        correct: true,
        why: 'Restricted requires seccompProfile to be set to RuntimeDefault or Localhost in the Pod spec. seccompDefault only changes what the node applies when the field is empty.',
      },
      {
        text: 'It is admitted and runs with RuntimeDefault.',
        correct: false,
        why: 'It would run with RuntimeDefault on those nodes, but admission checks the spec first and fails it.',
      },
      {
        text: 'It is admitted and runs Unconfined, because seccompDefault only applies to privileged Pods.',
        correct: false,
        why: 'seccompDefault applies to every container that sets no profile, but that does not help it pass admission.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/pod-security-standards#seccomp-restricted',
      label: 'Restricted: seccomp',
    },
  },
  {
    id: 'cks-3-seccomp-runtime-default-meaning',
    competencies: ['CKS-3.4', 'KCSA-1.4'],
    kind: 'concept',
    prompt: 'Which statements about seccomp in v1.37 are true? Choose all that apply.',
    options: [
      {
        text: 'Without a profile in the Pod and without kubelet seccompDefault, a container runs Unconfined.',
        correct: true,
        why: 'Kubernetes does not apply a seccomp filter by default unless the node is configured to.',
      },
      {
        text: 'RuntimeDefault uses the container runtime’s built-in profile, which blocks a few dozen dangerous system calls.',
        correct: true,
        why: 'It is a broad allow-list that most applications run under unchanged.',
      },
      {
        text: 'The seccomp.security.alpha.kubernetes.io/pod annotation still sets the profile.',
        correct: false,
        why: 'The seccomp annotations were deprecated when the field went GA in v1.19 and have had no effect since v1.27.',
      },
      {
        text: 'seccomp and AppArmor are the same mechanism under two names.',
        correct: false,
        why: 'seccomp filters system calls; AppArmor is a mandatory access control module that restricts files, capabilities and more by profile.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/security-contexts#kernel-confinement', label: 'Kernel confinement'},
  },
  {
    id: 'cks-3-host-root-equivalent-paths',
    competencies: ['CKS-3.1', 'CKS-3.2'],
    kind: 'concept',
    prompt:
      'Which node paths give whoever can write to them control over the node or every workload on it, so they must stay root-only and never be mounted into Pods? Choose all that apply.',
    options: [
      {
        text: 'The container runtime socket, such as /run/containerd/containerd.sock.',
        correct: true,
        why: 'The socket has no authorization of its own; anyone who can write to it can start a privileged container.',
      },
      {
        text: 'The static Pod directory, /etc/kubernetes/manifests on kubeadm nodes.',
        correct: true,
        why: 'The kubelet runs any manifest placed there, and keeps running it even when admission rejects its mirror Pod.',
      },
      {
        text: 'The kubelet’s configuration file, /var/lib/kubelet/config.yaml.',
        correct: true,
        why: 'Whoever edits it can switch on anonymous access and AlwaysAllow on the kubelet API, which takes effect at the next kubelet restart and opens exec into every container on the node.',
      },
      {
        text: 'A Pod’s own emptyDir volume.',
        correct: false,
        why: 'An emptyDir is scratch space private to the Pod; writing to it gives no control over the node.',
      },
    ],
    source: {
      to: '/docs/fundamentals/attack-surface#container-runtime-and-host-os',
      label: 'Container runtime and host OS',
    },
  },
  {
    id: 'cks-3-host-kernel-modules',
    competencies: ['CKS-3.1'],
    kind: 'scenario',
    prompt:
      'To stop rarely used kernel modules from being loaded on nodes, a colleague proposes the first file below and you propose the second. What is the difference?',
    snippet: {
      language: 'text',
      code: '# /etc/modprobe.d/colleague.conf\nblacklist dccp\nblacklist rds\n\n# /etc/modprobe.d/k8s-node-hardening.conf\ninstall dccp /bin/false\ninstall rds /bin/false',
    },
    options: [
      {
        text: 'blacklist only stops loading through the module’s aliases; an explicit modprobe dccp still loads it. install … /bin/false stops both automatic and explicit loading.',
        correct: true,
        why: 'An install line replaces the load command for that module with one that fails, whatever triggered the load.',
      },
      {
        text: 'They are equivalent.',
        correct: false,
        why: 'blacklist leaves explicit loading by name possible; install with /bin/false does not.',
      },
      {
        text: 'Neither works, because containers load kernel modules from their own image.',
        correct: false,
        why: 'Containers share the host kernel; modules are loaded into that kernel from the node, which is why blocking them on the node matters.',
      },
    ],
    source: {to: '/docs/hardening/system-hardening/minimal-host-os#steps', label: 'Minimise the host OS: steps'},
  },
  {
    id: 'cks-3-lb-source-ranges',
    competencies: ['CKS-3.3'],
    kind: 'scenario',
    prompt: 'Which statements about this Service are true? Choose all that apply.',
    example: 'system-hardening/service-loadbalancer-source-ranges.yaml',
    options: [
      {
        text: 'Only clients in 198.51.100.0/24 should be able to reach the storefront through the load balancer.',
        correct: true,
        why: 'loadBalancerSourceRanges restricts the load balancer to those client ranges, where the provider (and kube-proxy) support it.',
      },
      {
        text: 'No NodePort is allocated, so the storefront is not also exposed on every node’s address.',
        correct: true,
        why: 'allocateLoadBalancerNodePorts: false skips NodePort allocation, removing the side door on node addresses (the load balancer must then route to pods directly).',
      },
      {
        text: 'It replaces NetworkPolicy for the storefront pods.',
        correct: false,
        why: 'It only filters traffic arriving through the load balancer; other pods in the cluster can still reach the storefront unless a NetworkPolicy says otherwise.',
      },
    ],
    source: {
      to: '/docs/hardening/system-hardening/minimize-external-network-access#steps',
      label: 'Minimise external network access: steps',
    },
  },
  {
    id: 'cks-3-iam-gke-workload-identity',
    competencies: ['CKS-3.2', 'KCSA-1.2'],
    kind: 'scenario',
    prompt:
      'On a GKE cluster with Workload Identity Federation enabled (node pools using the GKE metadata server), the ServiceAccount below is applied. Which statements are true? Choose all that apply.',
    example: 'system-hardening/serviceaccount-gke-workload-identity.yaml',
    options: [
      {
        text: 'Pods running as orders/invoice-exporter can act as the IAM service account only if IAM lets that Kubernetes principal impersonate it (roles/iam.workloadIdentityUser on the IAM service account).',
        correct: true,
        why: 'The annotation says which IAM service account to use; the IAM binding on that account is what authorizes the Kubernetes ServiceAccount to use it.',
      },
      {
        text: 'The annotation alone grants the pods the IAM service account’s permissions.',
        correct: false,
        why: 'Anyone who can edit a ServiceAccount could then claim any IAM identity; the IAM side must trust the specific namespace and account.',
      },
      {
        text: 'Every pod in namespace orders receives that cloud identity.',
        correct: false,
        why: 'Only pods that run as invoice-exporter do; other pods in orders keep their own (or no) cloud identity.',
      },
    ],
    source: {
      to: '/docs/hardening/system-hardening/least-privilege-cloud-identity#steps',
      label: 'Least-privilege cloud identity: steps',
    },
  },
];
