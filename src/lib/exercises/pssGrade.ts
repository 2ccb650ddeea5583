/**
 * The Pod Security grading logic, free of the schema library: the answer is
 * evaluated by the site's Pod Security engine (src/lib/pss), one result per
 * control of the level, with the engine's own reason and detail, plus checks
 * that the answer still does what the starter did (same images, commands,
 * ports...), so deleting the container cannot pass. pssGrader.ts wraps it
 * with the checks' schema.
 */
import {loadManifests} from '../manifest/load';
import {formatManifestError} from '../manifest/errors';
import {isJsonObject, type JsonObject} from '../manifest/types';
import {evaluateObjectWithPolicy} from '../pss/evaluate';
import {checksFor} from '../pss/registry';
import type {CheckLevel, Violation} from '../pss/types';
import {policy as makePolicy} from '../pss/version';
import {sameValue, showValue, valuesAt} from './fieldPath';
import type {CheckResult, GradeResult} from './schema';

/** One check of a Pod Security exercise. */
export type PssCheck =
  /** Every control of `level` passes (at policy `version`, default `latest`) for every workload in the answer. */
  | {readonly type: 'pss-level'; readonly level: CheckLevel; readonly version?: string | undefined}
  /** The values at these paths in the workload are the starter's (e.g. images, commands, ports). */
  | {readonly type: 'unchanged'; readonly paths: readonly string[]}
  /** Every value at `path` in the workload equals `value` (and there is at least one). */
  | {readonly type: 'field-equals'; readonly path: string; readonly value: unknown};

interface Loaded {
  readonly objects: readonly {readonly value: JsonObject; readonly line: number}[];
  readonly errors: readonly string[];
}

function load(text: string, file: string): Loaded {
  const {objects, errors} = loadManifests(text, {file});
  return {
    objects: objects.flatMap((o) => (isJsonObject(o.value) ? [{value: o.value, line: o.line}] : [])),
    errors: errors.map(formatManifestError),
  };
}

function identity(obj: JsonObject): {apiVersion: string; kind: string; name: string} {
  const meta = obj['metadata'];
  const name = isJsonObject(meta) && typeof meta['name'] === 'string' ? meta['name'] : '';
  const text = (key: string): string => (typeof obj[key] === 'string' ? obj[key] : '');
  return {apiVersion: text('apiVersion'), kind: text('kind'), name};
}

function label(obj: JsonObject): string {
  const {kind, name} = identity(obj);
  return `${kind || 'object'} "${name}"`;
}

/** `Pod Security restricted (latest): runAsNonRoot` */
function controlName(level: CheckLevel, version: string, id: string): string {
  return `Pod Security ${level} (${version}): ${id}`;
}

function violationText(v: Violation): string {
  return `${v.reason}: ${v.detail} (at ${v.path}; fix: ${v.fix})`;
}

function gradeLevel(check: Extract<PssCheck, {type: 'pss-level'}>, objects: readonly JsonObject[]): CheckResult[] {
  const version = check.version ?? 'latest';
  let p;
  try {
    p = makePolicy(check.level, version);
  } catch (error) {
    return [{check: `Pod Security ${check.level} (${version})`, passed: false, detail: String(error)}];
  }
  const evaluated = objects.flatMap((o) => {
    const r = evaluateObjectWithPolicy(o, p);
    return r.podBearing ? [{obj: o, evaluation: r.evaluation}] : [];
  });
  const controls = checksFor(check.level, p.version.minor);
  if (evaluated.length === 0) {
    return controls.map((c) => ({
      check: controlName(check.level, version, c.id),
      passed: false,
      detail: 'the answer has no Pod or workload (Deployment, StatefulSet, Job...) to check',
    }));
  }
  const many = evaluated.length > 1;
  const results: CheckResult[] = controls.map((c) => {
    const failures = evaluated.flatMap(({obj, evaluation}) =>
      evaluation.violations
        .filter((v) => v.check === c.id)
        .map((v) => `${many ? `${label(obj)}: ` : ''}${violationText(v)}`),
    );
    return {
      check: controlName(check.level, version, c.id),
      passed: failures.length === 0,
      detail: failures.length === 0 ? 'passes' : failures.join('; '),
    };
  });
  const invalid = evaluated.flatMap(({obj, evaluation}) =>
    evaluation.invalidFields.map((f) => `${many ? `${label(obj)}: ` : ''}${f.path}: ${f.message}`),
  );
  if (invalid.length > 0) {
    results.push({
      check: `Pod Security ${check.level} (${version}): fields the API server can decode`,
      passed: false,
      detail: invalid.join('; '),
    });
  }
  return results;
}

