import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "pki" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'pki/kubelet-serving-csr.yaml': {
    description: 'CertificateSigningRequest for a kubelet serving certificate (kubernetes.io/kubelet-serving signer).',
    kinds: ['CertificateSigningRequest'],
  },
};
