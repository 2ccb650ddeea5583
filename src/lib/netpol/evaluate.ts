/**
 * Connection decisions with the NetworkPolicy API's semantics
 * (https://kubernetes.io/docs/concepts/services-networking/network-policies/,
 * networking.k8s.io/v1 field docs):
 *
 * - a pod is isolated for ingress (egress) only when some policy in its
 *   namespace selects it and lists Ingress (Egress) in its (defaulted)
 *   policyTypes; a non-isolated direction allows everything;
 * - policies are additive: an isolated direction allows the union of the
 *   rules of every policy that selects the pod for it, so order never matters;
 * - a connection needs the source's egress AND the destination's ingress;
 * - a peer with podSelector alone means pods in the policy's namespace; with
 *   namespaceSelector alone, every pod of the matching namespaces; with both,
 *   pods matching both (AND); ipBlock matches only addresses outside the
 *   cluster (pod IPs are unknown here, and the docs advise against ipBlock for
 *   pod traffic); a rule without peers matches every peer, without ports
 *   every port and protocol;
 * - named ports are resolved on the destination pod's container ports by name
 *   and protocol; a name no container declares allows nothing for that entry.
 */
import {selectorMatches} from '../rbac/match';
import {cidrContains} from './cidr';
import {
  ALL_PORTS,
  contains,
  formatPortSet,
  intersect,
  isEmpty,
  NO_PORTS,
  portSetOf,
  union,
  type PortRange,
  type PortSet,
  type Protocol,
} from './ports';
import type {
  ConnectionQuery,
  ConnectionResult,
  Direction,
  Endpoint,
  ExternalEndpoint,
  NetpolModel,
  NetworkPolicy,
  Peer,
  PodEndpoint,
  PolicyRule,
  RuleMatch,
  SideResult,
} from './types';

const EMPTY_LABELS: ReadonlyMap<string, string> = new Map();

/** A rule prepared for the matrix: which endpoints it matches (0 unknown, 1 no, 2 yes) and its ports. */
interface CompiledRule {
  readonly rule: PolicyRule;
  readonly policy: NetworkPolicy;
  readonly match: Uint8Array;
  /** Undefined when the rule has named ports (they depend on the destination). */
  readonly ports: PortSet | undefined;
  named: (PortSet | undefined)[] | undefined;
}

/** A destination with no container ports, to compute the port set of rules without named ports. */
const EXTERNAL_PROBE: ExternalEndpoint = {type: 'external', id: '', ip: {family: 4, value: 0n}};

/** Precomputed lookups over a model; build once, query many times. */
export class Analyzer {
  readonly model: NetpolModel;
  private readonly index = new Map<PodEndpoint, number>();
  /** Per endpoint: the policies that select it for ingress / egress. */
  private readonly ingressOf: NetworkPolicy[][];
  private readonly egressOf: NetworkPolicy[][];
  /** Per peer: 0 unknown, 1 no, 2 yes, by endpoint index. */
  private readonly peerCache = new Map<Peer, Uint8Array>();
  private readonly policyOfRule = new Map<PolicyRule, NetworkPolicy>();
  private readonly staticPorts = new Map<PolicyRule, PortSet | null>();
  /** The matrix path: per endpoint, the rules of the policies that isolate it, compiled. */
  private readonly ingressRules: CompiledRule[][];
  private readonly egressRules: CompiledRule[][];

  constructor(model: NetpolModel) {
    this.model = model;
    model.endpoints.forEach((e, i) => this.index.set(e, i));
    this.ingressOf = model.endpoints.map(() => []);
    this.egressOf = model.endpoints.map(() => []);
    const byNamespace = new Map<string, number[]>();
    model.endpoints.forEach((e, i) => {
      const list = byNamespace.get(e.namespace);
      if (list) list.push(i);
      else byNamespace.set(e.namespace, [i]);
    });
    this.ingressRules = model.endpoints.map(() => []);
    this.egressRules = model.endpoints.map(() => []);
    const n = model.endpoints.length;
    const compile = (policy: NetworkPolicy, rule: PolicyRule): CompiledRule => ({
      rule,
      policy,
      match: new Uint8Array(n),
      ports: rule.ports.some((p) => typeof p.port === 'string') ? undefined : this.rulePorts(rule, EXTERNAL_PROBE),
      named: undefined,
    });
    for (const policy of model.policies) {
      for (const rule of [...policy.ingress, ...policy.egress]) this.policyOfRule.set(rule, policy);
      const ingress = policy.policyTypes.includes('Ingress');
      const egress = policy.policyTypes.includes('Egress');
      const ingressCompiled = ingress ? policy.ingress.map((r) => compile(policy, r)) : [];
      const egressCompiled = egress ? policy.egress.map((r) => compile(policy, r)) : [];
      for (const i of byNamespace.get(policy.namespace) ?? []) {
        const e = model.endpoints[i] as PodEndpoint;
        if (!selectorMatches(policy.podSelector, e.labels)) continue;
        if (ingress) {
          this.ingressOf[i]?.push(policy);
          this.ingressRules[i]?.push(...ingressCompiled);
        }
        if (egress) {
          this.egressOf[i]?.push(policy);
          this.egressRules[i]?.push(...egressCompiled);
        }
      }
    }
  }

