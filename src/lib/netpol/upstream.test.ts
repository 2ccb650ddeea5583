/**
 * Cases taken from upstream, with upstream's expected answers:
 *
 * - the NetworkPolicy concept page, kubernetes/website
 *   content/en/docs/concepts/services-networking/network-policies.md, and its
 *   example content/en/examples/service/networking/networkpolicy.yaml;
 * - the NetworkPolicy conformance-style e2e tests, kubernetes/kubernetes
 *   test/e2e/network/netpol/network_policy.go, which probe a 9×9 truth table
 *   (namespaces x, y, z × pods a, b, c, labelled pod=<name>, each serving
 *   ports 80 and 81 over TCP, UDP and SCTP on container ports named
 *   serve-<port>-<protocol>; model.go). The policy builders there
 *   (policies.go SetSpecIngressRules / SetSpecEgressRules) also list the
 *   direction in policyTypes, so the translations below do too where it
 *   matters. Upstream ignores loopback
 *   (ignoreLoopback = true), so these comparisons skip a pod to itself.
 */
import {describe, expect, it} from 'vitest';
import type {Protocol} from './ports';
import {allowed, analyzer, ns, pod, policy, type Obj} from './test-helpers';

// ---- The e2e model (test/e2e/network/netpol/model.go) ----------------------------

const NAMESPACES = ['x', 'y', 'z'] as const;
const PODS = ['a', 'b', 'c'] as const;
const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

function e2eCluster(): Obj[] {
  const objects: Obj[] = NAMESPACES.map((n) => ns(n, {ns: n}));
  for (const n of NAMESPACES)
    for (const p of PODS)
      objects.push(
        pod(
          n,
          p,
          {pod: p},
          [80, 81].flatMap((port) =>
            PROTOCOLS.map((protocol) => ({
              name: `serve-${port}-${protocol.toLowerCase()}`,
              containerPort: port,
              protocol,
            })),
          ),
        ),
      );
  return objects;
}

const ALL = NAMESPACES.flatMap((n) => PODS.map((p) => `${n}/${p}`));

/** Reachability (reachability.go): a truth table that starts all-true and is edited. */
class Reachability {
  readonly table = new Map<string, boolean>();
  constructor(initial: boolean) {
    for (const f of ALL) for (const t of ALL) this.table.set(`${f}>${t}`, initial);
  }
  expect(from: string, to: string, value: boolean): this {
    this.table.set(`${from}>${to}`, value);
    return this;
  }
  /** ExpectPeer: every pair whose source matches `from` (namespace/pod, either optional) and target `to`. */
  expectPeer(from: {ns?: string; pod?: string}, to: {ns?: string; pod?: string}, value: boolean): this {
    const m = (id: string, p: {ns?: string; pod?: string}) => {
      const [n, name] = id.split('/');
      return (p.ns === undefined || p.ns === n) && (p.pod === undefined || p.pod === name);
    };
    for (const f of ALL) for (const t of ALL) if (m(f, from) && m(t, to)) this.table.set(`${f}>${t}`, value);
    return this;
  }
  expectAllIngress(to: string, value: boolean): this {
    for (const f of ALL) this.table.set(`${f}>${to}`, value);
    return this;
  }
}

function validate(policies: readonly Obj[], expected: Reachability, port: number, protocol: Protocol = 'TCP'): void {
  const a = analyzer([...e2eCluster(), ...policies]);
  const wrong: string[] = [];
  let checked = 0;
  for (const f of ALL)
    for (const t of ALL) {
      if (f === t) continue; // ignoreLoopback
      checked++;
      const got = allowed(a, f, t, port, protocol);
      if (got !== expected.table.get(`${f}>${t}`)) wrong.push(`${f} → ${t}: expected ${!got}, got ${got}`);
    }
  expect(checked).toBe(72);
  expect(wrong).toEqual([]);
}

