import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "secrets" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'secrets/encryption-config-aescbc.yaml': {
    description: 'EncryptionConfiguration: aescbc for Secrets with an identity fallback for old plaintext data.',
    kinds: ['EncryptionConfiguration'],
  },
  'secrets/encryption-config-kms-v2.yaml': {
    description: 'EncryptionConfiguration: KMS v2 envelope encryption for Secrets and ConfigMaps.',
    kinds: ['EncryptionConfiguration'],
  },
  'secrets/encryption-config-rotation.yaml': {
    description: 'EncryptionConfiguration mid-rotation: new key first, old key kept for reads.',
    kinds: ['EncryptionConfiguration'],
  },
  'secrets/immutable-secret.yaml': {
    description: 'An immutable Opaque Secret with a placeholder value.',
    kinds: ['Secret'],
  },
  'secrets/restricted-passes-secret-volume-pod.yaml': {
    description: 'A restricted pod that mounts one Secret key read-only with mode 0400.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
};
