import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {parseManifests} from '../manifest/parse';
import {decodeState, encodeState} from '../share/fragment';
import {evaluateObject} from './evaluate';
import baselineWebServer from './samples/baseline-web-server.yaml?raw';
import multiDocumentMix from './samples/multi-document-mix.yaml?raw';
import privilegedPod from './samples/privileged-pod.yaml?raw';
import restrictedDeployment from './samples/restricted-deployment.yaml?raw';
import {evaluateText} from './text';
import {CHECK_IDS} from './types';
import type {CheckLevel} from './types';
import {NEWEST_MINOR, parseVersion} from './version';
import {
  applyCorrection,
  checkManifests,
  CONTROLS,
  controlDocsPath,
  correctedFileName,
  correctedManifest,
  describePolicy,
  fromShareState,
  invalidFieldViews,
  LEVELS,
  ManifestSource,
  nextFileName,
  objectDetails,
  objectLabel,
  PASTED_FILE_NAME,
  PSS_ARTICLE_PATH,
  PSS_SHARE_KEYS,
  strictestLevelNote,
  toShareState,
  verdictText,
  VERDICT_LABELS,
  VERSION_OPTIONS,
  violationViews,
  visibleObjects,
  type ObjectResult,
  type PssPageState,
} from './view';

const SAMPLES = {
  'privileged-pod.yaml': privilegedPod,
  'baseline-web-server.yaml': baselineWebServer,
  'restricted-deployment.yaml': restrictedDeployment,
  'multi-document-mix.yaml': multiDocumentMix,
} as const;

const ARTICLE = readFileSync(
  new URL('../../../docs/fundamentals/primitives/pod-security-standards.mdx', import.meta.url),
  'utf8',
);

function check(text: string, level: CheckLevel = 'restricted', version = 'latest', file = PASTED_FILE_NAME) {
  return checkManifests(text, {file, level, version});
}

function only(text: string, level: CheckLevel = 'restricted', version = 'latest'): ObjectResult {
  const a = check(text, level, version);
  expect(a.issues).toEqual([]);
  expect(a.objects).toHaveLength(1);
  const [object] = a.objects;
  if (object === undefined) throw new Error('no object');
  return object;
}

function failedChecks(object: ObjectResult): string[] {
  return object.verdict === 'skipped' ? [] : object.evaluation.violations.map((v) => v.check);
}

const probeHostPod = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: probe}',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: app:1',
  '      readinessProbe:',
  '        httpGet: {host: 10.0.0.1, port: 80}',
].join('\n');

