/**
 * RBAC risk audit. Every rule reachable through a binding is probed with the
 * same matcher the authorizer uses (so wildcards and `*` + `/subresource`
 * forms are handled exactly), in the binding's scope: a RoleBinding cannot
 * grant cluster-scoped resources (nodes, persistentvolumes, CSRs, webhook
 * configurations, users/groups), so such rules are not reported there.
 */
import {BOOTSTRAP_LABEL, BOOTSTRAP_VALUE} from './builtins';
import {findingDefinition, FINDING_CATALOG, type FindingId} from './findings';
import {formatBinding, formatRole, formatRoleRef, formatRule, roleKeyForBinding} from './format';
import {isFullWildcard, ruleCovers, type Coverage} from './match';
import {
  canonicalSubject,
  formatSubject,
  GROUP_ALL_SERVICEACCOUNTS,
  GROUP_AUTHENTICATED,
  GROUP_MASTERS,
  GROUP_UNAUTHENTICATED,
  USER_ANONYMOUS,
} from './subjects';
import type {PolicyRule, RbacBinding, RbacModel, RbacRole, RoleRule, Severity, SourceRef, Subject} from './types';
import {SEVERITIES, severityRank} from './types';

export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  /** `User:alice`, `Group:dev`, `ServiceAccount:ns:name` (or `(no subjects)`). */
  readonly subject: string;
  /** `ClusterRoleBinding/x` or `RoleBinding/ns/x`. */
  readonly binding: string;
  /** `ClusterRole/x` or `Role/ns/x`. */
  readonly role: string;
  /** Compact rule text, empty when the finding is about the binding itself. */
  readonly rule: string;
  readonly message: string;
  readonly fix: string;
  readonly docs: string;
  /** `cluster-wide` or the namespace of the RoleBinding. */
  readonly scope: string;
  /** Where the binding is defined. */
  readonly source?: SourceRef;
}

type Scope = {readonly kind: 'cluster'} | {readonly kind: 'namespace'; readonly namespace: string};

interface CsrFlags {
  readonly approval: boolean;
  readonly approveClientSigner: boolean;
  readonly approveOtherSigner: boolean;
  readonly sign: boolean;
}

interface RuleHit {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly message: string;
  readonly csr?: CsrFlags;
}

const RBAC = 'rbac.authorization.k8s.io';
const ADMISSION = 'admissionregistration.k8s.io';
const CERTS = 'certificates.k8s.io';
const CLIENT_SIGNER = 'kubernetes.io/kube-apiserver-client';

function lower(s: Severity, steps = 1): Severity {
  const i = Math.min(SEVERITIES.indexOf(s) + steps, SEVERITIES.length - 1);
  return SEVERITIES[i] ?? s;
}

interface Probe {
  readonly coverage: Coverage;
  readonly verbs: string[];
  readonly resources: string[];
}

/** Which of `verbs` × `resources` (`res` or `res/sub`) the rule grants, and how broadly. */
function probe(rule: PolicyRule, verbs: readonly string[], group: string, resources: readonly string[]): Probe {
  let coverage: Coverage = 'none';
  const vs = new Set<string>();
  const rs = new Set<string>();
  for (const verb of verbs) {
    for (const res of resources) {
      const slash = res.indexOf('/');
      const resource = slash >= 0 ? res.slice(0, slash) : res;
      const subresource = slash >= 0 ? res.slice(slash + 1) : undefined;
      const c = ruleCovers(rule, {verb, apiGroup: group, resource, ...(subresource ? {subresource} : {})});
      if (c === 'none') continue;
      vs.add(verb);
      rs.add(res);
      if (c === 'all' || coverage === 'none') coverage = c;
    }
  }
  return {coverage, verbs: [...vs], resources: [...rs]};
}

function where(scope: Scope): string {
  return scope.kind === 'cluster' ? 'cluster-wide' : `in namespace "${scope.namespace}"`;
}

function names(rule: PolicyRule): string {
  return rule.resourceNames.length ? ` (only ${rule.resourceNames.map((n) => `"${n}"`).join(', ')})` : '';
}

const WORKLOADS: readonly [string, readonly string[]][] = [
  ['apps', ['deployments', 'daemonsets', 'statefulsets', 'replicasets']],
  ['batch', ['jobs', 'cronjobs']],
  ['', ['replicationcontrollers']],
];

