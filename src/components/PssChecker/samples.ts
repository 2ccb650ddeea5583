import type {ManifestSample} from '@site/src/components/ManifestInput';
// Loaded as source text by src/plugins/examples-source (asset/source); the
// unit tests in src/lib/pss (view.test.ts) read the same files.
import baselineWebServer from '@site/src/lib/pss/samples/baseline-web-server.yaml';
import multiDocumentMix from '@site/src/lib/pss/samples/multi-document-mix.yaml';
import privilegedPod from '@site/src/lib/pss/samples/privileged-pod.yaml';
import restrictedDeployment from '@site/src/lib/pss/samples/restricted-deployment.yaml';

export const PRIVILEGED_POD: ManifestSample = {
  id: 'privileged-pod',
  label: 'Privileged pod',
  text: privilegedPod,
  fileName: 'privileged-pod.yaml',
};

/** In the order the sample picker lists them; the first is preselected and shown on a first visit. */
export const SAMPLES: readonly ManifestSample[] = [
  PRIVILEGED_POD,
  {
    id: 'baseline-web-server',
    label: 'Baseline-only web server',
    text: baselineWebServer,
    fileName: 'baseline-web-server.yaml',
  },
  {
    id: 'restricted-deployment',
    label: 'Restricted-compliant Deployment',
    text: restrictedDeployment,
    fileName: 'restricted-deployment.yaml',
  },
  {
    id: 'multi-document-mix',
    label: 'Multi-document mix with a List',
    text: multiDocumentMix,
    fileName: 'multi-document-mix.yaml',
  },
];
