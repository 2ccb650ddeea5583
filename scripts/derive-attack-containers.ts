/**
 * Derives src/lib/content/threatCatalogs/attackEnterprise.json from MITRE's
 * STIX 2.1 bundles in a checkout of https://github.com/mitre/cti
 * (enterprise-attack/attack-pattern/*.json, x-mitre-tactic/*.json and
 * x-mitre-matrix/*.json).
 *
 *   npx tsx scripts/derive-attack-containers.ts <path-to-cti>/enterprise-attack <commit> <attack-version>
 *
 * It keeps only what the site needs: every current (not revoked, not
 * deprecated) Enterprise technique's ID and name, so front matter can cite any
 * of them, and for the techniques whose x_mitre_platforms include "Containers"
 * their tactics too. Descriptions are not copied.
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';

interface StixObject {
  type: string;
  name?: string;
  revoked?: boolean;
  x_mitre_deprecated?: boolean;
  x_mitre_platforms?: string[];
  x_mitre_shortname?: string;
  tactic_refs?: string[];
  id: string;
  external_references?: Array<{source_name: string; external_id?: string}>;
  kill_chain_phases?: Array<{kill_chain_name: string; phase_name: string}>;
}

const [dirArg, commitArg, versionArg] = process.argv.slice(2);
if (!dirArg || !commitArg || !versionArg) {
  console.error('usage: derive-attack-containers.ts <cti>/enterprise-attack <commit> <attack-version>');
  process.exit(2);
}
const dir: string = dirArg;
const commit: string = commitArg;
const version: string = versionArg;

async function objects(sub: string): Promise<StixObject[]> {
  const folder = path.join(dir, sub);
  const out: StixObject[] = [];
  for (const file of (await readdir(folder)).filter((f) => f.endsWith('.json')).sort()) {
    const bundle = JSON.parse(await readFile(path.join(folder, file), 'utf8')) as {objects: StixObject[]};
    out.push(...bundle.objects);
  }
  return out;
}

const attackId = (o: StixObject): string => {
  const id = o.external_references?.find((r) => r.source_name === 'mitre-attack')?.external_id;
  if (!id) throw new Error(`${o.id} has no mitre-attack external ID`);
  return id;
};

const tacticObjects = await objects('x-mitre-tactic');
const [matrix] = (await objects('x-mitre-matrix')).filter((o) => o.type === 'x-mitre-matrix');
if (!matrix?.tactic_refs) throw new Error('no x-mitre-matrix with tactic_refs');
const tactics = matrix.tactic_refs.map((ref) => {
  const t = tacticObjects.find((o) => o.id === ref);
  if (!t?.x_mitre_shortname || !t.name) throw new Error(`tactic ${ref} not found`);
  return {id: attackId(t), shortname: t.x_mitre_shortname, name: t.name};
});

const current = (await objects('attack-pattern')).filter(
  (o) => o.type === 'attack-pattern' && !o.revoked && !o.x_mitre_deprecated,
);
const techniques = current
  .map((o) => ({
    id: attackId(o),
    name: o.name ?? '',
    ...(o.x_mitre_platforms?.includes('Containers')
      ? {
          tactics: (o.kill_chain_phases ?? [])
            .filter((k) => k.kill_chain_name === 'mitre-attack')
            .map((k) => k.phase_name),
        }
      : {}),
  }))
  .sort((a, b) => a.id.localeCompare(b.id, 'en', {numeric: true}));

const out = {
  source: 'https://github.com/mitre/cti (enterprise-attack)',
  commit,
  attackVersion: version,
  licence:
    '© The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation. ATT&CK® terms of use: https://attack.mitre.org/resources/legal-and-branding/terms-of-use/',
  tactics,
  techniques,
};
const target = path.resolve('src/lib/content/threatCatalogs/attackEnterprise.json');
// One technique per line: a reviewable diff when MITRE publishes a new version.
const rows = (items: readonly object[]): string => items.map((i) => `    ${JSON.stringify(i)}`).join(',\n');
const {tactics: _t, techniques: _p, ...head} = out;
const headJson = JSON.stringify(head, null, 2).slice(0, -2);
await writeFile(
  target,
  `${headJson},\n  "tactics": [\n${rows(tactics)}\n  ],\n  "techniques": [\n${rows(techniques)}\n  ]\n}\n`,
);
console.log(
  `derive-attack-containers: ${techniques.length} Enterprise techniques, ${techniques.filter((t) => 'tactics' in t).length} on the Containers platform, ${tactics.length} tactics -> ${target}`,
);
