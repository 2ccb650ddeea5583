import {describe, expect, it} from 'vitest';
import {hoistRootPreloads} from './htmlPostprocess';

const page = (root: string): string =>
  `<!doctype html><html><head><title>t</title></head><body><div id=__docusaurus>${root}</div></body></html>`;

describe('hoistRootPreloads', () => {
  it('moves the leading preload hints from the app root to the end of <head>', () => {
    const {html, moved} = hoistRootPreloads(
      page('<link rel=preload as=image href=/img/logo.svg /><link rel="preload" as="image" href="/a.png"><nav>n</nav>'),
    );
    expect(moved).toBe(2);
    expect(html).toBe(
      '<!doctype html><html><head><title>t</title><link rel=preload as=image href=/img/logo.svg /><link rel="preload" as="image" href="/a.png"></head>' +
        '<body><div id=__docusaurus><nav>n</nav></div></body></html>',
    );
  });

  it('leaves a root without leading hints, and hints later in the page, alone', () => {
    const input = page('<nav>n</nav><link rel=preload as=image href=/x.svg>');
    expect(hoistRootPreloads(input)).toEqual({html: input, moved: 0});
  });

  it('leaves pages without the Docusaurus root (redirect pages) alone', () => {
    const input = '<!doctype html><html><head><link rel=preload as=image href=/x.svg></head><body></body></html>';
    expect(hoistRootPreloads(input)).toEqual({html: input, moved: 0});
  });

  it('accepts the quoted form of the root id', () => {
    const {moved, html} = hoistRootPreloads(
      '<html><head></head><body><div id="__docusaurus"><link rel=preload href=/a.svg><main></main></div></body></html>',
    );
    expect(moved).toBe(1);
    expect(html).toContain('<div id="__docusaurus"><main>');
  });
});
