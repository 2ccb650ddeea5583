import {readFileSync, writeFileSync} from 'node:fs';
import type {Page} from '@playwright/test';
import {test, expect, expectCleanPage} from './fixtures';

/**
 * Offline reading: after one visit, the service worker (build/sw.js, written
 * by scripts/postbuild.ts) has precached the guide, so other articles, the
 * tools and the search work with the network off; a new deployment shows a
 * "new version" prompt instead of a silently stale page.
 */
test.use({serviceWorkers: 'allow'});
test.describe.configure({mode: 'serial'});

/** Waits until the worker has installed (precache complete) and controls the page. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {timeout: 45_000});
}

test('after one visit, articles, a tool and search results open offline', async ({page, guard}) => {
  await page.goto('/docs/fundamentals');
  await waitForOfflineReady(page);
  await page.context().setOffline(true);

  await page.goto('/docs/fundamentals/threat-model');
  await expect(page.getByRole('heading', {level: 1})).toContainText(/threat model/i);

  await page.goto('/tools/pss-checker');
  await expect(page.getByRole('heading', {level: 1})).toContainText(/Pod Security/i);
  await expect(page.getByRole('textbox').first()).toBeVisible();

  await page.goto('/docs/fundamentals');
  await page.getByRole('searchbox', {name: 'Search the guide'}).fill('kubelet');
  const first = page.getByRole('region', {name: 'Search results'}).getByRole('link').first();
  await expect(first).toBeVisible({timeout: 15_000});
  await first.click();
  await expect(page.locator('article').first()).toContainText(/kubelet/i);

  await page.context().setOffline(false);
  expect(guard.foreignRequests).toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
});

test('the site is installable: a manifest with icons and a worker that controls the page', async ({page, guard}) => {
  await page.goto('/');
  await waitForOfflineReady(page);
  const cdp = await page.context().newCDPSession(page);
  const {installabilityErrors} = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: Array<{errorId: string}>;
  };
  // Test browsers run without a profile, which Chromium reports as "in-incognito";
  // that is about the test, not the site. Every other criterion must pass.
  expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  await expectCleanPage(page, guard);
});

test('a new deployment is announced with a prompt, and Reload switches to it', async ({page, guard}) => {
  const swFile = 'build/sw.js';
  const original = readFileSync(swFile, 'utf8');
  try {
    await page.goto('/docs/fundamentals/threat-model');
    await waitForOfflineReady(page);
    await expect(page.getByText('A new version of this guide is available.')).toHaveCount(0);
    // A changed sw.js is what a new deployment looks like to the browser.
    writeFileSync(swFile, `${original}\n// deployment ${Date.now()}\n`);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    const prompt = page.getByRole('status').filter({hasText: 'A new version of this guide is available.'});
    await expect(prompt).toBeVisible({timeout: 30_000});
    await prompt.getByRole('button', {name: 'Reload'}).click();
    await page.waitForEvent('load');
    await expect(page.getByText('A new version of this guide is available.')).toHaveCount(0);
    await expectCleanPage(page, guard);
  } finally {
    writeFileSync(swFile, original);
  }
});
