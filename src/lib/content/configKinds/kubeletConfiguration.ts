import * as z from '../../zod';

/**
 * KubeletConfiguration (kubelet.config.k8s.io/v1beta1): the file passed to the
 * kubelet with --config (kubeadm writes it to /var/lib/kubelet/config.yaml).
 * Strict: unknown keys are errors, as the kubelet's strict decoder rejects
 * them ("unknown field") instead of silently ignoring a misspelt setting.
 *
 * Covers the full field set of the versioned Go type as of Kubernetes v1.37,
 * not only the fields the site's examples use.
 * https://kubernetes.io/docs/reference/config-api/kubelet-config.v1beta1/
 * Upstream types: staging/src/k8s.io/kubelet/config/v1beta1/types.go
 * Defaults: pkg/kubelet/apis/config/v1beta1/defaults.go
 * Embedded types: staging/src/k8s.io/component-base/logs/api/v1/types.go
 * (LoggingConfiguration), staging/src/k8s.io/component-base/tracing/api/v1/types.go
 * (TracingConfiguration), staging/src/k8s.io/api/core/v1/types.go (Taint).
 *
 * Conventions: Go pointer, slice and map fields accept an explicit `null`
 * (the decoder leaves them unset), because generated files such as kubeadm's
 * contain such nulls. metav1.Duration fields are Go duration strings ("5m",
 * "1h30m", "0s").
 */

/** A Go time.Duration string as metav1.Duration accepts it: "0", "300ms", "2m0s", "1h30m". */
export const goDuration = z
  .string()
  .regex(
    /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/,
    'must be a Go duration such as "30s", "5m" or "1h30m"',
  );

/** A resource.Quantity, written as a string ("100Mi", "10%") or a plain number. */
const quantity = z.union([z.string().min(1), z.number()]);

const int32 = z.number().int().min(-2147483648).max(2147483647);
const nonNegativeInt32 = int32.min(0);
const port = z.number().int().min(1).max(65535);
const percent = z.number().int().min(0).max(100);
const stringMap = z.record(z.string(), z.string());

/** Pointer, slice and map fields: optional, and an explicit null is accepted. */
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** LoggingConfiguration from k8s.io/component-base/logs/api/v1, shared by the kubelet and kube-proxy. */
const outputRoutingOptions = z.strictObject({
  splitStream: z.boolean().optional(),
  infoBufferSize: quantity.optional(),
});

export const loggingConfiguration = z.strictObject({
  /** "text" (default) or "json". */
  format: z.enum(['text', 'json']).optional(),
  /** A duration string, or an integer number of nanoseconds (kept for backwards compatibility). */
  flushFrequency: z.union([goDuration, z.number().int().min(0)]).optional(),
  verbosity: z.number().int().min(0).optional(),
  vmodule: nullable(
    z.array(
      z.strictObject({
        filePattern: z.string().min(1),
        verbosity: z.number().int().min(0),
      }),
    ),
  ),
  /** Alpha options, honoured only with the LoggingAlphaOptions feature gate. */
  options: z
    .strictObject({
      text: outputRoutingOptions.optional(),
      json: outputRoutingOptions.optional(),
    })
    .optional(),
});

/** TracingConfiguration from k8s.io/component-base/tracing/api/v1. */
const tracingConfiguration = z.strictObject({
  endpoint: z.string().optional(),
  samplingRatePerMillion: z.number().int().min(0).max(1000000).optional(),
});

const taint = z.strictObject({
  key: z.string().min(1),
  value: z.string().optional(),
  effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']),
  timeAdded: z.string().optional(),
});

const kubeletAuthentication = z.strictObject({
  x509: z
    .strictObject({
      /** CA bundle used to verify client certificates presented to the kubelet API. */
      clientCAFile: z.string().optional(),
    })
    .optional(),
  webhook: z
    .strictObject({
      /** Bearer tokens are checked with a TokenReview against the API server. Default: true. */
      enabled: z.boolean().optional(),
      cacheTTL: goDuration.optional(),
    })
    .optional(),
  anonymous: z
    .strictObject({
      /** Default in the config file: false (the legacy --anonymous-auth flag defaults to true). */
      enabled: z.boolean().optional(),
    })
    .optional(),
});

const kubeletAuthorization = z.strictObject({
  /** Default in the config file: Webhook (the legacy --authorization-mode flag defaults to AlwaysAllow). */
  mode: z.enum(['AlwaysAllow', 'Webhook']).optional(),
  webhook: z
    .strictObject({
      cacheAuthorizedTTL: goDuration.optional(),
      cacheUnauthorizedTTL: goDuration.optional(),
    })
    .optional(),
});

const enforceNodeAllocatableOption = z.enum([
  'none',
  'pods',
  'system-reserved',
  'system-reserved-compressible',
  'kube-reserved',
  'kube-reserved-compressible',
]);