const podA = {matchLabels: {pod: 'a'}};
const NS_KEY = 'kubernetes.io/metadata.name';

describe('upstream e2e: test/e2e/network/netpol/network_policy.go', () => {
  it("should support a 'default-deny-ingress' policy", () => {
    validate(
      [policy('x', 'deny-ingress', {podSelector: {}, policyTypes: ['Ingress']})],
      new Reachability(true).expectPeer({}, {ns: 'x'}, false),
      80,
    );
  });

  it("should support a 'default-deny-all' policy", () => {
    validate(
      [policy('x', 'deny-all', {podSelector: {}, policyTypes: ['Ingress', 'Egress']})],
      new Reachability(true).expectPeer({}, {ns: 'x'}, false).expectPeer({ns: 'x'}, {}, false),
      80,
    );
  });

  it('should enforce policy to allow traffic from pods within server namespace based on PodSelector', () => {
    validate(
      [
        policy('x', 'x-a-allows-x-b', {
          podSelector: podA,
          ingress: [{from: [{podSelector: {matchLabels: {pod: 'b'}}}]}],
        }),
      ],
      new Reachability(true).expectAllIngress('x/a', false).expect('x/b', 'x/a', true),
      80,
    );
  });

  it('should enforce policy to allow ingress traffic for a target', () => {
    validate(
      [
        policy('x', 'deny-all', {podSelector: {}, policyTypes: ['Ingress']}),
        policy('x', 'allow-all-to-a', {
          podSelector: podA,
          ingress: [{from: [{podSelector: {}, namespaceSelector: {}}]}],
        }),
      ],
      new Reachability(true)
        .expectAllIngress('x/a', true)
        .expectAllIngress('x/b', false)
        .expectAllIngress('x/c', false),
      80,
    );
  });

  it('should enforce policy to allow ingress traffic from pods in all namespaces', () => {
    validate(
      [
        policy('x', 'allow-from-another-ns', {
          podSelector: podA,
          ingress: [{from: [{namespaceSelector: {matchLabels: {}}}]}],
        }),
      ],
      new Reachability(true),
      80,
    );
  });

  it('should enforce policy to allow traffic only from a different namespace, based on NamespaceSelector', () => {
    validate(
      [
        policy('x', 'allow-client-a-via-ns-selector', {
          podSelector: podA,
          ingress: [{from: [{namespaceSelector: {matchLabels: {[NS_KEY]: 'y'}}}]}],
        }),
      ],
      new Reachability(true)
        .expectPeer({ns: 'x'}, {ns: 'x', pod: 'a'}, false)
        .expectPeer({ns: 'z'}, {ns: 'x', pod: 'a'}, false),
      80,
    );
  });

  it('should enforce policy based on PodSelector with MatchExpressions', () => {
    validate(
      [
        policy('x', 'x-a-allows-x-b', {
          podSelector: podA,
          ingress: [{from: [{podSelector: {matchExpressions: [{key: 'pod', operator: 'In', values: ['b']}]}}]}],
        }),
      ],
      new Reachability(true).expectAllIngress('x/a', false).expect('x/b', 'x/a', true),
      80,
    );
  });

  it('should enforce policy based on NamespaceSelector with MatchExpressions', () => {
    validate(
      [
        policy('x', 'allow-ns-y-match-selector', {
          podSelector: podA,
          ingress: [{from: [{namespaceSelector: {matchExpressions: [{key: NS_KEY, operator: 'In', values: ['y']}]}}]}],
        }),
      ],
      new Reachability(true)
        .expectPeer({ns: 'x'}, {ns: 'x', pod: 'a'}, false)
        .expectPeer({ns: 'z'}, {ns: 'x', pod: 'a'}, false),
      80,
    );
  });

  it('should enforce policy based on PodSelector or NamespaceSelector (two peers: OR)', () => {
    validate(
      [
        policy('x', 'allow-ns-y-match-selector', {
          podSelector: podA,
          ingress: [
            {
              from: [
                {namespaceSelector: {matchExpressions: [{key: NS_KEY, operator: 'NotIn', values: ['x']}]}},
                {podSelector: {matchLabels: {pod: 'b'}}},
              ],
            },
          ],
        }),
      ],
      new Reachability(true).expect('x/a', 'x/a', false).expect('x/c', 'x/a', false),
      80,
    );
  });

  it('should enforce policy based on PodSelector and NamespaceSelector (one peer: AND)', () => {
    validate(
      [
        policy('x', 'allow-ns-y-podselector-and-nsselector', {
          podSelector: podA,
          ingress: [
            {
              from: [
                {
                  namespaceSelector: {matchExpressions: [{key: NS_KEY, operator: 'NotIn', values: ['x']}]},
                  podSelector: {matchLabels: {pod: 'b'}},
                },
              ],
            },
          ],
        }),
      ],
      new Reachability(true).expectAllIngress('x/a', false).expect('y/b', 'x/a', true).expect('z/b', 'x/a', true),
      80,
    );
  });

  it('should enforce policy based on Multiple PodSelectors and NamespaceSelectors', () => {
    validate(
      [
        policy('x', 'allow-ns-y-z-pod-b-c', {
          podSelector: podA,
          ingress: [
            {
              from: [
                {
                  namespaceSelector: {matchExpressions: [{key: NS_KEY, operator: 'NotIn', values: ['x']}]},
                  podSelector: {matchExpressions: [{key: 'pod', operator: 'In', values: ['b', 'c']}]},
                },
              ],
            },
          ],
        }),
      ],
      new Reachability(true)
        .expectPeer({ns: 'x'}, {ns: 'x', pod: 'a'}, false)
        .expect('y/a', 'x/a', false)
        .expect('z/a', 'x/a', false),
      80,
    );
  });

  it('should enforce policy based on any PodSelectors', () => {
    validate(
      [
        policy('x', 'allow-ns-x-pod-b-c', {
          podSelector: podA,
          ingress: [{from: [{podSelector: {matchLabels: {pod: 'b'}}}, {podSelector: {matchLabels: {pod: 'c'}}}]}],
        }),
      ],
      new Reachability(true).expectAllIngress('x/a', false).expect('x/b', 'x/a', true).expect('x/c', 'x/a', true),
      80,
    );
  });

  it('should enforce policy to allow traffic only from a pod in a different namespace based on PodSelector and NamespaceSelector', () => {
    validate(
      [
        policy('x', 'allow-ns-y-pod-a', {
          podSelector: podA,
          ingress: [{from: [{namespaceSelector: {matchLabels: {[NS_KEY]: 'y'}}, podSelector: podA}]}],
        }),
      ],
      new Reachability(true).expectAllIngress('x/a', false).expect('y/a', 'x/a', true),
      80,
    );
  });

  it('should enforce policy based on Ports', () => {
    const p = policy('x', 'allow-client-a-via-ns-selector', {
      podSelector: podA,
      ingress: [{from: [{namespaceSelector: {matchLabels: {[NS_KEY]: 'y'}}}], ports: [{port: 81, protocol: 'TCP'}]}],
    });
    validate(
      [p],
      new Reachability(true)
        .expectPeer({ns: 'x'}, {ns: 'x', pod: 'a'}, false)
        .expectPeer({ns: 'y'}, {ns: 'x', pod: 'a'}, true)
        .expectPeer({ns: 'z'}, {ns: 'x', pod: 'a'}, false),
      81,
    );
  });

  it('should enforce multiple, stacked policies with overlapping podSelectors', () => {
    const allow = (name: string, port: number) =>
      policy('x', name, {
        podSelector: podA,
        ingress: [{from: [{namespaceSelector: {matchLabels: {[NS_KEY]: 'y'}}}], ports: [{port, protocol: 'TCP'}]}],
      });
    const allowY = new Reachability(true)
      .expectPeer({ns: 'x'}, {ns: 'x', pod: 'a'}, false)
      .expectPeer({ns: 'z'}, {ns: 'x', pod: 'a'}, false);
    validate([allow('allow-81', 81)], allowY, 81);
    validate([allow('allow-81', 81)], new Reachability(true).expectAllIngress('x/a', false), 80);
    validate([allow('allow-81', 81), allow('allow-80', 80)], allowY, 80);
  });

  it('should support allow-all policy', () => {
    const p = policy('x', 'allow-all', {podSelector: {}, ingress: [{}]});
    validate([p], new Reachability(true), 80);
    validate([p], new Reachability(true), 81);
  });

  it('should allow ingress access on one named port', () => {
    const p = policy('x', 'allow-all', {podSelector: {}, ingress: [{ports: [{port: 'serve-81-tcp'}]}]});
    validate([p], new Reachability(true), 81);
    validate([p], new Reachability(true).expectPeer({}, {ns: 'x'}, false), 80);
  });

  it('should allow ingress access from namespace on one named port', () => {
    const p = policy('x', 'allow-client-a-via-ns-selector-80', {
      podSelector: podA,
      ingress: [
        {from: [{namespaceSelector: {matchLabels: {[NS_KEY]: 'y'}}}], ports: [{port: 'serve-80-tcp', protocol: 'TCP'}]},
      ],
    });
    validate(
      [p],
      new Reachability(true)
        .expectPeer({ns: 'x'}, {ns: 'x', pod: 'a'}, false)
        .expectPeer({ns: 'z'}, {ns: 'x', pod: 'a'}, false),
      80,
    );
    validate([p], new Reachability(true).expectAllIngress('x/a', false), 81);
  });

  it('should allow egress access on one named port', () => {
    // SetSpecEgressRules (policies.go) also sets policyTypes: [Egress], so ingress stays open.
    const p = policy('x', 'allow-egress', {
      podSelector: {},
      policyTypes: ['Egress'],
      egress: [{ports: [{port: 'serve-80-tcp'}]}],
    });
    validate([p], new Reachability(true), 80);
    validate([p], new Reachability(true).expectPeer({ns: 'x'}, {}, false), 81);
  });

  it('should enforce updated policy (allow-all, then ingress: [] denies all)', () => {
    validate([policy('x', 'p', {podSelector: {}, ingress: [{}]})], new Reachability(true), 81);
    validate(
      [policy('x', 'p', {podSelector: {}, ingress: []})],
      new Reachability(true).expectPeer({}, {ns: 'x'}, false),
      81,
    );
  });

  it('should allow ingress access from updated namespace (a label added to y)', () => {
    const p = policy('x', 'allow-client-a-via-ns-selector', {
      podSelector: podA,
      ingress: [{from: [{namespaceSelector: {matchLabels: {ns2: 'updated'}}}]}],
    });
    validate([p], new Reachability(true).expectAllIngress('x/a', false), 80);
    const relabelled = [
      ...e2eCluster().filter((o) => !(o['kind'] === 'Namespace' && (o['metadata'] as Obj)['name'] === 'y')),
      ns('y', {ns: 'y', ns2: 'updated'}),
      p,
    ];
    const a = analyzer(relabelled);
    for (const t of ALL) expect(allowed(a, `y/b`, t, 80), t).toBe(true);
    expect(allowed(a, 'x/b', 'x/a', 80)).toBe(false);
  });

  it('should enforce ingress policy allowing any port traffic to a server on a specific protocol (UDP)', () => {
    const p = policy('x', 'allow-ingress-by-proto', {podSelector: podA, ingress: [{ports: [{protocol: 'UDP'}]}]});
    validate([p], new Reachability(true), 80, 'UDP');
    validate([p], new Reachability(true).expectAllIngress('x/a', false), 80, 'TCP');
  });

  it('should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)', () => {
    const policies = [
      policy('x', 'allow-to-ns-y-z-pod-a', {
        podSelector: podA,
        egress: [
          {
            to: [
              {
                namespaceSelector: {matchExpressions: [{key: NS_KEY, operator: 'NotIn', values: ['x']}]},
                podSelector: podA,
              },
            ],
          },
        ],
        policyTypes: ['Egress'],
      }),
      policy('y', 'allow-from-xa-on-ya-match-selector', {
        podSelector: podA,
        ingress: [{from: [{namespaceSelector: {matchLabels: {[NS_KEY]: 'x'}}, podSelector: podA}]}],
      }),
    ];
    const expected = new Reachability(true)
      .expectAllIngress('y/a', false)
      .expect('x/a', 'y/a', true)
      .expectPeer({ns: 'x', pod: 'a'}, {}, false)
      .expect('x/a', 'y/a', true)
      .expect('x/a', 'z/a', true);
    validate(policies, expected, 80);
  });
});

