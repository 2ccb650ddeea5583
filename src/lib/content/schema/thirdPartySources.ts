/**
 * Where each vendored third-party schema comes from (data under
 * schema/thirdParty/, written by scripts/vendor-third-party-schemas.ts).
 * Browser-safe: only strings, so examples.ts can name the schema and version
 * that validated a file on the page.
 */

export type ThirdPartyTool = 'kyverno' | 'gatekeeper' | 'cilium' | 'tetragon' | 'falco';

export interface ThirdPartySource {
  readonly tool: ThirdPartyTool;
  /** Upstream repository, owner/name. */
  readonly repo: string;
  /** Release tag the file was taken at. */
  readonly tag: string;
  /** The tag's commit. */
  readonly commit: string;
  readonly path: string;
  readonly format: 'crd' | 'crd-json-schema' | 'falco-json-schema' | 'gatekeeper-match';
  /** "group/version/Kind" keys this file provides (FalcoRules for the Falco schema). */
  readonly kinds: readonly string[];
}

export interface ThirdPartyToolInfo {
  /** Product name and release, as pages show it: "Kyverno v1.19.0". */
  readonly label: string;
  /** What kind of schema it is, for the validated-against line. */
  readonly schema: string;
}

export const THIRD_PARTY_TOOLS: Readonly<Record<ThirdPartyTool, ThirdPartyToolInfo>> = {
  cilium: {label: 'Cilium v1.18.2', schema: 'CRD schema'},
  falco: {label: 'Falco 0.44.1', schema: 'rules-file JSON schema'},
  gatekeeper: {label: 'Gatekeeper v3.23.0', schema: 'CRD schema'},
  kyverno: {label: 'Kyverno v1.19.0', schema: 'CRD schema'},
  tetragon: {label: 'Tetragon v1.7.0', schema: 'CRD schema'},
};

export const THIRD_PARTY_SOURCES: readonly ThirdPartySource[] = [
  {
    tool: 'kyverno',
    repo: 'kyverno/kyverno',
    tag: 'v1.19.0',
    commit: 'ee97ce09538b09b6f1b03853cc41a62654d6a58f',
    path: 'config/crds/kyverno/kyverno.io_clusterpolicies.yaml',
    format: 'crd',
    kinds: ['kyverno.io/v1/ClusterPolicy'],
  },
  {
    tool: 'kyverno',
    repo: 'kyverno/kyverno',
    tag: 'v1.19.0',
    commit: 'ee97ce09538b09b6f1b03853cc41a62654d6a58f',
    path: 'config/crds/kyverno/kyverno.io_policies.yaml',
    format: 'crd',
    kinds: ['kyverno.io/v1/Policy'],
  },
  {
    tool: 'kyverno',
    repo: 'kyverno/kyverno',
    tag: 'v1.19.0',
    commit: 'ee97ce09538b09b6f1b03853cc41a62654d6a58f',
    path: 'config/crds/policies.kyverno.io/policies.kyverno.io_validatingpolicies.yaml',
    format: 'crd',
    kinds: ['policies.kyverno.io/v1/ValidatingPolicy'],
  },
  {
    tool: 'gatekeeper',
    repo: 'open-policy-agent/gatekeeper',
    tag: 'v3.23.0',
    commit: 'cdf332c3f2762c616d4b6f433712a8d7ed62b3d8',
    path: 'config/crd/bases/constrainttemplate-customresourcedefinition.yaml',
    format: 'crd',
    kinds: ['templates.gatekeeper.sh/v1/ConstraintTemplate'],
  },
  {
    // The `match` schema Gatekeeper gives every constraint CRD (pkg/target/match_schema.go reads it);
    // the rest of a constraint's schema is built in thirdParty.ts after frameworks' crds.CreateSchema.
    tool: 'gatekeeper',
    repo: 'open-policy-agent/gatekeeper',
    tag: 'v3.23.0',
    commit: 'cdf332c3f2762c616d4b6f433712a8d7ed62b3d8',
    path: 'pkg/target/matchcrd_constant.go',
    format: 'gatekeeper-match',
    kinds: ['constraints.gatekeeper.sh/match'],
  },
  {
    tool: 'tetragon',
    repo: 'cilium/tetragon',
    tag: 'v1.7.0',
    commit: '1de2ed8ebea18e56257dc59597aa13bf8f0e471e',
    path: 'pkg/k8s/apis/cilium.io/client/crds/v1alpha1/cilium.io_tracingpolicies.yaml',
    format: 'crd',
    kinds: ['cilium.io/v1alpha1/TracingPolicy'],
  },
  {
    tool: 'tetragon',
    repo: 'cilium/tetragon',
    tag: 'v1.7.0',
    commit: '1de2ed8ebea18e56257dc59597aa13bf8f0e471e',
    path: 'pkg/k8s/apis/cilium.io/client/crds/v1alpha1/cilium.io_tracingpoliciesnamespaced.yaml',
    format: 'crd',
    kinds: ['cilium.io/v1alpha1/TracingPolicyNamespaced'],
  },
  {
    // The cilium/cilium snapshot is over the fetch limit; this is the CRD's openAPIV3Schema as
    // datreeio/CRDs-catalog extracted it from the Cilium 1.18.2 release ("feat: Update cilium to 1.18.2").
    tool: 'cilium',
    repo: 'datreeio/CRDs-catalog',
    tag: 'cilium 1.18.2 (catalog commit)',
    commit: 'ea03cc2abb64ddc0a927c1e3d48a3d0abf66a3de',
    path: 'cilium.io/ciliumnetworkpolicy_v2.json',
    format: 'crd-json-schema',
    kinds: ['cilium.io/v2/CiliumNetworkPolicy'],
  },
  {
    tool: 'cilium',
    repo: 'datreeio/CRDs-catalog',
    tag: 'cilium 1.18.2 (catalog commit)',
    commit: 'ea03cc2abb64ddc0a927c1e3d48a3d0abf66a3de',
    path: 'cilium.io/ciliumclusterwidenetworkpolicy_v2.json',
    format: 'crd-json-schema',
    kinds: ['cilium.io/v2/CiliumClusterwideNetworkPolicy'],
  },
  {
    tool: 'falco',
    repo: 'falcosecurity/falco',
    tag: '0.44.1',
    commit: 'f1ac5eb1a1c9da9f797f799121ab700263621443',
    path: 'userspace/engine/rule_json_schema.h',
    format: 'falco-json-schema',
    kinds: ['FalcoRules'],
  },
  {
    tool: 'kyverno',
    repo: 'kyverno/kyverno',
    tag: 'v1.19.0',
    commit: 'ee97ce09538b09b6f1b03853cc41a62654d6a58f',
    path: 'config/crds/policies.kyverno.io/policies.kyverno.io_imagevalidatingpolicies.yaml',
    format: 'crd',
    kinds: ['policies.kyverno.io/v1/ImageValidatingPolicy'],
  },
];

