import type {Question} from '../questions';
// cspell:words spdxjson cyclonedx

/** Article quizzes (batch 4): supply chain, system hardening and tool pages. */
export const questions: readonly Question[] = [
  // --- /docs/hardening/supply-chain-security/allowed-registries
  {
    id: 'allowed-registries-update-keeps-old-image',
    competencies: ['CKS-5.3', 'KCSA-5.7'],
    kind: 'scenario',
    prompt:
      'The policy and binding below are in force, with the binding already switched to `[Deny, Audit]`. A Pod in `shop` that was created before the policy still runs `nginx:1.29` from Docker Hub. During an incident you run `kubectl -n shop label pod legacy quarantine=true`. What happens?',
    example: 'supply-chain/vap-allowed-image-registries.yaml',
    options: [
      {
        text: 'The label is applied: on an UPDATE the policy only judges images that the old object did not already have.',
        correct: true,
        why: 'The `previousImages` variable holds the images of `oldObject` on an UPDATE, and `denied` skips every image found there. The label change adds no image, so `denied` is empty and the request passes.',
      },
      {
        text: 'The request is denied, because `nginx:1.29` does not start with an allowed prefix.',
        correct: false,
        why: 'That would be true without the `previousImages` filter. The policy deliberately exempts images the Pod already had, so that old Pods can still be relabelled or lose a finalizer.',
      },
      {
        text: 'The label is applied because label changes on a Pod never go through admission.',
        correct: false,
        why: 'A label change is an UPDATE of the Pod and goes through validating admission like any other update; the policy matches UPDATE. It passes only because of how the policy treats existing images.',
      },
      {
        text: 'The request is denied because Deny mode also evicts running Pods that violate the policy.',
        correct: false,
        why: 'Admission policies only judge API requests. They never evict or change running Pods; an existing Pod keeps running until something deletes it.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/allowed-registries#steps', label: 'Steps'},
  },
  {
    id: 'allowed-registries-deployment-without-pods',
    competencies: ['CKS-5.3', 'KCSA-5.2'],
    kind: 'scenario',
    prompt:
      'After you switch the allowed-registries binding to Deny, a developer applies a Deployment whose image is `docker.io/library/redis:8`. `kubectl apply` reports `deployment.apps/cache created`, yet no Pod ever appears. Where do you find the reason, and what is the fix?',
    options: [
      {
        text: 'In the ReplicaSet: `kubectl describe rs` shows `FailedCreate` events carrying the policy message; mirror the image into the approved registry and update the Deployment.',
        correct: true,
        why: 'The policy matches Pods, not Deployments, so the Deployment and its ReplicaSet are admitted and the ReplicaSet controller is the client that gets denied. Its events hold the denial; mirroring the image is the fix the page gives.',
      },
      {
        text: 'In the Deployment status only; the denial is never recorded anywhere else.',
        correct: false,
        why: 'The ReplicaSet controller creates the Pods, so the `FailedCreate` events with the policy message are on the ReplicaSet. The Deployment condition at best says the ReplicaSet is not progressing.',
      },
      {
        text: 'Add `kubernetes.io/metadata.name: shop` to the policy match so Deployments are checked too.',
        correct: false,
        why: 'Matching the namespace changes nothing about which resource is checked, and checking the Deployment would only move the error earlier; the image would still be refused. The image has to come from an approved registry.',
      },
      {
        text: 'Switch the Deployment to `imagePullPolicy: IfNotPresent` so the Pod can start from the node cache.',
        correct: false,
        why: 'The policy compares the image string at admission; the pull policy plays no part in that check, and a cached copy does not make a disallowed name acceptable.',
      },
    ],
    source: {
      to: '/docs/hardening/supply-chain-security/allowed-registries#what-can-go-wrong',
      label: 'What can go wrong',
    },
  },
  // --- /docs/hardening/supply-chain-security/minimal-images
  {
    id: 'minimal-images-cgo-on-static',
    competencies: ['CKS-5.1'],
    kind: 'scenario',
    prompt:
      'A multi-stage build compiles a Go service in `golang:1.26` with cgo left on, so `ldd` on the result lists `libc.so.6`, and copies the binary into `gcr.io/distroless/static-debian13:nonroot`. The container fails at once with `no such file or directory` for the binary, although the file is there. Which changes fix it? Choose all that apply.',
    options: [
      {
        text: 'Build with `CGO_ENABLED=0` so the binary is statically linked.',
        correct: true,
        why: 'A static binary needs no C library or dynamic loader, which is what the `static` base is made for.',
      },
      {
        text: 'Keep the dynamic binary and switch the runtime stage to `gcr.io/distroless/base-debian13` (or `cc-debian13`).',
        correct: true,
        why: 'These bases add glibc (and, for `cc`, the GCC runtime library), so a dynamically linked binary finds its loader and libraries.',
      },
      {
        text: 'Add `RUN apt-get install -y libc6` to the final stage.',
        correct: false,
        why: 'Distroless images have no shell and no package manager, so a `RUN` step cannot work in that stage; and installing packages would undo the point of the minimal base.',
      },
      {
        text: 'Use the `:debug` tag of the same image.',
        correct: false,
        why: 'The debug tag adds a BusyBox shell, not the C library the binary needs, and the page says never to deploy debug tags.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/minimal-images#what-can-go-wrong', label: 'What can go wrong'},
  },
  {
    id: 'minimal-images-exec-shell-verify',
    competencies: ['CKS-5.1', 'KCSA-1.5'],
    kind: 'scenario',
    prompt:
      'After rebuilding an image on a distroless base, you run the check below in the new Pod. What does the output tell you?',
    snippet: {
      language: 'bash',
      code: '$ kubectl -n shop exec deploy/web -- /bin/sh -c id\nuid=65532(nonroot) gid=65532(nonroot) groups=65532(nonroot)',
    },
    options: [
      {
        text: 'The image still contains a shell, so the rebuild missed a goal: for example a `:debug` tag or a full OS base slipped into the final stage.',
        correct: true,
        why: 'On a real distroless runtime image the command must fail with `exec: "/bin/sh": ... no such file or directory`. Getting a user ID back proves `/bin/sh` exists in the image.',
      },
      {
        text: 'The check passed: the container runs as the non-root UID 65532, which is all it tests.',
        correct: false,
        why: 'The check is meant to fail. Running as 65532 is good, but the point of this step is that there is no shell for an attacker to use.',
      },
      {
        text: 'The output proves `readOnlyRootFilesystem` is not set.',
        correct: false,
        why: 'Running `id` reads nothing it would need to write; a read-only root file system does not stop a shell from starting. The output says nothing about that setting.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/minimal-images#verify', label: 'Verify'},
  },
  {
    id: 'minimal-images-tag-and-digest',
    competencies: ['CKS-5.1', 'KCSA-1.5'],
    kind: 'concept',
    prompt:
      'A Deployment names its image as `registry.example.com/shop/web:1.8.0@sha256:<digest>`. Someone later pushes a different image under the tag `1.8.0`. What does the kubelet run when a new Pod starts?',
    options: [
      {
        text: 'The image with the pinned digest; the tag is only a label for people.',
        correct: true,
        why: 'When a reference carries both, the digest decides what is pulled. Moving the tag cannot change what this Deployment runs.',
      },
      {
        text: 'The new image, because the tag is resolved first and the digest is only checked afterwards.',
        correct: false,
        why: 'The digest is not a check applied after a tag lookup; it is the address used for the pull, so the re-pushed tag is never consulted.',
      },
      {
        text: 'Nothing: the API server rejects image references that combine a tag and a digest.',
        correct: false,
        why: 'The `name:tag@sha256:digest` form is valid in a Pod spec; it is what the page deploys.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/minimal-images#steps', label: 'Steps'},
  },
  // --- /docs/hardening/supply-chain-security/sbom-and-slsa
  {
    id: 'sbom-attest-verify-type-mismatch',
    competencies: ['CKS-5.2', 'KCSA-6.3'],
    kind: 'scenario',
    prompt:
      'CI attested an SPDX SBOM with the first command. The deployment pipeline runs the second and fails with the error shown. What is wrong?',
    snippet: {
      language: 'bash',
      code: 'cosign attest --yes --type spdxjson --predicate web.spdx.json "$IMG"\n\ncosign verify-attestation --type cyclonedx "$IMG" \\\n  --certificate-identity https://github.com/example/shop/.github/workflows/release.yml@refs/heads/main \\\n  --certificate-oidc-issuer https://token.actions.githubusercontent.com\nError: none of the attestations matched the predicate type: https://cyclonedx.org/bom, found: https://spdx.dev/Document',
    },
    options: [
      {
        text: 'The verifier asks for a different predicate type than the one attested; verify with `--type spdxjson`.',
        correct: true,
        why: 'Each `--type` maps to a predicate type URI (`spdxjson` to `https://spdx.dev/Document`, `cyclonedx` to `https://cyclonedx.org/bom`). The attestation exists and is signed; only the type asked for differs.',
      },
      {
        text: 'The signer identity is wrong; the certificate does not match the release workflow.',
        correct: false,
        why: 'A wrong identity or issuer produces `no matching attestations`. This error names the predicate types, which shows that type selection is the problem.',
      },
      {
        text: 'Cosign cannot verify SPDX attestations; only CycloneDX can be signed.',
        correct: false,
        why: 'Both formats are accepted `--type` values for `cosign attest` and `verify-attestation`; the error even lists the SPDX attestation it found.',
      },
      {
        text: 'The SBOM must be regenerated with Syft from the registry digest.',
        correct: false,
        why: 'That matters for what the SBOM describes, but it has nothing to do with this failure, which is about the predicate type.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/sbom-and-slsa#what-can-go-wrong', label: 'What can go wrong'},
  },
  {
    id: 'sbom-local-tag-wrong-subject',
    competencies: ['CKS-5.2', 'KCSA-5.1'],
    kind: 'scenario',
    prompt:
      'A release job runs `syft shop/web:latest -o cyclonedx-json=web.cdx.json` on the build machine, then pushes the image and attests the SBOM against the pushed digest. Months later an incident responder finds a package in the running image that the SBOM does not list. What is the most likely cause, and how should the job catalogue the image?',
    options: [
      {
        text: 'The SBOM described a local image, not the pushed digest; catalogue `registry.example.com/shop/web@sha256:<digest>` with `--from registry`.',
        correct: true,
        why: 'A local tag can point at a different build from the one pushed. Cataloguing the exact digest from the registry makes the SBOM describe what will run.',
      },
      {
        text: 'CycloneDX cannot list OS packages; switch to SPDX.',
        correct: false,
        why: 'Both formats carry the same core package facts (name, version, purl, licence). The format is chosen for the consumer, not for completeness.',
      },
      {
        text: 'The attestation was signed keylessly, which drops packages from the predicate.',
        correct: false,
        why: 'Signing wraps the predicate in a signed statement and never changes its content; keyless versus key-based only changes how the signer is identified.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/sbom-and-slsa#steps', label: 'Steps'},
  },
  {
    id: 'slsa-build-l3-threat',
    competencies: ['KCSA-6.3', 'CKS-5.2'],
    kind: 'concept',
    prompt: 'What does SLSA Build L3 require beyond Build L2, and which threat does that address?',
    options: [
      {
        text: 'A hardened build platform that isolates runs from each other and keeps signing keys out of reach of build steps, against tampering during the build.',
        correct: true,
        why: 'L2 already has a hosted platform sign the provenance (tampering after the build). L3 adds isolation and protected signing material, so a malicious build step or another run cannot forge or influence provenance.',
      },
      {
        text: 'Two-party review of every source change, against malicious commits.',
        correct: false,
        why: 'Review requirements belong to the Source track that SLSA v1.2 added, not to the Build levels.',
      },
      {
        text: 'That provenance exists at all, against mistakes in the release process.',
        correct: false,
        why: 'That is Build L1, the lowest level with any requirement.',
      },
      {
        text: 'A signed SBOM for every artefact, against unknown dependencies.',
        correct: false,
        why: 'SBOMs are useful but are not a SLSA Build level requirement; the Build track is about provenance and the platform that produces it.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/sbom-and-slsa#steps', label: 'Steps'},
  },
  // --- /docs/hardening/supply-chain-security/sign-and-verify-images
  {
    id: 'sign-verify-unanchored-identity-regexp',
    competencies: ['CKS-5.3', 'KCSA-5.1'],
    kind: 'scenario',
    prompt:
      'To accept several release branches, a colleague changes the deployment check to `cosign verify "$IMG" --certificate-identity-regexp \'example/shop\' --certificate-oidc-issuer https://token.actions.githubusercontent.com`. Why is this a weakness, and what is the fix?',
    options: [
      {
        text: 'The pattern is unanchored, so an identity such as a workflow in `evil-example/shop-fork` also matches; anchor the full workflow URL with `^…$` and allow only the release branches.',
        correct: true,
        why: 'Anyone can get a Fulcio certificate for a workflow in their own repository at the same issuer. Only an anchored pattern that spells out repository, workflow file and refs ties the signature to your release job.',
      },
      {
        text: 'There is no weakness: the OIDC issuer pin already limits signatures to your organisation.',
        correct: false,
        why: 'The issuer is GitHub Actions for every repository on GitHub; pinning it says where the token came from, not whose workflow it was.',
      },
      {
        text: 'Regular expressions are not supported in keyless mode; only `--key` can be used.',
        correct: false,
        why: '`--certificate-identity-regexp` is a supported keyless flag; the problem is the pattern, not the flag.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/sign-and-verify-images#steps', label: 'Steps'},
  },
  {
    id: 'sign-verify-ephemeral-debug-gap',
    competencies: ['CKS-5.3'],
    kind: 'scenario',
    prompt:
      'The Kyverno ImageValidatingPolicy below is switched to `validationActions: [Deny]`. A user with debug rights runs `kubectl -n shop debug web-7c9f --image=docker.io/library/busybox:1.37 --target=web`. What happens, and why?',
    example: 'supply-chain/kyverno-verify-shop-images.yaml',
    options: [
      {
        text: 'The ephemeral container is added: the policy matches only CREATE of `pods`, and `kubectl debug` updates the `pods/ephemeralcontainers` subresource.',
        correct: true,
        why: 'The resource rules list `pods` with the CREATE operation only. Adding an ephemeral container is an update through a subresource, which this policy never sees; the allowed-registries policy covers that path.',
      },
      {
        text: 'It is denied because the image is not under `registry.example.com/shop/`.',
        correct: false,
        why: 'The registry validation would fail the image if it were evaluated, but the request never matches the policy.',
      },
      {
        text: 'It is denied because busybox is not signed by the release workflow.',
        correct: false,
        why: 'The signature check is never reached: the policy does not match the subresource request, and busybox is outside `matchImageReferences` anyway.',
      },
      {
        text: 'Kyverno rewrites the busybox image to a digest and admits it with a warning.',
        correct: false,
        why: '`mutateDigest` only applies to images the policy matches, and this request is not matched at all.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/sign-and-verify-images#verify', label: 'Verify'},
  },
  // --- /docs/hardening/supply-chain-security/static-analysis
  {
    id: 'static-analysis-unhardened-findings',
    competencies: ['CKS-5.4', 'KCSA-6.4'],
    kind: 'scenario',
    prompt:
      'You lint the Deployment below with KubeLinter, Kubesec and `trivy config`. Which statements are true? Choose all that apply.',
    example: 'supply-chain/baseline-passes-unhardened-deployment.yaml',
    options: [
      {
        text: 'KubeLinter reports `latest-tag` for the `:latest` image.',
        correct: true,
        why: '`latest-tag` is a default KubeLinter check and the image uses `:latest`; the fix is to pin a tag and a digest.',
      },
      {
        text: 'Kubesec scores it 0 and `kubesec scan` exits with 2, failing the CI step.',
        correct: true,
        why: 'Nothing in it is privileged, so there is no critical finding, but no positive setting earns points either. A score of 0 or less makes Kubesec exit with 2.',
      },
      {
        text: 'It fails the Baseline Pod Security level, so the linters are redundant here.',
        correct: false,
        why: 'It uses nothing Baseline forbids (no host namespaces, privileged mode or added capabilities), so it meets Baseline; it fails Restricted. Linters catch much more than Pod Security does, such as missing resources and tags.',
      },
      {
        text: 'The findings are fixed by adding the legacy seccomp and AppArmor annotations.',
        correct: false,
        why: 'Those annotations are replaced by the `seccompProfile` and `appArmorProfile` fields. Set the fields, and never add removed settings just to raise a score.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/static-analysis#steps', label: 'Steps'},
    claims: [
      {file: 'supply-chain/baseline-passes-unhardened-deployment.yaml', pss: 'baseline', passes: true},
      {file: 'supply-chain/baseline-passes-unhardened-deployment.yaml', pss: 'restricted', passes: false},
    ],
  },
  {
    id: 'static-analysis-trivy-trusted-registry',
    competencies: ['CKS-5.4'],
    kind: 'scenario',
    prompt:
      'After hardening a Deployment, `trivy config` still reports KSV-0125 "Restrict container images to trusted registries" (MEDIUM) for an image from `registry.example.com`, your own registry. What is the right response?',
    options: [
      {
        text: 'Tell Trivy which registries you trust in a data file (`ksv0125: {trusted_registries: [registry.example.com]}`) and pass its directory with `--config-data` on every run.',
        correct: true,
        why: 'By default the check trusts only a few cloud registry names, so it flags any private registry. Supplying your list removes the false positive without switching the check off.',
      },
      {
        text: 'Move the image to Docker Hub, which Trivy trusts by default.',
        correct: false,
        why: 'The check does not trust Docker Hub, and moving away from your controlled registry would weaken the supply chain.',
      },
      {
        text: 'Ignore the finding for good by lowering the CI threshold to CRITICAL only.',
        correct: false,
        why: 'That hides every MEDIUM and HIGH finding, not just this false positive. Configure the check instead, and keep the thresholds.',
      },
    ],
    source: {to: '/docs/hardening/supply-chain-security/static-analysis#steps', label: 'Steps'},
  },
  // --- /docs/hardening/system-hardening/apparmor
  {
    id: 'apparmor-container-profile-wins',
    competencies: ['CKS-3.4', 'KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'The profile `k8s-deny-write` is loaded in enforce mode on the labelled node, and the Pod below is running there. Which statements are true? Choose all that apply.',
    example: 'system-hardening/restricted-passes-apparmor-localhost-pod.yaml',
    options: [
      {
        text: 'Inside container `app`, `cat /proc/1/attr/current` prints `k8s-deny-write (enforce)`.',
        correct: true,
        why: 'The container-level `appArmorProfile` overrides the pod-level default, so `app` runs under the Localhost profile the node has loaded.',
      },
      {
        text: 'The Pod meets the Restricted Pod Security level.',
        correct: true,
        why: 'It runs as non-root, drops ALL capabilities, forbids privilege escalation, sets a RuntimeDefault seccomp profile, and uses only the allowed AppArmor types (RuntimeDefault and Localhost).',
      },
      {
        text: "The container runs under containerd's `cri-containerd.apparmor.d` profile, because the pod-level RuntimeDefault applies to every container.",
        correct: false,
        why: 'The pod-level value is only a default. A container that sets its own `appArmorProfile` uses that one instead.',
      },
      {
        text: 'The kubelet loads `k8s-deny-write` onto the node from the ConfigMap when the Pod is scheduled.',
        correct: false,
        why: 'Kubernetes never loads AppArmor profiles. You load them on each node (with `apparmor_parser`, node configuration or the Security Profiles Operator); the ConfigMap only keeps the text under review.',
      },
    ],
    source: {
      to: '/docs/hardening/system-hardening/apparmor#3-select-the-profile-in-the-pod',
      label: 'Select the profile in the pod',
    },
    claims: [{file: 'system-hardening/restricted-passes-apparmor-localhost-pod.yaml', pss: 'restricted', passes: true}],
  },
  {
    id: 'apparmor-migrate-annotation',
    competencies: ['CKS-3.4', 'KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'An old Deployment template for a v1.37 cluster carries the annotation `container.apparmor.security.beta.kubernetes.io/app: localhost/k8s-deny-write`. You are asked to bring it up to date. What do you write instead?',
    options: [
      {
        text: "In the `app` container's securityContext: `appArmorProfile: {type: Localhost, localhostProfile: k8s-deny-write}`, and remove the annotation.",
        correct: true,
        why: 'The `appArmorProfile` field replaced the annotations: added in v1.30 (when they were deprecated) and GA since v1.31. The profile is named by the name it was loaded under.',
      },
      {
        text: 'Nothing: the annotation is still the GA way to select a profile.',
        correct: false,
        why: 'The annotations are deprecated; the security context field is the supported interface. New manifests must not use them.',
      },
      {
        text: '`appArmorProfile: {type: Localhost, localhostProfile: /etc/apparmor.d/k8s-deny-write}`.',
        correct: false,
        why: '`localhostProfile` takes the profile name as the kernel knows it, not the path of the file it was loaded from.',
      },
      {
        text: 'The annotation value `runtime/default`, which now means the same as Localhost.',
        correct: false,
        why: "`runtime/default` selects the runtime's default profile, not your custom one, and it is still an annotation.",
      },
    ],
    source: {to: '/docs/hardening/system-hardening/apparmor#what-can-go-wrong', label: 'What can go wrong'},
  },
  // --- /docs/hardening/system-hardening/capabilities-and-sysctls
  {
    id: 'capabilities-unsafe-sysctl-two-gates',
    competencies: ['CKS-3.4', 'KCSA-3.1'],
    kind: 'scenario',
    prompt: 'Which statements about the Pod below are true? Choose all that apply.',
    example: 'system-hardening/baseline-fails-unsafe-sysctl-pod.yaml',
    options: [
      {
        text: 'In a namespace that enforces Baseline, Pod Security Admission rejects it for the forbidden sysctl.',
        correct: true,
        why: '`net.core.somaxconn` is not on the safe list, and the Baseline `sysctls` check allows only safe names, so it fails Baseline (and Restricted).',
      },
      {
        text: 'Even in a `privileged` namespace, a kubelet without `allowedUnsafeSysctls` for this name refuses the Pod with `SysctlForbidden`.',
        correct: true,
        why: 'Admission and the kubelet are separate gates. The kubelet accepts only safe sysctls unless its configuration allowlists the unsafe one, which is why the Pod is steered to a dedicated, configured node.',
      },
      {
        text: 'Moving `sysctls` into the container securityContext would make it pass Baseline.',
        correct: false,
        why: "Sysctls exist only in the pod-level securityContext, because containers share the pod's namespaces; and the name, not its place, is what Baseline judges.",
      },
      {
        text: 'Because `net.core.somaxconn` is namespaced, every kubelet accepts it without configuration.',
        correct: false,
        why: 'Being namespaced makes it possible to allow it, not safe by default: it is "unsafe" and needs an explicit kubelet allowlist entry.',
      },
    ],
    source: {
      to: '/docs/hardening/system-hardening/capabilities-and-sysctls#6-allow-an-unsafe-sysctl-on-dedicated-nodes-only',
      label: 'Allow an unsafe sysctl on dedicated nodes only',
    },
    claims: [{file: 'system-hardening/baseline-fails-unsafe-sysctl-pod.yaml', pss: 'baseline', passes: false}],
  },
  {
    id: 'capabilities-bounding-set-default',
    competencies: ['CKS-3.4', 'KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'You expected a container hardened with `drop: ["ALL"]` and `add: ["NET_BIND_SERVICE"]`. Inside it you see the output below. What does it tell you?',
    snippet: {
      language: 'text',
      code: "$ grep -E '^Cap(Eff|Prm|Bnd)' /proc/1/status\nCapPrm: 0000000000000000\nCapEff: 0000000000000000\nCapBnd: 00000000a80425fb",
    },
    options: [
      {
        text: 'The `drop: ["ALL"]` is missing or not applied to this container: the bounding set still holds the runtime\'s default capabilities, which a setuid or file-capability binary could regain.',
        correct: true,
        why: '`a80425fb` is the set containerd gives by default. With `drop: ["ALL"]` and only NET_BIND_SERVICE added, CapBnd would be `0000000000000400`.',
      },
      {
        text: 'The container is fully hardened: its effective set is empty, and that is all that matters.',
        correct: false,
        why: 'An empty effective set only describes the current non-root process. The bounding set limits what any program in the container can ever gain, and here it is wide open.',
      },
      {
        text: 'The container is privileged.',
        correct: false,
        why: 'A privileged container gets every capability, so its bounding set would be far larger than the fourteen default capabilities shown.',
      },
    ],
    source: {to: '/docs/hardening/system-hardening/capabilities-and-sysctls#verify', label: 'Verify'},
  },
  {
    id: 'capabilities-file-cap-needs-bounding',
    competencies: ['CKS-3.4', 'KCSA-3.1'],
    kind: 'scenario',
    prompt:
      'A team moves the official Caddy image (whose `/usr/bin/caddy` carries `cap_net_bind_service=+ep`) to `drop: ["ALL"]` with nothing added, running as non-root. The container never starts: the `exec` of `/usr/bin/caddy` fails with `operation not permitted`. What is the least-privilege fix?',
    options: [
      {
        text: 'Add back only `NET_BIND_SERVICE`, which Restricted allows; or rebuild the image without the file capability and lower the port with the safe sysctl `net.ipv4.ip_unprivileged_port_start`.',
        correct: true,
        why: 'A binary whose file capabilities are marked effective refuses to run when the capability is missing from the bounding set. Either put that one capability back, or remove the need for it.',
      },
      {
        text: 'Set `allowPrivilegeEscalation: true` so the binary can raise its capabilities.',
        correct: false,
        why: 'No-new-privileges is not the cause; the capability is simply outside the bounding set, which no flag can exceed. Allowing escalation would also fail Restricted.',
      },
      {
        text: 'Run the container as root with the default capability set.',
        correct: false,
        why: 'It would start, but it grants far more than the one capability the binary needs and fails Restricted.',
      },
      {
        text: 'Add `NET_ADMIN`, which also covers binding low ports.',
        correct: false,
        why: 'Binding a port below 1024 is governed by NET_BIND_SERVICE alone. NET_ADMIN is a far broader capability (interfaces, routing, filtering) and Restricted does not allow adding it.',
      },
    ],
    source: {
      to: '/docs/hardening/system-hardening/capabilities-and-sysctls#what-can-go-wrong',
      label: 'What can go wrong',
    },
  },
  // --- /docs/hardening/system-hardening/seccomp
  {
    id: 'seccomp-privileged-ignores-default',
    competencies: ['CKS-3.4', 'KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'Every kubelet in a cluster has `seccompDefault: true`. An auditor finds that the containers of a CNI agent DaemonSet show `Seccomp: 0` in `/proc/1/status`. The Pods were recreated after the setting was turned on; their spec sets no `seccompProfile`, and the containers have `privileged: true`. What explains it?',
    options: [
      {
        text: 'Privileged containers get no seccomp filter whatever the node default; `seccompDefault` only changes containers that set no profile and are not privileged.',
        correct: true,
        why: 'The container runtime skips the seccomp filter for privileged containers. Limit privileged workloads to the node agents that need them, in namespaces allowed to run them.',
      },
      {
        text: 'The DaemonSet Pods were created before the setting and were never recreated.',
        correct: false,
        why: 'The setting does only apply when a container is created, but these Pods were recreated after it was turned on, so timing is not the cause.',
      },
      {
        text: '`seccompDefault` only applies to Pods in namespaces labelled for the Restricted level.',
        correct: false,
        why: 'The kubelet setting knows nothing about namespace labels; it is a node-wide default for every non-privileged container with no profile.',
      },
    ],
    source: {to: '/docs/hardening/system-hardening/seccomp#what-can-go-wrong', label: 'What can go wrong'},
  },
  {
    id: 'seccomp-localhost-audit-pod',
    competencies: ['CKS-3.4', 'KCSA-2.7'],
    kind: 'scenario',
    prompt:
      'Which statements about the Pod below are true? Its profile file holds `"defaultAction": "SCMP_ACT_LOG"`. Choose all that apply.',
    example: 'system-hardening/restricted-passes-seccomp-localhost-pod.yaml',
    options: [
      {
        text: 'The runtime loads the profile from `/var/lib/kubelet/seccomp/profiles/audit.json` on the node.',
        correct: true,
        why: "`localhostProfile` is relative to the kubelet's seccomp directory, `<kubelet root dir>/seccomp`, by default `/var/lib/kubelet/seccomp`.",
      },
      {
        text: 'If the file is missing on the node, the Pod stays in `CreateContainerError` with a `cannot load seccomp profile` event.',
        correct: true,
        why: 'The container is never created without its profile; copy the file to the node or keep the Pod on nodes that have it.',
      },
      {
        text: 'It protects the node as well as `RuntimeDefault`, because a filter is attached (`Seccomp: 2`).',
        correct: false,
        why: '`SCMP_ACT_LOG` allows every call and only logs it. A filter is attached, but it blocks nothing: this profile is for recording, not for hardening.',
      },
      {
        text: 'It fails the Restricted level, which allows only `RuntimeDefault`.',
        correct: false,
        why: 'Restricted accepts `RuntimeDefault` and `Localhost`; it rejects an unset profile and `Unconfined`. Pod Security cannot see what the Localhost file contains.',
      },
    ],
    source: {
      to: '/docs/hardening/system-hardening/seccomp#4-deploy-a-custom-localhost-profile',
      label: 'Deploy a custom Localhost profile',
    },
    claims: [{file: 'system-hardening/restricted-passes-seccomp-localhost-pod.yaml', pss: 'restricted', passes: true}],
  },
  // --- /docs/tools/gatekeeper
  {
    id: 'gatekeeper-read-denial',
    competencies: ['CKS-4.1'],
    kind: 'scenario',
    prompt: 'Creating a Namespace fails with the error below. Which statements are true? Choose all that apply.',
    snippet: {
      language: 'text',
      code: 'Error from server ([ns-must-have-gk] you must provide labels: {"gatekeeper"}): admission webhook "validation.gatekeeper.sh" denied the request: [ns-must-have-gk] you must provide labels: {"gatekeeper"}',
    },
    options: [
      {
        text: 'Gatekeeper rejected it: `validation.gatekeeper.sh` is its validating webhook.',
        correct: true,
        why: 'The webhook name identifies the engine, so neither Pod Security Admission nor another policy engine refused the request.',
      },
      {
        text: '`ns-must-have-gk` is a Constraint; `kubectl get constraints` lists it with its kind, and `kubectl describe` shows its match rules and parameters.',
        correct: true,
        why: 'The bracketed name is the constraint that produced the message built by its template.',
      },
      {
        text: '`ns-must-have-gk` is the ConstraintTemplate; edit its Rego to change which namespaces are checked.',
        correct: false,
        why: 'Templates hold the logic and define a kind; which resources are checked, and with which parameters, is set on the constraint.',
      },
      {
        text: 'The constraint is in `dryrun` mode.',
        correct: false,
        why: 'A `dryrun` constraint only reports violations in its status during audit; it never denies a request.',
      },
    ],
    source: {to: '/docs/tools/gatekeeper#output', label: 'How to read the output'},
  },
  {
    id: 'gatekeeper-new-constraint-denies',
    competencies: ['CKS-4.1', 'CKS-5.3'],
    kind: 'scenario',
    prompt:
      'A platform team applies a new Gatekeeper constraint that requires an `owner` label on Deployments, without setting `enforcementAction`. Dozens of existing Deployments lack the label. What happens next, and what would a safer rollout have looked like?',
    options: [
      {
        text: "New or updated Deployments without the label are denied at once (the default action is `deny`); existing ones keep running and show up in the constraint's audit status. A safer rollout starts with `dryrun` or `warn`.",
        correct: true,
        why: 'Admission judges requests, so running objects are untouched, but the next change to any of them is refused. `dryrun` or `warn` first shows the scope without breaking deploys.',
      },
      {
        text: 'Nothing is enforced until `enforcementAction: deny` is set, because constraints start in `dryrun`.',
        correct: false,
        why: 'The default is `deny`, not `dryrun`; omitting the field enforces immediately.',
      },
      {
        text: 'Gatekeeper deletes the existing Deployments that violate the constraint during the next audit run.',
        correct: false,
        why: "Audit only records violations in the constraint's status; it never changes or deletes resources.",
      },
    ],
    source: {to: '/docs/tools/gatekeeper#install', label: 'Install and first run'},
  },
  // --- /docs/tools/kube-hunter
  {
    id: 'kube-hunter-replacement-for-pod-view',
    competencies: ['KCSA-6.4'],
    kind: 'scenario',
    prompt:
      'Your team used to run `kube-hunter --pod` to see what a compromised Pod could reach. kube-hunter has been unmaintained since its last release in 2022, and you need the same answer for a v1.37 cluster. What should you do instead?',
    options: [
      {
        text: "Check the Pod's service account with `kubectl auth can-i --list`, and run a test Pod that tries the kubelet and metadata endpoints with your NetworkPolicies in place.",
        correct: true,
        why: 'No maintained tool replaces that view one to one. Its two halves are what the API lets the Pod do (RBAC) and what the network lets it reach; both can be tested directly.',
      },
      {
        text: 'Keep running kube-hunter with `--active` so that it checks more than before.',
        correct: false,
        why: 'Active hunting tries exploits and changes the cluster, and its checks still stop at 2022. More aggressive use of a frozen tool does not fix either problem.',
      },
      {
        text: 'Run kube-bench inside the Pod.',
        correct: false,
        why: 'kube-bench checks node and control plane configuration against the CIS Benchmark; it does not tell you what a given Pod can reach or do.',
      },
    ],
    source: {to: '/docs/tools/kube-hunter#instead', label: 'What to use instead'},
  },
  {
    id: 'kube-hunter-maintained-equivalents',
    competencies: ['KCSA-6.4'],
    kind: 'concept',
    prompt: 'Which maintained tools cover jobs people used kube-hunter for? Choose all that apply.',
    options: [
      {
        text: 'Cluster misconfigurations: `trivy k8s`.',
        correct: true,
        why: "Trivy scans a cluster's resources for misconfigurations, and the kube-hunter README itself points to Trivy.",
      },
      {
        text: "Known CVEs in control plane and node components: Trivy's KBOM (`trivy k8s --format cyclonedx`, then `trivy sbom`).",
        correct: true,
        why: 'The KBOM lists component versions, which Trivy then matches against vulnerability data, with current advisories.',
      },
      {
        text: 'A posture overview of RBAC and exposure: Kubescape.',
        correct: true,
        why: 'Kubescape reports which subjects hold risky permissions and how the cluster scores per framework.',
      },
      {
        text: 'Any of them: `pip install kube-hunter` pulls updated checks from its knowledge base at run time.',
        correct: false,
        why: "kube-hunter's last release is v0.6.8 from 2022-05-13; its checks are fixed in that release and it downloads no new ones.",
      },
    ],
    source: {to: '/docs/tools/kube-hunter#instead', label: 'What to use instead'},
  },
  // --- /docs/tools/kubescape
  {
    id: 'kubescape-severity-threshold-gate',
    competencies: ['CKS-5.4'],
    kind: 'scenario',
    prompt:
      'A CI job scans the manifests of a release with `kubescape scan ./manifests/`. The team wants the job to fail whenever any control of severity high or critical fails, even if the overall compliance score stays high, and not to fail on low-severity findings alone. Which option does that?',
    options: [
      {
        text: '`--severity-threshold high`',
        correct: true,
        why: 'It makes the command fail when any failed control has the given severity or a higher one, independently of the score.',
      },
      {
        text: '`--compliance-threshold 90`',
        correct: false,
        why: 'That gates on the overall score. One failed critical control among many passing ones can leave the score above 90, so the job would pass.',
      },
      {
        text: '`--compliance-threshold 100`',
        correct: false,
        why: 'It fails on any failed control, including low-severity ones, which the team explicitly does not want.',
      },
      {
        text: '`--format json --output results.json`',
        correct: false,
        why: 'That only changes how the results are written; it never changes the exit code.',
      },
    ],
    source: {to: '/docs/tools/kubescape#install', label: 'Install and first run'},
  },
  {
    id: 'kubescape-offline-artifacts-and-ids',
    competencies: ['CKS-5.4'],
    kind: 'scenario',
    prompt:
      'You run Kubescape in a CI job on an air-gapped network and want a rule that fails the job whenever the cluster-admin binding control fails, even if the team later reports against another framework. Which choices fit? Choose all that apply.',
    options: [
      {
        text: 'Download the control library in advance with `kubescape download artifacts --output <dir>` and scan with `--use-artifacts-from <dir>`.',
        correct: true,
        why: 'Kubescape fetches its controls at run time by default; the downloaded artefacts let it run with no outbound access.',
      },
      {
        text: 'Write the rule against the control ID `C-0035`, which is the same in every framework.',
        correct: true,
        why: 'Control IDs are stable across frameworks, so a rule or exception keyed on the ID keeps working when the framework changes.',
      },
      {
        text: "Write the rule against the control's position in the NSA framework table.",
        correct: false,
        why: 'Positions depend on the framework and its version; only the control ID is stable.',
      },
      {
        text: 'Pass `--format json`, which makes the scan run without network access.',
        correct: false,
        why: 'The output format has nothing to do with where the control library comes from; without downloaded artefacts the scan still tries to fetch it.',
      },
    ],
    source: {to: '/docs/tools/kubescape#install', label: 'Install and first run'},
  },
  // --- /docs/tools/kyverno
  {
    id: 'kyverno-apply-error-count',
    competencies: ['CKS-4.1'],
    kind: 'scenario',
    prompt:
      'A CI step runs `kyverno apply ./policies/ --resource ./manifests/deployment.yaml` and prints the summary below. How do you read it?',
    snippet: {
      language: 'text',
      code: 'Applying 7 policy rule(s) to 1 resource(s)...\n\npass: 4, fail: 0, warn: 0, error: 1, skip: 2',
    },
    options: [
      {
        text: 'One rule could not be evaluated against the resource (for example a CEL expression failed); treat it as a bug in that policy, not as a pass.',
        correct: true,
        why: '`error` counts evaluations that did not produce a result. The resource was never judged by that rule, so a green summary would be misleading.',
      },
      {
        text: 'Two rules matched the resource but were not applied, for example because a precondition was false or a policy exception covered it.',
        correct: true,
        why: 'That is what `skip` counts. A rule that does not match the resource at all (another kind, an excluded namespace) produces no result and is not counted.',
      },
      {
        text: 'Two rules would have denied the resource but were in Audit mode.',
        correct: false,
        why: 'Failed Audit rules are counted under `fail` (or under `warn` with `--audit-warn`, for `kyverno.io` policies), never under `skip`.',
      },
      {
        text: 'The resource is compliant, because `fail` is 0.',
        correct: false,
        why: 'An evaluation error means one rule never judged it, so compliance with that rule is unknown.',
      },
    ],
    source: {to: '/docs/tools/kyverno#output', label: 'How to read the output'},
  },
  {
    id: 'kyverno-bootstrap-resources',
    competencies: ['CKS-4.1', 'CKS-5.3'],
    kind: 'scenario',
    prompt:
      "A Kyverno 1.19 installation has a policy with `failurePolicy: Fail` that matches Node objects. After a data-centre power loss, every node restarts at once, and the cluster does not come back: kubelets cannot register their Nodes and Kyverno's own Pods stay Pending. What prevents this?",
    options: [
      {
        text: "The chart value `features.excludeBootstrapResources.enabled`, which keeps Nodes and CertificateSigningRequests out of Kyverno's `Fail` webhooks.",
        correct: true,
        why: 'Node registration needs Node and CSR writes that Kyverno would otherwise intercept while it cannot run. The value is off by default in v1.19.0, so turn it on unless a policy truly must cover these kinds.',
      },
      {
        text: 'The webhook `namespaceSelector` that leaves out `kube-system`.',
        correct: false,
        why: 'A `namespaceSelector` cannot exclude cluster-scoped objects such as Nodes and CSRs, so it does not help here.',
      },
      {
        text: 'Nothing: a `Fail` webhook never blocks requests made by kubelets.',
        correct: false,
        why: "Kubelet requests go through admission like any other client's; a fail-closed webhook that matches them rejects them when it is unreachable.",
      },
    ],
    source: {to: '/docs/tools/kyverno#install', label: 'Install and first run'},
  },
  // --- /docs/tools/polaris
  {
    id: 'polaris-score-arithmetic',
    competencies: ['CKS-5.4'],
    kind: 'scenario',
    prompt:
      'A `polaris audit` of one Deployment finds 8 passed checks, 2 failed `warning` checks and 1 failed `danger` check. What score does Polaris report, and would `--set-exit-code-below-score 90` fail the build?',
    options: [
      {
        text: '80; yes, because 80 is below 90.',
        correct: true,
        why: 'The score is 2 × passed ÷ (2 × passed + warnings + 2 × dangers): 16 ÷ (16 + 2 + 2) = 80%. A danger counts twice as much as a warning.',
      },
      {
        text: '72; yes.',
        correct: false,
        why: '72 is 8 ÷ 11, the plain share of passed checks. Polaris weights passes and dangers by two.',
      },
      {
        text: '84; yes.',
        correct: false,
        why: '84 (16 ÷ 19) would count the danger only once, like a warning; Polaris counts it twice.',
      },
      {
        text: '80; no, because the score flag only counts `danger` findings.',
        correct: false,
        why: 'The score flag compares the overall score, which includes warnings; `--set-exit-code-on-danger` is the separate flag about dangers.',
      },
    ],
    source: {to: '/docs/tools/polaris#output', label: 'How to read the output'},
  },
  {
    id: 'polaris-exempt-one-workload',
    competencies: ['CKS-5.4'],
    kind: 'scenario',
    prompt:
      'One legacy Deployment must keep running as root for a quarter while it is rewritten, and Polaris reports `runAsRootAllowed` for it as `Danger`. The team wants every other workload still checked. What is the narrowest way to record this exception?',
    options: [
      {
        text: 'Annotate that Deployment with `polaris.fairwinds.com/runAsRootAllowed-exempt: "true"`.',
        correct: true,
        why: 'The check ID is the key for a per-workload exemption. The exception lives with the manifest, gets reviewed with it, and the check keeps running everywhere else.',
      },
      {
        text: 'Set `runAsRootAllowed: warning` in the Polaris config file.',
        correct: false,
        why: 'That lowers the severity for every workload in every namespace, not for one Deployment.',
      },
      {
        text: 'Drop `--set-exit-code-on-danger` from the CI job.',
        correct: false,
        why: 'That stops every danger finding from failing the build, which hides far more than this one exception.',
      },
    ],
    source: {to: '/docs/tools/polaris#output', label: 'How to read the output'},
  },
];
