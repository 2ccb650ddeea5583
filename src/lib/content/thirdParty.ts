/**
 * Strict validation of third-party custom resources (Kyverno, Gatekeeper,
 * Cilium, Tetragon) and Falco rules files against the schemas each project
 * publishes, vendored under schema/thirdParty/ at a pinned release (see
 * schema/thirdParty/README.md and schema/thirdPartySources.ts). One
 * mechanism: every schema is normalised by compileStructuralSchema
 * (schema/compile.ts) and walked by schema/structural.ts. Node-only.
 */
import {validateApiObject} from './k8sSchema';
import cilium from './schema/thirdParty/cilium.json';
import falco from './schema/thirdParty/falco.json';
import gatekeeper from './schema/thirdParty/gatekeeper.json';
import kyverno from './schema/thirdParty/kyverno.json';
import tetragon from './schema/thirdParty/tetragon.json';
import {compileStructuralSchema, type CompiledStructural} from './schema/compile';
import type {SchemaIssue} from './schema/issues';
import {validateStructural} from './schema/structural';
import {
  CLUSTER_SCOPED_THIRD_PARTY,
  FALCO_RULES_FILE,
  FALCO_RULES_KIND,
  CONSTRAINT_GROUP,
  CONSTRAINT_VERSION,
  THIRD_PARTY_TOOLS,
  thirdPartyToolFor,
  unvendoredThirdPartyKind,
  type ThirdPartyTool,
} from './schema/thirdPartySources';
import {isPlainObject} from '../format/value';

interface VendoredFile {
  readonly tool: ThirdPartyTool;
  readonly kinds: Readonly<Record<string, unknown>>;
}

const vendored: Readonly<Record<ThirdPartyTool, VendoredFile>> = {
  cilium: cilium as VendoredFile,
  falco: falco as VendoredFile,
  gatekeeper: gatekeeper as VendoredFile,
  kyverno: kyverno as VendoredFile,
  tetragon: tetragon as VendoredFile,
};

export type {ThirdPartyTool};

/** "Kyverno v1.19.0 CRD schema": how messages and pages name a tool's schema. */
export function schemaLabel(tool: ThirdPartyTool): string {
  const info = THIRD_PARTY_TOOLS[tool];
  return `${info.label} ${info.schema}`;
}

const compiled = new Map<string, CompiledStructural>();

function vendoredSchema(tool: ThirdPartyTool, key: string): CompiledStructural {
  const cacheKey = `${tool}:${key}`;
  let schema = compiled.get(cacheKey);
  if (!schema) {
    const raw = vendored[tool].kinds[key];
    if (raw === undefined) throw new Error(`schema/thirdParty/${tool}.json has no schema for ${key}`);
    schema = compileStructuralSchema(raw, tool === 'falco' ? 'json-schema' : 'crd');
    compiled.set(cacheKey, schema);
  }
  return schema;
}

/** metadata is ObjectMeta for every custom resource: checked with the Kubernetes API schema. */
function metadataIssues(object: Record<string, unknown>, key: string): SchemaIssue[] {
  const metadata = object.metadata;
  if (!isPlainObject(metadata)) return [{path: ['metadata'], message: 'is required (a mapping with at least name)'}];
  const issues: SchemaIssue[] = validateApiObject({apiVersion: 'v1', kind: 'ConfigMap', metadata}).filter(
    (i) => i.path[0] === 'metadata',
  );
  if (typeof metadata.name !== 'string' || metadata.name === '')
    issues.push({path: ['metadata', 'name'], message: 'is required'});
  if (CLUSTER_SCOPED_THIRD_PARTY.has(key) && metadata.namespace !== undefined) {
    issues.push({
      path: ['metadata', 'namespace'],
      message: `${key.split('/').pop() ?? ''} is cluster-scoped; remove metadata.namespace`,
    });
  }
  return issues;
}

/** A ConstraintTemplate's constraint kind and the compiled schema its constraints must meet. */
export interface ConstraintKind {
  readonly kind: string;
  readonly schema: CompiledStructural;
}

/**
 * Builds the schema of the constraint CRD a ConstraintTemplate creates, as
 * open-policy-agent/frameworks constraint/pkg/client/crds/schema.go
 * (CreateSchema) does: spec.match is Gatekeeper's match schema,
 * spec.parameters the template's openAPIV3Schema (left open when the template
 * sets legacySchema: true).
 */
