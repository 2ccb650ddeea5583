import * as z from '../../zod';

/**
 * Config (v1): the kubeconfig file format read by kubectl and every client-go
 * program, and also the format of the webhook configuration files that
 * kube-apiserver reads (--authentication-token-webhook-config-file,
 * --authorization-webhook-config-file, --audit-webhook-config-file,
 * --admission-control-config-file webhook kubeConfigFile).
 * Strict: unknown keys are errors (client-go itself loads kubeconfig leniently,
 * so a misspelt key such as "certificate-authority-date" would be silently
 * ignored there; this schema catches it).
 *
 * https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/
 * https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/
 * Upstream types: staging/src/k8s.io/client-go/tools/clientcmd/api/v1/types.go
 * (Config, Preferences, NamedCluster, Cluster, NamedAuthInfo, AuthInfo,
 * NamedContext, Context, NamedExtension, AuthProviderConfig, ExecConfig,
 * ExecEnvVar, ExecInteractiveMode).
 * Validation rules mirrored here: staging/src/k8s.io/client-go/tools/clientcmd/validation.go
 * and the duplicate-name check in tools/clientcmd/api/v1/conversion.go.
 */

/** []byte fields are serialised as base64 strings. */
const base64Data = z
  .string()
  .regex(/^[A-Za-z0-9+/\s]*={0,2}\s*$/, 'must be base64-encoded data (use the non -data field for a file path)');

/** Extensions hold arbitrary data for tools; reads and writes must not clobber them. */
const namedExtension = z.strictObject({
  name: z.string().min(1),
  extension: z.unknown(),
});
const extensions = z.array(namedExtension).optional();

const preferences = z.strictObject({
  colors: z.boolean().optional(),
  extensions,
});

const cluster = z
  .strictObject({
    /** https://host:port of the API server (or of the webhook, in a webhook config file). */
    server: z.string().regex(/^https?:\/\/\S+$/, 'must be a URL such as https://203.0.113.10:6443'),
    /** Name checked against the server certificate instead of the host in server. */
    'tls-server-name': z.string().min(1).optional(),
    /** Disables server certificate verification: never use it outside a lab. */
    'insecure-skip-tls-verify': z.boolean().optional(),
    'certificate-authority': z.string().min(1).optional(),
    'certificate-authority-data': base64Data.optional(),
    /** http, https or socks5 proxy for all requests to this cluster. */
    'proxy-url': z
      .string()
      .regex(/^(https?|socks5):\/\/\S+$/, 'must be an http://, https:// or socks5:// URL')
      .optional(),
    'disable-compression': z.boolean().optional(),
    extensions,
  })
  .refine(
    (c) =>
      c['insecure-skip-tls-verify'] !== true ||
      (c['certificate-authority'] === undefined && c['certificate-authority-data'] === undefined),
    {
      message: 'insecure-skip-tls-verify cannot be combined with a certificate authority (client-go rejects it)',
      path: ['insecure-skip-tls-verify'],
    },
  );

const authProvider = z.strictObject({
  name: z.string().min(1),
  config: z.record(z.string(), z.string()).optional(),
});

const execEnvVar = z.strictObject({
  name: z.string().min(1),
  value: z.string(),
});

const exec = z
  .strictObject({
    /** Executable name (looked up in PATH) or path. */
    command: z.string().min(1),
    args: z.array(z.string()).optional(),
    env: z.array(execEnvVar).optional(),
    /** ExecCredential version the plugin speaks; v1alpha1 was removed in v1.24. */
    apiVersion: z.enum(['client.authentication.k8s.io/v1', 'client.authentication.k8s.io/v1beta1']),
    installHint: z.string().optional(),
    /** Pass cluster info (server, CA data, exec extension) in KUBERNETES_EXEC_INFO. */
    provideClusterInfo: z.boolean().optional(),
    /** Required with client.authentication.k8s.io/v1; defaults to IfAvailable for v1beta1. */
    interactiveMode: z.enum(['Never', 'IfAvailable', 'Always']).optional(),
  })
  .refine((e) => e.apiVersion !== 'client.authentication.k8s.io/v1' || e.interactiveMode !== undefined, {
    message: 'interactiveMode is required when apiVersion is client.authentication.k8s.io/v1',
    path: ['interactiveMode'],
  });