describe('controls', () => {
  it('maps every upstream check ID to a title and a section of the PSS article that exists', () => {
    const headingIds = new Set([...ARTICLE.matchAll(/^#{2,3} .+ \{#([a-z0-9-]+)\}$/gm)].map((m) => m[1]));
    expect(headingIds.size).toBeGreaterThanOrEqual(18);
    expect(Object.keys(CONTROLS).sort()).toEqual([...CHECK_IDS].sort());
    for (const id of CHECK_IDS) {
      const {title, anchor} = CONTROLS[id];
      expect(title, id).not.toBe('');
      expect(headingIds.has(anchor), `${id} -> #${anchor} is not a heading ID in the PSS article`).toBe(true);
      expect(controlDocsPath(id)).toBe(`${PSS_ARTICLE_PATH}#${anchor}`);
    }
  });

  it('gives each control its own section, except the /proc mount check upstream split by level', () => {
    const byAnchor = new Map<string, string[]>();
    for (const id of CHECK_IDS) byAnchor.set(CONTROLS[id].anchor, [...(byAnchor.get(CONTROLS[id].anchor) ?? []), id]);
    const shared = [...byAnchor.values()].filter((ids) => ids.length > 1);
    expect(shared).toEqual([['procMount', 'procMount_restricted']]);
    expect(new Set(CHECK_IDS.map((id) => CONTROLS[id].title)).size).toBe(CHECK_IDS.length);
  });
});

describe('levels and versions', () => {
  it('offers Baseline and Restricted, and latest then every policy version from newest to v1.0', () => {
    expect(LEVELS).toEqual(['baseline', 'restricted']);
    expect(VERSION_OPTIONS).toHaveLength(NEWEST_MINOR + 2);
    expect(VERSION_OPTIONS[0]).toEqual({value: 'latest', label: `latest (v1.${NEWEST_MINOR})`});
    expect(VERSION_OPTIONS[1]?.value).toBe(`v1.${NEWEST_MINOR}`);
    expect(VERSION_OPTIONS.at(-1)?.value).toBe('v1.0');
    for (const {value} of VERSION_OPTIONS) expect(parseVersion(value).ok, value).toBe(true);
    expect(new Set(VERSION_OPTIONS.map((o) => o.value)).size).toBe(VERSION_OPTIONS.length);
  });

  it('describes a policy for people', () => {
    expect(describePolicy('restricted', 'latest')).toBe(`Restricted at latest (v1.${NEWEST_MINOR})`);
    expect(describePolicy('baseline', 'v1.30')).toBe('Baseline at v1.30');
  });
});

describe('shared state', () => {
  const state: PssPageState = {
    yaml: privilegedPod,
    file: 'privileged-pod.yaml',
    level: 'baseline',
    version: 'v1.33',
    failuresOnly: true,
  };
  const fallback: PssPageState = {
    yaml: 'kind: Pod',
    file: PASTED_FILE_NAME,
    level: 'restricted',
    version: 'latest',
    failuresOnly: false,
  };

  it('round-trips through the compressed fragment', () => {
    const decoded = decodeState(encodeState(toShareState(state)), PSS_SHARE_KEYS);
    expect(fromShareState(decoded, fallback)).toEqual(state);
  });

  it('falls back for missing keys and for levels or versions the page does not offer', () => {
    expect(fromShareState({}, fallback)).toEqual(fallback);
    expect(fromShareState({yaml: 'x', level: 'privileged', version: 'v1.99', file: ''}, fallback)).toEqual({
      ...fallback,
      yaml: 'x',
    });
    expect(fromShareState({level: 'baseline', version: 'v1.0'}, fallback)).toMatchObject({
      level: 'baseline',
      version: 'v1.0',
    });
  });

  it('names the input after the sample or file it came from, and after a paste over everything', () => {
    expect(nextFileName('a.yaml', 'x', {kind: 'file', name: 'b.yaml'})).toBe('b.yaml');
    expect(nextFileName('a.yaml', 'x', {kind: 'sample', name: 's.yaml'})).toBe('s.yaml');
    expect(nextFileName('a.yaml', 'x', {kind: 'replace'})).toBe(PASTED_FILE_NAME);
    expect(nextFileName('a.yaml', 'x', {kind: 'edit'})).toBe('a.yaml');
    expect(nextFileName('a.yaml', '  ', {kind: 'edit'})).toBe(PASTED_FILE_NAME);
  });
});

describe('checkManifests', () => {
  it('reports exactly what the engine reports for the same text', () => {
    for (const [file, text] of Object.entries(SAMPLES)) {
      for (const level of LEVELS) {
        for (const version of ['latest', 'v1.33', 'v1.0']) {
          const engine = evaluateText(text, {level, version, file});
          const view = checkManifests(text, {file, level, version});
          if (!engine.ok) throw new Error(`${file} does not parse`);
          expect(view.objects.map((o) => [o.docIndex, o.itemIndex, o.line, o.kind, o.name])).toEqual(
            engine.reports.map((r) => [r.docIndex, r.itemIndex, r.line, r.result.kind, r.result.name]),
          );
          expect(view.objects.map((o) => (o.verdict === 'skipped' ? o.reason : o.evaluation))).toEqual(
            engine.reports.map((r) => (r.result.podBearing ? r.result.evaluation : r.result.reason)),
          );
        }
      }
    }
  });

  it('fails the privileged pod at Baseline with the upstream reasons and details', () => {
    const pod = only(privilegedPod, 'baseline');
    expect(pod).toMatchObject({
      key: 'd0',
      kind: 'Pod',
      name: 'node-debugger',
      namespace: 'ops',
      verdict: 'fail',
      line: 3,
    });
    if (pod.verdict !== 'fail') throw new Error('expected a failure');
    expect(pod.evaluation.violations.map((v) => [v.check, v.reason, v.detail])).toEqual([
      ['hostNamespaces', 'host namespaces', 'hostPID=true'],
      ['hostPathVolumes', 'hostPath volumes', 'volume "host-root"'],
      ['privileged', 'privileged', 'container "shell" must not set securityContext.privileged=true'],
    ]);
    expect(objectDetails(pod, new ManifestSource(privilegedPod), 'latest').strictestLevel).toBe('privileged');
    expect(verdictText(pod, 'baseline')).toBe('Fails Baseline: 3 controls');
    expect(objectLabel(pod)).toBe('Pod “node-debugger”');
  });

  it('passes the web server at Baseline only, and the hardened Deployment at Restricted', () => {
    const web = only(baselineWebServer, 'baseline');
    expect(web.verdict).toBe('pass');
    expect(objectDetails(web, new ManifestSource(baselineWebServer), 'latest')).toEqual({
      violations: [],
      invalidFields: [],
      strictestLevel: 'baseline',
    });
    expect(verdictText(web, 'baseline')).toBe('Passes Baseline');
    expect(failedChecks(only(baselineWebServer, 'restricted'))).toEqual([
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'runAsNonRoot',
      'seccompProfile_restricted',
    ]);
    for (const {value: version} of VERSION_OPTIONS) {
      const deployment = only(restrictedDeployment, 'restricted', version);
      expect(deployment.verdict, version).toBe('pass');
      expect(objectDetails(deployment, new ManifestSource(restrictedDeployment), version).strictestLevel).toBe(
        'restricted',
      );
    }
  });

  it('checks every object of a multi-document stream and of a List, and skips other kinds', () => {
    const a = check(multiDocumentMix, 'baseline', 'latest', 'multi-document-mix.yaml');
    expect(a.objects.map((o) => [o.key, o.kind, o.name, o.where, o.verdict])).toEqual([
      ['d0', 'Namespace', 'shop', 'document 1, line 3', 'skipped'],
      ['d1', 'Pod', 'probe-ssrf', 'document 2, line 13', 'fail'],
      ['d2-i0', 'Service', 'reports', 'item 1 of the List in document 3, line 32', 'skipped'],
      ['d2-i1', 'CronJob', 'nightly-report', 'item 2 of the List in document 3, line 43', 'fail'],
      ['d3', 'Job', 'migrate-db', 'document 4, line 69', 'pass'],
    ]);
    const [namespace] = a.objects;
    if (namespace === undefined) throw new Error('no object');
    expect(verdictText(namespace, 'baseline')).toBe('Not checked: not a pod-bearing object');
    expect(objectDetails(namespace, new ManifestSource(multiDocumentMix), 'latest')).toEqual({
      violations: [],
      invalidFields: [],
    });
    expect(a.counts).toEqual({pass: 1, fail: 2, skipped: 2});
    expect(a.summary).toBe(
      `Checked 3 pod-bearing objects in multi-document-mix.yaml against Baseline at latest (v1.${NEWEST_MINOR}): 2 fail, 1 passes. 2 other objects are not pod-bearing and were not checked.`,
    );
  });

  it('follows the policy version: probe hosts fail Baseline from v1.34 on only', () => {
    expect(failedChecks(only(probeHostPod, 'baseline', 'v1.34'))).toEqual(['hostProbesAndHostLifecycle']);
    expect(failedChecks(only(probeHostPod, 'baseline', 'latest'))).toEqual(['hostProbesAndHostLifecycle']);
    expect(only(probeHostPod, 'baseline', 'v1.33').verdict).toBe('pass');
  });

  it('reports malformed YAML with file and line, and withholds results', () => {
    const a = checkManifests('kind: Pod\nmetadata:\n  name: a\n   bad: [\n', {
      file: 'broken.yaml',
      level: 'baseline',
      version: 'latest',
    });
    expect(a.ok).toBe(false);
    expect(a.objects).toEqual([]);
    expect(a.issues.length).toBeGreaterThan(0);
    expect(a.issues[0]).toMatchObject({
      severity: 'error',
      file: 'broken.yaml',
      line: 3,
      column: 9,
      message: 'a key is followed by a nested block on the same line',
    });
    expect(a.issues[0]?.fix).not.toBe('');
    expect(a.summary).toBe(
      '1 error in the input (listed under the text box); nothing was checked. Fix it to see the verdicts.',
    );
  });

  it('treats empty and comment-only input as empty, not as an error', () => {
    for (const text of ['', '  \n', '# nothing yet\n', '---\n']) {
      expect(check(text)).toMatchObject({empty: true, ok: true, issues: [], objects: []});
    }
  });

  it('reports fields of the wrong type as failures with their line', () => {
    const text =
      'kind: Pod\nmetadata: {name: typo}\nspec:\n  containers:\n    - name: a\n      securityContext:\n        privileged: "true"\n';
    const pod = only(text, 'baseline');
    expect(pod.verdict).toBe('fail');
    expect(verdictText(pod, 'baseline')).toBe('Fails Baseline: 1 invalid field');
    const [field] = invalidFieldViews(pod, new ManifestSource(text));
    expect(field).toMatchObject({
      path: 'spec.containers[0].securityContext.privileged',
      location: {line: 7, exact: true},
    });
  });
});

describe('verdict texts', () => {
  it('adds the strictest level an object meets to its verdict', () => {
    expect(strictestLevelNote('restricted', 'restricted')).toBe('');
    expect(strictestLevelNote('baseline', 'restricted')).toBe('It also meets Restricted.');
    expect(strictestLevelNote('restricted', 'baseline')).toBe('It meets Baseline.');
    expect(strictestLevelNote('baseline', 'baseline')).toBe('It does not meet Restricted.');
    expect(strictestLevelNote('baseline', 'privileged')).toMatch(/^It meets neither Baseline nor Restricted/);
    expect(VERDICT_LABELS).toEqual({pass: 'Passes', fail: 'Fails', skipped: 'Not checked'});
  });

  it('names corrected files after the object', () => {
    expect(correctedFileName({kind: 'Pod', name: 'node-debugger'})).toBe('pod-node-debugger.yaml');
    expect(correctedFileName({kind: 'CronJob', name: 'Nightly Report!'})).toBe('cronjob-nightly-report.yaml');
    expect(correctedFileName({kind: '', name: ''})).toBe('object.yaml');
  });
});

describe('field locations', () => {
  it('points at the line of an offending field, or at the deepest ancestor of a missing one', () => {
    const pod = only(privilegedPod, 'restricted');
    const views = violationViews(pod, new ManifestSource(privilegedPod));
    const at = Object.fromEntries(views.map((v) => [v.check, v.location]));
    expect(at['privileged']).toEqual({
      line: 15,
      text: '        privileged: true',
      exact: true,
      path: 'spec.containers[0].securityContext.privileged',
    });
    expect(at['hostNamespaces']).toMatchObject({line: 9, text: '  hostPID: true', exact: true});
    expect(at['restrictedVolumes']).toMatchObject({line: 21, exact: true});
    expect(at['allowPrivilegeEscalation']).toMatchObject({
      line: 14,
      exact: false,
      path: 'spec.containers[0].securityContext',
    });
    expect(at['runAsNonRoot']).toMatchObject({line: 8, text: 'spec:', exact: false, path: 'spec'});
    for (const v of views) {
      expect(v.title).toBe(CONTROLS[v.check].title);
      expect(v.docsPath).toBe(controlDocsPath(v.check));
    }
  });

  it('finds fields inside List items and later documents', () => {
    const a = check(multiDocumentMix, 'baseline');
    const source = new ManifestSource(multiDocumentMix);
    const lines = multiDocumentMix.split('\n');
    const located = a.objects.flatMap((o) =>
      violationViews(o, source).map((v) => [o.key, v.check, v.location.line, v.location.exact]),
    );
    expect(located).toEqual([
      ['d1', 'hostProbesAndHostLifecycle', 24, true],
      ['d2-i1', 'capabilities_baseline', 66, true],
    ]);
    expect(lines[23]).toContain('host: 169.254.169.254');
    expect(lines[65]).toContain("add: ['SYS_PTRACE']");
  });

  it('finds annotation fields, windows line endings and JSON input', () => {
    const annotated = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: a',
      '  annotations:',
      '    container.apparmor.security.beta.kubernetes.io/app: unconfined',
      'spec:',
      '  containers: [{name: app, image: x}]',
    ].join('\r\n');
    const pod = only(annotated, 'baseline');
    expect(
      violationViews(pod, new ManifestSource(annotated)).map((v) => [v.check, v.location.line, v.location.exact]),
    ).toEqual([['appArmorProfile', 6, true]]);
    const json = JSON.stringify(
      {kind: 'Pod', metadata: {name: 'j'}, spec: {hostNetwork: true, containers: [{name: 'a'}]}},
      null,
      2,
    );
    const jsonPod = only(json, 'baseline');
    const [hostNetwork] = violationViews(jsonPod, new ManifestSource(json));
    expect(hostNetwork?.location).toMatchObject({exact: true, text: '    "hostNetwork": true,'});
  });
});

describe('corrected manifests', () => {
  const failing = Object.entries(SAMPLES).flatMap(([file, text]) =>
    LEVELS.flatMap((level) =>
      ['latest', 'v1.33', 'v1.22', 'v1.0'].flatMap((version) =>
        checkManifests(text, {file, level, version})
          .objects.filter((o) => o.verdict === 'fail')
          .map((o) => ({name: `${file} ${o.key} ${level} ${version}`, text, object: o, level, version})),
      ),
    ),
  );

  it('has failing objects to repair in the samples', () => {
    expect(failing.length).toBeGreaterThanOrEqual(20);
  });

  it.each(failing)('fixPod output passes, as data and as YAML: $name', ({object, level, version}) => {
    const corrected = correctedManifest(object.value, level, version);
    expect(corrected.passes).toBe(true);
    const reparsed = parseManifests(corrected.yaml);
    if (!reparsed.ok) throw new Error(`corrected YAML does not parse: ${corrected.yaml}`);
    expect(reparsed.documents.map((d) => d.value)).toEqual([corrected.value]);
    const again = evaluateObject(reparsed.documents[0]?.value, level, version);
    expect(again.podBearing && again.evaluation.allowed).toBe(true);
  });

  it('quotes strings that YAML 1.1 would read as booleans or numbers', () => {
    const {yaml} = correctedManifest(
      {
        kind: 'Pod',
        metadata: {name: 'q', labels: {a: 'on', b: 'yes', c: '0755', d: 'off'}},
        spec: {containers: [{name: 'a', securityContext: {privileged: true}}]},
      },
      'baseline',
      'latest',
    );
    expect(yaml).toContain('a: "on"');
    expect(yaml).toContain('b: "yes"');
    expect(yaml).toContain('c: "0755"');
    expect(yaml).toContain('d: "off"');
  });

  it.each(failing)(
    'applyCorrection makes only that object pass and keeps the rest of the input: $name',
    ({text, object, level, version}) => {
      const result = applyCorrection(text, object, level, version);
      if (!result.ok) throw new Error(result.message);
      expect(result.keptComments).toBe(true);
      const before = checkManifests(text, {file: 'x', level, version}).objects;
      const after = checkManifests(result.text, {file: 'x', level, version}).objects;
      expect(after.map((o) => o.key)).toEqual(before.map((o) => o.key));
      for (const [i, o] of after.entries()) {
        if (o.key === object.key) expect(o.verdict).toBe('pass');
        else expect(o.value, o.key).toEqual(before[i]?.value);
      }
      // Comments outside the corrected fields stay.
      const comments = (s: string): string[] => s.split('\n').filter((l) => l.trim().startsWith('#'));
      expect(comments(result.text)).toEqual(comments(text));
    },
  );

  it('keeps every other document byte for byte', () => {
    const mix = check(multiDocumentMix, 'baseline');
    const pod = mix.objects.find((o) => o.key === 'd1');
    if (pod === undefined) throw new Error('no pod');
    const result = applyCorrection(multiDocumentMix, pod, 'baseline', 'latest');
    if (!result.ok) throw new Error(result.message);
    const docs = (s: string): string[] => s.split(/^---$/m);
    const [b0, , b2, b3] = docs(multiDocumentMix);
    const [a0, a1, a2, a3] = docs(result.text);
    expect([a0, a2, a3]).toEqual([b0, b2, b3]);
    expect(a1).not.toContain('host: 169.254.169.254');
    expect(a1).toContain('path: /latest/meta-data/');
  });

  it('does not write the kind and apiVersion a typed List gave its items into them', () => {
    const list = [
      'apiVersion: v1',
      'kind: PodList',
      'items:',
      '  - metadata: {name: a}',
      '    spec:',
      '      hostIPC: true',
      '      containers: [{name: c}]',
      '',
    ].join('\n');
    const [pod] = check(list, 'baseline').objects;
    if (pod === undefined) throw new Error('no pod');
    expect(pod).toMatchObject({kind: 'Pod', verdict: 'fail'});
    const result = applyCorrection(list, pod, 'baseline', 'latest');
    if (!result.ok) throw new Error(result.message);
    expect(result.text).not.toContain('hostIPC');
    expect(result.text.match(/kind:/g)).toHaveLength(1);
  });

  it('rewrites objects built with anchors and merge keys as a whole', () => {
    const text = [
      'x-sc: &sc {privileged: true}',
      'kind: Pod',
      'metadata: {name: m}',
      'spec:',
      '  containers:',
      '    - name: a',
      '      securityContext: *sc',
      '',
    ].join('\n');
    const [pod] = check(text, 'baseline').objects;
    if (pod === undefined) throw new Error('no pod');
    const result = applyCorrection(text, pod, 'baseline', 'latest');
    if (!result.ok) throw new Error(result.message);
    expect(check(result.text, 'baseline').objects[0]?.verdict).toBe('pass');
  });

  it('handles streams the parser reads as a whole (YAML directives)', () => {
    const text = [
      '%YAML 1.1',
      '---',
      'kind: ConfigMap',
      'metadata: {name: c}',
      '---',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  hostPID: true',
      '  containers: [{name: a}]',
      '',
    ].join('\n');
    const [, pod] = check(text, 'baseline').objects;
    if (pod === undefined) throw new Error('no pod');
    expect(
      violationViews(pod, new ManifestSource(text)).map((v) => [v.check, v.location.line, v.location.exact]),
    ).toEqual([['hostNamespaces', 9, true]]);
    const result = applyCorrection(text, pod, 'baseline', 'latest');
    if (!result.ok) throw new Error(result.message);
    expect(check(result.text, 'baseline').objects.map((o) => [o.kind, o.verdict])).toEqual([
      ['ConfigMap', 'skipped'],
      ['Pod', 'pass'],
    ]);
  });

  it('refuses when the input no longer holds the object', () => {
    const pod = only(privilegedPod, 'baseline');
    expect(applyCorrection('kind: ConfigMap\n', pod, 'baseline', 'latest')).toMatchObject({ok: false});
    expect(applyCorrection('', pod, 'baseline', 'latest')).toMatchObject({ok: false});
  });
});

describe('corrections of JSON input stay JSON, with their layout', () => {
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    items: [
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {name: 'json-pod'},
        spec: {containers: [{name: 'app', image: 'app:1', securityContext: {privileged: false}}]},
      },
    ],
  };

  function correct(text: string, index = 0): string {
    const analysis = checkManifests(text, {file: 'x.json', level: 'restricted', version: 'latest'});
    const object = analysis.objects.filter((o) => o.verdict === 'fail')[index];
    if (object === undefined) throw new Error('expected a failing object');
    const result = applyCorrection(text, object, 'restricted', 'latest');
    if (!result.ok) throw new Error(result.message);
    expect(checkManifests(result.text, {file: 'x.json', level: 'restricted', version: 'latest'}).counts.fail).toBe(0);
    return result.text;
  }

  it.each([
    ['two spaces', 2],
    ['four spaces', 4],
    ['a tab', '\t'],
  ])('keeps pretty-printed JSON indented by %s', (_, indent) => {
    const text = `${JSON.stringify(list, null, indent)}\n`;
    const out = correct(text);
    const parsed = JSON.parse(out) as typeof list;
    expect(parsed.items[0]?.spec.containers[0]?.securityContext).toMatchObject({
      privileged: false,
      allowPrivilegeEscalation: false,
      capabilities: {drop: ['ALL']},
    });
    expect(out).toBe(`${JSON.stringify(parsed, null, indent)}\n`);
  });

  it('keeps one-line JSON on one line, and a single Pod object as JSON', () => {
    const compact = correct(JSON.stringify(list));
    expect(compact).toBe(JSON.stringify(JSON.parse(compact)));
    const pod = correct(JSON.stringify(list.items[0], null, 2));
    expect(JSON.parse(pod)).toMatchObject({kind: 'Pod', spec: {securityContext: {runAsNonRoot: true}}});
  });

  it('edits only its own document in a stream that mixes YAML and JSON', () => {
    const yamlDoc = '# keep me\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n';
    const text = `${yamlDoc}---\n${JSON.stringify(list.items[0], null, 2)}\n`;
    const out = correct(text);
    expect(out.startsWith(`${yamlDoc}---\n{\n  "apiVersion": "v1",`)).toBe(true);
    expect(ManifestSourceJson(out)).toBe(true);
  });

  function ManifestSourceJson(text: string): boolean {
    return new ManifestSource(text).jsonDocument(1) !== undefined;
  }
});

