import * as z from '../../zod';

/**
 * AuthorizationConfiguration (apiserver.config.k8s.io/v1): the file passed to
 * kube-apiserver --authorization-config (structured authorization
 * configuration, KEP-3221: alpha v1.29, beta v1.30, GA v1.32). It replaces
 * --authorization-mode and the --authorization-webhook-* flags; the two
 * approaches are mutually exclusive.
 *
 * Strict: unknown keys are errors, as the API server's own decoder rejects
 * them. The checks below restate the upstream validation so a file that would
 * stop kube-apiserver from starting fails here too.
 *
 * https://kubernetes.io/docs/reference/access-authn-authz/authorization/#using-configuration-file-for-authorization
 * Upstream types: staging/src/k8s.io/apiserver/pkg/apis/apiserver/v1/types.go
 *   (AuthorizationConfiguration, AuthorizerConfiguration, WebhookConfiguration,
 *   WebhookConnectionInfo, WebhookMatchCondition)
 * Upstream validation: staging/src/k8s.io/apiserver/pkg/apis/apiserver/validation/validation.go
 *   (ValidateAuthorizationConfiguration, ValidateWebhookConfiguration)
 * Known authorizer types: pkg/kubeapiserver/authorizer/modes/modes.go
 *   (AuthorizationModeChoices); only Webhook may repeat.
 */

/** One unit of a Go duration: "300ms", "1.5h", "2m". */
const GO_DURATION_UNIT = /(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g;
const GO_DURATION = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;
const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Milliseconds in a metav1.Duration string such as "3s" or "5m0s". */
export function goDurationMs(value: string): number {
  let total = 0;
  for (const match of value.matchAll(GO_DURATION_UNIT)) {
    total += Number(match[1]) * (UNIT_MS[match[2] ?? ''] ?? 0);
  }
  return total;
}

/** metav1.Duration as written in YAML: a Go duration string, e.g. "3s", "5m", "1m30s". */
const duration = z.string().regex(GO_DURATION, 'must be a Go duration such as "3s", "5m" or "1m30s"');

/** A positive duration (the TTLs must be > 0s; 0 or unset means "use the default"). */
const positiveDuration = duration.refine((d) => goDurationMs(d) > 0, 'must be greater than 0s');

/** DNS-1123 subdomain: lower-case alphanumerics, '-' and '.', at most 253 characters. */
const dns1123Subdomain = z
  .string()
  .max(253)
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    'must be a DNS-1123 subdomain, e.g. "rbac" or "authz.example.com"',
  );

/**
 * How kube-apiserver reaches the webhook. KubeConfigFile: an absolute path to
 * a kubeconfig whose cluster is the webhook and whose user is the credential
 * the API server presents. InClusterConfig: call the SubjectAccessReview API of
 * the cluster the server runs in; meant for aggregated API servers, not allowed
 * for kube-apiserver itself.
 */
const connectionInfo = z
  .strictObject({
    type: z.enum(['KubeConfigFile', 'InClusterConfig']),
    kubeConfigFile: z.string().min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.type === 'KubeConfigFile') {
      if (c.kubeConfigFile === undefined) {
        ctx.addIssue({code: 'custom', path: ['kubeConfigFile'], message: 'is required when type is KubeConfigFile'});
      } else if (!c.kubeConfigFile.startsWith('/')) {
        ctx.addIssue({code: 'custom', path: ['kubeConfigFile'], message: 'must be an absolute path'});
      }
    } else if (c.kubeConfigFile !== undefined) {
      ctx.addIssue({code: 'custom', path: ['kubeConfigFile'], message: 'can only be set when type is KubeConfigFile'});
    }
  });

/**
 * A CEL pre-filter evaluated against the v1 SubjectAccessReview (variable
 * `request`). All must be true for the webhook to be called; any false skips it.
 */
const matchCondition = z.strictObject({
  expression: z.string().trim().min(1, 'must be a non-empty CEL expression'),
});

