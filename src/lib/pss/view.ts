/**
 * View models for the Pod Security checker page (src/components/PssChecker): they turn
 * engine results into plain, render-ready data (verdicts, control titles, article
 * anchors, the input line of each offending field, corrected manifests) and map the page
 * state to and from a shared link. Pure: no React, no DOM, so the components only render.
 *
 * The verdicts, reasons and details come from the engine unchanged; they mirror the
 * messages of Kubernetes' Pod Security Admission controller.
 */
import {LineCounter, isAlias, isMap, isNode, isScalar, isSeq, parseAllDocuments, stringify} from 'yaml';
import type {Document, ToStringOptions} from 'yaml';
import {loadManifests, type LoadedManifests} from '../manifest/load';
import type {ToolIssue} from '../manifest/errors';
import {formatFieldPath, parseFieldPath, valuesAtPath} from '../manifest/fieldPath';
import type {PathSegment} from '../manifest/locate';
import {DEFAULT_MAX_ALIAS_COUNT, splitStream} from '../manifest/parse';
import type {JsonObject, JsonValue} from '../manifest/types';
import {isJsonObject} from '../manifest/types';
import {YAML_OPTIONS} from '../manifest/yamlConfig';
import type {ShareState} from '../share/fragment';
import {evaluateObjectWithPolicy, highestPassingLevel} from './evaluate';
import {fixPod} from './fix';
import type {CheckId, CheckLevel, InvalidField, PodEvaluation, PolicyLevel} from './types';
import {NEWEST_MINOR, NEWEST_VERSION, policy as makePolicy} from './version';
import {joinAnd, plural} from '../format/plural';

// The tools share their input bookkeeping; re-exported for the components.
export {nextFileName, PASTED_FILE_NAME, type InputOrigin} from '../share/input';

// ---- Controls: titles and article sections ---------------------------------------

/** The article that explains every control; each check links to one of its sections. */
export const PSS_ARTICLE_PATH = '/docs/fundamentals/primitives/pod-security-standards';
/** The article about the admission controller that enforces the levels. */
export const PSA_ARTICLE_PATH = '/docs/fundamentals/admission/pod-security-admission';

export interface ControlInfo {
  /** Human title, as the article's section heading names the control. */
  readonly title: string;
  /** Heading ID (`{#…}`) of the control's section in the PSS article. */
  readonly anchor: string;
}

/**
 * Every upstream check ID with its control's title and article section. Two checks
 * share a section when upstream split one control by level (`procMount` and
 * `procMount_restricted`); the `_baseline`/`_restricted` pairs of capabilities and
 * seccomp have a section each, as their rules differ.
 */
export const CONTROLS: Readonly<Record<CheckId, ControlInfo>> = {
  privileged: {title: 'Privileged containers', anchor: 'privileged'},
  hostNamespaces: {title: 'Host namespaces', anchor: 'host-namespaces'},
  hostPathVolumes: {title: 'HostPath volumes', anchor: 'host-path-volumes'},
  hostPorts: {title: 'Host ports', anchor: 'host-ports'},
  hostProbesAndHostLifecycle: {title: 'Probe and lifecycle hosts', anchor: 'host-probes-and-lifecycle'},
  capabilities_baseline: {title: 'Capabilities (Baseline)', anchor: 'capabilities-baseline'},
  capabilities_restricted: {title: 'Capabilities (Restricted)', anchor: 'capabilities-restricted'},
  procMount: {title: '/proc mount type', anchor: 'proc-mount'},
  procMount_restricted: {title: '/proc mount type (Restricted)', anchor: 'proc-mount'},
  seLinuxOptions: {title: 'SELinux', anchor: 'selinux'},
  seccompProfile_baseline: {title: 'Seccomp (Baseline)', anchor: 'seccomp-baseline'},
  seccompProfile_restricted: {title: 'Seccomp (Restricted)', anchor: 'seccomp-restricted'},
  appArmorProfile: {title: 'AppArmor', anchor: 'apparmor'},
  sysctls: {title: 'Sysctls', anchor: 'sysctls'},
  windowsHostProcess: {title: 'Windows HostProcess', anchor: 'windows-host-process'},
  allowPrivilegeEscalation: {title: 'Privilege escalation', anchor: 'allow-privilege-escalation'},
  runAsNonRoot: {title: 'Running as non-root', anchor: 'run-as-non-root'},
  runAsUser: {title: 'Non-root user ID', anchor: 'run-as-user'},
  restrictedVolumes: {title: 'Volume types', anchor: 'restricted-volumes'},
};