/** Per-rule detectors. Pure function of the rule and the binding scope. */
export function detectRule(rule: PolicyRule, scope: Scope, roleHasFullWildcard = false): RuleHit[] {
  const hits: RuleHit[] = [];
  const cluster = scope.kind === 'cluster';
  const base = (clusterSev: Severity, nsSev: Severity): Severity => (cluster ? clusterSev : nsSev);

  if (rule.nonResourceURLs.length > 0) {
    if (rule.nonResourceURLs.includes('*') && cluster && !roleHasFullWildcard) {
      hits.push({
        id: 'wildcard',
        severity: 'low',
        message: `can ${rule.verbs.join(', ')} every non-resource URL (/metrics, /debug/pprof, /logs, ...)`,
      });
    }
    return hits;
  }

  if (isFullWildcard(rule)) {
    if (cluster) {
      hits.push({
        id: 'cluster-admin',
        severity: 'critical',
        message: 'can do anything on every resource in every namespace (cluster-admin)',
      });
    } else {
      hits.push({
        id: 'wildcard',
        severity: 'high',
        message: `can do anything ${where(scope)}: read all Secrets, run pods as any service account, exec into pods and change the namespace's RBAC`,
      });
    }
    return hits; // every other finding is implied
  }

  // wildcard hygiene
  const wildVerbs = rule.verbs.includes('*');
  const wildRes = rule.resources.includes('*');
  const wildSub = rule.resources.some((r) => r.startsWith('*/'));
  const wildGroups = rule.apiGroups.includes('*');
  if (wildVerbs && wildRes) {
    hits.push({
      id: 'wildcard',
      severity: base('high', 'medium'),
      message: `can do anything with every resource of API group(s) ${rule.apiGroups.map((g) => (g === '' ? '"" (core)' : g)).join(', ')} ${where(scope)}`,
    });
  } else if (wildVerbs || wildRes || wildSub || wildGroups) {
    const parts = [
      wildVerbs ? 'all verbs' : '',
      wildRes ? 'all resources' : '',
      wildSub ? 'a subresource of every resource' : '',
      wildGroups ? 'all API groups' : '',
    ].filter(Boolean);
    hits.push({
      id: 'wildcard',
      severity: base('medium', 'low'),
      message: `uses a wildcard (${parts.join(', ')}) ${where(scope)}`,
    });
  }

  // secrets
  const secrets = probe(rule, ['get', 'list', 'watch'], '', ['secrets']);
  if (secrets.coverage !== 'none') {
    const sev = base('critical', 'high');
    const bulk = secrets.verbs.some((v) => v === 'list' || v === 'watch')
      ? ' (list and watch return the full contents of every Secret)'
      : '';
    hits.push({
      id: 'secrets-read',
      severity: secrets.coverage === 'named' ? lower(sev) : sev,
      message: `can ${secrets.verbs.join(', ')} secrets${names(rule)} ${where(scope)}${bulk}`,
    });
  }

  // pod / workload creation
  const podCreate = probe(rule, ['create'], '', ['pods']);
  const workloadVerbs: string[] = [];
  let workloadCov: Coverage = podCreate.coverage;
  const workloadRes: string[] = [...podCreate.resources];
  for (const [group, resources] of WORKLOADS) {
    const p = probe(rule, ['create', 'update', 'patch'], group, resources);
    if (p.coverage === 'none') continue;
    workloadVerbs.push(...p.verbs);
    workloadRes.push(...p.resources.map((r) => (group ? `${r}.${group}` : r)));
    if (p.coverage === 'all' || workloadCov === 'none') workloadCov = p.coverage;
  }
  if (workloadCov !== 'none') {
    const sev = base('critical', 'medium');
    const verbs = [...new Set([...podCreate.verbs, ...workloadVerbs])];
    hits.push({
      id: 'pod-create',
      severity: workloadCov === 'named' ? lower(sev) : sev,
      message: `can ${verbs.join(', ')} ${workloadRes.join(', ')}${names(rule)} ${where(scope)}, so it can run a pod as any service account there and mount its Secrets`,
    });
  }

  // exec / attach / port-forward
  const exec = probe(rule, ['create', 'get'], '', ['pods/exec', 'pods/attach', 'pods/portforward']);
  if (exec.coverage !== 'none') {
    let sev = base('critical', 'medium');
    const getOnly = !exec.verbs.includes('create');
    if (getOnly) sev = lower(sev);
    if (exec.coverage === 'named') sev = lower(sev);
    const note = getOnly
      ? ' (get is enough for the WebSocket exec path before v1.35, or when the AuthorizePodWebsocketUpgradeCreatePermission gate is off)'
      : '';
    hits.push({
      id: 'pod-exec',
      severity: sev,
      message: `can ${exec.verbs.join(', ')} ${exec.resources.join(', ')}${names(rule)} ${where(scope)}${note}`,
    });
  }

  // ephemeral containers
  const eph = probe(rule, ['update', 'patch'], '', ['pods/ephemeralcontainers']);
  if (eph.coverage !== 'none') {
    const sev = base('critical', 'medium');
    hits.push({
      id: 'ephemeral-containers',
      severity: eph.coverage === 'named' ? lower(sev) : sev,
      message: `can ${eph.verbs.join(', ')} pods/ephemeralcontainers${names(rule)} ${where(scope)} (inject a container into running pods)`,
    });
  }

  // escalate (clusterroles are cluster-scoped: only effective cluster-wide)
  const escalate = probe(rule, ['escalate'], RBAC, cluster ? ['roles', 'clusterroles'] : ['roles']);
  if (escalate.coverage !== 'none') {
    const sev = escalate.resources.includes('clusterroles') ? 'critical' : base('critical', 'high');
    hits.push({
      id: 'escalate',
      severity: escalate.coverage === 'named' ? lower(sev) : sev,
      message: `can escalate ${escalate.resources.join(', ')}${names(rule)} ${where(scope)}: create or update roles with permissions it does not hold`,
    });
  }

  // bind (a RoleBinding may reference a ClusterRole, so bind on clusterroles counts in a namespace too)
  const bind = probe(rule, ['bind'], RBAC, ['roles', 'clusterroles']);
  if (bind.coverage !== 'none') {
    let sev = base('critical', 'high');
    if (
      bind.coverage === 'named' &&
      !rule.resourceNames.some((n) => n === 'cluster-admin' || n === 'admin' || n === 'edit')
    )
      sev = base('medium', 'low');
    hits.push({
      id: 'bind',
      severity: sev,
      message: `can bind ${bind.resources.join(', ')}${names(rule)} ${where(scope)}: grant roles with permissions it does not hold`,
    });
  }

  // impersonation
  const imp = probe(rule, ['impersonate'], '', cluster ? ['users', 'groups', 'serviceaccounts'] : ['serviceaccounts']);
  if (imp.coverage !== 'none') {
    let sev = base('critical', 'high');
    if (imp.coverage === 'named') sev = lower(sev);
    hits.push({
      id: 'impersonate',
      severity: sev,
      message: `can impersonate ${imp.resources.join(', ')}${names(rule)} ${where(scope)}`,
    });
  } else if (cluster) {
    // userextras are authorized with the extra's key as subresource
    const extraKeys = rule.resources.filter((r) => r.startsWith('userextras/'));
    const extra = probe(rule, ['impersonate'], 'authentication.k8s.io', [
      'uids',
      'userextras',
      'userextras/any-key',
      ...extraKeys,
    ]);
    if (extra.coverage !== 'none') {
      hits.push({
        id: 'impersonate',
        severity: 'low',
        message: `can impersonate ${extra.resources.join(', ')} (only useful together with impersonating a user)`,
      });
    }
  }

  // token requests
  const token = probe(rule, ['create'], '', ['serviceaccounts/token']);
  if (token.coverage !== 'none') {
    const sev = base('critical', 'high');
    hits.push({
      id: 'token-create',
      severity: token.coverage === 'named' ? lower(sev) : sev,
      message: `can create serviceaccounts/token${names(rule)} ${where(scope)}: mint tokens for those service accounts`,
    });
  }

  if (cluster) {
    // nodes/proxy, any verb
    const proxyVerbs = rule.verbs.includes('*') ? ['*'] : rule.verbs;
    const proxy = probe(rule, proxyVerbs, '', ['nodes/proxy']);
    if (proxy.coverage !== 'none') {
      hits.push({
        id: 'nodes-proxy',
        severity: proxy.coverage === 'named' ? 'high' : 'critical',
        message: `can ${proxy.verbs.join(', ')} nodes/proxy${names(rule)}: reach the kubelet API and run commands in any pod on those nodes (get is enough, through a WebSocket)`,
      });
    }

    // CSR approval / signing (severity settled per subject)
    const approval =
      probe(rule, ['update', 'patch'], CERTS, ['certificatesigningrequests/approval']).coverage !== 'none';
    const status = probe(rule, ['update', 'patch'], CERTS, ['certificatesigningrequests/status']).coverage !== 'none';
    const approveClient =
      ruleCovers(rule, {verb: 'approve', apiGroup: CERTS, resource: 'signers'}) === 'all' ||
      (ruleCovers(rule, {verb: 'approve', apiGroup: CERTS, resource: 'signers'}) === 'named' &&
        rule.resourceNames.some((n) => n === CLIENT_SIGNER || n === 'kubernetes.io/*'));
    const approveAny = ruleCovers(rule, {verb: 'approve', apiGroup: CERTS, resource: 'signers'}) !== 'none';
    const sign = ruleCovers(rule, {verb: 'sign', apiGroup: CERTS, resource: 'signers'}) !== 'none';
    if (approval || approveAny || status || sign) {
      const what = [
        approval ? 'update certificatesigningrequests/approval' : '',
        approveAny ? `approve signers${names(rule)}` : '',
        status ? 'update certificatesigningrequests/status' : '',
        sign ? `sign signers${names(rule)}` : '',
      ].filter(Boolean);
      hits.push({
        id: 'csr-approve',
        severity: 'medium',
        message: `can ${what.join(', ')}`,
        csr: {
          approval,
          approveClientSigner: approveClient,
          approveOtherSigner: approveAny && !approveClient,
          sign: status || sign,
        },
      });
    }

    // admission webhooks and policies
    const hooks = probe(rule, ['create', 'update', 'patch', 'delete', 'deletecollection'], ADMISSION, [
      'mutatingwebhookconfigurations',
      'validatingwebhookconfigurations',
      'validatingadmissionpolicies',
      'validatingadmissionpolicybindings',
      'mutatingadmissionpolicies',
      'mutatingadmissionpolicybindings',
    ]);
    if (hooks.coverage !== 'none') {
      const mutating =
        probe(rule, ['create', 'update', 'patch'], ADMISSION, ['mutatingwebhookconfigurations']).coverage !== 'none';
      const sev: Severity = mutating ? 'critical' : 'high';
      hits.push({
        id: 'webhook-config-write',
        severity: hooks.coverage === 'named' ? lower(sev) : sev,
        message: `can ${hooks.verbs.join(', ')} ${hooks.resources.join(', ')}${names(rule)}`,
      });
    }

    // persistent volumes
    const pv = probe(rule, ['create'], '', ['persistentvolumes']);
    if (pv.coverage !== 'none') {
      hits.push({
        id: 'pv-create',
        severity: 'high',
        message: "can create persistentvolumes, including hostPath volumes that expose a node's filesystem",
      });
    }
  }
  return hits;
}

