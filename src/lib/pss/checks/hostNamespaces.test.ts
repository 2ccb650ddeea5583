import {describe, expect, it} from 'vitest';
import {hostNamespaces, hostNamespaces_1_0} from './hostNamespaces';
import {fixThenCheck, podView} from './testing';

describe('hostNamespaces', () => {
  it('allows false and unset', () => {
    expect(hostNamespaces_1_0(podView({hostNetwork: false, hostPID: false}))).toBeUndefined();
    expect(hostNamespaces_1_0(podView({}))).toBeUndefined();
  });

  it('lists the namespaces as upstream does: hostNetwork=true, hostPID=true, hostIPC=true', () => {
    const r = hostNamespaces_1_0(podView({hostPID: true, hostNetwork: true, hostIPC: true}));
    expect(r).toMatchObject({
      reason: 'host namespaces',
      detail: 'hostNetwork=true, hostPID=true, hostIPC=true',
      path: 'spec.hostNetwork',
    });
  });

  it('points at the first offending field', () => {
    expect(hostNamespaces_1_0(podView({hostIPC: true}))?.path).toBe('spec.hostIPC');
  });

  it('ignores hostUsers, which no check restricts', () => {
    expect(hostNamespaces_1_0(podView({hostUsers: true}))).toBeUndefined();
  });

  it('fix removes the fields', () => {
    expect(fixThenCheck(hostNamespaces, {hostNetwork: true, hostPID: true}, 37)).toBeUndefined();
  });
});