export function constraintKindOf(template: Record<string, unknown>): ConstraintKind | {error: SchemaIssue} {
  const spec = isPlainObject(template.spec) ? template.spec : {};
  const crd = isPlainObject(spec.crd) && isPlainObject(spec.crd.spec) ? spec.crd.spec : {};
  const names = isPlainObject(crd.names) ? crd.names : {};
  const kind = names.kind;
  if (typeof kind !== 'string' || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    return {
      error: {
        path: ['spec', 'crd', 'spec', 'names', 'kind'],
        message: 'must name the constraint kind, in CamelCase (e.g. K8sAllowedRepos)',
      },
    };
  }
  const validation = isPlainObject(crd.validation) ? crd.validation : {};
  const parameters = isPlainObject(validation.openAPIV3Schema) ? {...validation.openAPIV3Schema} : undefined;
  if (parameters && validation.legacySchema === true) parameters['x-kubernetes-preserve-unknown-fields'] = true;
  const document = {
    type: 'object',
    properties: {
      apiVersion: {type: 'string'},
      kind: {type: 'string'},
      metadata: {type: 'object'},
      spec: {
        type: 'object',
        properties: {
          match: vendored.gatekeeper.kinds['constraints.gatekeeper.sh/match'],
          enforcementAction: {type: 'string'},
          scopedEnforcementActions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                action: {type: 'string'},
                enforcementPoints: {type: 'array', items: {type: 'object', properties: {name: {type: 'string'}}}},
              },
            },
          },
          ...(parameters ? {parameters} : {}),
        },
      },
    },
  };
  try {
    return {kind, schema: compileStructuralSchema(document, 'crd')};
  } catch (error) {
    return {
      error: {
        path: ['spec', 'crd', 'spec', 'validation', 'openAPIV3Schema'],
        message: `is not a schema this check can read: ${error instanceof Error ? error.message : String(error)}`,
      },
    };
  }
}

/** Extra rules Gatekeeper applies to a template (its name must be the kind in lower case). */
function templateIssues(object: Record<string, unknown>): SchemaIssue[] {
  const result = constraintKindOf(object);
  if ('error' in result) return [result.error];
  const name = isPlainObject(object.metadata) ? object.metadata.name : undefined;
  if (typeof name === 'string' && name !== result.kind.toLowerCase()) {
    return [
      {
        path: ['metadata', 'name'],
        message: `must be "${result.kind.toLowerCase()}", the constraint kind in lower case (Gatekeeper refuses any other name)`,
      },
    ];
  }
  return [];
}

export interface ThirdPartyResult {
  readonly tool: ThirdPartyTool;
  readonly issues: SchemaIssue[];
}

/**
 * Validates one third-party object, or returns undefined when no vendored
 * schema covers its apiVersion and kind. `constraintKinds` maps a constraint
 * kind to the schema built from its ConstraintTemplate.
 */
export function validateThirdPartyObject(
  object: Record<string, unknown>,
  constraintKinds: ReadonlyMap<string, ConstraintKind>,
): ThirdPartyResult | undefined {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const kind = typeof object.kind === 'string' ? object.kind : '';
  const tool = thirdPartyToolFor(apiVersion, kind);
  if (!tool) return undefined;
  const key = `${apiVersion}/${kind}`;
  const label = schemaLabel(tool);

  if (apiVersion.startsWith(`${CONSTRAINT_GROUP}/`)) {
    if (apiVersion !== `${CONSTRAINT_GROUP}/${CONSTRAINT_VERSION}`) {
      return {
        tool,
        issues: [
          {
            path: ['apiVersion'],
            message: `Gatekeeper constraints are served as ${CONSTRAINT_GROUP}/${CONSTRAINT_VERSION}; use that`,
          },
        ],
      };
    }
    const constraint = constraintKinds.get(kind);
    if (!constraint) {
      const known = [...constraintKinds.keys()].sort();
      return {
        tool,
        issues: [
          {
            path: ['kind'],
            message:
              `unknown constraint kind "${kind}": no ConstraintTemplate under examples/ has spec.crd.spec.names.kind: ${kind}. ` +
              `Add the template as an example file (it may share this file) or fix the kind` +
              (known.length > 0 ? ` (templates define: ${known.join(', ')})` : ''),
          },
        ],
      };
    }
    const issues = [
      ...metadataIssues(object, `${CONSTRAINT_GROUP}/${CONSTRAINT_VERSION}/Constraint`),
      ...validateStructural(object, constraint.schema, {label: `${label} (constraint kind ${kind})`, crd: true}),
    ];
    const name = isPlainObject(object.metadata) ? object.metadata.name : undefined;
    if (typeof name === 'string' && name.length > 63)
      issues.push({path: ['metadata', 'name'], message: 'must be at most 63 characters long'});
    if (isPlainObject(object.metadata) && object.metadata.namespace !== undefined) {
      issues.push({
        path: ['metadata', 'namespace'],
        message: 'constraints are cluster-scoped; remove metadata.namespace',
      });
    }
    return {tool, issues};
  }

  const issues = [
    ...metadataIssues(object, key),
    ...validateStructural(object, vendoredSchema(tool, key), {label, crd: true}),
  ];
  if (key === 'templates.gatekeeper.sh/v1/ConstraintTemplate') issues.push(...templateIssues(object));
  return {tool, issues};
}

