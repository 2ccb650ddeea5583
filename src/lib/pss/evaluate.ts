/**
 * Evaluation of objects against a Pod Security Standards level and version.
 *
 * Pod-bearing objects are those Pod Security Admission extracts a pod spec from
 * (`DefaultPodSpecExtractor` in upstream `admission/admission.go`): Pod, PodTemplate
 * (`template`), ReplicationController, ReplicaSet, Deployment, StatefulSet, DaemonSet,
 * Job (`spec.template`) and CronJob (`spec.jobTemplate.spec.template`). For templates the
 * template's own `metadata` is used, so deprecated seccomp/AppArmor annotations on it
 * count. A ReplicationController without a template has nothing to evaluate. Objects
 * without `apiVersion` are matched by kind alone; with an `apiVersion` the API group
 * must also match (core, `apps` or `batch`).
 */
import {checksFor} from './registry';
import type {IssueRef, PodView, RawObject, TemplateLocation} from './podView';
import {decodePod} from './podView';
import type {InvalidField, ObjectEvaluation, PodEvaluation, PolicyLevel, Violation} from './types';
import type {Policy} from './version';
import {parsePolicy, policy as makePolicy, versionLabel} from './version';
import {describeValue, isPlainObject, own} from '../format/value';

interface KindInfo {
  readonly group: string;
  /** Path from the object to the pod template (the object holding metadata/spec). */
  readonly template: readonly string[];
  /** A nil template means "no pod spec" (ReplicationController.spec.template is a pointer). */
  readonly optionalTemplate: boolean;
}

const KINDS: Readonly<Record<string, KindInfo>> = {
  Pod: {group: '', template: [], optionalTemplate: false},
  PodTemplate: {group: '', template: ['template'], optionalTemplate: false},
  ReplicationController: {group: '', template: ['spec', 'template'], optionalTemplate: true},
  ReplicaSet: {group: 'apps', template: ['spec', 'template'], optionalTemplate: false},
  Deployment: {group: 'apps', template: ['spec', 'template'], optionalTemplate: false},
  StatefulSet: {group: 'apps', template: ['spec', 'template'], optionalTemplate: false},
  DaemonSet: {group: 'apps', template: ['spec', 'template'], optionalTemplate: false},
  Job: {group: 'batch', template: ['spec', 'template'], optionalTemplate: false},
  CronJob: {group: 'batch', template: ['spec', 'jobTemplate', 'spec', 'template'], optionalTemplate: false},
};

export const POD_BEARING_KINDS: readonly string[] = Object.keys(KINDS);

const EMPTY_SPEC: RawObject = Object.freeze({}) as RawObject;

function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}

export type Classification =
  {readonly podBearing: true; readonly info: KindInfo} | {readonly podBearing: false; readonly reason: string};

export function classify(obj: unknown): Classification {
  if (!isPlainObject(obj)) return {podBearing: false, reason: 'not an object'};
  const kind = own(obj, 'kind');
  const apiVersion = own(obj, 'apiVersion');
  if (typeof kind !== 'string' || kind === '') return {podBearing: false, reason: 'no kind'};
  const info = own(KINDS, kind);
  if (info === undefined) return {podBearing: false, reason: 'not a pod-bearing object'};
  if (typeof apiVersion === 'string' && groupOf(apiVersion) !== info.group) {
    const group = info.group === '' ? 'the core API group (apiVersion: v1)' : `API group ${info.group}`;
    return {
      podBearing: false,
      reason: `${kind} in apiVersion ${apiVersion} is not evaluated: Pod Security Admission checks ${kind} only in ${group}`,
    };
  }
  return {podBearing: true, info};
}

const PREFIXES = new Map<readonly string[], string>();

function prefixOf(template: readonly string[]): string {
  let prefix = PREFIXES.get(template);
  if (prefix === undefined) {
    prefix = template.length === 0 ? '' : `${template.join('.')}.`;
    PREFIXES.set(template, prefix);
  }
  return prefix;
}

