/**
 * Data model of the NetworkPolicy analyzer (networking.k8s.io/v1 semantics).
 * Everything is plain data so results can be printed, serialized or rendered.
 */
import type {ToolIssue} from '../manifest/errors';
import type {LabelSelector} from '../rbac/types';
import type {Cidr} from './cidr';
import type {PortSet, Protocol} from './ports';

export type {LabelSelector};

/** Where an object came from, for messages. */
export interface SourceRef {
  readonly file: string;
  /** 1-based line where the object starts. */
  readonly line: number;
}

/** A problem in the input, refused the way the API server would refuse it. */
export interface InputIssue extends ToolIssue {
  /** Field path inside the object, e.g. `spec.ingress[0].from[1].ipBlock.cidr`. */
  readonly path?: string;
}

export interface ContainerPort {
  readonly name?: string;
  readonly port: number;
  readonly protocol: Protocol;
}

/** The kinds that stand for pods: a Pod, or a workload's pod template. */
export const ENDPOINT_KINDS = [
  'Pod',
  'Deployment',
  'ReplicaSet',
  'StatefulSet',
  'DaemonSet',
  'Job',
  'CronJob',
  'ReplicationController',
] as const;
export type EndpointKind = (typeof ENDPOINT_KINDS)[number];

/** A Pod, or the pods of one workload (its template's labels and ports). */
export interface PodEndpoint {
  readonly type: 'pod';
  /** `namespace/name`. */
  readonly id: string;
  readonly kind: EndpointKind;
  readonly namespace: string;
  readonly name: string;
  readonly labels: ReadonlyMap<string, string>;
  readonly ports: readonly ContainerPort[];
  /** `spec.hostNetwork: true`: the plugin decides how policies apply (see the caveat). */
  readonly hostNetwork: boolean;
  readonly source: SourceRef;
}

/** An address outside the cluster. */
export interface ExternalEndpoint {
  readonly type: 'external';
  /** The address as written. */
  readonly id: string;
  readonly ip: {readonly family: 4 | 6; readonly value: bigint};
}

export type Endpoint = PodEndpoint | ExternalEndpoint;

export interface NamespaceInfo {
  readonly name: string;
  /** Includes `kubernetes.io/metadata.name`. */
  readonly labels: ReadonlyMap<string, string>;
  /** False for a namespace the input uses without defining it. */
  readonly defined: boolean;
}

export interface IpBlockPeer {
  readonly cidr: Cidr;
  readonly except: readonly Cidr[];
}

/** One entry of `from` / `to`. Selectors are undefined when missing (not the same as empty). */
export interface Peer {
  readonly podSelector?: LabelSelector;
  readonly namespaceSelector?: LabelSelector;
  readonly ipBlock?: IpBlockPeer;
}

/** One entry of `ports`; `port` undefined means every port of the protocol. */
export interface PolicyPort {
  readonly protocol: Protocol;
  readonly port?: number | string;
  readonly endPort?: number;
}

export type Direction = 'ingress' | 'egress';

export interface PolicyRule {
  readonly direction: Direction;
  /** 0-based index in `spec.ingress` / `spec.egress`. */
  readonly index: number;
  /** Empty: every peer. */
  readonly peers: readonly Peer[];
  /** Empty: every port and protocol. */
  readonly ports: readonly PolicyPort[];
}

export interface NetworkPolicy {
  /** `namespace/name`. */
  readonly id: string;
  readonly namespace: string;
  readonly name: string;
  readonly podSelector: LabelSelector;
  /** After defaulting: Ingress always unless only Egress is listed; Egress when listed or egress rules exist. */
  readonly policyTypes: readonly ('Ingress' | 'Egress')[];
  /** True when policyTypes was filled in by defaulting. */
  readonly defaultedTypes: boolean;
  readonly ingress: readonly PolicyRule[];
  readonly egress: readonly PolicyRule[];
  readonly source: SourceRef;
}

export interface NetpolModel {
  readonly endpoints: readonly PodEndpoint[];
  readonly namespaces: ReadonlyMap<string, NamespaceInfo>;
  readonly policies: readonly NetworkPolicy[];
  /** Objects of other kinds, by kind. */
  readonly ignored: ReadonlyMap<string, number>;
}

/** A rule that matched the other side of a connection, with the ports it allows towards it. */
export interface RuleMatch {
  readonly policy: string;
  readonly direction: Direction;
  readonly index: number;
  /** Index of the peer that matched; undefined when the rule has no peers (all peers). */
  readonly peer?: number;
  readonly ports: PortSet;
  readonly source: SourceRef;
}

/** One side's verdict: the source's egress or the destination's ingress. */
export interface SideResult {
  readonly direction: Direction;
  /** The endpoint whose policies decide this side. */
  readonly endpoint: string;
  /** False for an address outside the cluster: no NetworkPolicy governs it. */
  readonly governed: boolean;
  readonly isolated: boolean;
  /** Policies that select the endpoint for this direction. */
  readonly isolatedBy: readonly string[];
  /** Rules that allow something towards the other side (for a port query, only those allowing that port). */
  readonly rules: readonly RuleMatch[];
  /** What this side allows towards the other side. */
  readonly allowedPorts: PortSet;
  readonly allowed: boolean;
}

export interface ConnectionQuery {
  readonly from: Endpoint;
  readonly to: Endpoint;
  /** A number, or undefined for "any port". Named ports are resolved before the query. */
  readonly port?: number;
  /** Undefined with no port: every protocol. */
  readonly protocol?: Protocol;
}

export interface ConnectionResult {
  readonly from: string;
  readonly to: string;
  readonly port?: number;
  readonly protocol?: Protocol;
  readonly allowed: boolean;
  /** What both sides allow (for a port query: that port, or nothing). */
  readonly allowedPorts: PortSet;
  readonly egress: SideResult;
  readonly ingress: SideResult;
  /** Plain-language reasons, first line the verdict. */
  readonly why: readonly string[];
  /** hostNetwork and self-connection caveats. */
  readonly caveats: readonly string[];
}
