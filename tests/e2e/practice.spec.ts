import type {Page} from '@playwright/test';
import {axeViolations, expect, expectCleanPage, test} from './fixtures';

/**
 * Graded exercises (/practice): a reader grades the starter and sees which
 * checks fail with the engine's detail, reveals hints one at a time and the
 * worked solution, pastes the solution, grades again and sees every check
 * pass; the solved mark survives a reload and shows on the index. The
 * graders themselves, and every exercise's starter and solution, are
 * unit-tested in src/lib/exercises; this checks the page around them.
 */
const ui = (page: Page) => ({
  input: page.getByLabel('Your answer', {exact: true}),
  grade: page.getByRole('button', {name: 'Grade my answer'}),
  result: page.getByRole('region', {name: 'Result'}),
  verdict: page.getByRole('region', {name: 'Result'}).getByRole('status'),
  checks: page.getByRole('list', {name: 'Checks'}),
  hints: page.getByRole('region', {name: 'Hints'}),
  solution: page.getByRole('region', {name: 'Worked solution'}),
  title: page.getByRole('heading', {level: 1}),
});

/** Reveals the worked solution and pastes its manifest into the editor, as a reader would. */
async function pasteWorkedSolution(page: Page): Promise<void> {
  const {solution, input} = ui(page);
  await solution.getByRole('button', {name: 'Show the worked solution'}).click();
  const manifest = await solution.locator('pre').textContent();
  expect(manifest).toBeTruthy();
  await input.fill(manifest ?? '');
}

test('a Pod Security exercise: the starter fails control by control, the worked solution passes, and the solved mark persists', async ({
  page,
  guard,
}) => {
  await page.goto('/practice/pss-restricted-web-deployment');
  const {input, grade, verdict, checks, hints, title} = ui(page);
  await expect(input).toHaveValue(/nginxinc\/nginx-unprivileged:1\.30/);
  await expect(verdict).toContainText('Not graded yet.');

  await grade.click();
  await expect(verdict).toContainText(/Not yet 4 of \d+ checks fail\./);
  const runAsNonRoot = checks.getByRole('listitem').filter({hasText: '(latest): runAsNonRoot'});
  await expect(runAsNonRoot.first()).toContainText('Fail');
  await expect(runAsNonRoot.first()).toContainText('runAsNonRoot != true');

  await hints.getByRole('button', {name: 'Show a hint (1 of 3)'}).click();
  await expect(hints.getByRole('listitem')).toHaveCount(1);
  await hints.getByRole('button', {name: 'Show the next hint (2 of 3)'}).click();
  await expect(hints.getByRole('listitem')).toHaveCount(2);

  await pasteWorkedSolution(page);
  await grade.click();
  await expect(verdict).toContainText(/Solved All \d+ checks pass\./);
  await expect(checks.getByText('Fail', {exact: true})).toHaveCount(0);
  await expect(title).toContainText('Solved');

  await page.reload();
  await expect(ui(page).title).toContainText('Solved');
  await page.goto('/practice');
  await expect(page.getByRole('region', {name: 'Pod Security'}).getByText(/^1 of \d+ solved/)).toBeVisible();
  await expectCleanPage(page, guard);
});

test('an RBAC exercise: the analyzer refuses the cluster-wide binding and accepts the least-privilege answer', async ({
  page,
  guard,
}) => {
  await page.goto('/practice/rbac-ci-rollout-one-deployment');
  const {input, grade, verdict, checks} = ui(page);
  await expect(input).toHaveValue(/kind: ClusterRoleBinding/);

  await grade.click();
  await expect(verdict).toContainText(/Not yet \d+ of 10 checks fail\./);
  const secrets = checks.getByRole('listitem').filter({hasText: 'can get secrets in namespace shop: denied'});
  await expect(secrets).toContainText('Fail');
  await expect(secrets).toContainText('ClusterRoleBinding/ci-deployer → ClusterRole/edit');
  await expect(checks.getByRole('listitem').filter({hasText: 'no audit finding above low'})).toContainText('critical');

  await input.fill('kind: Role\n  rules: [\n');
  await grade.click();
  await expect(verdict).toContainText('The answer could not be read');

  await pasteWorkedSolution(page);
  await grade.click();
  await expect(verdict).toContainText('Solved All 10 checks pass.');
  await expect(ui(page).title).toContainText('Solved');

  await page.reload();
  await expect(ui(page).title).toContainText('Solved');
  await page.goto('/practice');
  await expect(page.getByRole('region', {name: 'RBAC'}).getByText(/^1 of \d+ solved/)).toBeVisible();
  await expect(
    page.getByRole('region', {name: 'RBAC'}).getByRole('listitem').filter({hasText: 'roll out one Deployment'}),
  ).toContainText('Solved');
  await expectCleanPage(page, guard);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({colorScheme});

    test('an exercise page is accessible with results, hints and the solution shown', async ({page, guard}) => {
      await page.goto('/practice/pss-baseline-privileged-exporter');
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const {grade, verdict, hints, solution} = ui(page);
      await grade.click();
      await expect(verdict).toContainText('Not yet');
      await hints.getByRole('button', {name: /Show a hint/}).click();
      await solution.getByRole('button', {name: 'Show the worked solution'}).click();
      expect(await axeViolations(page), 'axe violations').toEqual([]);

      await solution.getByRole('button', {name: 'Put the worked solution in the editor'}).focus();
      await page.keyboard.press('Enter');
      await grade.focus();
      await page.keyboard.press('Enter');
      await expect(verdict).toContainText('Solved');
      expect(await axeViolations(page), 'axe violations after solving').toEqual([]);
      await expectCleanPage(page, guard);
    });
  });
}
