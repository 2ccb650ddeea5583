import * as z from '../../zod';
import {goDuration, loggingConfiguration} from './kubeletConfiguration';

/**
 * KubeProxyConfiguration (kubeproxy.config.k8s.io/v1alpha1): the file passed
 * to kube-proxy with --config (kubeadm stores it in the kube-system/kube-proxy
 * ConfigMap under the key config.conf). Strict: unknown keys are errors, as
 * kube-proxy's strict decoder rejects them.
 *
 * Covers the full field set of the versioned Go type as of Kubernetes v1.37.
 * https://kubernetes.io/docs/reference/config-api/kube-proxy-config.v1alpha1/
 * Upstream types: staging/src/k8s.io/kube-proxy/config/v1alpha1/types.go
 * Embedded types: staging/src/k8s.io/component-base/config/v1alpha1/types.go
 * (ClientConnectionConfiguration), staging/src/k8s.io/component-base/logs/api/v1/types.go
 * (LoggingConfiguration).
 *
 * Conventions: Go pointer, slice and map fields accept an explicit `null`,
 * because `kube-proxy --write-config-to` and kubeadm print unset pointers
 * (`masqueradeBit: null`, `nodePortAddresses: null`).
 */

const int32 = z.number().int().min(-2147483648).max(2147483647);
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** "host:port", "[v6]:port", or "" to disable the server. */
const hostPort = z
  .string()
  .regex(
    /^$|^(?:\[[0-9a-fA-F:.]+\]|[0-9.]+|[A-Za-z0-9.-]*):\d{1,5}$/,
    'must be "IP:port" (e.g. "127.0.0.1:10249"), "[IPv6]:port" or ""',
  );

const masqueradeBit = nullable(int32.min(0).max(31));

/** ClientConnectionConfiguration from k8s.io/component-base/config/v1alpha1. */
const clientConnection = z.strictObject({
  kubeconfig: z.string().optional(),
  acceptContentTypes: z.string().optional(),
  contentType: z.string().optional(),
  qps: z.number().min(0).optional(),
  burst: int32.min(0).optional(),
});

const iptables = z.strictObject({
  masqueradeBit,
  masqueradeAll: z.boolean().optional(),
  /** iptables mode, IPv4 only: whether NodePort services answer on 127.0.0.1. */
  localhostNodePorts: nullable(z.boolean()),
  /** Opt-in: SNAT service traffic to the node's InternalIP instead of the egress interface address. */
  snatNodeInternalIP: nullable(z.boolean()),
  syncPeriod: goDuration.optional(),
  minSyncPeriod: goDuration.optional(),
});

const ipvs = z.strictObject({
  syncPeriod: goDuration.optional(),
  minSyncPeriod: goDuration.optional(),
  scheduler: z.string().optional(),
  excludeCIDRs: nullable(z.array(z.string().min(1))),
  strictARP: z.boolean().optional(),
  tcpTimeout: goDuration.optional(),
  tcpFinTimeout: goDuration.optional(),
  udpTimeout: goDuration.optional(),
});

const nftables = z.strictObject({
  masqueradeBit,
  masqueradeAll: z.boolean().optional(),
  syncPeriod: goDuration.optional(),
  minSyncPeriod: goDuration.optional(),
});

const winkernel = z.strictObject({
  networkName: z.string().optional(),
  sourceVip: z.string().optional(),
  enableDSR: z.boolean().optional(),
  rootHnsEndpointName: z.string().optional(),
  forwardHealthCheckVip: z.boolean().optional(),
});

const conntrack = z.strictObject({
  maxPerCore: nullable(int32.min(0)),
  min: nullable(int32.min(0)),
  tcpEstablishedTimeout: nullable(goDuration),
  tcpCloseWaitTimeout: nullable(goDuration),
  tcpBeLiberal: z.boolean().optional(),
  udpTimeout: goDuration.optional(),
  udpStreamTimeout: goDuration.optional(),
});

export const kubeProxyConfiguration = z.strictObject({
  apiVersion: z.literal('kubeproxy.config.k8s.io/v1alpha1'),
  kind: z.literal('KubeProxyConfiguration'),

  featureGates: nullable(z.record(z.string(), z.boolean())),
  clientConnection: clientConnection.optional(),
  logging: loggingConfiguration.optional(),

  hostnameOverride: z.string().optional(),
  /** Historical name: the node's primary IP, not an address kube-proxy binds to. */
  bindAddress: z.string().optional(),
  /** Default "0.0.0.0:10256": load balancers probe it, so it normally listens on all interfaces. */
  healthzBindAddress: hostPort.optional(),
  /** Default "127.0.0.1:10249": keep it on loopback (CIS 4.3.1). */
  metricsBindAddress: hostPort.optional(),
  bindAddressHardFail: z.boolean().optional(),
  /** Serves /debug/pprof on the metrics server when true. Default: false. */
  enableProfiling: z.boolean().optional(),
  showHiddenMetricsForVersion: z.string().optional(),

  /** "" picks the platform default: iptables on Linux, kernelspace on Windows. ipvs is deprecated. */
  mode: z.enum(['', 'iptables', 'ipvs', 'nftables', 'kernelspace']).optional(),
  iptables: iptables.optional(),
  ipvs: ipvs.optional(),
  nftables: nftables.optional(),
  winkernel: winkernel.optional(),

  detectLocalMode: z.enum(['', 'ClusterCIDR', 'NodeCIDR', 'BridgeInterface', 'InterfaceNamePrefix']).optional(),
  detectLocal: z
    .strictObject({
      bridgeInterface: z.string().optional(),
      interfaceNamePrefix: z.string().optional(),
    })
    .optional(),
  clusterCIDR: z.string().optional(),

  /** CIDRs and the keywords "primary", "localhost" and "all". */
  nodePortAddresses: nullable(z.array(z.string().min(1))),

  oomScoreAdj: nullable(int32.min(-1000).max(1000)),
  conntrack: conntrack.optional(),
  configSyncPeriod: goDuration.optional(),
  /** Unused since the userspace proxier was removed. */
  portRange: z.string().optional(),
  windowsRunAsService: z.boolean().optional(),
});
