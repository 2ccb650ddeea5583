/**
 * Graded NetworkPolicy exercises, as data. Each check is a `netpol can`
 * question with the verdict a correct answer must produce; the grader is
 * src/lib/exercises/netpolGrader.ts. Practise them in the NetworkPolicy
 * analyzer (/tools/netpol-analyzer): paste the context and your answer, then
 * compare the matrix with the task.
 */
import type {ExerciseInput} from './schema';

const TOOL_DOCS = ['/docs/fundamentals/primitives/network-policies', '/tools/netpol-analyzer'];

const COREDNS = `apiVersion: v1
kind: Namespace
metadata: {name: kube-system}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  selector: {matchLabels: {k8s-app: kube-dns}}
  template:
    metadata: {labels: {k8s-app: kube-dns}}
    spec:
      containers:
        - name: coredns
          image: registry.k8s.io/coredns/coredns:v1.12.1
          ports:
            - {name: dns, containerPort: 53, protocol: UDP}
            - {name: dns-tcp, containerPort: 53, protocol: TCP}
`;

const deployment = (ns: string, name: string, labels: string, ports = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {matchLabels: {${labels}}}
  template:
    metadata: {labels: {${labels}}}
    spec:
      containers:
        - name: main
          image: registry.example.com/${name}:1.0
${ports ? `          ports: [${ports}]\n` : ''}`;

const SHOP = [
  'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n',
  deployment('shop', 'frontend', 'app: frontend', '{name: http, containerPort: 8080}'),
  deployment('shop', 'api', 'app: api', '{name: https, containerPort: 8443}, {name: metrics, containerPort: 9090}'),
  deployment('shop', 'worker', 'app: worker'),
].join('---\n');

export const NETPOL_EXERCISES: readonly ExerciseInput[] = [
  {
    id: 'frontend-to-api-8443-only',
    tool: 'netpol',
    title: 'Let the frontend reach the API on 8443 and nothing else',
    task: 'In namespace shop, the api pods must accept connections only from the frontend pods, and only on TCP port 8443. Leave the other pods alone.',
    context: SHOP,
    starter: `# Write NetworkPolicies here. Today every pod in shop can reach the API on every port.
`,
    hints: [
      'A pod is isolated for ingress as soon as one policy selects it; select only the api pods.',
      'One ingress rule with a podSelector peer for app=frontend, and one port: TCP 8443 (or the named port https).',
    ],
    solution: {
      manifest: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: api-from-frontend, namespace: shop}
spec:
  podSelector:
    matchLabels: {app: api}
  policyTypes: [Ingress]
  ingress:
    - from:
        - podSelector:
            matchLabels: {app: frontend}
      ports:
        - {protocol: TCP, port: 8443}
`,
      explanation:
        'Selecting app=api isolates the API for ingress, so only what a rule allows gets in. The single rule pairs the frontend peer with port 8443, so the metrics port 9090 and every other client are denied. The other pods are not selected, so they stay open.',
    },
    checks: [
      {from: 'shop/frontend', to: 'shop/api', port: 8443, expect: 'allowed'},
      {from: 'shop/frontend', to: 'shop/api', port: 9090, expect: 'denied'},
      {from: 'shop/frontend', to: 'shop/api', port: 8443, protocol: 'UDP', expect: 'denied'},
      {from: 'shop/worker', to: 'shop/api', port: 8443, expect: 'denied'},
      {from: 'shop/api', to: 'shop/frontend', port: 8080, expect: 'allowed'},
    ],
    docs: TOOL_DOCS,
  },
  {
    id: 'default-deny-keep-dns',
    tool: 'netpol',
    title: 'Deny everything in a namespace without breaking DNS',
    task: 'Make namespace shop deny all ingress and egress by default, but let every pod in it resolve names through kube-dns in kube-system (UDP and TCP 53).',
    context: `${SHOP}---\n${COREDNS}`,
    starter: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
`,
    hints: [
      'The default-deny policy already isolates egress; policies add up, so add a second policy that allows DNS.',
      'Select kube-dns with namespaceSelector AND podSelector in the same peer, and list UDP 53 and TCP 53.',
    ],
    solution: {
      manifest: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Ingress, Egress]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-dns, namespace: shop}
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to:
        - namespaceSelector:
            matchLabels: {kubernetes.io/metadata.name: kube-system}
          podSelector:
            matchLabels: {k8s-app: kube-dns}
      ports:
        - {protocol: UDP, port: 53}
        - {protocol: TCP, port: 53}
`,
      explanation:
        'Egress isolation applies to every destination, DNS included, so default deny alone breaks name resolution. The allow-dns policy adds one egress rule to the kube-dns pods only (both selectors in one peer), on port 53 over UDP and TCP (TCP for large answers).',
    },
    checks: [
      {from: 'shop/frontend', to: 'kube-system/coredns', port: 53, protocol: 'UDP', expect: 'allowed'},
      {from: 'shop/api', to: 'kube-system/coredns', port: 53, protocol: 'TCP', expect: 'allowed'},
      {from: 'shop/frontend', to: 'shop/api', port: 8443, expect: 'denied'},
      {from: 'shop/frontend', to: '203.0.113.10', port: 443, expect: 'denied'},
      {from: 'kube-system/coredns', to: 'shop/api', expect: 'denied'},
    ],
    docs: TOOL_DOCS,
  },
  {
    id: 'fix-and-versus-or',
    tool: 'netpol',
    title: 'Fix the AND-versus-OR selector trap',
    task: 'The database in namespace finance must accept PostgreSQL connections only from pods labelled app=monitoring in namespaces labelled purpose=platform. The starter policy lets in far more. Fix it.',
    context: `apiVersion: v1
kind: Namespace
metadata: {name: finance}
---
apiVersion: v1
kind: Namespace
metadata: {name: platform, labels: {purpose: platform}}
---
${deployment('finance', 'db', 'app: db', '{name: postgres, containerPort: 5432}')}---
${deployment('finance', 'exporter', 'app: monitoring')}---
${deployment('platform', 'prometheus', 'app: monitoring')}---
${deployment('platform', 'ci-runner', 'app: ci')}`,
    starter: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-monitoring, namespace: finance}
