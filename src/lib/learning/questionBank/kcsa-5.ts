import type {Question} from '../questions';

/** Questions for KCSA domain 5, Platform Security. */
export const questions: readonly Question[] = [
  {
    id: 'kcsa-5-sign-by-digest',
    competencies: ['KCSA-5.1', 'KCSA-5.2'],
    kind: 'concept',
    prompt: 'Why should CI sign an image as registry.example.com/shop/web@sha256:<digest> rather than as :v1.4?',
    options: [
      {
        text: 'A digest names exactly the image content that was built; a tag can later be moved to a different image, which the signature would then seem to vouch for.',
        correct: true,
        why: 'Tags are mutable pointers. Signing and deploying by digest ties the signature, and the running Pod, to one immutable manifest.',
      },
      {
        text: 'Cosign cannot resolve tags.',
        correct: false,
        why: 'Cosign resolves a tag to a digest and signs that digest. The risk is that someone reads the tag at a different time than the signer did.',
      },
      {
        text: 'Signatures made by tag are not stored in the registry.',
        correct: false,
        why: 'Signatures are stored next to the image either way. The question is which content they cover.',
      },
    ],
    source: {to: '/docs/tools/cosign#install', label: 'Cosign: install and first run'},
  },
  {
    id: 'kcsa-5-checksum-integrity-not-origin',
    competencies: ['KCSA-5.1', 'KCSA-6.3'],
    kind: 'scenario',
    prompt:
      'An engineer downloads kubeadm and kubeadm.sha512 from the same release URL and runs sha512sum --check, which prints "kubeadm: OK". A reviewer says the check is not enough on its own. Why?',
    options: [
      {
        text: 'A checksum fetched from the same place as the binary proves the download is intact, not who produced it; an attacker who can replace one can usually replace the other. Verifying the Sigstore signature against the release identity adds origin.',
        correct: true,
        why: 'Integrity and authenticity are different properties. The .sig and .cert files let cosign verify-blob check that the Kubernetes release service account signed the file.',
      },
      {
        text: 'SHA-512 is broken, so a matching hash proves nothing.',
        correct: false,
        why: 'No practical collision or preimage attack on SHA-512 exists. The weakness is where the expected hash came from, not the algorithm.',
      },
      {
        text: 'sha512sum --check ignores the file content and compares file names only.',
        correct: false,
        why: 'It hashes the file and compares the result with the expected hash; a changed byte makes it print FAILED and exit non-zero.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/verify-platform-binaries#steps',
      label: 'Verify platform binaries: steps',
    },
  },
  {
    id: 'kcsa-5-keyless-identity-required',
    competencies: ['KCSA-5.1', 'KCSA-6.3'],
    kind: 'concept',
    prompt:
      'A team verifies keyless Cosign signatures at admission but only checks that "a valid Sigstore certificate signed the image". What is wrong with that?',
    options: [
      {
        text: 'Anyone can obtain a valid Sigstore certificate for their own identity, so the check must pin the exact certificate identity and OIDC issuer of the team’s release pipeline.',
        correct: true,
        why: 'Keyless signing proves who signed, through the identity in the short-lived certificate. A verification that accepts any identity accepts an attacker’s signature too.',
      },
      {
        text: 'Nothing: Sigstore only issues certificates to approved organisations.',
        correct: false,
        why: 'Fulcio issues a certificate to anyone who completes an OIDC login with one of the identity providers it supports; that is what makes keyless signing easy for everyone, attackers included.',
      },
      {
        text: 'Keyless signatures cannot be verified at admission; only key pairs can.',
        correct: false,
        why: 'Admission controllers such as the Sigstore policy-controller and Kyverno verify keyless signatures with identity and issuer constraints.',
      },
    ],
    source: {to: '/docs/tools/cosign#install', label: 'Cosign: install and first run'},
  },
  {
    id: 'kcsa-5-compromised-pipeline',
    competencies: ['KCSA-5.1', 'KCSA-4.4'],
    kind: 'scenario',
    prompt:
      'An attacker gains control of the CI system that builds, signs and deploys the shop images. The cluster verifies that every image is signed by that CI identity. What does signature verification still guarantee?',
    options: [
      {
        text: 'Only that the image came from the CI identity; a compromised pipeline can sign a malicious image that passes, so the pipeline and its credentials are part of the attack surface.',
        correct: true,
        why: 'A signature proves origin, not intent. Protect the pipeline (short-lived credentials, reviewed changes, limited deploy rights) and keep runtime and admission controls in place behind it.',
      },
      {
        text: 'That the image contains no malicious code, because signed images are scanned by Sigstore.',
        correct: false,
        why: 'Sigstore records signatures in a transparency log; it does not inspect image content.',
      },
      {
        text: 'Nothing at all, because signatures are checked only at pull time by the registry.',
        correct: false,
        why: 'Signatures are verified by whoever chooses to, typically an admission controller; and they still prove origin, just not safety.',
      },
    ],
    source: {to: '/docs/fundamentals/attack-surface#supply-chain', label: 'The supply chain'},
  },
  {
    id: 'kcsa-5-cached-private-image',
    competencies: ['KCSA-5.2'],
    kind: 'scenario',
    prompt:
      'On a shared node, team A’s Pod pulled the private image registry.example.com/a/billing:2.3 with its imagePullSecret. Team B guesses the name and creates a Pod with imagePullPolicy: IfNotPresent and no pull secret. What can stop team B from running the cached image? Choose all that apply.',
    options: [
      {
        text: 'The AlwaysPullImages admission plugin, which sets every container to Always so each Pod’s credentials are checked by the registry.',
        correct: true,
        why: 'With Always the kubelet contacts the registry for every container start, and team B has no credentials the registry accepts.',
      },
      {
        text: 'The kubelet’s image pull credential verification (KubeletEnsureSecretPulledImages), which makes a Pod prove matching credentials before it may use a cached image.',
        correct: true,
        why: 'The kubelet records which credentials pulled each image and makes a Pod whose credentials do not match pull again with its own, which fails for team B.',
      },
      {
        text: 'Pod Security Admission at Restricted.',
        correct: false,
        why: 'Pod Security Standards do not look at images or pull credentials.',
      },
      {
        text: 'A NetworkPolicy that blocks team B’s egress to the registry.',
        correct: false,
        why: 'The image is already on the node. With IfNotPresent and no verification the kubelet never contacts the registry.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#image-pulls-and-credentials',
      label: 'Image pulls and credentials',
    },
  },
  {
    id: 'kcsa-5-imagepullpolicy-defaults',
    competencies: ['KCSA-5.2'],
    kind: 'concept',
    prompt: 'A container spec omits imagePullPolicy. Which defaults does the API server apply? Choose all that apply.',
    options: [
      {
        text: 'image: nginx (no tag, no digest) gets Always.',
        correct: true,
        why: 'An untagged image means :latest, and images with the latest tag or no tag default to Always.',
      },
      {
        text: 'image: nginx:1.27 gets IfNotPresent.',
        correct: true,
        why: 'Any other tag defaults to IfNotPresent, so a cached copy is used if present.',
      },
      {
        text: 'image: nginx@sha256:<digest> gets Always.',
        correct: false,
        why: 'An image referenced by digest defaults to IfNotPresent; the digest already pins the content.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#image-pulls-and-credentials',
      label: 'Image pulls and credentials',
    },
  },
  {
    id: 'kcsa-5-allowed-registries-policy',
    competencies: ['KCSA-5.2', 'KCSA-5.7'],
    kind: 'scenario',
    prompt: 'These three objects are applied. Which requests are rejected? Choose all that apply.',
    example: 'admission/vap-allowed-registries.yaml',
    options: [
      {
        text: 'Creating a Pod in namespace shop with image nginx:1.27.',
        correct: true,
        why: 'A short name has no registry prefix, so it matches neither registry.example.com/ nor registry.k8s.io/ and the binding’s Deny action rejects it.',
      },
      {
        text: 'kubectl debug adding an ephemeral container with image docker.io/library/busybox:1.37 to a Pod in shop.',
        correct: true,
        why: 'The policy matches the pods/ephemeralcontainers subresource and includes ephemeral container images in its check.',
      },
      {
        text: 'Creating a Pod in kube-system with image docker.io/library/busybox:1.37.',
        correct: false,
        why: 'The binding’s namespaceSelector excludes kube-system, so the policy does not run there.',
      },
      {
        text: 'Creating a Pod in shop with image registry.example.com/shop/web:1.4.',
        correct: false,
        why: 'The image starts with an allowed prefix, so the disallowed list is empty and the validation passes.',
      },
    ],
    source: {to: '/docs/fundamentals/admission/validating-admission-policy#parameters', label: 'Parameters'},
  },
  {
    id: 'kcsa-5-audit-vs-runtime-detection',
    competencies: ['KCSA-5.3', 'KCSA-3.6'],
    kind: 'scenario',
    prompt:
      'After an incident you must answer two questions: who opened a shell in the payments Pod, and what did they run inside it? Which sources answer which?',
    options: [
      {
        text: 'The API server audit log shows who made the pods/exec request; a runtime tool such as Falco or Tetragon shows the processes and files touched inside the container.',
        correct: true,
        why: 'The audit log sees API requests and their authenticated users, but never the keystrokes of an exec session. System call monitoring sees processes but not the Kubernetes user behind them.',
      },
      {
        text: 'The audit log at RequestResponse level records both, including every command typed.',
        correct: false,
        why: 'The exec session is a stream after the upgrade; its content is never in the audit log at any level.',
      },
      {
        text: 'Container logs (kubectl logs) record both.',
        correct: false,
        why: 'Container logs hold what the application writes to stdout and stderr. A shell session opened with exec is not part of them, and they do not carry the API user.',
      },
    ],
    source: {to: '/docs/tools/falco#what-it-does', label: 'Falco: what it does and when to choose it'},
  },
  {
    id: 'kcsa-5-exec-event-reading',
    competencies: ['KCSA-5.3', 'KCSA-3.6'],
    kind: 'scenario',
    prompt: 'What can you learn from this audit event? Choose all that apply.',
    example: 'audit-logging/event-pod-exec.yaml',
    options: [
      {
        text: 'oncall@example.com opened an interactive shell (sh with a TTY) in container app of a payments Pod in namespace shop.',
        correct: true,
        why: 'The subresource is exec and the requestURI carries command=sh, container=app, stdin and tty.',
      },
      {
        text: 'The request was allowed by a RoleBinding in shop that grants the ClusterRole pod-debugger to the sre group.',
        correct: true,
        why: 'The authorization annotations record the decision and the binding that allowed it, which tells you where to tighten access.',
      },
      {
        text: 'The commands typed in the shell, which appear in a later ResponseComplete event.',
        correct: false,
        why: 'The audit log never records the content of exec streams. ResponseStarted marks the start of the session; what was typed must come from runtime tooling.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#stages', label: 'Audit stages'},
  },
  {
    id: 'kcsa-5-netpol-flow-visibility',
    competencies: ['KCSA-5.3', 'KCSA-3.7'],
    kind: 'concept',
    prompt:
      'After rolling out default-deny NetworkPolicies, an application team asks which connections are being dropped. Where do you look?',
    options: [
      {
        text: 'In the CNI plugin’s flow logs, such as Cilium Hubble, Calico flow logs or the Antrea flow exporter.',
        correct: true,
        why: 'The NetworkPolicy API has no logging. Only the plugin that enforces the policy knows which packets it dropped.',
      },
      {
        text: 'In the API server audit log, which records every dropped packet as a NetworkPolicy event.',
        correct: false,
        why: 'Packets never reach the API server. The audit log only shows changes to NetworkPolicy objects.',
      },
      {
        text: 'In kubectl describe networkpolicy, which counts matched and dropped connections.',
        correct: false,
        why: 'describe shows the policy’s selectors and rules, not traffic counters.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/network-policies#limitations', label: 'What NetworkPolicy cannot do'},
  },
  {
    id: 'kcsa-5-audit-off-cluster',
    competencies: ['KCSA-5.3'],
    kind: 'concept',
    prompt: 'Why should audit events be shipped off the control plane nodes as they are written?',
    options: [
      {
        text: 'An attacker who gains root on a control plane node, or administrator rights, could otherwise delete or edit the evidence of what they did.',
        correct: true,
        why: 'Evidence kept on the compromised machine is weak. A webhook backend or a log agent sending to storage the cluster’s identities cannot modify keeps the trail intact.',
      },
      {
        text: 'The log backend cannot rotate files, so the disk fills up.',
        correct: false,
        why: 'The log backend rotates with --audit-log-maxsize, --audit-log-maxbackup and --audit-log-maxage.',
      },
      {
        text: 'kube-apiserver deletes audit events after one hour.',
        correct: false,
        why: 'Retention is whatever the rotation flags and your storage decide; the API server has no fixed one-hour limit.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/audit-logging#protect', label: 'Protecting the audit trail'},
  },
  {
    id: 'kcsa-5-mesh-mtls-vs-cni-encryption',
    competencies: ['KCSA-5.4', 'KCSA-4.5'],
    kind: 'concept',
    prompt:
      'A team compares Cilium WireGuard encryption with a service mesh’s mutual TLS for Pod-to-Pod traffic. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'Mesh mTLS gives each workload a certificate tied to its ServiceAccount, so connections are authenticated between workloads and can be authorized by identity.',
        correct: true,
        why: 'The mesh authenticates the peer workload, not just the node, which is what identity-based authorization policies build on.',
      },
      {
        text: 'CNI transparent encryption protects traffic between nodes; traffic between two Pods on the same node does not leave it and is not encrypted by it.',
        correct: true,
        why: 'WireGuard or IPsec tunnels run node to node. They defend against sniffing on the wire, not against a compromised node.',
      },
      {
        text: 'Both require every application to load TLS certificates and change its code.',
        correct: false,
        why: 'CNI encryption is fully transparent, and a mesh proxy terminates mTLS for the application. Neither needs application changes.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#encrypting-pod-to-pod-traffic',
      label: 'Encrypting Pod-to-Pod traffic',
    },
  },
  {
    id: 'kcsa-5-mesh-l7-authorization',
    competencies: ['KCSA-5.4', 'KCSA-3.7'],
    kind: 'scenario',
    prompt:
      'The orders API must accept only GET /api/orders from the frontend workload, and nothing else from anyone. The team tries to write this as a Kubernetes NetworkPolicy. What should you tell them?',
    options: [
      {
        text: 'NetworkPolicy cannot match HTTP methods or paths; use a service mesh authorization policy or a CNI with layer 7 policies, together with a NetworkPolicy for the port.',
        correct: true,
        why: 'NetworkPolicy works on IPs, labels and ports. Layer 7 rules and workload identities come from a mesh or an L7-capable CNI such as Cilium.',
      },
      {
        text: 'Add an http section to the ingress rule of the NetworkPolicy.',
        correct: false,
        why: 'The networking.k8s.io/v1 NetworkPolicy has no HTTP fields; the API server rejects unknown fields under strict validation.',
      },
      {
        text: 'Use a podSelector for the frontend and the ports field set to GET.',
        correct: false,
        why: 'ports takes a protocol (TCP, UDP, SCTP) and a port number or name, not an HTTP method.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/network-policies#limitations', label: 'What NetworkPolicy cannot do'},
  },
  {
    id: 'kcsa-5-mesh-injector-poisoning',
    competencies: ['KCSA-5.4', 'KCSA-4.2'],
    kind: 'scenario',
    prompt:
      'A platform-tools service account has update on the istio-sidecar-injector ConfigMap in istio-system, "to tune proxy settings". Why is this a persistence risk?',
    options: [
      {
        text: 'The injector builds every injected sidecar from that template, so editing it puts any container the attacker likes into every new Pod the injector matches, without registering anything new.',
        correct: true,
        why: 'The injection webhook is trusted and already registered; its template is data. Whoever controls the template controls what every meshed Pod runs.',
      },
      {
        text: 'It is not a risk, because ConfigMaps cannot hold container specifications.',
        correct: false,
        why: 'A ConfigMap holds any text. Istio reads its injection template from this one.',
      },
      {
        text: 'It lets the account read every Secret in istio-system.',
        correct: false,
        why: 'update on one ConfigMap grants no Secret access. The danger is control over what runs in meshed Pods.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/compromised-sidecars#route-2-poison-the-injector',
      label: 'Route 2: poison the injector',
    },
  },
  {
    id: 'kcsa-5-mesh-init-capabilities',
    competencies: ['KCSA-5.4', 'KCSA-3.1'],
    kind: 'scenario',
    prompt:
      'A team enforces Baseline in its namespace and adopts a service mesh whose injected init container adds the NET_ADMIN and NET_RAW capabilities to set up traffic redirection. Its Pods are now rejected. What is the recommended fix?',
    options: [
      {
        text: 'Use the mesh’s CNI mode, where a node agent sets up the redirection, so application Pods need neither capability.',
        correct: true,
        why: 'The privilege moves to one DaemonSet Pod per node in a tightly controlled namespace, and application namespaces keep Baseline or Restricted.',
      },
      {
        text: 'Lower the namespace to Privileged.',
        correct: false,
        why: 'That would let every Pod in the namespace run privileged, mount the host and share its namespaces, far more than the mesh needs.',
      },
      {
        text: 'Nothing: Pod Security runs before mutating webhooks, so injected containers are never checked.',
        correct: false,
        why: 'PodSecurity is a validating plugin that runs after mutation and judges the final Pod, injected containers included; that is why the Pods are rejected.',
      },
    ],
    source: {to: '/docs/attack-vectors/compromised-sidecars#prevent', label: 'Compromised sidecars: prevent'},
  },
  {
    id: 'kcsa-5-pki-kubeadm-cas',
    competencies: ['KCSA-5.5'],
    kind: 'concept',
    prompt: 'Which statements describe the PKI that kubeadm creates in /etc/kubernetes/pki? Choose all that apply.',
    options: [
      {
        text: 'There are three separate CAs: the cluster CA, the etcd CA and the front-proxy CA.',
        correct: true,
        why: 'Separate CAs limit what each certificate is trusted for: a client certificate from the cluster CA is not accepted by etcd, whose trust anchor is etcd/ca.crt.',
      },
      {
        text: 'sa.key and sa.pub are a plain key pair used to sign and verify service account tokens; there is no certificate for them.',
        correct: true,
        why: 'The API server signs tokens with sa.key and verifies them with sa.pub; no CA is involved.',
      },
      {
        text: 'Leaf certificates are valid for ten years and the CAs for one year by default.',
        correct: false,
        why: 'It is the other way round: leaf certificates last one year and the CAs ten.',
      },
      {
        text: 'The API server serving certificate is signed by the etcd CA.',
        correct: false,
        why: 'apiserver.crt is signed by the cluster CA. The etcd CA signs etcd’s own certificates and the API server’s etcd client certificate.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/pki-and-tls#cluster-pki', label: 'The cluster PKI'},
  },
  {
    id: 'kcsa-5-pki-expiry',
    competencies: ['KCSA-5.5'],
    kind: 'scenario',
    prompt:
      'A kubeadm cluster was installed 13 months ago and never upgraded. This morning kubectl fails with x509 certificate has expired errors. What happened, and what is the fix?',
    options: [
      {
        text: 'The one-year control plane leaf certificates expired; run kubeadm certs renew all on each control plane node, restart the static Pods and refresh admin.conf.',
        correct: true,
        why: 'kubeadm renews certificates during upgrades; a cluster not upgraded within a year hits expiry. Static Pods do not reload certificates, so they must be restarted.',
      },
      {
        text: 'The cluster CA expired; it must be replaced before anything else.',
        correct: false,
        why: 'kubeadm CAs are valid for ten years by default. A one-year failure points at leaf certificates.',
      },
      {
        text: 'The kubelet client certificates expired because kubelets cannot rotate them.',
        correct: false,
        why: 'Kubelets rotate their own client certificates with rotateCertificates, the kubeadm default; that is why kubelet.conf is not in kubeadm certs check-expiration.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/pki-and-tls#lifetimes', label: 'Certificate lifetimes and renewal'},
  },
  {
    id: 'kcsa-5-pki-system-masters-csr',
    competencies: ['KCSA-5.5', 'KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'A user who may create and approve CSRs submits a CertificateSigningRequest for the kubernetes.io/kube-apiserver-client signer with subject O=system:masters. What happens?',
    options: [
      {
        text: 'The CertificateSubjectRestriction admission plugin, on by default, rejects the CSR, so no system:masters certificate is issued through the API.',
        correct: true,
        why: 'The plugin exists to stop the CSR API from minting a long-lived, irrevocable cluster-admin credential: it rejects kube-apiserver-client requests that name the system:masters group.',
      },
      {
        text: 'The CSR is signed, and the certificate is cluster-admin until it expires.',
        correct: false,
        why: 'That would be the outcome without CertificateSubjectRestriction. With it, the request is rejected at admission.',
      },
      {
        text: 'The signer strips the system:masters organisation and issues a certificate without it.',
        correct: false,
        why: 'Signers do not edit subjects. The request is refused as a whole.',
      },
    ],
    source: {
      to: '/docs/fundamentals/admission/admission-control#admission-plugins',
      label: 'Admission plugins that matter for security',
    },
  },
  {
    id: 'kcsa-5-ports-and-listeners',
    competencies: ['KCSA-5.6'],
    kind: 'concept',
    prompt: 'Which default port and component pairs are correct for a v1.37 kubeadm cluster? Choose all that apply.',
    options: [
      {
        text: '6443/TCP: kube-apiserver.',
        correct: true,
        why: 'The Kubernetes API listens on 6443 with TLS, authentication, authorization and admission.',
      },
      {
        text: '2379/TCP for etcd clients and 2380/TCP for etcd peers.',
        correct: true,
        why: 'The API server talks to etcd on 2379; etcd members replicate with each other on 2380, both with mutual TLS.',
      },
      {
        text: '10250/TCP: the kubelet API, serving logs, exec, attach and port-forward.',
        correct: true,
        why: 'This is why an exposed kubelet with weak authentication means command execution in every container on the node.',
      },
      {
        text: '10255/TCP: the kubelet read-only port, open by default.',
        correct: false,
        why: 'readOnlyPort is 0 (closed) in kubelet configuration files. Only the deprecated flag still defaults to 10255.',
      },
    ],
    source: {to: '/docs/fundamentals/attack-surface#ports-and-endpoints', label: 'Ports and endpoints attackers probe'},
  },
  {
    id: 'kcsa-5-kube-proxy-role',
    competencies: ['KCSA-5.6'],
    kind: 'concept',
    prompt: 'What does kube-proxy do in a cluster that uses it?',
    options: [
      {
        text: 'It programs each node’s packet filtering (nftables or iptables, for example) so Service virtual IPs and NodePorts reach their backend Pods.',
        correct: true,
        why: 'kube-proxy implements Services. Pod-to-Pod connectivity and NetworkPolicy enforcement come from the CNI plugin.',
      },
      {
        text: 'It enforces NetworkPolicies.',
        correct: false,
        why: 'No Kubernetes component enforces NetworkPolicy; the network plugin does.',
      },
      {
        text: 'It proxies every request to the API server and authenticates users.',
        correct: false,
        why: 'Clients talk to kube-apiserver directly. kube-proxy has nothing to do with API authentication.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/kube-proxy-and-cni#what-the-cni-plugin-enforces',
      label: 'What the CNI plugin enforces',
    },
  },
  {
    id: 'kcsa-5-webhook-netpol-apiserver-source',
    competencies: ['KCSA-5.6', 'KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'A team protects its fail-closed validating webhook with a NetworkPolicy that allows ingress only from Pods in kube-system, "where the API server runs". Right after, every Pod creation the webhook covers fails at admission with a webhook call error. Why?',
    options: [
      {
        text: 'kube-apiserver connects from the control plane nodes’ addresses, not from a Pod, so no podSelector or namespaceSelector peer matches it; the webhook becomes unreachable and failurePolicy: Fail rejects the requests.',
        correct: true,
        why: 'Even as a static Pod the API server uses the host network. Allow the control plane addresses with an ipBlock (and test it; some plugins need extra settings to match node addresses).',
      },
      {
        text: 'NetworkPolicies cannot select webhook Pods.',
        correct: false,
        why: 'Webhook Pods are ordinary Pods; a policy selects them like any other.',
      },
      {
        text: 'kube-system is not allowed as a namespaceSelector value.',
        correct: false,
        why: 'Any namespace can be selected. The problem is that the API server traffic does not come from a Pod in it.',
      },
    ],
    source: {
      to: '/docs/fundamentals/admission/admission-webhooks#webhook-risks',
      label: 'Webhooks as an attack surface',
    },
  },
  {
    id: 'kcsa-5-admission-phase-order',
    competencies: ['KCSA-5.7'],
    kind: 'concept',
    prompt: 'In which order does kube-apiserver handle a Pod create request?',
    options: [
      {
        text: 'Authentication, authorization, mutating admission, schema validation, validating admission, then storage in etcd.',
        correct: true,
        why: 'Admission only runs for authenticated and authorized requests, and validators see the object after every mutation, so they judge what will actually be stored.',
      },
      {
        text: 'Validating admission, mutating admission, authorization, then storage.',
        correct: false,
        why: 'Authorization always comes before admission, and validation after mutation; otherwise a mutator could undo what a validator approved.',
      },
      {
        text: 'Mutating and validating webhooks run in parallel, and the first to answer wins.',
        correct: false,
        why: 'Mutating webhooks run one after another; only validating webhooks run in parallel, and any denial fails the request.',
      },
    ],
    source: {
      to: '/docs/fundamentals/admission/admission-control#request-path',
      label: 'Where admission sits in a request',
    },
  },
  {
    id: 'kcsa-5-webhook-fail-closed-outage',
    competencies: ['KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'All Pods of the policy-webhook Service in policy-system crash. With this configuration, what happens to Pod creation? Choose all that apply.',
    example: 'admission/validating-webhook-fail-closed.yaml',
    options: [
      {
        text: 'Pod creates and updates in application namespaces such as shop are rejected, because the call fails and failurePolicy is Fail.',
        correct: true,
        why: 'Fail closed keeps the policy absolute: if the webhook cannot be reached, matching requests are denied.',
      },
      {
        text: 'The webhook’s own replacement Pods in policy-system can still be created, so it can recover.',
        correct: true,
        why: 'The namespaceSelector excludes policy-system, kube-system and kube-node-lease, so those requests never call the webhook.',
      },
      {
        text: 'All Pods are admitted unchecked until the webhook is back.',
        correct: false,
        why: 'That is failurePolicy: Ignore (fail open), which would let an attacker bypass the policy by taking the webhook down.',
      },
    ],
    source: {
      to: '/docs/fundamentals/admission/admission-webhooks#failure-policy',
      label: 'Failing open or failing closed',
    },
  },
  {
    id: 'kcsa-5-vap-binding-required',
    competencies: ['KCSA-5.7'],
    kind: 'concept',
    prompt: 'Which statements about ValidatingAdmissionPolicy are true? Choose all that apply.',
    options: [
      {
        text: 'A policy without a ValidatingAdmissionPolicyBinding does nothing.',
        correct: true,
        why: 'The binding switches the policy on, sets its scope and says what a failure does.',
      },
      {
        text: 'validationActions: [Warn, Audit] admits violating requests while showing who would be affected.',
        correct: true,
        why: 'Warn returns a client warning and Audit adds an annotation to the audit event; neither rejects. It is the usual rollout step before Deny.',
      },
      {
        text: 'validationActions: [Deny, Warn] is the recommended combination for production.',
        correct: false,
        why: 'Deny and Warn may not be combined, because the user would get the same message twice. Deny with Audit is the usual pair.',
      },
      {
        text: 'The policy runs as a webhook in a Pod that must be kept highly available.',
        correct: false,
        why: 'CEL policies are evaluated inside kube-apiserver; there is no extra Pod to keep running.',
      },
    ],
    source: {
      to: '/docs/fundamentals/admission/validating-admission-policy#binding',
      label: 'Binding and validation actions',
    },
  },
];
