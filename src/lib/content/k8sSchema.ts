/**
 * Strict validation of Kubernetes API objects, the way
 * `kubectl apply --validate=strict` rejects them. Node-only (used by
 * scripts/check-examples.ts and its tests, never by the site bundle).
 *
 * Two sources, because neither is enough alone (see
 * shared/reference/toolchain.md):
 * - kubernetes-models 4.5 validates types, required fields, enums and formats,
 *   but accepts unknown fields;
 * - @kubernetes/client-node 1.4 (generated from the Kubernetes 1.34 OpenAPI
 *   document) lists every field of every type, so walking an object against
 *   its attribute type maps finds unknown fields at any depth.
 */
import {createRequire} from 'node:module';
import * as k8s from '@kubernetes/client-node';
import {findRemovedApi, isPrerelease, splitApiVersion} from './apiVersions';

const require = createRequire(import.meta.url);

/** One schema problem, with a JSON path into the object. */
export interface SchemaIssue {
  /** Path segments from the object root, e.g. ["spec", "containers", 0, "image"]. */
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
}

interface Attribute {
  readonly baseName: string;
  readonly type: string;
}

interface ModelClass {
  getAttributeTypeMap(): Attribute[];
}

const models = k8s as unknown as Record<string, unknown>;

function getModel(name: string): ModelClass | undefined {
  const candidate = models[name];
  if (typeof candidate === 'function' && 'getAttributeTypeMap' in candidate) {
    return candidate as unknown as ModelClass;
  }
  return undefined;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** client-node prefixes a few type names with their group to avoid clashes (CoreV1Event, EventsV1Event). */
function modelNameFor(apiVersion: string, kind: string): string | undefined {
  const {group, version} = splitApiVersion(apiVersion);
  const groupPrefix = capitalise((group.split('.')[0] ?? '') || 'core');
  const candidates = [`${groupPrefix}${capitalise(version)}${kind}`, `${capitalise(version)}${kind}`];
  return candidates.find((name) => getModel(name) !== undefined);
}

type Validator = {validate(): void};
type ModelConstructor = new (data: unknown) => Validator;

/** kubernetes-models keeps core types under "v1/" and others under "<group>/<version>/". */
function loadKubernetesModel(apiVersion: string, kind: string): ModelConstructor | undefined {
  if (!/^[A-Za-z0-9.\-/]+$/.test(apiVersion) || !/^[A-Za-z0-9]+$/.test(kind)) return undefined;
  try {
    const mod = require(`kubernetes-models/${apiVersion}/${kind}`) as Record<string, unknown>;
    const ctor = mod[kind];
    return typeof ctor === 'function' ? (ctor as ModelConstructor) : undefined;
  } catch {
    return undefined;
  }
}

const MAP_TYPE = /^\{ \[key: string\]: (.+); \}$/;
const ARRAY_TYPE = /^Array<(.+)>$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Walks `value` against client-node's type description, collecting unknown fields and shape errors. */
function walk(value: unknown, type: string, path: Array<string | number>, issues: SchemaIssue[]): void {
  if (value === null || value === undefined) return;
  const array = ARRAY_TYPE.exec(type);
  if (array?.[1]) {
    if (!Array.isArray(value)) {
      issues.push({path, message: 'must be a list'});
      return;
    }
    value.forEach((item, i) => walk(item, array[1] ?? 'any', [...path, i], issues));
    return;
  }
  const map = MAP_TYPE.exec(type);
  if (map?.[1]) {
    if (!isPlainObject(value)) {
      issues.push({path, message: 'must be a mapping'});
      return;
    }
    for (const [key, item] of Object.entries(value)) walk(item, map[1], [...path, key], issues);
    return;
  }
  const model = getModel(type);
  if (!model) return; // scalar types (string, number, boolean, Date, IntOrString, any) are checked by kubernetes-models
  if (!isPlainObject(value)) {
    issues.push({path, message: `must be a mapping (${type})`});
    return;
  }
  const attributes = model.getAttributeTypeMap();
  for (const [key, item] of Object.entries(value)) {
    const attribute = attributes.find((a) => a.baseName === key);
    if (!attribute) {
      const known = attributes.map((a) => a.baseName);
      const close = known.find((k) => k.toLowerCase() === key.toLowerCase() || levenshtein(k, key) <= 2);
      issues.push({
        path: [...path, key],
        message: `unknown field "${key}"${close ? ` (did you mean "${close}"?)` : ''}`,
      });
      continue;
    }
    walk(item, attribute.type, [...path, key], issues);
  }
}

function levenshtein(a: string, b: string): number {
  const row = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min((row[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

interface AjvLikeError {
  readonly instancePath: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

function toPath(instancePath: string): Array<string | number> {
  return instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** True when this apiVersion/kind is a Kubernetes API type the validator knows. */
export function isApiKind(apiVersion: string, kind: string): boolean {
  return modelNameFor(apiVersion, kind) !== undefined && loadKubernetesModel(apiVersion, kind) !== undefined;
}

/**
 * Validates one API object strictly. Returns every problem found; an empty
 * array means the object would pass `kubectl apply --validate=strict` schema
 * checks for the API versions the validator knows (Kubernetes 1.34 types).
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
  if (isPrerelease(version)) {
    const stable = getModel(`V1${kind}`);
    if (stable) {
      return [
        {
          path: ['apiVersion'],
          message: `${apiVersion} is a pre-release version and ${kind} has a stable API; use ${group ? `${group}/` : ''}v1`,
        },
      ];
    }
  }

  const modelName = modelNameFor(apiVersion, kind);
  const Model = loadKubernetesModel(apiVersion, kind);
  if (!modelName || !Model) {
    return [{path: ['kind'], message: `${apiVersion} ${kind} is not a Kubernetes API type the validator knows`}];
  }
  const issues: SchemaIssue[] = [];
  walk(object, modelName, [], issues);
  try {
    new Model(object).validate();
  } catch (error: unknown) {
    const errors = (error as {errors?: AjvLikeError[]}).errors;
    if (!Array.isArray(errors)) throw error;
    for (const e of errors) {
      const path = toPath(e.instancePath);
      const missing = e.params?.missingProperty;
      if (typeof missing === 'string') {
        issues.push({path: [...path, missing], message: 'is required'});
      } else if (Array.isArray(e.params?.allowedValues)) {
        issues.push({path, message: `must be one of ${(e.params.allowedValues as unknown[]).map(String).join(', ')}`});
      } else {
        issues.push({path, message: e.message ?? 'is invalid'});
      }
    }
  }
  return dedupe(issues);
}

function dedupe(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path.join('.')}|${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
