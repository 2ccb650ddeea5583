/**
 * View models for the NetworkPolicy analyzer page (src/components/NetpolAnalyzer):
 * the connectivity matrix as rows of cells, the "why" panel's sentences, the
 * query form's validation, and the page state in a shared link. Pure: no
 * React, no DOM.
 */
import {plural} from '../format/plural';
import type {ShareState} from '../share/fragment';
import {Analyzer, describeTraffic} from './evaluate';
import {loadNetpol} from './load';
import {formatPortSet, isAll, isEmpty, type Protocol} from './ports';
import {parseProtocol, resolveEndpoint, resolvePort} from './query';
import type {ConnectionResult, Endpoint, InputIssue, RuleMatch, SideResult} from './types';

export {PASTED_FILE_NAME} from '../share/input';

// ---- Page state and the shared link ------------------------------------------

/** The query form, as typed. */
export interface QueryForm {
  readonly from: string;
  readonly to: string;
  /** Empty: any port. */
  readonly port: string;
  readonly protocol: Protocol;
}

export interface NetpolPageState {
  readonly yaml: string;
  readonly file: string;
  /** Addresses outside the cluster to add to the matrix, separated by commas or spaces. */
  readonly external: string;
  readonly query: QueryForm;
}

export const NETPOL_SHARE_KEYS = ['yaml', 'file', 'external', 'from', 'to', 'port', 'protocol'] as const;

export function toShareState(state: NetpolPageState): ShareState {
  return {
    yaml: state.yaml,
    file: state.file,
    external: state.external,
    from: state.query.from,
    to: state.query.to,
    port: state.query.port,
    protocol: state.query.protocol,
  };
}

export function fromShareState(shared: ShareState, fallback: NetpolPageState): NetpolPageState {
  const protocol = parseProtocol(shared['protocol'] ?? '');
  return {
    yaml: shared['yaml'] ?? fallback.yaml,
    file: shared['file'] || fallback.file,
    external: shared['external'] ?? fallback.external,
    query: {
      from: shared['from'] ?? fallback.query.from,
      to: shared['to'] ?? fallback.query.to,
      port: shared['port'] ?? fallback.query.port,
      protocol: protocol.ok ? protocol.value : fallback.query.protocol,
    },
  };
}

// ---- Analysis ---------------------------------------------------------------------

/** The matrix shows at most this many endpoints a side; the query form answers for all. */
export const MATRIX_LIMIT = 40;

export interface MatrixCell {
  readonly from: string;
  readonly to: string;
  readonly allowed: boolean;
  /** Short text in the cell: `all`, `TCP 8443`, `—`. */
  readonly text: string;
  /** Full sentence for screen readers and the tooltip. */
  readonly label: string;
}

export interface MatrixEndpoint {
  readonly id: string;
  /** `Deployment`, `Pod`, … or `outside the cluster`. */
  readonly kind: string;
  readonly hostNetwork: boolean;
}

export interface MatrixRow {
  readonly from: MatrixEndpoint;
  /** Cells in column order; a cell between two outside addresses is undefined. */
  readonly cells: readonly (MatrixCell | undefined)[];
}

export interface Analysis {
  readonly empty: boolean;
  readonly ok: boolean;
  readonly issues: readonly InputIssue[];
  readonly summary: string;
  readonly analyzer: Analyzer;
  readonly columns: readonly MatrixEndpoint[];
  readonly rows: readonly MatrixRow[];
  /** Endpoints left out of the matrix because of {@link MATRIX_LIMIT}. */
  readonly hidden: number;
  /** Problems with the outside addresses field. */
  readonly externalErrors: readonly string[];
  readonly hostNetwork: readonly string[];
}

function cellText(ports: ReturnType<Analyzer['allowedPorts']>): string {
  if (isEmpty(ports)) return '—';
  if (isAll(ports)) return 'all';
  return formatPortSet(ports);
}

function matrixEndpoint(e: Endpoint): MatrixEndpoint {
  return e.type === 'pod'
    ? {id: e.id, kind: e.kind, hostNetwork: e.hostNetwork}
    : {id: e.id, kind: 'outside the cluster', hostNetwork: false};
}

/** Parses the outside-addresses field. */
export function parseExternal(text: string, analyzer: Analyzer): {endpoints: Endpoint[]; errors: string[]} {
  const endpoints: Endpoint[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const word of text.split(/[\s,]+/).filter(Boolean)) {
    const r = resolveEndpoint(analyzer.model, word);
    if (!r.ok || r.value.type !== 'external') {
      errors.push(`"${word}" is not an IP address`);
      continue;
    }
    if (seen.has(r.value.id)) continue;
    seen.add(r.value.id);
    endpoints.push(r.value);
  }
  return {endpoints, errors};
}

