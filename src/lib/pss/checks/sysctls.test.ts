import {describe, expect, it} from 'vitest';
import {safeSysctlsAt, sysctls, sysctls_1_0, sysctls_1_37} from './sysctls';
import {fixThenCheck, podView, revisionAt} from './testing';

const withSysctls = (...names: string[]): Record<string, unknown> => ({
  securityContext: {sysctls: names.map((name) => ({name, value: '1'}))},
});

describe('sysctls', () => {
  it('allows no sysctls and the v1.0 safe set', () => {
    expect(sysctls_1_0(podView({}))).toBeUndefined();
    expect(sysctls_1_0(podView({securityContext: {sysctls: []}}))).toBeUndefined();
    expect(
      sysctls_1_0(
        podView(
          withSysctls(
            'kernel.shm_rmid_forced',
            'net.ipv4.ip_local_port_range',
            'net.ipv4.tcp_syncookies',
            'net.ipv4.ping_group_range',
            'net.ipv4.ip_unprivileged_port_start',
          ),
        ),
      ),
    ).toBeUndefined();
  });

  it('lists forbidden names in order, duplicates kept, unquoted', () => {
    expect(sysctls_1_0(podView(withSysctls('a', 'kernel.shm_rmid_forced', 'b', 'a')))).toMatchObject({
      reason: 'forbidden sysctls',
      detail: 'a, b, a',
      path: 'spec.securityContext.sysctls[0].name',
    });
  });

  it('forbids an empty name', () => {
    expect(sysctls_1_37(podView({securityContext: {sysctls: [{value: '1'}]}}))?.detail).toBe('');
  });

  it.each([
    ['net.ipv4.ip_local_reserved_ports', 27],
    ['net.ipv4.tcp_keepalive_time', 29],
    ['net.ipv4.tcp_fin_timeout', 29],
    ['net.ipv4.tcp_keepalive_intvl', 29],
    ['net.ipv4.tcp_keepalive_probes', 29],
    ['net.ipv4.tcp_rmem', 32],
    ['net.ipv4.tcp_wmem', 32],
    ['net.ipv4.tcp_slow_start_after_idle', 37],
    ['net.ipv4.tcp_notsent_lowat', 37],
  ] as const)('%s is safe from v1.%i', (name, since) => {
    expect(revisionAt(sysctls, since - 1)(podView(withSysctls(name)))?.detail).toBe(name);
    expect(revisionAt(sysctls, since)(podView(withSysctls(name)))).toBeUndefined();
    expect(safeSysctlsAt(since).has(name)).toBe(true);
    expect(safeSysctlsAt(since - 1).has(name)).toBe(false);
  });

  it('has revisions 1.0, 1.27, 1.29, 1.32, 1.37', () => {
    expect(sysctls.versions.map((v) => v.minVersion)).toEqual([0, 27, 29, 32, 37]);
  });

  it('fix removes unsafe sysctls only', () => {
    expect(fixThenCheck(sysctls, withSysctls('kernel.msgmax', 'kernel.shm_rmid_forced'), 37)).toBeUndefined();
  });
});
