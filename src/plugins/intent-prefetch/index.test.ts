import {describe, expect, it} from 'vitest';
import {fakeUtils as utils, type ConfigureWebpack} from '../fakeBundler';
import intentPrefetchPlugin from './index';
import prefetch from './noViewportPrefetch';

const configure = intentPrefetchPlugin().configureWebpack as unknown as ConfigureWebpack;

describe('intent-prefetch plugin', () => {
  it("replaces only the core's prefetch helper, in the browser bundle", () => {
    const [replacement] = configure({}, false, utils).plugins ?? [];
    expect(replacement?.target).toMatch(/noViewportPrefetch\.ts$/);
    expect(replacement?.pattern.test('/nm/@docusaurus/core/lib/client/prefetch.js')).toBe(true);
    expect(replacement?.pattern.test('/nm/@docusaurus/core/lib/client/preload.js')).toBe(false);
    expect(configure({}, true, utils).plugins).toBeUndefined();
  });
  it('the stand-in fetches nothing and resolves', async () => {
    await expect(prefetch('/assets/js/x.js')).resolves.toBeUndefined();
  });
});
