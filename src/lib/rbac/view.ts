/**
 * View models for the RBAC analyzer page (src/components/RbacAnalyzer): they
 * turn engine results into plain, render-ready rows and sentences, validate
 * the query forms, and map the page state to and from a shared link. Pure: no
 * React, no DOM, so the page components only render.
 */
import type {ShareState} from '../share/fragment';
import {audit, countBySeverity, type Finding} from './audit';
import {findingDefinition} from './findings';
import {formatBinding, formatRole, formatRule} from './format';
import {loadRbac, type LoadResult} from './model';
import {can, effectivePermissions, whoCan} from './query';
import {formatResourceArg, isClusterScoped, parseResourceArg} from './resources';
import {canonicalSubject, formatSubject, parseIdentity} from './subjects';
import type {
  AccessAttributes,
  Grant,
  Identity,
  InputIssue,
  RbacModel,
  Severity,
  SourceRef,
  Subject,
  SubjectKind,
} from './types';
import {isNonResource, SEVERITIES, severityRank} from './types';
import {joinAnd, plural} from '../format/plural';

// The tools share their input bookkeeping; re-exported for the components.
export {nextFileName, PASTED_FILE_NAME, type InputOrigin} from '../share/input';

// ---- Page state and the shared link ------------------------------------------

/** The three result views, in tab order. */
export const RBAC_VIEWS = ['subjects', 'who-can', 'findings'] as const;
export type RbacView = (typeof RBAC_VIEWS)[number];

export const RBAC_VIEW_LABELS: Readonly<Record<RbacView, string>> = {
  subjects: 'Subjects',
  'who-can': 'Who can…',
  findings: 'Findings',
};

/** A `kubectl auth can-i`-style question, as typed in the form. */
export interface AccessForm {
  readonly verb: string;
  readonly resource: string;
  /** Empty: a cluster-wide request. */
  readonly namespace: string;
  /** One object's name (`kubectl auth can-i get secrets/db-password`); empty: any object. */
  readonly name: string;
}

/** The "Can subject…" question: an access question about one subject. */
export interface CanForm extends AccessForm {
  /** `User:alice`, `Group:dev`, `ServiceAccount:ns:name`. */
  readonly subject: string;
}

/** Everything the page shares through its link. */
export interface RbacPageState {
  readonly yaml: string;
  /** Name used in error messages (the opened file or sample). */
  readonly file: string;
  readonly view: RbacView;
  readonly whoCan: AccessForm;
  readonly can: CanForm;
}

/** Keys of the shared state (`#s=…`); decodeState keeps only these. */
export const RBAC_SHARE_KEYS = [
  'yaml',
  'file',
  'view',
  'verb',
  'resource',
  'namespace',
  'name',
  'canSubject',
  'canVerb',
  'canResource',
  'canNamespace',
  'canName',
] as const;

/** Questions the forms start with; they suit the "classic mistakes" sample. */
export const DEFAULT_WHO_CAN: AccessForm = {verb: 'create', resource: 'pods/exec', namespace: 'payments', name: ''};
export const DEFAULT_CAN: CanForm = {
  subject: 'ServiceAccount:ci:deployer',
  verb: 'delete',
  resource: 'nodes',
  namespace: '',
  name: '',
};

export function isRbacView(value: string | undefined): value is RbacView {
  return value !== undefined && (RBAC_VIEWS as readonly string[]).includes(value);
}

/** The state to put in a shared link. */
export function toShareState(state: RbacPageState): ShareState {
  return {
    yaml: state.yaml,
    file: state.file,
    view: state.view,
    verb: state.whoCan.verb,
    resource: state.whoCan.resource,
    namespace: state.whoCan.namespace,
    name: state.whoCan.name,
    canSubject: state.can.subject,
    canVerb: state.can.verb,
    canResource: state.can.resource,
    canNamespace: state.can.namespace,
    canName: state.can.name,
  };
}

/**
 * Page state from a decoded shared link. Missing keys fall back to
 * `fallback`, except the query fields, which a link always carries together
 * (a link without them asks nothing).
 */
