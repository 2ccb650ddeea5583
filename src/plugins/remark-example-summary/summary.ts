import {registry} from '../../../examples/registry';
import {validationSummary} from '../../lib/content/examples';

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
  return {ok: true, text: validationSummary(entry)};
}
