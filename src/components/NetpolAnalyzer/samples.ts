import type {ManifestSample} from '@site/src/components/ManifestInput';
import type {QueryForm} from '@site/src/lib/netpol/view';
// Loaded as source text by src/plugins/examples-source (asset/source); the
// unit tests in src/lib/netpol read the same files.
import andVsOr from '@site/src/lib/netpol/samples/and-vs-or.yaml';
import defaultDenyDns from '@site/src/lib/netpol/samples/default-deny-dns.yaml';
import egressInternet from '@site/src/lib/netpol/samples/egress-internet.yaml';
import threeTier from '@site/src/lib/netpol/samples/three-tier.yaml';

/** A sample, with the outside addresses its matrix shows and the question the form starts with. */
export interface NetpolSample extends ManifestSample {
  readonly external: string;
  readonly query: QueryForm;
}

export const DEFAULT_DENY_DNS: NetpolSample = {
  id: 'default-deny-dns',
  label: 'Default deny, with DNS allowed',
  text: defaultDenyDns,
  fileName: 'default-deny-dns.yaml',
  external: '203.0.113.10',
  query: {from: 'shop/web', to: 'kube-system/coredns', port: '53', protocol: 'UDP'},
};

export const SAMPLES: readonly NetpolSample[] = [
  DEFAULT_DENY_DNS,
  {
    id: 'and-vs-or',
    label: 'The AND-versus-OR selector trap',
    text: andVsOr,
    fileName: 'and-vs-or.yaml',
    external: '',
    query: {from: 'platform/ci-runner', to: 'finance/ledger-db', port: 'postgres', protocol: 'TCP'},
  },
  {
    id: 'three-tier',
    label: 'A three-tier application',
    text: threeTier,
    fileName: 'three-tier.yaml',
    external: '',
    query: {from: 'store/frontend', to: 'store/database', port: '5432', protocol: 'TCP'},
  },
  {
    id: 'egress-internet',
    label: 'Egress to the internet, except cloud metadata',
    text: egressInternet,
    fileName: 'egress-internet.yaml',
    external: '203.0.113.10, 169.254.169.254, 10.0.0.5, 2001:db8::10, fd00:ec2::254',
    query: {from: 'crawl/crawler', to: '169.254.169.254', port: '80', protocol: 'TCP'},
  },
];
