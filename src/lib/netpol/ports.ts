/**
 * Sets of (protocol, port) pairs: what a rule, a side or a connection allows.
 * Each protocol holds sorted, disjoint, non-adjacent ranges of ports 1–65535.
 */

export const PROTOCOLS = ['TCP', 'UDP', 'SCTP'] as const;
export type Protocol = (typeof PROTOCOLS)[number];

export const MIN_PORT = 1;
export const MAX_PORT = 65535;

/** Inclusive port range. */
export type PortRange = readonly [number, number];

export type PortSet = Readonly<Record<Protocol, readonly PortRange[]>>;

const FULL: readonly PortRange[] = Object.freeze([Object.freeze([MIN_PORT, MAX_PORT] as const)]);
const NONE: readonly PortRange[] = Object.freeze([]);

export const ALL_PORTS: PortSet = Object.freeze({TCP: FULL, UDP: FULL, SCTP: FULL});
export const NO_PORTS: PortSet = Object.freeze({TCP: NONE, UDP: NONE, SCTP: NONE});

export function isProtocol(value: unknown): value is Protocol {
  return value === 'TCP' || value === 'UDP' || value === 'SCTP';
}

function normalize(ranges: PortRange[]): readonly PortRange[] {
  if (ranges.length === 0) return NONE;
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of ranges) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  if (out.length === 1 && out[0]?.[0] === MIN_PORT && out[0][1] === MAX_PORT) return FULL;
  return out;
}

/** A set of one protocol's ports. */
export function portSetOf(protocol: Protocol, ranges: readonly PortRange[]): PortSet {
  return {...NO_PORTS, [protocol]: normalize([...ranges])};
}

export function union(a: PortSet, b: PortSet): PortSet {
  if (a === ALL_PORTS || b === ALL_PORTS) return ALL_PORTS;
  if (a === NO_PORTS) return b;
  if (b === NO_PORTS) return a;
  const out = {
    TCP: normalize([...a.TCP, ...b.TCP]),
    UDP: normalize([...a.UDP, ...b.UDP]),
    SCTP: normalize([...a.SCTP, ...b.SCTP]),
  };
  return isAll(out) ? ALL_PORTS : out;
}

function intersectRanges(a: readonly PortRange[], b: readonly PortRange[]): readonly PortRange[] {
  if (a === FULL) return b;
  if (b === FULL) return a;
  const out: PortRange[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as PortRange;
    const y = b[j] as PortRange;
    const lo = Math.max(x[0], y[0]);
    const hi = Math.min(x[1], y[1]);
    if (lo <= hi) out.push([lo, hi]);
    if (x[1] < y[1]) i++;
    else j++;
  }
  return out.length === 0 ? NONE : out;
}

export function intersect(a: PortSet, b: PortSet): PortSet {
  if (a === ALL_PORTS) return b;
  if (b === ALL_PORTS) return a;
  if (a === NO_PORTS || b === NO_PORTS) return NO_PORTS;
  const out = {
    TCP: intersectRanges(a.TCP, b.TCP),
    UDP: intersectRanges(a.UDP, b.UDP),
    SCTP: intersectRanges(a.SCTP, b.SCTP),
  };
  return isEmpty(out) ? NO_PORTS : out;
}

export function isAll(s: PortSet): boolean {
  return PROTOCOLS.every((p) => s[p].length === 1 && s[p][0]?.[0] === MIN_PORT && s[p][0][1] === MAX_PORT);
}

export function isEmpty(s: PortSet): boolean {
  return s.TCP.length === 0 && s.UDP.length === 0 && s.SCTP.length === 0;
}

export function contains(s: PortSet, protocol: Protocol, port: number): boolean {
  return s[protocol].some(([lo, hi]) => lo <= port && port <= hi);
}

/** True when every port of `protocol` is in the set. */
export function containsProtocol(s: PortSet, protocol: Protocol): boolean {
  const r = s[protocol];
  return r.length === 1 && r[0]?.[0] === MIN_PORT && r[0][1] === MAX_PORT;
}

/** One entry of a JSON `connections` list. */
export interface ConnectionRange {
  readonly protocol: Protocol;
  readonly port: number;
  readonly endPort: number;
}

/** `"all"`, or the ranges by protocol, as the CLI's JSON prints them. */
export function toConnections(s: PortSet): 'all' | ConnectionRange[] {
  if (isAll(s)) return 'all';
  const out: ConnectionRange[] = [];
  for (const protocol of PROTOCOLS) for (const [port, endPort] of s[protocol]) out.push({protocol, port, endPort});
  return out;
}

/** `all ports`, `none`, or e.g. `TCP 80, 8000-8080; UDP 53`. */
export function formatPortSet(s: PortSet): string {
  if (isAll(s)) return 'all ports and protocols';
  if (isEmpty(s)) return 'no ports';
  const parts: string[] = [];
  for (const protocol of PROTOCOLS) {
    const r = s[protocol];
    if (r.length === 0) continue;
    if (containsProtocol(s, protocol)) parts.push(`${protocol} (all ports)`);
    else parts.push(`${protocol} ${r.map(([lo, hi]) => (lo === hi ? String(lo) : `${lo}-${hi}`)).join(', ')}`);
  }
  return parts.join('; ');
}

/** A stable key for caching. */
export function portSetKey(s: PortSet): string {
  if (s === ALL_PORTS) return '*';
  return PROTOCOLS.map((p) => s[p].map(([a, b]) => `${a}-${b}`).join(',')).join('|');
}
