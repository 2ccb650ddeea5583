import {describe, expect, it} from 'vitest';
import {toConnections} from './ports';
import {allowed, analyzer, can, deployment, ns, pod, policy} from './test-helpers';

const web = pod('shop', 'web', {app: 'web'}, [{name: 'http', containerPort: 8080}]);
const api = pod('shop', 'api', {app: 'api'}, [
  {name: 'https', containerPort: 8443},
  {name: 'metrics', containerPort: 9090},
]);
const db = pod('shop', 'db', {app: 'db'}, [{name: 'pg', containerPort: 5432}]);
const mon = pod('monitoring', 'prom', {app: 'prometheus'});
const namespaces = [ns('shop', {team: 'shop'}), ns('monitoring', {team: 'platform'})];

describe('isolation', () => {
  it('allows everything when no policy selects either side', () => {
    const a = analyzer([...namespaces, web, api]);
    const r = can(a, 'shop/web', 'shop/api');
    expect(r.allowed).toBe(true);
    expect(toConnections(r.allowedPorts)).toBe('all');
    expect(r.egress.isolated).toBe(false);
    expect(r.ingress.isolated).toBe(false);
  });

  it('a policy isolates only the pods it selects, only in its namespace', () => {
    const a = analyzer([
      ...namespaces,
      web,
      api,
      mon,
      policy('shop', 'deny-api', {podSelector: {matchLabels: {app: 'api'}}}),
    ]);
    expect(allowed(a, 'shop/web', 'shop/api')).toBe(false);
    expect(allowed(a, 'shop/api', 'shop/web')).toBe(true);
    expect(allowed(a, 'monitoring/prom', 'shop/web')).toBe(true);
    const r = can(a, 'shop/web', 'shop/api', 80);
    expect(r.ingress.isolatedBy).toEqual(['shop/deny-api']);
    expect(r.why[0]).toBe('Denied: shop/web → shop/api on TCP port 80, by the destination’s ingress.');
    expect(r.why[2]).toContain('no ingress rule of that policy matches shop/web');
  });

  it('an empty podSelector selects every pod of the namespace', () => {
    const a = analyzer([...namespaces, web, api, mon, policy('shop', 'deny-all', {podSelector: {}})]);
    expect(allowed(a, 'shop/web', 'shop/api')).toBe(false);
    expect(allowed(a, 'shop/api', 'shop/web')).toBe(false);
    expect(allowed(a, 'shop/web', 'monitoring/prom')).toBe(true);
  });

  it('an ingress-only policy does not isolate egress; Egress isolates egress only', () => {
    const egressOnly = policy('shop', 'no-egress', {podSelector: {matchLabels: {app: 'web'}}, policyTypes: ['Egress']});
    const a = analyzer([...namespaces, web, api, egressOnly]);
    expect(allowed(a, 'shop/web', 'shop/api')).toBe(false);
    expect(allowed(a, 'shop/api', 'shop/web')).toBe(true);
    expect(can(a, 'shop/web', 'shop/api').why[0]).toContain('by the source’s egress');
  });

  it('needs both sides: the source egress and the destination ingress', () => {
    const a = analyzer([
      ...namespaces,
      web,
      api,
      policy('shop', 'api-allows-web', {
        podSelector: {matchLabels: {app: 'api'}},
        ingress: [{from: [{podSelector: {matchLabels: {app: 'web'}}}]}],
      }),
      policy('shop', 'web-no-egress', {podSelector: {matchLabels: {app: 'web'}}, policyTypes: ['Egress']}),
    ]);
    const r = can(a, 'shop/web', 'shop/api', 8443);
    expect(r.allowed).toBe(false);
    expect(r.ingress.allowed).toBe(true);
    expect(r.egress.allowed).toBe(false);
  });

  it('policies add up: the union of every selecting policy, in any order', () => {
    const p1 = policy('shop', 'p1', {podSelector: {matchLabels: {app: 'api'}}, ingress: [{ports: [{port: 8443}]}]});
    const p2 = policy('shop', 'p2', {podSelector: {}, ingress: [{ports: [{port: 9090}]}]});
    for (const order of [
      [p1, p2],
      [p2, p1],
    ]) {
      const a = analyzer([...namespaces, web, api, ...order]);
      const r = can(a, 'shop/web', 'shop/api');
      expect(toConnections(r.allowedPorts)).toEqual([
        {protocol: 'TCP', port: 8443, endPort: 8443},
        {protocol: 'TCP', port: 9090, endPort: 9090},
      ]);
      expect([...r.ingress.isolatedBy].sort()).toEqual(['shop/p1', 'shop/p2']);
    }
  });

  it('ignores written rules of a direction policyTypes leaves out', () => {
    const a = analyzer([
      ...namespaces,
      web,
      api,
      policy('shop', 'p', {
        podSelector: {matchLabels: {app: 'api'}},
        policyTypes: ['Egress'],
        ingress: [{}],
        egress: [{}],
      }),
    ]);
    expect(can(a, 'shop/web', 'shop/api').ingress.isolated).toBe(false);
    expect(can(a, 'shop/api', 'shop/web').egress.isolated).toBe(true);
  });
});

