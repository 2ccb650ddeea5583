import {describe, expect, it} from 'vitest';
import {hostPathVolumes, hostPathVolumes_1_0} from './hostPathVolumes';
import {fixThenCheck, podView} from './testing';

describe('hostPathVolumes', () => {
  it('allows other volume types and hostPath: null', () => {
    expect(
      hostPathVolumes_1_0(
        podView({
          volumes: [
            {name: 'a', emptyDir: {}},
            {name: 'b', hostPath: null, configMap: {name: 'x'}},
          ],
        }),
      ),
    ).toBeUndefined();
  });

  it('names the hostPath volumes', () => {
    const r = hostPathVolumes_1_0(
      podView({
        volumes: [
          {name: 'a', emptyDir: {}},
          {name: 'b', hostPath: {path: '/'}},
          {name: 'c', hostPath: {}},
        ],
      }),
    );
    expect(r).toMatchObject({reason: 'hostPath volumes', detail: 'volumes "b", "c"', path: 'spec.volumes[1].hostPath'});
    expect(hostPathVolumes_1_0(podView({volumes: [{name: 'b', hostPath: {}}]}))?.detail).toBe('volume "b"');
  });

  it('fix turns hostPath into emptyDir', () => {
    expect(fixThenCheck(hostPathVolumes, {volumes: [{name: 'b', hostPath: {path: '/'}}]}, 37)).toBeUndefined();
  });
});
