import {describe, expect, it} from 'vitest';
import {CHROME_FLAGS, chromeCandidates, findChrome} from './chrome';

describe('findChrome', () => {
  it('prefers CHROME_PATH, then the system locations', () => {
    expect(chromeCandidates('/opt/chrome')[0]).toBe('/opt/chrome');
    expect(chromeCandidates(undefined)[0]).toBe('/usr/bin/chromium');
    expect(findChrome((p) => p === '/usr/bin/google-chrome', '')).toBe('/usr/bin/google-chrome');
  });
  it('says how to install Chromium when there is none', () => {
    expect(() => findChrome(() => false, undefined)).toThrow(/apt-get install -y chromium.*CHROME_PATH/);
  });
  it('runs headless without calling home', () => {
    expect(CHROME_FLAGS).toEqual(expect.arrayContaining(['--headless', '--disable-background-networking']));
  });
});
