import {readFileSync} from 'node:fs';
import path from 'node:path';
import {registry} from '../../../examples/registry';
import {validationSummary} from '../../lib/content/examples';
import {parseManifests} from '../../lib/manifest/parse';
import {FALCO_RULES_FILE, thirdPartyToolFor, type ThirdPartyTool} from '../../lib/content/schema/thirdPartySources';

/**
 * Which third-party schemas validate the file, and whether it also holds
 * Kubernetes objects: read from the file itself, since a kind name alone
 * (Policy) can belong to Kyverno or to the audit API.
 */
export function schemasOf(file: string, root = process.cwd()): {tools: ThirdPartyTool[]; kubernetes: boolean} {
  if (FALCO_RULES_FILE.test(file)) return {tools: ['falco'], kubernetes: false};
  let text: string;
  try {
    text = readFileSync(path.join(root, 'examples', file), 'utf8');
  } catch {
    return {tools: [], kubernetes: true};
  }
  const parsed = parseManifests(text, {file});
  if (!parsed.ok) return {tools: [], kubernetes: true};
  const tools: ThirdPartyTool[] = [];
  let kubernetes = false;
  for (const doc of parsed.documents) {
    const object = doc.value as Record<string, unknown> | null;
    const apiVersion = typeof object?.apiVersion === 'string' ? object.apiVersion : '';
    const kind = typeof object?.kind === 'string' ? object.kind : '';
    const tool = thirdPartyToolFor(apiVersion, kind);
    if (tool) tools.push(tool);
    else kubernetes = true;
  }
  return {tools, kubernetes};
}

/** The validated-against line for an example file, or why there is none. */
export function exampleSummary(
  file: string | undefined,
): {readonly ok: true; readonly text: string} | {readonly ok: false; readonly message: string} {
  if (file === undefined) return {ok: false, message: '<ManifestExample> needs a literal file="…" attribute'};
  const entry = registry[file];
  if (!entry) {
    return {
      ok: false,
      message: `<ManifestExample file="${file}">: no entry in examples/registry.ts. Add the file to its topic's _registry.ts.`,
    };
  }
  const {tools, kubernetes} = schemasOf(file);
  return {ok: true, text: validationSummary(entry, tools, kubernetes || tools.length === 0)};
}
