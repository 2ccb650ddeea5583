import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {
  ARTICLE_JS_CEILING,
  budgetFor,
  overBudget,
  TOOL_CHUNK_PATTERN,
  type BudgetFile,
  type PageWeight,
} from '../../src/lib/site/budgets';
import {expect, test} from './fixtures';

/**
 * Page weight on a first visit (empty cache): the gzip size of every script
 * and stylesheet the page loads, measured in the browser, against
 * budgets.json. UPDATE_BUDGETS=1 records the current figures instead.
 */
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as BudgetFile;
const ARTICLE_PAGES = [
  '/docs/fundamentals',
  '/docs/fundamentals/attack-surface',
  '/docs/fundamentals/threat-model',
  '/docs/attack-vectors/privileged-container-escape',
  '/docs/tools/falco',
  '/threat-matrix',
  '/threat-matrix/mitre-attack',
];
const measured: Record<string, PageWeight> = {};

test.describe.configure({mode: 'serial'});

for (const path of Object.keys(budgets.pages)) {
  test(`${path} stays within its page-weight budget`, async ({page}) => {
    const assets: Array<{url: string; type: 'js' | 'css'; raw: number; gzip: number}> = [];
    // Bodies are read as responses arrive; the figures wait for every read. A response
    // that arrives after the measurement (the page is closing) is not part of it.
    const reads: Promise<void>[] = [];
    let measuring = true;
    page.on('response', (response) => {
      const type = response.request().resourceType();
      if (!measuring || (type !== 'script' && type !== 'stylesheet')) return;
      reads.push(
        response.body().then((body) => {
          assets.push({
            url: response.url(),
            type: type === 'script' ? 'js' : 'css',
            raw: body.length,
            gzip: gzipSync(body).length,
          });
        }),
      );
    });
    await page.goto(path, {waitUntil: 'networkidle'});
    await Promise.all(reads);
    measuring = false;
    const sum = (t: 'js' | 'css', k: 'raw' | 'gzip') =>
      assets.filter((a) => a.type === t).reduce((n, a) => n + a[k], 0);
    const weight = {
      jsGzip: sum('js', 'gzip'),
      cssGzip: sum('css', 'gzip'),
      jsRaw: sum('js', 'raw'),
      cssRaw: sum('css', 'raw'),
    };
    measured[path] = weight;
    console.log(
      `${path}: JS ${weight.jsGzip} B gzip (${weight.jsRaw} raw), CSS ${weight.cssGzip} B gzip (${weight.cssRaw} raw)`,
    );
    expect(assets.length, 'assets measured').toBeGreaterThan(0);
    if (ARTICLE_PAGES.includes(path)) {
      const toolChunks = assets.filter((a) => TOOL_CHUNK_PATTERN.test(new URL(a.url).pathname)).map((a) => a.url);
      expect(toolChunks, 'an article page must not load tool code').toEqual([]);
      expect(weight.jsGzip, `an article page loads at most ${ARTICLE_JS_CEILING} gzip bytes of JS`).toBeLessThanOrEqual(
        ARTICLE_JS_CEILING,
      );
    }
    if (!process.env.UPDATE_BUDGETS) expect(overBudget(path, weight, budgets.pages[path])).toEqual([]);
  });
}

test.afterAll(() => {
  if (!process.env.UPDATE_BUDGETS) return;
  const pages = Object.fromEntries(Object.entries(measured).map(([p, w]) => [p, budgetFor(w)]));
  writeFileSync('budgets.json', `${JSON.stringify({...budgets, pages: {...budgets.pages, ...pages}}, null, 2)}\n`);
  console.log('budgets.json updated; review and commit the change deliberately.');
});

test('the built JavaScript embeds no path of the machine that built it', () => {
  const dir = 'build/assets/js';
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  expect(files.length, 'scripts checked').toBeGreaterThan(0);
  const leaking = files.filter((f) => readFileSync(path.join(dir, f), 'utf8').includes(process.cwd()));
  expect(leaking, `scripts containing ${process.cwd()}`).toEqual([]);
});
