import {describe, expect, it} from 'vitest';
import {buildHeadersFile} from './csp';
import {candidateFiles, matchesPattern, parseHeadersFile} from './headersFile';

describe('parseHeadersFile', () => {
  it('reads the headers file the build writes', () => {
    const rules = parseHeadersFile(buildHeadersFile(['abc=']));
    expect(rules).toHaveLength(1);
    expect(rules[0]?.pattern).toBe('/*');
    const names = rules[0]?.headers.map(([n]) => n);
    expect(names).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
      ]),
    );
  });
  it('rejects a header line before any pattern', () => {
    expect(() => parseHeadersFile('  X-Test: 1')).toThrow(/cannot read line/);
  });
});

describe('matchesPattern', () => {
  it('matches wildcards and exact paths only', () => {
    expect(matchesPattern('/*', '/docs/x')).toBe(true);
    expect(matchesPattern('/docs/*', '/docs/x')).toBe(true);
    expect(matchesPattern('/docs/*', '/tools/x')).toBe(false);
    expect(matchesPattern('/a.html', '/aXhtml')).toBe(false);
  });
});

describe('candidateFiles', () => {
  it('tries the path, then .html, then index.html', () => {
    expect(candidateFiles('/docs/fundamentals')).toEqual([
      '/docs/fundamentals',
      '/docs/fundamentals.html',
      '/docs/fundamentals/index.html',
    ]);
    expect(candidateFiles('/')).toEqual(['/index.html']);
  });
});
