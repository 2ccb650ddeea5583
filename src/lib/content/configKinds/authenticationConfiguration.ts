import * as z from '../../zod';

/**
 * AuthenticationConfiguration (apiserver.config.k8s.io/v1): the file passed to
 * kube-apiserver --authentication-config (structured authentication
 * configuration, KEP-3331: alpha v1.29, beta v1.30, GA v1.34). It configures
 * JWT (OIDC) authenticators and, since KEP-4633 (GA v1.34), the anonymous
 * authenticator. Strict: unknown keys are errors, as the API server's strict
 * decoder rejects them.
 *
 * https://kubernetes.io/docs/reference/access-authn-authz/authentication/#using-authentication-configuration
 * https://kubernetes.io/docs/reference/config-api/apiserver-config.v1/
 * Upstream types: staging/src/k8s.io/apiserver/pkg/apis/apiserver/v1/types.go
 * (AuthenticationConfiguration, JWTAuthenticator, Issuer, ClaimValidationRule,
 * ClaimMappings, PrefixedClaimOrExpression, ClaimOrExpression, ExtraMapping,
 * UserValidationRule, AnonymousAuthConfig, AnonymousAuthCondition).
 * Validation rules mirrored here: staging/src/k8s.io/apiserver/pkg/apis/apiserver/validation/validation.go.
 */

/** A CEL expression; the API server compiles it at load time, we only check it is present. */
const celExpression = z.string().trim().min(1, 'must be a non-empty CEL expression');