/** Site path of the article section about `check`'s control. */
export function controlDocsPath(check: CheckId): string {
  return `${PSS_ARTICLE_PATH}#${CONTROLS[check].anchor}`;
}

// ---- Levels and policy versions --------------------------------------------------

/** The levels the checker offers; Privileged restricts nothing, so it is not one of them. */
export const LEVELS: readonly CheckLevel[] = ['baseline', 'restricted'];

export const LEVEL_LABELS: Readonly<Record<PolicyLevel, string>> = {
  privileged: 'Privileged',
  baseline: 'Baseline',
  restricted: 'Restricted',
};

export const LEVEL_DESCRIPTIONS: Readonly<Record<CheckLevel, string>> = {
  baseline: 'blocks known privilege escalations; runs most images unchanged',
  restricted: 'Baseline plus current hardening: non-root, no escalation, capabilities dropped, seccomp',
};

export interface VersionOption {
  /** As Pod Security Admission takes it (`pod-security.kubernetes.io/enforce-version`). */
  readonly value: string;
  readonly label: string;
}

/** `latest`, then every policy version the engine knows, newest first (v1.37 … v1.0). */
export const VERSION_OPTIONS: readonly VersionOption[] = [
  {value: 'latest', label: `latest (${NEWEST_VERSION})`},
  ...Array.from({length: NEWEST_MINOR + 1}, (_, i) => {
    const value = `v1.${NEWEST_MINOR - i}`;
    return {value, label: value};
  }),
];

export function isCheckLevel(value: string | undefined): value is CheckLevel {
  return value === 'baseline' || value === 'restricted';
}

export function isVersionOption(value: string | undefined): value is string {
  return value !== undefined && VERSION_OPTIONS.some((o) => o.value === value);
}

/** `Restricted at latest (v1.37)`, `Baseline at v1.30`. */
export function describePolicy(level: CheckLevel, version: string): string {
  const option = VERSION_OPTIONS.find((o) => o.value === version);
  return `${LEVEL_LABELS[level]} at ${option?.label ?? version}`;
}

// ---- Page state and the shared link ----------------------------------------------

/** Everything the page shares through its link (and keeps for the session). */
export interface PssPageState {
  readonly yaml: string;
  /** Name used in error messages (the opened file or sample). */
  readonly file: string;
  readonly level: CheckLevel;
  /** A {@link VERSION_OPTIONS} value. */
  readonly version: string;
  /** List only the objects that fail. */
  readonly failuresOnly: boolean;
}

/** Keys of the shared state (`#s=…`); decodeState keeps only these. */
export const PSS_SHARE_KEYS = ['yaml', 'file', 'level', 'version', 'show'] as const;

/** The state to put in a shared link. */
export function toShareState(state: PssPageState): ShareState {
  return {
    yaml: state.yaml,
    file: state.file,
    level: state.level,
    version: state.version,
    show: state.failuresOnly ? 'failures' : 'all',
  };
}

/**
 * Page state from a decoded shared link. Missing keys, and a level or version the page
 * does not offer (a hand-edited link), fall back to `fallback`.
 */
export function fromShareState(shared: ShareState, fallback: PssPageState): PssPageState {
  const level = shared['level'];
  const version = shared['version'];
  const show = shared['show'];
  return {
    yaml: shared['yaml'] ?? fallback.yaml,
    file: shared['file'] || fallback.file,
    level: isCheckLevel(level) ? level : fallback.level,
    version: isVersionOption(version) ? version : fallback.version,
    failuresOnly: show === 'failures' ? true : show === 'all' ? false : fallback.failuresOnly,
  };
}

/** The objects to list: all of them, or only those that fail. */
export function visibleObjects(objects: readonly ObjectResult[], failuresOnly: boolean): readonly ObjectResult[] {
  return failuresOnly ? objects.filter((o) => o.verdict === 'fail') : objects;
}

// ---- Checking the input -----------------------------------------------------------

/** A problem in the input (always an error), as the manifest input panel shows it. */
export interface InputIssue extends ToolIssue {
  readonly severity: 'error';
}