const authInfo = z
  .strictObject({
    'client-certificate': z.string().min(1).optional(),
    'client-certificate-data': base64Data.optional(),
    'client-key': z.string().min(1).optional(),
    'client-key-data': base64Data.optional(),
    token: z.string().min(1).optional(),
    tokenFile: z.string().min(1).optional(),
    /** Impersonation: user, UID, groups and extra to act as (needs the impersonate verb in RBAC). */
    as: z.string().min(1).optional(),
    'as-uid': z.string().min(1).optional(),
    'as-groups': z.array(z.string().min(1)).optional(),
    'as-user-extra': z.record(z.string(), z.array(z.string())).optional(),
    /** Basic auth fields remain in the type, but kube-apiserver removed basic auth in v1.19. */
    username: z.string().optional(),
    password: z.string().optional(),
    /** Legacy in-tree providers; gcp and azure were removed in v1.26 (use exec plugins). */
    'auth-provider': authProvider.optional(),
    exec: exec.optional(),
    extensions,
  })
  .refine((u) => !(u['client-certificate'] !== undefined && u['client-certificate-data'] !== undefined), {
    message: 'set client-certificate or client-certificate-data, not both',
    path: ['client-certificate-data'],
  })
  .refine((u) => !(u['client-key'] !== undefined && u['client-key-data'] !== undefined), {
    message: 'set client-key or client-key-data, not both',
    path: ['client-key-data'],
  })
  .refine(
    (u) =>
      (u['client-certificate'] === undefined && u['client-certificate-data'] === undefined) ===
      (u['client-key'] === undefined && u['client-key-data'] === undefined),
    {message: 'a client certificate and a client key must be set together'},
  )
  .refine(
    (u) =>
      !((u.token !== undefined || u.tokenFile !== undefined) && (u.username !== undefined || u.password !== undefined)),
    {message: 'more than one authentication method: use a token or basic auth, not both'},
  )
  .refine((u) => !(u.exec !== undefined && u['auth-provider'] !== undefined), {
    message: 'exec and auth-provider cannot both be set',
    path: ['exec'],
  })
  .refine(
    (u) =>
      u.as !== undefined ||
      (u['as-uid'] === undefined && u['as-groups'] === undefined && u['as-user-extra'] === undefined),
    {message: 'as-uid, as-groups and as-user-extra require as (client-go refuses them without a user to impersonate)'},
  );

const context = z.strictObject({
  cluster: z.string().min(1),
  user: z.string().min(1),
  namespace: z.string().optional(),
  extensions,
});

function uniqueNames(list: ReadonlyArray<{name: string}> | undefined): boolean {
  const names = (list ?? []).map((e) => e.name);
  return new Set(names).size === names.length;
}

export const kubeconfig = z
  .strictObject({
    apiVersion: z.literal('v1'),
    kind: z.literal('Config'),
    preferences: preferences.optional(),
    clusters: z.array(z.strictObject({name: z.string().min(1), cluster})).optional(),
    users: z.array(z.strictObject({name: z.string().min(1), user: authInfo})).optional(),
    contexts: z.array(z.strictObject({name: z.string().min(1), context})).optional(),
    'current-context': z.string().optional(),
    extensions,
  })
  .refine((c) => uniqueNames(c.clusters), {
    message: 'duplicate cluster name (client-go refuses to load it)',
    path: ['clusters'],
  })
  .refine((c) => uniqueNames(c.users), {message: 'duplicate user name (client-go refuses to load it)', path: ['users']})
  .refine((c) => uniqueNames(c.contexts), {
    message: 'duplicate context name (client-go refuses to load it)',
    path: ['contexts'],
  });
