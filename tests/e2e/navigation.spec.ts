import {expect, expectCleanPage, test} from './fixtures';

/**
 * Navigation in the browser bundle (React)
 * and pages preload on intent, not on sight (src/plugins/intent-prefetch).
 */

test('a first visit prefetches nothing; hovering a link preloads its page', async ({page, guard}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/docs/fundamentals/threat-model', {waitUntil: 'networkidle'});
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  expect(await page.locator('link[rel="prefetch"]').count(), 'prefetch links').toBe(0);
  const before = scripts.length;
  expect(before, 'scripts of the first visit').toBeGreaterThan(0);
  await page.locator('.theme-doc-sidebar-container a[href="/docs/fundamentals/attack-surface"]').hover();
  await expect.poll(() => scripts.length, {message: 'chunks preloaded on hover'}).toBeGreaterThan(before);
  await page.locator('.theme-doc-sidebar-container a[href="/docs/fundamentals/attack-surface"]').click();
  await expect(page.getByRole('heading', {level: 1})).toContainText(/attack surface/i);
  await expectCleanPage(page, guard);
});

test('a link to a heading on another page scrolls to that heading', async ({page, guard}) => {
  await page.goto('/docs/fundamentals/authorization/rbac', {waitUntil: 'networkidle'});
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page
    .locator('a[href="/docs/fundamentals/authorization/authorization-methods#authorizer-chain"]')
    .first()
    .click();
  await expect(page).toHaveURL(/authorization-methods#authorizer-chain$/);
  await expect(page.locator('#authorizer-chain')).toBeInViewport();
  await expectCleanPage(page, guard);
});

test('hydration adopts the server HTML instead of moving or rebuilding it', async ({page, guard}) => {
  // Records every element added to or removed from the app root and from <main>
  // while the page hydrates: adopting the server HTML touches neither.
  await page.addInitScript(() => {
    const w = window as unknown as {__moved?: string[]};
    w.__moved = [];
    document.addEventListener('DOMContentLoaded', () => {
      const observer = new MutationObserver((records) => {
        for (const record of records)
          for (const node of [...record.addedNodes, ...record.removedNodes])
            if (node instanceof Element) w.__moved?.push(`${node.localName}.${node.className}`);
      });
      for (const selector of ['#__docusaurus', 'main', 'article .markdown']) {
        const target = document.querySelector(selector);
        if (target) observer.observe(target, {childList: true});
      }
    });
  });
  await page.goto('/docs/fundamentals/threat-model', {waitUntil: 'networkidle'});
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  const moved = await page.evaluate(() => (window as unknown as {__moved?: string[]}).__moved);
  expect(moved, 'elements moved or rebuilt by hydration').toEqual([]);
  await expectCleanPage(page, guard);
});
