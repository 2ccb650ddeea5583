/** Every check, keyed by upstream ID. */
import type {CheckId} from '../types';
import {allowPrivilegeEscalation} from './allowPrivilegeEscalation';
import {appArmorProfile} from './appArmorProfile';
import {capabilities_baseline} from './capabilities_baseline';
import {capabilities_restricted} from './capabilities_restricted';
import type {CheckDefinition} from './check';
import {hostNamespaces} from './hostNamespaces';
import {hostPathVolumes} from './hostPathVolumes';
import {hostPorts} from './hostPorts';
import {hostProbesAndHostLifecycle} from './hostProbesAndHostLifecycle';
import {privileged} from './privileged';
import {procMount} from './procMount_baseline';
import {procMount_restricted} from './procMount_restricted';
import {restrictedVolumes} from './restrictedVolumes';
import {runAsNonRoot} from './runAsNonRoot';
import {runAsUser} from './runAsUser';
import {seLinuxOptions} from './seLinuxOptions';
import {seccompProfile_baseline} from './seccompProfile_baseline';
import {seccompProfile_restricted} from './seccompProfile_restricted';
import {sysctls} from './sysctls';
import {windowsHostProcess} from './windowsHostProcess';

export const CHECKS: Readonly<Record<CheckId, CheckDefinition>> = {
  privileged,
  hostNamespaces,
  hostPathVolumes,
  hostPorts,
  hostProbesAndHostLifecycle,
  capabilities_baseline,
  capabilities_restricted,
  procMount,
  procMount_restricted,
  seLinuxOptions,
  seccompProfile_baseline,
  seccompProfile_restricted,
  appArmorProfile,
  sysctls,
  windowsHostProcess,
  allowPrivilegeEscalation,
  runAsNonRoot,
  runAsUser,
  restrictedVolumes,
};

export type {CheckDefinition, CheckFailure, CheckFn, VersionedCheck} from './check';
