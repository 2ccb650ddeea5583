import {expect, expectCleanPage, test} from './fixtures';

/** Flows from the site foundation issue: the seed's links, components, diagrams, themes. */

const SEED_LINKS = [
  ['Understanding Kubernetes Attack Surfaces', '/docs/fundamentals/attack-surface'],
  ["The Four C's of Cloud Native Security", '/docs/fundamentals/four-cs-of-cloud-native-security'],
  ['Authentication and Access Control', '/docs/fundamentals/authentication/authentication-methods'],
  ['Authorization', '/docs/fundamentals/authorization/authorization-methods'],
] as const;

test('every link in the seed article leads to a real page', async ({page, guard}) => {
  await page.goto('/docs/fundamentals');
  const list = page.locator('article').getByRole('list').filter({hasText: 'Understanding Kubernetes Attack Surfaces'});
  for (const [text, href] of SEED_LINKS) {
    const link = list.getByRole('link', {name: text, exact: true});
    await expect(link).toHaveAttribute('href', href);
  }
  for (const [, href] of SEED_LINKS) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    await expect(page.locator('article h1')).toBeVisible();
  }
  await expectCleanPage(page, guard);
});

test('the seed article links Authorization to the authorization page, not authentication', async ({page}) => {
  await page.goto('/docs/fundamentals');
  await page.locator('article').getByRole('link', {name: 'Authorization', exact: true}).click();
  await expect(page).toHaveURL(/\/docs\/fundamentals\/authorization\/authorization-methods$/);
  await expect(page.locator('article h1')).toContainText(/authori[sz]ation/i);
});

const OLD_PATHS = [
  ['/docs/fundamentals/understanding_k8s_attack_surface', '/docs/fundamentals/attack-surface'],
  ['/docs/fundamentals/the_4_c_cloud_native_security', '/docs/fundamentals/four-cs-of-cloud-native-security'],
  [
    '/docs/fundamentals/authentication/authentication_methods',
    '/docs/fundamentals/authentication/authentication-methods',
  ],
] as const;

for (const [from, to] of OLD_PATHS) {
  test(`the seed's original path ${from} redirects to ${to}`, async ({page}) => {
    await page.goto(from);
    await expect(page).toHaveURL(new RegExp(`${to}$`));
    await expect(page.locator('article h1')).toBeVisible();
  });
}

test('the shared-responsibility table renders one row per party', async ({page, guard}) => {
  await page.goto('/docs/fundamentals');
  const table = page.getByRole('table', {name: 'Who secures what in a Kubernetes deployment'});
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveText([
    'Party',
    'What they secure',
    'Example controls',
    '4C layer',
  ]);
  await expect(table.getByRole('rowheader')).toHaveText([
    /Cloud provider/,
    /Cluster operators/,
    /Developers and DevOps teams/,
    /Security teams/,
  ]);
  await expectCleanPage(page, guard);
});

test('a Mermaid diagram renders as an SVG image for the current theme', async ({page, guard}) => {
  await page.goto('/docs/about/how-this-site-is-built');
  const figure = page.locator('figure.diagram-figure').first();
  const light = figure.locator('img.diagram--light');
  await expect(light).toBeVisible();
  await expect(light).toHaveAttribute('src', /\/diagrams\/[0-9a-f]{16}-light\.svg$/);
  await expect(light).toHaveAttribute('alt', /^Flowchart: /);
  await expect(figure.locator('img.diagram--dark')).toBeHidden();
  const loaded = await light.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  expect(loaded, 'the SVG loaded').toBe(true);
  const response = await page.request.get((await light.getAttribute('src')) ?? '');
  expect(response.headers()['content-type']).toContain('image/svg+xml');
  expect(await response.text()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  await page.emulateMedia({colorScheme: 'dark'});
  await page.reload();
  await expect(figure.locator('img.diagram--dark')).toBeVisible();
  await expect(light).toBeHidden();
  await expectCleanPage(page, guard);
});

test('dark mode toggles and persists across pages', async ({page, guard}) => {
  await page.goto('/docs/fundamentals');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', {name: /switch between dark and light mode/i});
  // The toggle cycles system → light → dark in Docusaurus 3; click until dark.
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme')) !== 'dark'; i++) await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.goto('/docs/about/how-this-site-is-built');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expectCleanPage(page, guard);
});

test('the curriculum map lists both exams and links competencies to pages', async ({page, guard}) => {
  await page.goto('/curriculum');
  await expect(page.getByRole('heading', {level: 1, name: 'KCSA and CKS curriculum map'})).toBeVisible();
  const rbacRow = page.getByRole('row', {name: /CKS-2\.1/});
  const first = rbacRow.getByRole('link').first();
  const href = await first.getAttribute('href');
  expect(href).toMatch(/^\/docs\//);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${href}/?$`));
  await expect(page.locator('article h1')).toBeVisible();
  await expectCleanPage(page, guard);
});
