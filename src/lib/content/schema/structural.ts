/**
 * Walks a value against a structural schema compiled by
 * compileStructuralSchema (compile.ts): a CRD openAPIV3Schema or a JSON
 * Schema. Reports unknown fields (with a "did you mean"), wrong types,
 * missing required fields, enum, pattern, length and range violations, and
 * anyOf / oneOf / allOf / not. CEL rules (x-kubernetes-validations) are not
 * evaluated. Node-only, pure, bounded: depth is capped so hostile input
 * cannot exhaust the stack.
 */
import type {CompiledStructural, StructuralNode} from './compile';
import {uniqueIssues, unknownFieldMessage, type SchemaIssue} from './issues';
import {describeValue, isPlainObject} from '../../format/value';

export interface WalkOptions {
  /** Names the schema in messages, e.g. "Kyverno v1.19.0 CRD schema". */
  readonly label: string;
  /** CRD semantics: null means "unset" and a root `metadata` is left to the caller. */
  readonly crd: boolean;
}

const MAX_DEPTH = 64;
const INT32 = {min: -(2 ** 31), max: 2 ** 31 - 1};

function unknownField(key: string, known: readonly string[], label: string): string {
  const list = known.length > 0 && known.length <= 12 ? ` Known fields here: ${known.join(', ')}.` : '';
  return unknownFieldMessage(
    key,
    known,
    `the ${label} has no such field here; fix the name or check the tool's reference for that version.${list}`,
  );
}

const regexCache = new Map<string, RegExp | null>();
function regex(pattern: string): RegExp | null {
  let re = regexCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern);
    } catch {
      re = null;
    }
    regexCache.set(pattern, re);
  }
  return re;
}

class Walker {
  constructor(
    private readonly schema: CompiledStructural,
    private readonly options: WalkOptions,
  ) {}

  resolve(node: StructuralNode): StructuralNode {
    let current = node;
    for (let hops = 0; current.ref !== undefined; hops++) {
      const target: StructuralNode | undefined = Object.hasOwn(this.schema.definitions, current.ref)
        ? this.schema.definitions[current.ref]
        : undefined;
      if (!target || hops > 32) throw new Error(`${this.options.label}: unresolvable $ref ${current.ref}`);
      current = target;
    }
    return current;
  }

  walk(value: unknown, raw: StructuralNode, path: Array<string | number>, issues: SchemaIssue[]): void {
    const node = this.resolve(raw);
    if (path.length > MAX_DEPTH) {
      issues.push({path, message: `is nested more than ${MAX_DEPTH} levels deep; no real policy is`});
      return;
    }
    if (value === undefined) return;
    if (value === null) {
      if (this.options.crd || node.nullable || (node.type === undefined && !node.intOrString)) return;
      issues.push({
        path,
        message: `must be ${node.type === 'array' ? 'a list' : node.type === 'object' ? 'a mapping' : `a ${node.type}`}, not null`,
      });
      return;
    }
    if (!this.typeOk(value, node, path, issues)) return;

    if (node.enum && !node.enum.some((allowed) => allowed === value)) {
      issues.push({
        path,
        message: `must be one of ${node.enum.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}`,
      });
    }
    if (typeof value === 'string') this.stringChecks(value, node, path, issues);
    if (typeof value === 'number') {
      if (node.minimum !== undefined && value < node.minimum)
        issues.push({path, message: `must be at least ${node.minimum}`});
      if (node.maximum !== undefined && value > node.maximum)
        issues.push({path, message: `must be at most ${node.maximum}`});
    }
    if (Array.isArray(value)) {
      if (node.minItems !== undefined && value.length < node.minItems)
        issues.push({path, message: `must have at least ${node.minItems} item(s)`});
      if (node.maxItems !== undefined && value.length > node.maxItems)
        issues.push({path, message: `must have at most ${node.maxItems} item(s)`});
      if (node.items) value.forEach((item, i) => this.walk(item, node.items as StructuralNode, [...path, i], issues));
    }
    if (isPlainObject(value)) this.objectChecks(value, node, path, issues);
    this.combinators(value, node, path, issues);
  }

