/**
 * `fixPod`: a corrected deep copy of a pod-bearing object that passes a level.
 *
 * Each check knows how to repair the fields it restricts (drop `privileged`, set
 * `allowPrivilegeEscalation: false`, add `drop: ["ALL"]`, use `RuntimeDefault` seccomp,
 * replace forbidden volumes by `emptyDir`, ...). Repairs are applied for every failing
 * check, then the copy is re-evaluated, a few rounds at most; fields with an invalid type
 * are deleted first. The input is never modified. Repairs change behaviour (an emptyDir
 * is not a hostPath), which is fine for a teaching tool showing "what would pass"; the
 * `fix` text of each violation explains the intent.
 */
import type {JsonValue} from '../manifest/types';
import {CHECKS} from './checks';
import {checksFor} from './registry';
import type {IssueRef, RawObject} from './podView';
import {decodePod} from './podView';
import {classify, locateTemplate} from './evaluate';
import type {PolicyLevel} from './types';
import {policy as makePolicy} from './version';
import {isPlainObject, own} from '../format/value';

const MAX_ROUNDS = 6;
const MAX_CLONE_DEPTH = 1000;

/** Deep copy of JSON-like data; drops functions/symbols/undefined, breaks cycles. */
export function cloneJson(value: unknown, seen: WeakSet<object> = new WeakSet(), depth = 0): JsonValue {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number')
    return value;
  if (typeof value !== 'object' || depth > MAX_CLONE_DEPTH || seen.has(value)) return null;
  seen.add(value);
  let out: JsonValue;
  if (Array.isArray(value)) {
    out = (value as unknown[]).map((item) => cloneJson(item, seen, depth + 1));
  } else {
    const obj: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      const item: unknown = (value as Record<string, unknown>)[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol' || typeof item === 'bigint')
        continue;
      Object.defineProperty(obj, key, {
        value: cloneJson(item, seen, depth + 1),
        writable: true,
        enumerable: true,
        configurable: true,
      });
    }
    out = obj;
  }
  seen.delete(value);
  return out;
}

function removeIssues(issues: readonly IssueRef[]): void {
  const arrays = new Map<unknown[], number[]>();
  for (const issue of issues) {
    if (Array.isArray(issue.parent)) {
      if (typeof issue.key === 'number') {
        const list = arrays.get(issue.parent) ?? [];
        list.push(issue.key);
        arrays.set(issue.parent, list);
      }
    } else if (typeof issue.key === 'string' && Object.hasOwn(issue.parent, issue.key)) {
      Reflect.deleteProperty(issue.parent, issue.key);
    }
  }
  for (const [array, indexes] of arrays) {
    for (const i of [...new Set(indexes)].sort((a, b) => b - a)) array.splice(i, 1);
  }
}

function templateExists(obj: RawObject, path: readonly string[]): boolean {
  let holder: unknown = obj;
  for (const key of path) {
    if (!isPlainObject(holder)) return false;
    holder = own(holder, key);
  }
  return isPlainObject(holder);
}

/** Makes every object on the way to the pod template exist (so fixers can write into it). */
function materialize(obj: RawObject, path: readonly string[]): void {
  let holder = obj;
  for (const key of [...path, 'spec']) {
    const value = own(holder, key);
    if (isPlainObject(value)) {
      holder = value;
      continue;
    }
    const created: RawObject = {};
    Object.defineProperty(holder, key, {value: created, writable: true, enumerable: true, configurable: true});
    holder = created;
  }
}

/**
 * Returns a corrected copy of a Pod or pod-bearing object that passes `level` at
 * `version`. Objects that are not pod-bearing (and non-objects) are returned as copies.
 * Throws {@link PssInputError} for an invalid level/version.
 */