export function fromShareState(shared: ShareState, fallback: RbacPageState): RbacPageState {
  const get = (key: (typeof RBAC_SHARE_KEYS)[number]): string | undefined => shared[key];
  const view = get('view');
  return {
    yaml: get('yaml') ?? fallback.yaml,
    file: get('file') || fallback.file,
    view: isRbacView(view) ? view : fallback.view,
    whoCan: {
      verb: get('verb') ?? fallback.whoCan.verb,
      resource: get('resource') ?? fallback.whoCan.resource,
      namespace: get('namespace') ?? fallback.whoCan.namespace,
      name: get('name') ?? fallback.whoCan.name,
    },
    can: {
      subject: get('canSubject') ?? fallback.can.subject,
      verb: get('canVerb') ?? fallback.can.verb,
      resource: get('canResource') ?? fallback.can.resource,
      namespace: get('canNamespace') ?? fallback.can.namespace,
      name: get('canName') ?? fallback.can.name,
    },
  };
}

// ---- Loading ----------------------------------------------------------------------

export interface Analysis {
  /** True when the input is empty or only whitespace and comments. */
  readonly empty: boolean;
  /**
   * True when there are no errors. With errors, the objects that could be read are
   * still analysed (one bad binding does not hide the rest); the issues say what was left out.
   */
  readonly ok: boolean;
  /** Errors first, then warnings, each in input order. */
  readonly issues: readonly InputIssue[];
  /** What was read, e.g. `Read 3 Roles and 4 RoleBindings from rbac.yaml; ignored 2 other objects (v1/Namespace: 1, v1/ServiceAccount: 1).` */
  readonly summary: string;
  readonly model: RbacModel;
  /** Sorted by severity (most severe first). */
  readonly findings: readonly Finding[];
}

function summarize(result: LoadResult, file: string): string {
  const {roles, clusterRoles, roleBindings, clusterRoleBindings} = result.counts;
  const read = [
    roles ? plural(roles, 'Role') : '',
    clusterRoles ? plural(clusterRoles, 'ClusterRole') : '',
    roleBindings ? plural(roleBindings, 'RoleBinding') : '',
    clusterRoleBindings ? plural(clusterRoleBindings, 'ClusterRoleBinding') : '',
  ].filter(Boolean);
  const what = read.length ? joinAnd(read) : 'no RBAC objects';
  const {total, byKind} = result.model.ignored;
  const kinds = [...byKind.entries()].map(([kind, n]) => `${kind}: ${n}`).join(', ');
  const ignored = total ? `; ignored ${plural(total, 'other object')} (${kinds})` : '';
  const defaulted = result.warnings.filter((w) => w.code === 'default-namespace').length;
  const namespaceNote =
    defaulted === 0
      ? ''
      : ` ${plural(defaulted, 'object')} without metadata.namespace ${defaulted === 1 ? 'was' : 'were'} taken to be in namespace "default", as kubectl would with a context on "default"; set the namespace to analyse ${defaulted === 1 ? 'it' : 'them'} where ${defaulted === 1 ? 'it belongs' : 'they belong'}.`;
  const errors = result.errors.length;
  const errorNote =
    errors === 0
      ? ''
      : ` ${plural(errors, 'error')} in the input (listed under the text box): what ${errors === 1 ? 'it concerns is' : 'they concern is'} left out of the analysis.`;
  return `Read ${what} from ${file}${ignored}.${namespaceNote}${errorNote}`;
}

/** Parses and audits the input. Never throws. */
export function analyzeRbac(text: string, file: string): Analysis {
  const result = loadRbac([{file, text}]);
  const {roles, clusterRoles, roleBindings, clusterRoleBindings} = result.counts;
  const objects = roles + clusterRoles + roleBindings + clusterRoleBindings + result.model.ignored.total;
  const empty = objects === 0 && result.errors.length === 0;
  return {
    empty,
    ok: result.ok,
    issues: [...result.errors, ...result.warnings],
    summary: summarize(result, file),
    model: result.model,
    findings: audit(result.model),
  };
}

// ---- Grants ----------------------------------------------------------------------

/** One granting rule, ready to render. */
export interface GrantRow {
  /** Stable and unique within one list. */
  readonly key: string;
  /** `verbs=[get] apiGroups=[""] resources=[secrets]` */
  readonly rule: string;
  /** `ClusterRole/view`, `Role/dev/reader` */
  readonly role: string;
  /** The role is a built-in default the analyzer assumed (not in the input). */
  readonly roleBuiltin: boolean;
  /** For aggregated ClusterRoles: the ClusterRole the rule comes from. */
  readonly aggregatedFrom?: string;
  /** `ClusterRoleBinding/x`, `RoleBinding/ns/x` */
  readonly binding: string;
  /** The binding subject that matched, when it is not the subject itself (e.g. a group). */
  readonly via?: string;
  /** `file:line` of the binding. */
  readonly bindingSource?: string;
}

/** `file:line`, for showing where an object is defined. */
export function formatSource(source: SourceRef | undefined): string | undefined {
  return source ? `${source.file}:${source.line}` : undefined;
}

