/**
 * Benchmark of the Pod Security Standards engine. Prints one JSON object:
 *   - podsPerSecond: evaluatePodWithPolicy on already parsed objects (a realistic mix of
 *     passing and failing Pods and workloads, restricted:latest and baseline:latest);
 *   - megabytesPerSecond: evaluateText (parse + List expansion + evaluation) on a large
 *     multi-document YAML stream generated in memory;
 *   - parseMegabytesPerSecond: parseManifests alone on the same stream, for reference.
 * Targets: > 100,000 pods/s and > 5 MB/s. Runs in well under 30 s.
 *
 * Rates are given per wall-clock second and per CPU second of this (single-threaded)
 * process: on a shared, overloaded machine the wall-clock figure mostly measures the
 * neighbours, the CPU figure measures the code.
 *
 *   npx tsx scripts/bench-pss.ts
 */
import {stringify} from 'yaml';
import {BAIL, fastParseDocument} from '../src/lib/manifest/fastYaml';
import {parseManifests, splitStream} from '../src/lib/manifest/parse';
import {evaluatePodWithPolicy, evaluateText, policy} from '../src/lib/pss/index';

type Obj = Record<string, unknown>;

const restrictedContainer = (name: string): Obj => ({
  name,
  image: `registry.example.com/team/${name}:1.4.2`,
  ports: [{name: 'http', containerPort: 8080, protocol: 'TCP'}],
  env: [
    {name: 'LOG_LEVEL', value: 'info'},
    {name: 'POD_NAME', valueFrom: {fieldRef: {fieldPath: 'metadata.name'}}},
  ],
  resources: {requests: {cpu: '100m', memory: '128Mi'}, limits: {memory: '256Mi'}},
  readinessProbe: {httpGet: {path: '/ready', port: 'http'}, periodSeconds: 5},
  livenessProbe: {httpGet: {path: '/healthz', port: 'http'}, initialDelaySeconds: 10},
  volumeMounts: [{name: 'config', mountPath: '/etc/app', readOnly: true}],
  securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: {drop: ['ALL']}},
});

const restrictedSpec = (): Obj => ({
  serviceAccountName: 'web',
  securityContext: {runAsNonRoot: true, runAsUser: 10001, fsGroup: 10001, seccompProfile: {type: 'RuntimeDefault'}},
  containers: [restrictedContainer('web'), restrictedContainer('metrics')],
  volumes: [{name: 'config', configMap: {name: 'web-config'}}],
});

function meta(name: string, labels: Obj = {app: name}): Obj {
  return {name, namespace: 'apps', labels, annotations: {'example.com/owner': 'team-a'}};
}

const VARIANTS: ReadonlyArray<(i: number) => Obj> = [
  (i) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: meta(`web-${i}`),
    spec: {
      replicas: 3,
      selector: {matchLabels: {app: `web-${i}`}},
      template: {metadata: {labels: {app: `web-${i}`}}, spec: restrictedSpec()},
    },
  }),
  (i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: meta(`legacy-${i}`),
    spec: {containers: [{name: 'app', image: 'nginx:1.27', ports: [{containerPort: 80}]}]},
  }),
  (i) => ({
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: meta(`agent-${i}`),
    spec: {
      selector: {matchLabels: {app: 'agent'}},
      template: {
        metadata: {labels: {app: 'agent'}},
        spec: {
          hostNetwork: true,
          hostPID: true,
          containers: [
            {
              name: 'agent',
              image: 'agent:2',
              securityContext: {privileged: true, capabilities: {add: ['SYS_ADMIN', 'NET_ADMIN']}},
              volumeMounts: [{name: 'root', mountPath: '/host'}],
            },
          ],
          volumes: [{name: 'root', hostPath: {path: '/'}}],
        },
      },
    },
  }),
  (i) => ({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: meta(`report-${i}`),
    spec: {
      schedule: '0 3 * * *',
      jobTemplate: {spec: {template: {spec: {...restrictedSpec(), restartPolicy: 'OnFailure'}}}},
    },
  }),
  (i) => ({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: meta(`db-${i}`),
    spec: {
      serviceName: 'db',
      selector: {matchLabels: {app: 'db'}},
      template: {
        metadata: {labels: {app: 'db'}},
        spec: {
          securityContext: {runAsUser: 0, seccompProfile: {type: 'RuntimeDefault'}},
          initContainers: [
            {
              name: 'init',
              image: 'busybox',
              command: ['sh', '-c', 'chown -R 999 /data'],
              securityContext: {runAsUser: 0},
            },
          ],
          containers: [
            {
              name: 'db',
              image: 'postgres:17',
              securityContext: {allowPrivilegeEscalation: false, capabilities: {drop: ['ALL'], add: ['CHOWN']}},
            },
          ],
          volumes: [{name: 'nfs', nfs: {server: 'nfs.example.com', path: '/exports/db'}}],
        },
      },
    },
  }),
  (i) => ({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(`svc-${i}`),
    spec: {selector: {app: 'web'}, ports: [{port: 80, targetPort: 'http'}]},
  }),
  (i) => ({apiVersion: 'v1', kind: 'Pod', metadata: meta(`ok-${i}`), spec: restrictedSpec()}),
  (i) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta(`cfg-${i}`),
    data: {
      'app.yaml': 'server:\n  port: 8080\n  logLevel: info\nfeatures:\n  - a\n  - b\n',
      'run.sh': '#!/bin/sh\nexec /app --config /etc/app/app.yaml\n',
    },
  }),
];

