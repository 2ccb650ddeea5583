import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/**
 * Lets MDX pages import files under `examples/` as their source text:
 *
 *   import pod from '@site/examples/pod-security/restricted-compliant-pod.yaml';
 *   <ManifestExample file="pod-security/restricted-compliant-pod.yaml" source={pod} />
 *
 * The in-browser tools load their sample manifests the same way
 * (`src/lib/rbac/samples`, `src/lib/pss/samples`, `src/lib/netpol/samples`), so the samples stay real
 * files that the unit tests read too.
 *
 * Chosen over `!!raw-loader!` (called deprecated by the Docusaurus maintainers,
 * PR #4974) and over import attributes: `asset/source` is built into both
 * webpack 5 and Rspack, so the Faster build works with it unchanged.
 */
export default function examplesSourcePlugin(context: LoadContext): Plugin {
  const sourceDirs = ['examples', 'src/lib/rbac/samples', 'src/lib/pss/samples', 'src/lib/netpol/samples'].map((dir) =>
    path.join(context.siteDir, dir),
  );
  return {
    name: 'examples-source',
    configureWebpack() {
      return {
        module: {
          rules: [
            {
              test: /\.(ya?ml|jsonl?|txt|conf|sh)$/,
              include: sourceDirs,
              type: 'asset/source',
            },
          ],
        },
      };
    },
  };
}