describe('peers', () => {
  const to = (from: unknown[]) => policy('shop', 'p', {podSelector: {matchLabels: {app: 'db'}}, ingress: [{from}]});
  const all = [...namespaces, web, api, db, mon, pod('monitoring', 'web', {app: 'web'})];

  it('a podSelector alone means pods of the policy namespace', () => {
    const a = analyzer([...all, to([{podSelector: {matchLabels: {app: 'web'}}}])]);
    expect(allowed(a, 'shop/web', 'shop/db')).toBe(true);
    expect(allowed(a, 'monitoring/web', 'shop/db')).toBe(false);
  });

  it('a namespaceSelector alone means every pod of the matching namespaces', () => {
    const a = analyzer([...all, to([{namespaceSelector: {matchLabels: {team: 'platform'}}}])]);
    expect(allowed(a, 'monitoring/prom', 'shop/db')).toBe(true);
    expect(allowed(a, 'monitoring/web', 'shop/db')).toBe(true);
    expect(allowed(a, 'shop/web', 'shop/db')).toBe(false);
  });

  it('both in one peer is AND; in two peers it is OR', () => {
    const and = analyzer([
      ...all,
      to([{namespaceSelector: {matchLabels: {team: 'platform'}}, podSelector: {matchLabels: {app: 'prometheus'}}}]),
    ]);
    expect(allowed(and, 'monitoring/prom', 'shop/db')).toBe(true);
    expect(allowed(and, 'monitoring/web', 'shop/db')).toBe(false);
    expect(allowed(and, 'shop/api', 'shop/db')).toBe(false);
    const or = analyzer([
      ...all,
      to([{namespaceSelector: {matchLabels: {team: 'platform'}}}, {podSelector: {matchLabels: {app: 'api'}}}]),
    ]);
    expect(allowed(or, 'monitoring/web', 'shop/db')).toBe(true);
    expect(allowed(or, 'shop/api', 'shop/db')).toBe(true);
    expect(allowed(or, 'shop/web', 'shop/db')).toBe(false);
    expect(can(or, 'shop/api', 'shop/db').ingress.rules[0]?.peer).toBe(1);
  });

  it('empty selectors: {} podSelector = every pod of the namespace; {} namespaceSelector = every namespace', () => {
    const podAll = analyzer([...all, to([{podSelector: {}}])]);
    expect(allowed(podAll, 'shop/web', 'shop/db')).toBe(true);
    expect(allowed(podAll, 'monitoring/prom', 'shop/db')).toBe(false);
    const nsAll = analyzer([...all, to([{namespaceSelector: {}}])]);
    expect(allowed(nsAll, 'monitoring/prom', 'shop/db')).toBe(true);
    expect(allowed(nsAll, '203.0.113.9', 'shop/db')).toBe(false);
  });

  it('a rule without peers allows every peer, outside the cluster too; `from: []` is the same', () => {
    for (const rule of [{}, {from: []}]) {
      const a = analyzer([...all, policy('shop', 'p', {podSelector: {matchLabels: {app: 'db'}}, ingress: [rule]})]);
      expect(allowed(a, 'monitoring/prom', 'shop/db')).toBe(true);
      expect(allowed(a, '203.0.113.9', 'shop/db')).toBe(true);
      expect(can(a, 'shop/web', 'shop/db').ingress.rules[0]?.peer).toBeUndefined();
    }
  });

  it('`ingress: []` allows nothing', () => {
    const a = analyzer([...all, policy('shop', 'p', {podSelector: {matchLabels: {app: 'db'}}, ingress: []})]);
    expect(allowed(a, 'shop/web', 'shop/db')).toBe(false);
  });

  it('matchExpressions: In, NotIn, Exists, DoesNotExist (NotIn and DoesNotExist match pods without the key)', () => {
    const pods = [
      ...namespaces,
      db,
      pod('shop', 'a', {tier: 'front'}),
      pod('shop', 'b', {tier: 'back'}),
      pod('shop', 'c', {}),
    ];
    const check = (expr: unknown, expected: Record<string, boolean>) => {
      const a = analyzer([...pods, to([{podSelector: {matchExpressions: [expr]}}])]);
      const got = Object.fromEntries(['a', 'b', 'c'].map((n) => [n, allowed(a, `shop/${n}`, 'shop/db')]));
      expect(got, JSON.stringify(expr)).toEqual(expected);
    };
    check({key: 'tier', operator: 'In', values: ['front']}, {a: true, b: false, c: false});
    check({key: 'tier', operator: 'NotIn', values: ['front']}, {a: false, b: true, c: true});
    check({key: 'tier', operator: 'Exists'}, {a: true, b: true, c: false});
    check({key: 'tier', operator: 'DoesNotExist'}, {a: false, b: false, c: true});
  });

  it('namespaceSelector on kubernetes.io/metadata.name works for namespaces the input only uses', () => {
    const a = analyzer([
      db,
      pod('tools', 'x', {}),
      to([{namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': 'tools'}}}]),
    ]);
    expect(allowed(a, 'tools/x', 'shop/db')).toBe(true);
  });

  it('ipBlock matches addresses outside the cluster, never pods; except carves holes; IPv6 too', () => {
    const egress = policy('shop', 'egress', {
      podSelector: {matchLabels: {app: 'web'}},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {ipBlock: {cidr: '0.0.0.0/0', except: ['169.254.169.254/32', '10.0.0.0/8']}},
            {ipBlock: {cidr: '2001:db8::/32'}},
          ],
        },
      ],
    });
    const a = analyzer([...all, egress]);
    expect(allowed(a, 'shop/web', '203.0.113.9', 443)).toBe(true);
    expect(allowed(a, 'shop/web', '169.254.169.254', 80)).toBe(false);
    expect(allowed(a, 'shop/web', '10.1.2.3', 80)).toBe(false);
    expect(allowed(a, 'shop/web', '2001:db8::5', 443)).toBe(true);
    expect(allowed(a, 'shop/web', '2001:db9::5', 443)).toBe(false);
    // 0.0.0.0/0 does not match pods: their IPs are unknown and ipBlock is meant for outside traffic.
    expect(allowed(a, 'shop/web', 'shop/api', 8443)).toBe(false);
    expect(can(a, 'shop/web', '203.0.113.9').egress.rules[0]?.peer).toBe(0);
  });

  it('an external source has no egress policy of its own', () => {
    const a = analyzer([...all]);
    const r = can(a, '198.51.100.1', 'shop/db', 5432);
    expect(r.allowed).toBe(true);
    expect(r.egress.governed).toBe(false);
    expect(r.why[1]).toContain('outside the cluster');
  });
});