/** Finds the pod template; `undefined` when there is nothing to evaluate. */
export function locateTemplate(obj: RawObject, info: KindInfo, kind: string): TemplateLocation | undefined {
  let issues: IssueRef[] | undefined;
  let holder: RawObject | undefined = obj;
  const steps = info.template;
  for (let i = 0; i < steps.length; i++) {
    const key = steps[i] ?? '';
    const value: unknown = own(holder, key);
    if (value === undefined || value === null) {
      if (info.optionalTemplate && i === steps.length - 1) return undefined;
      holder = undefined;
      break;
    }
    if (!isPlainObject(value)) {
      const here = steps.slice(0, i + 1).join('.');
      (issues ??= []).push({
        path: here,
        message: `${here} must be an object, not ${describeValue(value)}`,
        parent: holder,
        key,
      });
      holder = undefined;
      break;
    }
    holder = value;
  }
  const prefix = prefixOf(steps);
  let spec: RawObject = EMPTY_SPEC;
  let meta: RawObject | undefined;
  if (holder !== undefined) {
    const s = own(holder, 'spec');
    if (isPlainObject(s)) spec = s;
    else if (s !== undefined && s !== null) {
      (issues ??= []).push({
        path: `${prefix}spec`,
        message: `${prefix}spec must be an object, not ${describeValue(s)}`,
        parent: holder,
        key: 'spec',
      });
    }
    const m = own(holder, 'metadata');
    if (isPlainObject(m)) meta = m;
    else if (m !== undefined && m !== null) {
      (issues ??= []).push({
        path: `${prefix}metadata`,
        message: `${prefix}metadata must be an object, not ${describeValue(m)}`,
        parent: holder,
        key: 'metadata',
      });
    }
  }
  return {
    spec,
    meta,
    specPath: `${prefix}spec`,
    metaPath: `${prefix}metadata`,
    isPod: kind === 'Pod',
    issues: issues ?? NO_ISSUES,
  };
}

const NO_ISSUES: readonly IssueRef[] = Object.freeze([]);
const NO_FIELDS: readonly InvalidField[] = Object.freeze([]);

/** Runs the checks of `policy` on a decoded pod. */
export function evaluateView(view: PodView, policy: Policy): PodEvaluation {
  const violations: Violation[] = [];
  if (policy.level !== 'privileged') {
    for (const check of checksFor(policy.level, policy.version.minor)) {
      const failure = check.run(view);
      if (failure !== undefined) {
        violations.push({
          check: check.id,
          level: check.level,
          reason: failure.reason,
          detail: failure.detail,
          path: failure.path,
          fix: failure.fix,
        });
      }
    }
  }
  const invalidFields =
    view.issues.length === 0 ? NO_FIELDS : view.issues.map((i): InvalidField => ({path: i.path, message: i.message}));
  return {
    allowed: violations.length === 0 && invalidFields.length === 0,
    level: policy.level,
    version: policy.version.label,
    evaluatedVersion: versionLabel(policy.version.minor),
    violations,
    invalidFields,
  };
}

function allowedEvaluation(policy: Policy, invalidFields: readonly InvalidField[] = NO_FIELDS): PodEvaluation {
  return {
    allowed: invalidFields.length === 0,
    level: policy.level,
    version: policy.version.label,
    evaluatedVersion: versionLabel(policy.version.minor),
    violations: [],
    invalidFields,
  };
}

/**
 * Decodes the pod template of `obj`: the object itself when it has no `kind` (a bare
 * pod), its template for pod-bearing kinds; `undefined` for other kinds and for a
 * ReplicationController without template.
 */
export function viewOf(obj: unknown): PodView | undefined | 'not-an-object' {
  if (!isPlainObject(obj)) return 'not-an-object';
  const kind = own(obj, 'kind');
  let kindName = 'Pod';
  let info: KindInfo | undefined = KINDS['Pod'];
  if (kind !== undefined) {
    const c = classify(obj);
    if (!c.podBearing) return undefined;
    info = c.info;
    kindName = typeof kind === 'string' ? kind : 'Pod';
  }
  if (info === undefined) return undefined;
  const location = locateTemplate(obj, info, kindName);
  return location === undefined ? undefined : decodePod(location);
}

