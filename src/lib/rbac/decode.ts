/**
 * Turns parsed manifest objects into validated RBAC objects.
 *
 * Validation follows the API server (kubernetes/kubernetes
 * pkg/apis/rbac/validation/validation.go and pkg/apis/rbac/v1/defaults.go):
 * - rules need verbs; resource rules need apiGroups and resources;
 *   nonResourceURLs only in ClusterRoles and never mixed with resources;
 * - roleRef.apiGroup defaults to rbac.authorization.k8s.io and must be it;
 *   roleRef.kind is Role or ClusterRole (ClusterRole only in a
 *   ClusterRoleBinding);
 * - subject kinds User, Group, ServiceAccount; apiGroup defaults per kind;
 *   a ServiceAccount subject needs a namespace in a ClusterRoleBinding, while
 *   in a RoleBinding it defaults to the binding's namespace (as the authorizer
 *   does);
 * - unknown fields are rejected like `kubectl apply` (strict field
 *   validation), which catches typos such as `resourceName:` that would
 *   otherwise silently widen a rule.
 */
import {formatFieldPath} from '../manifest/fieldPath';
import {locateField, type PathSegment, type SourcePosition} from '../manifest/locate';
import {isJsonObject, type JsonObject, type JsonValue, type ManifestObject} from '../manifest/types';
import {describeObject} from '../manifest/errors';
import {closestMatch} from '../format/closest';
import {describeValue} from '../format/value';
import type {
  InputIssue,
  LabelSelector,
  LabelSelectorRequirement,
  PolicyRule,
  RbacBinding,
  RbacRole,
  RoleKind,
  SelectorOperator,
  Subject,
} from './types';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';
const RBAC_KINDS = new Set(['Role', 'ClusterRole', 'RoleBinding', 'ClusterRoleBinding']);

/**
 * One object of the input as the decoder reads it: a manifest object (src/lib/manifest, the
 * one reader) with its file, 1-based document number and a field locator.
 */
export interface InputObject {
  readonly file: string;
  /** 1-based document number within the file. */
  readonly document: number;
  /** 0-based index inside a `kind: List` document, if the object came from one. */
  readonly listItem?: number;
  /** The kind of the enclosing List (`List`, `RoleList`, ...), if any. */
  readonly listKind?: string;
  readonly line: number;
  readonly column: number;
  readonly value: JsonObject;
  /** Position of a field, e.g. `['roleRef', 'kind']`; falls back to the nearest existing ancestor. */
  locate(path: readonly PathSegment[]): SourcePosition;
}

/**
 * Wraps an object read by `loadManifests` for the decoder. Field positions are looked up
 * only when an issue is reported (each lookup parses its document again, once).
 */
export function inputObject(file: string, object: ManifestObject): InputObject {
  return {
    file,
    document: object.docIndex + 1,
    ...(object.itemIndex !== undefined ? {listItem: object.itemIndex} : {}),
    ...(object.listKind !== undefined ? {listKind: object.listKind} : {}),
    line: object.line,
    column: object.column ?? 1,
    value: object.value,
    locate: (path) => locateField(object, path),
  };
}

export type Decoded =
  | {readonly type: 'role'; readonly role: RbacRole}
  | {readonly type: 'binding'; readonly binding: RbacBinding}
  | {readonly type: 'ignored'; readonly kind: string}
  | {readonly type: 'invalid'};

export interface DecodeOptions {
  /** Namespace for Roles/RoleBindings that omit it (kubectl would use the context's namespace). */
  readonly defaultNamespace?: string;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

function suggest(key: string, known: readonly string[]): string | undefined {
  return closestMatch(key, known, 2);
}

/** Validates path segment names like the API server (ValidateRBACName). */
export function pathSegmentNameProblem(name: string): string | undefined {
  if (name === '.' || name === '..') return `may not be "${name}"`;
  if (name.includes('/')) return 'may not contain "/"';
  if (name.includes('%')) return 'may not contain "%"';
  return undefined;
}

class Ctx {
  object: string;
  constructor(
    readonly obj: InputObject,
    readonly issues: InputIssue[],
    object: string,
  ) {
    this.object = object;
  }
  hasError = false;

