import * as z from '../../zod';

/**
 * EncryptionConfiguration (apiserver.config.k8s.io/v1): the file passed to
 * kube-apiserver --encryption-provider-config. Strict: unknown keys are errors,
 * as the API server's own decoder rejects them. Cross-field rules mirror the
 * API server's validation (key sizes, one provider per entry, KMS v2 rules).
 * https://kubernetes.io/docs/tasks/administer-cluster/encrypt-data/
 * https://kubernetes.io/docs/reference/config-api/apiserver-config.v1/
 * Upstream types: staging/src/k8s.io/apiserver/pkg/apis/apiserver/v1/types_encryption.go
 * Upstream validation: staging/src/k8s.io/apiserver/pkg/apis/apiserver/validation/validation_encryption.go
 */

/** Go duration as metav1.Duration accepts it, e.g. "3s", "500ms", "1m30s". */
const goDuration = z
  .string()
  .regex(/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/, 'must be a duration such as "3s" or "1m30s"');

/** Number of bytes a base64 string decodes to, or -1 when it is not valid base64. */
function decodedLength(b64: string): number {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) return -1;
  const padding = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return (b64.length / 4) * 3 - padding;
}

function keysOfSize(sizes: readonly number[]) {
  const key = z
    .strictObject({
      /** Appears in the stored prefix, e.g. k8s:enc:aescbc:v1:<name>: */
      name: z.string().min(1),
      /** Base64-encoded key material. */
      secret: z.string().min(1),
    })
    .superRefine((k, ctx) => {
      const n = decodedLength(k.secret);
      if (n < 0) {
        ctx.addIssue({code: 'custom', message: 'secrets must be base64 encoded', path: ['secret']});
      } else if (!sizes.includes(n)) {
        ctx.addIssue({
          code: 'custom',
          message: `key decodes to ${n} bytes; expected one of ${sizes.join(', ')} (generate with: head -c 32 /dev/urandom | base64)`,
          path: ['secret'],
        });
      }
    });
  return z.strictObject({keys: z.array(key).min(1)});
}

/** AES accepts 16-, 24- and 32-byte keys; use 32. */
const aesKeys = keysOfSize([16, 24, 32]);
/** XSalsa20-Poly1305 needs exactly 32 bytes. */
const secretboxKeys = keysOfSize([32]);

const kms = z
  .strictObject({
    /**
     * "v2" for every new configuration. When omitted the API server defaults it
     * to "v1", which is deprecated since v1.28 and disabled by default since
     * v1.29 (KMSv1 feature gate).
     */
    apiVersion: z.enum(['v2', 'v1']).optional(),
    /** Provider name; part of the stored prefix k8s:enc:kms:v2:<name>: (unique, no ":" for v2). */
    name: z.string().min(1),
    /** Number of DEKs cached in the clear; KMS v1 only. */
    cachesize: z
      .number()
      .int()
      .refine((n) => n !== 0, 'cachesize should be a positive value, or negative to disable')
      .optional(),
    /** gRPC endpoint of the KMS plugin: a UNIX domain socket. */
    endpoint: z.string().regex(/^unix:\/\/.+/, 'must be a unix:// socket path'),
    /** How long the API server waits for the plugin (default 3s). */
    timeout: goDuration.optional(),
  })
  .refine((k) => !(k.cachesize !== undefined && k.apiVersion === 'v2'), {
    message: 'cachesize is not supported in v2',
    path: ['cachesize'],
  })
  .refine((k) => !(k.apiVersion === 'v2' && k.name.includes(':')), {
    message: 'invalid KMS provider name, must not contain ":"',
    path: ['name'],
  });

const provider = z
  .strictObject({
    /** No encryption: write plaintext, or read data that was stored unencrypted. */
    identity: z.strictObject({}).optional(),
    aesgcm: aesKeys.optional(),
    aescbc: aesKeys.optional(),
    secretbox: secretboxKeys.optional(),
    kms: kms.optional(),
  })
  .refine((p) => Object.keys(p).length === 1, 'each provider entry must name exactly one provider');

const resourceConfig = z.strictObject({
  /** "secrets", "configmaps", "<resource>.<group>", "*.<group>", "*." (core group) or "*.*". */
  resources: z.array(z.string().min(1)).min(1),
  /** Ordered: the first provider encrypts new writes; every provider is tried when reading. */
  providers: z.array(provider).min(1),
});

export const encryptionConfiguration = z
  .strictObject({
    apiVersion: z.literal('apiserver.config.k8s.io/v1'),
    kind: z.literal('EncryptionConfiguration'),
    resources: z.array(resourceConfig).min(1),
  })
  .superRefine((cfg, ctx) => {
    // A KMS v2 provider name must not repeat any KMS provider name (v1 or v2) seen before it.
    const seen = new Set<string>();
    cfg.resources.forEach((r, i) => {
      r.providers.forEach((p, j) => {
        if (!p.kms) return;
        if (p.kms.apiVersion === 'v2' && seen.has(p.kms.name)) {
          ctx.addIssue({
            code: 'custom',
            message: `duplicate KMS provider name ${p.kms.name}, names must be unique`,
            path: ['resources', i, 'providers', j, 'kms', 'name'],
          });
        }
        seen.add(p.kms.name);
      });
    });
  });
