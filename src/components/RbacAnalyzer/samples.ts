import type {ManifestSample} from '@site/src/components/ManifestInput';
// Loaded as source text by src/plugins/examples-source (asset/source); the
// unit tests in src/lib/rbac read the same files.
import classicMistakes from '@site/src/lib/rbac/samples/classic-mistakes.yaml';
import safeNamespace from '@site/src/lib/rbac/samples/safe-namespace.yaml';

export const CLASSIC_MISTAKES: ManifestSample = {
  id: 'classic-mistakes',
  label: 'A cluster with classic mistakes',
  text: classicMistakes,
  fileName: 'classic-mistakes.yaml',
};

export const SAFE_NAMESPACE: ManifestSample = {
  id: 'safe-namespace',
  label: 'A safe namespace setup',
  text: safeNamespace,
  fileName: 'safe-namespace.yaml',
};

/** In the order the sample picker lists them; the first is preselected. */
export const SAMPLES: readonly ManifestSample[] = [CLASSIC_MISTAKES, SAFE_NAMESPACE];
