/**
 * Compiles the Kubernetes OpenAPI v2 document (api/openapi-spec/swagger.json)
 * into the compact strict schema that k8sSchema.ts walks: for every API kind,
 * the fields of every type it can contain, each field's type, and the required
 * fields. Descriptions and everything else are dropped. Pure; the IO is in
 * scripts/generate-k8s-schema.ts.
 *
 * A type expression is one of:
 * - a scalar: `string`, `boolean`, `integer`, `int32`, `int64`, `number`,
 *   `byte` (base64 string), `date-time` (string), `int-or-string`,
 *   `quantity` (string or number), `object` (any mapping), `any`;
 * - `[]T` (list of T), `{}T` (mapping of string to T);
 * - `#Name`, a structured type in `types`.
 */
import {isPlainObject} from '../../format/value';

export interface SchemaSource {
  /** Kubernetes minor version the document belongs to, e.g. "v1.36". */
  readonly kubernetesVersion: string;
  /** Where the document came from, for people. */
  readonly origin: string;
  /** sha256 (hex) of the uncompressed document. */
  readonly sha256: string;
}

export interface CompiledType {
  /** Field name to type expression. */
  readonly fields: Readonly<Record<string, string>>;
  readonly required?: readonly string[];
}

export interface CompiledSchema {
  readonly kubernetesVersion: string;
  readonly origin: string;
  readonly sha256: string;
  /** "group/version/Kind" (core group: "v1/Kind") to a key of `types`. */
  readonly kinds: Readonly<Record<string, string>>;
  readonly types: Readonly<Record<string, CompiledType>>;
}

interface OpenApiSchema {
  readonly type?: string;
  readonly format?: string;
  readonly $ref?: string;
  readonly items?: OpenApiSchema;
  readonly additionalProperties?: OpenApiSchema | boolean;
  readonly properties?: Readonly<Record<string, OpenApiSchema>>;
  readonly required?: readonly string[];
  readonly 'x-kubernetes-group-version-kind'?: ReadonlyArray<{group: string; version: string; kind: string}>;
}

/** Definitions that are not structs in the API's Go types, and what they accept. */
const SPECIAL_SCALARS: Readonly<Record<string, string>> = {
  'io.k8s.apimachinery.pkg.api.resource.Quantity': 'quantity',
  'io.k8s.apimachinery.pkg.util.intstr.IntOrString': 'int-or-string',
};

const SCALAR_FORMATS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  string: {'': 'string', byte: 'byte', 'date-time': 'date-time', 'int-or-string': 'int-or-string'},
  integer: {'': 'integer', int32: 'int32', int64: 'int64'},
  number: {'': 'number', double: 'number', float: 'number'},
  boolean: {'': 'boolean'},
};

const REF_PREFIX = '#/definitions/';

/** The type expression for one schema node; `refs` collects the structured types it needs. */
function expression(
  node: OpenApiSchema,
  definitions: Readonly<Record<string, OpenApiSchema>>,
  at: string,
  refs: string[],
): string {
  if (node.$ref !== undefined) {
    if (!node.$ref.startsWith(REF_PREFIX)) throw new Error(`${at}: unsupported $ref ${node.$ref}`);
    const name = node.$ref.slice(REF_PREFIX.length);
    const target = definitions[name];
    if (!target) throw new Error(`${at}: $ref to missing definition ${name}`);
    const special = SPECIAL_SCALARS[name];
    if (special) return special;
    if (target.properties) {
      refs.push(name);
      return `#${name}`;
    }
    return expression(target, definitions, name, refs);
  }
  if (node.properties) throw new Error(`${at}: inline object types are not supported; extend compile.ts`);
  switch (node.type) {
    case 'array':
      if (!node.items) throw new Error(`${at}: array without items`);
      return `[]${expression(node.items, definitions, `${at}[]`, refs)}`;
    case 'object':
      if (isPlainObject(node.additionalProperties)) {
        return `{}${expression(node.additionalProperties, definitions, `${at}{}`, refs)}`;
      }
      return 'object';
    case undefined:
      return 'any';
    default: {
      const formats = SCALAR_FORMATS[node.type];
      const scalar = formats?.[node.format ?? ''];
      if (!scalar) throw new Error(`${at}: unsupported type ${node.type} format ${node.format ?? '(none)'}`);
      return scalar;
    }
  }
}

/**
 * Compiles the definitions reachable from every kind in `document` (an
 * OpenAPI v2 document). Throws with the definition's name on any shape the
 * walker would not understand, so a new upstream construct cannot be skipped
 * silently.
 */
