import type {LearningPath} from './paths';

/**
 * The learning paths. Steps name doc IDs, quiz domains and exercises; the
 * learning-paths plugin fails the build on a step that does not exist.
 */
export const PATHS: readonly LearningPath[] = [
  {
    id: 'kcsa',
    title: 'KCSA: Kubernetes and Cloud Native Security Associate',
    description:
      'The concepts the KCSA exam tests, in an order that builds up: the model first, then the cluster components, the security primitives, the threat model and the platform, each domain closed by its quiz.',
    steps: [
      {kind: 'doc', id: 'fundamentals/index'},
      {kind: 'doc', id: 'fundamentals/four-cs-of-cloud-native-security'},
      {kind: 'doc', id: 'fundamentals/attack-surface'},
      {kind: 'doc', id: 'fundamentals/components/api-server'},
      {kind: 'doc', id: 'fundamentals/components/etcd'},
      {kind: 'doc', id: 'fundamentals/components/kubelet'},
      {kind: 'doc', id: 'fundamentals/components/controller-manager-and-scheduler'},
      {kind: 'doc', id: 'fundamentals/components/container-runtime'},
      {kind: 'doc', id: 'fundamentals/components/kube-proxy-and-cni'},
      {kind: 'doc', id: 'fundamentals/components/storage'},
      {kind: 'doc', id: 'fundamentals/authentication/kubeconfig-and-client-credentials'},
      {kind: 'doc', id: 'fundamentals/primitives/pod-security-standards'},
      {kind: 'doc', id: 'fundamentals/admission/pod-security-admission'},
      {kind: 'doc', id: 'fundamentals/authentication/authentication-methods'},
      {kind: 'doc', id: 'fundamentals/authorization/rbac'},
      {kind: 'doc', id: 'fundamentals/primitives/secrets-and-encryption'},
      {kind: 'doc', id: 'fundamentals/primitives/namespaces-and-multi-tenancy'},
      {kind: 'doc', id: 'fundamentals/primitives/audit-logging'},
      {kind: 'doc', id: 'fundamentals/primitives/network-policies'},
      {kind: 'quiz', domain: 'KCSA-3'},
      {kind: 'doc', id: 'fundamentals/threat-model'},
      {kind: 'doc', id: 'attack-vectors/persistence'},
      {kind: 'doc', id: 'attack-vectors/privileged-container-escape'},
      {kind: 'doc', id: 'attack-vectors/rbac-abuse'},
      {kind: 'doc', id: 'fundamentals/primitives/pki-and-tls'},
      {kind: 'doc', id: 'fundamentals/admission/admission-control'},
      {kind: 'doc', id: 'attack-vectors/index'},
    ],
  },
];
