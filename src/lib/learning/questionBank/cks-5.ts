import type {Question} from '../questions';

/** Questions for CKS domain 5, Supply Chain Security. */
export const questions: readonly Question[] = [
  // CKS-5.1 Base image footprint
  {
    id: 'cks-5-image-dockerfile-footprint',
    competencies: ['CKS-5.1', 'KCSA-1.5'],
    kind: 'scenario',
    prompt:
      'A Go service is built with the Dockerfile below. Which changes shrink its attack surface without changing what the service does? Choose all that apply.',
    snippet: {
      language: 'text',
      code: 'FROM golang:1.25\nWORKDIR /src\nCOPY . .\nRUN apt-get update && apt-get install -y curl vim netcat-openbsd\nRUN CGO_ENABLED=0 go build -o /app ./cmd/server\nCMD ["/app"]',
    },
    options: [
      {
        text: 'Use a multi-stage build: compile in the golang stage, then copy only /app into a distroless or scratch final stage.',
        correct: true,
        why: 'The final image then holds the static binary and little else: no compiler, package manager or shell for an intruder to use, and far fewer packages to carry CVEs.',
      },
      {
        text: 'Drop the curl, vim and netcat installation.',
        correct: true,
        why: 'Debugging and network tools help an attacker download payloads and pivot; the service does not need them at run time.',
      },
      {
        text: 'Run as a non-root user in the final stage (USER with a numeric UID, such as 65532).',
        correct: true,
        why: 'A numeric UID lets the kubelet check runAsNonRoot, and a process that is not root does less damage if compromised.',
      },
      {
        text: 'Switch the base image tag to golang:latest so it always has the newest patches.',
        correct: false,
        why: 'latest changes under you and makes builds irreproducible; the final image should not contain the Go toolchain at all.',
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#container', label: 'The container layer'},
  },
  {
    id: 'cks-5-image-distroless-exec',
    competencies: ['CKS-5.1', 'CKS-6.4'],
    kind: 'scenario',
    prompt:
      'You run `kubectl exec -n shop deploy/web -- sh -c \'id; touch /probe\'` and get: exec: "sh": executable file not found in $PATH. What does this tell you about the image, and why does it matter?',
    options: [
      {
        text: 'The image has no shell, as in a distroless image; an attacker with remote code execution cannot simply spawn one, which limits what injected code can do.',
        correct: true,
        why: 'Minimal images remove the tools attackers rely on after an exploit: shells, package managers, downloaders.',
      },
      {
        text: 'The Pod’s RBAC forbids exec.',
        correct: false,
        why: 'An RBAC denial is a 403 Forbidden from the API server; this error comes from the runtime looking for the binary in the container.',
      },
      {
        text: 'The container has a read-only root file system.',
        correct: false,
        why: 'A read-only root would let sh start and make touch fail; here sh itself does not exist.',
      },
    ],
    source: {
      to: '/docs/fundamentals/threat-model#malicious-code-execution',
      label: 'Malicious code execution and compromised applications',
    },
  },
  {
    id: 'cks-5-image-pin-by-digest',
    competencies: ['CKS-5.1', 'CKS-5.3', 'KCSA-5.2'],
    kind: 'concept',
    prompt:
      'Why do hardened manifests reference images as registry.example.com/shop/web@sha256:<digest> rather than :1.8.0 or :latest?',
    options: [
      {
        text: 'A digest names exact content: the kubelet runs exactly the image that was scanned and signed, even if someone moves the tag.',
        correct: true,
        why: 'Tags are mutable pointers; a digest is the hash of the manifest, so it cannot silently change.',
      },
      {
        text: 'Digests make the image smaller.',
        correct: false,
        why: 'The reference format does not change the image’s content or size.',
      },
      {
        text: 'Digests make the kubelet skip pulling, so private images need no credentials.',
        correct: false,
        why: 'A digest only names content. The pull policy still decides whether to pull, and the kubelet (KubeletEnsureSecretPulledImages, on by default since v1.35) checks that a Pod has credentials for a private image it pulled before, even when the image is already cached.',
      },
    ],
    source: {to: '/docs/fundamentals/four-cs-of-cloud-native-security#container', label: 'The container layer'},
  },
  {
    id: 'cks-5-image-latest-pull-policy',
    competencies: ['CKS-5.1', 'KCSA-2.5'],
    kind: 'concept',
    prompt:
      'A container sets image: nginx with no tag and no imagePullPolicy. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'The tag defaults to latest and imagePullPolicy defaults to Always.',
        correct: true,
        why: 'With no tag and no digest the image is :latest, and the default policy for that is Always.',
      },
      {
        text: 'Different nodes may run different images under the same name as latest moves.',
        correct: true,
        why: 'latest is whatever the registry serves at pull time, so replicas can differ and nothing you scanned is guaranteed to run.',
      },
      {
        text: 'The image comes from registry.k8s.io by default.',
        correct: false,
        why: 'Short names are resolved by the container runtime, usually to docker.io/library/nginx; that is one more reason to write the full reference.',
      },
    ],
    source: {
      to: '/docs/fundamentals/components/container-runtime#image-pulls-and-credentials',
      label: 'Image pulls and credentials',
    },
  },
  // CKS-5.2 Understand the supply chain
  {
    id: 'cks-5-sbom-syft-grype',
    competencies: ['CKS-5.2', 'KCSA-6.3'],
    kind: 'scenario',
    prompt:
      'A release pipeline runs the commands below. Months later a new CVE is announced. What do the artefacts let you do?',
    snippet: {
      language: 'bash',
      code: 'syft registry.example.com/shop/web@sha256:4f1c... -o spdx-json=./web.spdx.json\ngrype sbom:./web.spdx.json --fail-on high',
    },
    options: [
      {
        text: 'Rescan the stored SBOM with an updated vulnerability database (grype sbom:./web.spdx.json) to learn whether the released image contains the affected package, without pulling the image.',
        correct: true,
        why: 'The SBOM records the packages and versions in the image. Matching it against a fresh database answers "are we affected?" quickly.',
      },
      {
        text: 'Prove that the image was built from reviewed source code.',
        correct: false,
        why: 'An SBOM lists contents; build provenance (for example a SLSA provenance attestation) is what describes how and from what it was built.',
      },
      {
        text: 'Block the image at admission automatically.',
        correct: false,
        why: 'Nothing here runs at admission. You would need an admission policy that checks attestations or scan results.',
      },
    ],
    source: {to: '/docs/tools/grype#install', label: 'Grype: install and first run'},
  },
  {
    id: 'cks-5-sbom-attest',
    competencies: ['CKS-5.2', 'CKS-5.3', 'KCSA-6.3'],
    kind: 'concept',
    prompt:
      'What does syft attest --output cyclonedx-json registry.example.com/shop/web@sha256:<digest> add over writing the SBOM to a file?',
    options: [
      {
        text: 'Cosign signs the SBOM as an in-toto attestation stored in the registry next to the image, so consumers can check who produced it and for which digest.',
        correct: true,
        why: 'A signed attestation ties the SBOM to the exact image and to the signer’s identity; a loose file can be edited or mixed up.',
      },
      {
        text: 'It removes vulnerable packages from the image.',
        correct: false,
        why: 'Syft only inventories; fixing means rebuilding the image.',
      },
      {
        text: 'It uploads the SBOM to the Kubernetes API as a ConfigMap.',
        correct: false,
        why: 'The attestation is stored in the OCI registry, not in the cluster.',
      },
    ],
    source: {to: '/docs/tools/syft#attest', label: 'Attach the SBOM to the image'},
  },
  {
    id: 'cks-5-supply-chain-ci-compromise',
    competencies: ['CKS-5.2', 'KCSA-5.1'],
    kind: 'scenario',
    prompt:
      'Every image in production is signed by the CI pipeline’s identity, and admission only accepts images with that signature. An attacker compromises a CI job runner and pushes an image with a backdoor through the normal build. What happens, and what does it teach?',
    options: [
      {
        text: 'The backdoored image is signed and admitted; signatures prove who built an artefact, not that it is safe, so the CI system itself must be hardened, least-privileged and monitored.',
        correct: true,
        why: 'A compromised pipeline produces trusted artefacts. Protect its credentials, isolate builds, review what goes in, and record provenance.',
      },
      {
        text: 'Admission rejects it because the backdoor changes the image digest.',
        correct: false,
        why: 'The pipeline signs whatever digest it builds, so the new digest carries a valid signature.',
      },
      {
        text: 'Nothing can be done; supply chain attacks are out of scope for Kubernetes security.',
        correct: false,
        why: 'Hardening CI/CD, scanning and provenance are explicitly part of the CKS supply chain domain.',
      },
    ],
    source: {to: '/docs/fundamentals/attack-surface#supply-chain', label: 'The supply chain'},
  },
  // CKS-5.3 Secure the supply chain
  {
    id: 'cks-5-vap-allowed-registries',
    competencies: ['CKS-5.3', 'KCSA-5.7'],
    kind: 'scenario',
    prompt: 'The policy below is active. Which Pod creations are denied? Choose all that apply.',
    example: 'admission/vap-allowed-registries.yaml',
    options: [
      {
        text: 'A Pod in namespace shop with image docker.io/library/nginx:1.27.',
        correct: true,
        why: 'docker.io/ is not one of the allowed prefixes, and shop is matched by the binding.',
      },
      {
        text: 'A Pod in namespace shop with image registry.example.com.attacker.io/web:1.0.',
        correct: true,
        why: 'The allowed prefix includes the trailing slash (registry.example.com/), so a look-alike host name does not match.',
      },
      {
        text: 'An ephemeral debug container with image busybox:1.36 added to a shop Pod with kubectl debug.',
        correct: true,
        why: 'The policy also matches the pods/ephemeralcontainers subresource and checks ephemeral container images.',
      },
      {
        text: 'A Pod in kube-system with image docker.io/library/nginx:1.27.',
        correct: false,
        why: 'The binding excludes kube-system through its namespaceSelector, so the policy does not evaluate it.',
      },
    ],
    source: {to: '/docs/fundamentals/admission/validating-admission-policy#parameters', label: 'Policy parameters'},
  },
  {
    id: 'cks-5-image-policy-webhook-default-allow',
    competencies: ['CKS-5.3', 'KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'You enable the ImagePolicyWebhook admission plugin with defaultAllow: true in its admission configuration. During an outage of the image policy service, a Pod with an unscanned image is created. What happens?',
    options: [
      {
        text: 'It is admitted: defaultAllow: true fails open when the service cannot be reached.',
        correct: true,
        why: 'The plugin falls back to defaultAllow when it gets no answer. Set it to false to fail closed, accepting that Pods are then rejected during outages.',
      },
      {
        text: 'It is rejected, because ImagePolicyWebhook always fails closed.',
        correct: false,
        why: 'Its behaviour on failure is exactly what defaultAllow configures.',
      },
      {
        text: 'The API server stops and waits until the service returns.',
        correct: false,
        why: 'Admission decides per request, after its timeout; the API server keeps serving.',
      },
    ],
    source: {
      to: '/docs/fundamentals/admission/admission-control#admission-configuration',
      label: 'Admission configuration',
    },
  },
  {
    id: 'cks-5-cosign-sign-by-digest',
    competencies: ['CKS-5.3', 'KCSA-5.2'],
    kind: 'concept',
    prompt: 'Which cosign practices make image signatures meaningful? Choose all that apply.',
    options: [
      {
        text: 'Sign the image by digest, not by tag.',
        correct: true,
        why: 'A signature on a digest covers exactly the content you built; a tag can later point elsewhere.',
      },
      {
        text: 'When verifying keyless signatures, pin --certificate-identity and --certificate-oidc-issuer to the expected signer.',
        correct: true,
        why: 'Anyone can get a valid Sigstore certificate for their own identity; only the identity check ties the signature to your pipeline.',
      },
      {
        text: 'Verify signatures at admission (for example with the Sigstore policy-controller or a Kyverno image verification policy).',
        correct: true,
        why: 'Verification in a script is advice; admission is where unsigned images are actually kept out.',
      },
      {
        text: 'Store the private key in a ConfigMap so every node can sign pulled images.',
        correct: false,
        why: 'Signing happens once, in the build; nodes never need the private key, and ConfigMaps are not for secrets.',
      },
    ],
    source: {to: '/docs/tools/cosign#what-it-does', label: 'Cosign: what it does'},
  },
  // CKS-5.4 Static analysis
  {
    id: 'cks-5-kubesec-critical',
    competencies: ['CKS-5.4', 'KCSA-6.4'],
    kind: 'scenario',
    prompt: 'kubesec scan pod.yaml returns the report below in CI. Which statements are true? Choose all that apply.',
    snippet: {
      language: 'json',
      code: '[\n  {\n    "object": "Pod/security-context-demo.default",\n    "valid": true,\n    "message": "Failed with a score of -30 points",\n    "score": -30,\n    "scoring": {\n      "critical": [\n        {\n          "id": "CapSysAdmin",\n          "selector": "containers[] .securityContext .capabilities .add == SYS_ADMIN",\n          "points": -30\n        }\n      ]\n    }\n  }\n]',
    },
    options: [
      {
        text: 'The container adds CAP_SYS_ADMIN, which puts the object on the critical list.',
        correct: true,
        why: 'The critical entry’s selector names capabilities.add == SYS_ADMIN, the most powerful capability.',
      },
      {
        text: 'The CLI exits non-zero, so the CI step fails.',
        correct: true,
        why: 'kubesec exits with code 2 by default when an object scores 0 or less.',
      },
      {
        text: 'The Pod is blocked from running in the cluster.',
        correct: false,
        why: 'Kubesec is static analysis: it advises. Enforcement needs admission control (Pod Security, a policy engine).',
      },
    ],
    source: {to: '/docs/tools/kubesec#output', label: 'Kubesec: how to read the output'},
  },
  {
    id: 'cks-5-kube-linter-output',
    competencies: ['CKS-5.4', 'KCSA-6.4'],
    kind: 'scenario',
    prompt:
      'KubeLinter prints the finding below for a Deployment in a pull request. The team decides the container genuinely needs a writable root file system. What is the recommended way to record that exception?',
    snippet: {
      language: 'text',
      code: 'deploy.yaml: (object: <no namespace>/web apps/v1, Kind=Deployment) container "web" does not have a read-only root file system (check: no-read-only-root-fs, remediation: Set readOnlyRootFilesystem to true in the container securityContext.)',
    },
    options: [
      {
        text: 'Annotate the object with ignore-check.kube-linter.io/no-read-only-root-fs and the reason as its value.',
        correct: true,
        why: 'The exception then lives with the manifest and is reviewed with it, and only that object is exempt from that check.',
      },
      {
        text: 'Turn the check off for the whole repository with checks.exclude.',
        correct: false,
        why: 'That hides the finding for every other workload too.',
      },
      {
        text: 'Ignore the non-zero exit status in CI.',
        correct: false,
        why: 'That silences every future finding, not just this one.',
      },
    ],
    source: {to: '/docs/tools/kube-linter#install', label: 'KubeLinter: install and first run'},
  },
  {
    id: 'cks-5-trivy-image-ci-gate',
    competencies: ['CKS-5.4', 'CKS-5.1'],
    kind: 'concept',
    prompt:
      'You want CI to fail when an image has HIGH or CRITICAL vulnerabilities that already have a fix. Which Trivy command does that?',
    options: [
      {
        text: 'trivy image --severity HIGH,CRITICAL --ignore-unfixed --exit-code 1 <image>',
        correct: true,
        why: '--severity selects the levels, --ignore-unfixed hides CVEs without a fixed version, and --exit-code 1 fails the job when findings remain.',
      },
      {
        text: 'trivy config --severity HIGH,CRITICAL <image>',
        correct: false,
        why: 'trivy config checks configuration files such as manifests and Dockerfiles, not image packages.',
      },
      {
        text: 'trivy image --severity HIGH,CRITICAL <image>',
        correct: false,
        why: 'Without --exit-code, Trivy reports findings but exits 0, so the job passes.',
      },
    ],
    source: {to: '/docs/tools/trivy#install', label: 'Trivy: install and first run'},
  },
  {
    id: 'cks-5-static-analysis-vs-admission',
    competencies: ['CKS-5.4', 'CKS-4.1'],
    kind: 'concept',
    prompt:
      'A team runs KubeLinter and Kubesec on every pull request and concludes that it no longer needs Pod Security Admission. What is wrong with that reasoning?',
    options: [
      {
        text: 'Linting only sees manifests that go through that pipeline; anyone who applies a manifest another way, including an attacker with create pods, bypasses it. Admission enforces the rule in the cluster.',
        correct: true,
        why: 'CI checks are advice on one path; admission applies to every request the API server receives.',
      },
      {
        text: 'Nothing; static analysis and admission check exactly the same things.',
        correct: false,
        why: 'They overlap in content but not in coverage: only admission sees every request.',
      },
      {
        text: 'Kubesec rewrites manifests, so it conflicts with Pod Security Admission.',
        correct: false,
        why: 'Kubesec only scores; it changes nothing.',
      },
    ],
    source: {to: '/docs/tools/kube-linter#what-it-does', label: 'KubeLinter: what it does'},
  },
  {
    id: 'cks-5-sbom-contents',
    competencies: ['CKS-5.2', 'KCSA-6.3'],
    kind: 'scenario',
    prompt:
      'syft registry.example.com/shop/web@sha256:<digest> prints a table. The row for a binary named server shows TYPE binary and no VERSION, while the other rows have versions and types such as deb or go-module. Which statements are true? Choose all that apply.',
    options: [
      {
        text: 'The empty version usually means that software was copied into the image without a package manager, so scanners may not match it to advisories.',
        correct: true,
        why: 'Syft reads versions from package metadata or, for binaries, from the file itself; without either, vulnerability matching has nothing to compare.',
      },
      {
        text: 'The TYPE column matters, because an advisory applies to a package name within one ecosystem.',
        correct: true,
        why: 'A deb package and a Go module with the same name are different software for CVE matching.',
      },
      {
        text: 'SPDX and CycloneDX are the standard formats to publish the SBOM in (for example -o spdx-json=web.spdx.json).',
        correct: true,
        why: 'Both are widely consumed by scanners and compliance tools; the table is only for people.',
      },
      {
        text: 'A complete SBOM proves the image has no vulnerabilities.',
        correct: false,
        why: 'An SBOM is an inventory; vulnerabilities come from matching it against an advisory database, as Grype does.',
      },
    ],
    source: {to: '/docs/tools/syft#output', label: 'Syft: how to read the output'},
  },
  {
    id: 'cks-5-kubesec-seccomp-field',
    competencies: ['CKS-5.4', 'CKS-3.4'],
    kind: 'scenario',
    prompt:
      'A Pod sets securityContext.seccompProfile.type: RuntimeDefault and appArmorProfile.type: RuntimeDefault, yet Kubesec v2.14.2 still lists its seccomp and AppArmor rules under advice. What is going on?',
    options: [
      {
        text: 'Those Kubesec rules look for the old annotations that the fields replaced, so they give no credit for the fields; treat that advice as noise and check the fields with Pod Security instead.',
        correct: true,
        why: 'In v2.14.2 the seccomp rule checks seccomp.security.alpha.kubernetes.io/pod and the AppArmor rule checks the deprecated annotation; the current fields are invisible to them.',
      },
      {
        text: 'The fields are wrong; add the annotations as well so that the Pod is really confined.',
        correct: false,
        why: 'The seccomp annotations have had no effect since v1.27 and the AppArmor annotation is deprecated; the fields are what the kubelet applies.',
      },
      {
        text: 'RuntimeDefault is not a real confinement, so Kubesec is right.',
        correct: false,
        why: 'RuntimeDefault applies the runtime’s default seccomp filter and AppArmor profile; it is the confinement Restricted requires for seccomp.',
      },
    ],
    source: {to: '/docs/tools/kubesec#what-it-does', label: 'Kubesec: what it does'},
  },
];
