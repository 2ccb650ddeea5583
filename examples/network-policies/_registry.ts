import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "network-policies" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'network-policies/allow-dns-egress.yaml': {
    description: 'Egress to CoreDNS in kube-system on UDP and TCP 53 for every pod in the namespace.',
    kinds: ['NetworkPolicy'],
  },
  'network-policies/allow-from-ingress-controller.yaml': {
    description: 'Ingress to the web pods only from the ingress-nginx controller pods, on TCP 8080.',
    kinds: ['NetworkPolicy'],
  },
  'network-policies/allow-same-namespace.yaml': {
    description: 'Namespace isolation: ingress allowed only from pods in the same namespace.',
    kinds: ['NetworkPolicy'],
  },
  'network-policies/default-deny-all.yaml': {
    description: 'Default deny for both ingress and egress: selects every pod and allows nothing.',
    kinds: ['NetworkPolicy'],
  },
  'network-policies/egress-internet-except-metadata.yaml': {
    description: 'Egress to internet HTTPS with ipBlock.except for the metadata address and private ranges.',
    kinds: ['NetworkPolicy'],
  },
  'network-policies/egress-port-range.yaml': {
    description: 'Egress to a CIDR on a TCP port range using endPort.',
    kinds: ['NetworkPolicy'],
  },
  'network-policies/restricted-passes-netpol-test-client.yaml': {
    description: 'A restricted-compliant busybox pod for testing connectivity with nc and wget.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'network-policies/selector-and-vs-or.yaml': {
    description: 'The AND/OR pitfall: one peer with two selectors versus two separate peers.',
    kinds: ['NetworkPolicy', 'NetworkPolicy'],
  },
};
