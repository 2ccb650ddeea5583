import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

/**
 * The sidebar is written out by hand: the order and labels are editorial
 * decisions, not file-system accidents. Every page under docs/ must appear here
 * (scripts/check-frontmatter.ts fails on a page that is in no sidebar).
 */
const sidebars: SidebarsConfig = {
  fundamentals: [
    {type: 'doc', id: 'fundamentals/index', label: 'Overview'},
    'fundamentals/attack-surface',
    'fundamentals/four-cs-of-cloud-native-security',
    'fundamentals/threat-model',
    {
      type: 'category',
      label: 'Authentication',
      link: {type: 'doc', id: 'fundamentals/authentication/authentication-methods'},
      items: [
        'fundamentals/authentication/x509-client-certificates',
        'fundamentals/authentication/service-accounts',
        'fundamentals/authentication/oidc-and-structured-authentication',
        'fundamentals/authentication/webhook-proxy-and-anonymous',
        'fundamentals/authentication/kubeconfig-and-client-credentials',
      ],
    },
    {
      type: 'category',
      label: 'Authorization',
      link: {type: 'doc', id: 'fundamentals/authorization/authorization-methods'},
      items: [
        'fundamentals/authorization/rbac',
        'fundamentals/authorization/rbac-privilege-escalation',
        'fundamentals/authorization/node-authorization',
        'fundamentals/authorization/abac-and-webhook-authorization',
        'fundamentals/authorization/checking-access',
      ],
    },
    {
      type: 'category',
      label: 'Admission control',
      link: {type: 'doc', id: 'fundamentals/admission/admission-control'},
      items: [
        'fundamentals/admission/pod-security-admission',
        'fundamentals/admission/validating-admission-policy',
        'fundamentals/admission/admission-webhooks',
      ],
    },
    {
      type: 'category',
      label: 'Security primitives',
      items: [
        'fundamentals/primitives/namespaces-and-multi-tenancy',
        'fundamentals/primitives/security-contexts',
        'fundamentals/primitives/pod-security-standards',
        'fundamentals/primitives/network-policies',
        'fundamentals/primitives/secrets-and-encryption',
        'fundamentals/primitives/audit-logging',
        'fundamentals/primitives/pki-and-tls',
      ],
    },
    {
      type: 'category',
      label: 'Cluster components',
      items: [
        'fundamentals/components/api-server',
        'fundamentals/components/etcd',
        'fundamentals/components/kubelet',
        'fundamentals/components/controller-manager-and-scheduler',
        'fundamentals/components/kube-proxy-and-cni',
        'fundamentals/components/container-runtime',
        'fundamentals/components/storage',
      ],
    },
  ],
  attackVectors: [
    {type: 'doc', id: 'attack-vectors/index', label: 'Overview'},
    {type: 'link', label: 'Threat matrix', href: '/threat-matrix'},
    {
      type: 'category',
      label: 'Workload escapes',
      collapsed: false,
      items: [
        'attack-vectors/privileged-container-escape',
        'attack-vectors/hostpath-mount-escape',
        'attack-vectors/host-namespaces',
        'attack-vectors/runtime-and-kernel-escapes',
      ],
    },
    {
      type: 'category',
      label: 'API access abuse',
      collapsed: false,
      items: [
        'attack-vectors/rbac-abuse',
        'attack-vectors/pod-creation-token-theft',
        'attack-vectors/exec-attach-ephemeral-containers',
        'attack-vectors/exposed-kubelet-api',
        'attack-vectors/exposed-dashboards-and-admin-uis',
        'attack-vectors/nodes-proxy-abuse',
        'attack-vectors/cloud-metadata-abuse',
        'attack-vectors/csr-and-certificate-abuse',
      ],
    },
    {
      type: 'category',
      label: 'Credential and data theft',
      collapsed: false,
      items: [
        'attack-vectors/exposed-etcd',
        'attack-vectors/secret-and-image-pull-secret-theft',
        'attack-vectors/service-account-token-theft-and-replay',
        'attack-vectors/persistent-volume-data-exposure',
      ],
    },
    {
      type: 'category',
      label: 'Network attacks',
      collapsed: false,
      items: [
        'attack-vectors/traffic-interception-externalips',
        'attack-vectors/lateral-movement-without-networkpolicies',
      ],
    },
    {
      type: 'category',
      label: 'Compromised workloads',
      collapsed: false,
      items: ['attack-vectors/compromised-sidecars'],
    },
    {
      type: 'category',
      label: 'Supply chain and admission',
      collapsed: false,
      items: ['attack-vectors/supply-chain-attacks', 'attack-vectors/admission-webhook-bypass-and-malicious-webhooks'],
    },
    {
      type: 'category',
      label: 'Persistence and impact',
      collapsed: false,
      items: ['attack-vectors/persistence', 'attack-vectors/cryptomining-resource-hijacking'],
    },
    {
      type: 'category',
      label: 'Denial of service and defence evasion',
      collapsed: false,
      items: [
        'attack-vectors/denial-of-service-and-resource-exhaustion',
        'attack-vectors/log-tampering-and-audit-evasion',
      ],
    },
  ],
  hardening: [
    {type: 'doc', id: 'hardening/index', label: 'Overview'},
    {
      type: 'category',
      label: 'Cluster setup',
      items: [
        'hardening/cluster-setup/network-policies-default-deny',
        'hardening/cluster-setup/cis-benchmark-with-kube-bench',
        'hardening/cluster-setup/ingress-with-tls',
        'hardening/cluster-setup/protect-node-metadata-and-endpoints',
        'hardening/cluster-setup/verify-platform-binaries',
      ],
    },
    {
      type: 'category',
      label: 'Cluster hardening',
      items: [
        'hardening/cluster-hardening/rbac-least-privilege',
        'hardening/cluster-hardening/service-accounts',
        'hardening/cluster-hardening/restrict-api-server-access',
        'hardening/cluster-hardening/upgrade-with-kubeadm',
      ],
    },
    {
      type: 'category',
      label: 'System hardening',
      items: [
        'hardening/system-hardening/minimal-host-os',
        'hardening/system-hardening/least-privilege-cloud-identity',
        'hardening/system-hardening/minimize-external-network-access',
        'hardening/system-hardening/apparmor',
        'hardening/system-hardening/seccomp',
        'hardening/system-hardening/capabilities-and-sysctls',
      ],
    },
    {
      type: 'category',
      label: 'Minimise microservice vulnerabilities',
      items: [
        'hardening/minimize-microservice-vulnerabilities/roll-out-pod-security-admission',
        'hardening/minimize-microservice-vulnerabilities/policy-engines-compared',
        'hardening/minimize-microservice-vulnerabilities/manage-secrets',
        'hardening/minimize-microservice-vulnerabilities/sandboxed-runtimes',
        'hardening/minimize-microservice-vulnerabilities/pod-to-pod-encryption',
      ],
    },
    {
      type: 'category',
      label: 'Supply chain security',
      items: [
        'hardening/supply-chain-security/minimal-images',
        'hardening/supply-chain-security/sbom-and-slsa',
        'hardening/supply-chain-security/sign-and-verify-images',
        'hardening/supply-chain-security/allowed-registries',
        'hardening/supply-chain-security/static-analysis',
      ],
    },
    {
      type: 'category',
      label: 'Monitoring, logging and runtime security',
      items: [
        'hardening/monitoring-logging-runtime-security/falco-and-tetragon-detection',
        'hardening/monitoring-logging-runtime-security/investigate-an-incident',
        'hardening/monitoring-logging-runtime-security/immutable-containers',
        'hardening/monitoring-logging-runtime-security/audit-policy-and-queries',
      ],
    },
  ],
  tools: [
    {type: 'doc', id: 'tools/index', label: 'Which tool for which job'},
    {
      type: 'category',
      label: 'Cluster configuration and posture',
      items: ['tools/kube-bench', 'tools/kubescape', 'tools/trivy', 'tools/kube-hunter'],
    },
    {
      type: 'category',
      label: 'Manifest analysis',
      items: ['tools/kube-linter', 'tools/kubesec', 'tools/polaris'],
    },
    {
      type: 'category',
      label: 'Admission policy',
      items: ['tools/kyverno', 'tools/gatekeeper'],
    },
    {
      type: 'category',
      label: 'Supply chain',
      items: ['tools/syft', 'tools/grype', 'tools/cosign'],
    },
    {
      type: 'category',
      label: 'Runtime security',
      items: ['tools/falco', 'tools/tetragon'],
    },
  ],
  about: ['about/how-this-site-is-built'],
};

export default sidebars;