spec:
  podSelector:
    matchLabels: {app: db}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {purpose: platform}
        - podSelector:
            matchLabels: {app: monitoring}
      ports: [{port: postgres}]
`,
    hints: [
      'Two list items under from: are two peers, and a connection needs to match only one of them.',
      'Remove the dash before podSelector so both selectors sit in the same peer.',
    ],
    solution: {
      manifest: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: db-from-monitoring, namespace: finance}
spec:
  podSelector:
    matchLabels: {app: db}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {purpose: platform}
          podSelector:
            matchLabels: {app: monitoring}
      ports: [{port: postgres}]
`,
      explanation:
        'With namespaceSelector and podSelector in one peer, a client must match both: a monitoring pod in a platform namespace. As two peers, any pod of the platform namespace (the CI runner) and any app=monitoring pod of finance (the exporter) also matched.',
    },
    checks: [
      {from: 'platform/prometheus', to: 'finance/db', port: 5432, expect: 'allowed'},
      {from: 'platform/ci-runner', to: 'finance/db', port: 5432, expect: 'denied'},
      {from: 'finance/exporter', to: 'finance/db', port: 5432, expect: 'denied'},
    ],
    docs: TOOL_DOCS,
  },
  {
    id: 'internet-egress-without-metadata',
    tool: 'netpol',
    title: 'Allow HTTPS to the internet, but not the cloud metadata service',
    task: 'The crawler in namespace crawl may open HTTPS (TCP 443) connections to any address outside the cluster except the metadata service 169.254.169.254, and must keep DNS. Nothing else may leave it.',
    context: `apiVersion: v1
kind: Namespace
metadata: {name: crawl}
---
${deployment('crawl', 'crawler', 'app: crawler')}---
${COREDNS}`,
    starter: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: crawler-egress, namespace: crawl}
spec:
  podSelector:
    matchLabels: {app: crawler}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock: {cidr: 0.0.0.0/0}
`,
    hints: [
      'ipBlock takes an except list; each entry must lie inside cidr.',
      'Add ports: [TCP 443] to the internet rule, and a second rule for kube-dns on UDP and TCP 53.',
    ],
    solution: {
      manifest: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: crawler-egress, namespace: crawl}
spec:
  podSelector:
    matchLabels: {app: crawler}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock:
            cidr: 0.0.0.0/0
            except: [169.254.169.254/32]
      ports: [{protocol: TCP, port: 443}]
    - to:
        - namespaceSelector:
            matchLabels: {kubernetes.io/metadata.name: kube-system}
          podSelector:
            matchLabels: {k8s-app: kube-dns}
      ports:
        - {protocol: UDP, port: 53}
        - {protocol: TCP, port: 53}
`,
      explanation:
        'The except entry carves the metadata address out of 0.0.0.0/0, and the port list limits the rule to HTTPS. The starter allowed every port, including HTTP to 169.254.169.254, where a pod can often read the node’s cloud credentials.',
    },
    checks: [
      {from: 'crawl/crawler', to: '203.0.113.10', port: 443, expect: 'allowed'},
      {from: 'crawl/crawler', to: '203.0.113.10', port: 80, expect: 'denied'},
      {from: 'crawl/crawler', to: '169.254.169.254', port: 80, expect: 'denied'},
      {from: 'crawl/crawler', to: '169.254.169.254', port: 443, expect: 'denied'},
      {from: 'crawl/crawler', to: 'kube-system/coredns', port: 53, protocol: 'UDP', expect: 'allowed'},
    ],
    docs: TOOL_DOCS,
  },
  {
    id: 'scrape-metrics-by-name',
    tool: 'netpol',
    title: 'Let Prometheus scrape every pod’s metrics port, whatever its number',
    task: 'Every pod in namespace shop names its metrics port "metrics", on different numbers. Isolate shop for ingress and let only the prometheus pods of namespace monitoring reach those ports.',
    context: `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Namespace
metadata: {name: monitoring}
---
${deployment('shop', 'web', 'app: web', '{name: http, containerPort: 8080}, {name: metrics, containerPort: 9100}')}---
${deployment('shop', 'api', 'app: api', '{name: https, containerPort: 8443}, {name: metrics, containerPort: 9090}')}---
${deployment('monitoring', 'prometheus', 'app: prometheus')}---
${deployment('monitoring', 'grafana', 'app: grafana')}`,
    starter: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-scrape, namespace: shop}