  private typeOk(value: unknown, node: StructuralNode, path: Array<string | number>, issues: SchemaIssue[]): boolean {
    if (node.intOrString) {
      if (typeof value === 'string' || Number.isInteger(value)) return true;
      issues.push({path, message: `must be an integer or a string, not ${describeValue(value)}`});
      return false;
    }
    let ok: boolean;
    switch (node.type) {
      case undefined:
        return true;
      case 'object':
        ok = isPlainObject(value);
        break;
      case 'array':
        ok = Array.isArray(value);
        break;
      case 'string':
        ok = typeof value === 'string' || (node.format === 'date-time' && value instanceof Date);
        break;
      case 'boolean':
        ok = typeof value === 'boolean';
        break;
      case 'number':
        ok = typeof value === 'number' && Number.isFinite(value);
        break;
      case 'integer':
        ok =
          node.format === 'int32'
            ? Number.isInteger(value) && (value as number) >= INT32.min && (value as number) <= INT32.max
            : Number.isSafeInteger(value);
        break;
    }
    if (!ok) {
      const wanted = {
        object: 'a mapping',
        array: 'a list',
        string: 'a string',
        boolean: 'boolean (true or false)',
        number: 'a number',
        integer: node.format === 'int32' ? 'a 32-bit integer' : 'an integer',
      }[node.type];
      issues.push({path, message: `must be ${wanted}, not ${describeValue(value)}`});
    }
    return ok;
  }

  private stringChecks(value: string, node: StructuralNode, path: Array<string | number>, issues: SchemaIssue[]): void {
    const length = [...value].length;
    if (node.minLength !== undefined && length < node.minLength)
      issues.push({path, message: `must be at least ${node.minLength} character(s) long`});
    if (node.maxLength !== undefined && length > node.maxLength)
      issues.push({path, message: `must be at most ${node.maxLength} characters long`});
    if (node.pattern !== undefined) {
      const re = regex(node.pattern);
      if (re && !re.test(value))
        issues.push({path, message: `${JSON.stringify(value)} does not match the pattern ${node.pattern}`});
    }
  }

  private objectChecks(
    value: Record<string, unknown>,
    node: StructuralNode,
    path: Array<string | number>,
    issues: SchemaIssue[],
  ): void {
    const properties = node.properties ?? {};
    const known = Object.keys(properties);
    for (const [key, item] of Object.entries(value)) {
      if (this.options.crd && path.length === 0 && key === 'metadata') continue; // ObjectMeta: the caller checks it
      const sub = Object.hasOwn(properties, key) ? properties[key] : undefined;
      if (sub) this.walk(item, sub, [...path, key], issues);
      else if (node.values) this.walk(item, node.values, [...path, key], issues);
      else if (node.closed) issues.push({path: [...path, key], message: unknownField(key, known, this.options.label)});
    }
    for (const field of node.required ?? []) {
      if (value[field] === undefined || (this.options.crd && value[field] === null))
        issues.push({path: [...path, field], message: 'is required'});
    }
    if (node.minProperties !== undefined && Object.keys(value).length < node.minProperties) {
      issues.push({path, message: `must have at least ${node.minProperties} field(s)`});
    }
    if (node.embeddedResource) {
      for (const field of ['apiVersion', 'kind']) {
        if (typeof value[field] !== 'string')
          issues.push({path: [...path, field], message: 'is required (an embedded object needs apiVersion and kind)'});
      }
    }
  }

  private matches(value: unknown, node: StructuralNode, path: Array<string | number>): boolean {
    const trial: SchemaIssue[] = [];
    this.walk(value, node, path, trial);
    return trial.length === 0;
  }

  private combinators(value: unknown, node: StructuralNode, path: Array<string | number>, issues: SchemaIssue[]): void {
    for (const sub of node.allOf ?? []) this.walk(value, sub, path, issues);
    if (node.anyOf && !node.intOrString) {
      if (!node.anyOf.some((sub) => this.matches(value, sub, path))) {
        issues.push({path, message: `must ${alternatives(node.anyOf, 'at least one of')}`});
      }
    }
    if (node.oneOf) {
      const count = node.oneOf.filter((sub) => this.matches(value, sub, path)).length;
      if (count !== 1)
        issues.push({path, message: `must ${alternatives(node.oneOf, 'exactly one of')} (it matches ${count})`});
    }
    if (node.not && this.matches(value, node.not, path)) {
      const fields = this.resolve(node.not).required;
      issues.push({
        path,
        message:
          fields && fields.length > 0
            ? `must not set ${fields.join(' and ')} together`
            : 'matches a form the schema forbids',
      });
    }
  }
}

/** "set at least one of a, b" when each branch just requires fields; otherwise a generic phrase. */
function alternatives(branches: readonly StructuralNode[], quantifier: string): string {
  const names = branches.map((b) => (b.required && b.required.length > 0 ? b.required.join(' + ') : undefined));
  if (names.every((n): n is string => n !== undefined)) return `set ${quantifier}: ${names.join(', ')}`;
  return `match ${quantifier} the forms the schema allows`;
}

/** Validates `value` against a compiled structural schema; an empty list means it passes. */
export function validateStructural(value: unknown, schema: CompiledStructural, options: WalkOptions): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  new Walker(schema, options).walk(value, schema.root, [], issues);
  return uniqueIssues(issues);
}