  report(
    severity: 'error' | 'warning',
    code: string,
    path: readonly PathSegment[],
    message: string,
    fix: string,
  ): void {
    const at = this.obj.locate(path);
    if (severity === 'error') this.hasError = true;
    this.issues.push({
      severity,
      code,
      file: this.obj.file,
      line: at.line,
      column: at.column,
      object: this.object,
      message,
      fix,
    });
  }
  error(path: readonly PathSegment[], message: string, fix: string, code = 'invalid-field'): void {
    this.report('error', code, path, message, fix);
  }
  warn(path: readonly PathSegment[], message: string, fix: string, code = 'warning'): void {
    this.report('warning', code, path, message, fix);
  }

  /** Rejects keys outside `known` (strict field validation). */
  checkKeys(container: JsonObject, path: readonly PathSegment[], known: readonly string[]): void {
    for (const key of Object.keys(container)) {
      if (known.includes(key)) continue;
      const guess = suggest(key, known);
      const where = path.length ? ` in ${formatFieldPath(path)}` : '';
      this.error(
        [...path, key],
        `unknown field "${key}"${where}${guess ? ` (did you mean "${guess}"?)` : ''}`,
        guess ? `Rename "${key}" to "${guess}".` : `Remove "${key}"; allowed fields here: ${known.join(', ')}.`,
        'unknown-field',
      );
    }
  }

  string(container: JsonObject, key: string, path: readonly PathSegment[]): string | undefined {
    const v = container[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') {
      this.error(
        [...path, key],
        `${formatFieldPath([...path, key])} must be a string, got ${describeValue(v)}`,
        `Quote the value: ${key}: "${String(v)}".`,
      );
      return undefined;
    }
    this.error(
      [...path, key],
      `${formatFieldPath([...path, key])} must be a string, got ${describeValue(v)}`,
      `Write ${key} as a single string value.`,
    );
    return undefined;
  }

  stringList(container: JsonObject, key: string, path: readonly PathSegment[]): string[] {
    const v = container[key];
    const p = [...path, key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      const example = typeof v === 'string' ? `${key}: ["${v}"]` : `${key}: ["..."]`;
      this.error(
        p,
        `${formatFieldPath(p)} must be a list of strings, got ${describeValue(v)}`,
        `Write it as a list, e.g. ${example}.`,
      );
      return [];
    }
    const out: string[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string') out.push(item);
      else
        this.error(
          [...p, i],
          `${formatFieldPath([...p, i])} must be a string, got ${describeValue(item)}`,
          'Quote the value, e.g. "" for the core API group.',
        );
    });
    return out;
  }

  /**
   * Calls `visit` with each mapping of the top-level list `key` (`rules`,
   * `subjects`) and its index, in order; reports a value that is not a list,
   * and each item that is not a mapping, where it stands.
   */
  eachMapping(
    raw: JsonValue | undefined,
    key: string,
    fixes: {readonly list: string; readonly item: string},
    visit: (item: JsonObject, index: number) => void,
  ): void {
    if (raw === undefined || raw === null) return;
    if (!Array.isArray(raw)) {
      this.error([key], `${key} must be a list, got ${describeValue(raw)}`, fixes.list);
      return;
    }
    raw.forEach((item, index) => {
      if (isJsonObject(item)) visit(item, index);
      else this.error([key, index], `${key}[${index}] must be a mapping, got ${describeValue(item)}`, fixes.item);
    });
  }

