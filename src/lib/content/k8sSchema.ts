/**
 * Strict validation of Kubernetes API objects, the way
 * `kubectl apply --validate=strict` rejects them. Node-only (used by
 * scripts/check-examples.ts and its tests, never by the site bundle).
 *
 * The schema is schema/kubernetes-api.json, compiled by `npm run
 * schema:generate` from the upstream Kubernetes OpenAPI document of the
 * release named in it (see schema/upstream/NOTICE.md). Walking an object
 * against it finds unknown fields at any depth, wrong types (including
 * int32 range, base64 `byte` fields, int-or-string and quantities) and
 * missing required fields.
 *
 * The upstream OpenAPI v2 document carries no enum lists, so allowed values
 * (restartPolicy, dnsPolicy, ...) are still checked by kubernetes-models 4.5
 * (generated from Kubernetes 1.34; its other checks are not used). An enum
 * value added after 1.34 would be reported; none of the examples uses one.
 */
import {createRequire} from 'node:module';
import {findRemovedApi, isPrerelease, splitApiVersion} from './apiVersions';
import type {CompiledSchema, CompiledType} from './schema/compile';
import {uniqueIssues, unknownFieldMessage, type SchemaIssue} from './schema/issues';
import {describeValue, isPlainObject} from '../format/value';

const require = createRequire(import.meta.url);
const schema = require('./schema/kubernetes-api.json') as CompiledSchema;

/** The Kubernetes minor version the strict schema was compiled from, e.g. "v1.36". */
export const SCHEMA_VERSION: string = schema.kubernetesVersion;

/** Deeper than any real manifest; stops a hostile document from exhausting the stack. */
const MAX_DEPTH = 64;

const INT32_MIN = -(2 ** 31);
const INT32_MAX = 2 ** 31 - 1;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function ownType(name: string): CompiledType | undefined {
  return Object.hasOwn(schema.types, name) ? schema.types[name] : undefined;
}

function kindKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

function typeForKind(apiVersion: string, kind: string): CompiledType | undefined {
  const key = kindKey(apiVersion, kind);
  const name = Object.hasOwn(schema.kinds, key) ? schema.kinds[key] : undefined;
  return name === undefined ? undefined : ownType(name);
}

/** Why a scalar value does not fit, or undefined when it does. */
function scalarProblem(value: unknown, type: string): string | undefined {
  switch (type) {
    case 'string':
    case 'date-time':
      return typeof value === 'string' || (type === 'date-time' && value instanceof Date)
        ? undefined
        : `must be a string, not ${describeValue(value)}`;
    case 'byte':
      if (typeof value !== 'string') return `must be a base64 string, not ${describeValue(value)}`;
      return BASE64.test(value.replace(/\s/g, ''))
        ? undefined
        : 'must be base64-encoded (use stringData for plain text)';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : `must be boolean (true or false), not ${describeValue(value)}`;
    case 'integer':
    case 'int64':
      return Number.isSafeInteger(value) ? undefined : `must be an integer, not ${describeValue(value)}`;
    case 'int32':
      return Number.isInteger(value) && (value as number) >= INT32_MIN && (value as number) <= INT32_MAX
        ? undefined
        : `must be a 32-bit integer, not ${describeValue(value)}`;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : `must be a number, not ${describeValue(value)}`;
    case 'int-or-string':
      return typeof value === 'string' || Number.isInteger(value)
        ? undefined
        : `must be an integer or a string, not ${describeValue(value)}`;
    case 'quantity':
      return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))
        ? undefined
        : `must be a quantity such as 500m or 1Gi, not ${describeValue(value)}`;
    case 'object':
      return isPlainObject(value) ? undefined : `must be a mapping, not ${describeValue(value)}`;
    case 'any':
      return undefined;
    default:
      throw new Error(
        `kubernetes-api.json: unknown type expression "${type}"; regenerate it with npm run schema:generate`,
      );
  }
}

function unknownField(key: string, known: readonly string[]): string {
  return unknownFieldMessage(
    key,
    known,
    `the Kubernetes ${SCHEMA_VERSION} API schema has no such field here. ` +
      `Fix the name, or, if the field is newer than ${SCHEMA_VERSION}, leave it out of the manifest and describe it in prose ` +
      `until the schema is regenerated from a release that has it (src/lib/content/schema/upstream/NOTICE.md)`,
  );
}

/**
 * Walks `value` against a type expression of the compiled schema, collecting
 * problems. Returns a copy holding only what the schema knows (unknown fields
 * and anything past MAX_DEPTH dropped), which is safe to hand to the enum check.
 */
