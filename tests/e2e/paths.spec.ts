import {expect, test} from './fixtures';

/**
 * Learning paths and reading progress: reaching the end of an article marks
 * it read; the path page then shows that step done, where the reader is, and
 * the previous and next steps; related pages sit at the foot of an article.
 */
test('reading an article to the end marks it read on its learning path', async ({page, guard}) => {
  await page.goto('/paths/kcsa');
  await expect(page.getByRole('status')).toContainText(/^0 of \d+ steps done\. Next: /);
  const first = page.locator('li[aria-current="step"]');
  await expect(first).toContainText('you are here');
  const firstLink = first.getByRole('link');
  const firstTitle = (await firstLink.textContent()) ?? '';

  await firstLink.click();
  await page.locator('[data-read-marker]').scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('ksfg-progress-v1') ?? '{"read":{}}').read)),
    )
    .toHaveLength(1);

  await page.goto('/paths/kcsa');
  await expect(page.getByRole('status')).toContainText(/^1 of \d+ steps done\./);
  const pager = page.getByRole('navigation', {name: 'Where you are'});
  await expect(pager.getByRole('link', {name: /Previous step/})).toContainText(firstTitle);
  await expect(pager.getByRole('link', {name: /Next step/})).toBeVisible();
  await expect(page.locator('li').filter({hasText: firstTitle}).first()).toContainText('✓ done');

  await page.goto('/paths');
  await expect(page.getByText(/^1 of \d+ steps done$/)).toBeVisible();

  // The curriculum map shows the same record: a page read to its end is marked read in its rows.
  await page.goto('/docs/fundamentals/four-cs-of-cloud-native-security');
  await page.locator('[data-read-marker]').scrollIntoViewIfNeeded();
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('ksfg-progress-v1') ?? '{"read":{}}').read)),
    )
    .toHaveLength(2);
  await page.goto('/curriculum');
  const fourCs = page.locator('li:has(> a[href="/docs/fundamentals/four-cs-of-cloud-native-security"])').first();
  await expect(fourCs).toContainText('(read)');

  expect(guard.consoleErrors).toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
});

test('an article lists its related pages at the foot, and they open', async ({page, guard}) => {
  await page.goto('/docs/fundamentals/authorization/rbac');
  const related = page.getByRole('navigation', {name: 'Related pages'});
  await expect(related.getByRole('link')).toHaveCount(3);
  await related.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/docs\/fundamentals\/authorization\/rbac-privilege-escalation\/?$/);
  expect(guard.consoleErrors).toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
});
