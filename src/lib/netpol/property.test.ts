/**
 * Property-based tests over random small clusters: the laws the NetworkPolicy
 * API promises (policies are additive allow-lists, order-free) and agreement
 * between the two code paths (`list`'s matrix and `can`'s explained answer).
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {Analyzer} from './evaluate';
import {loadNetpol} from './load';
import {contains, intersect, isEmpty, NO_PORTS, portSetKey, union, PROTOCOLS, type PortSet} from './ports';
import {listConnections, resolveEndpoint} from './query';
import {ns, pod, policy, stream, type Obj} from './test-helpers';
import type {Endpoint, NetworkPolicy} from './types';

const NAMESPACES = ['a', 'b', 'c'];
const labelsArb = fc.record(
  {app: fc.constantFrom('web', 'api', 'db'), tier: fc.constantFrom('front', 'back')},
  {requiredKeys: []},
);
const selectorArb: fc.Arbitrary<Obj> = fc.oneof(
  fc.constant({}),
  labelsArb.map((l) => ({matchLabels: l})),
  fc
    .record({
      key: fc.constantFrom('app', 'tier', 'env'),
      operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist'),
      values: fc.subarray(['web', 'api', 'front', 'prod'], {minLength: 1}),
    })
    .map((e) => ({
      matchExpressions: [
        e.operator === 'Exists' || e.operator === 'DoesNotExist' ? {key: e.key, operator: e.operator} : e,
      ],
    })),
);
const nsSelectorArb: fc.Arbitrary<Obj> = fc.oneof(
  fc.constant({}),
  fc.constantFrom('prod', 'dev').map((env) => ({matchLabels: {env}})),
  fc.constantFrom(...NAMESPACES).map((n) => ({matchLabels: {'kubernetes.io/metadata.name': n}})),
);
const peerArb: fc.Arbitrary<Obj> = fc.oneof(
  selectorArb.map((s) => ({podSelector: s})),
  nsSelectorArb.map((s) => ({namespaceSelector: s})),
  fc.tuple(selectorArb, nsSelectorArb).map(([p, n]) => ({podSelector: p, namespaceSelector: n})),
  fc.constantFrom(
    {ipBlock: {cidr: '0.0.0.0/0', except: ['169.254.169.254/32']}},
    {ipBlock: {cidr: '203.0.113.0/24'}},
    {ipBlock: {cidr: '2001:db8::/32', except: ['2001:db8:1::/48']}},
  ),
);
const portArb: fc.Arbitrary<Obj> = fc.oneof(
  fc.constantFrom(80, 443, 8080, 53).map((port) => ({port})),
  fc.record({protocol: fc.constantFrom('TCP', 'UDP', 'SCTP'), port: fc.constantFrom(53, 80, 8080)}),
  fc.constant({port: 8000, endPort: 8443}),
  fc.constantFrom('http', 'dns', 'metrics').map((port) => ({port})),
  fc.constantFrom('TCP', 'UDP', 'SCTP').map((protocol) => ({protocol})),
);
const ruleArb = (key: 'from' | 'to'): fc.Arbitrary<Obj> =>
  fc.record({[key]: fc.array(peerArb, {maxLength: 2}), ports: fc.array(portArb, {maxLength: 2})}, {requiredKeys: []});
const specArb: fc.Arbitrary<Obj> = fc.record(
  {
    podSelector: selectorArb,
    policyTypes: fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress']),
    ingress: fc.array(ruleArb('from'), {maxLength: 2}),
    egress: fc.array(ruleArb('to'), {maxLength: 2}),
  },
  {requiredKeys: ['podSelector']},
);
const policyArb = fc.tuple(fc.constantFrom(...NAMESPACES), specArb);
const podPorts = [
  {name: 'http', containerPort: 8080},
  {name: 'dns', containerPort: 53, protocol: 'UDP' as const},
  {name: 'metrics', containerPort: 9090},
];
const podArb = fc.tuple(fc.constantFrom(...NAMESPACES), labelsArb, fc.subarray(podPorts));

const clusterArb = fc.record({
  pods: fc.array(podArb, {minLength: 1, maxLength: 6}),
  policies: fc.array(policyArb, {maxLength: 5}),
  envs: fc.tuple(fc.constantFrom('prod', 'dev'), fc.constantFrom('prod', 'dev'), fc.constantFrom('prod', 'dev')),
});

type Cluster = {
  pods: [string, Obj, (typeof podPorts)[number][]][];
  policies: [string, Obj][];
  envs: [string, string, string];
};

function objects(c: Cluster, policies = c.policies): Obj[] {
  return [
    ...NAMESPACES.map((n, i) => ns(n, {env: c.envs[i] ?? 'dev'})),
    ...c.pods.map(([n, labels, ports], i) => pod(n, `p${i}`, labels as Record<string, string>, ports)),
    ...policies.map(([n, spec], i) => policy(n, `np${i}`, spec)),
  ];
}

function build(objs: readonly Obj[]): Analyzer {
  const r = loadNetpol([{file: 'gen.yaml', text: stream(objs)}]);
  expect(r.errors).toEqual([]);
  return new Analyzer(r.model);
}

const EXTERNAL = ['203.0.113.7', '169.254.169.254', '198.51.100.1', '2001:db8::9', '2001:db8:1::9'];

function endpoints(a: Analyzer): Endpoint[] {
  const ext = EXTERNAL.map((ip) => {
    const r = resolveEndpoint(a.model, ip);
    if (!r.ok) throw new Error(r.error);
    return r.value;
  });
  return [...a.model.endpoints, ...ext];
}

function matrix(a: Analyzer): Map<string, string> {
  const out = new Map<string, string>();
  const all = endpoints(a);
  for (const c of listConnections(
    a,
    all.filter((e) => e.type === 'external'),
  ))
    out.set(`${c.from}>${c.to}`, portSetKey(c.ports));
  return out;
}

function portMatrix(a: Analyzer): Map<string, PortSet> {
  const out = new Map<string, PortSet>();
  const all = endpoints(a);
  for (const c of listConnections(
    a,
    all.filter((e) => e.type === 'external'),
  ))
    out.set(`${c.from}>${c.to}`, c.ports);
  return out;
}

const RUNS = {numRuns: 100};

describe('properties', () => {
  it('list and can always agree, for any port and for specific ports', () => {
    fc.assert(
      fc.property(clusterArb, (c) => {
        const a = build(objects(c as Cluster));
        const all = endpoints(a);
        const listed = matrix(a);
        let checked = 0;
        for (const from of all)
          for (const to of all) {
            if (from.type === 'external' && to.type === 'external') continue;
            const r = a.can({from, to});
            expect(listed.get(`${from.id}>${to.id}`) ?? portSetKey(NO_PORTS)).toBe(portSetKey(r.allowedPorts));
            for (const protocol of PROTOCOLS)
              for (const port of [53, 8080, 8443]) {
                const one = a.can({from, to, port, protocol});
                expect(one.allowed).toBe(contains(r.allowedPorts, protocol, port));
                expect(one.allowed).toBe(one.egress.allowed && one.ingress.allowed);
              }
            checked++;
          }
        expect(checked).toBeGreaterThan(0);
      }),
      {numRuns: 40},
    );
  }, 60_000);

  it('the order of policies never matters', () => {
    fc.assert(
      fc.property(clusterArb, fc.infiniteStream(fc.nat()), (c, seeds) => {
        const cluster = c as Cluster;
        const shuffled = [...cluster.policies.map((p, i) => [p, i] as const)]
          .map((entry) => ({entry, key: seeds.next().value as number}))
          .sort((x, y) => x.key - y.key)
          .map((x) => x.entry);
        const base = objects(cluster);
        // Keep each policy's name with its spec, only the order of the documents changes.
        const reordered = [
          ...base.filter((o) => o['kind'] !== 'NetworkPolicy'),
          ...shuffled.map(([[n, spec], i]) => policy(n, `np${i}`, spec)),
        ];
        expect(matrix(build(reordered))).toEqual(matrix(build(base)));
      }),
      RUNS,
    );
  }, 60_000);

  it('adding a policy never allows anything beyond what was allowed plus what its own rules allow', () => {
    fc.assert(
      fc.property(clusterArb, policyArb, (c, extra) => {
        const cluster = c as Cluster;
        const before = build(objects(cluster));
        const after = build(objects(cluster, [...cluster.policies, extra]));
        const added = after.model.policies.find((p) => p.name === `np${cluster.policies.length}`) as NetworkPolicy;
        const all = endpoints(after);
        const beforeById = new Map(endpoints(before).map((e) => [e.id, e]));
        for (const from of all)
          for (const to of all) {
            if (from.type === 'external' && to.type === 'external') continue;
            const f0 = beforeById.get(from.id) as Endpoint;
            const t0 = beforeById.get(to.id) as Endpoint;
            for (const dir of ['egress', 'ingress'] as const) {
              const [s1, o1, s0, o0] = dir === 'egress' ? [from, to, f0, t0] : [to, from, t0, f0];
              const was = before.side(dir, s0, o0);
              const now = after.side(dir, s1, o1);
              // What the new policy's rules contribute on this side.
              let own: PortSet = NO_PORTS;
              for (const m of now.rules) if (m.policy === added.id) own = union(own, m.ports);
              const beyond = intersect(now.allowedPorts, complementOf(union(was.allowedPorts, own)));
              expect(isEmpty(beyond)).toBe(true);
              // An isolated side keeps everything it allowed (policies only add).
              if (was.isolated)
                expect(portSetKey(intersect(was.allowedPorts, now.allowedPorts))).toBe(portSetKey(was.allowedPorts));
            }
          }
      }),
      RUNS,
    );
  }, 60_000);

  it('adding a policy without rules (pure isolation) never allows anything new', () => {
    fc.assert(
      fc.property(
        clusterArb,
        fc.constantFrom(...NAMESPACES),
        selectorArb,
        fc.constantFrom(['Ingress'], ['Egress'], ['Ingress', 'Egress']),
        (c, n, podSelector, policyTypes) => {
          const cluster = c as Cluster;
          const before = portMatrix(build(objects(cluster)));
          const after = portMatrix(build(objects(cluster, [...cluster.policies, [n, {podSelector, policyTypes}]])));
          for (const [pair, ports] of after) {
            const was = before.get(pair);
            expect(was, pair).toBeDefined();
            // What is allowed now was allowed before (a subset, port by port).
            expect(portSetKey(intersect(ports, was ?? NO_PORTS)), pair).toBe(portSetKey(ports));
          }
          expect(after.size).toBeLessThanOrEqual(before.size);
        },
      ),
      RUNS,
    );
  }, 60_000);

  it('never throws on random documents', () => {
    fc.assert(
      fc.property(
        fc.array(fc.jsonValue({maxDepth: 4}), {maxLength: 4}),
        fc.constantFrom('NetworkPolicy', 'Pod', 'Namespace', 'Deployment'),
        (values, kind) => {
          const docs = values.map((v) => ({
            kind,
            apiVersion: kind === 'NetworkPolicy' ? 'networking.k8s.io/v1' : kind === 'Deployment' ? 'apps/v1' : 'v1',
            metadata: {name: 'x'},
            spec: v,
          }));
          const r = loadNetpol([{file: 'r.yaml', text: stream(docs as Obj[])}]);
          for (const e of r.errors) {
            expect(e.file).toBe('r.yaml');
            expect(e.line).toBeGreaterThan(0);
            expect(e.fix.length).toBeGreaterThan(0);
          }
          const a = new Analyzer(r.model);
          for (const _ of listConnections(a)) void _;
        },
      ),
      RUNS,
    );
  }, 60_000);
});

/** Everything not in `s` (per protocol, ports 1-65535). */
function complementOf(s: PortSet): PortSet {
  let out: PortSet = NO_PORTS;
  for (const protocol of PROTOCOLS) {
    let next = 1;
    const ranges: [number, number][] = [];
    for (const [lo, hi] of s[protocol]) {
      if (lo > next) ranges.push([next, lo - 1]);
      next = hi + 1;
    }
    if (next <= 65535) ranges.push([next, 65535]);
    out = union(out, {...NO_PORTS, [protocol]: ranges});
  }
  return out;
}