spec:
  podSelector: {}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {kubernetes.io/metadata.name: monitoring}
      ports: [{port: 9090}]
`,
    hints: [
      'A named port is resolved on each destination pod, so one entry can mean 9100 for web and 9090 for api.',
      'Narrow the peer to app=prometheus inside the monitoring namespace (both selectors in one peer).',
    ],
    solution: {
      manifest: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-scrape, namespace: shop}
spec:
  podSelector: {}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {kubernetes.io/metadata.name: monitoring}
          podSelector:
            matchLabels: {app: prometheus}
      ports: [{port: metrics}]
`,
      explanation:
        'port: metrics matches each pod’s own container port of that name and protocol (TCP), so web is scraped on 9100 and api on 9090 with one rule. The starter used the number 9090, which missed web, and admitted every pod of monitoring.',
    },
    checks: [
      {from: 'monitoring/prometheus', to: 'shop/web', port: 9100, expect: 'allowed'},
      {from: 'monitoring/prometheus', to: 'shop/api', port: 9090, expect: 'allowed'},
      {from: 'monitoring/prometheus', to: 'shop/api', port: 8443, expect: 'denied'},
      {from: 'monitoring/grafana', to: 'shop/api', port: 9090, expect: 'denied'},
      {from: 'shop/web', to: 'shop/api', port: 8443, expect: 'denied'},
    ],
    docs: TOOL_DOCS,
  },
  {
    id: 'batch-egress-port-range',
    tool: 'netpol',
    title: 'Limit a batch job’s egress to a database port range',
    task: 'The report CronJob in namespace batch may connect only to the database subnet 10.20.0.0/24 on TCP ports 5432 to 5440, plus DNS. Everything else it sends must be denied.',
    context: `apiVersion: v1
kind: Namespace
metadata: {name: batch}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: report, namespace: batch}
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {app: report}}
        spec:
          restartPolicy: OnFailure
          containers: [{name: report, image: registry.example.com/report:1.0}]
---
${COREDNS}`,
    starter: `# Write an egress NetworkPolicy for the report pods.
`,
    hints: [
      'Select the pods by the CronJob template’s label app=report and list Egress in policyTypes.',
      'A port range is port plus endPort, both numbers; add a second rule for kube-dns on port 53.',
    ],
    solution: {
      manifest: `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: report-egress, namespace: batch}
spec:
  podSelector:
    matchLabels: {app: report}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock: {cidr: 10.20.0.0/24}
      ports:
        - {protocol: TCP, port: 5432, endPort: 5440}
    - to:
        - namespaceSelector:
            matchLabels: {kubernetes.io/metadata.name: kube-system}
          podSelector:
            matchLabels: {k8s-app: kube-dns}
      ports:
        - {protocol: UDP, port: 53}
        - {protocol: TCP, port: 53}
`,
      explanation:
        'endPort makes one entry cover 5432–5440 inclusive (it needs a numeric port, not a name). Listing Egress isolates the job’s egress, so the subnet rule and the DNS rule are all it can use.',
    },
    checks: [
      {from: 'batch/report', to: '10.20.0.7', port: 5432, expect: 'allowed'},
      {from: 'batch/report', to: '10.20.0.7', port: 5440, expect: 'allowed'},
      {from: 'batch/report', to: '10.20.0.7', port: 5441, expect: 'denied'},
      {from: 'batch/report', to: '10.21.0.7', port: 5432, expect: 'denied'},
      {from: 'batch/report', to: 'kube-system/coredns', port: 53, protocol: 'UDP', expect: 'allowed'},
    ],
    docs: TOOL_DOCS,
  },
];