interface ObjectBase {
  /** Stable while the document structure stays the same: `d<doc>` or `d<doc>-i<item>`. */
  readonly key: string;
  /** 0-based index of the YAML document in the stream. */
  readonly docIndex: number;
  /** 0-based index inside the `items` of a List. */
  readonly itemIndex?: number;
  /** 1-based line where the object starts. */
  readonly line: number;
  /** `''` when the object has none. */
  readonly kind: string;
  /** `metadata.name` (or `generateName`), `''` when absent. */
  readonly name: string;
  readonly namespace?: string;
  /** Where the object is, for people: `document 2, line 13`, `item 2 of the List in document 3, line 43`. */
  readonly where: string;
  /** The object as evaluated (List items carry the List's kind and apiVersion when they had none). */
  readonly value: JsonObject;
}

export type ObjectResult =
  | (ObjectBase & {
      readonly verdict: 'pass' | 'fail';
      readonly evaluation: PodEvaluation;
    })
  | (ObjectBase & {
      readonly verdict: 'skipped';
      /** Why it was not checked, e.g. `not a pod-bearing object`. */
      readonly reason: string;
    });

export interface PssAnalysis {
  /** True when the input is empty or only whitespace and comments. */
  readonly empty: boolean;
  /** True when there are no input errors; results are only shown then. */
  readonly ok: boolean;
  readonly issues: readonly InputIssue[];
  /** In input order; empty when `ok` is false. */
  readonly objects: readonly ObjectResult[];
  readonly counts: {readonly pass: number; readonly fail: number; readonly skipped: number};
  /** One sentence for the results heading and the live region. */
  readonly summary: string;
}

export interface CheckOptions {
  readonly file: string;
  readonly level: CheckLevel;
  /** `latest` or `v1.N`. */
  readonly version: string;
}

/** `“web”`, or `(no name)`. */
export function quotedName(name: string): string {
  return name === '' ? '(no name)' : `“${name}”`;
}

/** `Pod “web”`, `Object “x”` when the kind is missing. */
export function objectLabel(result: Pick<ObjectBase, 'kind' | 'name'>): string {
  return `${result.kind === '' ? 'Object' : result.kind} ${quotedName(result.name)}`;
}

function whereOf(docIndex: number, itemIndex: number | undefined, line: number): string {
  const doc = `document ${docIndex + 1}`;
  return itemIndex === undefined ? `${doc}, line ${line}` : `item ${itemIndex + 1} of the List in ${doc}, line ${line}`;
}

export type Verdict = ObjectResult['verdict'];

/** The verdict in one word, for badges (the colour only repeats it). */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  pass: 'Passes',
  fail: 'Fails',
  skipped: 'Not checked',
};

/**
 * What the strictest level an object meets adds to its verdict at `level`:
 * `It meets Baseline.`, `It also meets Restricted.`, or `''` when there is nothing to add.
 */
export function strictestLevelNote(
  level: CheckLevel,
  strictest: PolicyLevel,
  baselineFailures: readonly {readonly title: string}[] = [],
): string {
  switch (strictest) {
    case 'restricted':
      return level === 'baseline' ? 'It also meets Restricted.' : '';
    case 'baseline':
      return level === 'restricted' ? 'It meets Baseline.' : 'It does not meet Restricted.';
    case 'privileged': {
      const failed =
        level === 'restricted' && baselineFailures.length > 0
          ? ` At Baseline it fails ${joinAnd(baselineFailures.map((f) => `“${f.title}”`))}.`
          : '';
      return `It meets neither Baseline nor Restricted: only a namespace at the Privileged level would run it.${failed}`;
    }
  }
}

/** `Passes Restricted`, `Fails Baseline: 3 controls`, `Not checked: not a pod-bearing object`. */
export function verdictText(result: ObjectResult, level: CheckLevel): string {
  switch (result.verdict) {
    case 'pass':
      return `Passes ${LEVEL_LABELS[level]}`;
    case 'fail': {
      const {violations, invalidFields} = result.evaluation;
      const parts = [
        violations.length > 0 ? plural(violations.length, 'control') : '',
        invalidFields.length > 0 ? plural(invalidFields.length, 'invalid field') : '',
      ].filter(Boolean);
      return `Fails ${LEVEL_LABELS[level]}: ${parts.join(', ')}`;
    }
    case 'skipped':
      return `Not checked: ${result.reason}`;
  }
}

