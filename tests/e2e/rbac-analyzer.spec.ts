import type {Locator, Page} from '@playwright/test';
import {axeViolations, expect, expectCleanPage, test} from './fixtures';

/**
 * The RBAC analyzer page (/tools/rbac-analyzer): samples, the three views,
 * the query forms, shared links, input errors, keyboard use and
 * accessibility. The engine's rules are unit-tested in src/lib/rbac; this
 * checks the page around them.
 */
const PATH = '/tools/rbac-analyzer';

const ui = (page: Page) => ({
  input: page.getByLabel('RBAC manifests (YAML or JSON)'),
  sample: page.getByLabel('Sample', {exact: true}),
  loadSample: page.getByRole('button', {name: 'Load sample'}),
  tab: (name: RegExp) => page.getByRole('tab', {name}),
  panel: page.getByRole('tabpanel'),
  findings: page
    .getByRole('tabpanel')
    .getByRole('listitem')
    .filter({has: page.getByRole('heading', {level: 3})}),
  problems: page.getByRole('alert').filter({hasText: /error/}),
});

async function loadSample(page: Page, label: string): Promise<void> {
  await ui(page).sample.selectOption({label});
  await ui(page).loadSample.click();
  // The status adds how to undo when the sample replaced the reader's own input.
  await expect(page.getByRole('status').filter({hasText: `Loaded the sample “${label}”`})).toBeVisible();
}

function finding(page: Page, title: string, subject: string): Locator {
  return ui(page).findings.filter({has: page.getByRole('heading', {name: `${title}: ${subject}`})});
}

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe violations (${state})`).toEqual([]);
}

test('opens with the classic-mistakes sample and lists its escalation findings with working article links', async ({
  page,
  guard,
}) => {
  await page.goto(PATH);
  await expect(page.getByRole('heading', {level: 1, name: 'RBAC analyzer'})).toBeVisible();
  const {input, tab} = ui(page);
  await expect(input).toHaveValue(/classic RBAC mistakes/);
  await expect(
    page.getByText('Read 12 ClusterRoles, 3 RoleBindings and 12 ClusterRoleBindings from classic-mistakes.yaml'),
  ).toBeVisible();

  // Load the other sample and back, through the picker.
  await loadSample(page, 'A safe namespace setup');
  await expect(tab(/^Findings/)).toHaveText('Findings (1)');
  await loadSample(page, 'A cluster with classic mistakes');
  await expect(tab(/^Findings/)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText(/^\d+ findings: \d+ critical/)).toBeVisible();

  for (const [title, subject] of [
    ['Cluster-admin granted cluster-wide', 'ServiceAccount:ci:deployer'],
    ['Can escalate roles', 'User:platform-bot'],
    ['Can bind roles', 'User:platform-bot'],
    ['Can impersonate users, groups or service accounts', 'ServiceAccount:tools:support-portal'],
    ['Can exec, attach or port-forward into pods', 'Group:developers'],
  ] as const) {
    const item = finding(page, title, subject);
    await expect(item, `${title}: ${subject}`).toHaveCount(1);
    await expect(item.getByText('Critical', {exact: true})).toBeVisible();
    await expect(item.getByText('Least-privilege fix')).toBeVisible();
  }
  const ciAdmin = finding(page, 'Cluster-admin granted cluster-wide', 'ServiceAccount:ci:deployer');
  await expect(ciAdmin).toContainText('ClusterRoleBinding/ci-admin → ClusterRole/cluster-admin');
  await expect(ciAdmin).toContainText(/defined at classic-mistakes\.yaml:\d+/);

  // Every article link lands on an existing section of a built page.
  const hrefs = await page
    .getByRole('link', {name: /^Read more about/})
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href') ?? ''))]);
  expect(hrefs.length).toBeGreaterThanOrEqual(10);
  const missing: string[] = [];
  for (const href of hrefs) {
    const [path = '', anchor = ''] = href.split('#');
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    // Built pages are minified, so attribute quotes are optional.
    if (!anchor || !new RegExp(`\\sid=["']?${anchor}["'\\s>]`).test(await response.text())) missing.push(href);
  }
  expect(missing, 'finding links whose section does not exist').toEqual([]);

  // And a click follows one of them.
  await finding(page, 'Can exec, attach or port-forward into pods', 'Group:developers').getByRole('link').click();
  await expect(page).toHaveURL(/\/docs\/fundamentals\/authorization\/rbac-privilege-escalation#pod-exec$/);
  await expect(page.locator('#pod-exec')).toBeInViewport();
  await expectCleanPage(page, guard);
});

