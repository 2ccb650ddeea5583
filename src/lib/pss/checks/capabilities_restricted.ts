/**
 * Check `capabilities_restricted` (Restricted), upstream `check_capabilities_restricted.go`.
 *
 * Control: Containers must drop ALL capabilities, and may only add back NET_BIND_SERVICE.
 *
 * Restricted fields:
 *   spec.containers[*].securityContext.capabilities.drop
 *   spec.initContainers[*].securityContext.capabilities.drop
 *   spec.ephemeralContainers[*].securityContext.capabilities.drop
 * Allowed values: any list that includes "ALL"
 *
 * Restricted fields:
 *   spec.containers[*].securityContext.capabilities.add
 *   spec.initContainers[*].securityContext.capabilities.add
 *   spec.ephemeralContainers[*].securityContext.capabilities.add
 * Allowed values: undefined/empty, "NET_BIND_SERVICE"
 *
 * Versions:
 *   v1.22+  introduced (policy versions before v1.22 have no such check; Restricted then
 *           only runs `capabilities_baseline`).
 *   v1.25+  pods with `spec.os.name: windows` are exempt (the API rejects capabilities on
 *           Windows pods, so there is nothing to require).
 * Both revisions override `capabilities_baseline` at the Restricted level.
 * No user-namespace relaxation exists for this check.
 *
 * Upstream: https://github.com/kubernetes/kubernetes/blob/master/staging/src/k8s.io/pod-security-admission/policy/check_capabilities_restricted.go
 * PSS:      https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted ("Capabilities (v1.22+)")
 */
import {joinQuote, sortedSet} from '../goFormat';
import type {PodView} from '../podView';
import {isWindowsPod, scPath} from '../podView';
import type {CheckDefinition, CheckFailure} from './check';
import {UPSTREAM_POLICY_DIR, containerList, deleteField, ensureObject, setField} from './check';

const ALL = 'ALL';
const NET_BIND_SERVICE = 'NET_BIND_SERVICE';

export function capabilitiesRestricted_1_22(pod: PodView): CheckFailure | undefined {
  let missingDropAll: string[] | undefined;
  let addingForbidden: string[] | undefined;
  const forbidden: string[] = [];
  let dropPath = '';
  let addPath = '';
  for (const c of pod.containers) {
    const caps = c.sc?.capabilities;
    if (caps === undefined) {
      (missingDropAll ??= []).push(c.name);
      if (dropPath === '') dropPath = `${c.path}.securityContext.capabilities.drop`;
      continue;
    }
    if (!caps.drop.includes(ALL)) {
      (missingDropAll ??= []).push(c.name);
      if (dropPath === '') dropPath = `${scPath(c)}.capabilities.drop`;
    }
    let addedForbidden = false;
    caps.add.forEach((cap, i) => {
      if (cap === NET_BIND_SERVICE) return;
      addedForbidden = true;
      forbidden.push(cap);
      if (addPath === '') addPath = `${scPath(c)}.capabilities.add[${i}]`;
    });
    if (addedForbidden) (addingForbidden ??= []).push(c.name);
  }
  if (missingDropAll === undefined && addingForbidden === undefined) return undefined;
  const details: string[] = [];
  const fixes: string[] = [];
  if (missingDropAll !== undefined) {
    details.push(`${containerList(missingDropAll)} must set securityContext.capabilities.drop=["ALL"]`);
    fixes.push(`add "ALL" to securityContext.capabilities.drop of ${containerList(missingDropAll)}`);
  }
  if (addingForbidden !== undefined) {
    const set = sortedSet(forbidden);
    details.push(
      `${containerList(addingForbidden)} must not include ${joinQuote(set)} in securityContext.capabilities.add`,
    );
    fixes.push(
      `remove ${joinQuote(set)} from securityContext.capabilities.add of ${containerList(addingForbidden)} (only "NET_BIND_SERVICE" may be added)`,
    );
  }
  const fix = fixes.join('; ');
  return {
    reason: 'unrestricted capabilities',
    detail: details.join('; '),
    path: missingDropAll !== undefined ? dropPath : addPath,
    fix: `${fix.charAt(0).toUpperCase()}${fix.slice(1)}.`,
  };
}

export function capabilitiesRestricted_1_25(pod: PodView): CheckFailure | undefined {
  if (isWindowsPod(pod)) return undefined;
  return capabilitiesRestricted_1_22(pod);
}

export const capabilities_restricted: CheckDefinition = {
  id: 'capabilities_restricted',
  level: 'restricted',
  versions: [
    {minVersion: 22, check: capabilitiesRestricted_1_22, overrides: ['capabilities_baseline']},
    {minVersion: 25, check: capabilitiesRestricted_1_25, overrides: ['capabilities_baseline']},
  ],
  fix(pod) {
    for (const c of pod.containers) {
      const caps = ensureObject(ensureObject(c.raw, 'securityContext'), 'capabilities');
      const view = c.sc?.capabilities;
      const drop = view?.drop ?? [];
      if (!drop.includes(ALL)) setField(caps, 'drop', [...drop, ALL]);
      const add = view?.add ?? [];
      if (add.some((cap) => cap !== NET_BIND_SERVICE)) {
        const kept = add.filter((cap) => cap === NET_BIND_SERVICE);
        if (kept.length === 0) deleteField(caps, 'add');
        else setField(caps, 'add', kept);
      }
    }
  },
  upstream: `${UPSTREAM_POLICY_DIR}/check_capabilities_restricted.go`,
};