function summarize(counts: PssAnalysis['counts'], file: string, level: CheckLevel, version: string): string {
  const checked = counts.pass + counts.fail;
  const skipped =
    counts.skipped === 0
      ? ''
      : ` ${plural(counts.skipped, 'other object')} ${counts.skipped === 1 ? 'is' : 'are'} not pod-bearing and ${counts.skipped === 1 ? 'was' : 'were'} not checked.`;
  if (checked === 0) return `No Pods or workloads with a pod template in ${file}.${skipped}`;
  return (
    `Checked ${plural(checked, 'pod-bearing object')} in ${file} against ${describePolicy(level, version)}: ` +
    `${counts.fail} ${counts.fail === 1 ? 'fails' : 'fail'}, ${counts.pass} ${counts.pass === 1 ? 'passes' : 'pass'}.${skipped}`
  );
}

/**
 * Parses the input and evaluates every object (List items one by one) against `level`
 * at `version`, exactly as `evaluateText` does, keeping each object's value for
 * fixes and line lookups. Never throws for bad input; throws `PssInputError` only for a
 * level or version the engine does not know.
 */
export function checkManifests(text: string, options: CheckOptions): PssAnalysis {
  return checkLoaded(loadManifests(text, {file: options.file}), options);
}

/** `checkManifests` on input already loaded, so a new level or version does not re-parse it. */
export function checkLoaded(loaded: LoadedManifests, options: Omit<CheckOptions, 'file'>): PssAnalysis {
  const {level, version} = options;
  const {file, errors} = loaded;
  const policy = makePolicy(level, version);
  const issues: InputIssue[] = errors.map((e) => ({
    severity: 'error',
    file: e.file,
    line: e.line,
    ...(e.column === undefined ? {} : {column: e.column}),
    message: e.message,
    fix: e.hint,
  }));
  const empty = errors.length === 0 && loaded.documentCount === 0;
  const objects: ObjectResult[] =
    errors.length > 0
      ? []
      : loaded.objects.map((o) => {
          const evaluated = evaluateObjectWithPolicy(o.value, policy);
          const base: ObjectBase = {
            key: o.itemIndex === undefined ? `d${o.docIndex}` : `d${o.docIndex}-i${o.itemIndex}`,
            docIndex: o.docIndex,
            ...(o.itemIndex === undefined ? {} : {itemIndex: o.itemIndex}),
            line: o.line,
            kind: evaluated.kind,
            name: evaluated.name,
            ...(evaluated.namespace === undefined ? {} : {namespace: evaluated.namespace}),
            where: whereOf(o.docIndex, o.itemIndex, o.line),
            value: o.value,
          };
          if (!evaluated.podBearing) return {...base, verdict: 'skipped', reason: evaluated.reason};
          return {
            ...base,
            verdict: evaluated.evaluation.allowed ? 'pass' : 'fail',
            evaluation: evaluated.evaluation,
          };
        });
  const counts = {
    pass: objects.filter((o) => o.verdict === 'pass').length,
    fail: objects.filter((o) => o.verdict === 'fail').length,
    skipped: objects.filter((o) => o.verdict === 'skipped').length,
  };
  let summary: string;
  if (empty) summary = 'The input is empty: paste manifests, open a file or load a sample.';
  else if (errors.length > 0) {
    summary = `${plural(errors.length, 'error')} in the input (listed under the text box); nothing was checked. Fix ${errors.length === 1 ? 'it' : 'them'} to see the verdicts.`;
  } else summary = summarize(counts, file, level, version);
  return {empty, ok: errors.length === 0, issues, objects, counts, summary};
}

// ---- Where a field is in the input -------------------------------------------------

export interface FieldLocation {
  /** 1-based line in the input. */
  readonly line: number;
  /** That line's text. */
  readonly text: string;
  /**
   * True when the field is in the input. False when it is missing (e.g. a field the
   * level requires): `line` then shows the deepest part of its path that is present.
   */
  readonly exact: boolean;
  /** Path of what `line` shows (relative to the object). */
  readonly path: string;
}

type Chunk = ReturnType<typeof splitStream>[number];

interface SourceDocument {
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Lines before the parsed text (the document's first line minus one). */
  readonly lineOffset: number;
  /** The document's text range in {@link ManifestSource.text}; undefined when the stream was parsed as a whole. */
  readonly chunk?: Chunk;
}

const TO_STRING_OPTIONS: ToStringOptions = {lineWidth: 0, flowCollectionPadding: false};

/**
 * The input text with yaml's source positions, parsed per document on demand (the
 * checker's own parser keeps no positions below the object). Documents are delimited
 * exactly as the manifest parser does, so document indexes agree with the results.
 */
export class ManifestSource {
  /** The input with `\r\n` turned into `\n` (as the manifest parser reads it). */
  readonly text: string;
  private whole: boolean;
  private chunks: readonly Chunk[] | undefined;
  private wholeDocs: readonly SourceDocument[] | undefined;
  private readonly documents = new Map<number, SourceDocument | null>();
  private lines: readonly string[] | undefined;

