/**
 * The examples check, as pure logic: given the files under examples/, the
 * registry and a few injected validators, report every problem with its file
 * and line, and count what was checked. Modelled on kubernetes/website
 * content/en/examples/examples_test.go. scripts/check-examples.ts does the IO.
 */
import {formatFieldPath} from '../manifest/fieldPath';
import {locateField} from '../manifest/locate';
import {parseManifests} from '../manifest/parse';
import type {ParsedDoc} from '../manifest/types';
import type * as z from '../zod';
import type {ExampleEntry, ExampleSkip, PssLevel, Registry} from './examples';
import type {SchemaIssue} from './schema/issues';

export interface ExampleFile {
  /** Path under examples/, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

export interface ExampleProblem {
  readonly file: string;
  /** 1-based line, when the problem has a place in the file. */
  readonly line?: number;
  readonly message: string;
}

export interface ApiValidator {
  isApiKind(apiVersion: string, kind: string): boolean;
  validate(object: Record<string, unknown>): ReadonlyArray<{path: ReadonlyArray<string | number>; message: string}>;
}

export interface PssOracle {
  /** True for Pods and objects with a pod template. */
  isPodBearing(object: Record<string, unknown>): boolean;
  /** The highest Pod Security level the object passes at policy `latest`. */
  highestLevel(object: Record<string, unknown>): PssLevel;
}

/** Schema checks for third-party custom resources and Falco rules files (src/lib/content/thirdParty.ts). */
export interface ThirdPartyValidator {
  /** The tool whose vendored schema covers this apiVersion and kind, if any. */
  toolFor(apiVersion: string, kind: string): string | undefined;
  /** A ConstraintTemplate's constraint kind, or why it has none. */
  constraintKindOf(template: Record<string, unknown>): {kind: string} | {error: SchemaIssue};
  /** Validates one object; `constraintKinds` holds what constraintKindOf returned for every template. */
  validate(
    object: Record<string, unknown>,
    constraintKinds: ReadonlyMap<string, unknown>,
  ): {tool: string; issues: SchemaIssue[]} | undefined;
  /** Validates the content of a Falco rules file. */
  validateFalcoRules(value: unknown): SchemaIssue[];
  /** Why an apiVersion and kind of a third-party group cannot be checked (no vendored schema), if so. */
  unvendored(apiVersion: string, kind: string): string | undefined;
  /** True for apiVersion/kind pairs validated only once every template is known (Gatekeeper constraints). */
  needsTemplates(apiVersion: string): boolean;
  /** The file-name pattern and registry kind of Falco rules files. */
  readonly falcoRulesFile: RegExp;
  readonly falcoRulesKind: string;
}

export interface ValidateOptions {
  readonly registry: Registry;
  readonly skips: Readonly<Record<string, ExampleSkip>>;
  readonly api: ApiValidator;
  readonly configSchema: (apiVersion: string, kind: string) => z.ZodType | undefined;
  readonly pss: PssOracle;
  readonly thirdParty?: ThirdPartyValidator;
}

export interface ValidateReport {
  readonly problems: ExampleProblem[];
  readonly counts: {
    files: number;
    documents: number;
    apiObjects: number;
    configObjects: number;
    podBearing: number;
    skipped: number;
    /** Third-party objects (and Falco rules files) schema-checked, by tool. */
    thirdParty: Record<string, number>;
  };
}

/** File extensions that hold manifests and must be registered (.jsonl: one JSON object per line, as ABAC policy files). */
export const MANIFEST_EXTENSIONS = /\.(ya?ml|json|jsonl)$/;

/**
 * A JSON Lines file read as a YAML stream: each line becomes its own document
 * (`--- {…}` is valid YAML), so line numbers stay those of the file. Each line
 * must also be strict JSON, which YAML's flow syntax would not insist on.
 */
function jsonLinesAsYaml(text: string): {yaml: string; problems: Array<{line: number; message: string}>} {
  const problems: Array<{line: number; message: string}> = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      JSON.parse(line);
    } catch (error) {
      problems.push({
        line: i + 1,
        message: `is not one JSON object on this line (${error instanceof Error ? error.message : String(error)}); each line of a .jsonl file must be a complete JSON object`,
      });
    }
  });
  return {yaml: text.replace(/^(?=\S)/gm, '--- '), problems};
}

const LEVEL_ORDER: Record<PssLevel, number> = {privileged: 0, baseline: 1, restricted: 2};

/** The line where `path` is written in `doc` (its nearest existing ancestor when it is missing). */
function lineOf(doc: ParsedDoc, path: ReadonlyArray<string | number>): number {
  return locateField(doc, path).line;
}