/**
 * The answer's object with the starter's first object's apiVersion, kind and
 * name: the workload the checks are about. The apiVersion counts too, or a
 * copy moved to a made-up API group (which Pod Security does not evaluate)
 * would keep every field of the starter and skip the level check.
 */
function findTarget(starter: JsonObject | undefined, answer: readonly JsonObject[]): JsonObject | undefined {
  if (!starter) return undefined;
  const want = identity(starter);
  return answer.find((o) => {
    const id = identity(o);
    return id.apiVersion === want.apiVersion && id.kind === want.kind && id.name === want.name;
  });
}

function gradeUnchanged(paths: readonly string[], starter: JsonObject, target: JsonObject): CheckResult[] {
  return paths.map((path) => {
    const before = valuesAt(starter, path);
    const after = valuesAt(target, path);
    const check = `${path} is unchanged`;
    if (before.length !== after.length) {
      return {
        check,
        passed: false,
        detail: `the starter has ${before.length} value(s) at ${path}, the answer ${after.length}: keep every container, volume and port the workload had`,
      };
    }
    const changed = before.find((b, i) => !sameValue(b.value, after[i]?.value));
    if (changed) {
      const now = after[before.indexOf(changed)];
      return {
        check,
        passed: false,
        detail: `${changed.path} was ${showValue(changed.value)} and is now ${showValue(now?.value)}: secure the workload without changing what it runs`,
      };
    }
    return {check, passed: true, detail: `same as the starter (${before.length} value(s))`};
  });
}

function gradeEquals(path: string, value: unknown, target: JsonObject): CheckResult {
  const found = valuesAt(target, path);
  const check = `${path} is ${showValue(value)}`;
  if (found.length === 0) return {check, passed: false, detail: `${path} is not set`};
  const wrong = found.find((f) => !sameValue(f.value, value));
  return wrong
    ? {check, passed: false, detail: `${wrong.path} is ${showValue(wrong.value)}`}
    : {check, passed: true, detail: `set on ${found.length} field(s)`};
}

/**
 * Grades `answer` (the reader's manifest) against the checks; `starter` is
 * the exercise's starting manifest, the reference for `unchanged` checks and
 * for which object the checks are about. Never throws on bad input.
 */
export function gradePssText(
  starterText: string,
  answer: string,
  checks: readonly PssCheck[],
  file = 'answer.yaml',
): GradeResult {
  const loaded = load(answer, file);
  if (loaded.errors.length > 0) return {passed: false, errors: loaded.errors, results: []};
  if (loaded.objects.length === 0)
    return {passed: false, errors: [`${file}: the answer is empty; paste or edit a manifest`], results: []};
  const starter = load(starterText, 'starter.yaml').objects[0]?.value;
  const objects = loaded.objects.map((o) => o.value);
  const target = findTarget(starter, objects);
  const missing = (check: string): CheckResult => ({
    check,
    passed: false,
    detail: starter
      ? `the answer has no ${label(starter)} in apiVersion ${identity(starter).apiVersion || '(none)'}: keep the workload's apiVersion, kind and name`
      : 'the exercise has no starter object to compare with',
  });
  const results = checks.flatMap((c): CheckResult[] => {
    switch (c.type) {
      case 'pss-level':
        // The level is about the starter's workload: without it, other objects passing proves nothing.
        return starter && !target
          ? [missing(`Pod Security ${c.level} (${c.version ?? 'latest'})`)]
          : gradeLevel(c, objects);
      case 'unchanged':
        return starter && target
          ? gradeUnchanged(c.paths, starter, target)
          : c.paths.map((p) => missing(`${p} is unchanged`));
      case 'field-equals':
        return target ? [gradeEquals(c.path, c.value, target)] : [missing(`${c.path} is ${showValue(c.value)}`)];
    }
  });
  return {passed: results.length > 0 && results.every((r) => r.passed), errors: [], results};
}
