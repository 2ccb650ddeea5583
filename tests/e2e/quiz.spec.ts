import {readFileSync} from 'node:fs';
import {expect, test} from './fixtures';

/**
 * Quizzes and progress: answering a question gives feedback on every option
 * and a link to the section that explains it; the answer is kept in
 * localStorage and survives a reload; progress exports to a file, resets, and
 * imports back; a file that is not ours is refused with a reason.
 */
test('answering a quiz question explains every option, and the answer survives a reload', async ({page, guard}) => {
  await page.goto('/docs/fundamentals/primitives/pod-security-standards');
  const question = page.getByRole('form', {name: /^Question 1( ·|$)/});
  await question.scrollIntoViewIfNeeded();
  await expect(question.getByRole('button', {name: 'Check answer'})).toBeDisabled();
  await question.getByLabel('Privileged only.').check();
  await question.getByRole('button', {name: 'Check answer'}).click();
  await expect(question.getByRole('status')).toContainText('Not quite');
  await expect(question.getByText('Not this one.')).toBeVisible();
  await expect(question.getByText('Correct option.')).toBeVisible();
  await expect(question.getByRole('link', {name: 'Three cumulative levels'})).toHaveAttribute(
    'href',
    '/docs/fundamentals/primitives/pod-security-standards#levels',
  );

  await question.getByRole('button', {name: 'Try again'}).click();
  await question.getByLabel('Privileged and Baseline, but not Restricted.').check();
  await question.getByRole('button', {name: 'Check answer'}).click();
  await expect(question.getByRole('status')).toContainText('Correct.');

  await page.reload();
  await expect(page.getByRole('form', {name: /^Question 1( ·|$)/})).toContainText('answered before: correct');
  await page.goto('/quiz/kcsa');
  await expect(page.getByRole('status').first()).toContainText(/1 of \d+ answered correctly/);
  expect(guard.consoleErrors).toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
});

test('progress exports to a file, resets, and imports back', async ({page, guard}) => {
  await page.goto('/quiz/kcsa');
  const question = page.getByRole('form', {name: /^Question 1( ·|$)/});
  await question.locator('input').first().check();
  await question.getByRole('button', {name: 'Check answer'}).click();

  await page.goto('/quiz');
  const panel = page.getByRole('region', {name: 'Your progress'});
  await expect(panel).toContainText('1 questions answered');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', {name: 'Export progress'}).click(),
  ]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {version: number; answers: Record<string, unknown>};
  expect(exported.version).toBe(1);
  expect(Object.keys(exported.answers)).toHaveLength(1);

  await panel.getByRole('button', {name: 'Reset progress'}).click();
  await panel.getByRole('button', {name: 'Yes, delete my progress'}).click();
  await expect(panel).toContainText('0 questions answered');

  await panel.getByLabel('Import progress').setInputFiles(file);
  await expect(panel).toContainText('1 questions answered');
  await page.reload();
  await expect(page.getByRole('region', {name: 'Your progress'})).toContainText('1 questions answered');

  await page
    .getByRole('region', {name: 'Your progress'})
    .getByLabel('Import progress')
    .setInputFiles({name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from('{"__proto__":{"x":1}}')});
  await expect(page.getByRole('region', {name: 'Your progress'}).getByRole('status')).toContainText(
    'Could not import evil.json',
  );
  expect(guard.consoleErrors).toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
});

test('an exam comes in practice sets: each set is short, the sets link to each other, and code in a question reads as code', async ({
  page,
  guard,
}) => {
  await page.goto('/quiz/kcsa');
  const nav = page.getByRole('navigation', {name: 'KCSA practice sets'});
  const links = nav.getByRole('link');
  const count = await links.count();
  expect(count, 'KCSA sets').toBeGreaterThan(1);
  await expect(nav.getByRole('link', {name: 'Set 1', exact: true})).toHaveAttribute('aria-current', 'page');
  const forms = page.getByRole('form', {name: /^Question \d+/});
  expect(await forms.count()).toBeLessThanOrEqual(25);
  expect(await forms.count()).toBeGreaterThan(0);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(`KCSA practice questions, set 1 of ${count}`);

  await nav.getByRole('link', {name: 'Set 2', exact: true}).click();
  await expect(page).toHaveURL(/\/quiz\/kcsa\/set-2$/);
  await expect(page.getByRole('heading', {level: 1})).toHaveText(`KCSA practice questions, set 2 of ${count}`);
  await expect(nav.getByRole('link', {name: 'Set 2', exact: true})).toHaveAttribute('aria-current', 'page');
  // Backticks in the bank are code spans, never shown as literal backticks.
  expect(await page.locator('main form code').count()).toBeGreaterThan(0);
  await expect(page.locator('main form').filter({hasText: '`'})).toHaveCount(0);
  await page.getByRole('link', {name: /^Next: Set 3$/}).click();
  await expect(page).toHaveURL(/\/quiz\/kcsa\/set-3$/);
  expect(guard.consoleErrors).toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
});
