import {describe, expect, it} from 'vitest';
import type {RouteConfig} from '@docusaurus/types';
import {withoutDocDescriptions} from './strip';

describe('withoutDocDescriptions', () => {
  it('drops only the descriptions from the version metadata prop', () => {
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
    expect(withoutDocDescriptions(route).props).toEqual({
      version: {pluginId: 'default', docsSidebars: {s: []}, docs: {a: {id: 'a', title: 'A', sidebar: 's'}}},
    });
  });

  it('finds the version route inside the docs root route', () => {
    const version = {docs: {a: {id: 'a', title: 'A', description: 'long text'}}};
    const root: RouteConfig = {
      path: '/docs',
      component: 'root',
      routes: [{path: '/docs', component: 'v', props: {version}}],
    };
    expect(withoutDocDescriptions(root).routes?.[0]?.props).toEqual({version: {docs: {a: {id: 'a', title: 'A'}}}});
  });

  it('leaves other routes alone', () => {
    const route: RouteConfig = {path: '/x', component: 'y', props: {other: 1}};
    expect(withoutDocDescriptions(route)).toBe(route);
  });
});
