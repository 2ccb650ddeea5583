/**
 * Graded Pod Security exercises, as data. The checks are read by the Pod
 * Security grader (src/lib/exercises/pssGrader.ts): `pss-level` grades the
 * answer control by control with the site's engine, and `unchanged` /
 * `field-equals` make sure the answer still runs what the starter ran, so
 * deleting a container or swapping the image cannot pass. Practise them at
 * /practice; a new exercise needs only a new entry here.
 */
import type {ExerciseInput} from './schema';

const PSS = '/docs/fundamentals/primitives/pod-security-standards';
const SECCTX = '/docs/fundamentals/primitives/security-contexts';
const PSA = '/docs/fundamentals/admission/pod-security-admission';

/** What a Deployment-like workload does: keep these as they were. */
const SAME_CONTAINERS = [
  'spec.template.spec.containers[*].name',
  'spec.template.spec.containers[*].image',
  'spec.template.spec.containers[*].command',
  'spec.template.spec.containers[*].args',
  'spec.template.spec.containers[*].ports',
];

export const PSS_EXERCISES: readonly ExerciseInput[] = [
  {
    id: 'pss-restricted-web-deployment',
    tool: 'pss',
    title: 'Make a web Deployment pass Restricted without changing what it does',
    task: 'Namespace shop is about to enforce the Restricted level. Change the web Deployment so that it passes every Restricted control, keeping its image, port and replica count.',
    starter: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginxinc/nginx-unprivileged:1.30
          ports:
            - containerPort: 8080
`,
    hints: [
      'Grade the starter first: four Restricted controls fail, and none of them needs a change to the image.',
      'Two settings can go on the Pod (spec.template.spec.securityContext) and cover every container: runAsNonRoot and seccompProfile.',
      'Each container still needs its own securityContext with allowPrivilegeEscalation: false and capabilities.drop: [ALL]; these two fields exist only on containers.',
    ],
    solution: {
      manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      securityContext:
        runAsNonRoot: true
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: web
          image: nginxinc/nginx-unprivileged:1.30
          ports:
            - containerPort: 8080
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
`,
      explanation:
        'Restricted wants four things this workload lacked: a non-root user, no privilege escalation, every capability dropped and a seccomp profile. The unprivileged nginx image already runs as a numeric non-root user (USER 101 in its Dockerfile) and listens on 8080, so runAsNonRoot only makes the kubelet verify it. Pod-level runAsNonRoot and seccompProfile cover every container; allowPrivilegeEscalation and capabilities are per container. If an image names its user (USER nginx) rather than a number, the kubelet cannot verify runAsNonRoot: add runAsUser as well.',
    },
    checks: [
      {type: 'pss-level', level: 'restricted'},
      {type: 'unchanged', paths: [...SAME_CONTAINERS, 'spec.replicas']},
    ],
    docs: [PSS, SECCTX],
  },
  {
    id: 'pss-baseline-privileged-exporter',
    tool: 'pss',
    title: 'Take a metrics exporter out of privileged mode',
    task: 'A Prometheus exporter in namespace monitoring was copied from a node-debugging recipe and runs privileged, in the host PID namespace. It only serves metrics about its own process. Make it pass Baseline, keeping its image, arguments and port.',
    starter: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-exporter
  namespace: monitoring
spec:
  replicas: 1
  selector:
    matchLabels: {app: app-exporter}
  template:
    metadata:
      labels: {app: app-exporter}
    spec:
      hostPID: true
      containers:
        - name: exporter
          image: registry.example.com/app-exporter:2.4.0
          args: ["--web.listen-address=:9100"]
          ports:
            - containerPort: 9100
          securityContext:
            privileged: true
`,
    hints: [
      'Baseline forbids two things here; both are about the host, not the application.',
      'Remove hostPID (or set it to false) and remove privileged: true (or set it to false). Nothing else has to change.',
    ],
    solution: {
      manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: app-exporter
  namespace: monitoring
spec:
  replicas: 1
  selector:
    matchLabels: {app: app-exporter}
  template:
    metadata:
      labels: {app: app-exporter}
    spec:
      containers:
        - name: exporter
          image: registry.example.com/app-exporter:2.4.0
          args: ["--web.listen-address=:9100"]
          ports:
            - containerPort: 9100
          securityContext:
            privileged: false
`,
      explanation:
        'A privileged container has every capability and every host device, and hostPID lets it see and signal every process on the node: together they are a container escape waiting to happen. An exporter that reports on its own process needs neither. Baseline blocks both (controls privileged and hostNamespaces). A node exporter that really reads host metrics belongs in its own namespace with a documented exception, not in an application namespace.',
    },
    checks: [
      {type: 'pss-level', level: 'baseline'},
      {type: 'unchanged', paths: SAME_CONTAINERS},
    ],
    docs: [PSS, '/docs/attack-vectors/privileged-container-escape'],
  },
  {
    id: 'pss-restricted-bind-port-80',
    tool: 'pss',
    title: 'Keep the one capability a proxy needs and drop the rest',
    task: 'An edge proxy must listen on port 80. Its author added NET_ADMIN and NET_BIND_SERVICE "to be safe". Make the Deployment pass Restricted while keeping only NET_BIND_SERVICE in capabilities.add.',
    starter: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: edge
  namespace: ingress
spec:
  replicas: 2
  selector:
    matchLabels: {app: edge}
  template:
    metadata:
      labels: {app: edge}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: proxy
          image: registry.example.com/edge-proxy:3.1.2
          ports:
            - containerPort: 80
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              add: [NET_ADMIN, NET_BIND_SERVICE]
`,
    hints: [
      'Restricted allows exactly one added capability. Which one is it?',
      'Restricted also needs capabilities.drop to contain ALL; adding after dropping ALL is fine.',
      'capabilities: {drop: [ALL], add: [NET_BIND_SERVICE]}.',
    ],
    solution: {
      manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: edge
  namespace: ingress
spec:
  replicas: 2
  selector:
    matchLabels: {app: edge}
  template:
    metadata:
      labels: {app: edge}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: proxy
          image: registry.example.com/edge-proxy:3.1.2
          ports:
            - containerPort: 80
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
              add: [NET_BIND_SERVICE]
`,
      explanation:
        "NET_ADMIN lets a process reconfigure the network stack of the pod (routes, iptables, interfaces), and Restricted forbids adding anything but NET_BIND_SERVICE, so it has to go. drop: [ALL] removes the runtime defaults (CHOWN, SETUID, NET_RAW...). One trap the grader cannot see: Kubernetes has no field for ambient capabilities, so with many runtimes a process running as non-root keeps an added capability only if its binary carries it as a file capability (setcap). If the proxy still cannot bind, set the binary's file capability in the image, or use the safe sysctl net.ipv4.ip_unprivileged_port_start in the Pod instead.",
    },
    checks: [
      {type: 'pss-level', level: 'restricted'},
      {type: 'unchanged', paths: SAME_CONTAINERS},
      {
        type: 'field-equals',
        path: 'spec.template.spec.containers[0].securityContext.capabilities.add',
        value: ['NET_BIND_SERVICE'],
      },
    ],
    docs: [PSS, SECCTX],
  },
  {
    id: 'pss-restricted-hostpath-cache',
    tool: 'pss',
    title: 'Replace a hostPath scratch directory',
    task: 'A thumbnail service writes temporary files to a hostPath directory on the node. Nothing needs the files after the pod ends. Make it pass Restricted, keeping the mount path the application writes to.',
    starter: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: thumbnails
  namespace: media
spec:
  replicas: 2
  selector:
    matchLabels: {app: thumbnails}
  template:
    metadata:
      labels: {app: thumbnails}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: thumbnails
          image: registry.example.com/thumbnails:1.8.0
          volumeMounts:
            - name: scratch
              mountPath: /var/cache/thumbnails
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
      volumes:
        - name: scratch
          hostPath:
            path: /tmp/thumbnails
            type: DirectoryOrCreate
`,
    hints: [
      'Only one control fails, and it is about the volume, not the container.',
      'Restricted allows a short list of volume types: configMap, csi, downwardAPI, emptyDir, ephemeral, persistentVolumeClaim, projected, secret, and image volumes since Kubernetes v1.33.',
      'Files that live as long as the pod belong in an emptyDir volume; keep the volume name so the mount still refers to it.',
    ],
    solution: {
      manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: thumbnails
  namespace: media
spec:
  replicas: 2
  selector:
    matchLabels: {app: thumbnails}
  template:
    metadata:
      labels: {app: thumbnails}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: thumbnails
          image: registry.example.com/thumbnails:1.8.0
          volumeMounts:
            - name: scratch
              mountPath: /var/cache/thumbnails
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
      volumes:
        - name: scratch
          emptyDir:
            sizeLimit: 1Gi
`,
      explanation:
        "A hostPath volume gives the pod a directory of the node: two pods on the same node share it, a symlink planted there can lead elsewhere on the host, and the files outlive the pod. Baseline already forbids hostPath, and so does Restricted's volume list. An emptyDir is created empty for the pod and deleted with it, which is what a scratch directory needs; sizeLimit keeps it from filling the node's disk.",
    },
    checks: [
      {type: 'pss-level', level: 'restricted'},
      {
        type: 'unchanged',
        paths: [
          ...SAME_CONTAINERS,
          'spec.template.spec.containers[*].volumeMounts',
          'spec.template.spec.volumes[*].name',
        ],
      },
    ],
    docs: [PSS, '/docs/attack-vectors/hostpath-mount-escape'],
  },
  {
    id: 'pss-restricted-not-uid-0',
    tool: 'pss',
    title: 'A worker that asks for root explicitly',
    task: 'A queue worker sets runAsUser: 0 because "the old image needed it"; the current image runs fine as UID 10001. Make it pass Restricted, keeping its image and command.',
    starter: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: jobs
spec:
  replicas: 4
  selector:
    matchLabels: {app: worker}
  template:
    metadata:
      labels: {app: worker}
    spec:
      securityContext:
        runAsUser: 0
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: worker
          image: registry.example.com/queue-worker:5.2.1
          command: ["/app/worker", "--queue=orders"]
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
`,
    hints: [
      'Two Restricted controls look at the user: runAsNonRoot and runAsUser.',
      'runAsUser: 0 fails on its own, even next to runAsNonRoot: true; choose the UID the image was built for.',
      'Pod securityContext: runAsNonRoot: true and runAsUser: 10001.',
    ],
    solution: {
      manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  namespace: jobs
spec:
  replicas: 4
  selector:
    matchLabels: {app: worker}
  template:
    metadata:
      labels: {app: worker}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: worker
          image: registry.example.com/queue-worker:5.2.1
          command: ["/app/worker", "--queue=orders"]
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
`,
      explanation:
        "The runAsUser control rejects UID 0 wherever it is set, and runAsNonRoot must be true on the Pod or on every container. Setting runAsUser to the image's own non-root UID keeps file ownership inside the image working. Root in a container is still root on the node's kernel as far as many kernel paths are concerned (unless user namespaces are used), so a container breakout starts from much further ahead. Restricted at policy v1.35 and later also accepts UID 0 in a pod with hostUsers: false, because a user namespace maps it to an unprivileged UID on the node; that needs user namespace support on every node, while the image's own UID works everywhere.",
    },
    checks: [
      {type: 'pss-level', level: 'restricted'},
      {type: 'unchanged', paths: [...SAME_CONTAINERS, 'spec.replicas']},
    ],
    docs: [PSS, SECCTX],
  },
  {
    id: 'pss-restricted-cronjob-backup',
    tool: 'pss',
    title: 'Harden a CronJob: the pod template is deeper',
    task: 'A nightly backup CronJob in namespace data must pass Restricted. Keep the schedule, image and command. The image runs as UID 65532.',
    starter: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
  namespace: data
spec:
  schedule: "30 2 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backup
              image: registry.example.com/db-backup:0.9.4
              command: ["/backup", "--target=s3://backups/nightly"]
`,
    hints: [
      'For a CronJob, the pod spec is at spec.jobTemplate.spec.template.spec, and Pod Security Admission checks it there.',
      'It needs the same four settings as a Deployment: runAsNonRoot, seccompProfile RuntimeDefault, allowPrivilegeEscalation false, capabilities drop ALL.',
    ],
    solution: {
      manifest: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup
  namespace: data
spec:
  schedule: "30 2 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          securityContext:
            runAsNonRoot: true
            runAsUser: 65532
            seccompProfile:
              type: RuntimeDefault
          containers:
            - name: backup
              image: registry.example.com/db-backup:0.9.4
              command: ["/backup", "--target=s3://backups/nightly"]
              securityContext:
                allowPrivilegeEscalation: false
                capabilities:
                  drop: [ALL]
`,
      explanation:
        'Pod Security Admission checks pod templates in workload objects (and warns on them), but it enforces on the Pods themselves. A CronJob that fails Restricted is accepted with a warning, then every Job it creates fails to make its Pod, at 02:30, silently unless someone watches the Job events. Fixing the template is the only fix that lasts.',
    },
    checks: [
      {type: 'pss-level', level: 'restricted'},
      {
        type: 'unchanged',
        paths: [
          'spec.schedule',
          'spec.jobTemplate.spec.template.spec.containers[*].image',
          'spec.jobTemplate.spec.template.spec.containers[*].command',
        ],
      },
    ],
    docs: [PSS, PSA],
  },
  {
    id: 'pss-baseline-host-network-ports',
    tool: 'pss',
    title: 'A debug leftover: hostNetwork and hostPort',
    task: 'Someone made an internal API reachable "quickly" by putting it on the node\'s network with a hostPort. A Service now fronts it. Make the Deployment pass Baseline, keeping the image and the container port 8080.',
    starter: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: pricing
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: pricing}
  template:
    metadata:
      labels: {app: pricing}
    spec:
      hostNetwork: true
      containers:
        - name: pricing
          image: registry.example.com/pricing:4.0.3
          ports:
            - containerPort: 8080
              hostPort: 8080
