import {describe, expect, it} from 'vitest';
import {buildHeaderPolicy, buildHeadersFile, buildPolicy, findInlineScripts, injectCspMeta} from './csp';

describe('buildPolicy', () => {
  const policy = buildPolicy(['b', 'a', 'a']);
  it('allows scripts from self, WebAssembly compilation and the given hashes only, once each, sorted', () => {
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';");
  });
  it('never allows eval or inline scripts', () => {
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(/script-src[^;]*unsafe-inline/.test(policy)).toBe(false);
  });
  it('locks down objects, base URIs and other origins', () => {
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'self'");
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/https?:/);
  });
  it('adds frame-ancestors only for headers (meta tags ignore it)', () => {
    expect(policy).not.toContain('frame-ancestors');
    expect(buildHeaderPolicy([])).toContain("frame-ancestors 'none'");
  });
});

describe('findInlineScripts', () => {
  it('returns inline bodies and skips external, empty and data-block scripts', () => {
    const html =
      '<script src="/a.js"></script><script>one()</script><script type="application/ld+json">{}</script><script></script>' +
      '<script type="module">two()</script><script type=text/javascript>three()</script>';
    expect(findInlineScripts(html)).toEqual(['one()', 'two()', 'three()']);
  });
});

describe('injectCspMeta', () => {
  it('puts the policy first in <head>', () => {
    const out = injectCspMeta('<html><head><script>x</script></head></html>', "default-src 'self'");
    expect(out).toBe(
      `<html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>x</script></head></html>`,
    );
  });
  it('refuses a page without a head or with a policy already', () => {
    expect(() => injectCspMeta('<p>no head</p>', 'x')).toThrow(/no <head>/);
    const once = injectCspMeta('<head></head>', 'x');
    expect(() => injectCspMeta(once, 'x')).toThrow(/already has/);
  });
});

describe('buildHeadersFile', () => {
  it('covers every path with the security headers', () => {
    const file = buildHeadersFile(['h']);
    expect(file.startsWith('/*\n')).toBe(true);
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: no-referrer', 'Permissions-Policy:']) {
      expect(file).toContain(header);
    }
  });
});