export function fixPod(obj: unknown, level: PolicyLevel, version = 'latest'): JsonValue {
  const p = makePolicy(level, version);
  const copy = cloneJson(obj);
  if (!isPlainObject(copy) || p.level === 'privileged') return copy;
  const kind = own(copy, 'kind');
  const c = kind === undefined ? classify({...copy, kind: 'Pod'}) : classify(copy);
  if (!c.podBearing) return copy;
  const kindName = typeof kind === 'string' ? kind : 'Pod';
  const before = locateTemplate(copy, c.info, kindName);
  const windows = before !== undefined && isWindowsSpec(before.spec);
  const present = windows && before ? windowsForbiddenFields(before.spec) : new Set<string>();
  const done = (): JsonValue => {
    // API validation rejects these fields on a pod with spec.os.name: windows; never add one.
    const after = windows ? locateTemplate(copy, c.info, kindName) : undefined;
    if (after !== undefined) removeAddedWindowsFields(after.spec, present);
    return copy;
  };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (!c.info.optionalTemplate || templateExists(copy, c.info.template)) materialize(copy, c.info.template);
    const location = locateTemplate(copy, c.info, kindName);
    if (location === undefined) return done();
    const view = decodePod(location);
    if (view.issues.length > 0) {
      removeIssues(view.issues);
      continue;
    }
    const failing = checksFor(p.level, p.version.minor).filter((check) => check.run(view) !== undefined);
    if (failing.length === 0) return done();
    for (const check of failing) CHECKS[check.id].fix(view, p.version.minor);
  }
  return done();
}

// ---- Windows pods ------------------------------------------------------------------

/**
 * Security-context fields the API server forbids on a pod with `spec.os.name: windows`
 * (`validateWindows` in kubernetes/kubernetes pkg/apis/core/validation/validation.go):
 * the Linux-only settings of the pod and of every container.
 */
export const WINDOWS_FORBIDDEN_POD_FIELDS: readonly string[] = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'runAsUser',
  'runAsGroup',
  'supplementalGroups',
  'supplementalGroupsPolicy',
  'fsGroup',
  'fsGroupChangePolicy',
  'sysctls',
];
export const WINDOWS_FORBIDDEN_CONTAINER_FIELDS: readonly string[] = [
  'appArmorProfile',
  'seLinuxOptions',
  'seccompProfile',
  'capabilities',
  'readOnlyRootFilesystem',
  'privileged',
  'allowPrivilegeEscalation',
  'procMount',
  'runAsUser',
  'runAsGroup',
];

const CONTAINER_GROUPS = ['initContainers', 'containers', 'ephemeralContainers'] as const;

function isWindowsSpec(spec: RawObject): boolean {
  const os = own(spec, 'os');
  return isPlainObject(os) && own(os, 'name') === 'windows';
}

/** Visits the pod security context and each container's, with a key naming where they are. */
function visitSecurityContexts(
  spec: RawObject,
  visit: (where: string, sc: RawObject, fields: readonly string[]) => void,
): void {
  const podSC = own(spec, 'securityContext');
  if (isPlainObject(podSC)) visit('pod', podSC, WINDOWS_FORBIDDEN_POD_FIELDS);
  for (const group of CONTAINER_GROUPS) {
    const list = own(spec, group);
    if (!Array.isArray(list)) continue;
    list.forEach((container: unknown, i) => {
      if (!isPlainObject(container)) return;
      const sc = own(container, 'securityContext');
      if (isPlainObject(sc)) visit(`${group}[${i}]`, sc, WINDOWS_FORBIDDEN_CONTAINER_FIELDS);
    });
  }
}

/** `pod.seccompProfile`, `containers[0].capabilities`: the forbidden fields a Windows pod spec holds. */
export function windowsForbiddenFields(spec: RawObject): Set<string> {
  const found = new Set<string>();
  visitSecurityContexts(spec, (where, sc, fields) => {
    for (const f of fields) if (own(sc, f) !== undefined) found.add(`${where}.${f}`);
  });
  return found;
}

function removeAddedWindowsFields(spec: RawObject, present: ReadonlySet<string>): void {
  visitSecurityContexts(spec, (where, sc, fields) => {
    for (const f of fields)
      if (own(sc, f) !== undefined && !present.has(`${where}.${f}`)) Reflect.deleteProperty(sc, f);
  });
}