test('answers who-can and can-subject questions, and moves between views with the arrow keys', async ({
  page,
  guard,
}) => {
  await page.goto(PATH);
  const {tab, panel} = ui(page);

  await tab(/^Findings/).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(tab(/^Who can/)).toBeFocused();
  await expect(tab(/^Who can/)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tab(/^Subjects/)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(tab(/^Findings/)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab(/^Subjects/)).toHaveAttribute('aria-selected', 'true');
  await expect(tab(/^Findings/)).toHaveAttribute('tabindex', '-1');

  // Subjects: the CI service account holds cluster-admin through ci-admin.
  const deployer = panel.getByRole('group').filter({hasText: 'ServiceAccount:ci:deployer'});
  await deployer.locator('summary').click();
  const clusterWide = deployer.getByRole('table', {name: /^Cluster-wide/});
  const ciAdminRows = clusterWide.getByRole('row').filter({hasText: 'ClusterRoleBinding/ci-admin'});
  await expect(ciAdminRows).toHaveCount(2); // cluster-admin's two rules: all resources, all non-resource URLs
  for (const row of await ciAdminRows.all()) await expect(row).toContainText('ClusterRole/cluster-admin');

  await tab(/^Who can/).click();
  const who = panel.getByRole('region', {name: 'Who can…'});
  await who.getByLabel('Verb').fill('create');
  await who.getByLabel('Resource', {exact: true}).fill('pods/exec');
  await who.getByLabel('Namespace (optional)').fill('payments');
  await who.getByRole('button', {name: 'Find subjects'}).click();
  await expect(who.getByRole('status')).toHaveText('3 subjects can create pods/exec in namespace "payments".');
  await expect(who.getByRole('table', {name: /ServiceAccount:ci:deployer/})).toContainText(
    'ClusterRoleBinding/ci-admin',
  );
  await expect(who.getByRole('table', {name: /Group:developers/})).toContainText('ClusterRole/pod-debugger');

  await who.getByLabel('Resource', {exact: true}).fill('pods/exec/extra');
  await who.getByRole('button', {name: 'Find subjects'}).click();
  await expect(who.getByRole('alert')).toContainText('Invalid resource "pods/exec/extra"');

  const canQuery = panel.getByRole('region', {name: 'Can subject…'});
  await canQuery.getByLabel('Subject').fill('User:platform-bot');
  await canQuery.getByLabel('Verb').fill('escalate');
  await canQuery.getByLabel('Resource', {exact: true}).fill('clusterroles.rbac.authorization.k8s.io');
  await canQuery.getByLabel('Namespace (optional)').fill('');
  await canQuery.getByRole('button', {name: 'Check access'}).click();
  await expect(canQuery.getByRole('status')).toHaveText(
    'Yes: User:platform-bot can escalate clusterroles.rbac.authorization.k8s.io (cluster-scoped).',
  );
  await expect(canQuery.getByRole('table', {name: 'Granted by'})).toContainText('ClusterRoleBinding/platform-bot-rbac');
  await canQuery.getByLabel('Subject').fill('Group:auditors');
  await canQuery.getByLabel('Verb').fill('get');
  await canQuery.getByLabel('Resource', {exact: true}).fill('secrets');
  await canQuery.getByLabel('Namespace (optional)').fill('kube-system');
  await canQuery.getByRole('button', {name: 'Check access'}).click();
  // Members of any group are authenticated, and system:authenticated may read everything.
  await expect(canQuery.getByRole('status')).toHaveText(
    'Yes: Group:auditors can get secrets in namespace "kube-system".',
  );
  await expect(
    canQuery
      .getByRole('table', {name: 'Granted by'})
      .getByRole('row')
      .filter({hasText: 'ClusterRoleBinding/everyone-reads-everything'}),
  ).toContainText('Group:system:authenticated');
  await canQuery.getByLabel('Subject').fill('User:random-employee');
  await canQuery.getByLabel('Verb').fill('delete');
  await canQuery.getByLabel('Resource', {exact: true}).fill('pods');
  await canQuery.getByLabel('Namespace (optional)').fill('payments');
  await canQuery.getByRole('button', {name: 'Check access'}).click();
  await expect(canQuery.getByRole('status')).toHaveText(
    'No: User:random-employee cannot delete pods in namespace "payments".',
  );
  await expect(canQuery.getByRole('table')).toHaveCount(0);
  await expectCleanPage(page, guard);
});

test('shares the input, view and query in the URL fragment and restores them on reload', async ({
  page,
  context,
  guard,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PATH);
  const {tab, panel} = ui(page);
  await loadSample(page, 'A safe namespace setup');
  await tab(/^Who can/).click();
  const who = panel.getByRole('region', {name: 'Who can…'});
  await who.getByLabel('Verb').fill('list');
  await who.getByLabel('Resource', {exact: true}).fill('pods');
  await who.getByLabel('Namespace (optional)').fill('shop');
  await who.getByRole('button', {name: 'Find subjects'}).click();
  await expect(who.getByRole('status')).toHaveText('2 subjects can list pods in namespace "shop".');

  await page.getByRole('button', {name: 'Copy share link'}).click();
  await expect(page.getByRole('status').filter({hasText: 'Share link copied to the clipboard.'})).toBeVisible();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/tools\/rbac-analyzer#s=[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Back to defaults, then open the link: first as a fragment change in the open page, then as a fresh load.
  await loadSample(page, 'A cluster with classic mistakes');
  await page.goto(link);
  for (const step of ['fragment change', 'reload']) {
    if (step === 'reload') await page.reload();
    await expect(ui(page).input, step).toHaveValue(/well-designed namespaced RBAC setup/);
    await expect(tab(/^Who can/), step).toHaveAttribute('aria-selected', 'true');
    const restored = panel.getByRole('region', {name: 'Who can…'});
    await expect(restored.getByLabel('Verb'), step).toHaveValue('list');
    await expect(restored.getByRole('status'), step).toHaveText('2 subjects can list pods in namespace "shop".');
  }

  // A damaged link says so, and keeps what the reader had (it never silently loads the sample).
  await page.goto(`${PATH}#s=not-a-real-state`);
  await expect(page.getByRole('alert').filter({hasText: 'The shared link is damaged'})).toBeVisible();
  await page.reload();
  await expect(page.getByRole('alert').filter({hasText: 'The shared link is damaged'})).toBeVisible();
  await expect(ui(page).input).not.toHaveValue(/classic RBAC mistakes/);
  await expectCleanPage(page, guard);
});

test('reports malformed YAML with its line, in the same words as the Pod Security checker, and analyses the rest', async ({
  page,
  context,
  guard,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(PATH);
  const {input, problems} = ui(page);
  // Paste over the sample, as a reader would: the errors then name the pasted input, not the sample.
  const broken = [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: Role',
    'metadata:',
    '  name: a',
    '   bad: [',
    'rules: 3',
  ].join('\n');
  await page.evaluate((text) => navigator.clipboard.writeText(text), broken);
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(input).toHaveValue(broken);
  await expect(problems).toContainText(/input\.yaml:\d+:\d+/);
  // The parser's own words, shared by every tool (not the YAML library's text).
  await expect(problems).toContainText('a key is followed by a nested block on the same line');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  // One bad object no longer hides the analysis of the rest; the summary says what was left out.
  await expect(page.getByText(/left out of the analysis/)).toBeVisible();

  // "Go to line" puts the caret on the reported line.
  const goTo = problems.getByRole('button', {name: /^Go to line \d+/}).first();
  const line = Number((await goTo.textContent())?.match(/line (\d+)/)?.[1]);
  await goTo.click();
  await expect(input).toBeFocused();
  const caretLine = await input.evaluate(
    (el: HTMLTextAreaElement) => el.value.slice(0, el.selectionStart).split('\n').length,
  );
  expect(caretLine).toBe(line);

  // An object-level error names the object.
  await input.fill(
    [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: RoleBinding',
      'metadata: {name: broken, namespace: dev}',
      'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: x}',
      'subjects: [{kind: User}]',
    ].join('\n'),
  );
  await expect(problems).toContainText('RoleBinding "broken" in namespace "dev"');

  // Fixed input brings the results back.
  await loadSample(page, 'A safe namespace setup');
  await expect(problems).toHaveCount(0);
  await expect(page.getByRole('tablist')).toBeVisible();
  await expectCleanPage(page, guard);
});

test('refuses files over the size cap with a clear message, and opens smaller ones', async ({page, guard}) => {
  await page.goto(PATH);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', {name: 'Open file…'}).click();
  await (
    await chooser
  ).setFiles({name: 'huge.yaml', mimeType: 'application/yaml', buffer: Buffer.alloc(12_000_000, 0x20)});
  await expect(
    page.getByRole('alert').filter({hasText: /“huge\.yaml” is 12 MB; the tools read up to \d+ MiB/}),
  ).toBeVisible();

  const small = [
    'apiVersion: rbac.authorization.k8s.io/v1',
    'kind: ClusterRoleBinding',
    'metadata: {name: oops}',
    'roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}',
    'subjects: [{kind: User, name: bob}]',
  ].join('\n');
  const chooser2 = page.waitForEvent('filechooser');
  await page.getByRole('button', {name: 'Open file…'}).click();
  await (await chooser2).setFiles({name: 'mine.yaml', mimeType: 'application/yaml', buffer: Buffer.from(small)});
  await expect(page.getByRole('status').filter({hasText: 'Opened mine.yaml'})).toBeVisible();
  await expect(page.getByText('Read 1 ClusterRoleBinding from mine.yaml.')).toBeVisible();
  await expect(finding(page, 'Cluster-admin granted cluster-wide', 'User:bob')).toHaveCount(1);
  await expectCleanPage(page, guard);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({colorScheme});

    test('every view of the analyzer is accessible', async ({page, guard}) => {
      await page.goto(PATH);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const {tab, panel, input} = ui(page);
      await expect(tab(/^Findings/)).toHaveAttribute('aria-selected', 'true');
      await expectNoAxeViolations(page, 'findings');

      await tab(/^Subjects/).click();
      await panel.locator('summary').first().click();
      await panel.getByRole('group').filter({hasText: 'ServiceAccount:ci:deployer'}).locator('summary').click();
      await expectNoAxeViolations(page, 'subjects, expanded');

      await tab(/^Who can/).click();
      await panel.getByRole('button', {name: 'Find subjects'}).click();
      await panel.getByRole('button', {name: 'Check access'}).click();
      await expect(panel.getByRole('status').first()).toContainText('subjects can');
      await expectNoAxeViolations(page, 'who can, answered');

      await page.getByRole('button', {name: 'Copy share link'}).click();
      await expect(page.getByLabel('Share link')).toBeVisible();
      await input.fill('kind: Role\nmetadata:\n  name: a\n   bad: [\n');
      await expect(ui(page).problems).toBeVisible();
      await expectNoAxeViolations(page, 'input errors');
      await expectCleanPage(page, guard);
    });
  });
}