type BroadKind =
  'anonymous' | 'authenticated' | 'all-serviceaccounts' | 'namespace-serviceaccounts' | 'default-serviceaccount';

function broadKind(subject: Subject): BroadKind | undefined {
  if (subject.kind === 'Group') {
    if (subject.name === GROUP_UNAUTHENTICATED) return 'anonymous';
    if (subject.name === GROUP_AUTHENTICATED) return 'authenticated';
    if (subject.name === GROUP_ALL_SERVICEACCOUNTS) return 'all-serviceaccounts';
    if (subject.name.startsWith(`${GROUP_ALL_SERVICEACCOUNTS}:`)) return 'namespace-serviceaccounts';
  }
  if (subject.kind === 'User' && subject.name === USER_ANONYMOUS) return 'anonymous';
  if (subject.kind === 'ServiceAccount' && subject.name === 'default') return 'default-serviceaccount';
  return undefined;
}

const BROAD_TEXT: Record<BroadKind, string> = {
  anonymous: 'anyone who can reach the API server, without credentials',
  authenticated: 'every authenticated user and service account',
  'all-serviceaccounts': 'every service account in the cluster (so every pod)',
  'namespace-serviceaccounts': 'every service account of the namespace',
  'default-serviceaccount': 'every pod of the namespace that does not set serviceAccountName',
};