export function compileSchema(document: unknown, source: SchemaSource): CompiledSchema {
  if (!isPlainObject(document) || !isPlainObject(document.definitions)) {
    throw new Error('not an OpenAPI v2 document: it has no "definitions" object');
  }
  const definitions = document.definitions as Record<string, OpenApiSchema>;
  const kinds: Record<string, string> = {};
  const queue: string[] = [];
  for (const [name, definition] of Object.entries(definitions)) {
    for (const gvk of definition['x-kubernetes-group-version-kind'] ?? []) {
      // Definitions shared by every group (DeleteOptions, WatchEvent, Status) are not kinds one applies.
      if (name.startsWith('io.k8s.apimachinery.pkg.apis.meta.')) continue;
      kinds[`${gvk.group ? `${gvk.group}/` : ''}${gvk.version}/${gvk.kind}`] = name;
      queue.push(name);
    }
  }
  if (queue.length === 0) throw new Error('the document defines no kinds (x-kubernetes-group-version-kind)');

  const types: Record<string, CompiledType> = {};
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (name in types) continue;
    const definition = definitions[name];
    if (!definition?.properties) throw new Error(`${name}: a kind or struct without properties`);
    const refs: string[] = [];
    const fields: Record<string, string> = {};
    for (const field of Object.keys(definition.properties).sort()) {
      fields[field] = expression(definition.properties[field] as OpenApiSchema, definitions, `${name}.${field}`, refs);
    }
    const required = [...(definition.required ?? [])].sort();
    types[name] = required.length > 0 ? {fields, required} : {fields};
    queue.push(...refs);
  }
  return {
    kubernetesVersion: source.kubernetesVersion,
    origin: source.origin,
    sha256: source.sha256,
    kinds: sortKeys(kinds),
    types: sortKeys(types),
  };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Stable text form: one kind or one type per line, so a regenerated file diffs line by line. */
