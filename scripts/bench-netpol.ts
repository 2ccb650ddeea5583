/**
 * Benchmark of the NetworkPolicy analyzer: the full connectivity matrix (every
 * ordered pair, what `netpol list` computes) for 1,000 pods in 50 namespaces
 * with 500 policies (10 per namespace: default deny, DNS egress, tier-to-tier
 * rules with named ports and port ranges, cross-namespace monitoring, an
 * egress ipBlock with except). Prints one JSON object with the load time
 * (parse + validate) and the matrix time, wall clock and CPU. The target is
 * under 1 s for the matrix on this machine; the figure is printed, not asserted.
 *
 *   npm run bench:netpol
 */
import process from 'node:process';
import {Analyzer} from '../src/lib/netpol/evaluate';
import {loadNetpol} from '../src/lib/netpol/load';
import {listConnections} from '../src/lib/netpol/query';

type Obj = Record<string, unknown>;

const NAMESPACES = 50;
const PODS_PER_NAMESPACE = 20;
const TIERS = ['web', 'api', 'db', 'cache', 'worker'] as const;

function objects(): Obj[] {
  const out: Obj[] = [];
  for (let n = 0; n < NAMESPACES; n++) {
    const ns = `team-${n}`;
    out.push({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {name: ns, labels: {env: n % 2 ? 'prod' : 'dev', team: `t${n % 7}`}},
    });
    for (let p = 0; p < PODS_PER_NAMESPACE; p++) {
      const tier = TIERS[p % TIERS.length] ?? 'web';
      out.push({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: `${tier}-${p}`,
          namespace: ns,
          labels: {app: tier, instance: `i${p}`, version: p % 3 ? 'v1' : 'v2'},
        },
        spec: {
          containers: [
            {
              name: 'main',
              image: 'app',
              ports: [
                {name: 'http', containerPort: 8000 + (p % 5)},
                {name: 'metrics', containerPort: 9090},
              ],
            },
          ],
        },
      });
    }
    const policy = (name: string, spec: Obj): Obj => ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: {name, namespace: ns},
      spec,
    });
    const app = (a: string): Obj => ({matchLabels: {app: a}});
    out.push(
      policy('default-deny', {podSelector: {}, policyTypes: ['Ingress', 'Egress']}),
      policy('allow-dns', {
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
      }),
      policy('web-ingress', {podSelector: app('web'), ingress: [{ports: [{port: 'http'}]}]}),
      policy('web-to-api', {
        podSelector: app('web'),
        policyTypes: ['Egress'],
        egress: [{to: [{podSelector: app('api')}], ports: [{port: 'http'}]}],
      }),
      policy('api-from-web', {
        podSelector: app('api'),
        ingress: [{from: [{podSelector: app('web')}], ports: [{port: 8000, endPort: 8004}]}],
      }),
      policy('api-to-db', {
        podSelector: app('api'),
        policyTypes: ['Egress'],
        egress: [{to: [{podSelector: {matchExpressions: [{key: 'app', operator: 'In', values: ['db', 'cache']}]}}]}],
      }),
      policy('db-from-api', {
        podSelector: {matchExpressions: [{key: 'app', operator: 'In', values: ['db', 'cache']}]},
        ingress: [{from: [{podSelector: app('api')}]}],
      }),
      policy('metrics-from-monitoring', {
        podSelector: {},
        ingress: [
          {
            from: [{namespaceSelector: {matchLabels: {team: `t${(n + 1) % 7}`}}, podSelector: app('worker')}],
            ports: [{port: 'metrics'}],
          },
        ],
      }),
      policy('worker-scrape', {
        podSelector: app('worker'),
        policyTypes: ['Egress'],
        egress: [{to: [{namespaceSelector: {matchLabels: {env: 'prod'}}}], ports: [{port: 9090}]}],
      }),
      policy('egress-internet', {
        podSelector: {matchLabels: {version: 'v2'}},
        policyTypes: ['Egress'],
        egress: [
          {to: [{ipBlock: {cidr: '0.0.0.0/0', except: ['169.254.169.254/32', '10.0.0.0/8']}}], ports: [{port: 443}]},
        ],
      }),
    );
  }
  return out;
}

function cpuMs(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1000;
}

const text = objects()
  .map((o) => JSON.stringify(o))
  .join('\n---\n');
let cpu = process.cpuUsage();
let t = performance.now();
const loaded = loadNetpol([{file: 'bench.yaml', text}]);
const loadMs = performance.now() - t;
const loadCpuMs = cpuMs(cpu);
if (!loaded.ok) throw new Error(`bench input invalid: ${loaded.errors[0]?.message ?? ''}`);

cpu = process.cpuUsage();
t = performance.now();
const analyzer = new Analyzer(loaded.model);
let allowed = 0;
let pairs = 0;
for (const _ of listConnections(analyzer)) allowed++;
pairs = loaded.model.endpoints.length ** 2;
const matrixMs = performance.now() - t;
const matrixCpuMs = cpuMs(cpu);

process.stdout.write(
  `${JSON.stringify({
    pods: loaded.model.endpoints.length,
    namespaces: loaded.model.namespaces.size,
    policies: loaded.model.policies.length,
    pairs,
    allowedPairs: allowed,
    inputBytes: text.length,
    loadMs: Math.round(loadMs),
    loadCpuMs: Math.round(loadCpuMs),
    matrixMs: Math.round(matrixMs),
    matrixCpuMs: Math.round(matrixCpuMs),
    targetMs: 1000,
  })}\n`,
);