  /** Whether a compiled rule matches endpoint `j` (cached), for the matrix path. */
  private compiledMatches(c: CompiledRule, other: Endpoint, j: number | undefined): boolean {
    if (j === undefined) return this.matchingPeer(c.rule, other) !== undefined;
    const known = c.match[j];
    if (known) return known === 2;
    const yes = this.matchingPeer(c.rule, other) !== undefined;
    c.match[j] = yes ? 2 : 1;
    return yes;
  }

  private compiledPorts(c: CompiledRule, to: Endpoint, toIndex: number | undefined): PortSet {
    if (c.ports) return c.ports;
    if (toIndex === undefined) return this.rulePorts(c.rule, to);
    c.named ??= new Array<PortSet | undefined>(this.model.endpoints.length);
    let set = c.named[toIndex];
    if (!set) {
      set = this.rulePorts(c.rule, to);
      c.named[toIndex] = set;
    }
    return set;
  }

  namespaceLabels(namespace: string): ReadonlyMap<string, string> {
    return this.model.namespaces.get(namespace)?.labels ?? EMPTY_LABELS;
  }

  /** Policies selecting a cluster endpoint for one direction. */
  policiesFor(endpoint: Endpoint, direction: Direction): readonly NetworkPolicy[] {
    if (endpoint.type === 'external') return [];
    const i = this.index.get(endpoint);
    if (i === undefined) return [];
    return (direction === 'ingress' ? this.ingressOf[i] : this.egressOf[i]) ?? [];
  }

  private podPeerMatches(policy: NetworkPolicy, peer: Peer, e: PodEndpoint): boolean {
    if (peer.ipBlock) return false;
    if (peer.namespaceSelector) {
      if (!selectorMatches(peer.namespaceSelector, this.namespaceLabels(e.namespace))) return false;
    } else if (e.namespace !== policy.namespace) return false;
    return peer.podSelector ? selectorMatches(peer.podSelector, e.labels) : true;
  }

  /** Whether one peer of `policy` matches an endpoint. */
  peerMatches(policy: NetworkPolicy, peer: Peer, e: Endpoint): boolean {
    if (e.type === 'external') {
      const block = peer.ipBlock;
      return block !== undefined && cidrContains(block.cidr, e.ip) && !block.except.some((x) => cidrContains(x, e.ip));
    }
    const i = this.index.get(e);
    if (i === undefined) return this.podPeerMatches(policy, peer, e);
    let cache = this.peerCache.get(peer);
    if (!cache) {
      cache = new Uint8Array(this.model.endpoints.length);
      this.peerCache.set(peer, cache);
    }
    const known = cache[i];
    if (known) return known === 2;
    const yes = this.podPeerMatches(policy, peer, e);
    cache[i] = yes ? 2 : 1;
    return yes;
  }

  /** The first peer of a rule that matches `other`: -1 for a rule without peers, undefined when none matches. */
  matchingPeer(rule: PolicyRule, other: Endpoint): number | undefined {
    if (rule.peers.length === 0) return -1;
    const policy = this.policyOfRule.get(rule);
    if (!policy) return undefined;
    for (let i = 0; i < rule.peers.length; i++) {
      if (this.peerMatches(policy, rule.peers[i] as Peer, other)) return i;
    }
    return undefined;
  }

  /** The ports a rule allows towards destination `to` (named ports resolved on it). */
  rulePorts(rule: PolicyRule, to: Endpoint): PortSet {
    const cached = this.staticPorts.get(rule);
    if (cached) return cached;
    if (rule.ports.length === 0) {
      this.staticPorts.set(rule, ALL_PORTS);
      return ALL_PORTS;
    }
    let set: PortSet = NO_PORTS;
    let named = false;
    for (const p of rule.ports) {
      let ranges: PortRange[];
      if (p.port === undefined) ranges = [[1, 65535]];
      else if (typeof p.port === 'number') ranges = [[p.port, p.endPort ?? p.port]];
      else {
        named = true;
        const name = p.port;
        ranges =
          to.type === 'pod'
            ? to.ports.filter((c) => c.name === name && c.protocol === p.protocol).map((c) => [c.port, c.port] as const)
            : [];
      }
      set = union(set, portSetOf(p.protocol, ranges));
    }
    if (!named) this.staticPorts.set(rule, set);
    return set;
  }