/** Rows for grants, dropping exact duplicates (a binding naming one identity twice). */
export function grantRows(grants: readonly Grant[], subject?: string): GrantRow[] {
  const rows: GrantRow[] = [];
  const seen = new Set<string>();
  for (const g of grants) {
    const binding = formatBinding(g.binding);
    const role = formatRole(g.role);
    const via = formatSubject(canonicalSubject(g.via));
    const key = `${binding}|${role}|${g.rule.index}|${via}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const bindingSource = formatSource(g.binding.source);
    rows.push({
      key,
      rule: formatRule(g.rule.rule),
      role,
      roleBuiltin: g.role.builtin,
      ...(g.rule.aggregatedFrom ? {aggregatedFrom: `ClusterRole/${g.rule.aggregatedFrom}`} : {}),
      binding,
      ...(subject !== undefined && via !== subject ? {via} : {}),
      ...(bindingSource ? {bindingSource} : {}),
    });
  }
  return rows;
}

// ---- Subjects view ----------------------------------------------------------------

export interface SubjectSummary {
  /** `User:alice`, `Group:dev`, `ServiceAccount:ns:name`; unique. */
  readonly id: string;
  readonly kind: SubjectKind;
  /** Granted through ClusterRoleBindings. */
  readonly clusterWide: readonly GrantRow[];
  /** Granted through RoleBindings, per namespace. */
  readonly namespaces: readonly {readonly namespace: string; readonly grants: readonly GrantRow[]}[];
  /** Bindings naming the subject whose role does not exist. */
  readonly danglingBindings: readonly string[];
  /** Most severe finding about this subject, if any. */
  readonly worstSeverity?: Severity;
  readonly findingCount: number;
  /** e.g. `3 rules cluster-wide, 2 in 1 namespace`. */
  readonly description: string;
}

function identityOf(subject: Subject): Identity {
  return subject.kind === 'ServiceAccount'
    ? {kind: 'ServiceAccount', namespace: subject.namespace ?? '', name: subject.name}
    : {kind: subject.kind, name: subject.name};
}

function describePermissions(clusterWide: number, namespaced: number, namespaces: number, dangling: number): string {
  const parts: string[] = [];
  if (clusterWide) parts.push(`${plural(clusterWide, 'rule')} cluster-wide`);
  if (namespaced) parts.push(`${plural(namespaced, 'rule')} in ${plural(namespaces, 'namespace')}`);
  if (dangling) parts.push(`${plural(dangling, 'binding')} to a missing role`);
  return parts.length ? parts.join(', ') : 'no permissions';
}

/**
 * Every subject named in a binding, sorted by its text, with its effective
 * permissions (including what it gets through the groups it is known to be
 * in, such as system:authenticated) and its findings.
 */
export function subjectSummaries(model: RbacModel, findings: readonly Finding[]): SubjectSummary[] {
  const subjects = new Map<string, Subject>();
  for (const binding of model.bindings) {
    for (const s of binding.subjects) {
      const subject = canonicalSubject(s);
      const id = formatSubject(subject);
      if (!subjects.has(id)) subjects.set(id, subject);
    }
  }
  const worst = new Map<string, Severity>();
  const counts = new Map<string, number>();
  for (const f of findings) {
    counts.set(f.subject, (counts.get(f.subject) ?? 0) + 1);
    const w = worst.get(f.subject);
    if (w === undefined || severityRank(f.severity) > severityRank(w)) worst.set(f.subject, f.severity);
  }
  return [...subjects.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, subject]) => {
      const perms = effectivePermissions(model, identityOf(subject));
      const clusterWide = grantRows(perms.clusterWide, id);
      const namespaces = perms.namespaces.map((n) => ({namespace: n.namespace, grants: grantRows(n.grants, id)}));
      const namespaced = namespaces.reduce((sum, n) => sum + n.grants.length, 0);
      const danglingBindings = perms.danglingBindings.map(formatBinding);
      const worstSeverity = worst.get(id);
      return {
        id,
        kind: subject.kind,
        clusterWide,
        namespaces,
        danglingBindings,
        ...(worstSeverity ? {worstSeverity} : {}),
        findingCount: counts.get(id) ?? 0,
        description: describePermissions(clusterWide.length, namespaced, namespaces.length, danglingBindings.length),
      };
    });
}

// ---- Who can… / Can subject… -----------------------------------------------------

/** Suggestions for the verb field (the API verbs plus the RBAC-only ones). */
export const COMMON_VERBS: readonly string[] = [
  'get',
  'list',
  'watch',
  'create',
  'update',
  'patch',
  'delete',
  'deletecollection',
  'impersonate',
  'bind',
  'escalate',
  'approve',
  'sign',
  '*',
];

/** Suggestions for the resource field, written as `kubectl auth can-i` takes them. */
export const COMMON_RESOURCES: readonly string[] = [
  'pods',
  'pods/exec',
  'pods/attach',
  'pods/portforward',
  'pods/ephemeralcontainers',
  'pods/log',
  'secrets',
  'configmaps',
  'serviceaccounts',
  'serviceaccounts/token',
  'nodes',
  'nodes/proxy',
  'persistentvolumes',
  'deployments.apps',
  'daemonsets.apps',
  'jobs.batch',
  'cronjobs.batch',
  'roles.rbac.authorization.k8s.io',
  'clusterroles.rbac.authorization.k8s.io',
  'rolebindings.rbac.authorization.k8s.io',
  'clusterrolebindings.rbac.authorization.k8s.io',
  'users',
  'groups',
  'certificatesigningrequests.certificates.k8s.io/approval',
  'signers.certificates.k8s.io',
  'mutatingwebhookconfigurations.admissionregistration.k8s.io',
  'validatingwebhookconfigurations.admissionregistration.k8s.io',
  '/metrics',
];

/** Every subject named in a binding, as `Kind:name` text, sorted (suggestions for the subject field). */
export function subjectIds(model: RbacModel): string[] {
  const ids = new Set<string>();
  for (const binding of model.bindings) for (const s of binding.subjects) ids.add(formatSubject(canonicalSubject(s)));
  return [...ids].sort();
}

export type QueryResult<T> = {readonly ok: true; readonly value: T} | {readonly ok: false; readonly error: string};

interface ParsedAccess {
  readonly attributes: AccessAttributes;
  readonly resourceText: string;
  readonly notes: readonly string[];
}

/** Validates the verb/resource/namespace fields the way `kubectl auth can-i` reads them. */
export function parseAccessForm(form: AccessForm): QueryResult<ParsedAccess> {
  const typedVerb = form.verb.trim();
  const namespace = form.namespace.trim();
  const name = form.name.trim();
  if (!typedVerb) return {ok: false, error: 'The verb is empty: write e.g. get, list, create, delete or * (any verb).'};
  if (/\s/.test(typedVerb)) return {ok: false, error: `Invalid verb "${typedVerb}": write one verb, without spaces.`};
  if (/\s/.test(namespace))
    return {ok: false, error: `Invalid namespace "${namespace}": write one namespace name, without spaces.`};
  if (/\s/.test(name)) return {ok: false, error: `Invalid name "${name}": write one object name, without spaces.`};
  // Kubernetes verbs and resource names are lowercase; read both typed otherwise the same way, and say so.
  const notes: string[] = [];
  const verb = typedVerb.toLowerCase();
  if (verb !== typedVerb) notes.push(caseNote('verbs', typedVerb, verb));
  const typedResource = form.resource.trim().split('/', 1)[0] ?? '';
  if (!typedResource.startsWith('/') && typedResource !== typedResource.toLowerCase()) {
    notes.push(caseNote('resource names', typedResource, typedResource.toLowerCase()));
  }
  const parsed = parseResourceArg(form.resource);
  if (!parsed.ok) return {ok: false, error: `${parsed.error.charAt(0).toUpperCase()}${parsed.error.slice(1)}.`};
  const value = parsed.value;
  const resourceText = formatResourceArg(value);
  if (value.kind === 'nonResource') {
    if (namespace) {
      notes.push(
        `non-resource URLs such as ${value.nonResourceURL} are not namespaced, so the namespace "${namespace}" was ignored`,
      );
    }
    if (name) notes.push(`non-resource URLs have no objects, so the name "${name}" was ignored`);
    return {ok: true, value: {attributes: {verb, nonResourceURL: value.nonResourceURL}, resourceText, notes}};
  }
  const attributes: AccessAttributes = {
    verb,
    apiGroup: value.apiGroup,
    resource: value.resource,
    ...(value.subresource ? {subresource: value.subresource} : {}),
    ...(namespace ? {namespace} : {}),
    ...(name ? {name} : {}),
  };
  if (value.note) notes.push(value.note);
  return {ok: true, value: {attributes, resourceText, notes}};
}

function caseNote(what: string, typed: string, read: string): string {
  return `${what} are lowercase in Kubernetes (RBAC compares them exactly), so "${typed}" was read as "${read}"`;
}

/** `create pods/exec in namespace "dev"`, `delete nodes (cluster-scoped)`, `get /metrics`. */
export function describeRequest(request: AccessAttributes, resourceText: string): string {
  if (isNonResource(request)) return `${request.verb} ${request.nonResourceURL}`;
  const what = request.name ? `${resourceText} named "${request.name}"` : resourceText;
  if (request.namespace) return `${request.verb} ${what} in namespace "${request.namespace}"`;
  if (isClusterScoped(request.apiGroup, request.resource)) return `${request.verb} ${what} (cluster-scoped)`;
  return `${request.verb} ${what} in every namespace`;
}

export interface WhoCanView {
  /** `create pods/exec in namespace "payments"` */
  readonly question: string;
  /** `3 subjects can create pods/exec in namespace "payments".` */
  readonly answer: string;
  readonly subjects: readonly {readonly id: string; readonly grants: readonly GrantRow[]}[];
  readonly notes: readonly string[];
}

/** Answers "who can VERB RESOURCE [in NAMESPACE]?" from the form fields. */
export function runWhoCan(model: RbacModel, form: AccessForm): QueryResult<WhoCanView> {
  const parsed = parseAccessForm(form);
  if (!parsed.ok) return parsed;
  const {attributes, resourceText, notes} = parsed.value;
  const result = whoCan(model, attributes);
  const question = describeRequest(result.request, resourceText);
  const n = result.subjects.length;
  const answer = n === 0 ? `No subject in the input can ${question}.` : `${plural(n, 'subject')} can ${question}.`;
  return {
    ok: true,
    value: {
      question,
      answer,
      subjects: result.subjects.map((e) => ({id: formatSubject(e.subject), grants: grantRows(e.grantedBy)})),
      notes: [...notes, ...result.notes],
    },
  };
}

export interface CanView {
  readonly allowed: boolean;
  /** `Yes: ServiceAccount:ci:deployer can delete nodes (cluster-scoped).` */
  readonly answer: string;
  readonly grants: readonly GrantRow[];
  readonly notes: readonly string[];
}

/** Answers "can SUBJECT VERB RESOURCE [in NAMESPACE]?" from the form fields. */
export function runCan(model: RbacModel, form: CanForm): QueryResult<CanView> {
  const identity = parseIdentity(form.subject.trim());
  if (!identity.ok) return {ok: false, error: `${identity.error.charAt(0).toUpperCase()}${identity.error.slice(1)}.`};
  const parsed = parseAccessForm(form);
  if (!parsed.ok) return parsed;
  const {attributes, resourceText, notes} = parsed.value;
  const result = can(model, {...attributes, subject: identity.identity});
  const subject = formatSubject(identity.identity);
  const question = describeRequest(result.request, resourceText);
  return {
    ok: true,
    value: {
      allowed: result.allowed,
      answer: result.superuser
        ? `Yes: ${subject} can ${question}: members of system:masters bypass RBAC, so the API server allows every request they make.`
        : result.allowed
          ? `Yes: ${subject} can ${question}.`
          : `No: ${subject} cannot ${question}.`,
      grants: grantRows(result.grantedBy, subject),
      notes: [...notes, ...result.notes],
    },
  };
}

// ---- Findings view ----------------------------------------------------------------

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

/** A finding as the findings list shows it: without its source, plus a key, the catalog title and `file:line`. */
export interface FindingRow extends Omit<Finding, 'source'> {
  /** Unique within the list. */
  readonly key: string;
  /** The catalog title, e.g. `Can read Secrets`. */
  readonly title: string;
  /** `file:line` of the binding. */
  readonly location?: string;
}

/** Findings as rows, in the audit's order (most severe first). */
export function findingRows(findings: readonly Finding[]): FindingRow[] {
  const used = new Map<string, number>();
  return findings.map((f) => {
    const base = `${f.id}|${f.subject}|${f.binding}|${f.rule}`;
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    const {source, ...shown} = f;
    const location = formatSource(source);
    return {
      ...shown,
      key: n === 0 ? base : `${base}|${n}`,
      title: findingDefinition(f.id).title,
      ...(location ? {location} : {}),
    };
  });
}

/** `22 findings: 17 critical, 4 high and 1 low.` or `No findings.` */
export function findingsSummary(findings: readonly Pick<Finding, 'severity'>[]): string {
  if (findings.length === 0) return 'No findings.';
  const counts = countBySeverity(findings);
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return `${plural(findings.length, 'finding')}: ${joinAnd(parts)}.`;
}
