import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "attack-vectors" section. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'attack-vectors/audit-policy-privileged-workloads.yaml': {
    description:
      'Audit Policy rules that log pod, ephemeral-container and workload writes at Request level, so privileged containers show in the log.',
    kinds: ['Policy'],
  },
  'attack-vectors/baseline-fails-privileged-report-renderer.yaml': {
    description: 'Deployment whose container runs privileged to work around a permissions error; fails Baseline.',
    kinds: ['Deployment'],
    pss: 'privileged',
  },
  'attack-vectors/event-privileged-pod-create.yaml': {
    description:
      'Audit Event at Request level: a CI service account creates a privileged pod; Pod Security audit mode annotates the violation.',
    kinds: ['Event'],
  },
  'attack-vectors/restricted-passes-report-renderer.yaml': {
    description: 'The same Deployment fixed: non-root, fsGroup-owned emptyDir, no capabilities; passes Restricted.',
    kinds: ['Deployment'],
    pss: 'restricted',
  },
};
