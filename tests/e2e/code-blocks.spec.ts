import {readFileSync} from 'node:fs';
import type {Page, Response} from '@playwright/test';
import {expect, expectCleanPage, test} from './fixtures';

/**
 * Code blocks are server-highlighted HTML (src/theme/CodeBlock/Content), the
 * browser hydrates them with React and Prism is a lazy chunk
 * (src/plugins/lazy-prism). These tests pin what readers see of that.
 */

/** Prism's core sets this class on highlighted elements; no other chunk mentions it minified. */
const PRISM_MARKER = '.classList.add("language-"';

function watchScripts(page: Page): {bodies: Promise<string>[]} {
  const watched = {bodies: [] as Promise<string>[]};
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'script') watched.bodies.push(response.text().catch(() => ''));
  });
  return watched;
}

async function loadedPrism(watched: {bodies: Promise<string>[]}): Promise<boolean> {
  const bodies = await Promise.all(watched.bodies);
  expect(bodies.length, 'scripts seen').toBeGreaterThan(0);
  return bodies.some((body) => body.includes(PRISM_MARKER));
}

const QUOTA_TITLE = 'ResourceQuota and LimitRange that bound one namespace';

test('a first visit shows highlighted code without downloading Prism', async ({page, guard}) => {
  const watched = watchScripts(page);
  await page.goto('/docs/fundamentals/threat-model', {waitUntil: 'networkidle'});
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  const block = page.locator('.theme-code-block').filter({hasText: QUOTA_TITLE});
  await expect(block.locator('.token.key').first()).toBeVisible();
  expect(await loadedPrism(watched), 'Prism downloaded on a first visit').toBe(false);
  await expectCleanPage(page, guard);
});

test('the copy button copies the example file exactly', async ({page, context, guard}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/fundamentals/threat-model', {waitUntil: 'networkidle'});
  const block = page.locator('.theme-code-block').filter({hasText: QUOTA_TITLE});
  await block.hover();
  await block.getByRole('button', {name: /copy/i}).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const file = readFileSync('examples/fundamentals/namespace-quota-and-limits.yaml', 'utf8');
  expect(copied).toBe(file.trimEnd());
  await expectCleanPage(page, guard);
});

test('after a client-side navigation, code is highlighted once Prism loads', async ({page, guard}) => {
  const watched = watchScripts(page);
  await page.goto('/docs/fundamentals', {waitUntil: 'networkidle'});
  await expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true');
  await page.locator('.theme-doc-sidebar-container a[href="/docs/fundamentals/threat-model"]').click();
  await expect(page).toHaveURL(/\/docs\/fundamentals\/threat-model$/);
  const block = page.locator('.theme-code-block').filter({hasText: QUOTA_TITLE});
  await expect(block.locator('.token.key').first()).toBeVisible();
  expect(await loadedPrism(watched), 'Prism loaded for the navigation').toBe(true);
  // Same text as the file: nothing lost between plain and highlighted rendering.
  const shown = (await block.locator('.token-line').allTextContents()).join('\n');
  const file = readFileSync('examples/fundamentals/namespace-quota-and-limits.yaml', 'utf8');
  expect(shown).toBe(file.trimEnd());
  await expectCleanPage(page, guard);
});

test('code colours follow the colour mode without re-rendering the block', async ({page, guard}) => {
  await page.goto('/docs/fundamentals/threat-model', {waitUntil: 'networkidle'});
  const key = page.locator('.theme-code-block .token.key').first();
  await expect(key).toHaveCSS('color', 'rgb(10, 48, 105)');
  const node = await key.elementHandle();
  const toggle = page.getByRole('button', {name: /switch between dark and light mode/i});
  for (let i = 0; i < 3 && (await page.locator('html').getAttribute('data-theme')) !== 'dark'; i++)
    await toggle.click();
  await expect(key).toHaveCSS('color', 'rgb(121, 192, 255)');
  expect(await node?.evaluate((el) => el.isConnected), 'the same token element, not a re-render').toBe(true);
  await expectCleanPage(page, guard);
});