describe('objects that meet neither level', () => {
  it('name the Baseline controls they fail when checked at Restricted', () => {
    const text = [
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: unconfined}',
      'spec:',
      '  securityContext: {seccompProfile: {type: Unconfined}}',
      '  containers: [{name: app, image: app:1}]',
    ].join('\n');
    const [object] = checkManifests(text, {file: 'p.yaml', level: 'restricted', version: 'latest'}).objects;
    if (object === undefined) throw new Error('no object');
    const details = objectDetails(object, new ManifestSource(text), 'latest');
    expect(details.strictestLevel).toBe('privileged');
    expect(details.baselineFailures).toEqual([{check: 'seccompProfile_baseline', title: 'Seccomp (Baseline)'}]);
    expect(strictestLevelNote('restricted', 'privileged', details.baselineFailures)).toBe(
      'It meets neither Baseline nor Restricted: only a namespace at the Privileged level would run it. At Baseline it fails “Seccomp (Baseline)”.',
    );
  });
});

describe('the failures-only filter', () => {
  it('lists only failing objects when asked', () => {
    const analysis = checkManifests(multiDocumentMix, {file: 'm.yaml', level: 'restricted', version: 'latest'});
    expect(analysis.counts.fail).toBeGreaterThan(0);
    expect(visibleObjects(analysis.objects, false)).toHaveLength(analysis.objects.length);
    const failing = visibleObjects(analysis.objects, true);
    expect(failing).toHaveLength(analysis.counts.fail);
    expect(failing.every((o) => o.verdict === 'fail')).toBe(true);
  });
});
