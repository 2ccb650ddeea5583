/**
 * Public data types of the Pod Security Standards engine. Everything is plain data.
 */

/** Pod Security Standards level (a namespace's `pod-security.kubernetes.io/enforce` value). */
export type PolicyLevel = 'privileged' | 'baseline' | 'restricted';
/** Level a check belongs to. Restricted includes every Baseline check. */
export type CheckLevel = 'baseline' | 'restricted';

/** Check IDs exactly as upstream registers them (`policy/check_*.go`). */
export const CHECK_IDS = [
  'privileged',
  'hostNamespaces',
  'hostPathVolumes',
  'hostPorts',
  'hostProbesAndHostLifecycle',
  'capabilities_baseline',
  'capabilities_restricted',
  'procMount',
  'procMount_restricted',
  'seLinuxOptions',
  'seccompProfile_baseline',
  'seccompProfile_restricted',
  'appArmorProfile',
  'sysctls',
  'windowsHostProcess',
  'allowPrivilegeEscalation',
  'runAsNonRoot',
  'runAsUser',
  'restrictedVolumes',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface Violation {
  readonly check: CheckId;
  readonly level: CheckLevel;
  /** Upstream ForbiddenReason, e.g. `allowPrivilegeEscalation != false`. */
  readonly reason: string;
  /** Upstream ForbiddenDetail, e.g. `containers "a", "b" must set securityContext.allowPrivilegeEscalation=false`. */
  readonly detail: string;
  /** First offending field, relative to the object, e.g. `spec.containers[0].securityContext.privileged`. */
  readonly path: string;
  /** What to change, for humans. */
  readonly fix: string;
}

/**
 * A field the checks read that has a type the API server would reject while decoding
 * (e.g. `privileged: "true"`). Pod Security Admission never sees such objects, so the
 * engine reports them instead of guessing, and the object is not `allowed`.
 */
export interface InvalidField {
  readonly path: string;
  readonly message: string;
}

export interface PodEvaluation {
  /** True when no check failed and no inspected field is invalid. */
  readonly allowed: boolean;
  readonly level: PolicyLevel;
  /** Requested policy version: `latest` or `v1.N`. */
  readonly version: string;
  /** Policy version actually applied (`latest` and future versions map to the newest known). */
  readonly evaluatedVersion: string;
  /** In upstream order: Baseline check IDs sorted, then Restricted check IDs sorted. */
  readonly violations: readonly Violation[];
  readonly invalidFields: readonly InvalidField[];
}

interface ObjectIdentity {
  readonly kind: string;
  readonly apiVersion: string;
  /** `metadata.name` (or `generateName`), `''` when absent. */
  readonly name: string;
  readonly namespace?: string;
}

export type ObjectEvaluation =
  | (ObjectIdentity & {readonly podBearing: true; readonly evaluation: PodEvaluation})
  | (ObjectIdentity & {readonly podBearing: false; readonly reason: string});
