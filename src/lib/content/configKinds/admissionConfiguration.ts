import * as z from '../../zod';
import {podSecurityConfigurationAnyVersion} from './podSecurityConfiguration';

/**
 * AdmissionConfiguration (apiserver.config.k8s.io/v1): the file passed to
 * kube-apiserver --admission-control-config-file. It holds one entry per
 * admission plugin that takes configuration, either inline (`configuration`)
 * or as a path to a separate file (`path`); when both are set, the inline
 * configuration wins. Strict: unknown keys are errors, as the API server's
 * strict decoder rejects them.
 * https://kubernetes.io/docs/reference/access-authn-authz/admission-controllers/
 *
 * Upstream types: staging/src/k8s.io/apiserver/pkg/apis/apiserver/v1/types.go
 * (AdmissionConfiguration, AdmissionPluginConfiguration). The embedded
 * `configuration` is a runtime.Unknown: each plugin decodes it with its own
 * scheme. The PodSecurity plugin's configuration is validated here with the
 * PodSecurityConfiguration schema; other plugins' configurations (for example
 * EventRateLimit, ImagePolicyWebhook, ResourceQuota, or the
 * WebhookAdmissionConfiguration of the webhook plugins) are accepted as objects.
 */

/** Admission plugin names are registered PascalCase identifiers such as "PodSecurity". */
const pluginName = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9]*$/, 'must be a registered admission plugin name, e.g. "PodSecurity" or "EventRateLimit"');

/** Any embedded object; plugin-specific checks happen below. */
const embeddedObject = z.record(z.string(), z.unknown());

const pluginConfiguration = z
  .strictObject({
    /** Name of the admission plugin, exactly as registered (case-sensitive). */
    name: pluginName,
    /** Path to a file holding the plugin's configuration; relative paths resolve against this file's directory. */
    path: z.string().min(1).optional(),
    /** Inline configuration object; used instead of `path` when both are present. */
    configuration: embeddedObject.optional(),
  })
  .superRefine((plugin, ctx) => {
    if (plugin.name !== 'PodSecurity' || plugin.configuration === undefined) return;
    const result = podSecurityConfigurationAnyVersion.safeParse(plugin.configuration);
    if (result.success) return;
    for (const issue of result.error.issues) {
      ctx.addIssue({
        code: 'custom',
        message: `PodSecurity configuration: ${issue.message}`,
        path: ['configuration', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      });
    }
  });

export const admissionConfiguration = z
  .strictObject({
    apiVersion: z.literal('apiserver.config.k8s.io/v1'),
    kind: z.literal('AdmissionConfiguration'),
    /** One entry per plugin that takes configuration. */
    plugins: z.array(pluginConfiguration).optional(),
  })
  .refine(
    (config) => {
      const names = (config.plugins ?? []).map((p) => p.name);
      return new Set(names).size === names.length;
    },
    {message: 'each admission plugin must be listed once in plugins', path: ['plugins']},
  );
