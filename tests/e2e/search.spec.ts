import {gzipSync} from 'node:zlib';
import {NAVBAR_RESULT_LIMIT} from '../../src/lib/search/results';
import {createSearchByteCounter, summarizeSearchFiles} from '../../src/lib/site/firstSearch';
import {axeViolations, test, expect, expectCleanPage} from './fixtures';

/**
 * Search runs on Pagefind's split index (build/pagefind, written after the
 * build): typing must never throw, results come with highlighted excerpts,
 * and a misspelt prefix still finds the page.
 */

test('typing "seccomp" in the navbar search lists the seccomp pages with highlighted excerpts', async ({
  page,
  guard,
}) => {
  await page.goto('/docs/fundamentals');
  const box = page.getByRole('searchbox', {name: 'Search the guide'});
  await box.pressSequentially('seccomp', {delay: 40});
  const results = page.getByRole('region', {name: 'Search results'});
  await expect(results.getByRole('link', {name: /Security contexts/})).toBeVisible({timeout: 15_000});
  await expect(results.locator('mark').first()).toHaveText(/seccomp/i);
  await expect(results.getByText(/pages? match/)).toBeVisible();
  expect(await axeViolations(page), 'axe violations with the results open, light mode').toEqual([]);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  expect(await axeViolations(page), 'axe violations with the results open, dark mode').toEqual([]);
  await expectCleanPage(page, guard);
});

test('a misspelling ("seccom") still reaches the right page, by keyboard', async ({page, guard}) => {
  await page.goto('/');
  // The shortcut listener is attached when the page hydrates.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.keyboard.press('Control+k');
  const box = page.getByRole('searchbox', {name: 'Search the guide'});
  await expect(box).toBeFocused();
  await page.keyboard.type('seccom', {delay: 40});
  const results = page.getByRole('region', {name: 'Search results'});
  await expect(results.getByRole('link').first()).toBeVisible({timeout: 15_000});
  await page.keyboard.press('ArrowDown');
  await expect(results.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/(fundamentals|hardening|attack-vectors)\//);
  await expect(page.locator('article').first()).toContainText(/seccomp/i);
  await expectCleanPage(page, guard);
});

test('the search page reads ?q=, finds tool pages too, and keeps the query in the URL', async ({page, guard}) => {
  await page.goto('/search?q=rbac%20analyzer');
  await expect(page.getByRole('heading', {level: 1, name: 'Search the guide'})).toBeVisible();
  const input = page.getByRole('searchbox', {name: /Words to find/});
  // The query comes from the URL once the page is live; the results are the page's own
  // (the navbar links to the RBAC analyzer too, so look only below the heading).
  await expect(input).toHaveValue('rbac analyzer');
  const results = page.locator('main');
  await expect(results.getByText(/pages? match(es)? “rbac analyzer”/)).toBeVisible({timeout: 15_000});
  await expect(results.getByRole('link', {name: /RBAC analyzer/}).first()).toBeVisible();
  await input.fill('kubelet');
  await expect(page).toHaveURL(/\?q=kubelet$/);
  await expect(results.getByText(/pages? match(es)? “kubelet”/)).toBeVisible({timeout: 15_000});
  await expect(results.getByRole('link', {name: /The kubelet/i}).first()).toBeVisible();
  await expectCleanPage(page, guard);
});

test("words typed on the search page before it comes to life are kept, not replaced by the link's query", async ({
  page,
  guard,
}) => {
  // Hold the scripts back until the reader has typed, as on a slow phone.
  let release: () => void = () => undefined;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/js\/.*\.js$/, async (route) => {
    await typed;
    await route.continue();
  });
  await page.goto('/search?q=rbac', {waitUntil: 'commit'});
  const input = page.getByRole('searchbox', {name: /Words to find/});
  await input.fill('seccomp');
  release();
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {timeout: 15_000});
  await expect(input).toHaveValue('seccomp');
  await expect(page).toHaveURL(/\?q=seccomp$/);
  await expect(page.locator('main').getByText(/pages? match(es)? “seccomp”/)).toBeVisible({timeout: 15_000});
  await expectCleanPage(page, guard);
});

test('the first search loads at most 150 KB over the network, worker and WebAssembly included', async ({page}) => {
  // Context-level events see the requests Pagefind's web worker makes too; the
  // counting is shared with npm run bench (src/lib/site/firstSearch.ts).
  const counter = createSearchByteCounter((body) => gzipSync(body).length);
  page.context().on('requestfinished', counter.onRequestFinished);
  await page.goto('/docs/fundamentals');
  await page.waitForLoadState('networkidle');
  expect(await counter.settled(), 'nothing of the search loads before the reader uses it').toEqual([]);
  await page.getByRole('searchbox', {name: 'Search the guide'}).fill('seccomp');
  await expect(page.getByRole('region', {name: 'Search results'}).getByRole('link').first()).toBeVisible({
    timeout: 15_000,
  });
  await page.waitForLoadState('networkidle');
  await expect.poll(() => counter.files.some((f) => f.url.endsWith('/pagefind-worker.js'))).toBe(true);
  // One fragment per result shown ("seccomp" matches more pages than the navbar lists).
  await expect
    .poll(() => counter.files.filter((f) => f.kind === 'fragment').length)
    .toBeGreaterThanOrEqual(NAVBAR_RESULT_LIMIT);
  const summary = summarizeSearchFiles(await counter.settled());
  console.log(
    `first search: ${summary.files} files (${summary.indexChunks} index chunks, ${summary.fragments} fragments), ${summary.bytes} B`,
  );
  expect(summary.bytes, 'bytes of the first search').toBeLessThanOrEqual(150 * 1024);
});
