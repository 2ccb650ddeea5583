import type {Registry} from '../../src/lib/content/examples';

/** Examples for the "authentication" topic. Keys are paths under examples/; keep them sorted. */
export const registry: Registry = {
  'authentication/authentication-configuration-anonymous-health-only.yaml': {
    description:
      'Structured authentication configuration that allows anonymous requests only to /livez, /readyz and /healthz.',
    kinds: ['AuthenticationConfiguration'],
  },
  'authentication/authentication-configuration-oidc.yaml': {
    description:
      'Structured authentication configuration with two JWT issuers (corporate OIDC and GitHub Actions), CEL claim mappings and validation rules.',
    kinds: ['AuthenticationConfiguration'],
  },
  'authentication/clusterrole-csr-approver-client-certs.yaml': {
    description:
      'ClusterRole with the permissions needed to approve CSRs for the kubernetes.io/kube-apiserver-client signer.',
    kinds: ['ClusterRole'],
  },
  'authentication/csr-jane-client-cert.yaml': {
    description:
      'CertificateSigningRequest for a 24-hour client certificate (CN=jane, O=payments-devs) from the kube-apiserver-client signer.',
    kinds: ['CertificateSigningRequest'],
  },
  'authentication/kubeconfig-client-certificate.yaml': {
    description: 'kubeconfig for a user who authenticates with an X.509 client certificate and key stored as files.',
    kinds: ['Config'],
  },
  'authentication/kubeconfig-exec-plugin-oidc.yaml': {
    description:
      'kubeconfig that gets short-lived OIDC ID tokens from the kubelogin exec credential plugin (client.authentication.k8s.io/v1).',
    kinds: ['Config'],
  },
  'authentication/kubeconfig-webhook-token-authn.yaml': {
    description:
      'Webhook token authenticator configuration (kubeconfig format) for --authentication-token-webhook-config-file.',
    kinds: ['Config'],
  },
  'authentication/restricted-passes-projected-token-audience.yaml': {
    description:
      'Restricted Pod with automounting off and a projected ServiceAccount token for an external audience, expiring after 10 minutes.',
    kinds: ['Pod'],
    pss: 'restricted',
  },
  'authentication/rolebinding-oidc-group-edit.yaml': {
    description:
      'RoleBinding that grants the prefixed OIDC group oidc:payments-devs the edit ClusterRole in one namespace.',
    kinds: ['RoleBinding'],
  },
  'authentication/secret-bootstrap-token.yaml': {
    description: 'Bootstrap token Secret (bootstrap.kubernetes.io/token) as kubeadm creates it in kube-system.',
    kinds: ['Secret'],
  },
  'authentication/secret-legacy-service-account-token.yaml': {
    description:
      'Manually created long-lived ServiceAccount token Secret (kubernetes.io/service-account-token): shown to be avoided.',
    kinds: ['Secret'],
  },
  'authentication/serviceaccount-automount-disabled.yaml': {
    description:
      'The default ServiceAccount and a workload ServiceAccount, both with automountServiceAccountToken: false.',
    kinds: ['ServiceAccount', 'ServiceAccount'],
  },
};
