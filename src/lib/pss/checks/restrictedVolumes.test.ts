import {describe, expect, it} from 'vitest';
import {evaluatePod} from '../evaluate';
import {checksFor} from '../registry';
import {restrictedVolumes, restrictedVolumes_1_0} from './restrictedVolumes';
import {fixThenCheck, podView} from './testing';

describe('restrictedVolumes', () => {
  it('allows the allowed types, image included, and source-less volumes', () => {
    const volumes = [
      'configMap',
      'csi',
      'downwardAPI',
      'emptyDir',
      'ephemeral',
      'image',
      'persistentVolumeClaim',
      'projected',
      'secret',
    ].map((t, i) => ({name: `v${i}`, [t]: {}}));
    expect(restrictedVolumes_1_0(podView({volumes: [...volumes, {name: 'defaulted'}]}))).toBeUndefined();
  });

  it('reports names in order and types as a sorted set', () => {
    const r = restrictedVolumes_1_0(
      podView({
        volumes: [
          {name: 'a', nfs: {}},
          {name: 'ok', secret: {}},
          {name: 'b', hostPath: {}},
          {name: 'c', nfs: {}},
        ],
      }),
    );
    expect(r).toMatchObject({
      reason: 'restricted volume types',
      detail: 'volumes "a", "b", "c" use restricted volume types "hostPath", "nfs"',
      path: 'spec.volumes[0].nfs',
    });
    expect(restrictedVolumes_1_0(podView({volumes: [{name: 'x', gitRepo: {}}]}))?.detail).toBe(
      'volume "x" uses restricted volume type "gitRepo"',
    );
  });

  it.each([
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
  ])('forbids %s', (type) => {
    expect(restrictedVolumes_1_0(podView({volumes: [{name: 'v', [type]: {}}]}))?.detail).toBe(
      `volume "v" uses restricted volume type "${type}"`,
    );
  });

  it('keeps upstream semantics: one allowed source makes the volume pass', () => {
    expect(restrictedVolumes_1_0(podView({volumes: [{name: 'v', hostPath: {}, emptyDir: {}}]}))).toBeUndefined();
  });

  it('overrides hostPathVolumes at Restricted', () => {
    const ids = checksFor('restricted', 0).map((c) => c.id);
    expect(ids).toContain('restrictedVolumes');
    expect(ids).not.toContain('hostPathVolumes');
    const pod = {kind: 'Pod', spec: {volumes: [{name: 'h', hostPath: {path: '/'}}]}};
    expect(evaluatePod(pod, 'restricted').violations.map((v) => v.check)).not.toContain('hostPathVolumes');
    expect(evaluatePod(pod, 'baseline').violations.map((v) => v.check)).toEqual(['hostPathVolumes']);
  });

  it('fix replaces forbidden sources by emptyDir', () => {
    expect(
      fixThenCheck(
        restrictedVolumes,
        {
          volumes: [
            {name: 'a', nfs: {}},
            {name: 'b', hostPath: {}, secret: {}},
          ],
        },
        37,
      ),
    ).toBeUndefined();
  });
});