describe('ports', () => {
  const ingress = (ports: unknown[]) => policy('shop', 'p', {podSelector: {}, ingress: [{ports}]});

  it('a number, defaulting to TCP', () => {
    const a = analyzer([...namespaces, web, api, ingress([{port: 8443}])]);
    expect(allowed(a, 'shop/web', 'shop/api', 8443)).toBe(true);
    expect(allowed(a, 'shop/web', 'shop/api', 8443, 'UDP')).toBe(false);
    expect(allowed(a, 'shop/web', 'shop/api', 80)).toBe(false);
  });

  it('protocols: UDP and SCTP entries allow only their protocol; protocol alone allows all its ports', () => {
    const a = analyzer([...namespaces, web, api, ingress([{protocol: 'UDP', port: 53}, {protocol: 'SCTP'}])]);
    expect(allowed(a, 'shop/web', 'shop/api', 53, 'UDP')).toBe(true);
    expect(allowed(a, 'shop/web', 'shop/api', 53, 'TCP')).toBe(false);
    expect(allowed(a, 'shop/web', 'shop/api', 36412, 'SCTP')).toBe(true);
    expect(toConnections(can(a, 'shop/web', 'shop/api').allowedPorts)).toEqual([
      {protocol: 'UDP', port: 53, endPort: 53},
      {protocol: 'SCTP', port: 1, endPort: 65535},
    ]);
  });

  it('endPort ranges are inclusive', () => {
    const a = analyzer([...namespaces, web, api, ingress([{port: 32000, endPort: 32768}])]);
    expect(allowed(a, 'shop/web', 'shop/api', 31999)).toBe(false);
    expect(allowed(a, 'shop/web', 'shop/api', 32000)).toBe(true);
    expect(allowed(a, 'shop/web', 'shop/api', 32768)).toBe(true);
    expect(allowed(a, 'shop/web', 'shop/api', 32769)).toBe(false);
  });

  it('a named port resolves on each destination pod, by name and protocol', () => {
    const v1 = pod('shop', 'v1', {app: 'svc'}, [{name: 'http', containerPort: 8080}]);
    const v2 = pod('shop', 'v2', {app: 'svc'}, [{name: 'http', containerPort: 9000}]);
    const udp = pod('shop', 'v3', {app: 'svc'}, [{name: 'http', containerPort: 8080, protocol: 'UDP'}]);
    const a = analyzer([...namespaces, web, v1, v2, udp, ingress([{port: 'http'}])]);
    expect(allowed(a, 'shop/web', 'shop/v1', 8080)).toBe(true);
    expect(allowed(a, 'shop/web', 'shop/v1', 9000)).toBe(false);
    expect(allowed(a, 'shop/web', 'shop/v2', 9000)).toBe(true);
    expect(allowed(a, 'shop/web', 'shop/v2', 8080)).toBe(false);
    // The entry is TCP (the default); v3's "http" is UDP, so nothing is allowed.
    expect(allowed(a, 'shop/web', 'shop/v3')).toBe(false);
  });

  it('a name no container declares allows nothing for that entry', () => {
    const a = analyzer([...namespaces, web, api, ingress([{port: 'grpc'}, {port: 9090}])]);
    expect(toConnections(can(a, 'shop/web', 'shop/api').allowedPorts)).toEqual([
      {protocol: 'TCP', port: 9090, endPort: 9090},
    ]);
  });

  it('named ports in egress rules resolve on the destination, and never match an external address', () => {
    const a = analyzer([
      ...namespaces,
      web,
      api,
      policy('shop', 'e', {
        podSelector: {matchLabels: {app: 'web'}},
        policyTypes: ['Egress'],
        egress: [{ports: [{port: 'https'}]}],
      }),
    ]);
    expect(allowed(a, 'shop/web', 'shop/api', 8443)).toBe(true);
    expect(allowed(a, 'shop/web', '203.0.113.1', 8443)).toBe(false);
  });

  it('a rule without ports allows every port and protocol', () => {
    const a = analyzer([...namespaces, web, api, ingress([])]);
    expect(toConnections(can(a, 'shop/web', 'shop/api').allowedPorts)).toBe('all');
  });

  it('with any port, the answer is what both sides allow in common', () => {
    const a = analyzer([
      ...namespaces,
      web,
      api,
      policy('shop', 'in', {
        podSelector: {matchLabels: {app: 'api'}},
        ingress: [{ports: [{port: 8000, endPort: 9000}]}],
      }),
      policy('shop', 'out', {
        podSelector: {matchLabels: {app: 'web'}},
        egress: [{ports: [{port: 8443}, {port: 9443}]}],
      }),
    ]);
    const r = can(a, 'shop/web', 'shop/api');
    expect(toConnections(r.allowedPorts)).toEqual([{protocol: 'TCP', port: 8443, endPort: 8443}]);
    expect(can(a, 'shop/web', 'shop/api', 9443).why[0]).toContain('by the destination’s ingress');
  });
});

