/**
 * Check `hostPathVolumes` (Baseline), upstream `check_hostPathVolumes.go`.
 *
 * Control: HostPath volumes must be forbidden.
 *
 * Restricted fields:
 *   spec.volumes[*].hostPath
 * Allowed values: undefined/null
 *
 * Versions: v1.0+ (one implementation). At the Restricted level this check is
 * overridden by `restrictedVolumes` (upstream `OverrideCheckIDs`), which also forbids
 * hostPath, so the violation is reported once.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_hostPathVolumes.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("HostPath Volumes")
 */
import {joinQuote, pluralize} from '../goFormat';
import type {PodView} from '../podView';
import {volumePath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, deleteField, setField} from './check';

export function hostPathVolumes_1_0(pod: PodView): CheckFailure | undefined {
  let names: string[] | undefined;
  let path = '';
  for (const v of pod.volumes) {
    if (!v.sources.includes('hostPath')) continue;
    if (names === undefined) {
      names = [];
      path = `${volumePath(pod, v)}.hostPath`;
    }
    names.push(v.name);
  }
  if (names === undefined) return undefined;
  const list = `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`;
  return {
    reason: 'hostPath volumes',
    detail: list,
    path,
    fix: `Replace the hostPath source of ${list} with an emptyDir, configMap, secret or persistentVolumeClaim volume.`,
  };
}

export const hostPathVolumes: CheckDefinition = {
  id: 'hostPathVolumes',
  level: 'baseline',
  versions: [{minVersion: 0, check: hostPathVolumes_1_0}],
  fix(pod) {
    for (const v of pod.volumes) {
      if (!v.sources.includes('hostPath')) continue;
      deleteField(v.raw, 'hostPath');
      if (v.sources.length === 1) setField(v.raw, 'emptyDir', {});
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_hostPathVolumes.go`,
};