export function serialiseSchema(schema: CompiledSchema): string {
  const block = (record: Readonly<Record<string, unknown>>): string =>
    Object.entries(record)
      .map(([key, value]) => `    ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(',\n');
  return [
    '{',
    `  "kubernetesVersion": ${JSON.stringify(schema.kubernetesVersion)},`,
    `  "origin": ${JSON.stringify(schema.origin)},`,
    `  "sha256": ${JSON.stringify(schema.sha256)},`,
    '  "kinds": {',
    block(schema.kinds),
    '  },',
    '  "types": {',
    block(schema.types),
    '  }',
    '}',
    '',
  ].join('\n');
}

/* ------------------------------------------------------------------------- *
 * Structural schemas: CRD openAPIV3Schema and JSON Schema (third-party tools)
 * ------------------------------------------------------------------------- */

/**
 * One node of a structural schema, normalised from a CRD `openAPIV3Schema`
 * or a JSON Schema (draft 4 to 7 subset) so that schema/structural.ts walks
 * both the same way. `closed` says whether fields not in `properties` are
 * rejected: a CRD rejects them unless `x-kubernetes-preserve-unknown-fields`
 * (the API server prunes them; `kubectl apply --validate=strict` refuses
 * them); a JSON Schema only with `additionalProperties: false`.
 */
export interface StructuralNode {
  readonly type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  readonly format?: string;
  readonly properties?: Readonly<Record<string, StructuralNode>>;
  /** Schema of the values of a mapping (`additionalProperties: {…}`). */
  readonly values?: StructuralNode;
  readonly closed?: boolean;
  readonly items?: StructuralNode;
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minProperties?: number;
  readonly nullable?: boolean;
  readonly intOrString?: boolean;
  readonly preserveUnknown?: boolean;
  readonly embeddedResource?: boolean;
  readonly anyOf?: readonly StructuralNode[];
  readonly oneOf?: readonly StructuralNode[];
  readonly allOf?: readonly StructuralNode[];
  readonly not?: StructuralNode;
  /** Name of a definition (JSON Schema `$ref: #/definitions/Name`). */
  readonly ref?: string;
}

export interface CompiledStructural {
  readonly root: StructuralNode;
  readonly definitions: Readonly<Record<string, StructuralNode>>;
}

export type StructuralDialect = 'crd' | 'json-schema';

/** Keywords that carry no validation here: documentation, defaults, list and map merge hints. */
const IGNORED_KEYWORDS = new Set([
  'default',
  'description',
  'example',
  'title',
  '$schema',
  'x-kubernetes-list-type',
  'x-kubernetes-list-map-keys',
  'x-kubernetes-map-type',
  // CEL rules need a CEL evaluator; the API server runs them. Documented in thirdParty/README.md.
  'x-kubernetes-validations',
]);

const STRUCTURAL_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean']);

function numberKeyword(value: unknown, at: string, key: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${at}: ${key} must be a number`);
  return value;
}

/**
 * `branch`: inside anyOf / oneOf / allOf / not, where a structural schema may
 * only restate fields to constrain them, never close an object.
 */
function normalise(node: unknown, dialect: StructuralDialect, at: string, branch = false): StructuralNode {
  if (!isPlainObject(node)) throw new Error(`${at}: a schema must be a mapping`);
  const out: {-readonly [K in keyof StructuralNode]: StructuralNode[K]} = {};
  for (const [key, value] of Object.entries(node)) {
    if (IGNORED_KEYWORDS.has(key)) continue;
    switch (key) {
      case 'type':
        if (typeof value !== 'string' || !STRUCTURAL_TYPES.has(value))
          throw new Error(`${at}: unsupported type ${String(value)}`);
        out.type = value as StructuralNode['type'];
        break;
      case 'format':
        if (typeof value !== 'string') throw new Error(`${at}: format must be a string`);
        out.format = value;
        break;
      case 'properties': {
        if (!isPlainObject(value)) throw new Error(`${at}: properties must be a mapping`);
        const properties: Record<string, StructuralNode> = {};
        for (const [name, sub] of Object.entries(value))
          properties[name] = normalise(sub, dialect, `${at}.${name}`, branch);
        out.properties = properties;
        break;
      }
      case 'additionalProperties':
        if (value === false) out.closed = true;
        else if (value === true) out.closed = false;
        else out.values = normalise(value, dialect, `${at}{}`, branch);
        break;
      case 'items':
        out.items = normalise(value, dialect, `${at}[]`, branch);
        break;
      case 'required':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
          throw new Error(`${at}: required must list names`);
        out.required = value as string[];
        break;
      case 'enum':
        if (!Array.isArray(value)) throw new Error(`${at}: enum must be a list`);
        out.enum = value;
        break;
      case 'pattern':
        if (typeof value !== 'string') throw new Error(`${at}: pattern must be a string`);
        new RegExp(value); // throws on a pattern JavaScript cannot read, naming it below
        out.pattern = value;
        break;
      case 'minLength':
      case 'maxLength':
      case 'minimum':
      case 'maximum':
      case 'minItems':
      case 'maxItems':
      case 'minProperties':
        out[key] = numberKeyword(value, at, key);
        break;
      case 'nullable':
        out.nullable = value === true;
        break;
      case 'x-kubernetes-int-or-string':
        out.intOrString = value === true;
        break;
      case 'x-kubernetes-preserve-unknown-fields':
        out.preserveUnknown = value === true;
        break;
      case 'x-kubernetes-embedded-resource':
        out.embeddedResource = value === true;
        break;
      case 'anyOf':
      case 'oneOf':
      case 'allOf':
        if (!Array.isArray(value)) throw new Error(`${at}: ${key} must be a list`);
        out[key] = value.map((sub, i) => normalise(sub, dialect, `${at}.${key}[${i}]`, true));
        break;
      case 'not':
        out.not = normalise(value, dialect, `${at}.not`, true);
        break;
      case '$ref':
        if (dialect !== 'json-schema' || typeof value !== 'string' || !value.startsWith(REF_PREFIX)) {
          throw new Error(`${at}: unsupported $ref ${String(value)}`);
        }
        out.ref = value.slice(REF_PREFIX.length);
        break;
      default:
        throw new Error(`${at}: unsupported schema keyword "${key}"; extend compileStructuralSchema in compile.ts`);
    }
  }
  if (out.closed === undefined && out.values === undefined && out.properties !== undefined) {
    // A CRD object with properties prunes everything else; a JSON Schema object leaves it open.
    out.closed = dialect === 'crd' && !out.preserveUnknown && !branch;
  } else if (dialect === 'crd' && out.type === 'object' && out.closed === undefined && out.values === undefined) {
    // `type: object` alone in a CRD keeps no field at all, unless unknown fields are preserved.
    out.closed = !out.preserveUnknown && !branch;
  }
  return out;
}

/**
 * Normalises a CRD openAPIV3Schema or a JSON Schema document (with optional
 * `definitions`) into the form schema/structural.ts walks. Throws with the
 * path of any keyword it does not understand, so that a new upstream
 * construct cannot be skipped silently.
 */
export function compileStructuralSchema(document: unknown, dialect: StructuralDialect): CompiledStructural {
  if (!isPlainObject(document)) throw new Error('a schema must be a mapping');
  const {definitions, ...root} = document;
  const compiled: Record<string, StructuralNode> = {};
  if (definitions !== undefined) {
    if (dialect !== 'json-schema' || !isPlainObject(definitions))
      throw new Error('definitions: only a JSON Schema has them');
    for (const [name, definition] of Object.entries(definitions)) {
      compiled[name] = normalise(definition, dialect, `definitions.${name}`);
    }
  }
  const result = {root: normalise(root, dialect, '(root)'), definitions: compiled};
  checkRefs(result);
  return result;
}

function checkRefs(schema: CompiledStructural): void {
  const seen = new Set<StructuralNode>();
  const visit = (node: StructuralNode | undefined): void => {
    if (!node || seen.has(node)) return;
    seen.add(node);
    if (node.ref !== undefined && !Object.hasOwn(schema.definitions, node.ref)) {
      throw new Error(`$ref to missing definition ${node.ref}`);
    }
    for (const sub of Object.values(node.properties ?? {})) visit(sub);
    for (const sub of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) visit(sub);
    visit(node.values);
    visit(node.items);
    visit(node.not);
  };
  visit(schema.root);
  for (const node of Object.values(schema.definitions)) visit(node);
}