/* ----------------------------- Falco rules files ----------------------------- */

/** The item kinds of a rules file and the keys Falco 0.44.1 reads for each (rule_loader_reader.cpp). */
const FALCO_ITEM_KEYS: Readonly<Record<string, readonly string[]>> = {
  required_engine_version: ['required_engine_version'],
  required_plugin_versions: ['required_plugin_versions'],
  list: ['list', 'items', 'append', 'override'],
  macro: ['macro', 'condition', 'append', 'override'],
  rule: [
    'rule',
    'condition',
    'output',
    'desc',
    'priority',
    'source',
    'enabled',
    'capture',
    'capture_duration',
    'warn_evttypes',
    'skip-if-unknown-filter',
    'tags',
    'exceptions',
    'override',
    'append',
  ],
};

function falcoItemIssues(item: Record<string, unknown>, i: number): SchemaIssue[] {
  const kinds = Object.keys(FALCO_ITEM_KEYS).filter((k) => item[k] !== undefined);
  if (kinds.length !== 1) {
    return [
      {
        path: [i],
        message:
          kinds.length === 0
            ? 'is not a Falco rules item: give it exactly one of rule, macro, list, required_engine_version, required_plugin_versions'
            : `mixes ${kinds.join(' and ')}; a rules item is exactly one of rule, macro, list, required_engine_version, required_plugin_versions`,
      },
    ];
  }
  const itemKind = kinds[0] as string;
  const allowed = FALCO_ITEM_KEYS[itemKind] ?? [];
  const issues: SchemaIssue[] = [];
  const everyKey = new Set(Object.values(FALCO_ITEM_KEYS).flat());
  for (const key of Object.keys(item)) {
    // Keys no item may have are reported by the JSON schema already.
    if (everyKey.has(key) && !allowed.includes(key)) {
      issues.push({
        path: [i, key],
        message: `unknown key "${key}" for a ${itemKind} (Falco 0.44.1 reads ${allowed.join(', ')})`,
      });
    }
  }
  const required = (keys: string[]): void => {
    for (const key of keys)
      if (item[key] === undefined) issues.push({path: [i, key], message: `is required for a ${itemKind}`});
  };
  if (itemKind === 'list') required(['items']);
  if (itemKind === 'macro') required(['condition']);
  if (itemKind === 'rule' && item.append === undefined && item.override === undefined) {
    const defines = ['condition', 'output', 'desc', 'priority'].some((k) => item[k] !== undefined);
    // A rule with none of them only toggles `enabled` on an earlier rule (deprecated by Falco).
    if (defines) required(['desc', 'condition', 'output', 'priority']);
    else required(['enabled']);
  }
  if (item.append !== undefined && item.override !== undefined) {
    issues.push({
      path: [i, 'append'],
      message: 'cannot be combined with override; use override alone (append is deprecated)',
    });
  }
  return issues;
}

/** Validates the parsed content of a Falco rules file (a YAML list) against Falco's rules JSON schema and item rules. */
export function validateFalcoRules(value: unknown): SchemaIssue[] {
  if (!Array.isArray(value))
    return [{path: [], message: 'a Falco rules file must be a YAML list of rule, macro and list items'}];
  const issues = validateStructural(value, vendoredSchema('falco', 'FalcoRules'), {
    label: schemaLabel('falco'),
    crd: false,
  });
  value.forEach((item, i) => {
    if (isPlainObject(item)) issues.push(...falcoItemIssues(item, i));
  });
  return issues;
}

/** The adapter scripts/check-examples.ts hands to validateExamples. */
export const thirdPartyValidator = {
  toolFor: (apiVersion: string, kind: string): string | undefined =>
    kind === FALCO_RULES_KIND && apiVersion === '' ? 'falco' : thirdPartyToolFor(apiVersion, kind),
  constraintKindOf,
  validate: (object: Record<string, unknown>, kinds: ReadonlyMap<string, unknown>) =>
    validateThirdPartyObject(object, kinds as ReadonlyMap<string, ConstraintKind>),
  validateFalcoRules,
  unvendored: unvendoredThirdPartyKind,
  needsTemplates: (apiVersion: string): boolean => apiVersion.startsWith(`${CONSTRAINT_GROUP}/`),
  falcoRulesFile: FALCO_RULES_FILE,
  falcoRulesKind: FALCO_RULES_KIND,
};
