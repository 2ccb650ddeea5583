import type {Question} from '../questions';

/**
 * End-of-article quizzes (issue 13), set 2: attack-vector pages, the
 * authentication and authorization fundamentals, and two hardening tasks.
 */
export const questions: readonly Question[] = [
  // /docs/attack-vectors/privileged-container-escape
  {
    id: 'privileged-escape-routes',
    competencies: ['KCSA-4.7', 'KCSA-4.4', 'CKS-4.1'],
    kind: 'scenario',
    prompt:
      'An attacker finds a remote code execution bug in the renderer and gets a root shell in one of these containers. The pod sets no host namespaces and mounts only an emptyDir. Which routes to the node are open to them?',
    example: 'attack-vectors/baseline-fails-privileged-report-renderer.yaml',
    options: [
      {
        text: 'Find the node’s root partition in `/proc/partitions`, mount its device node inside the container and `chroot` into it.',
        correct: true,
        why: 'A privileged container gets a device node for every host device, and `/proc/partitions` lists the host’s block devices. Mounting the root partition gives root access to the node’s files: kubelet credentials, other pods’ volumes, the runtime socket.',
      },
      {
        text: 'Load a kernel module built for the node’s kernel.',
        correct: true,
        why: 'Privileged mode grants every capability, including CAP_SYS_MODULE, and removes the seccomp filter, so nothing stops the module from loading into the node’s kernel.',
      },
      {
        text: 'None: the only volume is an emptyDir, so no host path is reachable from the container.',
        correct: false,
        why: 'The escape does not need a hostPath volume. The host’s disks are reachable through the device nodes that privileged mode exposes.',
      },
      {
        text: 'None until the attacker also gets `hostPID: true`, because the container keeps its own namespaces.',
        correct: false,
        why: '`hostPID` only makes the escape shorter (`nsenter` into PID 1). Without it the container keeps its own namespaces, but the block-device route needs nothing but the privileged flag.',
      },
    ],
    source: {to: '/docs/attack-vectors/privileged-container-escape#steps', label: 'Privileged container escape: steps'},
    claims: [{file: 'attack-vectors/baseline-fails-privileged-report-renderer.yaml', pss: 'baseline', passes: false}],
  },
  {
    id: 'privileged-escape-with-no-escalation',
    competencies: ['KCSA-4.7', 'CKS-4.1'],
    kind: 'concept',
    prompt:
      'A team sets `allowPrivilegeEscalation: false` on every container, as the Restricted level asks. One container also still has `privileged: true`. What happens when the Pod is created?',
    options: [
      {
        text: 'The API server rejects the Pod in its own object validation, whatever Pod Security level the namespace enforces, because the two settings contradict each other.',
        correct: true,
        why: 'Pod validation refuses a security context with `allowPrivilegeEscalation: false` and `privileged: true` together ("cannot set allowPrivilegeEscalation to false and privileged to true"), so the stray flag fails even in a namespace that enforces nothing.',
      },
      {
        text: 'The Pod runs privileged; `allowPrivilegeEscalation` is ignored for privileged containers.',
        correct: false,
        why: 'The combination never reaches the runtime. The API server refuses it when it validates the Pod.',
      },
      {
        text: 'The Pod runs unprivileged, because `allowPrivilegeEscalation: false` takes precedence.',
        correct: false,
        why: 'Kubernetes does not resolve the conflict by picking one field; it rejects the object.',
      },
      {
        text: 'It is rejected only if the namespace enforces the Baseline or Restricted level.',
        correct: false,
        why: 'Pod Security would reject `privileged: true` there, but the contradiction is already caught by the API server’s own validation, in every namespace.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/privileged-container-escape#prevent',
      label: 'Privileged container escape: prevent',
    },
  },

  // /docs/attack-vectors/secret-and-image-pull-secret-theft
  {
    id: 'secret-theft-list-watch-role',
    competencies: ['KCSA-4.6', 'CKS-4.2'],
    kind: 'scenario',
    prompt:
      'An attacker exploits the report-api application and takes its service-account token. The only grant that service account has is shown below. What does the token give them?',
    example: 'attack-vectors/rbac-report-api-secrets-read.yaml',
    options: [
      {
        text: 'The values of every Secret in `reporting`, base64-encoded and trivially decoded, from one `kubectl get secrets -n reporting -o json`.',
        correct: true,
        why: 'A list returns complete Secret objects, `data` included. Base64 is an encoding, so one request empties the namespace.',
      },
      {
        text: 'The names of the Secrets in `reporting` only; the values need a separate `get` per Secret.',
        correct: false,
        why: '`list` is not a names-only verb: its response holds the same full objects that `get` returns. The Role grants `get` anyway.',
      },
      {
        text: 'Every Secret in the cluster, because `kubectl get secrets -A` lists all namespaces.',
        correct: false,
        why: 'The grant is a Role with a RoleBinding in `reporting`, so it applies to that namespace only. A cluster-wide list needs a ClusterRoleBinding.',
      },
      {
        text: 'Nothing readable, because `kubectl describe secret` shows sizes instead of values.',
        correct: false,
        why: '`describe` hides the values only in its own output. The same token can ask for `-o json` or `-o yaml`, which show them base64-encoded.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/secret-and-image-pull-secret-theft#step-1-list-which-returns-the-values',
      label: 'Step 1: list, which returns the values',
    },
  },
  {
    id: 'secret-theft-get-only-names',
    competencies: ['KCSA-4.6', 'CKS-4.2'],
    kind: 'scenario',
    prompt:
      'A stolen token may `get` Secrets in `shop` but not `list` or `watch` them. It may also `get` and `list` Pods, Deployments and ServiceAccounts there. The team says the Secrets are safe because their names are unguessable. How does the attacker get the values anyway?',
    options: [
      {
        text: 'By reading the names from the workloads: Secret volumes, `envFrom`, `secretKeyRef` and `imagePullSecrets` in pod specs and Deployments, and `imagePullSecrets` on ServiceAccounts, then getting each one.',
        correct: true,
        why: 'Objects that use a Secret name it. Reading those objects is often allowed by "harmless" roles, and with the names, `get` returns each Secret one at a time.',
      },
      {
        text: 'They cannot: without `list` a Secret can only be read by someone who already knows its name.',
        correct: false,
        why: 'True only if the names are secret too, and they are not: every pod and Deployment that uses a Secret writes its name into its spec.',
      },
      {
        text: '`kubectl get secrets` falls back to one `get` per Secret when `list` is denied.',
        correct: false,
        why: 'kubectl has no such fallback. A collection request needs `list`; it is denied with 403.',
      },
      {
        text: '`kubectl auth can-i --list` prints the names of the Secrets the token may read.',
        correct: false,
        why: 'It prints the subject’s rules. A rule without `resourceNames` shows no names at all; it does not enumerate objects.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/secret-and-image-pull-secret-theft#step-3-get-when-list-is-denied',
      label: 'Step 3: get, when list is denied',
    },
  },
  {
    id: 'secret-theft-pull-secret-auth-field',
    competencies: ['KCSA-4.6', 'CKS-4.2'],
    kind: 'concept',
    prompt:
      'An attacker decodes the `.dockerconfigjson` key of an image pull Secret. What is the `auth` field inside `auths.<registry>`?',
    options: [
      {
        text: 'A second base64 layer over `username:password`, so decoding it yields a credential that works from any machine.',
        correct: true,
        why: 'The Docker config format stores basic-auth credentials base64-encoded. The decoded file can also be used as it is, as an auth file for registry tools.',
      },
      {
        text: 'A salted hash of the password, useless outside the cluster.',
        correct: false,
        why: 'Registries need the credential itself to authenticate a pull, so the file stores it reversibly, not as a hash.',
      },
      {
        text: 'A value encrypted with a key only the kubelet holds.',
        correct: false,
        why: 'Kubernetes does not encrypt the contents of a Secret for the kubelet. Encryption at rest protects etcd, not what an API reader receives.',
      },
      {
        text: 'A token that expires when the pod that used it is deleted.',
        correct: false,
        why: 'Static pull Secrets have no link to pods. The credential lasts as long as the registry account allows; short-lived tokens need a kubelet credential provider.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/secret-and-image-pull-secret-theft#step-5-reuse-registry-credentials',
      label: 'Step 5: reuse registry credentials',
    },
  },

  // /docs/attack-vectors/supply-chain-attacks
  {
    id: 'supply-chain-digest-policy-admits',
    competencies: ['KCSA-5.1', 'CKS-5.3'],
    kind: 'scenario',
    prompt:
      'This policy and binding are active. Which new Pods are admitted? (The digests shown as `<64 hex>` are complete SHA-256 digests.)',
    example: 'attack-vectors/vap-require-image-digest.yaml',
    options: [
      {
        text: 'A Pod in `shop` whose only container uses `registry.example.com/shop/checkout:3.2@sha256:<64 hex>`.',
        correct: true,
        why: 'The reference contains `@sha256:`, so the list of undigested images is empty and the validation passes. Keeping the tag next to the digest is fine; the digest decides what is pulled.',
      },
      {
        text: 'A Pod in `kube-system` that uses `registry.example.com/agents/node-agent:1.8`.',
        correct: true,
        why: 'The binding’s namespaceSelector leaves out `kube-system`, so the policy does not evaluate Pods there.',
      },
      {
        text: 'A Pod in `shop` that uses `checkout:3.2` with `imagePullPolicy: Always`.',
        correct: false,
        why: 'The pull policy is not what the policy checks. The image has no digest, so it is refused; `Always` would only fetch a moved tag sooner.',
      },
      {
        text: 'A Pod in `shop` whose app container is pinned by digest but whose init container uses `busybox:1.37`.',
        correct: false,
        why: 'The `images` variable collects containers, init containers and ephemeral containers, so the tagged init container is listed and the Pod is denied.',
      },
    ],
    source: {to: '/docs/attack-vectors/supply-chain-attacks#prevent', label: 'Supply-chain attacks: prevent'},
  },
  {
    id: 'supply-chain-ensure-secret-pulled-images',
    competencies: ['KCSA-5.2', 'CKS-5.3'],
    kind: 'scenario',
    prompt:
      'On a v1.37 node with default kubelet settings, tenant A’s pod pulled a private image with A’s pull Secret. Tenant B then starts a pod on the same node that names the same image, with `imagePullPolicy: IfNotPresent` and no pull Secret. What happens?',
    options: [
      {
        text: 'The kubelet sees that B’s pod did not supply the credentials the image was pulled with and pulls again for it; with no credentials the pull fails and the pod does not start.',
        correct: true,
        why: '`KubeletEnsureSecretPulledImages` is beta and on by default since v1.35. The kubelet records which credentials pulled each cached image and makes a pod with different credentials pull with its own.',
      },
      {
        text: 'The pod starts from the cached image, because `IfNotPresent` never contacts the registry when the image is on the node.',
        correct: false,
        why: 'That was the gap before the kubelet checked credentials. With the feature on, "present" is not enough for an image that was pulled with someone else’s Secret.',
      },
      {
        text: 'The API server rejects the pod, because the AlwaysPullImages admission plugin is on by default.',
        correct: false,
        why: 'AlwaysPullImages is off by default; it is an older, cluster-wide way to close the same gap.',
      },
      {
        text: 'The pod starts, because the default `imagePullCredentialsVerificationPolicy` trusts every cached image.',
        correct: false,
        why: 'The default, `NeverVerifyPreloadedImages`, trusts only images that reached the node without the kubelet (baked into the node image, loaded by hand). An image the kubelet pulled with A’s Secret is checked.',
      },
    ],
    source: {to: '/docs/attack-vectors/supply-chain-attacks#prevent', label: 'Supply-chain attacks: prevent'},
  },

  // /docs/attack-vectors/traffic-interception-externalips
  {
    id: 'externalips-vap-subset-rule',
    competencies: ['KCSA-2.5', 'CKS-1.1'],
    kind: 'scenario',
    prompt:
      'This policy is bound cluster-wide with `validationActions: [Deny]`. Service `legacy` already has `externalIPs: [198.51.100.7]`. Which requests are admitted?',
    example: 'attack-vectors/vap-deny-service-externalips.yaml',
    options: [
      {
        text: 'Adding a label to `legacy` while keeping `externalIPs: [198.51.100.7]`.',
        correct: true,
        why: 'On UPDATE the expression allows addresses that were all already present, so existing Services stay manageable.',
      },
      {
        text: 'Creating a new Service of type LoadBalancer with no `externalIPs`.',
        correct: true,
        why: 'Without the field, `!has(object.spec.externalIPs)` is true and the validation passes.',
      },
      {
        text: 'Changing `legacy` to `externalIPs: [198.51.100.7, 203.0.113.50]`.',
        correct: false,
        why: '203.0.113.50 is not in the old list, so `all(ip, ip in oldObject...)` is false and the update is denied. Otherwise anyone who can edit an old Service could claim new addresses.',
      },
      {
        text: 'Creating a new Service with `externalIPs: [203.0.113.50]` in a namespace that holds no other Services.',
        correct: false,
        why: 'A CREATE with a non-empty `externalIPs` list fails the expression; the namespace’s contents do not matter.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/traffic-interception-externalips#prevent',
      label: 'Traffic interception: prevent',
    },
  },
  {
    id: 'externalips-plugin-default-off',
    competencies: ['KCSA-2.5', 'CKS-1.1'],
    kind: 'concept',
    prompt: 'What is the state of the `DenyServiceExternalIPs` admission plugin on a v1.37 kube-apiserver?',
    options: [
      {
        text: 'It has existed since v1.21 but is off by default; you add it to `--enable-admission-plugins`.',
        correct: true,
        why: 'The project answered CVE-2020-8554 with an opt-in plugin, because some clusters rely on `externalIPs`. A cluster nobody configured is still exposed.',
      },
      {
        text: 'It is on by default since v1.21, so only clusters that disabled it are exposed.',
        correct: false,
        why: 'It is not in the default plugin set; it must be enabled explicitly.',
      },
      {
        text: 'It also blocks writing an IP into `status.loadBalancer.ingress`, closing both routes.',
        correct: false,
        why: 'It checks `spec.externalIPs` only. The load-balancer status route has no plugin; RBAC on `services/status` is the only limit.',
      },
      {
        text: 'It was removed in favour of ValidatingAdmissionPolicy.',
        correct: false,
        why: 'It is still a built-in plugin. A ValidatingAdmissionPolicy is the alternative where you cannot change API server flags, or need exceptions.',
      },
    ],
    source: {
      to: '/docs/attack-vectors/traffic-interception-externalips#why-there-is-no-patch',
      label: 'Why there is no patch',
    },
  },

  // /docs/fundamentals/authentication/oidc-and-structured-authentication
  {
    id: 'oidc-github-issuer-unpinned',
    competencies: ['KCSA-3.3', 'CKS-2.3'],
    kind: 'scenario',
    prompt:
      'A cluster trusts GitHub Actions with the authenticator below, and a RoleBinding gives the user `gha:production` the deployer role in `shop`. There are no claim validation rules. What is the risk?',
    snippet: {
      language: 'yaml',
      code: 'apiVersion: apiserver.config.k8s.io/v1\nkind: AuthenticationConfiguration\njwt:\n  - issuer:\n      url: https://token.actions.githubusercontent.com\n      audiences: [prod-cluster-7f3a]\n    claimMappings:\n      username:\n        expression: "\'gha:\' + claims.environment"',
    },
    options: [
      {
        text: 'A workflow in anyone’s repository can request a token with this audience, run in an environment it names `production`, and deploy as `gha:production`.',
        correct: true,
        why: 'GitHub is a shared issuer: any repository can mint a token for any audience, and the environment name is chosen by the repository owner. Pin `repository_owner` or `repository` (and `ref`) in `claimValidationRules`.',
      },
      {
        text: 'None: GitHub signs the tokens, so only workflows of your organisation can produce them.',
        correct: false,
        why: 'The signature proves GitHub issued the token, not which repository asked for it. That is in the claims, which nothing here checks.',
      },
      {
        text: 'The file is rejected, because `claimMappings.username` needs a `prefix` field.',
        correct: false,
        why: 'A prefix is required with `claim`. With an `expression` it must not be set; the prefix is written into the expression instead.',
      },
      {
        text: 'Tokens can be replayed against other clusters, because the audience is not checked.',
        correct: false,
        why: 'The audience is checked: a token must carry `prod-cluster-7f3a`. The problem is who can obtain such a token.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/oidc-and-structured-authentication#pitfalls',
      label: 'Pitfalls that lead to cluster-admin',
    },
  },
  {
    id: 'oidc-email-expression-needs-verified',
    competencies: ['KCSA-3.3', 'CKS-2.3'],
    kind: 'concept',
    prompt:
      'An authenticator maps `claimMappings.username.expression: "\'oidc:\' + claims.email"`, and no other expression in it mentions `email_verified`. What does kube-apiserver do with the file?',
    options: [
      {
        text: 'It rejects the configuration: an expression that uses `claims.email` for the username requires `claims.email_verified` to be checked somewhere in the authenticator.',
        correct: true,
        why: 'Validation insists on it, so an unverified address cannot become a username by accident. Check it in the username expression, an `extra` value expression or a claim validation rule.',
      },
      {
        text: 'It accepts the file and checks `email_verified` automatically, as it does for `claim: email`.',
        correct: false,
        why: 'The automatic check applies to the `claim: email` form. For expressions you must write it yourself, and the file is refused until you do.',
      },
      {
        text: 'It accepts the file; users with unverified addresses log in normally.',
        correct: false,
        why: 'That is the pitfall the validation prevents; the file does not load.',
      },
      {
        text: 'It rejects the file because expressions cannot read `claims.email`.',
        correct: false,
        why: 'Expressions may read any claim. The rule is only that `email_verified` must be checked too.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authentication/oidc-and-structured-authentication#claim-mappings',
      label: 'Claim mappings',
    },
  },
  {
    id: 'oidc-two-audiences-match-any',
    competencies: ['KCSA-3.3', 'CKS-2.3'],
    kind: 'concept',
    prompt:
      'A JWT authenticator lists two client IDs under `issuer.audiences`. What else must the issuer block contain?',
    options: [
      {
        text: '`audienceMatchPolicy: MatchAny`.',
        correct: true,
        why: 'With more than one audience, validation requires `MatchAny`: a token is accepted when its `aud` contains at least one of the listed values.',
      },
      {
        text: 'A `discoveryURL` for each audience.',
        correct: false,
        why: 'Discovery belongs to the issuer, not to an audience. `discoveryURL` is only for reaching the issuer at a different address.',
      },
      {
        text: 'Nothing; a token must then carry both audiences.',
        correct: false,
        why: 'There is no "match all" policy, and a second audience without `MatchAny` fails validation.',
      },
      {
        text: 'A separate `jwt` entry per audience with the same issuer URL.',
        correct: false,
        why: 'Issuer URLs must be unique across `jwt` entries. Several audiences go into one entry.',
      },
    ],
    source: {to: '/docs/fundamentals/authentication/oidc-and-structured-authentication#issuer', label: 'Issuer'},
  },

  // /docs/fundamentals/authorization/abac-and-webhook-authorization
  {
    id: 'authz-webhook-ttl-zero-migration',
    competencies: ['KCSA-3.3', 'CKS-2.3'],
    kind: 'scenario',
    prompt:
      'A cluster ran its webhook with the flags below, so every revocation took effect at once. During the migration to `--authorization-config`, the engineer writes `authorizedTTL: 0s` and `unauthorizedTTL: 0s` in the webhook entry. How does caching behave after the switch?',
    snippet: {
      language: 'bash',
      code: '--authorization-mode=Node,RBAC,Webhook\n--authorization-webhook-config-file=/etc/kubernetes/authz-webhook.kubeconfig\n--authorization-webhook-version=v1\n--authorization-webhook-cache-authorized-ttl=0\n--authorization-webhook-cache-unauthorized-ttl=0',
    },
    options: [
      {
        text: 'Allows are cached for five minutes and other answers for 30 seconds, because a zero TTL in the file means "use the default".',
        correct: true,
        why: 'In the configuration file an unset or zero TTL is defaulted to 5m0s and 30s. To keep caching off, set `cacheAuthorizedRequests: false` and `cacheUnauthorizedRequests: false`.',
      },
      {
        text: 'Nothing is cached, as with the flags.',
        correct: false,
        why: 'Only the flags treat `0` as "off". The file defaults a zero duration, which silently brings back a five-minute window for revoked access.',
      },
      {
        text: 'The API server refuses to start, because a TTL must be greater than zero.',
        correct: false,
        why: 'Zero is accepted and replaced by the default; only the webhook `timeout` must be greater than `0s`.',
      },
      {
        text: 'Answers are cached until the file is reloaded.',
        correct: false,
        why: 'Cache entries expire after their TTL; a reload is not what ends them.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authorization/abac-and-webhook-authorization#migrating-from-flags',
      label: 'Migrating from flags',
    },
  },
  {
    id: 'authz-abac-non-resource-wildcard',
    competencies: ['KCSA-3.3', 'CKS-2.3'],
    kind: 'scenario',
    prompt:
      'An old cluster still runs `--authorization-mode=Node,RBAC,ABAC` with the policy line below. Which requests does it allow for every authenticated client, on an API server with default flags?',
    snippet: {
      language: 'json',
      code: '{"apiVersion": "abac.authorization.kubernetes.io/v1beta1", "kind": "Policy", "spec": {"group": "system:authenticated", "readonly": true, "nonResourcePath": "*"}}',
    },
    options: [
      {
        text: '`GET /version` and `GET /healthz`.',
        correct: true,
        why: '`*` matches every non-resource path, and a GET is a read-only verb, which `readonly: true` permits.',
      },
      {
        text: '`GET /metrics` and `GET /debug/pprof/profile`.',
        correct: true,
        why: 'Both are non-resource paths, so the wildcard grants them. Profiling is on by default, which makes the pprof endpoints a real exposure.',
      },
      {
        text: '`GET /api/v1/namespaces/shop/pods`.',
        correct: false,
        why: 'That is a resource request (list pods). A `nonResourcePath` line never matches resource requests.',
      },
      {
        text: '`POST /logs`.',
        correct: false,
        why: 'A non-resource POST has the verb `post`, which is not read-only, so `readonly: true` excludes it.',
      },
    ],
    source: {to: '/docs/fundamentals/authorization/abac-and-webhook-authorization#abac', label: 'ABAC'},
  },

  // /docs/fundamentals/authorization/authorization-methods
  {
    id: 'authz-methods-http-to-verbs',
    competencies: ['KCSA-3.3', 'CKS-2.1'],
    kind: 'scenario',
    prompt: 'An audit shows these three requests. Which RBAC permissions does each one need, in order?',
    snippet: {
      language: 'text',
      code: 'GET    /api/v1/namespaces/shop/pods/web-7d9f/log\nDELETE /api/v1/namespaces/shop/pods\nPUT    /apis/apps/v1/namespaces/shop/deployments/web',
    },
    options: [
      {
        text: '`get` on `pods/log`; `deletecollection` on `pods`; `update` on `deployments` in `apps`.',
        correct: true,
        why: 'A GET on one object is `get`, here on the `log` subresource. A DELETE on a collection URL is `deletecollection`. A PUT is `update`.',
      },
      {
        text: '`get` on `pods`; `delete` on `pods`; `patch` on `deployments`.',
        correct: false,
        why: 'Subresources are authorized separately, so `pods/log` needs its own rule; a collection DELETE is `deletecollection`; PUT is `update`, PATCH is `patch`.',
      },
      {
        text: '`list` on `pods/log`; `delete` on `pods`; `update` on `deployments`.',
        correct: false,
        why: 'The log URL names one pod, so the verb is `get`. DELETE without a name targets the collection: `deletecollection`.',
      },
      {
        text: '`get` on `pods/log`; `delete` on `pods`; `create` on `deployments`.',
        correct: false,
        why: 'POST maps to `create`; PUT on an existing object maps to `update`. And a collection DELETE is `deletecollection`, not `delete`.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authorization/authorization-methods#verbs',
      label: 'How HTTP methods become verbs',
    },
  },
  {
    id: 'authz-methods-explicit-deny',
    competencies: ['KCSA-3.3', 'CKS-2.3'],
    kind: 'concept',
    prompt:
      'Which of these authorizers can answer with an explicit deny that ends the chain before later authorizers are asked?',
    options: [
      {
        text: 'Webhook.',
        correct: true,
        why: 'A webhook can return `allowed: false` with `denied: true`, which stops the chain. It is the only way to enforce a deny that RBAC later in the chain cannot override.',
      },
      {
        text: 'RBAC.',
        correct: false,
        why: 'RBAC is purely additive: it allows or has no opinion. There are no deny rules in Roles.',
      },
      {
        text: 'Node.',
        correct: false,
        why: 'The Node authorizer allows what the graph permits for a kubelet and otherwise has no opinion, so RBAC is still asked.',
      },
      {
        text: 'ABAC.',
        correct: false,
        why: 'ABAC allows when a policy line matches and otherwise has no opinion; like RBAC it never denies.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authorization/authorization-methods#authorizer-chain',
      label: 'The authorizer chain',
    },
  },

  // /docs/fundamentals/authorization/node-authorization
  {
    id: 'node-authz-stolen-kubelet-cert',
    competencies: ['KCSA-2.4', 'CKS-2.3'],
    kind: 'scenario',
    prompt:
      'After a container escape an attacker holds the client certificate of the kubelet on `node-1` (CN `system:node:node-1`, O `system:nodes`). The API server runs the Node authorizer, RBAC and NodeRestriction. Which requests succeed?',
    options: [
      {
        text: '`get` the Secret `shop/web-tls`, which a pod scheduled on `node-1` mounts.',
        correct: true,
        why: 'The graph has a path from that Secret through the pod to `node-1`, so the Node authorizer allows it. This is why the kubelet credential is worth stealing.',
      },
      {
        text: 'Request a token for the service account of a pod running on `node-1`, bound to that pod and for an audience that pod’s token volume uses.',
        correct: true,
        why: 'The kubelet creates tokens for its own pods. NodeRestriction requires the token to be bound to a pod on that node, which this one is.',
      },
      {
        text: 'Remove the `NoSchedule` taint from the `node-1` Node object.',
        correct: false,
        why: 'NodeRestriction forbids a kubelet to change its own taints, so a compromised node cannot make itself eligible for pods that the taint keeps away.',
      },
      {
        text: 'Delete a pod bound to `node-2`, to get it rescheduled elsewhere.',
        correct: false,
        why: 'A kubelet may delete or evict only pods bound to its own node; NodeRestriction rejects the rest.',
      },
    ],
    source: {
      to: '/docs/fundamentals/authorization/node-authorization#why-both',
      label: 'Why both are needed',
    },
  },
  {
    id: 'node-authz-shared-kubelet-identity',
    competencies: ['KCSA-2.4', 'CKS-2.3'],
    kind: 'scenario',
    prompt:
      'To save effort, a cluster gives every kubelet the same client certificate with CN `kubelet` and O `system:nodes`, and binds that user to the `system:node` ClusterRole. The API server runs Node, RBAC and NodeRestriction. How do the node controls treat these kubelets?',
    options: [
      {
        text: 'They ignore them: the user name is not `system:node:<nodeName>`, so the Node authorizer has no opinion, NodeRestriction lets the requests through, and RBAC alone decides.',
        correct: true,
        why: 'Both controls act only on identities named `system:node:<name>` in the group `system:nodes`. Here RBAC’s `system:node` role lets every kubelet read every Secret, and nothing limits Node writes.',
      },
      {
        text: 'The Node authorizer denies every request, because the name does not match a Node.',
        correct: false,
        why: 'The Node authorizer never denies; for an identity that is not a node it has no opinion, and the next authorizer is asked.',
      },
      {
        text: 'They restrict them as usual, because membership of `system:nodes` is what counts.',
        correct: false,
        why: 'The group alone is not enough; the user name must also have the `system:node:` form, since the node name is taken from it.',
      },
      {
        text: 'NodeRestriction rejects every request, because it cannot tell which node sent it.',
        correct: false,
        why: 'NodeRestriction only acts on identities it recognises as nodes and admits everything else, so these kubelets are not restricted at all.',
      },
    ],
    source: {to: '/docs/fundamentals/authorization/node-authorization#node-identity', label: 'Node identity'},
  },

  // /docs/hardening/cluster-hardening/rbac-least-privilege
  {
    id: 'rbac-lp-reloader-can-i',
    competencies: ['CKS-2.1', 'KCSA-3.3'],
    kind: 'scenario',
    prompt:
      'After applying this file, you run `kubectl auth can-i ... --as=system:serviceaccount:shop:config-reloader`. Which checks answer `yes`?',
    example: 'cluster-hardening/rbac-config-reloader-least-privilege.yaml',
    options: [
      {
        text: '`get configmaps/shop-config -n shop`',
        correct: true,
        why: 'The rule grants `get` on configmaps with `resourceNames: [shop-config]` in `shop`, and the request names that object.',
      },
      {
        text: '`watch configmaps/shop-config -n shop`',
        correct: true,
        why: '`watch` is in the verbs and the check names the object, which is what a single-object watch (a `metadata.name` field selector) is authorized as.',
      },
      {
        text: '`update configmaps/shop-config -n shop`',
        correct: false,
        why: 'The Role is read-only: `get`, `list` and `watch`. A reloader that only reads needs no write.',
      },
      {
        text: '`get configmaps/shop-config -n payments`',
        correct: false,
        why: 'A Role and RoleBinding grant in their own namespace only, here `shop`.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-hardening/rbac-least-privilege#verify',
      label: 'RBAC least privilege: verify',
    },
  },
  {
    id: 'rbac-lp-resourcenames-create',
    competencies: ['CKS-2.1', 'KCSA-3.3'],
    kind: 'scenario',
    prompt:
      'A job must create one ConfigMap, `build-lock`, in `ci`. Its Role grants `create` on `configmaps` with `resourceNames: [build-lock]`, to keep it from creating anything else. The job fails with 403 on its very first run. Why?',
    options: [
      {
        text: 'A create request carries no object name at authorization time, so a rule with `resourceNames` never matches it and every create is denied.',
        correct: true,
        why: 'The name is in the body, which authorization does not see. Grant `create` without names (and restrict names with admission if it matters), or create the object once and grant `update`/`patch` on it by name.',
      },
      {
        text: '`resourceNames` needs `list` as well, to check that the name is free.',
        correct: false,
        why: 'Authorization does no such check. Adding `list` would not make the create match either.',
      },
      {
        text: 'The job must use `kubectl create configmap build-lock --save-config` for the name to be sent.',
        correct: false,
        why: 'No client option changes what the authorizer sees for a create: the URL names the collection, not the object.',
      },
      {
        text: 'Roles cannot grant `create`; that needs a ClusterRole.',
        correct: false,
        why: 'Roles can grant any verb on namespaced resources, including `create`.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-hardening/rbac-least-privilege#what-can-go-wrong',
      label: 'RBAC least privilege: what can go wrong',
    },
  },
  {
    id: 'rbac-lp-default-binding-returns',
    competencies: ['CKS-2.1', 'KCSA-3.3'],
    kind: 'concept',
    prompt:
      'You delete the subject `system:unauthenticated` from the default ClusterRoleBinding `system:public-info-viewer`. After the next API server restart it is back. Why, and what should you do instead?',
    options: [
      {
        text: 'The API server reconciles default roles and bindings at start-up; restrict anonymous access in the authentication configuration, or set `rbac.authorization.kubernetes.io/autoupdate: "false"` and own the binding.',
        correct: true,
        why: 'Bootstrap reconciliation re-adds missing subjects and rules to default objects unless the annotation opts out. Restricting anonymous requests at the authenticator also avoids breaking load balancer health checks you did not know about.',
      },
      {
        text: 'kubeadm restores it on every control plane restart; run `kubeadm upgrade` to stop it.',
        correct: false,
        why: 'The API server itself, not kubeadm, reconciles the default RBAC objects.',
      },
      {
        text: 'Someone re-applied it from Git; there is no built-in mechanism that restores bindings.',
        correct: false,
        why: 'There is one: default roles and bindings carry the autoupdate annotation and are reconciled at every start.',
      },
      {
        text: 'RBAC caches bindings for the lifetime of the etcd member; compact etcd to make the deletion stick.',
        correct: false,
        why: 'RBAC reads bindings from the API through informers; nothing is cached in etcd in this way.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-hardening/rbac-least-privilege#what-can-go-wrong',
      label: 'RBAC least privilege: what can go wrong',
    },
  },

  // /docs/hardening/cluster-setup/network-policies-default-deny
  {
    id: 'netpol-dd-dns-peer-dash',
    competencies: ['CKS-1.1', 'KCSA-3.7'],
    kind: 'scenario',
    prompt:
      'In a review, someone adds a dash before `podSelector` in this policy, so the peer list has two entries instead of one. What does the egress rule allow after the change?',
    example: 'cluster-setup/netpol-allow-dns.yaml',
    options: [
      {
        text: 'Port 53 to every pod in `kube-system`, and to pods labelled `k8s-app: kube-dns` in `shop` itself.',
        correct: true,
        why: 'Two peers are ORed. A peer with only a namespaceSelector matches every pod in those namespaces; a peer with only a podSelector matches pods in the policy’s own namespace.',
      },
      {
        text: 'The same as before: CoreDNS pods in `kube-system` only.',
        correct: false,
        why: 'Only one peer with both selectors means "pods with this label in namespaces with that label". Splitting it changes AND into OR.',
      },
      {
        text: 'Port 53 to pods labelled `k8s-app: kube-dns` in every namespace.',
        correct: false,
        why: 'A podSelector without a namespaceSelector is limited to the policy’s own namespace, not all namespaces.',
      },
      {
        text: 'Nothing: the API server rejects a peer that has a podSelector but no namespaceSelector.',
        correct: false,
        why: 'That peer is valid and common; it selects pods in the policy’s namespace.',
      },
    ],
    source: {to: '/docs/hardening/cluster-setup/network-policies-default-deny#steps', label: 'Default deny: steps'},
  },
  {
    id: 'netpol-dd-rollback-allow-dns-remains',
    competencies: ['CKS-1.1', 'KCSA-3.7'],
    kind: 'scenario',
    prompt:
      'A release in `shop` breaks after the default deny. To roll back quickly, an operator deletes only `default-deny-all` and keeps `allow-dns` (empty podSelector, `policyTypes: [Egress]`) and the other allow policies. What can the `netpol-probe` pod, which has no app label and is selected only by the namespace-wide policies, do now?',
    options: [
      {
        text: 'Resolve names, but not open any other outbound connection, because `allow-dns` still isolates every pod for egress.',
        correct: true,
        why: 'A pod selected by any policy of type Egress is isolated for egress, and only the union of those policies’ rules is allowed: here DNS. To reopen the namespace fully, delete every policy in it.',
      },
      {
        text: 'Everything, as before the task: deleting the default deny removes isolation.',
        correct: false,
        why: 'Isolation comes from any policy that selects the pod for that direction, not from the default deny alone.',
      },
      {
        text: 'Nothing, not even DNS, until the default deny is re-applied.',
        correct: false,
        why: 'Policies only add allowed traffic; `allow-dns` still allows port 53 to CoreDNS.',
      },
      {
        text: 'Egress works, but ingress to every pod stays blocked.',
        correct: false,
        why: 'Egress stays isolated by `allow-dns`. Ingress reopens for pods that no remaining Ingress policy selects; the others keep their allow rules.',
      },
    ],
    source: {
      to: '/docs/hardening/cluster-setup/network-policies-default-deny#what-can-go-wrong',
      label: 'Default deny: what can go wrong',
    },
  },
];