const webhook = z
  .strictObject({
    /** How long "allowed" answers are cached. Default 5m0s (like --authorization-webhook-cache-authorized-ttl). */
    authorizedTTL: positiveDuration.optional(),
    /** Set to false to not cache "allowed" answers at all (field added in v1.34). Default true. */
    cacheAuthorizedRequests: z.boolean().optional(),
    /** How long "denied/no opinion" answers are cached. Default 30s. */
    unauthorizedTTL: positiveDuration.optional(),
    /** Set to false to not cache "denied/no opinion" answers (field added in v1.34). Default true. */
    cacheUnauthorizedRequests: z.boolean().optional(),
    /** Required, no default; greater than 0s and at most 30s. */
    timeout: duration.refine((d) => {
      const ms = goDurationMs(d);
      return ms > 0 && ms <= 30_000;
    }, 'must be > 0s and <= 30s'),
    /** SubjectAccessReview version sent to the webhook. Required, no default. */
    subjectAccessReviewVersion: z.enum(['v1', 'v1beta1']),
    /** SubjectAccessReview version the matchConditions see. Required when matchConditions are set. */
    matchConditionSubjectAccessReviewVersion: z.literal('v1').optional(),
    /** What happens when the call fails, times out, answers garbage or a matchCondition errors. Required. */
    failurePolicy: z.enum(['NoOpinion', 'Deny']),
    connectionInfo,
    /** At most 64, each expression unique. An empty list matches every request. */
    matchConditions: z.array(matchCondition).max(64).optional(),
    /**
     * ConditionalAuthorization (alpha in v1.37, feature gate off by default):
     * the kubeconfig context used to send AuthorizationConditionsReview
     * requests. Field name as documented on kubernetes.io for v1.37.
     */
    conditionsEndpointKubeConfigContext: z.string().min(1).optional(),
    /** ConditionalAuthorization (alpha in v1.37): AuthorizationConditionsReview version. */
    authorizationConditionsReviewVersion: z.literal('v1alpha1').optional(),
  })
  .superRefine((w, ctx) => {
    const conditions = w.matchConditions ?? [];
    if (conditions.length > 0 && w.matchConditionSubjectAccessReviewVersion === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['matchConditionSubjectAccessReviewVersion'],
        message: 'is required when matchConditions are set (the only valid value is "v1")',
      });
    }
    const seen = new Set<string>();
    conditions.forEach((c, i) => {
      if (seen.has(c.expression)) {
        ctx.addIssue({code: 'custom', path: ['matchConditions', i, 'expression'], message: 'duplicate expression'});
      }
      seen.add(c.expression);
    });
  });

/** The authorizer types kube-apiserver knows (--authorization-mode choices). */
const AUTHORIZER_TYPES = ['AlwaysAllow', 'AlwaysDeny', 'ABAC', 'Node', 'RBAC', 'Webhook'] as const;

const authorizer = z
  .strictObject({
    type: z.enum(AUTHORIZER_TYPES),
    /** Required and unique; used in metrics labels (apiserver_authorization_decisions_total{name}). */
    name: dns1123Subdomain,
    /** Required when type is Webhook, forbidden otherwise. */
    webhook: webhook.optional(),
  })
  .superRefine((a, ctx) => {
    if (a.type === 'Webhook' && a.webhook === undefined) {
      ctx.addIssue({code: 'custom', path: ['webhook'], message: 'is required when type is Webhook'});
    }
    if (a.type !== 'Webhook' && a.webhook !== undefined) {
      ctx.addIssue({code: 'custom', path: ['webhook'], message: 'may only be set when type is Webhook'});
    }
  });

export const authorizationConfiguration = z
  .strictObject({
    apiVersion: z.literal('apiserver.config.k8s.io/v1'),
    kind: z.literal('AuthorizationConfiguration'),
    /** Ordered chain: the first authorizer to allow or deny decides. At least one. */
    authorizers: z.array(authorizer).min(1, 'at least one authorizer must be defined'),
  })
  .superRefine((config, ctx) => {
    const types = new Set<string>();
    const names = new Set<string>();
    config.authorizers.forEach((a, i) => {
      if (a.type !== 'Webhook' && types.has(a.type)) {
        ctx.addIssue({
          code: 'custom',
          path: ['authorizers', i, 'type'],
          message: `duplicate authorizer type "${a.type}" (only Webhook may appear more than once)`,
        });
      }
      types.add(a.type);
      if (names.has(a.name)) {
        ctx.addIssue({
          code: 'custom',
          path: ['authorizers', i, 'name'],
          message: `duplicate authorizer name "${a.name}"`,
        });
      }
      names.add(a.name);
    });
  });
