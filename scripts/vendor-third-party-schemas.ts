/**
 * npx tsx scripts/vendor-third-party-schemas.ts <upstream-dir>
 *
 * Rewrites src/lib/content/schema/thirdParty/<tool>.json from upstream CRD and
 * JSON-schema files laid out as <upstream-dir>/<owner>/<repo>/<path> (each
 * taken with `git show <tag>:<path>` at the commit named in SOURCES). Keeps
 * only what validation needs: the served version's openAPIV3Schema, without
 * `description` text and without `status` (never written by hand). The
 * result is data; schema/compile.ts (compileStructuralSchema) checks, at
 * load, that it uses no keyword the validator does not understand.
 * Provenance and licences: src/lib/content/schema/thirdParty/README.md.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseManifests} from '../src/lib/manifest/parse';
import {THIRD_PARTY_SOURCES, type ThirdPartySource} from '../src/lib/content/schema/thirdPartySources';
import {ROOT} from './lib';

const upstream = process.argv[2];
if (!upstream) throw new Error('usage: tsx scripts/vendor-third-party-schemas.ts <upstream-dir>');

function strip(node: unknown, atRoot: boolean): unknown {
  if (Array.isArray(node)) return node.map((n) => strip(n, false));
  if (typeof node !== 'object' || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'description' || key === '$schema' || key === 'title') continue;
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      // Property names are data, not keywords: keep every one, strip inside.
      const props: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value)) {
        if (atRoot && name === 'status') continue;
        props[name] = strip(sub, false);
      }
      out[key] = props;
      continue;
    }
    out[key] = strip(value, false);
  }
  return out;
}

function crdSchemas(file: string, source: ThirdPartySource): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const result: Record<string, unknown> = {};
  if (file.endsWith('.json')) {
    // A JSON schema of one kind (datreeio/CRDs-catalog form: the openAPIV3Schema itself).
    const kind = source.kinds[0];
    if (!kind) throw new Error(`${file}: no kind named`);
    result[kind] = strip(JSON.parse(text), true);
    return result;
  }
  const parsed = parseManifests(text, {file});
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  for (const doc of parsed.documents) {
    const crd = doc.value as {
      spec: {
        group: string;
        names: {kind: string};
        versions: Array<{name: string; served: boolean; schema?: {openAPIV3Schema: unknown}}>;
      };
    };
    for (const version of crd.spec.versions) {
      const key = `${crd.spec.group}/${version.name}/${crd.spec.names.kind}`;
      if (!version.served || !source.kinds.includes(key) || !version.schema) continue;
      result[key] = strip(version.schema.openAPIV3Schema, true);
    }
  }
  return result;
}

/** Gatekeeper's match schema: the embeddedMatch property of the CRD held in the Go string matchYAML. */
function gatekeeperMatch(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  const open = 'const matchYAML = `';
  const start = text.indexOf(open);
  const end = text.lastIndexOf('`');
  if (start < 0 || end <= start) throw new Error(`${file}: no matchYAML string`);
  // Go splices a backtick into a raw string as `+"`"+`; undo that.
  const yaml = text.slice(start + open.length, end).replaceAll('`+"`"+`', '`');
  const parsed = parseManifests(yaml, {file});
  if (!parsed.ok) throw new Error(`${file}: ${parsed.errors.map((e) => e.message).join('; ')}`);
  const crd = parsed.documents[0]?.value as {
    spec: {versions: Array<{schema: {openAPIV3Schema: {properties: {embeddedMatch: unknown}}}}>};
  };
  const match = crd.spec.versions[0]?.schema.openAPIV3Schema.properties.embeddedMatch;
  if (!match) throw new Error(`${file}: no embeddedMatch schema`);
  return strip(match, false);
}

function falcoSchema(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  // rule_json_schema.h wraps the JSON in LONG_STRING_CONST( ... );
  const start = text.indexOf('LONG_STRING_CONST(\n');
  const end = text.lastIndexOf(');');
  if (start < 0 || end < start) throw new Error(`${file}: no LONG_STRING_CONST( ... ) block`);
  return strip(JSON.parse(text.slice(start + 'LONG_STRING_CONST('.length, end)), false);
}

const byTool = new Map<string, ThirdPartySource[]>();
for (const source of THIRD_PARTY_SOURCES) byTool.set(source.tool, [...(byTool.get(source.tool) ?? []), source]);

for (const [tool, sources] of byTool) {
  const kinds: Record<string, unknown> = {};
  for (const source of sources) {
    const file = path.join(upstream, source.repo, source.path);
    if (source.format === 'falco-json-schema') kinds.FalcoRules = falcoSchema(file);
    else if (source.format === 'gatekeeper-match') kinds['constraints.gatekeeper.sh/match'] = gatekeeperMatch(file);
    else Object.assign(kinds, crdSchemas(file, source));
    for (const kind of source.kinds) if (!(kind in kinds)) throw new Error(`${file}: no served schema for ${kind}`);
  }
  const sorted = Object.fromEntries(Object.entries(kinds).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(
    path.join(ROOT, 'src/lib/content/schema/thirdParty', `${tool}.json`),
    `${JSON.stringify({tool, kinds: sorted})}\n`,
  );
  console.log(`${tool}: ${Object.keys(sorted).join(', ')}`);
}