function levelName(level: PssLevel): string {
  return level.charAt(0).toUpperCase() + level.slice(1);
}

/** Checks every example file against the registry, the API schema, config schemas and the PSS engine. */
export function validateExamples(files: readonly ExampleFile[], options: ValidateOptions): ValidateReport {
  const {registry, skips, api, configSchema, pss, thirdParty} = options;
  const problems: ExampleProblem[] = [];
  const counts = {
    files: 0,
    documents: 0,
    apiObjects: 0,
    configObjects: 0,
    podBearing: 0,
    skipped: 0,
    thirdParty: {} as Record<string, number>,
  };
  const countThirdParty = (tool: string): void => {
    counts.thirdParty[tool] = (counts.thirdParty[tool] ?? 0) + 1;
  };
  const report = (path: string, doc: ParsedDoc, issues: readonly SchemaIssue[], what: string): void => {
    for (const issue of issues) {
      problems.push({
        file: path,
        line: lineOf(doc, issue.path),
        message: `${formatFieldPath(issue.path) || what}: ${issue.message}`,
      });
    }
  };
  // Constraint kinds defined by ConstraintTemplates anywhere under examples/, and constraints to check once all are known.
  const constraintKinds = new Map<string, unknown>();
  const constraintFiles = new Map<string, string>();
  const deferred: Array<{path: string; doc: ParsedDoc; object: Record<string, unknown>}> = [];
  const present = new Set(files.map((f) => f.path));

  for (const file of Object.keys(registry)) {
    if (!present.has(file)) {
      problems.push({
        file,
        message: 'is listed in the examples registry but the file does not exist; remove the entry or add the file',
      });
    }
  }
  for (const file of Object.keys(skips)) {
    if (!present.has(file))
      problems.push({file, message: 'is listed in examples/skips.ts but does not exist; remove it'});
  }

  for (const {path, text} of files) {
    if (!MANIFEST_EXTENSIONS.test(path)) continue;
    counts.files++;
    const skip = skips[path];
    const entry: ExampleEntry | undefined = registry[path];
    if (!entry) {
      problems.push({
        file: path,
        message: `has no entry in the examples registry; add it to examples/${path.split('/')[0]}/_registry.ts with its kinds`,
      });
      continue;
    }
    if (skip) {
      counts.skipped++;
      continue;
    }

    let source = text;
    if (path.endsWith('.jsonl')) {
      const lines = jsonLinesAsYaml(text);
      if (lines.problems.length > 0) {
        for (const problem of lines.problems) problems.push({file: path, ...problem});
        continue;
      }
      source = lines.yaml;
    }
    // The site's one manifest reader: YAML 1.1 as kubectl reads it, the same limits and words.
    const isFalco =
      thirdParty !== undefined &&
      (thirdParty.falcoRulesFile.test(path) || entry.kinds.includes(thirdParty.falcoRulesKind));
    const parsed = parseManifests(source, {file: path, allowSequences: isFalco});
    if (!parsed.ok) {
      for (const error of parsed.errors) {
        problems.push({file: path, line: error.line, message: `${error.message}. ${error.hint}`});
      }
      continue;
    }
    if (parsed.documents.length === 0) {
      problems.push({file: path, message: 'is empty; add a manifest or remove the file'});
      continue;
    }
    if (thirdParty && isFalco) {
      const kind = thirdParty.falcoRulesKind;
      if (!thirdParty.falcoRulesFile.test(path)) {
        problems.push({
          file: path,
          message: `is registered as ${kind} but its name does not end in .falco.yaml; rename it`,
        });
      } else if (entry.kinds.join(',') !== kind) {
        problems.push({file: path, message: `is a Falco rules file; register it with kinds: ['${kind}']`});
      }
      if (parsed.documents.length !== 1) {
        problems.push({
          file: path,
          message: `holds ${parsed.documents.length} YAML documents; a Falco rules file here holds one list of items`,
        });
        continue;
      }
      const doc = parsed.documents[0] as ParsedDoc;
      counts.documents++;
      countThirdParty(thirdParty.toolFor('', kind) ?? 'falco');
      report(path, doc, thirdParty.validateFalcoRules(doc.value), 'rules file');
      continue;
    }
    const objects = parsed.documents.map((doc) => ({doc, object: doc.value as Record<string, unknown>}));

    const kinds = objects.map(({object}) => (typeof object.kind === 'string' ? object.kind : '?'));
    if (kinds.join(',') !== entry.kinds.join(',')) {
      problems.push({
        file: path,
        message: `holds kinds [${kinds.join(', ')}] but the registry says [${entry.kinds.join(', ')}]; update the registry entry`,
      });
    }

    let lowest: PssLevel | undefined;
    for (const {doc, object} of objects) {
      counts.documents++;
      const apiVersion = typeof object.apiVersion === 'string' ? object.apiVersion : '';
      const kind = typeof object.kind === 'string' ? object.kind : '';
      if (thirdParty?.toolFor(apiVersion, kind)) {
        if (thirdParty.needsTemplates(apiVersion)) {
          deferred.push({path, doc, object});
          continue;
        }
        const result = thirdParty.validate(object, constraintKinds);
        if (result) {
          countThirdParty(result.tool);
          report(path, doc, result.issues, kind);
        }
        if (result && apiVersion.startsWith('templates.gatekeeper.sh/') && kind === 'ConstraintTemplate') {
          const defined = thirdParty.constraintKindOf(object);
          if ('kind' in defined) {
            const earlier = constraintFiles.get(defined.kind);
            if (earlier !== undefined) {
              problems.push({
                file: path,
                line: lineOf(doc, ['spec', 'crd', 'spec', 'names', 'kind']),
                message: `defines constraint kind ${defined.kind}, which examples/${earlier} defines too; give each template its own kind`,
              });
            } else {
              constraintKinds.set(defined.kind, defined);
              constraintFiles.set(defined.kind, path);
            }
          }
        }
        continue;
      }
      const unvendored = thirdParty?.unvendored(apiVersion, kind);
      if (unvendored !== undefined) {
        problems.push({file: path, line: lineOf(doc, ['apiVersion']), message: `apiVersion: ${unvendored}`});
        continue;
      }
      const schema = configSchema(apiVersion, kind);
      if (schema) {
        counts.configObjects++;
        const result = schema.safeParse(object);
        if (!result.success) {
          for (const issue of result.error.issues) {
            const issuePath = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
            const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
            if (keys.length > 0) {
              for (const key of keys) {
                problems.push({
                  file: path,
                  line: lineOf(doc, [...issuePath, key]),
                  message: `${formatFieldPath([...issuePath, key])}: unknown field "${key}" for ${kind}; fix the name or check the ${apiVersion} reference`,
                });
              }
            } else {
              problems.push({
                file: path,
                line: lineOf(doc, issuePath),
                message: `${formatFieldPath(issuePath) || kind}: ${issue.message}`,
              });
            }
          }
        }
        continue;
      }
      if (!api.isApiKind(apiVersion, kind)) {
        // validate() explains removed and unknown kinds precisely.
        const issues = api.validate(object);
        const first = issues[0];
        problems.push({
          file: path,
          line: lineOf(doc, first?.path ?? ['kind']),
          message: first
            ? `${formatFieldPath(first.path)}: ${first.message}`
            : `${apiVersion} ${kind} is neither an API type nor a known config kind; add a schema in src/lib/content/configKinds/`,
        });
        continue;
      }
      counts.apiObjects++;
      for (const issue of api.validate(object)) {
        problems.push({
          file: path,
          line: lineOf(doc, issue.path),
          message: `${formatFieldPath(issue.path) || kind}: ${issue.message}`,
        });
      }
      if (pss.isPodBearing(object)) {
        counts.podBearing++;
        const level = pss.highestLevel(object);
        lowest = lowest === undefined || LEVEL_ORDER[level] < LEVEL_ORDER[lowest] ? level : lowest;
      }
    }

    if (lowest !== undefined && entry.pss === undefined) {
      problems.push({
        file: path,
        message: `holds pod-bearing objects but its registry entry has no "pss" level; add pss: '${lowest}'`,
      });
    } else if (lowest === undefined && entry.pss !== undefined) {
      problems.push({
        file: path,
        message: `declares pss '${entry.pss}' but holds no Pod or pod template; remove "pss"`,
      });
    } else if (lowest !== undefined && entry.pss !== undefined && lowest !== entry.pss) {
      problems.push({
        file: path,
        message: `is registered as meeting ${levelName(entry.pss)} but the Pod Security engine says its highest passing level is ${levelName(lowest)}; fix the manifest or the registry entry (npm run pss -- examples/${path})`,
      });
    }
  }

  for (const {path, doc, object} of deferred) {
    const result = thirdParty?.validate(object, constraintKinds);
    if (!result) continue;
    countThirdParty(result.tool);
    report(path, doc, result.issues, typeof object.kind === 'string' ? object.kind : 'constraint');
  }
  return {problems, counts};
}

/** Registry keys must be sorted within each topic file; returns the first out-of-order key. */
export function firstUnsortedKey(registry: Registry): string | undefined {
  const keys = Object.keys(registry);
  return keys.find((key, i) => i > 0 && key.localeCompare(keys[i - 1] ?? '') < 0);
}