/** Parses, validates and computes the matrix. Never throws. */
export function analyzeNetpol(text: string, file: string, external = ''): Analysis {
  const result = loadNetpol([{file, text}]);
  const analyzer = new Analyzer(result.model);
  const {model} = result;
  const ignored = [...model.ignored.values()].reduce((a, b) => a + b, 0);
  const empty = result.documents === 0 && result.errors.length === 0;
  const summary = `Read ${plural(model.endpoints.length, 'Pod or workload', 'Pods and workloads')}, ${plural(model.policies.length, 'NetworkPolicy', 'NetworkPolicies')} and ${plural([...model.namespaces.values()].filter((n) => n.defined).length, 'Namespace')} from ${file}${ignored ? `; ignored ${plural(ignored, 'other object')} (${[...model.ignored.entries()].map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}.`;
  const ext = parseExternal(external, analyzer);
  const shown = model.endpoints.slice(0, MATRIX_LIMIT);
  const all: Endpoint[] = [...shown, ...ext.endpoints];
  const rows: MatrixRow[] = result.ok
    ? all.map((from) => ({
        from: matrixEndpoint(from),
        cells: all.map((to) => {
          if (from.type === 'external' && to.type === 'external') return undefined;
          const ports = analyzer.allowedPorts(from, to);
          const allowed = !isEmpty(ports);
          return {
            from: from.id,
            to: to.id,
            allowed,
            text: cellText(ports),
            label: `${from.id} to ${to.id}: ${allowed ? `allowed, ${formatPortSet(ports)}` : 'denied'}`,
          };
        }),
      }))
    : [];
  return {
    empty,
    ok: result.ok,
    issues: [...result.errors, ...result.warnings],
    summary,
    analyzer,
    columns: all.map(matrixEndpoint),
    rows,
    hidden: model.endpoints.length - shown.length,
    externalErrors: ext.errors,
    hostNetwork: model.endpoints.filter((e) => e.hostNetwork).map((e) => e.id),
  };
}

// ---- The why panel and the query form ---------------------------------------------

export interface WhySide {
  readonly title: string;
  readonly verdict: 'allowed' | 'denied';
  readonly sentence: string;
  /** Each deciding rule with where it is written. */
  readonly rules: readonly {readonly text: string; readonly where: string}[];
}

export interface WhyView {
  readonly allowed: boolean;
  readonly headline: string;
  readonly sides: readonly WhySide[];
  readonly caveats: readonly string[];
}

function ruleText(r: RuleMatch): {text: string; where: string} {
  const key = r.direction === 'ingress' ? 'from' : 'to';
  const peer = r.peer === undefined ? `a rule with no ${key} (every peer)` : `${key}[${r.peer}]`;
  return {
    text: `${r.policy}: ${r.direction}[${r.index}], ${peer}, allows ${formatPortSet(r.ports)}`,
    where: `${r.source.file}:${r.source.line}`,
  };
}

function whySide(s: SideResult, sentence: string): WhySide {
  return {
    title: s.direction === 'egress' ? `Egress from ${s.endpoint}` : `Ingress to ${s.endpoint}`,
    verdict: s.allowed ? 'allowed' : 'denied',
    sentence: sentence.replace(/^[^:]*: /, ''),
    rules: s.rules.map(ruleText),
  };
}

export function whyView(r: ConnectionResult): WhyView {
  return {
    allowed: r.allowed,
    headline: r.why[0] ?? '',
    sides: [whySide(r.egress, r.why[1] ?? ''), whySide(r.ingress, r.why[2] ?? '')],
    caveats: r.caveats,
  };
}

/** The why of one matrix cell. */
export function explainCell(analyzer: Analyzer, from: string, to: string): WhyView | undefined {
  const f = resolveEndpoint(analyzer.model, from);
  const t = resolveEndpoint(analyzer.model, to);
  if (!f.ok || !t.ok) return undefined;
  return whyView(analyzer.can({from: f.value, to: t.value}));
}

export type QueryOutcome =
  | {readonly ok: true; readonly why: WhyView; readonly asked: string}
  | {readonly ok: false; readonly errors: readonly string[]};

/** Validates and answers the query form. */
export function runQuery(analyzer: Analyzer, form: QueryForm): QueryOutcome {
  const errors: string[] = [];
  const from = resolveEndpoint(analyzer.model, form.from.trim());
  const to = resolveEndpoint(analyzer.model, form.to.trim());
  if (!from.ok) errors.push(`From: ${from.error}`);
  if (!to.ok) errors.push(`To: ${to.error}`);
  if (!from.ok || !to.ok) return {ok: false, errors};
  if (from.value.type === 'external' && to.value.type === 'external')
    return {
      ok: false,
      errors: ['From and To are both outside the cluster; NetworkPolicies only govern traffic to or from pods.'],
    };
  let port: number | undefined;
  const portText = form.port.trim();
  if (portText !== '') {
    const p = resolvePort(portText, form.protocol, to.value);
    if (!p.ok) return {ok: false, errors: [`Port: ${p.error}`]};
    port = p.value;
  }
  const result = analyzer.can({
    from: from.value,
    to: to.value,
    protocol: form.protocol,
    ...(port !== undefined ? {port} : {}),
  });
  return {
    ok: true,
    why: whyView(result),
    asked: `${from.value.id} → ${to.value.id} on ${describeTraffic(port, form.protocol)}`,
  };
}

/** Endpoint names for the form's suggestions. */
export function endpointIds(analysis: Analysis): string[] {
  return analysis.analyzer.model.endpoints.map((e) => e.id);
}
