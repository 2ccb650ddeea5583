import {describe, expect, it} from 'vitest';
import * as client from './prismRuntime';
import * as server from './prismRuntime.server';
import {highlight} from './prism';

describe('prismRuntime', () => {
  it('in the browser, has no highlighter until the lazy chunk loads, then keeps it', async () => {
    expect(client.highlighterIfLoaded()).toBeUndefined();
    const loading = client.loadHighlighter();
    expect(client.loadHighlighter()).toBe(loading); // one request, however many blocks ask
    expect(await loading).toBe(highlight);
    expect(client.highlighterIfLoaded()).toBe(highlight);
  });
  it('on the server, has the highlighter from the start', async () => {
    expect(server.highlighterIfLoaded()).toBe(highlight);
    expect(await server.loadHighlighter()).toBe(highlight);
  });
});
