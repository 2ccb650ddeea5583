import {describe, expect, it} from 'vitest';
import {docId, docLinkProblem, docPermalink, headingIds, headingText} from './headings';

const slug = (() => {
  const seen = new Map<string, number>();
  return (text: string) => {
    const base = text
      .toLowerCase()
      .replace(/[^a-z0-9 -]/g, '')
      .replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}-${n}`;
  };
})();

describe('headingIds', () => {
  it('uses explicit ids, slugs the rest, and skips code blocks', () => {
    const md = [
      '## The four objects {#rbac-objects}',
      '```bash',
      '# not a heading',
      '```',
      '### Subjects and the `system:` names',
      '## [Linked](/docs/x) and **bold**',
      '## Verify',
      '## Verify',
    ].join('\n');
    expect(headingIds(md, slug)).toEqual([
      'rbac-objects',
      'subjects-and-the-system-names',
      'linked-and-bold',
      'verify',
      'verify-1',
    ]);
  });

  it('reduces JSX to its text', () => {
    expect(headingText('What <Term id="rbac">RBAC</Term> allows')).toBe('What RBAC allows');
  });
});

describe('docPermalink', () => {
  it('maps files to routes', () => {
    expect(docPermalink('docs/fundamentals/index.mdx')).toBe('/docs/fundamentals');
    expect(docPermalink('docs/fundamentals/authorization/rbac.mdx')).toBe('/docs/fundamentals/authorization/rbac');
  });
});

describe('docId', () => {
  it('is the path below docs/ without the extension', () => {
    expect(docId('fundamentals/authorization/rbac.mdx')).toBe('fundamentals/authorization/rbac');
    expect(docId('intro.md')).toBe('intro');
  });
});

describe('docLinkProblem', () => {
  const anchors = new Map([['/docs/a', new Set(['x'])]]);
  it('accepts a page, with or without a trailing slash, and a heading it has', () => {
    expect(docLinkProblem('/docs/a', anchors)).toBeUndefined();
    expect(docLinkProblem('/docs/a/', anchors)).toBeUndefined();
    expect(docLinkProblem('/docs/a#x', anchors)).toBeUndefined();
  });
  it('names the missing page or heading', () => {
    expect(docLinkProblem('/docs/b#x', anchors)).toBe('no page /docs/b');
    expect(docLinkProblem('/docs/a#y', anchors)).toBe('/docs/a has no heading #y');
  });
});
