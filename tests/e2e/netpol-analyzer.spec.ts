import type {Page} from '@playwright/test';
import {axeViolations, expect, expectCleanPage, test} from './fixtures';

/**
 * The NetworkPolicy analyzer page (/tools/netpol-analyzer): sample → matrix →
 * why panel → query form, shared links and accessibility. The engine's rules
 * are unit-tested in src/lib/netpol; this checks the page around them.
 */
const PATH = '/tools/netpol-analyzer';

const ui = (page: Page) => ({
  input: page.getByLabel('Manifests (YAML or JSON)'),
  sample: page.getByLabel('Sample', {exact: true}),
  loadSample: page.getByRole('button', {name: 'Load sample'}),
  matrix: page.getByRole('table', {name: /Connectivity matrix/}),
  why: page.getByRole('region', {name: 'Why', exact: true}),
  query: page.getByRole('form', {name: 'Ask about one connection'}),
});

async function loadSample(page: Page, label: string): Promise<void> {
  await ui(page).sample.selectOption({label});
  await ui(page).loadSample.click();
  await expect(page.getByRole('status').filter({hasText: `Loaded the sample “${label}”.`})).toBeVisible();
}

test('sample → matrix → why panel → query', async ({page, guard}) => {
  await page.goto(PATH);
  await expect(page.getByRole('heading', {level: 1, name: 'NetworkPolicy analyzer'})).toBeVisible();
  const {matrix, why, query} = ui(page);

  // The default sample: default deny with DNS allowed; the form's first question is answered.
  await expect(
    page.getByText('Read 3 Pods and workloads, 4 NetworkPolicies and 2 Namespaces from default-deny-dns.yaml.'),
  ).toBeVisible();
  await expect(matrix.getByRole('columnheader', {name: /shop\/api/})).toBeVisible();
  await expect(matrix.getByRole('rowheader', {name: /shop\/web/})).toBeVisible();
  await expect(why).toContainText('Allowed: shop/web → kube-system/coredns on UDP port 53.');

  // The AND-versus-OR trap: the two-peer policy lets the CI runner in.
  await loadSample(page, 'The AND-versus-OR selector trap');
  const orCell = matrix.getByRole('button', {name: 'platform/ci-runner to finance/ledger-db: allowed, TCP 5432'});
  const andCell = matrix.getByRole('button', {name: 'platform/ci-runner to finance/reports-db: denied'});
  await expect(orCell).toHaveText(/TCP 5432/);
  await expect(andCell).toHaveText(/denied/);

  // A cell opens its reasons, by mouse and by keyboard.
  await orCell.click();
  await expect(orCell).toHaveAttribute('aria-pressed', 'true');
  await expect(why).toContainText('Allowed: platform/ci-runner → finance/ledger-db on TCP 5432.');
  await expect(why).toContainText('finance/ledger-db-or: ingress[0], from[0], allows TCP 5432');
  await andCell.focus();
  await page.keyboard.press('Enter');
  await expect(why).toContainText(
    'Denied: platform/ci-runner → finance/reports-db on any port, by the destination’s ingress.',
  );
  await expect(why).toContainText('isolated by finance/reports-db-and');

  // The query form, with a named port resolved on the destination.
  await query.getByLabel('From', {exact: true}).fill('platform/prometheus');
  await query.getByLabel('To', {exact: true}).fill('finance/reports-db');
  await query.getByLabel('Port', {exact: true}).fill('postgres');
  await query.getByLabel('Protocol', {exact: true}).selectOption('TCP');
  await query.getByRole('button', {name: 'Check connection'}).click();
  await expect(why).toContainText('Allowed: platform/prometheus → finance/reports-db on TCP port 5432.');
  await query.getByLabel('From', {exact: true}).fill('nobody/here');
  await query.getByRole('button', {name: 'Check connection'}).click();
  await expect(why).toContainText('From: no Pod or workload "nobody/here"');

  // Outside addresses: the metadata service stays unreachable from the crawler.
  await loadSample(page, 'Egress to the internet, except cloud metadata');
  await expect(matrix.getByRole('button', {name: 'crawl/crawler to 169.254.169.254: denied'})).toBeVisible();
  await expect(matrix.getByRole('button', {name: 'crawl/crawler to 203.0.113.10: allowed, TCP 443'})).toBeVisible();
  await expect(why).toContainText('Denied: crawl/crawler → 169.254.169.254 on TCP port 80, by the source’s egress.');
  await expectCleanPage(page, guard);
});

test('shares the input and the question in the URL fragment, and reports invalid policies', async ({
  page,
  context,
  guard,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PATH);
  await loadSample(page, 'A three-tier application');
  await expect(ui(page).why).toContainText('Denied: store/frontend → store/database on TCP port 5432');
  await page.getByRole('button', {name: 'Copy share link'}).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/tools\/netpol-analyzer#s=[A-Za-z0-9_-]+$/);
  await loadSample(page, 'Default deny, with DNS allowed');
  await page.goto(link);
  await page.reload();
  await expect(ui(page).input).toHaveValue(/three-tier application/);
  await expect(ui(page).why).toContainText('Denied: store/frontend → store/database on TCP port 5432');

  await ui(page).input.fill(
    'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n  podSelector: {}\n  ingress:\n  - from:\n    - ipBlock: {cidr: 10.0.0.0/8, except: [192.168.0.0/16]}\n',
  );
  await expect(page.getByRole('alert').filter({hasText: 'must be a strict subset of `cidr`'})).toBeVisible();
  await expect(page.getByText('The input has errors')).toBeVisible();
  await expectCleanPage(page, guard);
});

test('an exercise loads, fails as given, and passes with its worked solution', async ({page, guard}) => {
  await page.goto(PATH);
  const exercise = page.locator('#exercise-frontend-to-api-8443-only');
  await exercise.getByText('Let the frontend reach the API on 8443 and nothing else', {exact: true}).click();
  await exercise.getByRole('button', {name: 'Load the exercise'}).click();
  await expect(ui(page).input).toHaveValue(/Write NetworkPolicies here/);
  await exercise.getByRole('button', {name: 'Check my answer'}).click();
  await expect(exercise.getByRole('status')).toContainText('Not yet 3 of 5 checks fail.');
  await exercise.getByText('Worked solution', {exact: true}).click();
  await exercise.getByRole('button', {name: 'Load the worked solution'}).click();
  await expect(
    ui(page).matrix.getByRole('button', {name: 'shop/frontend to shop/api: allowed, TCP 8443'}),
  ).toBeVisible();
  await exercise.getByRole('button', {name: 'Check my answer'}).click();
  await expect(exercise.getByRole('status')).toContainText('Solved All 5 checks pass.');
  await expectCleanPage(page, guard);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({colorScheme});

    test('the matrix, the why panel and the form are accessible', async ({page, guard}) => {
      await page.goto(PATH);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await expect(ui(page).matrix).toBeVisible();
      await ui(page).matrix.getByRole('button').first().click();
      await expect(ui(page).why).toContainText('Allowed: kube-system/coredns → kube-system/coredns');
      expect(await axeViolations(page)).toEqual([]);
      await expectCleanPage(page, guard);
    });
  });
}
