import {describe, expect, it} from 'vitest';
import {fakeUtils, type ConfigureWebpack, type FakeReplacement} from '../fakeBundler';
import lazyPrismPlugin from './index';

function replacements(isServer: boolean): FakeReplacement[] {
  return (lazyPrismPlugin().configureWebpack as unknown as ConfigureWebpack)({}, isServer, fakeUtils).plugins ?? [];
}

describe('lazy-prism plugin', () => {
  it("replaces theme-classic's prism-include-languages client module, and only that file", () => {
    const [client] = replacements(false);
    expect(client?.target).toMatch(/noPrismIncludeLanguages\.ts$/);
    expect(client?.pattern.test('/nm/@docusaurus/theme-classic/lib/prism-include-languages')).toBe(true);
    expect(client?.pattern.test('/nm/@docusaurus/theme-classic/lib/theme/prism-include-languages.js')).toBe(false);
  });
  it('gives the server bundle the eager Prism runtime', () => {
    expect(replacements(false)).toHaveLength(1);
    const server = replacements(true)[1];
    expect(server?.target).toMatch(/prismRuntime\.server\.ts$/);
    expect(server?.pattern.test('@site/src/lib/code/prismRuntime')).toBe(true);
    expect(server?.pattern.test('/site/src/lib/code/prismRuntime.ts')).toBe(true);
    expect(server?.pattern.test('/site/src/lib/code/prismRuntime.server.ts')).toBe(false);
  });
});