function broadSeverity(kind: BroadKind, worst: Severity | undefined): Severity {
  const risky = worst !== undefined && severityRank(worst) >= severityRank('high');
  switch (kind) {
    case 'anonymous':
      return risky ? 'critical' : 'high';
    case 'authenticated':
    case 'all-serviceaccounts':
      return risky ? 'critical' : 'medium';
    case 'namespace-serviceaccounts':
    case 'default-serviceaccount':
      return risky ? 'high' : 'low';
  }
}

function isSystemSubject(s: Subject): boolean {
  return s.name.startsWith('system:') || (s.kind === 'ServiceAccount' && s.namespace === 'kube-system');
}

function isBootstrap(binding: RbacBinding): boolean {
  return binding.labels.get(BOOTSTRAP_LABEL) === BOOTSTRAP_VALUE;
}

const SCOPED_HINT =
  ' If it is only needed in some namespaces, bind it there with RoleBindings instead of a ClusterRoleBinding.';
const NAMESPACED_IDS = new Set<FindingId>([
  'secrets-read',
  'pod-create',
  'pod-exec',
  'ephemeral-containers',
  'token-create',
  'wildcard',
]);

/** Runs every detector over every binding. Sorted by severity, then catalog order, subject and binding. */
export function audit(model: RbacModel): Finding[] {
  const findings: Finding[] = [];
  const cache = new Map<string, {rule: RoleRule; hits: RuleHit[]}[]>();
  const csrBySubject = new Map<
    string,
    {binding: RbacBinding; role: RbacRole; rule: RoleRule; hit: RuleHit; subject: string}[]
  >();

  for (const binding of model.bindings) {
    const bindingText = formatBinding(binding);
    const scope: Scope =
      binding.kind === 'ClusterRoleBinding'
        ? {kind: 'cluster'}
        : {kind: 'namespace', namespace: binding.namespace ?? ''};
    const scopeText = scope.kind === 'cluster' ? 'cluster-wide' : scope.namespace;
    const seen = new Set<string>();
    const subjects = binding.subjects.map(canonicalSubject).filter((s) => {
      const k = formatSubject(s);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    const role = model.roles.get(roleKeyForBinding(binding));
    const common = {binding: bindingText, scope: scopeText, ...(binding.source ? {source: binding.source} : {})};

    if (!role) {
      const def = findingDefinition('dangling-binding');
      const roleText = formatRoleRef(binding);
      const probablyBuiltin = binding.roleRef.name.startsWith('system:')
        ? ' It looks like a built-in role that was not part of the input; include it to analyze what it grants.'
        : '';
      const targets: (Subject | undefined)[] = subjects.length ? subjects : [undefined];
      for (const s of targets) {
        const builtin = s !== undefined && isBootstrap(binding) && isSystemSubject(s);
        findings.push({
          id: 'dangling-binding',
          severity: builtin ? 'info' : def.severity,
          subject: s ? formatSubject(s) : '(no subjects)',
          role: roleText,
          rule: '',
          message: `${bindingText} refers to ${roleText}, which is not in the input, so here it grants nothing.${probablyBuiltin}`,
          fix: def.fix,
          docs: def.docs,
          ...common,
        });
      }
      continue;
    }

    const roleText = formatRole(role);
    const cacheKey = `${roleKeyForBinding(binding)}|${scope.kind}|${scope.kind === 'namespace' ? scope.namespace : ''}`;
    let ruleHits = cache.get(cacheKey);
    if (!ruleHits) {
      const hasFull = role.rules.some((r) => isFullWildcard(r.rule));
      ruleHits = role.rules.map((rule) => ({rule, hits: detectRule(rule.rule, scope, hasFull)}));
      cache.set(cacheKey, ruleHits);
    }
    let worst: Severity | undefined;
    let worstRule: RoleRule | undefined;
    for (const {rule, hits} of ruleHits) {
      for (const h of hits) {
        if (h.id === 'csr-approve') continue;
        if (worst === undefined || severityRank(h.severity) > severityRank(worst)) {
          worst = h.severity;
          worstRule = rule;
        }
      }
    }

    for (const subject of subjects) {
      if (subject.kind === 'Group' && subject.name === GROUP_MASTERS) continue;
      const subjectText = formatSubject(subject);
      const builtin = isBootstrap(binding) && isSystemSubject(subject);
      const who = `${subjectText} (via ${bindingText} → ${roleText})`;
      for (const {rule, hits} of ruleHits) {
        for (const hit of hits) {
          if (hit.id === 'csr-approve') {
            if (builtin) continue;
            const list = csrBySubject.get(subjectText) ?? [];
            list.push({binding, role, rule, hit, subject: subjectText});
            csrBySubject.set(subjectText, list);
            continue;
          }
          const def = findingDefinition(hit.id);
          const origin = rule.aggregatedFrom ? ` [rule aggregated from ClusterRole/${rule.aggregatedFrom}]` : '';
          const hint = scope.kind === 'cluster' && NAMESPACED_IDS.has(hit.id) ? SCOPED_HINT : '';
          findings.push({
            id: hit.id,
            severity: builtin ? 'info' : hit.severity,
            subject: subjectText,
            role: roleText,
            rule: formatRule(rule.rule),
            message: `${builtin ? 'Built-in default binding: ' : ''}${who} ${hit.message}.${origin}`,
            fix: `${def.fix}${hint}`,
            docs: def.docs,
            ...common,
          });
        }
      }

      const broad = broadKind(subject);
      if (broad && role.rules.length > 0) {
        const def = findingDefinition('broad-subject');
        const shown = worstRule ?? role.rules[0];
        findings.push({
          id: 'broad-subject',
          severity: builtin ? 'info' : broadSeverity(broad, worst),
          subject: subjectText,
          role: roleText,
          rule: shown ? formatRule(shown.rule) : '',
          message: `${builtin ? 'Built-in default binding: ' : ''}${bindingText} grants ${roleText} ${where(scope)} to ${subjectText}, i.e. ${BROAD_TEXT[broad]}${worst && severityRank(worst) >= severityRank('high') ? `; the role carries ${worst} findings` : ''}.`,
          fix: def.fix,
          docs: def.docs,
          ...common,
        });
      }
    }
  }

  // CSR approval needs two permissions; judge them together per subject.
  for (const entries of csrBySubject.values()) {
    const flags = entries.reduce(
      (acc, e) => ({
        approval: acc.approval || (e.hit.csr?.approval ?? false),
        client: acc.client || (e.hit.csr?.approveClientSigner ?? false),
        other: acc.other || (e.hit.csr?.approveOtherSigner ?? false),
      }),
      {approval: false, client: false, other: false},
    );
    let severity: Severity = 'medium';
    let summary =
      'holds only part of what approving a CSR needs (update on certificatesigningrequests/approval and approve on the signer)';
    if (flags.approval && flags.client) {
      severity = 'critical';
      summary =
        'can approve CSRs for kubernetes.io/kube-apiserver-client: it can issue itself a client certificate for any user or group, including system:masters';
    } else if (flags.approval && flags.other) {
      severity = 'high';
      summary =
        'can approve CSRs for the signers it is allowed, issuing certificates that identify as anyone those signers accept';
    }
    const def = findingDefinition('csr-approve');
    for (const e of entries) {
      findings.push({
        id: 'csr-approve',
        severity,
        subject: e.subject,
        binding: formatBinding(e.binding),
        role: formatRole(e.role),
        rule: formatRule(e.rule.rule),
        message: `${e.subject} (via ${formatBinding(e.binding)} → ${formatRole(e.role)}) ${e.hit.message}; overall it ${summary}.`,
        fix: def.fix,
        docs: def.docs,
        scope: 'cluster-wide',
        ...(e.binding.source ? {source: e.binding.source} : {}),
      });
    }
  }

  const order = new Map(FINDING_CATALOG.map((d, i) => [d.id, i]));
  return findings.sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) ||
      (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
      (a.binding < b.binding ? -1 : a.binding > b.binding ? 1 : 0) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

/** True when a finding should fail a CI gate (high or critical). */
export function isBlocking(f: Pick<Finding, 'severity'>): boolean {
  return f.severity === 'critical' || f.severity === 'high';
}

export function countBySeverity(findings: readonly Pick<Finding, 'severity'>[]): Record<Severity, number> {
  const out: Record<Severity, number> = {critical: 0, high: 0, medium: 0, low: 0, info: 0};
  for (const f of findings) out[f.severity]++;
  return out;
}
