import type {Question} from '../questions';

/** Questions for KCSA domain 3, Kubernetes Security Fundamentals. */
export const questions: readonly Question[] = [
  {
    id: 'pss-no-seccomp-restricted',
    competencies: ['KCSA-3.1', 'CKS-4.1'],
    kind: 'scenario',
    prompt:
      'A namespace enforces the Restricted level. A developer applies the Pod below. What does Pod Security Admission do?',
    example: 'pod-security/restricted-fails-no-seccomp.yaml',
    options: [
      {
        text: 'It rejects the Pod, because no seccomp profile is set on the pod or the container.',
        correct: true,
        why: 'Restricted requires seccompProfile.type RuntimeDefault or Localhost, at pod or container level. The Pod sets neither, so the Restricted seccomp check fails and enforce mode denies the request.',
      },
      {
        text: 'It admits the Pod, because it runs as non-root, drops ALL capabilities and forbids privilege escalation.',
        correct: false,
        why: 'Those three settings satisfy three Restricted checks, but every check must pass. The missing seccomp profile still fails one.',
      },
      {
        text: 'It admits the Pod and sets seccompProfile to RuntimeDefault for it.',
        correct: false,
        why: 'Pod Security Admission only validates; it never changes a Pod. Defaulting seccomp happens on the node, through the kubelet seccompDefault setting, which the admission check does not take into account.',
      },
      {
        text: 'It admits the Pod with a warning, because seccomp is only checked in warn mode.',
        correct: false,
        why: 'Every check applies in all three modes. The namespace enforces Restricted, so a failing check denies the Pod.',
      },
    ],
    source: {
      to: '/docs/fundamentals/primitives/pod-security-standards#restricted-controls',
      label: 'Restricted controls',
    },
    claims: [{file: 'pod-security/restricted-fails-no-seccomp.yaml', pss: 'restricted', passes: false}],
  },
  {
    id: 'pss-no-seccomp-baseline',
    competencies: ['KCSA-3.1'],
    kind: 'scenario',
    prompt: 'Which Pod Security levels does this Pod meet?',
    example: 'pod-security/restricted-fails-no-seccomp.yaml',
    options: [
      {
        text: 'Privileged and Baseline, but not Restricted.',
        correct: true,
        why: 'Baseline forbids an explicitly Unconfined seccomp profile but allows an unset one, so the Pod meets Baseline. Restricted requires the profile to be set, so it fails there.',
      },
      {
        text: 'Privileged only.',
        correct: false,
        why: 'Nothing in the Pod uses host namespaces, privileged mode, hostPath or added capabilities, which is what Baseline forbids.',
      },
      {
        text: 'All three levels.',
        correct: false,
        why: 'Restricted requires a seccomp profile of RuntimeDefault or Localhost, and this Pod sets none.',
      },
    ],
    source: {to: '/docs/fundamentals/primitives/pod-security-standards#levels', label: 'Three cumulative levels'},
    claims: [
      {file: 'pod-security/restricted-fails-no-seccomp.yaml', pss: 'baseline', passes: true},
      {file: 'pod-security/restricted-fails-no-seccomp.yaml', pss: 'restricted', passes: false},
    ],
  },
  {
    id: 'psa-modes-warn-audit',
    competencies: ['KCSA-3.2'],
    kind: 'concept',
    prompt: 'Which Pod Security Admission modes let a violating Pod be created? Choose all that apply.',
    options: [
      {
        text: 'warn',
        correct: true,
        why: 'warn returns a warning to the client, such as kubectl, and lets the request through.',
      },
      {
        text: 'audit',
        correct: true,
        why: 'audit records the violation as an annotation on the audit event and lets the request through.',
      },
      {
        text: 'enforce',
        correct: false,
        why: 'enforce rejects a Pod that violates the level, so it is never created.',
      },
    ],
    source: {to: '/docs/fundamentals/admission/pod-security-admission#modes', label: 'Pod Security Admission modes'},
  },
];
