/** Core data types of the RBAC analyzer (rbac.authorization.k8s.io/v1). */
import type {ToolIssue} from '../manifest/errors';

export type SubjectKind = 'User' | 'Group' | 'ServiceAccount';

/**
 * A subject as written in a binding. For ServiceAccount subjects the model
 * always holds a namespace: for a RoleBinding an omitted namespace defaults to
 * the binding's namespace (as the upstream authorizer does).
 */
export interface Subject {
  readonly kind: SubjectKind;
  readonly name: string;
  readonly namespace?: string;
}

/** An identity to ask about (`can`, `effectivePermissions`). */
export type Identity =
  | {
      readonly kind: 'User';
      readonly name: string;
      /** extra groups the user is known to have */ readonly groups?: readonly string[];
    }
  | {readonly kind: 'Group'; readonly name: string}
  | {readonly kind: 'ServiceAccount'; readonly namespace: string; readonly name: string};

export interface PolicyRule {
  readonly verbs: readonly string[];
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly resourceNames: readonly string[];
  readonly nonResourceURLs: readonly string[];
}

export interface SourceRef {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export type RoleKind = 'Role' | 'ClusterRole';
export type BindingKind = 'RoleBinding' | 'ClusterRoleBinding';

/** One effective rule of a role, with where it came from. */
export interface RoleRule {
  readonly rule: PolicyRule;
  /** Index in the role's effective rule list. */
  readonly index: number;
  /** For aggregated ClusterRoles: the ClusterRole the rule was copied from. */
  readonly aggregatedFrom?: string;
  readonly source?: SourceRef;
}

export type SelectorOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';

export interface LabelSelectorRequirement {
  readonly key: string;
  readonly operator: SelectorOperator;
  readonly values: readonly string[];
}

export interface LabelSelector {
  readonly matchLabels: ReadonlyMap<string, string>;
  readonly matchExpressions: readonly LabelSelectorRequirement[];
}

export interface RbacRole {
  readonly kind: RoleKind;
  readonly name: string;
  /** Only for kind Role. */
  readonly namespace?: string;
  readonly labels: ReadonlyMap<string, string>;
  /** Effective rules: for aggregated ClusterRoles, the union computed like the aggregation controller. */
  readonly rules: readonly RoleRule[];
  /** Rules as written in the manifest (ignored for aggregated ClusterRoles). */
  readonly writtenRules: readonly PolicyRule[];
  readonly aggregationRule?: {readonly clusterRoleSelectors: readonly LabelSelector[]};
  /** True for the built-in default ClusterRoles the analyzer supplies when the input lacks them. */
  readonly builtin: boolean;
  readonly source?: SourceRef;
}

export interface RoleRef {
  readonly kind: RoleKind;
  readonly name: string;
}

export interface RbacBinding {
  readonly kind: BindingKind;
  readonly name: string;
  /** Only for kind RoleBinding. */
  readonly namespace?: string;
  readonly roleRef: RoleRef;
  readonly subjects: readonly Subject[];
  readonly labels: ReadonlyMap<string, string>;
  readonly source?: SourceRef;
}

export type IssueSeverity = 'error' | 'warning';

/** A problem in the input, always with a location (column included), a code and a fix. */
export interface InputIssue extends ToolIssue {
  readonly severity: IssueSeverity;
  readonly code: string;
  readonly column: number;
}

export interface RbacModel {
  /** Keyed by `roleKey()`: `ClusterRole/<name>` or `Role/<namespace>/<name>`. */
  readonly roles: ReadonlyMap<string, RbacRole>;
  readonly bindings: readonly RbacBinding[];
  /** Non-RBAC objects in the input, by `apiVersion/kind`. */
  readonly ignored: {readonly total: number; readonly byKind: ReadonlyMap<string, number>};
  readonly warnings: readonly InputIssue[];
  /** Lookup structures; treat as private. */
  readonly index: ModelIndex;
}

export interface ModelIndex {
  /** Subject key (`subjectKey()`) → indexes into `bindings`. */
  readonly bySubject: ReadonlyMap<string, readonly number[]>;
  readonly clusterBindings: readonly number[];
  /** Namespace → RoleBinding indexes. */
  readonly byNamespace: ReadonlyMap<string, readonly number[]>;
}

/** Attributes of a resource request, as the API server's request info sees it. */
export interface ResourceAttributes {
  readonly verb: string;
  readonly apiGroup: string;
  readonly resource: string;
  readonly subresource?: string;
  /** Omitted or empty: a cluster-wide request. */
  readonly namespace?: string;
  readonly name?: string;
}

export interface NonResourceAttributes {
  readonly verb: string;
  readonly nonResourceURL: string;
}

export type AccessAttributes = ResourceAttributes | NonResourceAttributes;

export function isNonResource(a: AccessAttributes): a is NonResourceAttributes {
  return 'nonResourceURL' in a && typeof a.nonResourceURL === 'string';
}

/** Why something is allowed: one matching rule of one role via one binding. */
export interface Grant {
  readonly binding: RbacBinding;
  readonly role: RbacRole;
  readonly rule: RoleRule;
  /** The binding subject that matched (the identity itself, or a group it is in). */
  readonly via: Subject;
}

export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

export function severityRank(s: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(s);
}