  /**
   * One side in detail: `subject`'s egress towards `other` (destination
   * `other`), or `subject`'s ingress from `other` (destination `subject`).
   */
  side(direction: Direction, subject: Endpoint, other: Endpoint): Omit<SideResult, 'allowed'> {
    const to = direction === 'egress' ? other : subject;
    if (subject.type === 'external') {
      return {
        direction,
        endpoint: subject.id,
        governed: false,
        isolated: false,
        isolatedBy: [],
        rules: [],
        allowedPorts: ALL_PORTS,
      };
    }
    const policies = this.policiesFor(subject, direction);
    if (policies.length === 0) {
      return {
        direction,
        endpoint: subject.id,
        governed: true,
        isolated: false,
        isolatedBy: [],
        rules: [],
        allowedPorts: ALL_PORTS,
      };
    }
    const rules: RuleMatch[] = [];
    let allowedPorts: PortSet = NO_PORTS;
    for (const policy of policies) {
      for (const rule of direction === 'ingress' ? policy.ingress : policy.egress) {
        const peer = this.matchingPeer(rule, other);
        if (peer === undefined) continue;
        const ports = this.rulePorts(rule, to);
        if (isEmpty(ports)) continue;
        allowedPorts = union(allowedPorts, ports);
        rules.push({
          policy: policy.id,
          direction,
          index: rule.index,
          ...(peer >= 0 ? {peer} : {}),
          ports,
          source: policy.source,
        });
      }
    }
    return {
      direction,
      endpoint: subject.id,
      governed: true,
      isolated: true,
      isolatedBy: policies.map((p) => p.id),
      rules,
      allowedPorts,
    };
  }

  /** What a connection may carry, computed without explanations (the matrix path). */
  allowedPorts(from: Endpoint, to: Endpoint): PortSet {
    const egress = this.sidePorts('egress', from, to);
    if (isEmpty(egress)) return NO_PORTS;
    return intersect(egress, this.sidePorts('ingress', to, from));
  }

  private sidePorts(direction: Direction, subject: Endpoint, other: Endpoint): PortSet {
    if (subject.type === 'external') return ALL_PORTS;
    const i = this.index.get(subject);
    if (i === undefined) return ALL_PORTS;
    const isolated = direction === 'ingress' ? this.ingressOf[i] : this.egressOf[i];
    if (!isolated || isolated.length === 0) return ALL_PORTS;
    const rules = (direction === 'ingress' ? this.ingressRules[i] : this.egressRules[i]) ?? [];
    const j = other.type === 'pod' ? this.index.get(other) : undefined;
    const [to, toIndex] = direction === 'egress' ? [other, j] : [subject, i];
    let set: PortSet = NO_PORTS;
    for (const c of rules) {
      if (!this.compiledMatches(c, other, j)) continue;
      set = union(set, this.compiledPorts(c, to, toIndex));
      if (set === ALL_PORTS) return set;
    }
    return set;
  }

  /** Answers one question, with the reasons. */
  can(query: ConnectionQuery): ConnectionResult {
    const {from, to} = query;
    const protocol: Protocol | undefined = query.port !== undefined ? (query.protocol ?? 'TCP') : query.protocol;
    const restrict = (s: PortSet): PortSet => {
      if (protocol === undefined) return s;
      if (query.port === undefined) return portSetOf(protocol, s[protocol]);
      return contains(s, protocol, query.port) ? portSetOf(protocol, [[query.port, query.port]]) : NO_PORTS;
    };
    const finish = (s: Omit<SideResult, 'allowed'>): SideResult => {
      const allowedPorts = restrict(s.allowedPorts);
      const rules = s.rules.map((r) => ({...r, ports: restrict(r.ports)})).filter((r) => !isEmpty(r.ports));
      return {...s, allowedPorts, rules, allowed: !isEmpty(allowedPorts)};
    };
    const egress = finish(this.side('egress', from, to));
    const ingress = finish(this.side('ingress', to, from));
    const allowedPorts = intersect(egress.allowedPorts, ingress.allowedPorts);
    const allowed = !isEmpty(allowedPorts);
    const result = {
      from: from.id,
      to: to.id,
      ...(query.port !== undefined ? {port: query.port} : {}),
      ...(protocol !== undefined ? {protocol} : {}),
      allowed,
      allowedPorts,
      egress,
      ingress,
    };
    return {
      ...result,
      why: explain(result, this.side('egress', from, to), this.side('ingress', to, from)),
      caveats: caveats(from, to),
    };
  }
}

