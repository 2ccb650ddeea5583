import {describe, expect, it} from 'vitest';
import {precacheIgnores, precacheOptions, registrationBlocker} from './offline';

describe('precacheOptions', () => {
  it('writes sw.js into the build and never precaches itself, redirects or the social card', () => {
    const options = precacheOptions('/x/build/', ['old/index.html']);
    expect(options.swDest).toBe('/x/build/sw.js');
    expect(options.globDirectory).toBe('/x/build');
    expect(precacheIgnores(['old/index.html'])).toEqual(
      expect.arrayContaining(['sw.js', 'img/social-card.png', '404.html', 'old/index.html']),
    );
    expect(options.skipWaiting).toBe(false);
    expect(options.globPatterns).toContain('pagefind/**/*');
  });

  it('ignores every query parameter when matching, so ?q= and ?ts= still hit the cache', () => {
    const [pattern] = precacheOptions('/b', []).ignoreURLParametersMatching ?? [];
    expect(pattern?.test('q')).toBe(true);
    expect(pattern?.test('ts')).toBe(true);
  });
});

describe('registrationBlocker', () => {
  const ok = {production: true, hasServiceWorker: true, saveData: false};
  it('registers in production browsers with service workers', () => {
    expect(registrationBlocker(ok)).toBeNull();
  });
  it('says why it does not register', () => {
    expect(registrationBlocker({...ok, production: false})).toBe('development build');
    expect(registrationBlocker({...ok, hasServiceWorker: false})).toBe('no service worker support');
    expect(registrationBlocker({...ok, saveData: true})).toBe('data saver is on');
  });
});