  stringMap(container: JsonObject, key: string, path: readonly PathSegment[]): Map<string, string> {
    const v = container[key];
    const p = [...path, key];
    const out = new Map<string, string>();
    if (v === undefined || v === null) return out;
    if (!isJsonObject(v)) {
      this.error(
        p,
        `${formatFieldPath(p)} must be a mapping of strings, got ${describeValue(v)}`,
        `Write ${key} as key: "value" pairs.`,
      );
      return out;
    }
    for (const k of Object.keys(v)) {
      const item = v[k];
      if (typeof item === 'string') out.set(k, item);
      else
        this.error(
          [...p, k],
          `${formatFieldPath([...p, k])} must be a string, got ${describeValue(item ?? null)}`,
          `Quote the value: ${k}: "${String(item)}".`,
        );
    }
    return out;
  }
}

/** Decodes one manifest object. Errors and warnings are appended to `issues`. */
export function decodeObject(obj: InputObject, issues: InputIssue[], options: DecodeOptions = {}): Decoded {
  const v = obj.value;
  const rawKind = v['kind'];
  const rawApiVersion = v['apiVersion'];
  const kind = typeof rawKind === 'string' ? rawKind : undefined;
  const apiVersion = typeof rawApiVersion === 'string' ? rawApiVersion : undefined;
  const meta = isJsonObject(v['metadata']) ? v['metadata'] : undefined;
  const rawName = meta && typeof meta['name'] === 'string' ? meta['name'] : undefined;
  const rawNs = meta && typeof meta['namespace'] === 'string' ? meta['namespace'] : undefined;
  const where = obj.listItem !== undefined ? ` (item ${obj.listItem + 1} of ${obj.listKind ?? 'List'})` : '';
  const label = `${describeObject(kind ?? `document ${obj.document}`, rawName, rawNs)}${where}`;
  const ctx = new Ctx(obj, issues, label);

  const group = apiVersion?.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const version = apiVersion?.includes('/') ? apiVersion.slice(apiVersion.indexOf('/') + 1) : apiVersion;
  const looksRbac = ['rules', 'roleRef', 'subjects', 'aggregationRule'].some((k) => Object.hasOwn(v, k));

  if (kind === undefined) {
    if (rawKind !== undefined && rawKind !== null) {
      ctx.error(['kind'], `kind must be a string, got ${describeValue(rawKind)}`, 'Write e.g. kind: Role.');
      return {type: 'invalid'};
    }
    if (looksRbac) {
      ctx.error(
        [],
        'kind is missing',
        'Add kind: Role, ClusterRole, RoleBinding or ClusterRoleBinding.',
        'missing-kind',
      );
      return {type: 'invalid'};
    }
    ctx.warn(
      [],
      'not a Kubernetes object (no kind); ignored',
      'Remove this document or add apiVersion and kind.',
      'no-kind',
    );
    return {type: 'ignored', kind: '(no kind)'};
  }

  if (group !== RBAC_GROUP) {
    if (RBAC_KINDS.has(kind)) {
      if (apiVersion === undefined) {
        ctx.error(['kind'], 'apiVersion is missing', `Add apiVersion: ${RBAC_GROUP}/v1.`, 'missing-apiversion');
      } else {
        ctx.error(
          ['apiVersion'],
          `kind ${kind} belongs to apiVersion ${RBAC_GROUP}/v1, not "${apiVersion}"`,
          `Change apiVersion to ${RBAC_GROUP}/v1.`,
          'wrong-apiversion',
        );
      }
      return {type: 'invalid'};
    }
    return {type: 'ignored', kind: `${apiVersion ?? '(no apiVersion)'}/${kind}`};
  }

  if (!RBAC_KINDS.has(kind)) {
    ctx.error(
      ['kind'],
      `unknown kind "${kind}" in ${RBAC_GROUP}`,
      'Use Role, ClusterRole, RoleBinding or ClusterRoleBinding.',
      'unknown-kind',
    );
    return {type: 'invalid'};
  }
  if (version === 'v1beta1' || version === 'v1alpha1') {
    ctx.warn(
      ['apiVersion'],
      `${apiVersion ?? ''} was removed in Kubernetes 1.22; read as ${RBAC_GROUP}/v1`,
      `Change apiVersion to ${RBAC_GROUP}/v1.`,
      'deprecated-apiversion',
    );
  } else if (version !== 'v1') {
    ctx.error(
      ['apiVersion'],
      `unsupported apiVersion "${apiVersion ?? ''}"`,
      `Use apiVersion: ${RBAC_GROUP}/v1.`,
      'wrong-apiversion',
    );
    return {type: 'invalid'};
  }

  const isRole = kind === 'Role' || kind === 'ClusterRole';
  const namespaced = kind === 'Role' || kind === 'RoleBinding';
  ctx.checkKeys(
    v,
    [],
    isRole
      ? ['apiVersion', 'kind', 'metadata', 'rules', ...(kind === 'ClusterRole' ? ['aggregationRule'] : [])]
      : ['apiVersion', 'kind', 'metadata', 'subjects', 'roleRef'],
  );

  // metadata
  let name = '';
  let namespace: string | undefined;
  let labels = new Map<string, string>();
  if (!isJsonObject(v['metadata'])) {
    ctx.error(
      ['metadata'],
      v['metadata'] === undefined
        ? 'metadata is missing'
        : `metadata must be a mapping, got ${describeValue(v['metadata'] ?? null)}`,
      'Add metadata with at least a name.',
      'missing-name',
    );
  } else {
    const m = v['metadata'];
    name = ctx.string(m, 'name', ['metadata']) ?? '';
    if (!name) {
      if (m['generateName'] !== undefined)
        ctx.error(
          ['metadata'],
          'metadata.generateName is not supported here; the analyzer needs a fixed name',
          'Set metadata.name.',
          'missing-name',
        );
      else ctx.error(['metadata'], 'metadata.name is missing', 'Add metadata.name.', 'missing-name');
    } else {
      const problem = pathSegmentNameProblem(name);
      if (problem) ctx.error(['metadata', 'name'], `metadata.name ${problem}`, 'Choose a name without "/" or "%".');
    }
    const ns = ctx.string(m, 'namespace', ['metadata']);
    if (namespaced) {
      if (!ns) {
        namespace = options.defaultNamespace ?? 'default';
        ctx.warn(
          ['metadata'],
          `metadata.namespace is missing; assuming "${namespace}" (kubectl would use the current context's namespace)`,
          'Set metadata.namespace explicitly.',
          'default-namespace',
        );
      } else if (ns.length > 63 || !DNS_LABEL.test(ns)) {
        ctx.error(
          ['metadata', 'namespace'],
          `metadata.namespace "${ns}" is not a valid namespace name`,
          'Use lower-case letters, digits and "-" (at most 63 characters).',
        );
      } else {
        namespace = ns;
      }
    } else if (ns) {
      ctx.warn(
        ['metadata', 'namespace'],
        `${kind} is cluster-scoped; metadata.namespace "${ns}" is ignored`,
        'Remove metadata.namespace.',
        'ignored-namespace',
      );
    }
    labels = ctx.stringMap(m, 'labels', ['metadata']);
  }
  ctx.object = `${describeObject(kind, name || undefined, namespace)}${where}`;
  const source = {file: obj.file, line: obj.line, column: obj.column};

  if (isRole) {
    const rules = decodeRules(ctx, v, kind === 'Role');
    let aggregationRule: RbacRole['aggregationRule'];
    if (kind === 'ClusterRole' && v['aggregationRule'] !== undefined && v['aggregationRule'] !== null) {
      aggregationRule = decodeAggregationRule(ctx, v['aggregationRule']);
    }
    if (ctx.hasError) return {type: 'invalid'};
    const role: RbacRole = {
      kind: kind as RoleKind,
      name,
      ...(namespace !== undefined ? {namespace} : {}),
      labels,
      rules: rules.map((rule, index) => ({rule, index, source})),
      writtenRules: rules,
      ...(aggregationRule ? {aggregationRule} : {}),
      builtin: false,
      source,
    };
    return {type: 'role', role};
  }

  // bindings
  const roleRef = decodeRoleRef(ctx, v['roleRef'], kind === 'RoleBinding');
  const subjects = decodeSubjects(ctx, v['subjects'], namespace);
  if (ctx.hasError || !roleRef) return {type: 'invalid'};
  const binding: RbacBinding = {
    kind: kind as RbacBinding['kind'],
    name,
    ...(namespace !== undefined ? {namespace} : {}),
    roleRef,
    subjects,
    labels,
    source,
  };
  return {type: 'binding', binding};
}

