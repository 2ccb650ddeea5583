/**
 * Check `restrictedVolumes` (Restricted), upstream `check_restrictedVolumes.go`.
 *
 * Control: In addition to restricting HostPath volumes, the restricted profile limits
 * usage of inline pod volume sources to: configMap, csi, downwardAPI, emptyDir,
 * ephemeral, image, persistentVolumeClaim, projected, secret.
 *
 * Restricted fields:
 *   spec.volumes[*].hostPath, gcePersistentDisk, awsElasticBlockStore, gitRepo, nfs,
 *   iscsi, glusterfs, rbd, flexVolume, cinder, cephfs, flocker, fc, azureFile,
 *   vsphereVolume, quobyte, azureDisk, portworxVolume, photonPersistentDisk, scaleIO,
 *   storageos
 * Allowed values: undefined/null
 *
 * Versions: a single implementation with MinimumVersion v1.0; it overrides
 * `hostPathVolumes` at the Restricted level. `image` volumes were added to the allowed
 * list inside that v1.0 revision (kubernetes/kubernetes#130394, Kubernetes 1.33), so a
 * current API server allows them at every pinned policy version; so do we.
 *
 * Upstream semantics kept exactly: a volume is fine as soon as one allowed source is set
 * (API validation would reject several sources anyway); otherwise it is reported with
 * the first restricted source in upstream's order. A volume with no source at all is
 * defaulted to `emptyDir` by the API server, hence allowed.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_restrictedVolumes.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted ("Volume Types")
 */
import {joinQuote, pluralize, sortedSet} from '../goFormat';
import type {PodView, VolumeSource} from '../podView';
import {volumePath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, deleteField, setField} from './check';

export const ALLOWED_VOLUME_SOURCES: ReadonlySet<VolumeSource> = new Set<VolumeSource>([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'image',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

/** Upstream's `switch` order for naming the restricted type. */
const RESTRICTED_ORDER: readonly VolumeSource[] = [
  'hostPath',
  'gcePersistentDisk',
  'awsElasticBlockStore',
  'gitRepo',
  'nfs',
  'iscsi',
  'glusterfs',
  'rbd',
  'flexVolume',
  'cinder',
  'cephfs',
  'flocker',
  'fc',
  'azureFile',
  'vsphereVolume',
  'quobyte',
  'azureDisk',
  'photonPersistentDisk',
  'portworxVolume',
  'scaleIO',
  'storageos',
];

function restricted(sources: readonly VolumeSource[]): string | undefined {
  if (sources.length === 0 || sources.some((s) => ALLOWED_VOLUME_SOURCES.has(s))) return undefined;
  return RESTRICTED_ORDER.find((s) => sources.includes(s)) ?? 'unknown';
}

export function restrictedVolumes_1_0(pod: PodView): CheckFailure | undefined {
  let bad: string[] | undefined;
  const types: string[] = [];
  let path = '';
  for (const v of pod.volumes) {
    const type = restricted(v.sources);
    if (type === undefined) continue;
    (bad ??= []).push(v.name);
    types.push(type);
    if (path === '') path = `${volumePath(pod, v)}.${type}`;
  }
  if (bad === undefined) return undefined;
  const set = sortedSet(types);
  const list = `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad)}`;
  return {
    reason: 'restricted volume types',
    detail: `${list} ${pluralize('uses', 'use', bad.length)} ${pluralize('restricted volume type', 'restricted volume types', set.length)} ${joinQuote(set)}`,
    path,
    fix: `Replace ${list} with configMap, secret, emptyDir, projected, downwardAPI, persistentVolumeClaim, csi, ephemeral or image volumes (use a PersistentVolume for network storage).`,
  };
}

export const restrictedVolumes: CheckDefinition = {
  id: 'restrictedVolumes',
  level: 'restricted',
  versions: [{minVersion: 0, check: restrictedVolumes_1_0, overrides: ['hostPathVolumes']}],
  fix(pod) {
    for (const v of pod.volumes) {
      if (restricted(v.sources) === undefined && !v.sources.includes('hostPath')) continue;
      for (const source of v.sources) if (!ALLOWED_VOLUME_SOURCES.has(source)) deleteField(v.raw, source);
      if (!v.sources.some((s) => ALLOWED_VOLUME_SOURCES.has(s))) setField(v.raw, 'emptyDir', {});
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_restrictedVolumes.go`,
};