// ---- The concept page (kubernetes/website) --------------------------------------

describe('upstream docs: concepts/services-networking/network-policies', () => {
  // examples/service/networking/networkpolicy.yaml ("test-network-policy").
  const testNetworkPolicy = policy('default', 'test-network-policy', {
    podSelector: {matchLabels: {role: 'db'}},
    policyTypes: ['Ingress', 'Egress'],
    ingress: [
      {
        from: [
          {ipBlock: {cidr: '172.17.0.0/16', except: ['172.17.1.0/24']}},
          {namespaceSelector: {matchLabels: {project: 'myproject'}}},
          {podSelector: {matchLabels: {role: 'frontend'}}},
        ],
        ports: [{protocol: 'TCP', port: 6379}],
      },
    ],
    egress: [{to: [{ipBlock: {cidr: '10.0.0.0/24'}}], ports: [{protocol: 'TCP', port: 5978}]}],
  });
  const cluster = [
    ns('default'),
    ns('myproject', {project: 'myproject'}),
    ns('other'),
    pod('default', 'db', {role: 'db'}),
    pod('default', 'frontend', {role: 'frontend'}),
    pod('default', 'backend', {role: 'backend'}),
    pod('other', 'frontend', {role: 'frontend'}),
    pod('myproject', 'anything', {}),
    testNetworkPolicy,
  ];

  it('"isolates role=db pods in default for both ingress and egress"', () => {
    const a = analyzer(cluster);
    expect(allowed(a, 'default/backend', 'default/db', 6379)).toBe(false);
    expect(allowed(a, 'default/db', 'default/backend', 80)).toBe(false);
  });

  it('"allows connections to TCP 6379 from role=frontend pods in default, any pod of project=myproject, 172.17.0.0–172.17.0.255 and 172.17.2.0–172.17.255.255"', () => {
    const a = analyzer(cluster);
    expect(allowed(a, 'default/frontend', 'default/db', 6379)).toBe(true);
    expect(allowed(a, 'default/frontend', 'default/db', 6380)).toBe(false);
    expect(allowed(a, 'other/frontend', 'default/db', 6379)).toBe(false);
    expect(allowed(a, 'myproject/anything', 'default/db', 6379)).toBe(true);
    expect(allowed(a, '172.17.0.255', 'default/db', 6379)).toBe(true);
    expect(allowed(a, '172.17.1.7', 'default/db', 6379)).toBe(false);
    expect(allowed(a, '172.17.2.0', 'default/db', 6379)).toBe(true);
    expect(allowed(a, '172.18.0.1', 'default/db', 6379)).toBe(false);
  });

  it('"allows connections from role=db pods to CIDR 10.0.0.0/24 on TCP port 5978"', () => {
    const a = analyzer(cluster);
    expect(allowed(a, 'default/db', '10.0.0.9', 5978)).toBe(true);
    expect(allowed(a, 'default/db', '10.0.1.9', 5978)).toBe(false);
    expect(allowed(a, 'default/db', '10.0.0.9', 5979)).toBe(false);
  });

  it('the AND-versus-OR example: namespaceSelector and podSelector in one element, or in two', () => {
    const and = policy('default', 'and', {
      podSelector: {matchLabels: {role: 'db'}},
      ingress: [
        {from: [{namespaceSelector: {matchLabels: {user: 'alice'}}, podSelector: {matchLabels: {role: 'client'}}}]},
      ],
    });
    const or = policy('default', 'or', {
      podSelector: {matchLabels: {role: 'db'}},
      ingress: [
        {from: [{namespaceSelector: {matchLabels: {user: 'alice'}}}, {podSelector: {matchLabels: {role: 'client'}}}]},
      ],
    });
    const objects = [
      ns('alice', {user: 'alice'}),
      pod('alice', 'client', {role: 'client'}),
      pod('alice', 'other', {}),
      pod('default', 'client', {role: 'client'}),
      pod('default', 'db', {role: 'db'}),
    ];
    const a1 = analyzer([...objects, and]);
    expect([
      allowed(a1, 'alice/client', 'default/db'),
      allowed(a1, 'alice/other', 'default/db'),
      allowed(a1, 'default/client', 'default/db'),
    ]).toEqual([true, false, false]);
    const a2 = analyzer([...objects, or]);
    expect([
      allowed(a2, 'alice/client', 'default/db'),
      allowed(a2, 'alice/other', 'default/db'),
      allowed(a2, 'default/client', 'default/db'),
    ]).toEqual([true, true, true]);
  });

  it('default policies: deny all ingress / allow all ingress / deny all egress / allow all egress / deny all', () => {
    const objects = [ns('default'), pod('default', 'a', {}), pod('default', 'b', {})];
    const check = (spec: Obj, aToB: boolean) =>
      expect(
        allowed(analyzer([...objects, policy('default', 'p', spec)]), 'default/a', 'default/b', 80),
        JSON.stringify(spec),
      ).toBe(aToB);
    check({podSelector: {}, policyTypes: ['Ingress']}, false);
    check({podSelector: {}, ingress: [{}], policyTypes: ['Ingress']}, true);
    check({podSelector: {}, policyTypes: ['Egress']}, false);
    check({podSelector: {}, egress: [{}], policyTypes: ['Egress']}, true);
    check({podSelector: {}, policyTypes: ['Ingress', 'Egress']}, false);
  });

  it('"targeting a range of ports": egress to 10.0.0.0/24 on TCP 32000–32768', () => {
    const a = analyzer([
      ns('default'),
      pod('default', 'db', {role: 'db'}),
      policy('default', 'multi-port-egress', {
        podSelector: {matchLabels: {role: 'db'}},
        policyTypes: ['Egress'],
        egress: [{to: [{ipBlock: {cidr: '10.0.0.0/24'}}], ports: [{protocol: 'TCP', port: 32000, endPort: 32768}]}],
      }),
    ]);
    expect([31999, 32000, 32768, 32769].map((p) => allowed(a, 'default/db', '10.0.0.1', p))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });

  it('"targeting a namespace by its name" with kubernetes.io/metadata.name', () => {
    const a = analyzer([
      ns('prod'),
      ns('dev'),
      pod('prod', 'api', {}),
      pod('dev', 'tool', {}),
      pod('prod', 'job', {}),
      policy('prod', 'from-prod-only', {
        podSelector: {},
        ingress: [{from: [{namespaceSelector: {matchLabels: {[NS_KEY]: 'prod'}}}]}],
      }),
    ]);
    expect(allowed(a, 'prod/job', 'prod/api', 80)).toBe(true);
    expect(allowed(a, 'dev/tool', 'prod/api', 80)).toBe(false);
  });
});
