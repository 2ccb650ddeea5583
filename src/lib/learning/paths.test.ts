import {describe, expect, it} from 'vitest';
import {pageKey, pathPosition, type ResolvedStep} from './paths';
import {emptyProgress, markRead} from './progress';

describe('pageKey', () => {
  it('keys a page by its permalink without the base URL or a trailing slash', () => {
    expect(pageKey('/docs/fundamentals/authorization/rbac', '/')).toBe('/docs/fundamentals/authorization/rbac');
    expect(pageKey('/My_Repo/docs/fundamentals/', '/My_Repo/')).toBe('/docs/fundamentals');
    expect(pageKey('/docs/', '/')).toBe('/docs');
  });

  it('gives the read marker and a path step the same key under a base URL', () => {
    const step: ResolvedStep = {kind: 'doc', title: 'A', to: '/repo/docs/a', keys: [pageKey('/repo/docs/a', '/repo/')]};
    const progress = markRead(emptyProgress(), pageKey('/repo/docs/a', '/repo/'), 1);
    expect(pathPosition([step], progress)).toEqual({done: 1, current: -1});
  });
});
