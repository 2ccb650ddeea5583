import {describe, expect, it} from 'vitest';
import {fixThenCheck, podView} from './testing';
import {windowsHostProcess, windowsHostProcess_1_0} from './windowsHostProcess';

const hp = (v: unknown): Record<string, unknown> => ({windowsOptions: {hostProcess: v}});

describe('windowsHostProcess', () => {
  it('allows false and unset', () => {
    expect(
      windowsHostProcess_1_0(
        podView({securityContext: hp(false), containers: [{name: 'a', securityContext: hp(null)}]}),
      ),
    ).toBeUndefined();
  });

  it('reports pod then containers', () => {
    expect(
      windowsHostProcess_1_0(
        podView({
          securityContext: hp(true),
          containers: [
            {name: 'a', securityContext: hp(true)},
            {name: 'b', securityContext: hp(true)},
          ],
        }),
      ),
    ).toMatchObject({
      reason: 'hostProcess',
      detail: 'pod and containers "a", "b" must not set securityContext.windowsOptions.hostProcess=true',
      path: 'spec.securityContext.windowsOptions.hostProcess',
    });
    expect(windowsHostProcess_1_0(podView({initContainers: [{name: 'i', securityContext: hp(true)}]}))?.detail).toBe(
      'container "i" must not set securityContext.windowsOptions.hostProcess=true',
    );
  });

  it('applies regardless of spec.os', () => {
    expect(windowsHostProcess_1_0(podView({os: {name: 'linux'}, securityContext: hp(true)}))).toBeDefined();
  });

  it('fix removes hostProcess', () => {
    expect(
      fixThenCheck(
        windowsHostProcess,
        {securityContext: hp(true), containers: [{name: 'a', securityContext: hp(true)}]},
        37,
      ),
    ).toBeUndefined();
  });
});