const RULE_KEYS = ['apiGroups', 'resources', 'resourceNames', 'nonResourceURLs', 'verbs'];

function decodeRules(ctx: Ctx, v: JsonObject, namespaced: boolean): PolicyRule[] {
  const out: PolicyRule[] = [];
  ctx.eachMapping(
    v['rules'],
    'rules',
    {
      list: 'Write rules as a list of `- apiGroups: [...]` entries.',
      item: 'Each rule is a mapping with verbs and apiGroups/resources or nonResourceURLs.',
    },
    (r, i) => {
      const p: PathSegment[] = ['rules', i];
      ctx.checkKeys(r, p, RULE_KEYS);
      const rule: PolicyRule = {
        verbs: ctx.stringList(r, 'verbs', p),
        apiGroups: ctx.stringList(r, 'apiGroups', p),
        resources: ctx.stringList(r, 'resources', p),
        resourceNames: ctx.stringList(r, 'resourceNames', p),
        nonResourceURLs: ctx.stringList(r, 'nonResourceURLs', p),
      };
      if (rule.verbs.length === 0)
        ctx.error(
          [...p, 'verbs'],
          `rules[${i}].verbs must contain at least one verb`,
          'Add verbs, e.g. verbs: ["get", "list", "watch"].',
        );
      if (rule.nonResourceURLs.length > 0) {
        if (namespaced)
          ctx.error(
            [...p, 'nonResourceURLs'],
            `rules[${i}]: a Role (namespaced) cannot grant nonResourceURLs`,
            'Move the rule to a ClusterRole bound with a ClusterRoleBinding.',
          );
        if (rule.apiGroups.length > 0 || rule.resources.length > 0 || rule.resourceNames.length > 0) {
          ctx.error(
            [...p, 'nonResourceURLs'],
            `rules[${i}] mixes nonResourceURLs with apiGroups/resources/resourceNames`,
            'Split it into one rule for resources and one for nonResourceURLs.',
          );
        }
      } else {
        if (rule.apiGroups.length === 0)
          ctx.error(
            [...p],
            `rules[${i}].apiGroups is missing`,
            'Add apiGroups, e.g. apiGroups: [""] for the core group or ["apps"].',
          );
        if (rule.resources.length === 0)
          ctx.error([...p], `rules[${i}].resources is missing`, 'Add resources, e.g. resources: ["pods"].');
      }
      out.push(rule);
    },
  );
  return out;
}

