import {describe, expect, it} from 'vitest';
import {decodeState, encodeState} from '../share/fragment';
import {
  analyzeNetpol,
  explainCell,
  fromShareState,
  NETPOL_SHARE_KEYS,
  runQuery,
  toShareState,
  type NetpolPageState,
} from './view';
import andVsOr from './samples/and-vs-or.yaml?raw';
import egressInternet from './samples/egress-internet.yaml?raw';

describe('netpol view', () => {
  it('builds the matrix with row and column endpoints, allowed and denied cells', () => {
    const a = analyzeNetpol(andVsOr, 'and-vs-or.yaml');
    expect(a.ok).toBe(true);
    expect(a.summary).toBe('Read 5 Pods and workloads, 2 NetworkPolicies and 2 Namespaces from and-vs-or.yaml.');
    expect(a.columns.map((c) => c.id)).toEqual([
      'finance/reports-db',
      'finance/ledger-db',
      'finance/exporter',
      'platform/prometheus',
      'platform/ci-runner',
    ]);
    const row = a.rows.find((r) => r.from.id === 'platform/ci-runner');
    expect(row?.cells.map((c) => c?.text)).toEqual(['—', 'TCP 5432', 'all', 'all', 'all']);
    expect(row?.cells[0]).toMatchObject({allowed: false, label: 'platform/ci-runner to finance/reports-db: denied'});
  });

  it('adds outside addresses as rows and columns, with no cell between two of them', () => {
    const a = analyzeNetpol(egressInternet, 'e.yaml', '203.0.113.10, 169.254.169.254 nonsense');
    expect(a.externalErrors).toEqual(['"nonsense" is not an IP address']);
    expect(a.columns.map((c) => c.id)).toEqual([
      'kube-system/coredns',
      'crawl/crawler',
      '203.0.113.10',
      '169.254.169.254',
    ]);
    const crawler = a.rows[1];
    // The crawler's egress is isolated: DNS, HTTPS outside, not even its own replicas.
    expect(crawler?.cells.map((c) => c?.text)).toEqual(['TCP 53; UDP 53', '—', 'TCP 443', '—']);
    expect(a.rows[2]?.cells[3]).toBeUndefined();
  });

  it('explains a cell and answers the query form', () => {
    const a = analyzeNetpol(andVsOr, 'and-vs-or.yaml');
    const why = explainCell(a.analyzer, 'platform/ci-runner', 'finance/ledger-db');
    expect(why?.allowed).toBe(true);
    expect(why?.sides[1]?.rules[0]).toEqual({
      text: 'finance/ledger-db-or: ingress[0], from[0], allows TCP 5432',
      where: 'and-vs-or.yaml:87',
    });
    const q = runQuery(a.analyzer, {
      from: 'platform/ci-runner',
      to: 'finance/reports-db',
      port: 'postgres',
      protocol: 'TCP',
    });
    expect(q.ok && q.why.headline).toBe(
      'Denied: platform/ci-runner → finance/reports-db on TCP port 5432, by the destination’s ingress.',
    );
    expect(runQuery(a.analyzer, {from: 'x', to: 'finance/reports-db', port: '', protocol: 'TCP'})).toMatchObject({
      ok: false,
    });
  });

  it('round-trips the page state through a share link', () => {
    const state: NetpolPageState = {
      yaml: andVsOr,
      file: 'and-vs-or.yaml',
      external: '203.0.113.10',
      query: {from: 'a/b', to: 'c/d', port: '80', protocol: 'UDP'},
    };
    const back = fromShareState(decodeState(encodeState(toShareState(state)), NETPOL_SHARE_KEYS), {...state, yaml: ''});
    expect(back).toEqual(state);
  });

  it('reports errors and shows no matrix for invalid input', () => {
    const a = analyzeNetpol(
      'kind: NetworkPolicy\napiVersion: networking.k8s.io/v1\nmetadata: {name: p}\nspec:\n  podSelector: {}\n  ingress: [{from: [{}]}]\n',
      'bad.yaml',
    );
    expect(a.ok).toBe(false);
    expect(a.rows).toEqual([]);
    expect(a.issues[0]?.message).toContain('must specify a peer');
    expect(analyzeNetpol('', 'x.yaml').empty).toBe(true);
  });
});