  constructor(text: string) {
    this.text = text.replace(/\r\n/g, '\n');
    // Same rule as the manifest parser: directives or lone carriage returns make it read the whole stream.
    this.whole = this.text.includes('\r') || /^%/m.test(this.text);
  }

  /** The yaml document at `docIndex`, with comments and positions; undefined if there is none. */
  document(docIndex: number): SourceDocument | undefined {
    if (this.whole) return this.allDocuments()[docIndex];
    const cached = this.documents.get(docIndex);
    if (cached !== undefined) return cached ?? undefined;
    this.chunks ??= splitStream(this.text);
    const chunk = this.chunks[docIndex];
    let found: SourceDocument | null = null;
    if (chunk !== undefined) {
      const lineCounter = new LineCounter();
      const docs = parseAllDocuments(this.text.slice(chunk.start, chunk.end), {...YAML_OPTIONS, lineCounter});
      if (docs.length !== 1) {
        // The split disagrees with yaml (the manifest parser then reads the whole stream too).
        this.whole = true;
        return this.allDocuments()[docIndex];
      }
      const [doc] = docs;
      if (doc !== undefined) found = {doc, lineCounter, lineOffset: chunk.startLine - 1, chunk};
    }
    this.documents.set(docIndex, found);
    return found ?? undefined;
  }

  /** Every document, when the stream is parsed as a whole (directives, lone carriage returns). */
  allDocuments(): readonly SourceDocument[] {
    if (this.wholeDocs === undefined) {
      const lineCounter = new LineCounter();
      const docs = parseAllDocuments(this.text, {...YAML_OPTIONS, lineCounter});
      this.wholeDocs = ('empty' in docs ? [] : docs).map((doc) => ({doc, lineCounter, lineOffset: 0}));
    }
    return this.wholeDocs;
  }

  /**
   * The document at `docIndex` when it is JSON (one JSON value, as `kubectl get -o json`
   * writes), with its layout; undefined for YAML.
   */
  jsonDocument(docIndex: number): JsonDocument | undefined {
    if (this.whole) return undefined;
    this.chunks ??= splitStream(this.text);
    const chunk = this.chunks[docIndex];
    if (chunk === undefined) return undefined;
    const layout = jsonLayout(this.text.slice(chunk.bodyStart, chunk.end));
    return layout === undefined ? undefined : {...layout, start: chunk.bodyStart, end: chunk.end};
  }

  /** Text of a 1-based line. */
  lineText(line: number): string {
    this.lines ??= this.text.split('\n');
    return this.lines[line - 1] ?? '';
  }