export const kubeletConfiguration = z.strictObject({
  apiVersion: z.literal('kubelet.config.k8s.io/v1beta1'),
  kind: z.literal('KubeletConfiguration'),

  // ---- Server, ports and TLS ----
  enableServer: z.boolean().optional(),
  address: z.string().optional(),
  /** Authenticated kubelet API. Default: 10250. */
  port: port.optional(),
  /** Unauthenticated read-only API; 0 disables it. Default in the config file: 0. */
  readOnlyPort: z.number().int().min(0).max(65535).optional(),
  healthzPort: nullable(z.number().int().min(0).max(65535)),
  healthzBindAddress: z.string().optional(),
  tlsCertFile: z.string().optional(),
  tlsPrivateKeyFile: z.string().optional(),
  tlsCipherSuites: nullable(z.array(z.string().min(1))),
  tlsCurvePreferences: nullable(z.array(int32)),
  tlsMinVersion: z.enum(['VersionTLS10', 'VersionTLS11', 'VersionTLS12', 'VersionTLS13']).optional(),
  rotateCertificates: z.boolean().optional(),
  serverTLSBootstrap: z.boolean().optional(),

  // ---- Authentication and authorization of the kubelet API ----
  authentication: kubeletAuthentication.optional(),
  authorization: kubeletAuthorization.optional(),

  // ---- Debug and observability handlers ----
  enableDebuggingHandlers: z.boolean().optional(),
  enableContentionProfiling: z.boolean().optional(),
  enableSystemLogHandler: z.boolean().optional(),
  enableSystemLogQuery: z.boolean().optional(),
  enableProfilingHandler: z.boolean().optional(),
  enableDebugFlagsHandler: z.boolean().optional(),
  showHiddenMetricsForVersion: z.string().optional(),
  logging: loggingConfiguration.optional(),
  tracing: nullable(tracingConfiguration),

  // ---- Static pods and sources ----
  staticPodPath: z.string().optional(),
  staticPodURL: z.string().optional(),
  staticPodURLHeader: nullable(z.record(z.string(), z.array(z.string()))),
  syncFrequency: goDuration.optional(),
  fileCheckFrequency: goDuration.optional(),
  httpCheckFrequency: goDuration.optional(),
  podLogsDir: z.string().optional(),

  // ---- Images ----
  registryPullQPS: nullable(nonNegativeInt32),
  registryBurst: nonNegativeInt32.optional(),
  serializeImagePulls: nullable(z.boolean()),
  maxParallelImagePulls: nullable(int32.min(1)),
  imagePullCredentialsVerificationPolicy: z
    .enum(['NeverVerify', 'NeverVerifyPreloadedImages', 'NeverVerifyAllowlistedImages', 'AlwaysVerify'])
    .optional(),
  preloadedImagesVerificationAllowlist: nullable(z.array(z.string().min(1))),
  imageMinimumGCAge: goDuration.optional(),
  imageMaximumGCAge: goDuration.optional(),
  imageGCHighThresholdPercent: nullable(percent),
  imageGCLowThresholdPercent: nullable(percent),
  nodeStatusMaxImages: nullable(int32.min(-1)),

  // ---- Events and API client ----
  eventRecordQPS: nullable(nonNegativeInt32),
  eventBurst: nonNegativeInt32.optional(),
  contentType: z.string().optional(),
  kubeAPIQPS: nullable(nonNegativeInt32),
  kubeAPIBurst: nonNegativeInt32.optional(),

  // ---- Node status and lease ----
  nodeStatusUpdateFrequency: goDuration.optional(),
  nodeStatusReportFrequency: goDuration.optional(),
  nodeLeaseDurationSeconds: int32.min(1).optional(),
  registerNode: nullable(z.boolean()),
  registerWithTaints: nullable(z.array(taint)),
  providerID: z.string().optional(),

  // ---- Process and kernel ----
  oomScoreAdj: nullable(int32.min(-1000).max(1000)),
  protectKernelDefaults: z.boolean().optional(),
  makeIPTablesUtilChains: nullable(z.boolean()),
  /** Deprecated: no longer has any effect. */
  iptablesMasqueradeBit: nullable(int32.min(0).max(31)),
  /** Deprecated: no longer has any effect. */
  iptablesDropBit: nullable(int32.min(0).max(31)),
  allowedUnsafeSysctls: nullable(z.array(z.string().min(1))),
  maxOpenFiles: z.number().int().min(0).optional(),
  kernelMemcgNotification: z.boolean().optional(),
  seccompDefault: nullable(z.boolean()),
  failSwapOn: nullable(z.boolean()),
  memorySwap: z
    .strictObject({
      swapBehavior: z.enum(['', 'NoSwap', 'LimitedSwap']).optional(),
    })
    .optional(),
  failCgroupV1: nullable(z.boolean()),
  userNamespaces: nullable(
    z.strictObject({
      /** Length of each pod's UID/GID mapping; a multiple of 65536. Default: 65536. */
      idsPerPod: nullable(
        z
          .number()
          .int()
          .min(65536)
          .max(2 ** 32 - 1)
          .refine((n) => n % 65536 === 0, 'must be a multiple of 65536'),
      ),
    }),
  ),

  // ---- DNS ----
  clusterDomain: z.string().optional(),
  clusterDNS: nullable(z.array(z.string().min(1))),
  resolvConf: nullable(z.string()),

  // ---- Streaming, runtime and networking ----
  /** Deprecated: no longer has any effect. */
  streamingConnectionIdleTimeout: goDuration.optional(),
  runtimeRequestTimeout: goDuration.optional(),
  containerRuntimeEndpoint: z.string().optional(),
  imageServiceEndpoint: z.string().optional(),
  hairpinMode: z.enum(['promiscuous-bridge', 'hairpin-veth', 'none']).optional(),
  podCIDR: z.string().optional(),

  // ---- Pods and resources ----
  maxPods: nonNegativeInt32.optional(),
  podsPerCore: nonNegativeInt32.optional(),
  podPidsLimit: nullable(z.number().int().min(-1)),
  runOnce: z.boolean().optional(),
  cpuCFSQuota: nullable(z.boolean()),
  cpuCFSQuotaPeriod: nullable(goDuration),
  volumeStatsAggPeriod: goDuration.optional(),
  volumePluginDir: z.string().optional(),
  enableControllerAttachDetach: nullable(z.boolean()),
  localStorageCapacityIsolation: nullable(z.boolean()),
  configMapAndSecretChangeDetectionStrategy: z.enum(['Get', 'Cache', 'Watch']).optional(),
  featureGates: nullable(z.record(z.string(), z.boolean())),

  // ---- Container logs ----
  containerLogMaxSize: z.string().optional(),
  containerLogMaxFiles: nullable(int32.min(2)),
  containerLogMaxWorkers: nullable(int32.min(1)),
  containerLogMonitorInterval: nullable(goDuration),

  // ---- Cgroups and resource managers ----
  kubeletCgroups: z.string().optional(),
  systemCgroups: z.string().optional(),
  cgroupRoot: z.string().optional(),
  cgroupsPerQOS: nullable(z.boolean()),
  cgroupDriver: z.enum(['cgroupfs', 'systemd']).optional(),
  /** Policy names are lower case: "none" (default) or "static". */
  cpuManagerPolicy: z.enum(['none', 'static']).optional(),
  cpuManagerPolicyOptions: nullable(stringMap),
  cpuManagerReconcilePeriod: goDuration.optional(),
  draManagerReconcilePeriod: goDuration.optional(),
  singleProcessOOMKill: nullable(z.boolean()),
  /** Policy names are capitalised: "None" (default) or "Static". */
  memoryManagerPolicy: z.enum(['None', 'Static']).optional(),
  topologyManagerPolicy: z.enum(['none', 'best-effort', 'restricted', 'single-numa-node']).optional(),
  topologyManagerScope: z.enum(['container', 'pod']).optional(),
  topologyManagerPolicyOptions: nullable(stringMap),
  qosReserved: nullable(stringMap),
  memoryThrottlingFactor: nullable(z.number().gt(0).max(1)),
  /** Added in v1.36 (KEP-2570, MemoryQoS). */
  memoryReservationPolicy: z.enum(['None', 'TieredReservation']).optional(),
  reservedMemory: nullable(
    z.array(
      z.strictObject({
        numaNode: int32.min(0),
        limits: z.record(z.string(), quantity),
      }),
    ),
  ),

  // ---- Eviction ----
  evictionHard: nullable(stringMap),
  evictionSoft: nullable(stringMap),
  evictionSoftGracePeriod: nullable(stringMap),
  evictionPressureTransitionPeriod: goDuration.optional(),
  evictionMaxPodGracePeriod: int32.optional(),
  evictionMinimumReclaim: nullable(stringMap),
  mergeDefaultEvictionSettings: nullable(z.boolean()),

  // ---- Node allocatable ----
  systemReserved: nullable(stringMap),
  kubeReserved: nullable(stringMap),
  reservedSystemCPUs: z.string().optional(),
  systemReservedCgroup: z.string().optional(),
  kubeReservedCgroup: z.string().optional(),
  enforceNodeAllocatable: nullable(z.array(enforceNodeAllocatableOption)),

  // ---- Shutdown and restarts ----
  shutdownGracePeriod: goDuration.optional(),
  shutdownGracePeriodCriticalPods: goDuration.optional(),
  shutdownGracePeriodByPodPriority: nullable(
    z.array(
      z.strictObject({
        priority: int32,
        shutdownGracePeriodSeconds: z.number().int().min(0),
      }),
    ),
  ),
  crashLoopBackOff: z
    .strictObject({
      maxContainerRestartPeriod: nullable(goDuration),
    })
    .optional(),
});
