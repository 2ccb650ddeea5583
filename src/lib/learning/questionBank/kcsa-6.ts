import type {Question} from '../questions';

/** Questions for KCSA domain 6, Compliance and Security Frameworks. */
export const questions: readonly Question[] = [
  {
    id: 'kcsa-6-cis-automated-manual',
    competencies: ['KCSA-6.1'],
    kind: 'concept',
    prompt: 'A CIS Kubernetes Benchmark recommendation is marked Manual. What does that mean?',
    options: [
      {
        text: 'A person must judge whether the control is met; a tool such as kube-bench can gather evidence or flag it, but cannot decide it.',
        correct: true,
        why: 'Automated recommendations have a test a tool can run; Manual ones need human judgement, for example whether RBAC grants are minimal.',
      },
      {
        text: 'The control is optional and auditors ignore it.',
        correct: false,
        why: 'Manual describes how a control is assessed, not whether it matters.',
      },
      {
        text: 'The control must be fixed by hand editing a file, while Automated controls fix themselves.',
        correct: false,
        why: 'The benchmark checks; it fixes nothing. Automated means the check can be scripted.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/cis-benchmark-with-kube-bench#frameworks',
      label: 'Where the benchmark fits',
    },
  },
  {
    id: 'kcsa-6-cis-vs-nsa-guidance',
    competencies: ['KCSA-6.1'],
    kind: 'concept',
    prompt:
      'Which statements correctly contrast the CIS Kubernetes Benchmark with the NSA/CISA Kubernetes Hardening Guidance? Choose all that apply.',
    options: [
      {
        text: 'The CIS Benchmark has numbered, prescriptive recommendations for component flags, file permissions and policies that auditors cite by number.',
        correct: true,
        why: 'That is what makes it the usual compliance baseline, and what kube-bench implements.',
      },
      {
        text: 'The NSA/CISA guidance gives broader advice (Pod security, network separation, authentication, logging, upgrades) without numbered checks to run.',
        correct: true,
        why: 'It is useful to spot what configuration checks miss, such as workload isolation and threat detection.',
      },
      {
        text: 'Passing either one proves the cluster is secure.',
        correct: false,
        why: 'Both describe controls to measure against. The benchmark in particular checks configuration, not what runs on the cluster.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/cis-benchmark-with-kube-bench#frameworks',
      label: 'Where the benchmark fits',
    },
  },
  {
    id: 'kcsa-6-kube-bench-version-mapping',
    competencies: ['KCSA-6.1', 'KCSA-6.4'],
    kind: 'scenario',
    prompt:
      'You run kube-bench v0.15.6 without --benchmark on a v1.37 control plane node. Its version mapping table stops at v1.34. What does it do?',
    options: [
      {
        text: 'It lowers the minor version until it finds a mapping and runs the cis-1.12 benchmark, written for older releases, so findings about flags added or removed since then need your judgement.',
        correct: true,
        why: 'kube-bench falls back step by step through the version_mapping table. The result is still useful, but a benchmark for v1.32 to v1.34 may be wrong about a v1.37 flag.',
      },
      {
        text: 'It refuses to run because v1.37 is not supported.',
        correct: false,
        why: 'The fallback is built in; you can also pin a benchmark with --benchmark cis-1.12.',
      },
      {
        text: 'It downloads the newest CIS benchmark from the Center for Internet Security at run time.',
        correct: false,
        why: 'The benchmark checks ship as YAML files with the release (under cfg/); nothing is downloaded at run time.',
      },
    ],
    source: {to: '/docs/tools/kube-bench#benchmark-version', label: 'Which benchmark runs on v1.37'},
  },
  {
    id: 'kcsa-6-benchmark-scope',
    competencies: ['KCSA-6.1'],
    kind: 'scenario',
    prompt:
      'kube-bench shows 0 FAIL on every node. Meanwhile one namespace runs a privileged Pod with a hostPath mount of /, and no namespace has a NetworkPolicy. How can both be true, and what should the team take from it?',
    options: [
      {
        text: 'The scored, automated checks cover component flags, files and permissions; the benchmark’s workload and policy recommendations are Manual and show up as WARN for a person to review, not as FAIL. A clean FAIL count is not a statement about workloads.',
        correct: true,
        why: 'In kube-bench a failing check that is not scored is reported as WARN. The Pod Security and network policy items of section 5 are Manual, so they must be read and acted on, alongside Pod Security Admission and NetworkPolicy reviews.',
      },
      {
        text: 'The privileged Pod must have been created after the scan, because any privileged Pod makes kube-bench report a FAIL.',
        correct: false,
        why: 'Even when kube-bench’s policies checks notice a privileged container, those checks are not scored and are reported as WARN, so the timing is not the explanation.',
      },
      {
        text: 'Passing the CIS Benchmark means the cluster is compliant and secure, so the Pod and the missing policies are acceptable.',
        correct: false,
        why: 'A framework is a list of controls to measure against, and the benchmark itself leaves these items to human judgement. Neither makes a cluster secure on its own.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/cis-benchmark-with-kube-bench#frameworks',
      label: 'Where the benchmark fits',
    },
  },
  {
    id: 'kcsa-6-stride-classify',
    competencies: ['KCSA-6.2'],
    kind: 'concept',
    prompt: 'Which STRIDE classifications are correct? Choose all that apply.',
    options: [
      {
        text: 'Administrators sharing one certificate-based kubeconfig, so the audit log cannot tell them apart: Repudiation.',
        correct: true,
        why: 'Repudiation is the loss of the ability to prove who did what. Shared credentials make every action deniable.',
      },
      {
        text: 'A modified image pushed under an existing tag: Tampering.',
        correct: true,
        why: 'The content changes while the name stays the same, which violates integrity. Digests and signature verification are the controls.',
      },
      {
        text: 'Pods without limits starving the node: Denial of service.',
        correct: true,
        why: 'Availability is the property violated; requests, limits, quotas and PID limits are the controls.',
      },
      {
        text: 'A Pod reading Secrets through list on secrets: Spoofing.',
        correct: false,
        why: 'Reading data one should not is Information disclosure. Spoofing is pretending to be someone else, such as using a stolen token.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#stride', label: 'STRIDE applied to Kubernetes'},
  },
  {
    id: 'kcsa-6-ms-matrix-tactics',
    competencies: ['KCSA-6.2', 'KCSA-4.2'],
    kind: 'scenario',
    prompt:
      'During an intrusion an attacker (1) creates a CronJob that restarts their cryptominer every ten minutes, and (2) reads the node’s cloud credentials from the instance metadata service. Which Microsoft Threat Matrix for Kubernetes tactics do these steps belong to?',
    options: [
      {
        text: '(1) Persistence, (2) Credential access.',
        correct: true,
        why: 'A CronJob that re-creates the payload keeps the attacker in after cleanup; reading managed identity credentials from metadata is credential access.',
      },
      {
        text: '(1) Execution, (2) Discovery.',
        correct: false,
        why: 'The CronJob does run code, but its purpose here is to survive removal, which the matrix lists as the Kubernetes CronJob persistence technique. Querying metadata for credentials goes beyond discovery.',
      },
      {
        text: '(1) Impact, (2) Lateral movement.',
        correct: false,
        why: 'Mining itself is Impact (resource hijacking), but the restart mechanism is Persistence; and the credentials are taken, not yet used to move.',
      },
    ],
    source: {
      to: '/docs/fundamentals/threat-model#microsoft-threat-matrix',
      label: 'Microsoft Threat Matrix for Kubernetes',
    },
  },
  {
    id: 'kcsa-6-attack-containers-purpose',
    competencies: ['KCSA-6.2'],
    kind: 'concept',
    prompt:
      'A detection team already tags its alerts with MITRE ATT&CK technique IDs. Why would it use ATT&CK for Containers rather than only the Kubernetes-specific Microsoft matrix?',
    options: [
      {
        text: 'It extends the same technique IDs into containers and orchestrators (for example T1611 Escape to Host, T1610 Deploy Container), so a chain from a laptop to a Pod can be described end to end.',
        correct: true,
        why: 'ATT&CK for Containers reuses the Enterprise tactics and adds container-specific techniques, keeping one vocabulary across the whole attack.',
      },
      {
        text: 'It replaces STRIDE, so no separate threat enumeration is needed.',
        correct: false,
        why: 'STRIDE enumerates what can go wrong with each element; ATT&CK describes what attackers actually do. They complement each other.',
      },
      {
        text: 'It is a compliance benchmark with pass and fail checks like CIS.',
        correct: false,
        why: 'ATT&CK is a knowledge base of adversary behaviour, not a checklist to pass.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#mitre-attack-containers', label: 'MITRE ATT&CK for Containers'},
  },
  {
    id: 'kcsa-6-threat-model-routine',
    competencies: ['KCSA-6.2', 'KCSA-4.1'],
    kind: 'concept',
    prompt:
      'A team starts a threat model of its Kubernetes platform. Which steps belong in a workable routine? Choose all that apply.',
    options: [
      {
        text: 'Draw the components, data stores, external actors and flows, with trust boundaries, including the CI/CD pipeline and the cloud account.',
        correct: true,
        why: 'Threats live at elements and boundary crossings, so the model starts with a diagram of them; the pipeline and cloud are part of the system even if they are not in YAML.',
      },
      {
        text: 'Walk each element and crossing through STRIDE, then check each ATT&CK or Microsoft matrix tactic for prevention or detection.',
        correct: true,
        why: 'STRIDE gives a systematic list of what can go wrong; the matrices check that real attacker behaviour is covered.',
      },
      {
        text: 'Record a decision (mitigate, accept or transfer) with an owner and a test, and revisit when the architecture changes.',
        correct: true,
        why: 'A small model kept current is worth more than an exhaustive one that is forgotten.',
      },
      {
        text: 'Publish the finished model on the public website so attackers know the controls exist.',
        correct: false,
        why: 'A threat model that lists the weakest crossings is also the attacker’s map; keep it accurate and private.',
      },
    ],
    source: {to: '/docs/fundamentals/threat-model#threat-modeling-in-practice', label: 'Threat modeling in practice'},
  },
  {
    id: 'kcsa-6-sbom-formats-and-scope',
    competencies: ['KCSA-6.3'],
    kind: 'scenario',
    prompt:
      'A customer asks for a software bill of materials for the shop web image. The team runs syft registry.example.com/shop/web@sha256:<digest> -o spdx-json=web.spdx.json -o cyclonedx-json=web.cdx.json. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'SPDX and CycloneDX are the two standard SBOM formats, and Syft writes both in one run.',
        correct: true,
        why: 'Repeating -o with format=file writes each format to its own file.',
      },
      {
        text: 'By default Syft lists the packages of the final (squashed) file system; --scope all-layers also lists packages a later layer deleted.',
        correct: true,
        why: 'Deleted packages are unreachable at run time but still in the layers anyone can download, which matters for some reviews.',
      },
      {
        text: 'The SBOM lists the image’s known vulnerabilities.',
        correct: false,
        why: 'An SBOM is an inventory of components. Matching it against vulnerability data is a separate step, for example with Grype.',
      },
    ],
    source: {to: '/docs/tools/syft#install', label: 'Syft: install and first run'},
  },
  {
    id: 'kcsa-6-sbom-attestation',
    competencies: ['KCSA-6.3', 'KCSA-5.1'],
    kind: 'concept',
    prompt: 'What does syft attest add over publishing a plain SBOM file next to the release?',
    options: [
      {
        text: 'Cosign signs the SBOM as an in-toto attestation stored in the registry next to the image, so consumers can verify who produced it and that it belongs to that image digest.',
        correct: true,
        why: 'An unsigned SBOM can be swapped or edited. A signed attestation bound to the image digest can be checked by anyone, including an admission controller.',
      },
      {
        text: 'It rebuilds the image from the SBOM so the two always match.',
        correct: false,
        why: 'Syft catalogues an existing image; it never builds one.',
      },
      {
        text: 'It encrypts the SBOM so only the cluster can read it.',
        correct: false,
        why: 'Attestations are signed, not encrypted; their value is that anyone can verify them.',
      },
    ],
    source: {to: '/docs/tools/syft#attest', label: 'Attach the SBOM to the image'},
  },
  {
    id: 'kcsa-6-verify-release-identity',
    competencies: ['KCSA-6.3', 'KCSA-5.1'],
    kind: 'scenario',
    prompt:
      'You run: cosign verify registry.k8s.io/kube-apiserver:v1.37.0 --certificate-identity krel-trust@k8s-releng-prod.iam.gserviceaccount.com --certificate-oidc-issuer https://accounts.google.com. It exits 0. What have you established?',
    options: [
      {
        text: 'At least one signature on that image was made with a Sigstore certificate issued to the Kubernetes release identity by that issuer, and its claims name the image digest.',
        correct: true,
        why: 'Exit status 0 means a signature verified against the trusted root with the identity and issuer you demanded.',
      },
      {
        text: 'The image has no known CVEs.',
        correct: false,
        why: 'Signature verification says who published the image, not whether its contents are vulnerable; that is a scanner’s job.',
      },
      {
        text: 'Every image in registry.k8s.io is signed by the same identity.',
        correct: false,
        why: 'The command checks one image reference only.',
      },
    ],
    source: {to: '/docs/tools/cosign#output', label: 'Cosign: how to read the output'},
  },
  {
    id: 'kcsa-6-detect-report-enforce',
    competencies: ['KCSA-6.4'],
    kind: 'concept',
    prompt:
      'Which tools can reject a request or stop an action, rather than only report a finding? Choose all that apply.',
    options: [
      {
        text: 'Kyverno and Gatekeeper, as admission controllers.',
        correct: true,
        why: 'They run as admission webhooks and can deny a create or update, which also means they can break deployments if rolled out carelessly.',
      },
      {
        text: 'Tetragon, with Sigkill or Override actions in a TracingPolicy.',
        correct: true,
        why: 'Tetragon can kill a process or override a system call’s return value in the kernel at the moment it happens.',
      },
      {
        text: 'kube-bench and Trivy.',
        correct: false,
        why: 'Both report. Their exit status can gate a CI job, but nothing stops someone who applies a manifest by hand.',
      },
      {
        text: 'Falco.',
        correct: false,
        why: 'Falco detects and alerts on behaviour; it does not block it.',
      },
    ],
    source: {to: '/docs/tools#detect-or-enforce', label: 'Detect, report or enforce'},
  },
  {
    id: 'kcsa-6-ci-gate-trivy',
    competencies: ['KCSA-6.4', 'KCSA-5.2'],
    kind: 'scenario',
    prompt:
      'A pipeline runs trivy image --severity HIGH,CRITICAL --exit-code 1 on every image it builds. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'The job fails when HIGH or CRITICAL findings remain, so the pipeline stops before its later steps, such as push or deploy.',
        correct: true,
        why: '--exit-code 1 makes Trivy return a non-zero status when findings at the selected severities remain, which fails the CI step.',
      },
      {
        text: 'An image applied by hand with kubectl, outside the pipeline, is not checked by this gate.',
        correct: true,
        why: 'A CI scan is report-only from the cluster’s point of view. Rules that must always hold belong in admission.',
      },
      {
        text: 'Images already running in the cluster are rescanned whenever the vulnerability database changes.',
        correct: false,
        why: 'A CI job scans at build time. Continuous scanning of running images needs something like the Trivy Operator.',
      },
    ],
    source: {to: '/docs/tools/trivy#install', label: 'Trivy: install and first run'},
  },
  {
    id: 'kcsa-6-tool-per-job',
    competencies: ['KCSA-6.4'],
    kind: 'concept',
    prompt: 'Which pairs of job and tool match? Choose all that apply.',
    options: [
      {
        text: 'Check node and control plane settings against the CIS Benchmark: kube-bench.',
        correct: true,
        why: 'kube-bench runs the benchmark’s automated checks from inside the node and reports the CIS control numbers.',
      },
      {
        text: 'Lint manifests and Helm charts in a pull request: KubeLinter.',
        correct: true,
        why: 'KubeLinter checks YAML before it reaches the cluster, which suits CI.',
      },
      {
        text: 'Produce an SBOM for each image at build: Syft.',
        correct: true,
        why: 'Syft catalogues the packages of an image and writes SPDX or CycloneDX documents.',
      },
      {
        text: 'Find out which API user read a Secret: Falco’s system call rules.',
        correct: false,
        why: 'System call rules see processes, not API users. The API server audit log answers who did what through the API.',
      },
    ],
    source: {to: '/docs/tools#by-job', label: 'Tools by job'},
  },
  {
    id: 'kcsa-6-policy-rollout-audit-first',
    competencies: ['KCSA-6.4', 'KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'A platform team wants to introduce a new admission rule, "containers must set readOnlyRootFilesystem", across 40 namespaces without breaking releases. What is the safest sequence?',
    options: [
      {
        text: 'Bind the policy in Warn and Audit mode first, read the warnings and audit annotations to find affected workloads, fix them, then switch the binding to Deny.',
        correct: true,
        why: 'Admission controllers that enforce can break deployments. Measuring first shows who would be rejected before anyone is.',
      },
      {
        text: 'Enforce with Deny everywhere at once; teams will fix what breaks.',
        correct: false,
        why: 'That turns a policy change into an outage. Roll out in audit or warn mode first.',
      },
      {
        text: 'Run the rule only in CI, because admission policies cannot be rolled out gradually.',
        correct: false,
        why: 'Bindings can be scoped by namespace and set to Warn or Audit, which is exactly how to roll out gradually.',
      },
    ],
    source: {to: '/docs/tools#detect-or-enforce', label: 'Detect, report or enforce'},
  },
];
