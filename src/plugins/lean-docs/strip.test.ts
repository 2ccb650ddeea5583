import {describe, expect, it} from 'vitest';
import type {RouteConfig} from '@docusaurus/types';
import {withoutVersionDocs} from './strip';

describe('withoutVersionDocs', () => {
  it('empties only the docs map of the version metadata prop', () => {
    const route: RouteConfig = {
      path: '/docs',
      component: 'x',
      props: {
        version: {
          pluginId: 'default',
          docsSidebars: {s: []},
          docs: {a: {id: 'a', title: 'A', description: 'long text', sidebar: 's'}},
        },
      },
    };
    expect(withoutVersionDocs(route).props).toEqual({
      version: {pluginId: 'default', docsSidebars: {s: []}, docs: {}},
    });
  });

  it('finds the version route inside the docs root route', () => {
    const version = {docs: {a: {id: 'a', title: 'A', description: 'long text'}}};
    const root: RouteConfig = {
      path: '/docs',
      component: 'root',
      routes: [{path: '/docs', component: 'v', props: {version}}],
    };
    expect(withoutVersionDocs(root).routes?.[0]?.props).toEqual({version: {docs: {}}});
  });

  it('leaves other routes alone', () => {
    const route: RouteConfig = {path: '/x', component: 'y', props: {other: 1}};
    expect(withoutVersionDocs(route)).toBe(route);
  });
});
