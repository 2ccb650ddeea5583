import {describe, expect, it} from 'vitest';
import {excludedReason, urlForHtmlFile} from './indexing';

describe('urlForHtmlFile', () => {
  it('maps built files to the URLs the site links', () => {
    expect(urlForHtmlFile('index.html')).toBe('/');
    expect(urlForHtmlFile('docs/fundamentals.html')).toBe('/docs/fundamentals');
    expect(urlForHtmlFile('docs/fundamentals/index.html')).toBe('/docs/fundamentals');
    expect(urlForHtmlFile('tools/pss-checker.html', '/guide')).toBe('/guide/tools/pss-checker');
    expect(urlForHtmlFile('index.html', '/guide/')).toBe('/guide/');
  });
});

describe('excludedReason', () => {
  const page = '<html><body><main><h1>T</h1></main></body></html>';
  it('indexes content pages', () => {
    expect(excludedReason('docs/a.html', page)).toBeNull();
  });
  it('skips the 404 and search pages, redirects and pages without main', () => {
    expect(excludedReason('404.html', page)).toBe('not a content page');
    expect(excludedReason('search.html', page)).toBe('not a content page');
    expect(excludedReason('docs/tags.html', page)).toBe('tag list');
    expect(excludedReason('docs/tags/rbac.html', page)).toBe('tag list');
    expect(excludedReason('old/index.html', '<meta http-equiv="refresh" content="0; url=/new"><main></main>')).toBe(
      'redirect',
    );
    expect(excludedReason('docs/b.html', '<html><body><div></div></body></html>')).toBe('no <main> element');
  });
});