  /**
   * Where `path` (relative to the object at `docIndex`/`itemIndex`) is in the input: the
   * line of its key, or of the deepest ancestor present when the field is missing.
   */
  locate(object: Pick<ObjectBase, 'docIndex' | 'itemIndex' | 'line'>, path: string): FieldLocation {
    const fallback: FieldLocation = {line: object.line, text: this.lineText(object.line), exact: path === '', path: ''};
    const segments = parseFieldPath(path);
    const source = this.document(object.docIndex);
    if (segments === undefined || source === undefined) return fallback;
    const {doc, lineCounter, lineOffset} = source;
    let node: unknown = doc.contents;
    if (object.itemIndex !== undefined) {
      const item = childOf(doc, node, 'items');
      const entry = item === undefined ? undefined : childOf(doc, item.node, object.itemIndex);
      if (entry === undefined) return fallback;
      node = entry.node;
    }
    let offset: number | undefined;
    let depth = 0;
    for (const segment of segments) {
      const child = childOf(doc, node, segment);
      if (child === undefined) break;
      node = child.node;
      if (child.offset !== undefined) offset = child.offset;
      depth++;
    }
    if (offset === undefined) return {...fallback, exact: segments.length === 0};
    const line = lineCounter.linePos(offset).line + lineOffset;
    return {
      line,
      text: this.lineText(line),
      exact: depth === segments.length,
      path: formatFieldPath(segments.slice(0, depth)),
    };
  }
}

/** A JSON document of the input: its value, where its text is, and how it is laid out. */
export interface JsonDocument extends JsonLayout {
  /** Offsets of the document's text in {@link ManifestSource.text}. */
  readonly start: number;
  readonly end: number;
}

export interface JsonLayout {
  readonly value: JsonValue;
  /** Whitespace before and after the JSON value. */
  readonly lead: string;
  readonly trail: string;
  /** One level of indentation (`'  '`, `'    '`, `'\t'`), or `''` for JSON on one line. */
  readonly indent: string;
}

/** `text` parsed as JSON with its layout, or undefined when it is not JSON (YAML, or JSON with comments). */
export function jsonLayout(text: string): JsonLayout | undefined {
  const body = text.trim();
  if (!body.startsWith('{') && !body.startsWith('[')) return undefined;
  let value: JsonValue;
  try {
    value = JSON.parse(body) as JsonValue;
  } catch {
    return undefined;
  }
  const lead = text.slice(0, text.indexOf(body));
  const trail = text.slice(lead.length + body.length);
  const indent = body.includes('\n') ? (/\n([ \t]+)\S/.exec(body)?.[1] ?? '  ') : '';
  return {value, lead, trail, indent};
}

/** `value` written with the layout of the JSON it replaces. */
export function formatJsonLike(value: JsonValue, layout: Pick<JsonLayout, 'indent' | 'lead' | 'trail'>): string {
  return `${layout.lead}${JSON.stringify(value, null, layout.indent === '' ? undefined : layout.indent)}${layout.trail}`;
}

function rangeStart(node: unknown): number | undefined {
  return isNode(node) && node.range ? node.range[0] : undefined;
}

/** The child at `segment` of a yaml node, and where its key (or item) starts. */
function childOf(
  doc: Document.Parsed,
  parent: unknown,
  segment: PathSegment,
): {node: unknown; offset?: number} | undefined {
  const node = isAlias(parent) ? parent.resolve(doc) : parent;
  if (isMap(node) && typeof segment === 'string') {
    for (const pair of node.items) {
      const key: unknown = isScalar(pair.key) ? pair.key.value : pair.key;
      if (String(key) !== segment) continue;
      const offset = rangeStart(pair.key) ?? rangeStart(pair.value);
      return offset === undefined ? {node: pair.value} : {node: pair.value, offset};
    }
    return undefined;
  }
  if (isSeq(node) && typeof segment === 'number') {
    if (segment >= node.items.length) return undefined;
    const item: unknown = node.items[segment];
    const offset = rangeStart(item);
    return offset === undefined ? {node: item} : {node: item, offset};
  }
  return undefined;
}

// ---- Failing controls, ready to render -------------------------------------------

export interface ViolationView {
  /** Unique within the object. */
  readonly key: string;
  readonly check: CheckId;
  readonly title: string;
  readonly level: CheckLevel;
  /** As the engine (and Pod Security Admission) reports them. */
  readonly reason: string;
  readonly detail: string;
  /** First offending field, relative to the object. */
  readonly path: string;
  readonly location: FieldLocation;
  readonly fix: string;
  /** Article section of the control. */
  readonly docsPath: string;
}

export interface InvalidFieldView extends InvalidField {
  readonly key: string;
  readonly location: FieldLocation;
}

export interface ObjectDetails {
  readonly violations: readonly ViolationView[];
  readonly invalidFields: readonly InvalidFieldView[];
  /**
   * Strictest level the object meets at the version (`privileged`: neither Baseline nor
   * Restricted); undefined for objects that were not checked.
   */
  readonly strictestLevel?: PolicyLevel;
  /**
   * When the object fails Baseline but was checked at Restricted: the Baseline controls it
   * fails. Restricted replaces some Baseline checks with stricter ones (seccomp,
   * capabilities, procMount), so the list at Restricted may not name them.
   */
  readonly baselineFailures?: readonly {readonly check: CheckId; readonly title: string}[];
}

/**
 * What an object's card shows beyond the verdict. Computed per rendered object, not in
 * {@link checkManifests}: finding lines parses the object's document again.
 */
export function objectDetails(result: ObjectResult, source: ManifestSource, version: string): ObjectDetails {
  if (result.verdict === 'skipped') return {violations: [], invalidFields: []};
  const strictestLevel = highestPassingLevel(result.value, version);
  const details = {
    violations: violationViews(result, source),
    invalidFields: invalidFieldViews(result, source),
    strictestLevel,
  };
  if (strictestLevel !== 'privileged' || result.evaluation.level !== 'restricted') return details;
  return {...details, baselineFailures: baselineFailures(result.value, version)};
}

/** The Baseline controls `value` fails at `version`, with their titles. */
export function baselineFailures(
  value: JsonObject,
  version: string,
): readonly {readonly check: CheckId; readonly title: string}[] {
  const evaluated = evaluateObjectWithPolicy(value, makePolicy('baseline', version));
  if (!evaluated.podBearing) return [];
  return evaluated.evaluation.violations.map((v) => ({check: v.check, title: CONTROLS[v.check].title}));
}

/** The failing controls of an object, with their line in the input. */
export function violationViews(result: ObjectResult, source: ManifestSource): readonly ViolationView[] {
  if (result.verdict === 'skipped') return [];
  return result.evaluation.violations.map((v) => ({
    key: v.check,
    check: v.check,
    title: CONTROLS[v.check].title,
    level: v.level,
    reason: v.reason,
    detail: v.detail,
    path: v.path,
    location: source.locate(result, v.path),
    fix: v.fix,
    docsPath: controlDocsPath(v.check),
  }));
}

/** Fields of the wrong type (the API server would reject the object before admission). */
export function invalidFieldViews(result: ObjectResult, source: ManifestSource): readonly InvalidFieldView[] {
  if (result.verdict === 'skipped') return [];
  return result.evaluation.invalidFields.map((f, i) => ({
    ...f,
    key: `${i}:${f.path}`,
    location: source.locate(result, f.path),
  }));
}

// ---- Corrected manifests ---------------------------------------------------------

/**
 * YAML 1.1 output: Kubernetes reads manifests as YAML 1.1, where an unquoted `on`, `yes`
 * or `0755` is not a string; the 1.1 schema quotes such strings.
 */
const STRINGIFY_OPTIONS = {version: '1.1', aliasDuplicateObjects: false, ...TO_STRING_OPTIONS} as const;

export interface CorrectedManifest {
  /** The corrected object as YAML. */
  readonly yaml: string;
  /** The corrected object as JSON, indented by two spaces (shown for JSON input). */
  readonly json: string;
  /** The corrected object as data. */
  readonly value: JsonValue;
  /** Whether the corrected object passes the level (false only for inputs the repairs cannot reach). */
  readonly passes: boolean;
}

/** File name for a corrected object, e.g. `pod-web.yaml` (`pod-web.json` for JSON). */
export function correctedFileName(result: Pick<ObjectBase, 'kind' | 'name'>, format: 'yaml' | 'json' = 'yaml'): string {
  const slug = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9.-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `${[slug(result.kind), slug(result.name)].filter(Boolean).join('-') || 'object'}.${format}`;
}

/** A copy of `value` repaired by the engine's `fixPod` to pass `level` at `version`. */
export function correctedManifest(value: JsonObject, level: CheckLevel, version: string): CorrectedManifest {
  const fixed = fixPod(value, level, version);
  const evaluated = evaluateObjectWithPolicy(fixed, makePolicy(level, version));
  return {
    yaml: stringify(fixed, STRINGIFY_OPTIONS),
    json: JSON.stringify(fixed, null, 2),
    value: fixed,
    passes: evaluated.podBearing && evaluated.evaluation.allowed,
  };
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  if (isJsonObject(a) && isJsonObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** Edits the yaml document from `before` to `after` key by key, so untouched nodes keep their comments. */
function patchNode(doc: Document.Parsed, path: readonly PathSegment[], before: unknown, after: JsonValue): void {
  if (jsonEqual(before, after)) return;
  if (isJsonObject(before) && isJsonObject(after)) {
    for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) doc.deleteIn([...path, key]);
    for (const key of Object.keys(after)) {
      const next = after[key];
      if (next === undefined) continue;
      if (Object.hasOwn(before, key)) patchNode(doc, [...path, key], before[key], next);
      else doc.setIn([...path, key], doc.createNode(next));
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((item, i) => patchNode(doc, [...path, i], before[i], item));
    return;
  }
  doc.setIn(path, doc.createNode(after));
}

/** The item kind and apiVersion a List gave an item that had none; they are not written into the item. */
function stripAddedKeys(raw: JsonObject, value: JsonObject): (v: JsonObject) => JsonObject {
  const added = ['kind', 'apiVersion'].filter((k) => !Object.hasOwn(raw, k) && Object.hasOwn(value, k));
  return (v) => Object.fromEntries(Object.entries(v).filter(([k]) => !added.includes(k)));
}

/** applyCorrection for a JSON document: JSON in, JSON out, with the document's indentation. */
function applyJsonCorrection(
  source: ManifestSource,
  json: JsonDocument,
  object: Pick<ObjectBase, 'itemIndex' | 'value'>,
  level: CheckLevel,
  version: string,
): ApplyCorrectionResult | undefined {
  const target: readonly PathSegment[] = object.itemIndex === undefined ? [] : ['items', object.itemIndex];
  const raw = valuesAtPath(json.value, target)[0]?.value;
  if (!isJsonObject(raw)) return undefined;
  const strip = stripAddedKeys(raw, object.value);
  if (!jsonEqual(raw, strip(object.value))) return undefined;
  const fixed = fixPod(object.value, level, version);
  if (!isJsonObject(fixed)) return undefined;
  const wanted = strip(fixed);
  let root: JsonValue = wanted;
  if (object.itemIndex !== undefined) {
    const items = isJsonObject(json.value) ? json.value['items'] : undefined;
    if (!Array.isArray(items) || !isJsonObject(json.value)) return undefined;
    root = {...json.value, items: items.map((item, i) => (i === object.itemIndex ? wanted : item))};
  }
  const rendered = formatJsonLike(root, json);
  return {
    ok: true,
    text: source.text.slice(0, json.start) + rendered + source.text.slice(json.end),
    keptComments: true,
  };
}

function documentValue(doc: Document.Parsed): unknown {
  return doc.toJS({maxAliasCount: DEFAULT_MAX_ALIAS_COUNT});
}

export type ApplyCorrectionResult =
  | {
      readonly ok: true;
      /** The whole input with the object replaced by its corrected version. */
      readonly text: string;
      /** False when the object had to be rewritten as a whole, losing its comments. */
      readonly keptComments: boolean;
    }
  | {readonly ok: false; readonly message: string};

/**
 * Replaces one object of the input by its corrected version (see
 * {@link correctedManifest}). Only the object's own document is rewritten, field by
 * field, so other documents stay byte for byte and comments on untouched fields stay.
 */
export function applyCorrection(
  text: string,
  object: Pick<ObjectBase, 'docIndex' | 'itemIndex' | 'value'>,
  level: CheckLevel,
  version: string,
): ApplyCorrectionResult {
  const source = new ManifestSource(text);
  const failed = {ok: false, message: 'The input changed; check it again, then use the corrected manifest.'} as const;
  const json = source.jsonDocument(object.docIndex);
  if (json !== undefined) return applyJsonCorrection(source, json, object, level, version) ?? failed;
  const found = source.document(object.docIndex);
  if (found === undefined || found.doc.errors.length > 0) return failed;
  const {doc} = found;
  const target: readonly PathSegment[] = object.itemIndex === undefined ? [] : ['items', object.itemIndex];
  const raw = valuesAtPath(documentValue(doc), target)[0]?.value;
  if (!isJsonObject(raw)) return failed;
  // List items without kind/apiVersion got them from the List; do not write them into the item.
  const strip = stripAddedKeys(raw, object.value);
  if (!jsonEqual(raw, strip(object.value))) return failed;
  const fixed = fixPod(object.value, level, version);
  if (!isJsonObject(fixed)) return failed;
  const wanted = strip(fixed);
  let keptComments = true;
  try {
    patchNode(doc, target, raw, wanted);
  } catch {
    keptComments = false;
  }
  if (!keptComments || !jsonEqual(valuesAtPath(documentValue(doc), target)[0]?.value, wanted)) {
    // Aliases, merge keys or numeric keys defeat field-by-field edits: replace the object.
    keptComments = false;
    doc.setIn(target, doc.createNode(wanted));
  }
  if (found.chunk === undefined) {
    // The stream was parsed as a whole, so it is written back as a whole. yaml repeats
    // the directives on every document; a document end marker must then precede them.
    const documents = source.allDocuments().map((d) => d.doc.toString(TO_STRING_OPTIONS));
    const stream = documents.map((d, i) => (i > 0 && d.startsWith('%') ? `...\n${d}` : d)).join('');
    return {ok: true, text: stream, keptComments};
  }
  const {start, end} = found.chunk;
  const rendered = doc.toString(TO_STRING_OPTIONS);
  return {ok: true, text: source.text.slice(0, start) + rendered + source.text.slice(end), keptComments};
}
