/**
 * Questions as people type them: endpoints by `namespace/name` (or
 * `namespace/Kind/name` when a Pod and a workload share a name) or an IP
 * address outside the cluster, ports by number or name, and the full list of
 * allowed connections.
 */
import {formatIp, parseIp} from './cidr';
import {externalEndpoint, type Analyzer} from './evaluate';
import {
  isEmpty,
  isProtocol,
  MAX_PORT,
  MIN_PORT,
  toConnections,
  type ConnectionRange,
  type PortSet,
  type Protocol,
} from './ports';
import {portName} from './names';
import type {ConnectionResult, Endpoint, NetpolModel, PodEndpoint} from './types';

export type Resolved<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: string};

/** Finds an endpoint: `namespace/name`, `namespace/Kind/name`, or an IP address (outside the cluster). */
export function resolveEndpoint(model: NetpolModel, text: string): Resolved<Endpoint> {
  const ip = parseIp(text);
  if (ip) return {ok: true, value: externalEndpoint(text.includes(':') ? formatIp(ip) : text, ip)};
  const parts = text.split('/');
  if (parts.length === 2) {
    const [ns, name] = parts;
    const found = model.endpoints.filter((e) => e.namespace === ns && e.name === name);
    if (found.length === 1 && found[0]) return {ok: true, value: found[0]};
    if (found.length > 1)
      return {
        ok: false,
        error: `"${text}" names ${found.length} objects (${found.map((e) => e.kind).join(', ')}); write ${ns}/KIND/${name}, e.g. ${found[0]?.id}`,
      };
  } else if (parts.length === 3) {
    const [ns, kind, name] = parts;
    const found = model.endpoints.find((e) => e.namespace === ns && e.kind === kind && e.name === name);
    if (found) return {ok: true, value: found};
  } else {
    return {ok: false, error: `"${text}" is neither namespace/name nor an IP address`};
  }
  const known = model.endpoints.slice(0, 5).map((e) => e.id);
  return {
    ok: false,
    error: `no Pod or workload "${text}" in the input${known.length ? ` (it has ${known.join(', ')}${model.endpoints.length > 5 ? ', …' : ''})` : ' (it has none)'}; objects without a namespace are in "default"`,
  };
}

export function parseProtocol(text: string): Resolved<Protocol> {
  const upper = text.toUpperCase();
  return isProtocol(upper)
    ? {ok: true, value: upper}
    : {ok: false, error: `protocol must be TCP, UDP or SCTP, not "${text}"`};
}

/**
 * A port argument: a number, or a name looked up on the destination's container ports
 * with the protocol (what a named port in a policy would mean for that pod).
 */
export function resolvePort(text: string, protocol: Protocol, to: Endpoint): Resolved<number> {
  if (/^[0-9]+$/.test(text)) {
    const n = Number(text);
    if (n < MIN_PORT || n > MAX_PORT) return {ok: false, error: `port ${text} is outside 1-65535`};
    return {ok: true, value: n};
  }
  if (portName(text) !== undefined)
    return {ok: false, error: `"${text}" is neither a port number nor a valid port name`};
  if (to.type !== 'pod')
    return {ok: false, error: `a named port ("${text}") needs a destination pod; ${to.id} is outside the cluster`};
  const found = to.ports.find((p) => p.name === text && p.protocol === protocol);
  if (!found) {
    const names = to.ports.filter((p) => p.name).map((p) => `${p.name}=${p.port}/${p.protocol}`);
    return {
      ok: false,
      error: `${to.id} has no container port named "${text}" with protocol ${protocol}${names.length ? ` (it has ${names.join(', ')})` : ''}`,
    };
  }
  return {ok: true, value: found.port};
}

export interface ListedConnection {
  readonly from: string;
  readonly to: string;
  readonly ports: PortSet;
}

/** Every allowed connection between the model's endpoints (each pair, including an endpoint to itself), row by row. */
export function* listConnections(analyzer: Analyzer, extra: readonly Endpoint[] = []): Generator<ListedConnection> {
  const all: Endpoint[] = [...analyzer.model.endpoints, ...extra];
  for (const from of all) {
    for (const to of all) {
      if (from.type === 'external' && to.type === 'external') continue;
      const ports = analyzer.allowedPorts(from, to);
      if (!isEmpty(ports)) yield {from: from.id, to: to.id, ports};
    }
  }
}

/** The JSON line of `list`. */
export function listJson(c: ListedConnection): {from: string; to: string; connections: 'all' | ConnectionRange[]} {
  return {from: c.from, to: c.to, connections: toConnections(c.ports)};
}

/** The JSON line of `can`. */
export function canJson(r: ConnectionResult): Record<string, unknown> {
  const side = (s: ConnectionResult['egress']) => ({
    endpoint: s.endpoint,
    governed: s.governed,
    isolated: s.isolated,
    isolatedBy: s.isolatedBy,
    allowed: s.allowed,
    connections: toConnections(s.allowedPorts),
    rules: s.rules.map((m) => ({
      policy: m.policy,
      rule: `${m.direction}[${m.index}]`,
      peer: m.peer === undefined ? null : m.peer,
      connections: toConnections(m.ports),
      file: m.source.file,
      line: m.source.line,
    })),
  });
  return {
    from: r.from,
    to: r.to,
    port: r.port ?? null,
    protocol: r.protocol ?? null,
    allowed: r.allowed,
    connections: toConnections(r.allowedPorts),
    egress: side(r.egress),
    ingress: side(r.ingress),
    why: r.why,
    caveats: r.caveats,
  };
}

export function isPodEndpoint(e: Endpoint): e is PodEndpoint {
  return e.type === 'pod';
}
