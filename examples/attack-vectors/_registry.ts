import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "attack-vectors" section. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'attack-vectors/admission-config-tampering.falco.yaml': {
    description:
      'Falco k8saudit rules: writes to webhook configurations and admission policies, and disruption of webhook workloads.',
    kinds: ['FalcoRules'],
  },
  'attack-vectors/apf-tenant-low-priority.yaml': {
    description:
      "PriorityLevelConfiguration and FlowSchema (flowcontrol v1) that put one tenant's service accounts in a small, queued priority level, one flow per service account.",
    kinds: ['PriorityLevelConfiguration', 'FlowSchema'],
  },
  'attack-vectors/audit-policy-destructive-deletes.yaml': {
    description:
      'Audit Policy rules that log deletes of namespaces, workloads, volumes, snapshots and backup objects, and PV and scale changes, at Request level.',
    kinds: ['Policy'],
  },
  'attack-vectors/audit-policy-dns-and-network-policy.yaml': {
    description:
      'Audit Policy rules: CoreDNS ConfigMap and NetworkPolicy writes at Request level, service-account discovery lists at Metadata.',
    kinds: ['Policy'],
  },
  'attack-vectors/audit-policy-evidence-tampering.yaml': {
    description:
      'Audit Policy rules that log Event deletes while dropping other Event traffic, and ServiceAccount, RBAC, webhook and APF writes with full bodies.',
    kinds: ['Policy'],
  },
  'attack-vectors/audit-policy-privileged-workloads.yaml': {
    description:
      'Audit Policy rules that log pod, ephemeral-container and workload writes at Request level, so privileged containers show in the log.',
    kinds: ['Policy'],
  },
  'attack-vectors/audit-policy-services-and-csrs.yaml': {
    description:
      'Audit Policy rules that log Service and services/status writes and every CSR write, including approvals, at Request level.',
    kinds: ['Policy'],
  },
  'attack-vectors/audit-policy-token-requests.yaml': {
    description:
      'Audit Policy rules: TokenRequest (serviceaccounts/token create) at Request level, Secrets and ConfigMaps at Metadata, the rest at Metadata.',
    kinds: ['Policy'],
  },
  'attack-vectors/baseline-fails-billing-export-node-credentials.yaml': {
    description:
      "Deployment with a cloud access key in env, a legacy token Secret mounted as a file and the node's /etc/kubernetes through hostPath; fails Baseline.",
    kinds: ['Deployment'],
    pss: 'privileged',
  },
  'attack-vectors/baseline-fails-host-namespaces-gateway.yaml': {
    description: 'Deployment that shares the node network and PID namespaces (hostNetwork, hostPID); fails Baseline.',
    kinds: ['Deployment'],
    pss: 'privileged',
  },
  'attack-vectors/baseline-fails-hostpath-runtime-socket.yaml': {
    description: 'DaemonSet that mounts the containerd socket from each node through hostPath; fails Baseline.',
    kinds: ['DaemonSet'],
    pss: 'privileged',
  },
  'attack-vectors/baseline-fails-injected-telemetry-sidecar.yaml': {
    description:
      'Pod as stored after a compromised injector added a root native sidecar with NET_ADMIN, NET_RAW and SYS_PTRACE, an SSH listener and shareProcessNamespace; fails Baseline.',
    kinds: ['Pod'],
    pss: 'privileged',
  },
  'attack-vectors/baseline-fails-privileged-report-renderer.yaml': {
    description: 'Deployment whose container runs privileged to work around a permissions error; fails Baseline.',
    kinds: ['Deployment'],
    pss: 'privileged',
  },
  'attack-vectors/baseline-passes-pvc-node-root-reader.yaml': {
    description:
      'Pod that mounts the hostPath-backed claim as root; passes Baseline because Pod Security never sees what a PersistentVolume points to.',
    kinds: ['Pod'],
    pss: 'baseline',
  },
  'attack-vectors/coredns-configmap-change.falco.yaml': {
    description: 'Falco k8s_audit rule: a write to kube-system/coredns by an identity outside an allow-list.',
    kinds: ['FalcoRules'],
  },
  'attack-vectors/credential-file-read-in-container.falco.yaml': {
    description:
      'Falco syscall rules: the service-account token read by a shell tool, and kubeconfig, kubelet, projected-token or cloud credential files read in a container.',
    kinds: ['FalcoRules'],
  },
  'attack-vectors/event-coredns-configmap-update.yaml': {
    description:
      "Audit Event at Request level: a workload service account rewrites the CoreDNS Corefile with a hosts entry for another namespace's Service.",
    kinds: ['Event'],
  },
  'attack-vectors/event-csr-approval-update.yaml': {
    description:
      'Audit Event at Request level: a CI service account approves a one-year client-certificate CSR that it created itself.',
    kinds: ['Event'],
  },
  'attack-vectors/event-daemonset-miner-create.yaml': {
    description:
      'Audit Event at Request level: a stolen CI token creates a DaemonSet with an unapproved public image and no limits.',
    kinds: ['Event'],
  },
  'attack-vectors/event-ephemeral-container-patch.yaml': {
    description:
      'Audit Event at Request level: kubectl debug adds an ephemeral container that targets the app container of a production pod.',
    kinds: ['Event'],
  },
  'attack-vectors/event-events-delete.yaml': {
    description:
      'Audit Event at Request level: a stolen service-account token deletes an Event through a proxy that sets a spoofed X-Forwarded-For.',
    kinds: ['Event'],
  },
  'attack-vectors/event-host-namespaces-pod-create.yaml': {
    description:
      'Audit Event at Request level: the ReplicaSet controller creates a pod with hostNetwork and hostPID; PSA audit mode annotates it.',
    kinds: ['Event'],
  },
  'attack-vectors/event-hostpath-pod-create.yaml': {
    description:
      'Audit Event at Request level: a developer creates a pod that mounts the node root through hostPath; PSA audit mode annotates it.',
    kinds: ['Event'],
  },
  'attack-vectors/event-impersonated-secrets-list.yaml': {
    description:
      'Audit Event at Metadata: a CI service account lists Secrets cluster-wide while impersonating a system:masters member.',
    kinds: ['Event'],
  },
  'attack-vectors/event-kubelet-sar-nodes-proxy-get.yaml': {
    description:
      "Audit Event at Request level: a control-plane kubelet's SubjectAccessReview for get on nodes/proxy by a monitoring token.",
    kinds: ['Event'],
  },
  'attack-vectors/event-kubelet-subjectaccessreview.yaml': {
    description:
      "Audit Event at Request level: a kubelet's SubjectAccessReview asking whether a monitoring token may run commands (nodes/proxy).",
    kinds: ['Event'],
  },
  'attack-vectors/event-legacy-token-replay.yaml': {
    description:
      'Audit Event at Metadata: a manually created legacy token Secret used from outside the cluster; annotations name the Secret.',
    kinds: ['Event'],
  },
  'attack-vectors/event-mutatingwebhook-create.yaml': {
    description:
      'Audit Event at Request level: a stolen CI token registers a mutating webhook that receives every new pod.',
    kinds: ['Event'],
  },
  'attack-vectors/event-networkpolicy-delete.yaml': {
    description:
      "Audit Event at Request level: a workload's service account deletes the NetworkPolicy that blocked the cloud metadata address.",
    kinds: ['Event'],
  },
  'attack-vectors/event-pod-create-sidecar-injected.yaml': {
    description:
      'Audit Event at Request level: a controller-created pod whose sidecar appears only in the mutating-webhook patch annotation; PSA audit annotates it.',
    kinds: ['Event'],
  },
  'attack-vectors/event-pod-create-webhook-patched.yaml': {
    description:
      'Audit Event at Request level: a pod create whose mutation and patch annotations show a webhook injecting a second container.',
    kinds: ['Event'],
  },
  'attack-vectors/event-pod-denied-unapproved-registry.yaml': {
    description:
      'Audit Event at Request level: the allowed-registries ValidatingAdmissionPolicy rejects a pod with a typo-squatted public image.',
    kinds: ['Event'],
  },
  'attack-vectors/event-privileged-pod-create.yaml': {
    description:
      'Audit Event at Request level: a CI service account creates a privileged pod; Pod Security audit mode annotates the violation.',
    kinds: ['Event'],
  },
  'attack-vectors/event-pv-create-hostpath.yaml': {
    description:
      'Audit Event at Request level: a developer creates a hostPath PersistentVolume for the node root, pre-bound to a claim in the sandbox namespace.',
    kinds: ['Event'],
  },
  'attack-vectors/event-pvc-delete.yaml': {
    description:
      'Audit Event at Request level: a stolen CI token deletes the PersistentVolumeClaim of a database from an outside address.',
    kinds: ['Event'],
  },
  'attack-vectors/event-secrets-watch-from-pod.yaml': {
    description:
      "Audit Event at Metadata: a compromised pod's service account opens a watch on every Secret in its namespace.",
    kinds: ['Event'],
  },
  'attack-vectors/event-service-exposed-loadbalancer.yaml': {
    description: "Audit Event at Request level: an admin UI's Service is patched to type LoadBalancer.",
    kinds: ['Event'],
  },
  'attack-vectors/event-service-externalips-create.yaml': {
    description:
      'Audit Event at Request level: a namespace deployer creates a Service that claims an outside address through spec.externalIPs.',
    kinds: ['Event'],
  },
  'attack-vectors/event-stolen-token-use.yaml': {
    description:
      "Audit Event at Metadata: a pod-bound service-account token used from outside the cluster; user.extra names the attacker's pod.",
    kinds: ['Event'],
  },
  'attack-vectors/event-workingdir-proc-fd-create.yaml': {
    description:
      'Audit Event at Request level: a pod that passes Restricted sets workingDir /proc/self/fd/8, the pod-spec route to CVE-2024-21626.',
    kinds: ['Event'],
  },
  'attack-vectors/kubelet-config-exposed.yaml': {
    description:
      'DO NOT USE: a KubeletConfiguration with anonymous access, AlwaysAllow authorization and the read-only port open.',
    kinds: ['KubeletConfiguration'],
  },
  'attack-vectors/kubelet-config-pid-and-eviction.yaml': {
    description:
      'KubeletConfiguration with podPidsLimit, system and kube reservations including PIDs, and hard eviction thresholds with pid.available.',
    kinds: ['KubeletConfiguration'],
  },
  'attack-vectors/log-tampering.falco.yaml': {
    description:
      'Falco rules: container logs or the audit log deleted, renamed or truncated on a node by a process other than their owners.',
    kinds: ['FalcoRules'],
  },
  'attack-vectors/mutatingwebhook-malicious-injector.yaml': {
    description:
      'DO NOT APPLY: a MutatingWebhookConfiguration that sends every new pod to an attacker-controlled server, failing open.',
    kinds: ['MutatingWebhookConfiguration'],
  },
  'attack-vectors/network-discovery-in-container.falco.yaml': {
    description:
      'Falco syscall rules: a network discovery tool started in a container, and a container connecting to a kubelet on port 10250.',
    kinds: ['FalcoRules'],
  },
  'attack-vectors/persistent-volume-abuse.falco.yaml': {
    description:
      'Falco k8saudit rules: hostPath PersistentVolumes, hand edits of PersistentVolumes, claims for named volumes and hand-made VolumeSnapshotContents.',
    kinds: ['FalcoRules'],
  },
  'attack-vectors/pv-hostpath-node-root.yaml': {
    description:
      "VULNERABLE PersistentVolume of type hostPath for the node root, pre-bound with claimRef to a claim in the attacker's namespace, and that claim.",
    kinds: ['PersistentVolume', 'PersistentVolumeClaim'],
  },
  'attack-vectors/quota-and-limits-shop.yaml': {
    description:
      'ResourceQuota and LimitRange that cap a namespace and give every container default requests and limits.',
    kinds: ['ResourceQuota', 'LimitRange'],
  },
  'attack-vectors/quota-object-counts-batch.yaml': {
    description:
      'ResourceQuota with compute, storage and object-count limits, and a LimitRange with container defaults and a PVC size cap.',
    kinds: ['ResourceQuota', 'LimitRange'],
  },
  'attack-vectors/rbac-ci-admissionregistration-scoped.yaml': {
    description:
      'ClusterRole and binding: read webhook configurations, update only the one named configuration the pipeline owns.',
    kinds: ['ClusterRole', 'ClusterRoleBinding'],
  },
  'attack-vectors/rbac-ci-admissionregistration-wildcard.yaml': {
    description:
      'VULNERABLE ClusterRole and binding: a CI service account holds every verb on admissionregistration.k8s.io.',
    kinds: ['ClusterRole', 'ClusterRoleBinding'],
  },
  'attack-vectors/rbac-ci-deployer-cluster-admin.yaml': {
    description:
      'DO NOT APPLY: a ClusterRoleBinding that gives the CI service account cluster-admin, and with it every delete.',
    kinds: ['ClusterRoleBinding'],
  },
  'attack-vectors/rbac-developers-exec-prod.yaml': {
    description:
      'Role giving every developer exec, attach and ephemeral containers on all pods of a production namespace.',
    kinds: ['Role', 'RoleBinding'],
  },
  'attack-vectors/rbac-developers-pv-create.yaml': {
    description: 'VULNERABLE ClusterRole and binding: developers may create and edit PersistentVolumes cluster-wide.',
    kinds: ['ClusterRole', 'ClusterRoleBinding'],
  },
  'attack-vectors/rbac-developers-pvc-only.yaml': {
    description: 'Developers read StorageClasses and create claims in their own namespace only.',
    kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'],
  },
  'attack-vectors/rbac-developers-read-only-prod.yaml': {
    description:
      'The fix: developers read pods, events and logs; interactive access is left to a separate on-call grant.',
    kinds: ['Role', 'RoleBinding'],
  },
  'attack-vectors/rbac-dns-sync-coredns-write.yaml': {
    description:
      'Role and RoleBinding in kube-system: a DNS sync tool may update and patch every ConfigMap there, including the CoreDNS Corefile.',
    kinds: ['Role', 'RoleBinding'],
  },
  'attack-vectors/rbac-dns-sync-own-configmap.yaml': {
    description:
      'Role and RoleBinding: the DNS sync tool may change one named ConfigMap in its own namespace and nothing in kube-system.',
    kinds: ['Role', 'RoleBinding'],
  },
  'attack-vectors/rbac-monitoring-nodes-proxy.yaml': {
    description:
      'DO NOT APPLY: a monitoring ClusterRole with get on nodes/proxy, which allows WebSocket exec through every kubelet.',
    kinds: ['ClusterRole', 'ClusterRoleBinding'],
  },
  'attack-vectors/rbac-release-manager-escalation.yaml': {
    description:
      'DO NOT APPLY: a CI ClusterRole with apps wildcards, Secret reads, escalate, bind and impersonate, bound to a service account.',
    kinds: ['ClusterRole', 'ClusterRoleBinding'],
  },
  'attack-vectors/rbac-release-manager-scoped.yaml': {
    description: 'The fix: a namespaced Role with the rollout verbs on deployments, services and configmaps only.',
    kinds: ['Role', 'RoleBinding'],
  },
  'attack-vectors/rbac-report-api-secrets-read.yaml': {
    description:
      "The vulnerable grant: a reporting API's service account may get, list and watch every Secret in its namespace.",
    kinds: ['Role', 'RoleBinding'],
  },
  'attack-vectors/rbac-report-api-secrets-scoped.yaml': {
    description: 'The fix: get on the one Secret the reporting API needs, named with resourceNames; no list or watch.',
    kinds: ['Role', 'RoleBinding'],
  },
  'attack-vectors/restricted-passes-billing-export-projected.yaml': {
    description:
      'The fix: projected tokens only (a cloud-audience token for workload identity and a ten-minute API token), no hostPath, no key in env; passes Restricted.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-bounded-report-worker.yaml': {
    description:
      'Deployment with CPU, memory and ephemeral-storage requests and limits and a sized emptyDir; passes Restricted.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-checkout-mutable-tag.yaml': {
    description:
      'Deployment that passes Restricted but names its image by a movable tag, so a push to the registry changes what it runs.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-checkout-pinned-digest.yaml': {
    description: 'The same Deployment with its image pinned by digest; passes Restricted.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-checkout-vetted-sidecar.yaml': {
    description:
      'The fix: a Deployment with a digest-pinned native log-shipper sidecar that drops all capabilities and reads only the log volume; passes Restricted.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-gateway-with-service.yaml': {
    description:
      'The gateway fixed: its own namespaces, reached through a LoadBalancer Service with externalTrafficPolicy Local; passes Restricted.',
    kinds: ['Service', 'Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-inventory-from-api.yaml': {
    description:
      'The inventory rebuilt on the Kubernetes API: a read-pods-only ClusterRole and a Deployment with no host mounts; passes Restricted.',
    kinds: ['ServiceAccount', 'ClusterRole', 'ClusterRoleBinding', 'Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-operator-own-namespace.yaml': {
    description:
      'The fix: the powerful operator and its service account in a namespace of their own that enforces Restricted.',
    kinds: ['Namespace', 'ServiceAccount', 'Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-report-renderer.yaml': {
    description: 'The same Deployment fixed: non-root, fsGroup-owned emptyDir, no capabilities; passes Restricted.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-token-thief-pod.yaml': {
    description:
      "Attacker's pod that passes Restricted while running as the namespace's most powerful service account and sending its token out.",
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-unbounded-report-worker.yaml': {
    description:
      'Deployment with no resource requests or limits and an unbounded emptyDir; passes Restricted, because Pod Security ignores resources.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
  'attack-vectors/restricted-passes-workingdir-proc-fd.yaml': {
    description:
      'Pod that passes Restricted yet sets workingDir /proc/self/fd/8, which escapes through runc before 1.1.12 (CVE-2024-21626).',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'attack-vectors/service-admin-ui-exposed.yaml': {
    description: 'DO NOT APPLY: a monitoring UI published on an internet-facing LoadBalancer Service.',
    kinds: ['Service'],
  },
  'attack-vectors/service-admin-ui-internal.yaml': {
    description:
      'The fix: the same UI behind a ClusterIP Service, reached through an authenticating proxy or port-forward.',
    kinds: ['Service'],
  },
  'attack-vectors/sidecar-ssh-and-process-access.falco.yaml': {
    description:
      "Falco syscall rules: an SSH server started in a container, reads of another process's environ or root through /proc, and packet sockets in containers.",
    kinds: ['FalcoRules'],
  },
  'attack-vectors/storageclass-encrypted-delete.yaml': {
    description:
      'StorageClass for the AWS EBS CSI driver with KMS encryption and reclaimPolicy Delete, for data that should not outlive its claim.',
    kinds: ['StorageClass'],
  },
  'attack-vectors/supply-chain-images.falco.yaml': {
    description:
      'Falco k8saudit rules: a pod admitted with an image repository outside the approved list, and pod creates refused by admission.',
    kinds: ['FalcoRules'],
  },
  'attack-vectors/validatingwebhook-fail-open-opt-out.yaml': {
    description:
      'VULNERABLE ValidatingWebhookConfiguration: fails open, skips pods by a label their creator sets, and scopes namespaces by a removable opt-in label.',
    kinds: ['ValidatingWebhookConfiguration'],
  },
  'attack-vectors/validatingwebhook-secret-siphon.yaml': {
    description:
      'DO NOT APPLY: a validating webhook that allows everything and exists to receive every Secret written, at an external URL.',
    kinds: ['ValidatingWebhookConfiguration'],
  },
  'attack-vectors/vap-deny-proc-working-dir.yaml': {
    description:
      'ValidatingAdmissionPolicy and binding that reject pods whose containers set a workingDir inside /proc or /dev/fd.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
  'attack-vectors/vap-deny-service-externalips.yaml': {
    description: 'ValidatingAdmissionPolicy and binding that reject Services adding spec.externalIPs (CVE-2020-8554).',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
  'attack-vectors/vap-pod-images-and-process-namespace.yaml': {
    description:
      'ValidatingAdmissionPolicy and binding: every container image from the internal registry and no shareProcessNamespace, checked after mutation.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
  'attack-vectors/vap-require-image-digest.yaml': {
    description:
      'ValidatingAdmissionPolicy and binding that reject pods whose containers do not name their image by digest.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
  'attack-vectors/vap-restrict-persistent-volumes.yaml': {
    description:
      'ValidatingAdmissionPolicy and binding: no hostPath PersistentVolumes, and no claims created with spec.volumeName.',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
  },
};
