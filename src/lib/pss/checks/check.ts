/**
 * The shape of a check, mirroring upstream `policy/checks.go`: an ID, a level, and a
 * list of versioned implementations where each applies from its `minVersion` (a
 * Kubernetes minor, major is always 1) until the next one. A restricted check may
 * override baseline checks (upstream `OverrideCheckIDs`): when it is active at a
 * version, the overridden baseline checks are not run for the Restricted level.
 */
import {joinQuote, pluralize} from '../goFormat';
import type {PodView, RawObject} from '../podView';
import {own} from '../../format/value';
import type {CheckId, CheckLevel} from '../types';
import {isPlainObject} from '../../format/value';

export interface CheckFailure {
  readonly reason: string;
  readonly detail: string;
  readonly path: string;
  readonly fix: string;
}

export type CheckFn = (pod: PodView) => CheckFailure | undefined;

export interface VersionedCheck {
  /** First policy minor version this implementation applies to. */
  readonly minVersion: number;
  readonly check: CheckFn;
  readonly overrides?: readonly CheckId[];
}

export interface CheckDefinition {
  readonly id: CheckId;
  readonly level: CheckLevel;
  /** Strictly increasing `minVersion`s. */
  readonly versions: readonly VersionedCheck[];
  /**
   * Mutates the (private, deep-copied) raw object behind `pod` so that the check passes
   * at policy minor `minor`. Only called when the check failed.
   */
  readonly fix: (pod: PodView, minor: number) => void;
  /** Upstream implementation. */
  readonly upstream: string;
}

/** The revision of `def` that applies at policy minor `minor`: the one with the highest `minVersion` not above it. */
export function activeRevision(def: CheckDefinition, minor: number): VersionedCheck | undefined {
  let found: VersionedCheck | undefined;
  for (const v of def.versions) if (v.minVersion <= minor) found = v;
  return found;
}

export const UPSTREAM_POLICY_DIR =
  'https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy';
export const PSS_DOC = 'https://kubernetes.io/docs/concepts/security/pod-security-standards/';

/** `container "a"` / `containers "a", "b"`. */
export function containerList(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;
}

/** Returns `parent[key]` when it is an object, otherwise replaces it with `{}`. */
export function ensureObject(parent: RawObject, key: string): RawObject {
  const current = own(parent, key);
  if (isPlainObject(current)) return current;
  const created: RawObject = {};
  Object.defineProperty(parent, key, {value: created, writable: true, enumerable: true, configurable: true});
  return created;
}

/** Sets an own data property (never a prototype setter). */
export function setField(parent: RawObject, key: string, value: unknown): void {
  Object.defineProperty(parent, key, {value, writable: true, enumerable: true, configurable: true});
}

export function deleteField(parent: RawObject, key: string): void {
  if (Object.hasOwn(parent, key)) Reflect.deleteProperty(parent, key);
}
