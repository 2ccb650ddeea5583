import AxeBuilder from '@axe-core/playwright';
import {expect, expectCleanPage, sitemapPaths, test} from './fixtures';

/**
 * Every page in the sitemap, in light and dark mode: it loads with status 200,
 * logs no console error, requests nothing from another origin, violates no
 * CSP directive, sets no cookie, and axe finds no accessibility violation.
 */
const paths = sitemapPaths();

test('the sitemap lists the site', () => {
  expect(paths.length).toBeGreaterThanOrEqual(10);
  expect(paths).toContain('/docs/fundamentals');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({colorScheme});
    for (const path of paths) {
      test(`${path} is clean and accessible`, async ({page, guard}) => {
        const response = await page.goto(path, {waitUntil: 'networkidle'});
        expect(response?.status(), 'HTTP status').toBe(200);
        await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
        // Let lazily rendered content (Mermaid diagrams) settle before axe looks.
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({page}).analyze();
        const violations = results.violations.map(
          (v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')})`,
        );
        expect(violations, 'axe violations').toEqual([]);
        await expectCleanPage(page, guard);
      });
    }
  });
}