function ruleName(r: RuleMatch): string {
  const peer =
    r.peer === undefined
      ? `no ${r.direction === 'ingress' ? 'from' : 'to'} (every peer)`
      : `${r.direction === 'ingress' ? 'from' : 'to'}[${r.peer}]`;
  return `${r.policy} ${r.direction}[${r.index}] (${peer})`;
}

/** What is being asked, e.g. `TCP port 80` or `any port`. */
export function describeTraffic(port: number | undefined, protocol: Protocol | undefined): string {
  if (port !== undefined) return `${protocol ?? 'TCP'} port ${port}`;
  return protocol ? `any ${protocol} port` : 'any port';
}

function sideSentence(s: SideResult, unrestricted: Omit<SideResult, 'allowed'>, otherId: string): string {
  const label = s.direction === 'egress' ? `Egress from ${s.endpoint}` : `Ingress to ${s.endpoint}`;
  if (!s.governed) return `${label}: an address outside the cluster; no NetworkPolicy governs it.`;
  if (!s.isolated)
    return `${label}: not isolated (no NetworkPolicy selects it with policyType ${s.direction === 'egress' ? 'Egress' : 'Ingress'}), so everything is allowed.`;
  const by = `isolated by ${s.isolatedBy.join(', ')}`;
  if (s.allowed)
    return `${label}: ${by}; allowed by ${s.rules.map((r) => `${ruleName(r)} for ${formatPortSet(r.ports)}`).join('; ')}.`;
  const peerRules = unrestricted.rules;
  if (peerRules.length > 0)
    return `${label}: ${by}; rules matching ${otherId} allow only ${formatPortSet(unrestricted.allowedPorts)} (${peerRules.map(ruleName).join('; ')}), not this traffic.`;
  return `${label}: ${by}; no ${s.direction} rule of ${s.isolatedBy.length === 1 ? 'that policy' : 'those policies'} matches ${otherId}, so it is denied.`;
}

function explain(
  r: Omit<ConnectionResult, 'why' | 'caveats'>,
  egressAll: Omit<SideResult, 'allowed'>,
  ingressAll: Omit<SideResult, 'allowed'>,
): string[] {
  const traffic = describeTraffic(r.port, r.protocol);
  let head: string;
  if (r.allowed) {
    head =
      r.port !== undefined
        ? `Allowed: ${r.from} → ${r.to} on ${traffic}.`
        : `Allowed: ${r.from} → ${r.to} on ${formatPortSet(r.allowedPorts)}.`;
  } else {
    const deniedBy =
      !r.egress.allowed && !r.ingress.allowed
        ? 'both sides: the source’s egress and the destination’s ingress'
        : !r.egress.allowed
          ? 'the source’s egress'
          : !r.ingress.allowed
            ? 'the destination’s ingress'
            : 'the two sides together: each allows some ports, but none in common';
    head = `Denied: ${r.from} → ${r.to} on ${traffic}, by ${deniedBy}.`;
  }
  return [head, sideSentence(r.egress, egressAll, r.to), sideSentence(r.ingress, ingressAll, r.from)];
}

/** The hostNetwork caveat, worded after the NetworkPolicy concept page. */
export function hostNetworkCaveat(id: string): string {
  return `${id} uses hostNetwork: true. The NetworkPolicy API leaves host-network pods to the network plugin, with two possible behaviours: plugins that can tell their traffic apart apply policies to them like any pod selected by its labels (the answer shown); the others, the most common case, ignore host-network pods when matching pod and namespace selectors and treat their traffic as the node's own.`;
}

function caveats(from: Endpoint, to: Endpoint): string[] {
  const out: string[] = [];
  for (const e of from === to ? [from] : [from, to])
    if (e.type === 'pod' && e.hostNetwork) out.push(hostNetworkCaveat(e.id));
  if (from === to && from.type === 'pod' && from.kind === 'Pod')
    out.push(
      'A pod talking to itself: plugins differ on whether policies apply to that (loopback) traffic, and the upstream e2e tests ignore it; the answer applies the policies as written.',
    );
  return out;
}

export function externalEndpoint(id: string, ip: ExternalEndpoint['ip']): ExternalEndpoint {
  return {type: 'external', id, ip};
}
