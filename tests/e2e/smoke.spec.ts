import {axeViolations, expect, sitemapPaths, test} from './fixtures';
import {checkPageInBothThemes} from './pageCheck';

/**
 * Every page in the sitemap: it loads with status 200, logs no console error,
 * requests nothing from another origin, violates no CSP directive, sets no
 * cookie, and axe finds no accessibility violation in light and in dark mode.
 * Dark mode is checked on the same page load by switching the theme attribute
 * the way the navbar toggle does, which halves the page loads; in dark mode axe
 * runs its colour rules (contrast, links in text), since the switch changes
 * colours and nothing else. Diagram images swap with the theme, and both
 * images of a diagram share one text alternative (check:diagrams).
 */
const paths = sitemapPaths();

test('the sitemap lists the site', () => {
  expect(paths.length).toBeGreaterThanOrEqual(30);
  expect(paths).toContain('/docs/fundamentals');
  expect(paths).toContain('/tools/pss-checker');
  expect(paths).toContain('/tools/rbac-analyzer');
  expect(paths).toContain('/tools/netpol-analyzer');
});

test('the in-page axe run reports violations (so a clean sweep means something)', async ({page}) => {
  await page.goto('/');
  // Hydration may rebuild <main>; inject the faulty nodes once React owns it,
  // or a slow machine loses them and axe rightly finds nothing.
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/img/logo.svg';
    document.querySelector('main')?.append(img);
    const low = document.createElement('p');
    low.textContent = 'faint text';
    low.style.cssText = 'color:#ddd;background:#fff';
    document.querySelector('main')?.append(low);
  });
  await expect(page.locator('main img[src="/img/logo.svg"]:not([alt])')).toHaveCount(1);
  expect((await axeViolations(page)).join('\n')).toMatch(/^image-alt: /m);
  expect((await axeViolations(page, {colorOnly: true})).join('\n')).toMatch(/^color-contrast: /m);
});

/**
 * Pages are checked in batches, each batch by one page object that goes from
 * page to page (no new browser context per page), and the batches run on the
 * parallel workers. Every page is still checked on its own: a failure names
 * the page, and the batch goes on to the next one (soft assertions).
 */
const BATCH_SIZE = 6;
const batches: string[][] = [];
for (let i = 0; i < paths.length; i += BATCH_SIZE) batches.push(paths.slice(i, i + BATCH_SIZE));

for (const batch of batches) {
  test(`clean and accessible in both themes: ${batch[0]} … (${batch.length} pages)`, async ({page, guard}) => {
    test.setTimeout(60_000 * batch.length);
    for (const path of batch) {
      guard.reset();
      const check = await checkPageInBothThemes(page, path);
      expect.soft(check.status, `${path}: HTTP status`).toBe(200);
      expect.soft(check.startTheme, `${path}: starts in light mode`).toBe('light');
      expect.soft(check.lightViolations, `${path}: axe violations in light mode`).toEqual([]);
      expect.soft(check.darkViolations, `${path}: axe colour violations in dark mode`).toEqual([]);
      expect.soft(guard.consoleErrors, `${path}: console errors`).toEqual([]);
      expect.soft(guard.foreignRequests, `${path}: requests to other origins`).toEqual([]);
      expect.soft(await guard.cspViolations(), `${path}: CSP violations`).toEqual([]);
    }
    expect(await page.context().cookies(), 'cookies').toEqual([]);
    const checked = batch.length;
    expect(checked, 'pages checked').toBeGreaterThan(0);
  });
}