/** Issuer URLs must be https, with no query, fragment or user info (validateIssuerURL). */
const httpsUrl = z
  .string()
  .regex(/^https:\/\/[^\s?#@]+$/, 'must be an https:// URL with no query, fragment or user info');

const issuer = z
  .strictObject({
    /** Must match the token's "iss" claim; unique across authenticators; must not equal --service-account-issuer. */
    url: httpsUrl,
    /** Overrides "{url}/.well-known/openid-configuration"; must differ from url and be unique. */
    discoveryURL: httpsUrl.optional(),
    /** PEM CA bundle used to fetch discovery and JWKS (same content as --oidc-ca-file). */
    certificateAuthority: z
      .string()
      .regex(/-----BEGIN CERTIFICATE-----/, 'must contain PEM-encoded certificates')
      .optional(),
    /** At least one must match the token's "aud" claim (same as --oidc-client-id, but a list). */
    audiences: z.array(z.string().min(1)).min(1, 'at least one audience is required'),
    /** Required as "MatchAny" when more than one audience is listed. */
    audienceMatchPolicy: z.enum(['MatchAny', '']).optional(),
    /** Egress selector for discovery/JWKS traffic (v1.34+): "controlplane" or "cluster". */
    egressSelectorType: z.enum(['controlplane', 'cluster']).optional(),
  })
  .refine((i) => i.discoveryURL === undefined || i.discoveryURL !== i.url, {
    message: 'discoveryURL must be different from url',
    path: ['discoveryURL'],
  })
  .refine((i) => new Set(i.audiences).size === i.audiences.length, {
    message: 'audiences must not contain duplicates',
    path: ['audiences'],
  })
  .refine((i) => i.audiences.length < 2 || i.audienceMatchPolicy === 'MatchAny', {
    message: 'audienceMatchPolicy must be "MatchAny" when more than one audience is listed',
    path: ['audienceMatchPolicy'],
  });

/** Either claim (+ optional requiredValue) or expression (+ optional message), never both. */
const claimValidationRule = z
  .strictObject({
    claim: z.string().min(1).optional(),
    requiredValue: z.string().optional(),
    expression: celExpression.optional(),
    message: z.string().min(1).optional(),
  })
  .refine((r) => (r.claim !== undefined) !== (r.expression !== undefined), {
    message: 'set exactly one of claim or expression',
  })
  .refine((r) => r.claim === undefined || r.message === undefined, {
    message: 'message is only allowed with expression',
    path: ['message'],
  })
  .refine((r) => r.expression === undefined || r.requiredValue === undefined, {
    message: 'requiredValue is only allowed with claim',
    path: ['requiredValue'],
  });

/**
 * Used for username and groups: claim + prefix (prefix required when claim is
 * set, may be ""), or expression. Username needs one of them; for groups both
 * may be absent (no group mapping).
 */
function prefixedClaimOrExpression(required: boolean) {
  return z
    .strictObject({
      claim: z.string().min(1).optional(),
      prefix: z.string().optional(),
      expression: celExpression.optional(),
    })
    .refine((m) => !(m.claim !== undefined && m.expression !== undefined), {
      message: 'claim and expression are mutually exclusive',
    })
    .refine((m) => !required || m.claim !== undefined || m.expression !== undefined, {
      message: 'set claim (with prefix) or expression',
    })
    .refine((m) => m.claim === undefined || m.prefix !== undefined, {
      message: 'prefix is required when claim is set (use "" for no prefix)',
      path: ['prefix'],
    })
    .refine((m) => m.claim !== undefined || m.prefix === undefined, {
      message: 'prefix is only allowed with claim; with expression, build the prefix into the expression',
      path: ['prefix'],
    });
}

/** Used for uid: claim or expression (mutually exclusive, both optional). */
const claimOrExpression = z
  .strictObject({
    claim: z.string().min(1).optional(),
    expression: celExpression.optional(),
  })
  .refine((m) => !(m.claim !== undefined && m.expression !== undefined), {
    message: 'claim and expression are mutually exclusive',
  });

const extraMapping = z.strictObject({
  /** Lowercase domain-prefixed path, e.g. "example.com/tenant"; unique within the list. */
  key: z
    .string()
    .regex(
      /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[a-z0-9._~!$&'()*+,;=:@%/-]+$/,
      'must be a lowercase domain-prefixed path such as "example.com/tenant"',
    )
    .refine(
      (k) => !/(^|\.)(kubernetes\.io|k8s\.io)\//.test(k),
      'k8s.io, kubernetes.io and their subdomains are reserved for Kubernetes',
    ),
  valueExpression: celExpression,
});

const claimMappings = z
  .strictObject({
    username: prefixedClaimOrExpression(true),
    groups: prefixedClaimOrExpression(false).optional(),
    uid: claimOrExpression.optional(),
    extra: z.array(extraMapping).optional(),
  })
  .refine((m) => new Set((m.extra ?? []).map((e) => e.key)).size === (m.extra ?? []).length, {
    message: 'extra keys must be unique',
    path: ['extra'],
  });

const userValidationRule = z.strictObject({
  expression: celExpression,
  message: z.string().min(1).optional(),
});

const jwtAuthenticator = z
  .strictObject({
    issuer,
    claimValidationRules: z.array(claimValidationRule).optional(),
    claimMappings,
    userValidationRules: z.array(userValidationRule).optional(),
  })
  .refine(
    (a) => {
      // Upstream: if username.expression uses claims.email, claims.email_verified must be
      // referenced by username.expression, an extra[].valueExpression or a claimValidationRule.
      const usernameExpr = a.claimMappings.username.expression ?? '';
      if (!/claims\.email\b/.test(usernameExpr)) return true;
      const places = [
        usernameExpr,
        ...(a.claimMappings.extra ?? []).map((e) => e.valueExpression),
        ...(a.claimValidationRules ?? []).map((r) => r.expression ?? ''),
      ];
      return places.some((p) => /claims\.\??email_verified/.test(p));
    },
    {
      message:
        'username.expression uses claims.email, so claims.email_verified must be checked in username.expression, extra[].valueExpression or claimValidationRules[].expression',
      path: ['claimMappings', 'username', 'expression'],
    },
  );

const anonymousAuthCondition = z.strictObject({
  /** Exact request path for which anonymous requests are allowed, e.g. "/livez". */
  path: z.string().startsWith('/', 'must be an absolute request path such as "/livez"'),
});

const anonymous = z
  .strictObject({
    /** Omitted means false, as in the Go type (no omitempty, zero value false). */
    enabled: z.boolean().optional(),
    /** If set, anonymous requests are only authenticated for these paths. */
    conditions: z.array(anonymousAuthCondition).optional(),
  })
  .refine((a) => a.enabled === true || (a.conditions ?? []).length === 0, {
    message: 'conditions may only be set when enabled is true',
    path: ['conditions'],
  })
  .refine((a) => new Set((a.conditions ?? []).map((c) => c.path)).size === (a.conditions ?? []).length, {
    message: 'condition paths must be unique',
    path: ['conditions'],
  });

export const authenticationConfiguration = z
  .strictObject({
    apiVersion: z.literal('apiserver.config.k8s.io/v1'),
    kind: z.literal('AuthenticationConfiguration'),
    /** Up to 64 JWT authenticators, tried in order; issuer URLs must be unique. */
    jwt: z.array(jwtAuthenticator).max(64, 'at most 64 JWT authenticators are allowed').optional(),
    /** When present, kube-apiserver must not also be given --anonymous-auth. */
    anonymous: anonymous.optional(),
  })
  .refine((c) => new Set((c.jwt ?? []).map((j) => j.issuer.url)).size === (c.jwt ?? []).length, {
    message: 'each JWT authenticator must have a unique issuer.url',
    path: ['jwt'],
  })
  .refine(
    (c) => {
      const urls = (c.jwt ?? []).flatMap((j) => (j.issuer.discoveryURL ? [j.issuer.discoveryURL] : []));
      return new Set(urls).size === urls.length;
    },
    {message: 'issuer.discoveryURL must be unique across JWT authenticators', path: ['jwt']},
  );