`,
    hints: [
      'Two Baseline controls fail: one for the Pod, one for the container port.',
      'Remove hostNetwork and the hostPort field; keep containerPort: 8080 so the Service still finds the port.',
    ],
    solution: {
      manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: pricing
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: pricing}
  template:
    metadata:
      labels: {app: pricing}
    spec:
      containers:
        - name: pricing
          image: registry.example.com/pricing:4.0.3
          ports:
            - containerPort: 8080
`,
      explanation:
        "With hostNetwork the pod shares the node's network namespace: it can bind any node port, reach services listening on localhost (the kubelet's read-only or healthz ports, a local metadata proxy) and sniff node traffic with the right capabilities, and NetworkPolicy leaves host-network pods undefined, so most implementations do not isolate it. A hostPort opens the node's port and bypasses the Service. Baseline forbids both; the Service is the supported way in.",
    },
    checks: [
      {type: 'pss-level', level: 'baseline'},
      {
        type: 'unchanged',
        paths: ['spec.template.spec.containers[*].image', 'spec.template.spec.containers[*].ports[*].containerPort'],
      },
    ],
    docs: [PSS, '/docs/attack-vectors/host-namespaces'],
  },
  {
    id: 'pss-restricted-init-container',
    tool: 'pss',
    title: 'Init containers count too',
    task: "This Deployment's app container is already hardened, yet it fails Restricted. Find out why and fix it, keeping both containers' images and commands.",
    starter: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: orders}
  template:
    metadata:
      labels: {app: orders}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      initContainers:
        - name: migrate
          image: registry.example.com/orders-migrate:7.3.0
          command: ["/migrate", "up"]
      containers:
        - name: orders
          image: registry.example.com/orders:7.3.0
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
`,
    hints: [
      "Read the failing controls' details: which container do they name?",
      'Pod Security checks containers, initContainers and ephemeralContainers alike. The migrate init container has no securityContext.',
    ],
    solution: {
      manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: orders
  namespace: shop
spec:
  replicas: 2
  selector:
    matchLabels: {app: orders}
  template:
    metadata:
      labels: {app: orders}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        seccompProfile:
          type: RuntimeDefault
      initContainers:
        - name: migrate
          image: registry.example.com/orders-migrate:7.3.0
          command: ["/migrate", "up"]
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
      containers:
        - name: orders
          image: registry.example.com/orders:7.3.0
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
`,
      explanation:
        "The Pod-level settings (runAsNonRoot, runAsUser, seccompProfile) already cover the init container, but allowPrivilegeEscalation and capabilities exist only per container, and Pod Security checks init containers like any other: an init container runs with the pod's service account and volumes, so it is as good a foothold as the main one.",
    },
    checks: [
      {type: 'pss-level', level: 'restricted'},
      {
        type: 'unchanged',
        paths: [
          ...SAME_CONTAINERS,
          'spec.template.spec.initContainers[*].image',
          'spec.template.spec.initContainers[*].command',
        ],
      },
    ],
    docs: [PSS, SECCTX],
  },
  {
    id: 'pss-baseline-unconfined-profiles',
    tool: 'pss',
    title: 'Unconfined seccomp and AppArmor',
    task: 'A team disabled seccomp and AppArmor while chasing a bug and never turned them back on. Make the Pod pass Restricted, keeping its image and command.',
    starter: `apiVersion: v1
kind: Pod
metadata:
  name: report-builder
  namespace: finance
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
    seccompProfile:
      type: Unconfined
    appArmorProfile:
      type: Unconfined
  containers:
    - name: builder
      image: registry.example.com/report-builder:2.2.0
      command: ["/builder", "--month=current"]
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
    hints: [
      'Both profiles fail: AppArmor Unconfined already fails Baseline, seccomp Unconfined fails Baseline and Restricted.',
      'RuntimeDefault is allowed for both. Restricted needs a seccomp profile to be set (RuntimeDefault or Localhost); for AppArmor, leaving it unset is also allowed.',
    ],
    solution: {
      manifest: `apiVersion: v1
kind: Pod
metadata:
  name: report-builder
  namespace: finance
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
    seccompProfile:
      type: RuntimeDefault
    appArmorProfile:
      type: RuntimeDefault
  containers:
    - name: builder
      image: registry.example.com/report-builder:2.2.0
      command: ["/builder", "--month=current"]
      securityContext:
        allowPrivilegeEscalation: false
        capabilities:
          drop: [ALL]
`,
      explanation:
        'Seccomp RuntimeDefault blocks system calls that containers rarely need (keyctl and add_key among them), which closes many kernel exploit paths; AppArmor RuntimeDefault confines file and mount access on nodes that have AppArmor. Unconfined switches both off. The appArmorProfile field (GA since v1.31) replaced the old container.apparmor.security.beta.kubernetes.io annotations. If a program really needs a system call the default profile blocks, write a Localhost profile that allows just that call.',
    },
    checks: [
      {type: 'pss-level', level: 'restricted'},
      {type: 'unchanged', paths: ['spec.containers[*].image', 'spec.containers[*].command']},
    ],
    docs: [PSS, SECCTX],
  },
  {
    id: 'pss-baseline-selinux-spc',
    tool: 'pss',
    title: 'An SELinux type that switches confinement off',
    task: 'A log processor was given the SELinux type spc_t ("super privileged container") so it could read a volume. The volume is an emptyDir and needs no special label. Make the Deployment pass Baseline, keeping the image and mounts.',
    starter: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: log-processor
  namespace: observability
spec:
  replicas: 1
  selector:
    matchLabels: {app: log-processor}
  template:
    metadata:
      labels: {app: log-processor}
    spec:
      securityContext:
        seLinuxOptions:
          type: spc_t
      containers:
        - name: processor
          image: registry.example.com/log-processor:1.4.2
          volumeMounts:
            - name: buffer
              mountPath: /buffer
      volumes:
        - name: buffer
          emptyDir: {}
`,
    hints: [
      'The seLinuxOptions control allows only a few types, and never a user or role.',
      'Remove the seLinuxOptions block, or set type to container_t: the runtime then labels the emptyDir for the container itself.',
    ],
    solution: {
      manifest: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: log-processor
  namespace: observability
spec:
  replicas: 1
  selector:
    matchLabels: {app: log-processor}
  template:
    metadata:
      labels: {app: log-processor}
    spec:
      containers:
        - name: processor
          image: registry.example.com/log-processor:1.4.2
          volumeMounts:
            - name: buffer
              mountPath: /buffer
      volumes:
        - name: buffer
          emptyDir: {}
`,
      explanation:
        "spc_t is an unconfined SELinux domain: on SELinux nodes it lifts the policy that keeps a container away from host files and other containers. Baseline allows only the container types (container_t, container_init_t, container_kvm_t, and container_engine_t from policy v1.31) and no custom user or role. Volumes that Kubernetes creates for the pod, such as emptyDir, are relabelled for the pod's context, so no special type is needed.",
    },
    checks: [
      {type: 'pss-level', level: 'baseline'},
      {
        type: 'unchanged',
        paths: [...SAME_CONTAINERS, 'spec.template.spec.containers[*].volumeMounts', 'spec.template.spec.volumes'],
      },
    ],
    docs: [PSS, SECCTX],
  },
  {
    id: 'pss-restricted-statefulset-postgres',
    tool: 'pss',
    title: 'A database StatefulSet under Restricted',
    task: "Make the PostgreSQL StatefulSet pass Restricted. The image's postgres user is UID 999 (group 999) and the data directory must be writable by it. Keep the image, the port, the environment and the volume claim template.",
    starter: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      containers:
        - name: postgres
          image: postgres:17
          ports:
            - containerPort: 5432
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-credentials
                  key: password
            - name: PGDATA
              value: /var/lib/postgresql/data/pgdata
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 20Gi
`,
    hints: [
      'The official image starts as root and switches to postgres itself; under Restricted it must start as postgres.',
      'runAsUser: 999 with runAsNonRoot: true, and fsGroup: 999 so the volume is group-writable for that user.',
      'Then the usual per-container settings and a seccomp profile.',
    ],
    solution: {
      manifest: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
  namespace: shop
spec:
  serviceName: db
  replicas: 1
  selector:
    matchLabels: {app: db}
  template:
    metadata:
      labels: {app: db}
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 999
        runAsGroup: 999
        fsGroup: 999
        seccompProfile:
          type: RuntimeDefault
      containers:
        - name: postgres
          image: postgres:17
          ports:
            - containerPort: 5432
          env:
            - name: POSTGRES_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: db-credentials
                  key: password
            - name: PGDATA
              value: /var/lib/postgresql/data/pgdata
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
          securityContext:
            allowPrivilegeEscalation: false
            capabilities:
              drop: [ALL]
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 20Gi
`,
      explanation:
        "The image's entrypoint only changes ownership and drops to postgres when it starts as root; started as UID 999 it skips that step, so the data directory must already be writable: fsGroup makes the kubelet give the volume to group 999 (for volume types that support ownership management). PGDATA points to a subdirectory because the mount point of many volume types holds a lost+found directory that initdb refuses. Dropping ALL capabilities is fine: postgres needs none when it does not switch users.",
    },
    checks: [
      {type: 'pss-level', level: 'restricted'},
      {
        type: 'unchanged',
        paths: [
          ...SAME_CONTAINERS,
          'spec.template.spec.containers[*].env',
          'spec.template.spec.containers[*].volumeMounts',
          'spec.volumeClaimTemplates',
        ],
      },
      {type: 'field-equals', path: 'spec.template.spec.securityContext.fsGroup', value: 999},
    ],
    docs: [PSS, SECCTX],
  },
  {
    id: 'pss-baseline-host-ipc-shm',
    tool: 'pss',
    title: 'Shared memory without the host IPC namespace',
    task: 'Two containers of a rendering Pod exchange frames through /dev/shm, and someone set hostIPC: true to make it "work". Make the Pod pass Baseline while both containers still share a memory-backed /dev/shm, from one volume named shm.',
    starter: `apiVersion: v1
kind: Pod
metadata:
  name: renderer
  namespace: media
spec:
  hostIPC: true
  containers:
    - name: render
      image: registry.example.com/render:6.0.1
    - name: encode
      image: registry.example.com/encode:6.0.1
`,
    hints: [
      'Containers of one Pod already share an IPC namespace: hostIPC is not what makes them share memory.',
      'To give both a bigger, shared /dev/shm, mount one emptyDir with medium: Memory at /dev/shm in both containers.',
    ],
    solution: {
      manifest: `apiVersion: v1
kind: Pod
metadata:
  name: renderer
  namespace: media
spec:
  containers:
    - name: render
      image: registry.example.com/render:6.0.1
      volumeMounts:
        - name: shm
          mountPath: /dev/shm
    - name: encode
      image: registry.example.com/encode:6.0.1
      volumeMounts:
        - name: shm
          mountPath: /dev/shm
  volumes:
    - name: shm
      emptyDir:
        medium: Memory
        sizeLimit: 512Mi
`,
      explanation:
        "All containers of a Pod share one IPC namespace, so System V IPC and POSIX shared memory already work between them. hostIPC instead joins the node's IPC namespace, where the pod can read and write the shared memory of every host process that uses it. A memory-backed emptyDir at /dev/shm gives both containers a larger shared tmpfs; its size counts against the pod's memory, so set sizeLimit.",
    },
    checks: [
      {type: 'pss-level', level: 'baseline'},
      {type: 'unchanged', paths: ['spec.containers[*].name', 'spec.containers[*].image']},
      // Both containers (the unchanged check keeps exactly these two) mount only shm, at /dev/shm ...
      {type: 'field-equals', path: 'spec.containers[0].volumeMounts[*].mountPath', value: '/dev/shm'},
      {type: 'field-equals', path: 'spec.containers[1].volumeMounts[*].mountPath', value: '/dev/shm'},
      {type: 'field-equals', path: 'spec.containers[*].volumeMounts[*].name', value: 'shm'},
      // ... and shm, the Pod's only volume, is a memory-backed emptyDir.
      {type: 'field-equals', path: 'spec.volumes[*].name', value: 'shm'},
      {type: 'field-equals', path: 'spec.volumes[0].emptyDir.medium', value: 'Memory'},
    ],
    docs: [PSS, '/docs/attack-vectors/host-namespaces'],
  },
];
