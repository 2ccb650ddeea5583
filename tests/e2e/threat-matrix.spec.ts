import {expect, test} from './fixtures';

/**
 * The two threat-matrix views (src/plugins/threat-matrix): the coverage line
 * agrees with the cells the page draws, every cell states its status in words,
 * a covered cell's link opens its article, the page reads on a phone without
 * sideways scrolling, and the whole matrix is reachable by keyboard.
 * Accessibility in both themes is checked by the smoke sweep (both pages are
 * in the sitemap).
 */
const VIEWS = [
  {path: '/threat-matrix', title: 'Microsoft Threat Matrix for Kubernetes'},
  {path: '/threat-matrix/mitre-attack', title: 'MITRE ATT&CK Containers matrix'},
];

for (const view of VIEWS) {
  test(`${view.path}: coverage figures match the cells, and a covered cell opens its article`, async ({
    page,
    guard,
  }) => {
    await page.goto(view.path);
    await expect(page.getByRole('heading', {level: 1, name: view.title})).toBeVisible();
    const figures = await page.getByText(/\d+ of \d+ techniques covered \(\d+%\)/).textContent();
    const [, covered, applicable, percent] = /(\d+) of (\d+) techniques covered \((\d+)%\)/.exec(figures ?? '') ?? [];
    expect(Number(applicable), 'applicable techniques').toBeGreaterThan(0);
    expect(Number(percent)).toBe(Math.floor((100 * Number(covered)) / Number(applicable)));

    const region = page.getByRole('region', {name: `${view.title}, by tactic`});
    const tactics = region.getByRole('heading', {level: 2});
    expect(await tactics.count(), 'tactic columns').toBeGreaterThanOrEqual(9);
    // Each cell says its status in words; a technique listed under several tactics counts once.
    const cells = region.locator('li:has(> span + span)');
    const statuses = await cells.evaluateAll((lis) =>
      lis.map((li) => ({
        name: li.querySelector('span')?.textContent?.trim() ?? '',
        status: li.querySelector('span + span')?.textContent?.trim() ?? '',
        links: li.querySelectorAll('ul a').length,
      })),
    );
    expect(statuses.length, 'cells drawn').toBeGreaterThan(30);
    for (const cell of statuses) {
      expect(cell.status, `status of "${cell.name}"`).toMatch(/Covered|Not covered yet|not counted/);
      if (cell.status.endsWith('Covered')) expect(cell.links, `links of covered "${cell.name}"`).toBeGreaterThan(0);
    }
    const coveredNames = new Set(statuses.filter((c) => c.status.endsWith('Covered')).map((c) => c.name));
    expect(coveredNames.size, 'distinct covered techniques').toBe(Number(covered));

    const link = region.locator('ul ul a').first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/docs\/attack-vectors\//);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}/?$`));
    await expect(page.getByRole('heading', {level: 1})).toBeVisible();
    expect(guard.consoleErrors).toEqual([]);
  });
}

test('on a phone the tactics stack and the page never scrolls sideways', async ({page, guard}) => {
  await page.setViewportSize({width: 375, height: 800});
  for (const view of VIEWS) {
    await page.goto(view.path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${view.path}: sideways overflow in px`).toBeLessThanOrEqual(0);
    const [first, second] = await page
      .getByRole('region', {name: `${view.title}, by tactic`})
      .getByRole('heading', {level: 2})
      .evaluateAll((hs) => hs.slice(0, 2).map((h) => h.getBoundingClientRect().top));
    expect(second, `${view.path}: the second tactic sits below the first`).toBeGreaterThan(first ?? 0);
  }
  expect(guard.consoleErrors).toEqual([]);
});

test('the matrix is reachable by keyboard: the region takes focus, then Tab walks its article links', async ({
  page,
}) => {
  await page.goto('/threat-matrix');
  const region = page.getByRole('region', {name: 'Microsoft Threat Matrix for Kubernetes, by tactic'});
  await region.focus();
  await expect(region).toBeFocused();
  // The tactic heading's permalink comes first, then the first article link.
  const visited: Array<string | null> = [];
  for (let i = 0; i < 4 && !visited.some((h) => h?.startsWith('/docs/')); i++) {
    await page.keyboard.press('Tab');
    visited.push(
      await page.evaluate(() =>
        document.activeElement?.closest('[role="region"]') ? document.activeElement.getAttribute('href') : 'outside',
      ),
    );
  }
  expect(visited[0], 'the first stop is the first tactic heading').toBe('#tactic-initial-access');
  expect(visited.at(-1), 'Tab reaches an article link inside the matrix').toMatch(/^\/docs\/attack-vectors\//);
});
