import * as z from '../../zod';

/**
 * One line of an ABAC policy file (`--authorization-policy-file`), the legacy
 * attribute-based authorizer: a JSON object per line. Strict: unknown keys are
 * errors, so a misspelt attribute cannot silently match nothing.
 * https://kubernetes.io/docs/reference/access-authn-authz/abac/
 *
 * Upstream types: pkg/apis/abac/v1beta1/types.go (Policy, PolicySpec)
 */
const spec = z
  .strictObject({
    user: z.string().optional(),
    group: z.string().optional(),
    readonly: z.boolean().optional(),
    apiGroup: z.string().optional(),
    resource: z.string().optional(),
    namespace: z.string().optional(),
    nonResourcePath: z.string().optional(),
  })
  .refine((s) => s.user !== undefined || s.group !== undefined, 'a policy line needs "user" or "group"');

export const abacPolicy = z.strictObject({
  apiVersion: z.literal('abac.authorization.kubernetes.io/v1beta1'),
  kind: z.literal('Policy'),
  spec,
});
