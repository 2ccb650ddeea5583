import {describe, expect, it} from 'vitest';
import {normaliseQuery, toSearchHit} from './results';

describe('toSearchHit', () => {
  it('keeps the title, URL, excerpt and up to three other sections', () => {
    const hit = toSearchHit('r1', {
      url: '/docs/a',
      excerpt: 'x <mark>seccomp</mark>',
      meta: {title: 'Security contexts'},
      sub_results: [
        {title: 'Security contexts', url: '/docs/a', excerpt: 'top'},
        {title: 'One', url: '/docs/a#one', excerpt: '<mark>seccomp</mark> 1'},
        {title: 'Two', url: '/docs/a#two', excerpt: '2'},
        {title: 'Three', url: '/docs/a#three', excerpt: '3'},
        {title: 'Four', url: '/docs/a#four', excerpt: '4'},
      ],
    });
    expect(hit.title).toBe('Security contexts');
    expect(hit.sections.map((s) => s.url)).toEqual(['/docs/a#one', '/docs/a#two', '/docs/a#three']);
    expect(hit.excerpt).toEqual([
      {text: 'x ', match: false},
      {text: 'seccomp', match: true},
    ]);
  });

  it('falls back to the URL when a page has no title', () => {
    expect(toSearchHit('r', {url: '/x', excerpt: '', meta: {}}).title).toBe('/x');
  });
});

describe('normaliseQuery', () => {
  it('collapses white space and caps the length', () => {
    expect(normaliseQuery('  pod   security \n')).toBe('pod security');
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(200);
  });
});