/** Gatekeeper constraints: one CRD per ConstraintTemplate, served at this version. */
export const CONSTRAINT_GROUP = 'constraints.gatekeeper.sh';
export const CONSTRAINT_VERSION = 'v1beta1';

/** Kinds a Falco rules file registers as; such files end in `.falco.yaml`. */
export const FALCO_RULES_KIND = 'FalcoRules';
export const FALCO_RULES_FILE = /\.falco\.ya?ml$/;

const KIND_TOOL: ReadonlyMap<string, ThirdPartyTool> = new Map(
  THIRD_PARTY_SOURCES.flatMap((source) =>
    source.kinds.filter((k) => k.includes('/')).map((k) => [k, source.tool] as const),
  ),
);

/** The third-party tool whose schema covers this apiVersion and kind, if any (Gatekeeper constraints included). */
export function thirdPartyToolFor(apiVersion: string, kind: string): ThirdPartyTool | undefined {
  if (apiVersion.startsWith(`${CONSTRAINT_GROUP}/`)) return 'gatekeeper';
  return KIND_TOOL.get(`${apiVersion}/${kind}`);
}

/** Cluster-scoped third-party kinds (metadata.namespace is refused); the rest are namespaced. */
export const CLUSTER_SCOPED_THIRD_PARTY = new Set([
  'kyverno.io/v1/ClusterPolicy',
  'policies.kyverno.io/v1/ValidatingPolicy',
  'templates.gatekeeper.sh/v1/ConstraintTemplate',
  'cilium.io/v2/CiliumClusterwideNetworkPolicy',
  'cilium.io/v1alpha1/TracingPolicy',
  'policies.kyverno.io/v1/ImageValidatingPolicy',
]);

/** API groups whose kinds come from a vendored third-party schema. */
const THIRD_PARTY_GROUPS: ReadonlySet<string> = new Set([
  CONSTRAINT_GROUP,
  ...THIRD_PARTY_SOURCES.flatMap((source) =>
    source.kinds.filter((k) => k.includes('/')).map((k) => k.split('/')[0] ?? ''),
  ),
]);

/**
 * For an apiVersion in a third-party group whose kind or version has no
 * vendored schema (kyverno.io/v2beta1, cilium.io/v2alpha1, ...): why, and the
 * fix. Undefined for covered kinds and for groups that are not third-party.
 */
export function unvendoredThirdPartyKind(apiVersion: string, kind: string): string | undefined {
  const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : undefined;
  if (group === undefined || !THIRD_PARTY_GROUPS.has(group) || thirdPartyToolFor(apiVersion, kind)) return undefined;
  const known = [...KIND_TOOL.keys()].filter((k) => k.startsWith(`${group}/`)).map((k) => k.slice(group.length + 1));
  return (
    `${apiVersion} ${kind} has no vendored schema; this group has: ${known.join(', ')}. ` +
    'Use one of those, or vendor its CRD (src/lib/content/schema/thirdPartySources.ts and scripts/vendor-third-party-schemas.ts)'
  );
}
