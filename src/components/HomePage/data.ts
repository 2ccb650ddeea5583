/** Content of the home page, kept as data so the component only renders. */

export interface LearningPath {
  readonly title: string;
  readonly audience: string;
  readonly steps: ReadonlyArray<{label: string; to: string}>;
}

export interface Section {
  readonly title: string;
  readonly description: string;
  readonly to: string;
}

export const learningPaths: readonly LearningPath[] = [
  {
    title: 'KCSA: the associate exam',
    audience: 'New to Kubernetes security? Build the mental model first.',
    steps: [
      {label: "The 4C's of cloud native security", to: '/docs/fundamentals/four-cs-of-cloud-native-security'},
      {label: 'Cluster components and what they trust', to: '/docs/fundamentals/components/api-server'},
      {label: 'Authentication and authorization', to: '/docs/fundamentals/authentication/authentication-methods'},
      {label: 'Threat modelling Kubernetes', to: '/docs/fundamentals/threat-model'},
    ],
  },
  {
    title: 'CKS: the specialist exam',
    audience: 'Hands-on: harden a cluster under time pressure.',
    steps: [
      {label: 'RBAC and privilege escalation', to: '/docs/fundamentals/authorization/rbac-privilege-escalation'},
      {label: 'Pod Security Standards and Admission', to: '/docs/fundamentals/primitives/pod-security-standards'},
      {label: 'NetworkPolicy beyond default deny', to: '/docs/fundamentals/primitives/network-policies'},
      {label: 'Audit logging', to: '/docs/fundamentals/primitives/audit-logging'},
    ],
  },
  {
    title: 'Hardening a real cluster',
    audience: 'Platform and security engineers with production to protect.',
    steps: [
      {label: 'Map your attack surface', to: '/docs/fundamentals/attack-surface'},
      {label: 'Secure the API server', to: '/docs/fundamentals/components/api-server'},
      {label: 'Encrypt Secrets at rest', to: '/docs/fundamentals/primitives/secrets-and-encryption'},
      {label: 'Lock down the kubelet', to: '/docs/fundamentals/components/kubelet'},
    ],
  },
];

export const sections: readonly Section[] = [
  {
    title: 'Fundamentals',
    description:
      'Authentication, authorization, admission, the security primitives, every cluster component and the threat model, for Kubernetes v1.37.',
    to: '/docs/fundamentals',
  },
  {
    title: 'Admission control',
    description: 'Pod Security Admission, ValidatingAdmissionPolicy with CEL, and webhooks that fail closed.',
    to: '/docs/fundamentals/admission/admission-control',
  },
  {
    title: 'Security primitives',
    description: 'Security contexts, NetworkPolicy, Secrets encryption, audit logging and the cluster PKI.',
    to: '/docs/fundamentals/primitives/security-contexts',
  },
];

export interface Tool {
  readonly title: string;
  readonly description: string;
  readonly to: string;
}

export const tools: readonly Tool[] = [
  {
    title: 'Pod Security checker',
    description:
      'Paste a manifest and see which Pod Security Standards controls it breaks, at which level and policy version, with the fix. Same verdicts as the admission controller.',
    to: '/tools/pss-checker',
  },
  {
    title: 'RBAC analyzer',
    description:
      'Paste Roles and bindings and see what every subject can really do, who can do a given action, and which grants open an escalation path.',
    to: '/tools/rbac-analyzer',
  },
];

export const promises: readonly string[] = [
  'Every manifest on the site is a real file, validated strictly against the Kubernetes API schema by npm test.',
  "Every Pod Security verdict comes from the site's own engine, the one behind the checker.",
  'No trackers, no cookies, no third-party requests. Search works offline.',
];
