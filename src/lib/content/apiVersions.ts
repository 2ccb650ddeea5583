/**
 * API versions that examples must not use: removed ones (the API server no
 * longer serves them) and deprecated ones (served, but scheduled for removal).
 * Source: the Kubernetes deprecated API migration guide,
 * https://kubernetes.io/docs/reference/using-api/deprecation-guide/
 */

export interface RetiredApi {
  readonly apiVersion: string;
  /** Kinds affected; `*` means every kind in that group version. */
  readonly kinds: readonly string[];
  /** Kubernetes minor version that stopped serving it. */
  readonly removedIn: string;
  /** What to use instead. */
  readonly replacement: string;
}

export const removedApis: readonly RetiredApi[] = [
  {apiVersion: 'extensions/v1beta1', kinds: ['*'], removedIn: 'v1.22', replacement: 'apps/v1, networking.k8s.io/v1'},
  {apiVersion: 'apps/v1beta1', kinds: ['*'], removedIn: 'v1.16', replacement: 'apps/v1'},
  {apiVersion: 'apps/v1beta2', kinds: ['*'], removedIn: 'v1.16', replacement: 'apps/v1'},
  {
    apiVersion: 'policy/v1beta1',
    kinds: ['PodSecurityPolicy'],
    removedIn: 'v1.25',
    replacement: 'Pod Security Admission (namespace labels) or a ValidatingAdmissionPolicy',
  },
  {apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], removedIn: 'v1.25', replacement: 'policy/v1'},
  {apiVersion: 'batch/v1beta1', kinds: ['CronJob'], removedIn: 'v1.25', replacement: 'batch/v1'},
  {apiVersion: 'networking.k8s.io/v1beta1', kinds: ['*'], removedIn: 'v1.22', replacement: 'networking.k8s.io/v1'},
  {
    apiVersion: 'rbac.authorization.k8s.io/v1beta1',
    kinds: ['*'],
    removedIn: 'v1.22',
    replacement: 'rbac.authorization.k8s.io/v1',
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1alpha1',
    kinds: ['*'],
    removedIn: 'v1.22',
    replacement: 'rbac.authorization.k8s.io/v1',
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1beta1',
    kinds: ['ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration'],
    removedIn: 'v1.22',
    replacement: 'admissionregistration.k8s.io/v1',
  },
  {
    apiVersion: 'admissionregistration.k8s.io/v1alpha1',
    kinds: ['ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding'],
    removedIn: 'v1.32',
    replacement: 'admissionregistration.k8s.io/v1 (GA since v1.30)',
  },
  {apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['*'], removedIn: 'v1.22', replacement: 'certificates.k8s.io/v1'},
  {
    apiVersion: 'coordination.k8s.io/v1beta1',
    kinds: ['Lease'],
    removedIn: 'v1.22',
    replacement: 'coordination.k8s.io/v1',
  },
  {
    apiVersion: 'storage.k8s.io/v1beta1',
    kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment', 'CSIStorageCapacity'],
    removedIn: 'v1.27',
    replacement: 'storage.k8s.io/v1',
  },
  {
    apiVersion: 'scheduling.k8s.io/v1beta1',
    kinds: ['PriorityClass'],
    removedIn: 'v1.22',
    replacement: 'scheduling.k8s.io/v1',
  },
  {apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: 'v1.25', replacement: 'node.k8s.io/v1'},
  {
    apiVersion: 'discovery.k8s.io/v1beta1',
    kinds: ['EndpointSlice'],
    removedIn: 'v1.25',
    replacement: 'discovery.k8s.io/v1',
  },
  {apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], removedIn: 'v1.25', replacement: 'events.k8s.io/v1'},
  {
    apiVersion: 'autoscaling/v2beta1',
    kinds: ['HorizontalPodAutoscaler'],
    removedIn: 'v1.25',
    replacement: 'autoscaling/v2',
  },
  {
    apiVersion: 'autoscaling/v2beta2',
    kinds: ['HorizontalPodAutoscaler'],
    removedIn: 'v1.26',
    replacement: 'autoscaling/v2',
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
    kinds: ['*'],
    removedIn: 'v1.26',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
    kinds: ['*'],
    removedIn: 'v1.29',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  {
    apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
    kinds: ['*'],
    removedIn: 'v1.32',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  {
    apiVersion: 'apiextensions.k8s.io/v1beta1',
    kinds: ['CustomResourceDefinition'],
    removedIn: 'v1.22',
    replacement: 'apiextensions.k8s.io/v1',
  },
  {
    apiVersion: 'apiregistration.k8s.io/v1beta1',
    kinds: ['APIService'],
    removedIn: 'v1.22',
    replacement: 'apiregistration.k8s.io/v1',
  },
  {
    apiVersion: 'authentication.k8s.io/v1beta1',
    kinds: ['TokenReview'],
    removedIn: 'v1.22',
    replacement: 'authentication.k8s.io/v1',
  },
  {
    apiVersion: 'authorization.k8s.io/v1beta1',
    kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'],
    removedIn: 'v1.22',
    replacement: 'authorization.k8s.io/v1',
  },
  {apiVersion: 'resource.k8s.io/v1alpha2', kinds: ['*'], removedIn: 'v1.31', replacement: 'resource.k8s.io/v1'},
];

/** The retired-API entry that matches this apiVersion and kind, if any. */
export function findRemovedApi(apiVersion: string, kind: string): RetiredApi | undefined {
  return removedApis.find((r) => r.apiVersion === apiVersion && (r.kinds.includes('*') || r.kinds.includes(kind)));
}

/** Splits "apps/v1" into group "apps" and version "v1"; core "v1" has group "". */
export function splitApiVersion(apiVersion: string): {group: string; version: string} {
  const slash = apiVersion.lastIndexOf('/');
  return slash === -1
    ? {group: '', version: apiVersion}
    : {group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1)};
}

/** True for pre-release versions such as v1beta1 or v1alpha2. */
export function isPrerelease(version: string): boolean {
  return /^v\d+(alpha|beta)\d+$/.test(version);
}
