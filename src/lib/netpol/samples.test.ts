import {describe, expect, it} from 'vitest';
import {Analyzer} from './evaluate';
import {loadNetpol} from './load';
import {allowed} from './test-helpers';
import andVsOr from './samples/and-vs-or.yaml?raw';
import defaultDenyDns from './samples/default-deny-dns.yaml?raw';
import egressInternet from './samples/egress-internet.yaml?raw';
import threeTier from './samples/three-tier.yaml?raw';

function sample(text: string, file: string): Analyzer {
  const r = loadNetpol([{file, text}]);
  expect(r.errors).toEqual([]);
  expect(r.warnings).toEqual([]);
  return new Analyzer(r.model);
}

describe('samples', () => {
  it('default-deny-dns: DNS and web → api 8443 only', () => {
    const a = sample(defaultDenyDns, 'default-deny-dns.yaml');
    expect(allowed(a, 'shop/web', 'kube-system/coredns', 53, 'UDP')).toBe(true);
    expect(allowed(a, 'shop/api', 'kube-system/coredns', 53, 'TCP')).toBe(true);
    expect(allowed(a, 'shop/web', 'shop/api', 8443)).toBe(true);
    expect(allowed(a, 'shop/web', 'shop/api', 8080)).toBe(false);
    expect(allowed(a, 'shop/api', 'shop/web', 8080)).toBe(false);
    expect(allowed(a, 'shop/web', '203.0.113.10', 443)).toBe(false);
  });

  it('and-vs-or: the one-peer policy admits only platform monitoring; the two-peer one admits more', () => {
    const a = sample(andVsOr, 'and-vs-or.yaml');
    expect(allowed(a, 'platform/prometheus', 'finance/reports-db', 5432)).toBe(true);
    expect(allowed(a, 'platform/ci-runner', 'finance/reports-db', 5432)).toBe(false);
    expect(allowed(a, 'finance/exporter', 'finance/reports-db', 5432)).toBe(false);
    expect(allowed(a, 'platform/prometheus', 'finance/ledger-db', 5432)).toBe(true);
    expect(allowed(a, 'platform/ci-runner', 'finance/ledger-db', 5432)).toBe(true);
    expect(allowed(a, 'finance/exporter', 'finance/ledger-db', 5432)).toBe(true);
  });

  it('three-tier: ingress → frontend → backend → database, nothing skips a tier', () => {
    const a = sample(threeTier, 'three-tier.yaml');
    expect(allowed(a, 'ingress-nginx/ingress-nginx-controller', 'store/frontend', 8080)).toBe(true);
    expect(allowed(a, 'store/frontend', 'store/backend', 9000)).toBe(true);
    expect(allowed(a, 'store/backend', 'store/database', 5432)).toBe(true);
    expect(allowed(a, 'store/frontend', 'store/database', 5432)).toBe(false);
    expect(allowed(a, 'ingress-nginx/ingress-nginx-controller', 'store/backend', 9000)).toBe(false);
    expect(allowed(a, 'store/database', 'store/frontend', 8080)).toBe(false);
  });

  it('egress-internet: HTTPS anywhere outside except metadata and private ranges; DNS kept', () => {
    const a = sample(egressInternet, 'egress-internet.yaml');
    expect(allowed(a, 'crawl/crawler', '203.0.113.10', 443)).toBe(true);
    expect(allowed(a, 'crawl/crawler', '2001:db8::10', 443)).toBe(true);
    expect(allowed(a, 'crawl/crawler', '203.0.113.10', 80)).toBe(false);
    expect(allowed(a, 'crawl/crawler', '169.254.169.254', 80)).toBe(false);
    expect(allowed(a, 'crawl/crawler', '169.254.169.254', 443)).toBe(false);
    expect(allowed(a, 'crawl/crawler', 'fd00:ec2::254', 443)).toBe(false);
    expect(allowed(a, 'crawl/crawler', '10.0.0.1', 443)).toBe(false);
    expect(allowed(a, 'crawl/crawler', 'kube-system/coredns', 53, 'UDP')).toBe(true);
  });
});