/** Evaluates with an already parsed policy (for hot loops). Never throws. */
export function evaluatePodWithPolicy(obj: unknown, policy: Policy): PodEvaluation {
  const view = viewOf(obj);
  if (view === 'not-an-object') {
    return allowedEvaluation(policy, [{path: '', message: `a pod must be an object, not ${describeValue(obj)}`}]);
  }
  return view === undefined ? allowedEvaluation(policy) : evaluateView(view, policy);
}

let cachedVersion: string | undefined;
let cachedPolicies: Partial<Record<PolicyLevel, Policy>> = {};

function resolvePolicy(level: PolicyLevel, version: string): Policy {
  if (version !== cachedVersion) {
    cachedVersion = undefined;
    cachedPolicies = {};
  }
  const hit = cachedPolicies[level];
  if (hit !== undefined) return hit;
  const p = makePolicy(level, version);
  cachedVersion = version;
  cachedPolicies[level] = p;
  return p;
}

/**
 * Evaluates a Pod or pod-bearing object (Deployment, CronJob, ...) against a level and
 * version. An object without `kind` is treated as a Pod; objects of other kinds have no
 * pod spec and are allowed. Throws {@link PssInputError} for an invalid level/version.
 */
export function evaluatePod(obj: unknown, level: PolicyLevel = 'restricted', version = 'latest'): PodEvaluation {
  return evaluatePodWithPolicy(obj, resolvePolicy(level, version));
}

function identity(obj: RawObject): {kind: string; apiVersion: string; name: string; namespace?: string} {
  const kind = own(obj, 'kind');
  const apiVersion = own(obj, 'apiVersion');
  const metadata = own(obj, 'metadata');
  let name = '';
  let namespace: string | undefined;
  if (isPlainObject(metadata)) {
    const n = own(metadata, 'name');
    const g = own(metadata, 'generateName');
    const ns = own(metadata, 'namespace');
    if (typeof n === 'string' && n !== '') name = n;
    else if (typeof g === 'string') name = g;
    if (typeof ns === 'string' && ns !== '') namespace = ns;
  }
  const base = {
    kind: typeof kind === 'string' ? kind : '',
    apiVersion: typeof apiVersion === 'string' ? apiVersion : '',
    name,
  };
  return namespace === undefined ? base : {...base, namespace};
}

/** Classifies and evaluates any object. Never throws. */
export function evaluateObjectWithPolicy(obj: unknown, policy: Policy): ObjectEvaluation {
  if (!isPlainObject(obj)) {
    return {podBearing: false, kind: '', apiVersion: '', name: '', reason: 'not an object'};
  }
  const id = identity(obj);
  const c = classify(obj);
  if (!c.podBearing) return {...id, podBearing: false, reason: c.reason};
  const location = locateTemplate(obj, c.info, id.kind);
  const evaluation = location === undefined ? allowedEvaluation(policy) : evaluateView(decodePod(location), policy);
  return {...id, podBearing: true, evaluation};
}

/** Like {@link evaluateObjectWithPolicy}; throws {@link PssInputError} for an invalid level/version. */
export function evaluateObject(obj: unknown, level: PolicyLevel = 'restricted', version = 'latest'): ObjectEvaluation {
  return evaluateObjectWithPolicy(obj, resolvePolicy(level, version));
}

/**
 * The strictest level `obj` passes at `version`: `restricted`, `baseline`, or
 * `privileged` (passes neither; also for objects with invalid fields). Objects that are
 * not pod-bearing are not restricted by Pod Security Admission: `restricted`.
 * Throws {@link PssInputError} for an invalid version.
 */
export function highestPassingLevel(obj: unknown, version = 'latest'): PolicyLevel {
  const p = parsePolicy('restricted', version);
  if (!p.ok) throw p.error;
  const view = viewOf(obj);
  if (view === 'not-an-object') return 'privileged';
  if (view === undefined) return 'restricted';
  if (view.issues.length > 0) return 'privileged';
  if (evaluateView(view, p.value).allowed) return 'restricted';
  return evaluateView(view, {level: 'baseline', version: p.value.version}).allowed ? 'baseline' : 'privileged';
}