const OPERATORS: readonly SelectorOperator[] = ['In', 'NotIn', 'Exists', 'DoesNotExist'];

function decodeAggregationRule(ctx: Ctx, raw: JsonValue): RbacRole['aggregationRule'] {
  const p: PathSegment[] = ['aggregationRule'];
  if (!isJsonObject(raw)) {
    ctx.error(
      p,
      `aggregationRule must be a mapping, got ${describeValue(raw)}`,
      'Write aggregationRule: {clusterRoleSelectors: [...]}.',
    );
    return undefined;
  }
  ctx.checkKeys(raw, p, ['clusterRoleSelectors']);
  const sels = raw['clusterRoleSelectors'];
  if (!Array.isArray(sels) || sels.length === 0) {
    ctx.error(
      [...p, 'clusterRoleSelectors'],
      'aggregationRule.clusterRoleSelectors needs at least one selector',
      'Add a selector, e.g. - matchLabels: {example.com/aggregate-to-monitoring: "true"}.',
    );
    return undefined;
  }
  const selectors: LabelSelector[] = [];
  sels.forEach((s, i) => {
    const sp: PathSegment[] = [...p, 'clusterRoleSelectors', i];
    if (!isJsonObject(s)) {
      ctx.error(sp, `clusterRoleSelectors[${i}] must be a mapping`, 'Use matchLabels and/or matchExpressions.');
      return;
    }
    ctx.checkKeys(s, sp, ['matchLabels', 'matchExpressions']);
    const matchLabels = ctx.stringMap(s, 'matchLabels', sp);
    const exprs: LabelSelectorRequirement[] = [];
    const rawExprs = s['matchExpressions'];
    if (rawExprs !== undefined && rawExprs !== null) {
      if (!Array.isArray(rawExprs)) {
        ctx.error(
          [...sp, 'matchExpressions'],
          'matchExpressions must be a list',
          'Write - key: ..., operator: In, values: [...].',
        );
      } else {
        rawExprs.forEach((e, j) => {
          const ep: PathSegment[] = [...sp, 'matchExpressions', j];
          if (!isJsonObject(e)) {
            ctx.error(ep, `matchExpressions[${j}] must be a mapping`, 'Write key, operator and values.');
            return;
          }
          ctx.checkKeys(e, ep, ['key', 'operator', 'values']);
          const key = ctx.string(e, 'key', ep) ?? '';
          const op = ctx.string(e, 'operator', ep) ?? '';
          const values = ctx.stringList(e, 'values', ep);
          if (!key) ctx.error(ep, `matchExpressions[${j}].key is missing`, 'Add the label key.');
          if (!OPERATORS.includes(op as SelectorOperator)) {
            ctx.error(
              [...ep, 'operator'],
              `matchExpressions[${j}].operator must be one of ${OPERATORS.join(', ')} (got "${op}")`,
              'Use In, NotIn, Exists or DoesNotExist.',
            );
            return;
          }
          const operator = op as SelectorOperator;
          if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
            ctx.error(
              [...ep, 'values'],
              `matchExpressions[${j}]: operator ${operator} needs at least one value`,
              'Add values: ["..."].',
            );
          }
          if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
            ctx.error(
              [...ep, 'values'],
              `matchExpressions[${j}]: operator ${operator} takes no values`,
              'Remove values.',
            );
          }
          exprs.push({key, operator, values});
        });
      }
    }
    selectors.push({matchLabels, matchExpressions: exprs});
  });
  return {clusterRoleSelectors: selectors};
}

