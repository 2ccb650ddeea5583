import path from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Configuration} from 'webpack';
import preactClientPlugin from './index';

type ConfigureWebpack = (config: Configuration, isServer: boolean) => unknown;

function configure(mode: 'production' | 'development', isServer: boolean): Record<string, string> {
  const alias: Record<string, string> = {react: '/nm/react', 'react-dom': '/nm/react-dom', '@site': '/site'};
  const plugin = preactClientPlugin();
  (plugin.configureWebpack as unknown as ConfigureWebpack)({mode, resolve: {alias}}, isServer);
  return alias;
}

describe('preact-client plugin', () => {
  it('points react and react-dom at preact/compat in the production browser bundle', () => {
    const alias = configure('production', false);
    expect(path.basename(alias.react ?? '')).toBe('compat');
    expect(alias['react-dom']).toBe(alias.react);
    expect(alias['@site']).toBe('/site');
  });
  it('leaves the server bundle and the dev server on React', () => {
    expect(configure('production', true).react).toBe('/nm/react');
    expect(configure('development', false).react).toBe('/nm/react');
  });
  it('registers the hash-scroll client module', () => {
    const modules = preactClientPlugin().getClientModules?.() ?? [];
    expect(modules).toHaveLength(1);
    expect(modules[0]).toMatch(/hashScroll$/);
  });
});
