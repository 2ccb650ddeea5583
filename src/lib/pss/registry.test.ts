import {describe, expect, it} from 'vitest';
import {CHECKS, checksFor} from './registry';
import {CHECK_IDS} from './types';
import {NEWEST_MINOR} from './version';

const ids = (level: 'baseline' | 'restricted', minor: number): string[] => checksFor(level, minor).map((c) => c.id);

describe('registry', () => {
  it('orders baseline IDs then restricted IDs, each in Go byte order', () => {
    expect(ids('restricted', NEWEST_MINOR)).toEqual([
      'appArmorProfile',
      'hostNamespaces',
      'hostPorts',
      'hostProbesAndHostLifecycle',
      'privileged',
      'seLinuxOptions',
      'sysctls',
      'windowsHostProcess',
      'allowPrivilegeEscalation',
      'capabilities_restricted',
      'procMount_restricted',
      'restrictedVolumes',
      'runAsNonRoot',
      'runAsUser',
      'seccompProfile_restricted',
    ]);
    expect(ids('baseline', NEWEST_MINOR)).toEqual([
      'appArmorProfile',
      'capabilities_baseline',
      'hostNamespaces',
      'hostPathVolumes',
      'hostPorts',
      'hostProbesAndHostLifecycle',
      'privileged',
      'procMount',
      'seLinuxOptions',
      'seccompProfile_baseline',
      'sysctls',
      'windowsHostProcess',
    ]);
  });

  it('has the v1.0 restricted set of the original PSS', () => {
    expect(ids('restricted', 0)).toEqual([
      'appArmorProfile',
      'capabilities_baseline',
      'hostNamespaces',
      'hostPorts',
      'privileged',
      'procMount',
      'seLinuxOptions',
      'seccompProfile_baseline',
      'sysctls',
      'windowsHostProcess',
      'restrictedVolumes',
      'runAsNonRoot',
    ]);
  });

  it('picks the revision in force at each version', () => {
    const rev = (minor: number, id: string): number | undefined =>
      checksFor('restricted', minor).find((c) => c.id === id)?.minVersion;
    expect([24, 25, 37].map((m) => rev(m, 'allowPrivilegeEscalation'))).toEqual([8, 25, 25]);
    expect([26, 27, 28, 29, 31, 32, 36, 37].map((m) => rev(m, 'sysctls'))).toEqual([0, 27, 27, 29, 29, 32, 32, 37]);
    expect([34, 35].map((m) => rev(m, 'runAsNonRoot'))).toEqual([0, 35]);
    expect([30, 31].map((m) => rev(m, 'seLinuxOptions'))).toEqual([0, 31]);
  });

  it('clamps out-of-range minors', () => {
    expect(checksFor('baseline', 500)).toBe(checksFor('baseline', NEWEST_MINOR));
    expect(checksFor('baseline', -3)).toBe(checksFor('baseline', 0));
  });

  it('declares every check with strictly increasing versions and a link to upstream', () => {
    for (const id of CHECK_IDS) {
      const def = CHECKS[id];
      expect(def.id).toBe(id);
      const mins = def.versions.map((v) => v.minVersion);
      expect([...mins].sort((a, b) => a - b)).toEqual(mins);
      expect(new Set(mins).size).toBe(mins.length);
      expect(def.upstream).toMatch(
        /^https:\/\/github\.com\/kubernetes\/kubernetes\/blob\/master\/staging\/src\/k8s\.io\/pod-security-admission\/policy\/check_\w+\.go$/,
      );
    }
    expect(Math.max(...CHECK_IDS.flatMap((id) => CHECKS[id].versions.map((v) => v.minVersion)))).toBe(NEWEST_MINOR);
  });
});