function objects(count: number): Obj[] {
  return Array.from({length: count}, (_, i) => {
    const make = VARIANTS[i % VARIANTS.length];
    if (make === undefined) throw new Error('no variant');
    return make(i);
  });
}

interface Rate {
  readonly perSecond: number;
  readonly perCpuSecond: number;
}

/** Runs `fn` repeatedly for `budgetMs`; `fn` returns the amount of work it did. */
function measure(budgetMs: number, fn: () => number): Rate {
  const wallStart = performance.now();
  const cpuStart = process.cpuUsage();
  let work = 0;
  do work += fn();
  while (performance.now() - wallStart < budgetMs);
  const cpu = process.cpuUsage(cpuStart);
  const wall = (performance.now() - wallStart) / 1000;
  return {perSecond: work / wall, perCpuSecond: work / ((cpu.user + cpu.system) / 1e6)};
}

function podsPerSecond(): Rate & {evaluated: number} {
  const pool = objects(4000);
  const restricted = policy('restricted', 'latest');
  const baseline = policy('baseline', 'latest');
  let evaluated = 0;
  const pass = (): number => {
    for (const obj of pool) {
      evaluatePodWithPolicy(obj, restricted);
      evaluatePodWithPolicy(obj, baseline);
    }
    evaluated += pool.length * 2;
    return pool.length * 2;
  };
  measure(500, pass); // warm-up
  evaluated = 0;
  return {...measure(2500, pass), evaluated};
}

function megabytesPerSecond(): {
  evaluate: Rate;
  parse: Rate;
  bytes: number;
  documents: number;
  reports: number;
  fastPathDocuments: number;
} {
  const docs: string[] = [];
  let size = 0;
  for (const obj of objects(40000)) {
    const text = stringify(obj);
    docs.push(text);
    size += text.length + 4;
    if (size > 10_000_000) break;
  }
  const text = `---\n${docs.join('---\n')}`;
  const bytes = new TextEncoder().encode(text).length;
  const maxBytes = bytes + 1;
  evaluateText(text.slice(0, 200_000), {maxBytes}); // warm-up
  let reports = 0;
  const mb = bytes / 1e6;
  const evaluate = measure(3000, () => {
    const r = evaluateText(text, {level: 'restricted', version: 'latest', maxBytes});
    if (!r.ok) throw new Error(`bench input did not parse: ${JSON.stringify(r.errors[0])}`);
    reports = r.reports.length;
    return mb;
  });
  const parse = measure(1500, () => {
    parseManifests(text, {maxBytes});
    return mb;
  });
  let fastPathDocuments = 0;
  for (const chunk of splitStream(text)) {
    if (!chunk.empty && fastParseDocument(text, chunk.bodyStart, chunk.end, chunk.bodyLine, 100) !== BAIL)
      fastPathDocuments++;
  }
  return {evaluate, parse, bytes, documents: docs.length, reports, fastPathDocuments};
}

const round = (n: number, digits = 0): number => Number(n.toFixed(digits));
const started = performance.now();
const pods = podsPerSecond();
const yaml = megabytesPerSecond();
process.stdout.write(
  `${JSON.stringify(
    {
      podsPerSecond: round(pods.perSecond),
      podsPerCpuSecond: round(pods.perCpuSecond),
      podsEvaluated: pods.evaluated,
      megabytesPerSecond: round(yaml.evaluate.perSecond, 2),
      megabytesPerCpuSecond: round(yaml.evaluate.perCpuSecond, 2),
      parseMegabytesPerSecond: round(yaml.parse.perSecond, 2),
      parseMegabytesPerCpuSecond: round(yaml.parse.perCpuSecond, 2),
      yamlBytes: yaml.bytes,
      yamlDocuments: yaml.documents,
      fastPathDocuments: yaml.fastPathDocuments,
      objectsReported: yaml.reports,
      targets: {podsPerSecond: 100_000, megabytesPerSecond: 5},
      node: process.version,
      durationSeconds: round((performance.now() - started) / 1000, 1),
    },
    null,
    2,
  )}\n`,
);
