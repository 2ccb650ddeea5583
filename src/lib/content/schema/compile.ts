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

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

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
      if (isRecord(node.additionalProperties)) {
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
  if (!isRecord(document) || !isRecord(document.definitions)) {
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
