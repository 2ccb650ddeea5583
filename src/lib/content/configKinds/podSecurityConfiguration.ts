import * as z from '../../zod';

/**
 * PodSecurityConfiguration (pod-security.admission.config.k8s.io/v1): the
 * configuration of the built-in PodSecurity admission plugin, embedded in an
 * AdmissionConfiguration (plugin name "PodSecurity") or kept in its own file
 * referenced by the plugin's `path`. Strict: unknown keys are errors, as the
 * API server's strict decoder rejects them.
 * https://kubernetes.io/docs/tasks/configure-pod-container/enforce-standards-admission-controller/
 *
 * Upstream types: staging/src/k8s.io/pod-security-admission/admission/api/v1/types.go
 * Upstream validation: staging/src/k8s.io/pod-security-admission/admission/api/validation/validation.go
 *
 * The v1beta1 and v1alpha1 versions of the group have the same fields and are
 * still decoded; `podSecurityConfigurationAnyVersion` accepts them so that an
 * embedded configuration in an older file is not wrongly rejected.
 */

/** Pod Security Standards level names (api.ParseLevel). Empty means "privileged". */
const level = z.enum(['privileged', 'baseline', 'restricted']);

/**
 * Policy version (api.ParseVersion): "latest" or a Kubernetes minor version
 * written "v1.<minor>" with no leading zero. Empty means "latest".
 */
const policyVersion = z
  .string()
  .regex(/^(latest|v1\.(0|[1-9][0-9]*))$/, 'must be "latest" or a minor version such as "v1.37"');

/** Namespace names are DNS-1123 labels (ValidateNamespaceName). */
const namespaceName = z
  .string()
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a valid namespace name (DNS-1123 label)');

/** RuntimeClass names are DNS-1123 subdomains (NameIsDNSSubdomain). */
const runtimeClassName = z
  .string()
  .max(253)
  .regex(
    /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    'must be a valid RuntimeClass name (DNS-1123 subdomain)',
  );

/** Lists in the exemptions must not repeat an entry (field.Duplicate upstream). */
function unique<T extends z.ZodType<string>>(item: T, what: string) {
  return z.array(item).refine((items) => new Set(items).size === items.length, `${what} must not contain duplicates`);
}

const defaults = z.strictObject({
  enforce: level.optional(),
  'enforce-version': policyVersion.optional(),
  audit: level.optional(),
  'audit-version': policyVersion.optional(),
  warn: level.optional(),
  'warn-version': policyVersion.optional(),
});

const exemptions = z.strictObject({
  /** Authenticated (or impersonated) usernames whose requests are not evaluated. */
  usernames: unique(z.string().min(1, 'username must not be empty'), 'exemptions.usernames').optional(),
  /** Namespaces whose pods and workload resources are not evaluated. */
  namespaces: unique(namespaceName, 'exemptions.namespaces').optional(),
  /** RuntimeClass names whose pods and workload resources are not evaluated. */
  runtimeClasses: unique(runtimeClassName, 'exemptions.runtimeClasses').optional(),
});

const body = {
  kind: z.literal('PodSecurityConfiguration'),
  /** Levels and versions used for namespaces without pod-security.kubernetes.io labels. */
  defaults: defaults.optional(),
  exemptions: exemptions.optional(),
};

/** The v1 form, used for stand-alone files and taught on the site. */
export const podSecurityConfiguration = z.strictObject({
  apiVersion: z.literal('pod-security.admission.config.k8s.io/v1'),
  ...body,
});

/** Any served version of the group (v1, v1beta1, v1alpha1): same fields. */
export const podSecurityConfigurationAnyVersion = z.strictObject({
  apiVersion: z.enum([
    'pod-security.admission.config.k8s.io/v1',
    'pod-security.admission.config.k8s.io/v1beta1',
    'pod-security.admission.config.k8s.io/v1alpha1',
  ]),
  ...body,
});
