import * as z from '../../zod';

/**
 * Policy (audit.k8s.io/v1): the file passed to kube-apiserver --audit-policy-file.
 * Strict: unknown keys are errors. Cross-field rules mirror the API server's own
 * validation, so a file that passes here also loads in kube-apiserver.
 * https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
 * Upstream types: staging/src/k8s.io/apiserver/pkg/apis/audit/v1/types.go (Policy, PolicyRule, GroupResources)
 * Upstream validation: staging/src/k8s.io/apiserver/pkg/apis/audit/validation/validation.go
 */

/** Audit levels, from least to most detail. */
export const auditLevel = z.enum(['None', 'Metadata', 'Request', 'RequestResponse']);

/** Stages of request handling at which an audit event can be emitted. */
export const auditStage = z.enum(['RequestReceived', 'ResponseStarted', 'ResponseComplete', 'Panic']);

/** DNS-1123 subdomain, which is what an API group name must be (the core group is ""). */
const dnsSubdomain = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

const nonEmptyStrings = z.array(z.string().min(1));

/**
 * The subset of ObjectMeta that makes sense in a file on disk. The API server
 * decodes Policy with the regular ObjectMeta type and ignores it.
 */
const objectMeta = z.strictObject({
  name: z.string().min(1).optional(),
  namespace: z.string().optional(),
  labels: z.record(z.string(), z.string()).optional(),
  annotations: z.record(z.string(), z.string()).optional(),
});

const groupResources = z
  .strictObject({
    /** API group; "" or omitted is the core group. Must not carry a version ("apps", not "apps/v1"). */
    group: z
      .string()
      .refine((g) => g === '' || (g.length <= 253 && dnsSubdomain.test(g)), {
        message: 'must be an API group name such as "rbac.authorization.k8s.io" (no version), or "" for the core group',
      })
      .optional(),
    // "pods", "pods/log", "pods/<wildcard>", "<wildcard>/scale" or a lone wildcard; empty means every resource in the group.
    resources: nonEmptyStrings.optional(),
    /** Object names; requires resources. */
    resourceNames: nonEmptyStrings.optional(),
  })
  .refine((g) => !(g.resourceNames?.length && !g.resources?.length), {
    message: 'using resourceNames requires at least one resource',
    path: ['resourceNames'],
  });

const policyRule = z
  .strictObject({
    level: auditLevel,
    /** Authenticated user names; empty means every user. */
    users: nonEmptyStrings.optional(),
    /** Groups; a user matches if it is in any of them. Empty means every group. */
    userGroups: nonEmptyStrings.optional(),
    /** Verbs (get, list, watch, create, update, patch, delete, deletecollection, …); empty means every verb. */
    verbs: nonEmptyStrings.optional(),
    resources: z.array(groupResources).optional(),
    /** Namespaces; "" matches cluster-scoped resources. Empty means every namespace. */
    namespaces: z.array(z.string()).optional(),
    /** Non-resource paths such as "/healthz*"; "*" is allowed only as the final character. */
    nonResourceURLs: z
      .array(
        z
          .string()
          .refine((u) => u === '*' || u.startsWith('/'), {
            message: "non-resource URL rules must begin with a '/' character",
          })
          .refine((u) => u === '' || !u.slice(0, -1).includes('*'), {
            message: "non-resource URL wildcards '*' must be the final character of the rule",
          }),
      )
      .optional(),
    /** Stages for which no event is written for requests matching this rule (unioned with the policy-wide list). */
    omitStages: z.array(auditStage).optional(),
    /** Overrides the policy-wide omitManagedFields for this rule. */
    omitManagedFields: z.boolean().optional(),
  })
  .refine((r) => !(r.nonResourceURLs?.length && (r.resources?.length || r.namespaces?.length)), {
    message: 'rules cannot apply to both regular resources and non-resource URLs',
    path: ['nonResourceURLs'],
  });

export const auditPolicy = z.strictObject({
  apiVersion: z.literal('audit.k8s.io/v1'),
  kind: z.literal('Policy'),
  metadata: objectMeta.optional(),
  /**
   * Ordered: the FIRST matching rule decides the level. A request that no rule
   * matches is not logged, so an empty list is valid but records nothing.
   */
  rules: z.array(policyRule),
  /** Stages omitted for every rule. */
  omitStages: z.array(auditStage).optional(),
  /** Drop metadata.managedFields from logged request and response bodies. */
  omitManagedFields: z.boolean().optional(),
});
