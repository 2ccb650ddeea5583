/**
 * npm run check:examples — every file under examples/ is registered, parses,
 * validates strictly against the Kubernetes API schema (or the strict schema
 * of its component config kind), uses no removed or deprecated apiVersion,
 * and gets the Pod Security verdict its registry entry declares.
 */
import {registry} from '../examples/registry';
import {skips} from '../examples/skips';
import {configKindSchema} from '../src/lib/content/configKinds';
import {isApiKind, validateApiObject} from '../src/lib/content/k8sSchema';
import {pssOracle} from '../src/lib/content/pssOracle';
import {THIRD_PARTY_TOOLS, type ThirdPartyTool} from '../src/lib/content/schema/thirdPartySources';
import {thirdPartyValidator} from '../src/lib/content/thirdParty';
import {MANIFEST_EXTENSIONS, validateExamples} from '../src/lib/content/validateExamples';
import {finish, listFiles, readText} from './lib';

const paths = await listFiles('examples', (p) => MANIFEST_EXTENSIONS.test(p));
const files = await Promise.all(paths.map(async (p) => ({path: p, text: await readText(`examples/${p}`)})));
const report = validateExamples(files, {
  registry,
  skips,
  api: {isApiKind, validate: validateApiObject},
  configSchema: configKindSchema,
  pss: pssOracle,
  thirdParty: thirdPartyValidator,
});
const c = report.counts;
const thirdPartyTotal = Object.values(c.thirdParty).reduce((a, b) => a + b, 0);
const byTool = Object.entries(c.thirdParty)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([tool, n]) => {
    const info = THIRD_PARTY_TOOLS[tool as ThirdPartyTool];
    return `${info.label} ${info.schema}s (${n})`;
  });
const problems = report.problems.map((p) => ({...p, file: `examples/${p.file}`}));
finish(
  'check:examples',
  c.files,
  problems,
  `${c.files} files, ${c.documents} documents: ${c.apiObjects} API objects schema-checked, ${c.configObjects} config files schema-checked, ${thirdPartyTotal} third-party objects schema-checked against ${byTool.join(', ') || 'no third-party schema'}, ${c.podBearing} pod-bearing objects checked by the PSS engine, ${c.skipped} skipped with a reason.`,
);
