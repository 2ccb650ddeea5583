/**
 * Synthetic but realistic Kubernetes manifests shared by the benchmarks (bench-pss, bench-parse):
 * a mix of Deployments, Pods, DaemonSets, CronJobs, StatefulSets, Services and ConfigMaps,
 * some passing and some failing Pod Security, written as `kubectl get -o yaml` would.
 */
import {stringify} from 'yaml';

export type Obj = Record<string, unknown>;

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

export function objects(count: number, first = 0): Obj[] {
  return Array.from({length: count}, (_, n) => {
    const i = first + n;
    const make = VARIANTS[i % VARIANTS.length];
    if (make === undefined) throw new Error('no variant');
    return make(i);
  });
}

/**
 * A multi-document YAML stream of about `targetBytes` UTF-8 bytes, built from {@link objects}.
 * The first document starts with `---`, like `kubectl get -o yaml` split per object.
 */
export function manifestStream(targetBytes: number): {text: string; documents: number} {
  const docs: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const [obj] = objects(1, i);
    const text = stringify(obj);
    docs.push(text);
    size += text.length + 4;
  }
  return {text: `---\n${docs.join('---\n')}`, documents: docs.length};
}
