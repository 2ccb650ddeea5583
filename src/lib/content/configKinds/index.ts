import type * as z from '../../zod';
import {abacPolicy} from './abacPolicy';
import {admissionConfiguration} from './admissionConfiguration';
import {auditEvent} from './auditEvent';
import {auditPolicy} from './auditPolicy';
import {authenticationConfiguration} from './authenticationConfiguration';
import {authorizationConfiguration} from './authorizationConfiguration';
import {encryptionConfiguration} from './encryptionConfiguration';
import {kubeconfig} from './kubeconfig';
import {kubeletConfiguration} from './kubeletConfiguration';
import {kubeProxyConfiguration} from './kubeProxyConfiguration';
import {podSecurityConfiguration} from './podSecurityConfiguration';

/**
 * Strict schemas for the configuration files of Kubernetes components, which
 * are not API objects and so are not in the API schema. Keyed by
 * "<apiVersion>/<kind>". Each schema rejects unknown keys.
 */
export const configKinds: Readonly<Record<string, z.ZodType>> = {
  'abac.authorization.kubernetes.io/v1beta1/Policy': abacPolicy,
  'apiserver.config.k8s.io/v1/AdmissionConfiguration': admissionConfiguration,
  'apiserver.config.k8s.io/v1/AuthenticationConfiguration': authenticationConfiguration,
  'apiserver.config.k8s.io/v1/AuthorizationConfiguration': authorizationConfiguration,
  'apiserver.config.k8s.io/v1/EncryptionConfiguration': encryptionConfiguration,
  'audit.k8s.io/v1/Event': auditEvent,
  'audit.k8s.io/v1/Policy': auditPolicy,
  'kubelet.config.k8s.io/v1beta1/KubeletConfiguration': kubeletConfiguration,
  'kubeproxy.config.k8s.io/v1alpha1/KubeProxyConfiguration': kubeProxyConfiguration,
  'pod-security.admission.config.k8s.io/v1/PodSecurityConfiguration': podSecurityConfiguration,
  'v1/Config': kubeconfig,
};

/** The schema for a config file's apiVersion and kind, if the project knows it. */
export function configKindSchema(apiVersion: string, kind: string): z.ZodType | undefined {
  return configKinds[`${apiVersion}/${kind}`];
}
