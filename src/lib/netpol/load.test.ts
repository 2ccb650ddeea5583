import {describe, expect, it} from 'vitest';
import {formatIssue} from '../manifest/errors';
import {loadNetpol, NAMESPACE_NAME_LABEL} from './load';
import {load, ns, pod, policy, deployment} from './test-helpers';
import type {Obj} from './test-helpers';

/** The error messages for one policy spec (validation.go's messages, prefixed with the field path). */
function errorsFor(spec: Obj): string[] {
  return load([policy('shop', 'p', spec)]).errors.map((e) => e.message);
}

describe('validation like the API server (pkg/apis/networking/validation/validation.go)', () => {
  const peer = (p: Obj) => ({podSelector: {}, ingress: [{from: [p]}]});
  const port = (p: Obj) => ({podSelector: {}, ingress: [{ports: [p]}]});

  it('refuses an invalid CIDR and an except that is not a strict subset', () => {
    expect(errorsFor(peer({ipBlock: {cidr: '10.0.0.0/33'}}))).toEqual([
      expect.stringContaining('spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0/33"'),
    ]);
    expect(errorsFor(peer({ipBlock: {cidr: '10.0.0.0'}}))[0]).toContain('must be a valid CIDR');
    expect(errorsFor(peer({ipBlock: {cidr: ''}}))[0]).toContain('ipBlock.cidr: Required value');
    expect(errorsFor(peer({ipBlock: {cidr: '10.0.0.0/8', except: ['192.168.0.0/16']}}))[0]).toContain(
      'ipBlock.except[0]: Invalid value: "192.168.0.0/16": must be a strict subset of `cidr`',
    );
    expect(errorsFor(peer({ipBlock: {cidr: '10.0.0.0/8', except: ['10.0.0.0/8']}}))[0]).toContain('strict subset');
    expect(errorsFor(peer({ipBlock: {cidr: '0.0.0.0/0', except: ['fd00::/8']}}))[0]).toContain('strict subset');
    expect(errorsFor(peer({ipBlock: {cidr: '0.0.0.0/0', except: ['169.254.169.254/32']}}))).toEqual([]);
    expect(errorsFor(peer({ipBlock: {cidr: '::/0', except: ['fd00:ec2::254/128']}}))).toEqual([]);
  });

  it('refuses a peer with nothing in it, and ipBlock together with a selector', () => {
    expect(errorsFor(peer({}))[0]).toContain('from[0]: Required value: must specify a peer');
    expect(errorsFor(peer({ipBlock: {cidr: '10.0.0.0/8'}, podSelector: {}}))[0]).toContain(
      'may not specify both ipBlock and another peer',
    );
    expect(errorsFor(peer({podSelector: {}, namespaceSelector: {}}))).toEqual([]);
  });

  it('checks ports: range, endPort rules, names, protocols', () => {
    expect(errorsFor(port({port: 0}))[0]).toContain('ports[0].port: Invalid value: 0: must be between 1 and 65535');
    expect(errorsFor(port({port: 65536}))[0]).toContain('must be between 1 and 65535');
    expect(errorsFor(port({endPort: 90}))[0]).toContain(
      'endPort: Invalid value: 90: may not be specified when `port` is not specified',
    );
    expect(errorsFor(port({port: 90, endPort: 80}))[0]).toContain('must be greater than or equal to `port`');
    expect(errorsFor(port({port: 80, endPort: 70000}))[0]).toContain('endPort: Invalid value: 70000');
    expect(errorsFor(port({port: 'http', endPort: 90}))[0]).toContain(
      'may not be specified when `port` is non-numeric',
    );
    expect(errorsFor(port({port: '8080'}))[0]).toContain('must contain at least one letter');
    expect(errorsFor(port({port: 'Http'}))[0]).toContain('alphanumeric');
    expect(errorsFor(port({port: 'a-very-long-port-name'}))[0]).toContain('15 characters');
    expect(errorsFor(port({protocol: 'ICMP'}))[0]).toContain('protocol: Unsupported value: "ICMP"');
    expect(errorsFor(port({protocol: 'tcp'}))[0]).toContain('Unsupported value');
    expect(errorsFor(port({port: 8000, endPort: 8000}))).toEqual([]);
    expect(errorsFor(port({protocol: 'SCTP'}))).toEqual([]);
  });

  it('checks label selectors (ValidateLabelSelector)', () => {
    const sel = (s: Obj) => errorsFor({podSelector: s});
    expect(sel({matchExpressions: [{key: 'a', operator: 'In'}]})[0]).toContain(
      "values: must be specified when `operator` is 'In' or 'NotIn'",
    );
    expect(sel({matchExpressions: [{key: 'a', operator: 'NotIn', values: []}]})[0]).toContain('must be specified');
    expect(sel({matchExpressions: [{key: 'a', operator: 'Exists', values: ['x']}]})[0]).toContain(
      "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
    );
    expect(sel({matchExpressions: [{key: 'a', operator: 'in', values: ['x']}]})[0]).toContain(
      'operator: Unsupported value',
    );
    expect(sel({matchExpressions: [{key: 'bad key', operator: 'Exists'}]})[0]).toContain('invalid key');
    expect(sel({matchLabels: {app: true}})[0]).toContain('label values must be strings');
    expect(sel({matchLabels: {app: 'has space'}})[0]).toContain('invalid label value');
  });

  it('checks policyTypes and names', () => {
    expect(errorsFor({podSelector: {}, policyTypes: ['Ingress', 'Egress', 'Ingress']})[0]).toContain(
      'may not specify more than two policyTypes',
    );
    expect(errorsFor({podSelector: {}, policyTypes: ['ingress']})[0]).toContain(
      'policyTypes[0]: Unsupported value: "ingress"',
    );
    expect(load([policy('shop', 'Bad_Name', {podSelector: {}})]).errors[0]?.message).toContain('metadata.name');
    const old = load([{...policy('shop', 'p', {podSelector: {}}), apiVersion: 'extensions/v1beta1'}]);
    expect(old.errors[0]?.message).toContain('networking.k8s.io/v1');
  });

  it('names file, line, object and fix in every error', () => {
    const text = `apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: egress, namespace: shop}\nspec:\n  podSelector: {}\n  egress:\n  - to:\n    - ipBlock: {cidr: 0.0.0.0/0, except: [10.0.0.0/8, 300.0.0.0/8]}\n`;
    const r = loadNetpol([{file: 'policies/egress.yaml', text}]);
    expect(r.ok).toBe(false);
    expect(r.errors).toHaveLength(1);
    const e = r.errors[0];
    expect(e).toMatchObject({
      file: 'policies/egress.yaml',
      line: 5,
      object: 'NetworkPolicy "egress" in namespace "shop"',
    });
    expect(e?.fix).toMatch(/CIDR/);
    expect(formatIssue(e as NonNullable<typeof e>)).toMatch(
      /^policies\/egress\.yaml:5: NetworkPolicy "egress" in namespace "shop": spec\.egress\[0\]\.to\[0\]\.ipBlock\.except\[1\]: Invalid value: "300\.0\.0\.0\/8"[^\n]*\n {2}fix: /,
    );
  });

  it('reports parse errors with file and line, and survives hostile input', () => {
    const r = loadNetpol([{file: 'x.yaml', text: 'kind: Pod\nmetadata: {name: a\n'}]);
    expect(r.ok).toBe(false);
    expect(r.errors[0]?.file).toBe('x.yaml');
    const bomb = `a: &a [x,x,x,x,x,x,x,x,x,x]\n${Array.from({length: 12}, (_, i) => `b${i}: &b${i} [${'*' + (i === 0 ? 'a' : `b${i - 1}`)},${'*' + (i === 0 ? 'a' : `b${i - 1}`)},${'*' + (i === 0 ? 'a' : `b${i - 1}`)},${'*' + (i === 0 ? 'a' : `b${i - 1}`)},${'*' + (i === 0 ? 'a' : `b${i - 1}`)},${'*' + (i === 0 ? 'a' : `b${i - 1}`)},${'*' + (i === 0 ? 'a' : `b${i - 1}`)},${'*' + (i === 0 ? 'a' : `b${i - 1}`)},${'*' + (i === 0 ? 'a' : `b${i - 1}`)},${'*' + (i === 0 ? 'a' : `b${i - 1}`)}]`).join('\n')}\n`;
    expect(loadNetpol([{file: 'bomb.yaml', text: bomb}]).ok).toBe(false);
    const proto = loadNetpol([
      {
        file: 'p.yaml',
        text: 'kind: Pod\nmetadata:\n  name: a\n  labels:\n    __proto__: x\n    constructor: "y"\nspec: {containers: []}\n',
      },
    ]);
    // `__proto__` is plain data, refused as a label key like any invalid key; `constructor` is fine.
    expect(proto.errors.map((e) => e.message)).toEqual([expect.stringContaining('invalid label key "__proto__"')]);
    const valid = loadNetpol([
      {file: 'p.yaml', text: 'kind: Pod\nmetadata:\n  name: a\n  labels: {constructor: "y"}\n'},
    ]);
    expect(Object.fromEntries(valid.model.endpoints[0]?.labels ?? [])).toEqual({constructor: 'y'});
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});

describe('input limits', () => {
  it('refuses input over the size cap with a clear error', () => {
    const r = loadNetpol([{file: 'big.yaml', text: 'kind: Pod\n'.repeat(100)}], {maxBytes: 100});
    expect(r.ok).toBe(false);
    expect(r.errors[0]).toMatchObject({file: 'big.yaml', line: 1});
    expect(r.errors[0]?.message).toMatch(/larger|bytes/);
  });
});

describe('defaulting like the API server (pkg/apis/networking/v1/defaults.go)', () => {
  const types = (spec: Obj) => load([policy('shop', 'p', spec)]).model.policies[0]?.policyTypes;
  it('Ingress always; Egress only when there are egress rules', () => {
    expect(types({podSelector: {}})).toEqual(['Ingress']);
    expect(types({podSelector: {}, egress: [{}]})).toEqual(['Ingress', 'Egress']);
    expect(types({podSelector: {}, egress: []})).toEqual(['Ingress']);
    expect(types({podSelector: {}, policyTypes: []})).toEqual(['Ingress']);
    expect(types({podSelector: {}, policyTypes: ['Egress']})).toEqual(['Egress']);
  });
  it('a port without protocol is TCP', () => {
    const p = load([policy('shop', 'p', {podSelector: {}, ingress: [{ports: [{port: 80}]}]})]).model.policies[0];
    expect(p?.ingress[0]?.ports[0]?.protocol).toBe('TCP');
  });
  it('warns when written rules are ignored because policyTypes leaves their direction out', () => {
    const r = load([policy('shop', 'p', {podSelector: {}, policyTypes: ['Ingress'], egress: [{}]})]);
    expect(r.ok).toBe(true);
    expect(r.warnings[0]?.message).toContain('spec.egress: has rules but policyTypes does not list Egress');
  });
});

describe('model', () => {
  it('adds kubernetes.io/metadata.name to every namespace, defined or only used', () => {
    const r = load([ns('shop', {team: 'a', [NAMESPACE_NAME_LABEL]: 'lies'}), pod('other', 'x', {})]);
    expect(Object.fromEntries(r.model.namespaces.get('shop')?.labels ?? [])).toEqual({
      team: 'a',
      [NAMESPACE_NAME_LABEL]: 'shop',
    });
    expect(Object.fromEntries(r.model.namespaces.get('other')?.labels ?? [])).toEqual({
      [NAMESPACE_NAME_LABEL]: 'other',
    });
    expect(r.model.namespaces.get('other')?.defined).toBe(false);
  });

  it('puts objects without a namespace in default', () => {
    const r = load([{apiVersion: 'v1', kind: 'Pod', metadata: {name: 'x'}, spec: {containers: []}}]);
    expect(r.model.endpoints[0]?.id).toBe('default/x');
  });

  it('reads every workload kind from its pod template, and ignores pod status', () => {
    const template = {
      metadata: {labels: {app: 'w'}},
      spec: {containers: [{name: 'c', ports: [{name: 'http', containerPort: 80}]}]},
    };
    const r = load([
      {apiVersion: 'apps/v1', kind: 'Deployment', metadata: {name: 'd'}, spec: {template}},
      {apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: {name: 'rs'}, spec: {template}},
      {apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: {name: 'ss'}, spec: {template}},
      {apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: {name: 'ds'}, spec: {template}},
      {apiVersion: 'batch/v1', kind: 'Job', metadata: {name: 'j'}, spec: {template}, status: {succeeded: 1}},
      {apiVersion: 'batch/v1', kind: 'CronJob', metadata: {name: 'cj'}, spec: {jobTemplate: {spec: {template}}}},
      {apiVersion: 'v1', kind: 'ReplicationController', metadata: {name: 'rc'}, spec: {template}},
      {...pod('default', 'p', {app: 'w'}), status: {phase: 'Succeeded'}},
      {apiVersion: 'v1', kind: 'Service', metadata: {name: 'svc'}},
    ]);
    expect(r.errors).toEqual([]);
    expect(r.model.endpoints.map((e) => `${e.kind}:${e.id}:${e.labels.get('app')}`)).toEqual([
      'Deployment:default/d:w',
      'ReplicaSet:default/rs:w',
      'StatefulSet:default/ss:w',
      'DaemonSet:default/ds:w',
      'Job:default/j:w',
      'CronJob:default/cj:w',
      'ReplicationController:default/rc:w',
      'Pod:default/p:w',
    ]);
    expect(r.model.endpoints[0]?.ports).toEqual([{name: 'http', port: 80, protocol: 'TCP'}]);
    expect(r.model.ignored.get('Service')).toBe(1);
  });

  it('expands PodList and NamespaceList items that omit kind', () => {
    const text =
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'PodList',
        items: [{metadata: {name: 'a', namespace: 'n', labels: {x: '1'}}, spec: {containers: []}}],
      }) +
      '\n---\n' +
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'NamespaceList',
        items: [{metadata: {name: 'n', labels: {env: 'prod'}}}],
      });
    const r = loadNetpol([{file: 'list.yaml', text}]);
    expect(r.errors).toEqual([]);
    expect(r.model.endpoints.map((e) => e.id)).toEqual(['n/a']);
    expect(r.model.namespaces.get('n')?.labels.get('env')).toBe('prod');
  });

  it('names a Pod and a workload that share a name by kind', () => {
    const r = load([pod('shop', 'web', {}), deployment('shop', 'web', {app: 'web'})]);
    expect(r.model.endpoints.map((e) => e.id)).toEqual(['shop/Pod/web', 'shop/Deployment/web']);
  });

  it('refuses duplicates and reads hostNetwork', () => {
    expect(load([pod('shop', 'a', {}), pod('shop', 'a', {})]).errors[0]?.message).toContain('duplicate Pod shop/a');
    expect(load([pod('shop', 'a', {}, [], {hostNetwork: true})]).model.endpoints[0]?.hostNetwork).toBe(true);
  });

  it('warns that a missing podSelector selects every pod', () => {
    const r = load([{apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: {name: 'p'}, spec: {}}]);
    expect(r.ok).toBe(true);
    expect(r.warnings[0]?.message).toContain('spec.podSelector');
  });
});
