import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "cluster-setup" hardening pages. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'cluster-setup/ingress-web-tls.yaml': {
    description:
      'Ingress for shop.example.com with a tls section, ingressClassName nginx and the ingress-nginx HTTPS redirect annotation.',
    kinds: ['Ingress'],
  },
  'cluster-setup/kubelet-config-cis-hardened.yaml': {
    description:
      'KubeletConfiguration fields checked by CIS section 4.2: no anonymous auth, Webhook authz, read-only port off, PID limit, seccomp default.',
    kinds: ['KubeletConfiguration'],
  },
  'cluster-setup/netpol-allow-dns.yaml': {
    description:
      'Egress from every pod in shop to the CoreDNS pods (k8s-app=kube-dns in kube-system) on UDP and TCP 53.',
    kinds: ['NetworkPolicy'],
  },
  'cluster-setup/netpol-api-egress-https-except-metadata.yaml': {
    description: 'Egress from the api pods to TCP 443 anywhere except 169.254.169.254 and the private ranges.',
    kinds: ['NetworkPolicy'],
  },
  'cluster-setup/netpol-default-deny-all.yaml': {
    description: 'Default deny for ingress and egress for every pod in the shop namespace.',
    kinds: ['NetworkPolicy'],
  },
  'cluster-setup/netpol-egress-all-but-metadata.yaml': {
    description:
      'Namespace-wide egress open to all pods and all addresses except 169.254.169.254 and the AWS IPv6 metadata address.',
    kinds: ['NetworkPolicy'],
  },
  'cluster-setup/netpol-web-from-ingress-controller.yaml': {
    description: 'Ingress to the web pods only from the ingress-nginx controller pods, on TCP 8080.',
    kinds: ['NetworkPolicy'],
  },
  'cluster-setup/netpol-web-to-api.yaml': {
    description: 'The two halves of one dependency: web egress to api and api ingress from web, on TCP 8080.',
    kinds: ['NetworkPolicy', 'NetworkPolicy'],
  },
  'cluster-setup/privileged-kube-bench-jobs.yaml': {
    description:
      'kube-bench v0.15.6 as Jobs in a privileged namespace: one on the control plane node, one on a named worker.',
    kinds: ['Namespace', 'Job', 'Job'],
    pss: 'privileged',
  },
  'cluster-setup/restricted-passes-netpol-probe.yaml': {
    description: 'A restricted-compliant busybox pod with no app label, for testing policies with wget and nc.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'cluster-setup/restricted-passes-shop-demo-workloads.yaml': {
    description:
      'The shop practice namespace (enforcing restricted) with web and api busybox httpd Deployments and Services.',
    kinds: ['Namespace', 'Deployment', 'Deployment', 'Service', 'Service'],
    pss: 'restricted',
  },
};