describe('the DNS trap and the why', () => {
  it('a default-deny egress policy cuts DNS until a rule allows UDP and TCP 53 to kube-dns', () => {
    const coredns = pod('kube-system', 'coredns', {'k8s-app': 'kube-dns'}, [
      {name: 'dns', containerPort: 53, protocol: 'UDP'},
      {name: 'dns-tcp', containerPort: 53},
    ]);
    const deny = policy('shop', 'default-deny', {podSelector: {}, policyTypes: ['Ingress', 'Egress']});
    const before = analyzer([...namespaces, web, coredns, deny]);
    expect(allowed(before, 'shop/web', 'kube-system/coredns', 53, 'UDP')).toBe(false);
    const dns = policy('shop', 'allow-dns', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [
        {
          to: [
            {
              namespaceSelector: {matchLabels: {'kubernetes.io/metadata.name': 'kube-system'}},
              podSelector: {matchLabels: {'k8s-app': 'kube-dns'}},
            },
          ],
          ports: [
            {protocol: 'UDP', port: 53},
            {protocol: 'TCP', port: 53},
          ],
        },
      ],
    });
    const after = analyzer([...namespaces, web, coredns, deny, dns]);
    const r = can(after, 'shop/web', 'kube-system/coredns', 53, 'UDP');
    expect(r.allowed).toBe(true);
    expect(r.egress.isolatedBy).toEqual(['shop/default-deny', 'shop/allow-dns']);
    expect(r.egress.rules.map((m) => `${m.policy} ${m.direction}[${m.index}] peer ${m.peer}`)).toEqual([
      'shop/allow-dns egress[0] peer 0',
    ]);
    expect(r.why[1]).toContain('allowed by shop/allow-dns egress[0] (to[0]) for UDP 53');
    expect(allowed(after, 'shop/web', 'kube-system/coredns', 80)).toBe(false);
  });

  it('flags hostNetwork endpoints with the caveat, on either side', () => {
    const agent = pod('shop', 'agent', {app: 'agent'}, [], {hostNetwork: true});
    const a = analyzer([...namespaces, web, agent]);
    expect(can(a, 'shop/agent', 'shop/web').caveats[0]).toContain('shop/agent uses hostNetwork: true');
    expect(can(a, 'shop/web', 'shop/agent').caveats).toHaveLength(1);
    expect(can(a, 'shop/web', 'shop/web').caveats[0]).toContain('itself');
  });

  it('workloads stand for their pods, with the template labels', () => {
    const a = analyzer([
      ...namespaces,
      deployment('shop', 'frontend', {app: 'frontend'}),
      deployment('shop', 'api', {app: 'api'}, [{name: 'https', containerPort: 8443}]),
      policy('shop', 'p', {
        podSelector: {matchLabels: {app: 'api'}},
        ingress: [{from: [{podSelector: {matchLabels: {app: 'frontend'}}}], ports: [{port: 'https'}]}],
      }),
    ]);
    expect(allowed(a, 'shop/frontend', 'shop/api', 8443)).toBe(true);
    expect(allowed(a, 'shop/frontend', 'shop/api', 80)).toBe(false);
  });
});