function decodeRoleRef(
  ctx: Ctx,
  raw: JsonValue | undefined,
  isRoleBinding: boolean,
): RbacBinding['roleRef'] | undefined {
  const allowed = isRoleBinding ? 'Role or ClusterRole' : 'ClusterRole';
  if (raw === undefined || raw === null) {
    ctx.error(
      [],
      'roleRef is missing',
      `Add roleRef: {apiGroup: ${RBAC_GROUP}, kind: ${isRoleBinding ? 'Role' : 'ClusterRole'}, name: ...}.`,
      'missing-roleref',
    );
    return undefined;
  }
  if (!isJsonObject(raw)) {
    ctx.error(
      ['roleRef'],
      `roleRef must be a mapping, got ${describeValue(raw)}`,
      'Write roleRef with apiGroup, kind and name.',
    );
    return undefined;
  }
  const p: PathSegment[] = ['roleRef'];
  ctx.checkKeys(raw, p, ['apiGroup', 'kind', 'name']);
  const apiGroup = ctx.string(raw, 'apiGroup', p) ?? '';
  if (apiGroup !== '' && apiGroup !== RBAC_GROUP) {
    ctx.error(
      [...p, 'apiGroup'],
      `roleRef.apiGroup must be ${RBAC_GROUP} (got "${apiGroup}")`,
      `Set roleRef.apiGroup: ${RBAC_GROUP}.`,
    );
  }
  const kind = ctx.string(raw, 'kind', p);
  const name = ctx.string(raw, 'name', p);
  let ok = true;
  if (kind !== 'ClusterRole' && !(isRoleBinding && kind === 'Role')) {
    ok = false;
    const fix =
      !isRoleBinding && kind === 'Role'
        ? 'A ClusterRoleBinding can only reference a ClusterRole: use a RoleBinding for a Role, or make the role a ClusterRole.'
        : `Set roleRef.kind to ${allowed} (case-sensitive).`;
    ctx.error(
      [...p, 'kind'],
      `roleRef.kind must be ${allowed}${kind === undefined ? ' (missing)' : ` (got "${kind}")`}`,
      fix,
    );
  }
  if (!name) {
    ok = false;
    ctx.error([...p], 'roleRef.name is missing', 'Set roleRef.name to the role to grant.');
  } else {
    const problem = pathSegmentNameProblem(name);
    if (problem) {
      ok = false;
      ctx.error([...p, 'name'], `roleRef.name ${problem}`, 'Use the exact name of the role.');
    }
  }
  if (!ok || !name || (kind !== 'Role' && kind !== 'ClusterRole')) return undefined;
  return {kind, name};
}

