/**
 * Types and rules for the examples registry (examples/registry.ts): every file
 * under examples/ is listed with the kinds it holds and, for pod-bearing
 * manifests, the Pod Security level it is expected to meet.
 * Modelled on kubernetes/website content/en/examples/examples_test.go.
 */

import {THIRD_PARTY_TOOLS, type ThirdPartyTool} from './schema/thirdPartySources';

export type PssLevel = 'privileged' | 'baseline' | 'restricted';

export interface ExampleEntry {
  /** One line on what the example shows. */
  readonly description: string;
  /** The `kind` of each YAML document, in file order (e.g. ["Namespace", "Pod"]). */
  readonly kinds: readonly string[];
  /**
   * For files with pod-bearing objects (Pod, Deployment, Job, …): the highest
   * Pod Security Standards level every such object passes at policy `latest`.
   */
  readonly pss?: PssLevel;
}

/** Files that exist under examples/ but are deliberately not validated, with the reason. */
export interface ExampleSkip {
  readonly reason: string;
}

export type Registry = Readonly<Record<string, ExampleEntry>>;

/**
 * The Kubernetes release whose API schema strict validation uses: the schema
 * compiled by `npm run schema:generate` into
 * src/lib/content/schema/kubernetes-api.json (k8sSchema.test.ts keeps the two
 * equal). Fields added in later minors are reported as unknown, so examples
 * stick to fields that exist in it (see docs/about/how-this-site-is-built.mdx).
 */
export const SCHEMA_KUBERNETES_VERSION = 'v1.36';

/** Pod Security policy version example verdicts are computed for. */
export const PSS_POLICY_VERSION = 'latest';

/**
 * Human-readable line shown under each example on the site. `thirdParty`:
 * the tools whose vendored schema validated objects in the file (from
 * schema/thirdPartySources.ts); `kubernetesObjects`: whether the file also
 * holds Kubernetes objects (default true when no third-party tool is named).
 */
export function validationSummary(
  entry: ExampleEntry,
  thirdParty: readonly ThirdPartyTool[] = [],
  kubernetesObjects = thirdParty.length === 0,
): string {
  const schemas = [...new Set(thirdParty)]
    .sort()
    .map((tool) => `the ${THIRD_PARTY_TOOLS[tool].label} ${THIRD_PARTY_TOOLS[tool].schema}`);
  if (kubernetesObjects) schemas.push(`the Kubernetes ${SCHEMA_KUBERNETES_VERSION} API types`);
  const parts = [`schema-checked strictly against ${schemas.join(' and ')}`];
  if (entry.pss) {
    const level = entry.pss[0]?.toUpperCase() + entry.pss.slice(1);
    parts.push(
      entry.pss === 'privileged'
        ? 'Pod Security: fails Baseline (privileged only)'
        : `Pod Security: meets ${level} (policy ${PSS_POLICY_VERSION})`,
    );
  }
  return `Validated by npm test: ${parts.join('; ')}.`;
}

/** Merges topic registries, failing on a file listed twice. */
export function mergeRegistries(...parts: Registry[]): Registry {
  const merged: Record<string, ExampleEntry> = {};
  for (const part of parts) {
    for (const [file, entry] of Object.entries(part)) {
      if (file in merged) throw new Error(`examples registry: "${file}" is listed twice`);
      merged[file] = entry;
    }
  }
  return merged;
}
