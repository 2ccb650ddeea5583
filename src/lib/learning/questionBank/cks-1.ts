import type {Question} from '../questions';

/** Questions for CKS domain 1, Cluster Setup. */
export const questions: readonly Question[] = [
  // CKS-1.1 NetworkPolicies
  {
    id: 'cks-1-netpol-and-vs-or-peers',
    competencies: ['CKS-1.1', 'KCSA-3.7'],
    kind: 'scenario',
    prompt:
      'Both policies below select the web pods in namespace shop. Which pods may connect to web on TCP 9090 because of the second policy, metrics-from-monitoring-or?',
    example: 'network-policies/selector-and-vs-or.yaml',
    options: [
      {
        text: 'Every pod in any namespace labelled team=observability, whatever its own labels.',
        correct: true,
        why: 'In the second policy the namespaceSelector is its own list item, so it is a peer on its own: it matches every pod in those namespaces.',
      },
      {
        text: 'Pods labelled role=monitoring in namespace shop.',
        correct: true,
        why: 'The podSelector is a second peer. A podSelector without a namespaceSelector means pods in the policy’s own namespace, which is shop.',
      },
      {
        text: 'Only pods labelled role=monitoring that also run in a team=observability namespace.',
        correct: false,
        why: 'That is the first policy, where both selectors sit in one peer (one dash) and are ANDed. The second policy has two dashes, so the selectors are ORed.',
      },
      {
        text: 'Pods labelled role=monitoring in every namespace of the cluster.',
        correct: false,
        why: 'A podSelector alone never reaches other namespaces; it is scoped to the policy’s namespace.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/network-policies#selectors', label: 'Selectors and the AND/OR pitfall'},
  },
  {
    id: 'cks-1-netpol-default-deny-breaks-dns',
    competencies: ['CKS-1.1', 'KCSA-3.7'],
    kind: 'scenario',
    prompt:
      'You apply a default-deny policy (podSelector: {}, policyTypes: [Ingress, Egress], no rules) to namespace shop. Right after, the shop pods log "could not resolve host" for every Service name, although a later policy allows them to reach the database pods. What is the smallest correct fix?',
    options: [
      {
        text: 'Add an egress policy that allows UDP and TCP port 53 to the CoreDNS pods (k8s-app: kube-dns) in namespace kube-system.',
        correct: true,
        why: 'Default deny for egress also blocks DNS. DNS uses UDP 53 and falls back to TCP 53, and the policy must name the CoreDNS pods, because policies see pod IPs after the Service IP is translated.',
      },
      {
        text: 'Add an ingress rule on the shop pods that allows traffic from kube-system.',
        correct: false,
        why: 'The DNS query is an outgoing connection from the shop pods. Replies to an allowed connection are permitted implicitly, so nothing is needed on ingress.',
      },
      {
        text: 'Allow egress to the kube-dns Service ClusterIP with an ipBlock.',
        correct: false,
        why: 'Most plugins evaluate policy after the Service address is translated to a pod IP, so an ipBlock for the ClusterIP usually does not match. Select the CoreDNS pods instead.',
      },
      {
        text: 'Remove Egress from policyTypes, because NetworkPolicy cannot be used for egress.',
        correct: false,
        why: 'Egress policies are fully supported. Dropping Egress would reopen all outgoing traffic, including to the metadata service and the internet.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/network-policies#allow-dns', label: 'Allowing DNS'},
  },
  {
    id: 'cks-1-netpol-missing-policytypes',
    competencies: ['CKS-1.1'],
    kind: 'scenario',
    prompt:
      'A policy in namespace api has podSelector: {} and a single ingress rule allowing TCP 8080 from the ingress controller. It has no policyTypes field and no egress section. A reviewer says it "locks the namespace down". What does it really do?',
    options: [
      {
        text: 'It isolates every pod in api for ingress only; their egress is still open to anything.',
        correct: true,
        why: 'Without policyTypes, Ingress is always assumed and Egress is added only if the policy has an egress section. This one has none, so egress stays unrestricted.',
      },
      {
        text: 'It isolates the pods for both ingress and egress, and blocks all egress.',
        correct: false,
        why: 'Egress isolation needs Egress in policyTypes, or an egress section when policyTypes is omitted.',
      },
      {
        text: 'It is rejected by the API server because policyTypes is required.',
        correct: false,
        why: 'policyTypes is optional; the API server fills it from the policy’s content.',
      },
      {
        text: 'It has no effect until a second, deny-all policy is added.',
        correct: false,
        why: 'The first policy that selects a pod for a direction already changes that direction to deny-all-except-listed.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/network-policies#semantics',
      label: 'How the API decides what is allowed',
    },
  },
  {
    id: 'cks-1-netpol-needs-enforcing-cni',
    competencies: ['CKS-1.1', 'KCSA-2.9'],
    kind: 'scenario',
    prompt:
      'A cluster runs flannel as its only network plugin. The team applied a default-deny ingress policy to namespace np-test, yet a probe pod in another namespace still gets the web page from web.np-test within a second. What explains it?',
    options: [
      {
        text: 'Flannel on its own does not enforce NetworkPolicy, so the API server stores the policy and nothing acts on it.',
        correct: true,
        why: 'Enforcement is the network plugin’s job. Flannel provides connectivity only; it is paired with Calico (Canal) or replaced by a plugin that enforces policy.',
      },
      {
        text: 'The API server rejected the policy because the CNI does not support it.',
        correct: false,
        why: 'The API server accepts NetworkPolicy objects whether or not anything enforces them, which is why the test matters.',
      },
      {
        text: 'Default deny only blocks traffic inside the namespace, not from other namespaces.',
        correct: false,
        why: 'An ingress default deny isolates the selected pods from every source, in any namespace, except the pod’s own node.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#what-the-cni-plugin-enforces',
      label: 'What the CNI plugin enforces',
    },
  },
  // CKS-1.2 CIS Benchmark
  {
    id: 'cks-1-cis-kube-bench-kubelet-ca',
    competencies: ['CKS-1.2', 'KCSA-2.1'],
    kind: 'scenario',
    prompt:
      'kube-bench on a kubeadm control plane prints the line below. Which statements about fixing it are correct?',
    snippet: {
      language: 'text',
      code: '[FAIL] 1.2.5 Ensure that the --kubelet-certificate-authority argument is set as appropriate (Automated)',
    },
    options: [
      {
        text: 'Without the flag the API server does not verify the kubelet’s serving certificate when it connects for logs, exec and port-forward.',
        correct: true,
        why: 'The flag names the CA that signs kubelet serving certificates. Without it a spoofed node endpoint could intercept exec sessions and logs.',
      },
      {
        text: 'Set it only after every kubelet has a serving certificate signed by that CA (for example serverTLSBootstrap with approved kubelet-serving CSRs).',
        correct: true,
        why: 'kubeadm’s default kubelet serving certificates are self-signed. Setting the flag before replacing them makes logs and exec to those nodes fail.',
      },
      {
        text: 'Fix it in /var/lib/kubelet/config.yaml on every node.',
        correct: false,
        why: 'It is a kube-apiserver flag, set in /etc/kubernetes/manifests/kube-apiserver.yaml on a kubeadm control plane.',
      },
      {
        text: 'It is the same as --client-ca-file, which is already set by kubeadm.',
        correct: false,
        why: '--client-ca-file verifies clients that call the API server. --kubelet-certificate-authority verifies kubelets the API server calls; they are different directions.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/cis-benchmark-with-kube-bench#steps',
      label: 'CIS Benchmark with kube-bench: steps',
    },
  },
  {
    id: 'cks-1-cis-kubelet-config-fixes',
    competencies: ['CKS-1.2', 'CKS-1.4', 'KCSA-2.4'],
    kind: 'scenario',
    prompt:
      'A hand-built worker node uses this kubelet configuration. Which changes does the CIS Benchmark (section 4.2) ask for? Choose all that apply.',
    example: 'attack-vectors/kubelet-config-exposed.yaml',
    options: [
      {
        text: 'authentication.anonymous.enabled: false',
        correct: true,
        why: 'CIS 4.2.1. With anonymous on, any caller that reaches port 10250 is served as system:anonymous.',
      },
      {
        text: 'authorization.mode: Webhook',
        correct: true,
        why: 'CIS 4.2.2. AlwaysAllow lets any caller the kubelet accepts exec into every container; Webhook asks the API server through SubjectAccessReview. Turn authentication.webhook.enabled on as well, so the kubelet can validate bearer tokens.',
      },
      {
        text: 'readOnlyPort: 0',
        correct: true,
        why: 'CIS 4.2.4. Port 10255 serves pod specs and stats over plain HTTP with no authentication.',
      },
      {
        text: 'staticPodPath removed, because static pods are a CIS failure.',
        correct: false,
        why: 'kubeadm nodes use staticPodPath for the control plane components. CIS checks the permissions of the manifests, not the feature’s existence.',
      },
    ],
    source: {to: '/docs/fundamentals/components/kubelet#settings', label: 'Kubelet settings that matter'},
  },
  {
    id: 'cks-1-cis-kubelet-flag-overrides-file',
    competencies: ['CKS-1.2'],
    kind: 'scenario',
    prompt:
      'On a kubeadm worker you set readOnlyPort: 0 in /var/lib/kubelet/config.yaml and ran systemctl restart kubelet, but `ss -ltnp` still shows the kubelet listening on 10255. What is the most likely cause?',
    options: [
      {
        text: 'A --read-only-port flag in /var/lib/kubelet/kubeadm-flags.env or a systemd drop-in overrides the file.',
        correct: true,
        why: 'Command-line flags take precedence over the config file. Check kubeadm-flags.env and `systemctl cat kubelet` for the flag.',
      },
      {
        text: 'The kubelet only reads config.yaml when the node is first joined.',
        correct: false,
        why: 'The kubelet reads its --config file at every start; a restart applies the change.',
      },
      {
        text: 'readOnlyPort cannot be changed on a worker; it is controlled by the API server.',
        correct: false,
        why: 'It is a per-kubelet setting, configured on each node.',
      },
      {
        text: 'You must also run kubeadm upgrade node for kubelet settings to apply.',
        correct: false,
        why: 'kubeadm upgrade is for version upgrades; a kubelet restart applies config file changes.',
      },
    ],
    source: {to: '/docs/fundamentals/components/kubelet#settings', label: 'Kubelet settings that matter'},
  },
  {
    id: 'cks-1-cis-etcd-client-cert-auth',
    competencies: ['CKS-1.2', 'KCSA-2.8'],
    kind: 'concept',
    prompt:
      'An etcd member serves its client port with --cert-file and --key-file, but --client-cert-auth is not set. What does an attacker who can reach port 2379 get?',
    options: [
      {
        text: 'Read and write access to the whole keyspace, Secrets included, over an encrypted connection, without any client certificate.',
        correct: true,
        why: 'TLS without client certificate authentication only encrypts the channel. etcd then accepts any client that connects (CIS 2.2).',
      },
      {
        text: 'Nothing, because the certificate files already force mutual TLS.',
        correct: false,
        why: 'The server certificate proves etcd’s identity to clients. Asking clients for a certificate is what --client-cert-auth=true turns on.',
      },
      {
        text: 'Only read access, because etcd writes need an API server token.',
        correct: false,
        why: 'etcd knows nothing of Kubernetes tokens. A client it accepts can write too, bypassing authorization and admission.',
      },
    ],
    source: {to: '/docs/fundamentals/components/etcd#settings', label: 'etcd settings that matter'},
  },
  {
    id: 'cks-1-cis-kube-bench-version-mapping',
    competencies: ['CKS-1.2', 'KCSA-6.1'],
    kind: 'concept',
    prompt:
      'You run kube-bench v0.15.6 on a v1.37 node without --benchmark. Which benchmark does it apply, and what should you keep in mind?',
    options: [
      {
        text: 'It falls back through its version_mapping table to the newest entry at or below v1.37 (cis-1.12), a benchmark written for older releases, so findings about flags added or removed since then need your judgement.',
        correct: true,
        why: 'kube-bench lowers the minor version step by step until it finds a mapping. v1.37 is not in the table, so it lands on cis-1.12.',
      },
      {
        text: 'It refuses to run because v1.37 has no CIS benchmark.',
        correct: false,
        why: 'It does not refuse; it uses the nearest older mapping.',
      },
      {
        text: 'It downloads the newest CIS benchmark from the Center for Internet Security at run time.',
        correct: false,
        why: 'The benchmarks are YAML files shipped with kube-bench under cfg/; nothing is downloaded.',
      },
    ],
    source: {to: '/docs/tools/kube-bench#benchmark-version', label: 'Which benchmark runs on v1.37'},
  },
  // CKS-1.3 Ingress with TLS
  {
    id: 'cks-1-ingress-tls-secret-shape',
    competencies: ['CKS-1.3', 'KCSA-3.4'],
    kind: 'concept',
    prompt:
      'An Ingress in namespace shop must terminate TLS for shop.example.com. What must the Secret named in spec.tls[].secretName look like?',
    options: [
      {
        text: 'Type kubernetes.io/tls with keys tls.crt and tls.key, in namespace shop.',
        correct: true,
        why: 'An Ingress can only reference a Secret in its own namespace, and the TLS Secret type requires the certificate and private key under tls.crt and tls.key. `kubectl create secret tls` builds exactly that.',
      },
      {
        text: 'Type Opaque with keys cert.pem and key.pem, in the ingress controller’s namespace.',
        correct: false,
        why: 'secretName has no namespace field, so it always refers to the Ingress’s namespace, and controllers look for tls.crt and tls.key.',
      },
      {
        text: 'Type kubernetes.io/tls holding only the certificate; the controller generates the key.',
        correct: false,
        why: 'The controller needs the private key to terminate TLS; it never generates one for your certificate.',
      },
      {
        text: 'No Secret is needed; listing the host under spec.tls makes the API server issue a certificate.',
        correct: false,
        why: 'Kubernetes does not issue Ingress certificates. Tools like cert-manager can create the Secret for you, but a Secret is still what the Ingress references.',
      },
    ],
    source: {to: '/docs/hardening/cluster-setup/ingress-with-tls#steps', label: 'Set up an Ingress with TLS: steps'},
  },
  {
    id: 'cks-1-ingress-tls-wrong-namespace',
    competencies: ['CKS-1.3'],
    kind: 'scenario',
    prompt:
      'An Ingress in namespace payments lists tls: [{hosts: [pay.example.com], secretName: pay-tls}]. The Secret pay-tls was created in namespace ingress-system, where the controller runs. Clients get a certificate for a different name and curl fails with a hostname mismatch. What is wrong, and what is the fix?',
    options: [
      {
        text: 'The Secret must be in the Ingress’s namespace; create pay-tls (type kubernetes.io/tls) in payments.',
        correct: true,
        why: 'secretName is resolved in the Ingress’s own namespace. When the controller cannot find it there, controllers such as ingress-nginx fall back to their default certificate, which does not match the host.',
      },
      {
        text: 'Change the Secret’s type to Opaque so that the controller may read it from any namespace.',
        correct: false,
        why: 'A Secret’s type only decides which keys it must hold; it does not change which namespace an Ingress looks in, and controllers expect the kubernetes.io/tls layout.',
      },
      {
        text: 'Grant the payments namespace’s default service account get on secrets in ingress-system.',
        correct: false,
        why: 'The Ingress is read by the controller, not by a payments service account; RBAC for that account changes nothing.',
      },
      {
        text: 'Run clients with curl -k, because Ingress certificates are never checked.',
        correct: false,
        why: '-k switches verification off and hides exactly this kind of error; clients must verify the certificate.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/ingress-with-tls#what-can-go-wrong',
      label: 'Ingress with TLS: what can go wrong',
    },
  },
  {
    id: 'cks-1-ingress-tls-termination-scope',
    competencies: ['CKS-1.3', 'CKS-4.4'],
    kind: 'concept',
    prompt:
      'An Ingress terminates TLS for shop.example.com and routes to the web Service on port 8080. Which statement about the traffic is true?',
    options: [
      {
        text: 'TLS ends at the ingress controller; the hop from the controller to the web pods is plain HTTP unless a mesh, CNI encryption or backend TLS adds protection.',
        correct: true,
        why: 'Ingress TLS protects client to controller. Pod-to-pod encryption (mesh mTLS or CNI WireGuard/IPsec) is a separate control.',
      },
      {
        text: 'The TLS session continues end to end to the pod, because the Ingress forwards the encrypted stream.',
        correct: false,
        why: 'That is TLS passthrough, a controller-specific option. A spec.tls entry means the controller terminates TLS with the Secret’s key.',
      },
      {
        text: 'The Ingress also encrypts traffic between all pods in the namespace.',
        correct: false,
        why: 'An Ingress only configures the edge proxy; it does nothing for pod-to-pod traffic.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/ingress-with-tls#what-can-go-wrong',
      label: 'Ingress with TLS: what can go wrong',
    },
  },
  // CKS-1.4 Node metadata and endpoints
  {
    id: 'cks-1-metadata-egress-policy-effects',
    competencies: ['CKS-1.4', 'CKS-1.1', 'CKS-3.3'],
    kind: 'scenario',
    prompt:
      'This is the only NetworkPolicy that selects the payment-client pods. Which statements are true? Choose all that apply.',
    example: 'network-policies/egress-internet-except-metadata.yaml',
    options: [
      {
        text: 'The pods cannot reach 169.254.169.254, the cloud metadata service.',
        correct: true,
        why: 'The address is carved out of 0.0.0.0/0 with except, and no other egress rule allows it.',
      },
      {
        text: 'The pods cannot resolve DNS names through CoreDNS.',
        correct: true,
        why: 'The pods are isolated for egress and the only rule allows TCP 443 to public addresses. CoreDNS runs on a pod IP (inside a private range) on port 53, so another policy must allow DNS.',
      },
      {
        text: 'The pods can open HTTPS connections to public internet addresses.',
        correct: true,
        why: 'TCP 443 to any address outside the excepted ranges is allowed.',
      },
      {
        text: 'A pod in the same namespace with hostNetwork: true and the same labels is also kept from the metadata service.',
        correct: false,
        why: 'Host-network pods use the node’s network namespace; most plugins treat their traffic as node traffic, outside NetworkPolicy.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/network-policies#egress-metadata',
      label: 'Internet access without the metadata service',
    },
  },
  {
    id: 'cks-1-metadata-layers',
    competencies: ['CKS-1.4', 'CKS-3.2', 'KCSA-1.2'],
    kind: 'concept',
    prompt:
      'Which measures protect a cloud node’s instance metadata credentials from workloads? Choose all that apply.',
    options: [
      {
        text: 'An egress NetworkPolicy that excludes 169.254.169.254/32 for application namespaces.',
        correct: true,
        why: 'It stops pod-network traffic to the metadata address, where the CNI enforces policy.',
      },
      {
        text: 'On AWS, requiring IMDSv2 (IMDSv1 off) with a response hop limit of 1.',
        correct: true,
        why: 'The session token’s response cannot cross the extra network hop into a pod’s network namespace, so pods cannot complete the IMDSv2 handshake. IMDSv1 must be off too, or pods still get answers to a plain GET.',
      },
      {
        text: 'Workload identity (per-pod cloud identities), so the node role can stay minimal.',
        correct: true,
        why: 'Pods get their own narrowly scoped cloud credentials and the node’s role holds only what the node needs.',
      },
      {
        text: 'Allowing hostNetwork pods so that metadata calls are attributed to the node.',
        correct: false,
        why: 'hostNetwork pods bypass NetworkPolicy and reach the metadata service as the node; forbid them outside system namespaces.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kubelet#node-metadata-and-node-endpoints',
      label: 'Node metadata and node endpoints',
    },
  },
  {
    id: 'cks-1-kubelet-anonymous-alwaysallow-impact',
    competencies: ['CKS-1.4', 'KCSA-2.4'],
    kind: 'scenario',
    prompt:
      'A scan from a compromised pod shows that `curl -sk https://10.0.3.17:10250/pods` returns a full JSON pod list with no credentials. What can the attacker most likely do next, and what was misconfigured?',
    options: [
      {
        text: 'Run commands in any container on that node through the kubelet’s exec/run endpoints, because anonymous authentication is on and authorization is AlwaysAllow.',
        correct: true,
        why: 'A hardened kubelet answers 401 to an anonymous call. Getting data means anonymous is accepted and authorized, and the same authorization covers exec.',
      },
      {
        text: 'Nothing beyond reading the pod list, since exec always goes through the API server.',
        correct: false,
        why: 'The kubelet serves exec itself on 10250; the API server only proxies to it. Callers of 10250 bypass the API server’s RBAC and audit log.',
      },
      {
        text: 'Only read cluster Secrets, because 10250 is the etcd proxy.',
        correct: false,
        why: '10250 is the kubelet API. It reaches the containers on that node, not etcd.',
      },
    ],
    source: {to: '/docs/fundamentals/attack-surface#ports-and-endpoints', label: 'Ports and endpoints attackers probe'},
  },
  // CKS-1.5 Verify platform binaries
  {
    id: 'cks-1-binary-checksum-failed',
    competencies: ['CKS-1.5', 'KCSA-5.1'],
    kind: 'scenario',
    prompt:
      'Before installing kubectl v1.37.0 on a bastion host you downloaded the binary and its .sha256 file from dl.k8s.io and ran the check below. What do you do?',
    snippet: {
      language: 'bash',
      code: '$ echo "$(cat kubectl.sha256)  kubectl" | sha256sum --check\nkubectl: FAILED\nsha256sum: WARNING: 1 computed checksum did NOT match',
    },
    options: [
      {
        text: 'Do not install it; the file is not the published binary (corrupt or tampered). Download it again from dl.k8s.io over HTTPS and re-check.',
        correct: true,
        why: 'The published checksum and the file’s hash differ, so the file is not what the release team built.',
      },
      {
        text: 'Install it: a checksum mismatch only matters for control plane binaries.',
        correct: false,
        why: 'A tampered kubectl sees every credential the admin uses; every binary deserves the check.',
      },
      {
        text: 'Regenerate kubectl.sha256 with sha256sum kubectl and run the check again.',
        correct: false,
        why: 'That compares the file with itself and always passes; the checksum must come from the publisher.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/verify-platform-binaries#steps',
      label: 'Verify platform binaries: steps',
    },
  },
  {
    id: 'cks-1-binary-checksum-source',
    competencies: ['CKS-1.5'],
    kind: 'concept',
    prompt:
      'A colleague verifies a kubelet binary taken from an internal file share by comparing it with a .sha512 file from the same share. Why is that weak, and what is better?',
    options: [
      {
        text: 'Whoever can replace the binary on the share can replace the checksum too; take the checksum from the publisher (dl.k8s.io) or verify the release’s Sigstore signature.',
        correct: true,
        why: 'A checksum only proves integrity relative to where the checksum came from. It must come from a source the attacker does not control.',
      },
      {
        text: 'SHA-512 is broken; only MD5 is acceptable for Kubernetes binaries.',
        correct: false,
        why: 'The opposite: MD5 is broken; Kubernetes publishes SHA-256 and SHA-512 checksums.',
      },
      {
        text: 'Nothing is wrong; matching any checksum proves authenticity.',
        correct: false,
        why: 'A checksum from the same untrusted location proves only that the two files agree with each other.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/verify-platform-binaries#steps',
      label: 'Verify platform binaries: steps',
    },
  },
  {
    id: 'cks-1-cosign-verify-release-image',
    competencies: ['CKS-1.5', 'CKS-5.3'],
    kind: 'scenario',
    prompt:
      "To check a control plane image before a manual upgrade, an engineer runs the command below and it prints \"Verification for registry.k8s.io/kube-apiserver:v1.37.0 --\". What does a successful run prove, and what is the danger of replacing the two certificate flags with --certificate-identity-regexp '.*' --certificate-oidc-issuer-regexp '.*'?",
    snippet: {
      language: 'bash',
      code: 'cosign verify registry.k8s.io/kube-apiserver:v1.37.0 \\\n  --certificate-identity krel-trust@k8s-releng-prod.iam.gserviceaccount.com \\\n  --certificate-oidc-issuer https://accounts.google.com',
    },
    options: [
      {
        text: 'It proves the image digest was signed by the Kubernetes release identity; with the wildcard regexps, a signature by anyone’s Sigstore identity would also pass.',
        correct: true,
        why: 'Anyone can get a Fulcio certificate for their own identity. The identity and issuer flags are what tie the signature to the Kubernetes release team.',
      },
      {
        text: 'It proves the image has no known CVEs.',
        correct: false,
        why: 'A signature proves origin and integrity, not the absence of vulnerabilities; scanning is a separate step.',
      },
      {
        text: 'The regexps are equivalent, because cosign only trusts registry.k8s.io signatures anyway.',
        correct: false,
        why: 'cosign trusts any certificate chaining to the Sigstore root; it does not know which identity you expect unless you say so.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/verify-platform-binaries#what-can-go-wrong',
      label: 'Verify platform binaries: what can go wrong',
    },
  },
  {
    id: 'cks-1-ingress-tls-create-secret',
    competencies: ['CKS-1.3', 'CKS-4.2'],
    kind: 'scenario',
    prompt:
      'To serve shop.example.com over HTTPS through an Ingress in namespace shop, you run the command below. Which statements are true? Choose all that apply.',
    snippet: {
      language: 'bash',
      code: 'kubectl -n shop create secret tls shop-tls --cert=shop.crt --key=shop.key',
    },
    options: [
      {
        text: 'It creates a Secret of type kubernetes.io/tls in namespace shop with the keys tls.crt and tls.key, which the Ingress references with spec.tls[].secretName: shop-tls.',
        correct: true,
        why: 'That is the layout Ingress controllers read, in the namespace the Ingress lives in.',
      },
      {
        text: 'The private key is only base64-encoded in the object; without encryption at rest it sits readable in etcd, and anyone with get on that Secret can read it.',
        correct: true,
        why: 'A TLS Secret is an ordinary Secret: protect it with RBAC and encryption at rest like any credential.',
      },
      {
        text: 'The API server checks that the certificate is signed by a public CA and has not expired.',
        correct: false,
        why: 'The API server only checks that the required keys are present. Validity and trust are checked by clients when they connect.',
      },
      {
        text: 'The Secret is copied automatically into the ingress controller’s namespace.',
        correct: false,
        why: 'Nothing copies Secrets between namespaces; the controller reads it in the Ingress’s namespace through its own RBAC.',
      },
    ],
    source: {to: '/docs/hardening/cluster-setup/ingress-with-tls#steps', label: 'Set up an Ingress with TLS: steps'},
  },
  {
    id: 'cks-1-binary-signature-vs-checksum',
    competencies: ['CKS-1.5', 'KCSA-5.1'],
    kind: 'concept',
    prompt:
      'Next to each Kubernetes release binary, dl.k8s.io publishes .sha256 and .sha512 checksums and a keyless Sigstore signature (.sig with its .cert). What does verifying the signature add over checking the checksum?',
    options: [
      {
        text: 'It proves the Kubernetes release process’s identity signed that exact file, logged in a public transparency log, so a party who can swap both the binary and its checksum still cannot forge it.',
        correct: true,
        why: 'A checksum only proves the file matches a value from the same distribution point. A signature ties the file to the signer’s identity, checked with --certificate-identity and --certificate-oidc-issuer.',
      },
      {
        text: 'It proves the binary has no known vulnerabilities.',
        correct: false,
        why: 'Signatures say nothing about vulnerabilities; check release notes and advisories for fixed CVEs.',
      },
      {
        text: 'Nothing: the signature is just the checksum encoded differently.',
        correct: false,
        why: 'A checksum is a hash anyone can compute; a signature requires the signer’s private key and identity certificate.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/verify-platform-binaries#steps',
      label: 'Verify platform binaries: steps',
    },
  },
  {
    id: 'cks-1-ingress-example-behaviour',
    competencies: ['CKS-1.3'],
    kind: 'scenario',
    prompt:
      'The Ingress below is served by ingress-nginx, and the Secret web-tls (type kubernetes.io/tls) exists in namespace shop with a certificate for shop.example.com. Which statements are true? Choose all that apply.',
    example: 'cluster-setup/ingress-web-tls.yaml',
    options: [
      {
        text: 'A client that connects on 443 with SNI shop.example.com gets the certificate from web-tls.',
        correct: true,
        why: 'The tls entry maps that host to the Secret, and the host equals the rule’s host, as it must.',
      },
      {
        text: 'A plain HTTP request to shop.example.com is answered with a 308 redirect to HTTPS.',
        correct: true,
        why: 'ingress-nginx redirects Ingresses that have a tls section by default; the ssl-redirect annotation states it explicitly.',
      },
      {
        text: 'The connection from the controller to the web pods is HTTPS too.',
        correct: false,
        why: 'TLS ends at the controller; it forwards plain HTTP to the Service unless you add re-encryption, a mesh or CNI encryption.',
      },
      {
        text: 'If tls[].hosts listed www.shop.example.com instead, the controller would still use web-tls for shop.example.com.',
        correct: false,
        why: 'The host in tls[].hosts must match the request’s host; otherwise the controller serves its default certificate for it.',
      },
    ],
    source: {to: '/docs/hardening/cluster-setup/ingress-with-tls#steps', label: 'Set up an Ingress with TLS: steps'},
  },
  {
    id: 'cks-1-kubelet-configz-output',
    competencies: ['CKS-1.4', 'CKS-1.2'],
    kind: 'scenario',
    prompt:
      'You check a worker’s running kubelet through the API server with kubectl get --raw "/api/v1/nodes/worker-1/proxy/configz" piped through jq, and get the output below. What do you conclude?',
    snippet: {
      language: 'json',
      code: '{\n  "anonymous": false,\n  "webhook": true,\n  "mode": "Webhook",\n  "readOnlyPort": null\n}',
    },
    options: [
      {
        text: 'The kubelet API is locked down: no anonymous requests, bearer tokens checked through the API server, every request authorized by SubjectAccessReview, and the read-only port closed.',
        correct: true,
        why: 'These are the safe values. readOnlyPort prints null because a value of 0 is left out of the JSON, which means the port is off.',
      },
      {
        text: 'readOnlyPort is null, so the port falls back to the default 10255 and is open.',
        correct: false,
        why: 'null here means the field was omitted because it is 0; in a configuration file readOnlyPort has no non-zero default.',
      },
      {
        text: 'The output proves no flag overrides the configuration file.',
        correct: false,
        why: 'configz shows the effective configuration, flags included, so it is the right thing to check; but it does not tell you where a value came from. Check the flags on the node too.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/protect-node-metadata-and-endpoints#steps',
      label: 'Protect node metadata and endpoints: steps',
    },
  },
  {
    id: 'cks-1-netpol-dns-one-peer',
    competencies: ['CKS-1.1', 'KCSA-3.7'],
    kind: 'scenario',
    prompt:
      'The DNS policy below puts namespaceSelector and podSelector in one peer. A colleague "simplifies" it by putting a dash before podSelector, making them two peers. What changes?',
    example: 'cluster-setup/netpol-allow-dns.yaml',
    options: [
      {
        text: 'Port 53 egress is then allowed to every pod in kube-system, and to any pod in shop that carries the label k8s-app: kube-dns, which anyone who can create pods in shop can set.',
        correct: true,
        why: 'Two peers are ORed: the namespaceSelector alone matches all of kube-system, and the podSelector alone matches pods in the policy’s own namespace.',
      },
      {
        text: 'Nothing: the two forms are equivalent.',
        correct: false,
        why: 'One peer with both selectors is an AND; two peers are an OR. The difference is one dash in YAML.',
      },
      {
        text: 'DNS stops working, because a podSelector alone cannot match pods in kube-system.',
        correct: false,
        why: 'DNS keeps working through the namespaceSelector peer, which now matches every pod in kube-system, CoreDNS included; the policy just allows far more than intended.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/network-policies#selectors', label: 'Selectors and the AND/OR pitfall'},
  },
];