function decodeSubjects(ctx: Ctx, raw: JsonValue | undefined, bindingNamespace: string | undefined): Subject[] {
  const out: Subject[] = [];
  ctx.eachMapping(
    raw,
    'subjects',
    {
      list: 'Write subjects as a list of `- kind: ..., name: ...` entries.',
      item: 'Each subject has kind and name (and namespace for a ServiceAccount).',
    },
    (s, i) => {
      const p: PathSegment[] = ['subjects', i];
      ctx.checkKeys(s, p, ['kind', 'name', 'namespace', 'apiGroup']);
      const kind = ctx.string(s, 'kind', p);
      const name = ctx.string(s, 'name', p) ?? '';
      const ns = ctx.string(s, 'namespace', p);
      const apiGroup = ctx.string(s, 'apiGroup', p) ?? '';
      if (!name) ctx.error(p, `subjects[${i}].name is missing`, 'Add the user, group or service account name.');
      switch (kind) {
        case 'ServiceAccount': {
          if (apiGroup !== '')
            ctx.error(
              [...p, 'apiGroup'],
              `subjects[${i}].apiGroup must be empty for a ServiceAccount (got "${apiGroup}")`,
              'Remove apiGroup from the ServiceAccount subject.',
            );
          if (name && (name.length > 253 || !DNS_SUBDOMAIN.test(name))) {
            ctx.error(
              [...p, 'name'],
              `subjects[${i}].name "${name}" is not a valid service account name`,
              'Use the plain service account name (lower-case letters, digits, "-" and "."); write the namespace in namespace.',
            );
          }
          let namespace = ns;
          if (!namespace) {
            if (bindingNamespace === undefined) {
              ctx.error(
                p,
                `subjects[${i}]: a ServiceAccount subject of a ClusterRoleBinding needs a namespace`,
                `Add namespace: <the service account's namespace> to subjects[${i}].`,
                'missing-namespace',
              );
              return;
            }
            namespace = bindingNamespace; // upstream defaults to the RoleBinding's namespace
          }
          if (name) out.push({kind: 'ServiceAccount', name, namespace});
          break;
        }
        case 'User':
        case 'Group':
          if (apiGroup !== '' && apiGroup !== RBAC_GROUP) {
            ctx.error(
              [...p, 'apiGroup'],
              `subjects[${i}].apiGroup must be ${RBAC_GROUP} for a ${kind} (got "${apiGroup}")`,
              `Set apiGroup: ${RBAC_GROUP} or remove it.`,
            );
          }
          if (ns)
            ctx.warn(
              [...p, 'namespace'],
              `subjects[${i}].namespace is ignored for a ${kind}`,
              'Remove namespace from the subject.',
              'ignored-namespace',
            );
          if (name) out.push({kind, name});
          break;
        default:
          ctx.error(
            [...p, 'kind'],
            `subjects[${i}].kind must be User, Group or ServiceAccount${kind === undefined ? ' (missing)' : ` (got "${kind}")`}`,
            'Use User, Group or ServiceAccount (case-sensitive).',
          );
      }
    },
  );
  return out;
}
