/**
 * Check `windowsHostProcess` (Baseline), upstream `check_windowsHostProcess.go`.
 *
 * Control: Windows pods offer the ability to run HostProcess containers which enables
 * privileged access to the Windows node. Privileged access to the host is disallowed.
 *
 * Restricted fields:
 *   spec.securityContext.windowsOptions.hostProcess
 *   spec.containers[*].securityContext.windowsOptions.hostProcess
 *   spec.initContainers[*].securityContext.windowsOptions.hostProcess
 *   spec.ephemeralContainers[*].securityContext.windowsOptions.hostProcess
 * Allowed values: false, undefined/null
 *
 * Versions: v1.0+ (one implementation). Applies whatever `spec.os.name` says.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_windowsHostProcess.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline ("HostProcess")
 */
import type {PodView} from '../podView';
import {podScPath, scPath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, deleteField} from './check';

export function windowsHostProcess_1_0(pod: PodView): CheckFailure | undefined {
  const setters: string[] = [];
  let path = '';
  const podOptions = pod.podSC?.windowsOptions;
  if (podOptions?.hostProcess === true) {
    setters.push('pod');
    path = `${podScPath(pod)}.windowsOptions.hostProcess`;
  }
  let bad: string[] | undefined;
  for (const c of pod.containers) {
    const options = c.sc?.windowsOptions;
    if (options?.hostProcess !== true) continue;
    (bad ??= []).push(c.name);
    if (path === '') path = `${scPath(c)}.windowsOptions.hostProcess`;
  }
  if (bad !== undefined) setters.push(containerList(bad));
  if (setters.length === 0) return undefined;
  return {
    reason: 'hostProcess',
    detail: `${setters.join(' and ')} must not set securityContext.windowsOptions.hostProcess=true`,
    path,
    fix: `Remove securityContext.windowsOptions.hostProcess (or set it to false) in the ${setters.join(' and ')}.`,
  };
}

export const windowsHostProcess: CheckDefinition = {
  id: 'windowsHostProcess',
  level: 'baseline',
  versions: [{minVersion: 0, check: windowsHostProcess_1_0}],
  fix(pod) {
    const podOptions = pod.podSC?.windowsOptions;
    if (podOptions?.hostProcess === true) deleteField(podOptions.raw, 'hostProcess');
    for (const c of pod.containers) {
      const options = c.sc?.windowsOptions;
      if (options?.hostProcess === true) deleteField(options.raw, 'hostProcess');
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_windowsHostProcess.go`,
};
