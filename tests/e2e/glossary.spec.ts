import {expect, test} from './fixtures';

/**
 * Glossary terms in articles (src/components/Term): the popover opens and
 * closes by keyboard and by mouse, the definition is the term's accessible
 * description, and its link lands on the term's anchor on /glossary.
 */
const PAGE = '/docs/fundamentals/attack-surface';

test('a Term popover works by keyboard, and screen readers get the definition on focus', async ({page, guard}) => {
  await page.goto(PAGE);
  const term = page.getByRole('button', {name: 'RBAC', exact: true});
  await expect(term).toHaveAccessibleDescription(/^RBAC: The Kubernetes authorizer that allows a request/);
  const popover = page.locator(`#${await term.getAttribute('popovertarget')}`);
  await expect(popover).toBeHidden();

  await term.focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('RBAC: The Kubernetes authorizer');
  // The popover sits next to its term, inside the viewport.
  const [box, viewport] = [await popover.boundingBox(), page.viewportSize()];
  expect(box && viewport && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);

  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(term).toBeFocused();

  await page.keyboard.press('Space');
  await expect(popover).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(popover.getByRole('link', {name: 'More in the glossary'})).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary#rbac$/);
  await expect(page.locator('h3#rbac')).toBeInViewport();
  expect(guard.consoleErrors).toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
});

test('a Term popover works by mouse: click opens, a click elsewhere closes', async ({page, guard}) => {
  await page.goto(PAGE);
  const term = page.getByRole('button', {name: 'ClusterRole', exact: true});
  const popover = page.locator(`#${await term.getAttribute('popovertarget')}`);
  await term.click();
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('ClusterRole: An RBAC object');
  await page.mouse.click(5, 300);
  await expect(popover).toBeHidden();
  await term.click();
  await expect(popover).toBeVisible();
  await term.click();
  await expect(popover).toBeHidden();
  expect(guard.consoleErrors).toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
});

test('the glossary lists every term alphabetically under its own anchor', async ({page, guard}) => {
  await page.goto('/glossary');
  const terms = page.locator('main h3');
  const count = await terms.count();
  expect(count, 'terms listed').toBeGreaterThan(0);
  await expect(page.locator('main > p').first()).toContainText(`${count} terms`);
  const names = await terms.allTextContents();
  // The heading's text ends with the hash link's zero-width space; sort as validateGlossary does.
  const key = (s: string) =>
    s
      .replace(/\u200b/g, '')
      .trim()
      .replace(/^[^a-z0-9]+/i, '')
      .toLowerCase();
  expect(names.map(key)).toEqual([...names.map(key)].sort());
  const ids = await terms.evaluateAll((hs) => hs.map((h) => h.id));
  expect(new Set(ids).size).toBe(count);
  await page.getByRole('navigation', {name: 'Glossary letters'}).getByRole('link', {name: 'S', exact: true}).click();
  await expect(page.locator('h2#letter-s')).toBeInViewport();
  await expect(page).toHaveURL(/#letter-s$/);
  expect(guard.consoleErrors).toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
});