function walk(value: unknown, type: string, path: Array<string | number>, issues: SchemaIssue[]): unknown {
  if (value === null || value === undefined) return value; // null means "unset" to the API server
  if (path.length > MAX_DEPTH) {
    issues.push({path, message: `is nested more than ${MAX_DEPTH} levels deep; no Kubernetes object is`});
    return undefined;
  }
  if (type.startsWith('[]')) {
    if (!Array.isArray(value)) {
      issues.push({path, message: `must be a list, not ${describeValue(value)}`});
      return undefined;
    }
    return value.map((item, i) => walk(item, type.slice(2), [...path, i], issues));
  }
  if (type.startsWith('{}')) {
    if (!isPlainObject(value)) {
      issues.push({path, message: `must be a mapping, not ${describeValue(value)}`});
      return undefined;
    }
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const checked = walk(item, type.slice(2), [...path, key], issues);
      if (key !== '__proto__') copy[key] = checked;
    }
    return copy;
  }
  if (type.startsWith('#')) {
    const struct = ownType(type.slice(1));
    if (!struct)
      throw new Error(`kubernetes-api.json: missing type ${type}; regenerate it with npm run schema:generate`);
    return walkStruct(value, struct, path, issues);
  }
  const problem = scalarProblem(value, type);
  if (problem) issues.push({path, message: problem});
  // Free-form values go no further than the enum check needs.
  return type === 'object' || type === 'any' ? undefined : value;
}

function walkStruct(
  value: unknown,
  struct: CompiledType,
  path: Array<string | number>,
  issues: SchemaIssue[],
): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) {
    issues.push({path, message: `must be a mapping, not ${describeValue(value)}`});
    return undefined;
  }
  const known: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const fieldType = Object.hasOwn(struct.fields, key) ? struct.fields[key] : undefined;
    if (fieldType === undefined) {
      issues.push({path: [...path, key], message: unknownField(key, Object.keys(struct.fields))});
      continue;
    }
    known[key] = walk(item, fieldType, [...path, key], issues);
  }
  for (const field of struct.required ?? []) {
    if (value[field] === undefined) issues.push({path: [...path, field], message: 'is required'});
  }
  return known;
}

type Validator = {validate(): void};
type ModelConstructor = new (data: unknown) => Validator;

/** kubernetes-models keeps core types under "v1/" and others under "<group>/<version>/". */
function loadEnumModel(apiVersion: string, kind: string): ModelConstructor | undefined {
  if (!/^[A-Za-z0-9.\-/]+$/.test(apiVersion) || !/^[A-Za-z0-9]+$/.test(kind)) return undefined;
  try {
    const mod = require(`kubernetes-models/${apiVersion}/${kind}`) as Record<string, unknown>;
    const ctor = mod[kind];
    return typeof ctor === 'function' ? (ctor as ModelConstructor) : undefined;
  } catch {
    return undefined; // a kind newer than kubernetes-models 4.5: no enum lists for it
  }
}

interface AjvLikeError {
  readonly instancePath: string;
  readonly keyword?: string;
  readonly params?: Record<string, unknown>;
}

function toPath(instancePath: string): Array<string | number> {
  return instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Allowed-value problems only; types, required fields and unknown fields come from the compiled schema. */
function enumIssues(object: Record<string, unknown>, apiVersion: string, kind: string): SchemaIssue[] {
  const Model = loadEnumModel(apiVersion, kind);
  if (!Model) return [];
  try {
    new Model(object).validate();
    return [];
  } catch (error: unknown) {
    const errors = (error as {errors?: AjvLikeError[]}).errors;
    if (!Array.isArray(errors)) throw error;
    return errors
      .filter((e) => e.keyword === 'enum' && Array.isArray(e.params?.allowedValues))
      .map((e) => ({
        path: toPath(e.instancePath),
        message: `must be one of ${(e.params?.allowedValues as unknown[]).map(String).join(', ')}`,
      }));
  }
}

/** True when this apiVersion/kind is a Kubernetes API kind in the compiled schema. */
export function isApiKind(apiVersion: string, kind: string): boolean {
  return typeForKind(apiVersion, kind) !== undefined;
}

/**
 * Validates one API object strictly. Returns every problem found; an empty
 * array means the object would pass `kubectl apply --validate=strict` schema
 * checks against the Kubernetes API of SCHEMA_VERSION.
 */
export function validateApiObject(object: Record<string, unknown>): SchemaIssue[] {
  const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
  const kind = typeof object.kind === 'string' ? object.kind : '';
  if (!apiVersion) return [{path: ['apiVersion'], message: 'is required'}];
  if (!kind) return [{path: ['kind'], message: 'is required'}];

  const removed = findRemovedApi(apiVersion, kind);
  if (removed) {
    return [
      {
        path: ['apiVersion'],
        message: `${apiVersion} ${kind} was removed in Kubernetes ${removed.removedIn}; use ${removed.replacement}`,
      },
    ];
  }
  const {group, version} = splitApiVersion(apiVersion);
  const stable = `${group ? `${group}/` : ''}v1`;
  if (isPrerelease(version) && isApiKind(stable, kind)) {
    return [
      {
        path: ['apiVersion'],
        message: `${apiVersion} is a pre-release version and ${kind} has a stable API; use ${stable}`,
      },
    ];
  }

  const struct = typeForKind(apiVersion, kind);
  if (!struct) {
    return [
      {
        path: ['kind'],
        message: `${apiVersion} ${kind} is not a kind of the Kubernetes ${SCHEMA_VERSION} API; check the apiVersion and kind`,
      },
    ];
  }
  const issues: SchemaIssue[] = [];
  const known = walkStruct(object, struct, [], issues) ?? {};
  issues.push(...enumIssues(known, apiVersion, kind));
  return uniqueIssues(issues);
}
