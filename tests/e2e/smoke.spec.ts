import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import {expect, expectCleanPage, sitemapPaths, test} from './fixtures';

/**
 * Every page in the sitemap: it loads with status 200, logs no console error,
 * requests nothing from another origin, violates no CSP directive, sets no
 * cookie, and axe finds no accessibility violation in light and in dark mode.
 * Dark mode is checked on the same page load by switching the theme attribute
 * the way the navbar toggle does, which halves the page loads.
 */
const paths = sitemapPaths();

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({page}).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

test('the sitemap lists the site', () => {
  expect(paths.length).toBeGreaterThanOrEqual(30);
  expect(paths).toContain('/docs/fundamentals');
  expect(paths).toContain('/tools/pss-checker');
  expect(paths).toContain('/tools/rbac-analyzer');
  expect(paths).toContain('/tools/netpol-analyzer');
});

for (const path of paths) {
  test(`${path} is clean and accessible in both themes`, async ({page, guard}) => {
    const response = await page.goto(path, {waitUntil: 'load'});
    expect(response?.status(), 'HTTP status').toBe(200);
    const html = page.locator('html');
    await expect(html).toHaveAttribute('data-theme', 'light');
    expect(await axeViolations(page), 'axe violations in light mode').toEqual([]);
    await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await expect(html).toHaveAttribute('data-theme', 'dark');
    // Infima animates colour changes; let the transitions finish before measuring contrast.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
    expect(await axeViolations(page), 'axe violations in dark mode').toEqual([]);
    await expectCleanPage(page, guard);
  });
}
