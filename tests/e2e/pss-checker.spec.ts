import type {Locator, Page} from '@playwright/test';
import {axeViolations, expect, expectCleanPage, test} from './fixtures';

/**
 * The Pod Security checker page (/tools/pss-checker): verdicts per object,
 * failing controls with their field, fix and article section, corrected
 * manifests, level and version switches, shared links, input errors and
 * accessibility. The checks themselves are unit-tested in src/lib/pss; this
 * checks the page around them.
 */
const PATH = '/tools/pss-checker';

const PRIVILEGED_POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: debug',
  'spec:',
  '  containers:',
  '    - name: shell',
  '      image: busybox:1.37',
  '      securityContext:',
  '        privileged: true',
].join('\n');

const PROBE_HOST_POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: probe',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: app:1.0',
  '      readinessProbe:',
  '        httpGet:',
  '          host: 169.254.169.254',
  '          port: 80',
].join('\n');

const ui = (page: Page) => ({
  input: page.getByLabel('Manifests (YAML or JSON)'),
  sample: page.getByLabel('Sample', {exact: true}),
  loadSample: page.getByRole('button', {name: 'Load sample'}),
  level: (name: 'Baseline' | 'Restricted') => page.getByRole('radio', {name}),
  version: page.getByLabel('Policy version'),
  results: page.getByRole('region', {name: 'Results'}),
  summary: page.getByRole('region', {name: 'Results'}).getByRole('status'),
  problems: page.getByRole('alert').filter({hasText: /error/}),
});

/** The card of one object, found by its heading (`Pod “debug”`). */
function card(page: Page, label: string | RegExp): Locator {
  return ui(page)
    .results.getByRole('listitem')
    .filter({has: page.getByRole('heading', {level: 3, name: label})});
}

/** One failing control inside a card, found by its heading (the control's title). */
function control(objectCard: Locator, title: string | RegExp): Locator {
  return objectCard
    .getByRole('listitem')
    .filter({has: objectCard.page().getByRole('heading', {level: 4, name: title})});
}

async function loadSample(page: Page, label: string): Promise<void> {
  await ui(page).sample.selectOption({label});
  await ui(page).loadSample.click();
  // The status adds how to undo when the sample replaced the reader's own input.
  await expect(page.getByRole('status').filter({hasText: `Loaded the sample “${label}”`})).toBeVisible();
}

/** Pastes over the whole input, as a reader would. */
async function pasteOver(page: Page, text: string): Promise<void> {
  const {input} = ui(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await input.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect(input).toHaveValue(text);
}

/** The text selected in the input, and the 1-based line it starts on. */
async function selection(input: Locator): Promise<{line: number; text: string}> {
  return input.evaluate((el: HTMLTextAreaElement) => ({
    line: el.value.slice(0, el.selectionStart).split('\n').length,
    text: el.value.slice(el.selectionStart, el.selectionEnd),
  }));
}

async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `axe violations (${state})`).toEqual([]);
}

test.beforeEach(async ({context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('fails a pasted privileged pod with the upstream detail and article link, and passes once corrected', async ({
  page,
  guard,
}) => {
  await page.goto(PATH);
  await expect(page.getByRole('heading', {level: 1, name: 'Pod Security checker'})).toBeVisible();
  const {input, level, summary} = ui(page);
  // A first visit shows the privileged-pod sample, checked against Restricted.
  await expect(input).toHaveValue(/node debugger/);
  await expect(level('Restricted')).toBeChecked();
  await expect(card(page, /Pod “node-debugger”/)).toContainText('Fails Restricted: 7 controls.');

  await pasteOver(page, PRIVILEGED_POD);
  await level('Baseline').check();
  await expect(summary).toContainText('Checked 1 pod-bearing object in input.yaml against Baseline at latest');
  const pod = card(page, 'Pod “debug” Fails');
  await expect(pod).toContainText('Document 1, line 1.');
  await expect(pod).toContainText('Fails Baseline: 1 control.');
  await expect(pod).toContainText('It meets neither Baseline nor Restricted');

  const privileged = control(pod, /^Privileged containers/);
  await expect(privileged.getByRole('heading', {level: 4})).toHaveText(
    'Privileged containers (check privileged, Baseline)',
  );
  await expect(privileged.getByRole('definition').nth(0)).toHaveText('privileged');
  await expect(privileged.getByRole('definition').nth(1)).toHaveText(
    'container "shell" must not set securityContext.privileged=true',
  );
  await expect(privileged).toContainText('spec.containers[0].securityContext.privileged');
  await expect(privileged).toContainText('Line 10: privileged: true');
  await expect(privileged).toContainText(
    'Remove securityContext.privileged (or set it to false) in container "shell".',
  );

  // "Show line 10 in input" selects the offending line in the text area.
  await privileged.getByRole('button', {name: 'Show line 10 in input'}).click();
  await expect(input).toBeFocused();
  expect(await selection(input)).toEqual({line: 10, text: '        privileged: true'});

  // The article link points at the control's section, which exists.
  const link = privileged.getByRole('link', {name: 'Read about “Privileged containers”'});
  await expect(link).toHaveAttribute('href', '/docs/fundamentals/primitives/pod-security-standards#privileged');
  const article = await page.request.get('/docs/fundamentals/primitives/pod-security-standards');
  expect(article.status()).toBe(200);
  expect(await article.text()).toMatch(/\sid=["']?privileged["'\s>]/);

  // The corrected manifest can be copied, and used in place of the input.
  const corrected = pod.getByRole('region').or(pod.locator('pre')).first();
  await expect(corrected).toContainText('privileged: false');
  await pod.getByRole('button', {name: /Copy code/}).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('privileged: false');
  await pod.getByRole('button', {name: 'Use corrected manifest'}).click();
  await expect(input).not.toHaveValue(/privileged: true/);
  await expect(summary).toContainText('Replaced Pod “debug” in the input with its corrected manifest.');
  await expect(summary).toContainText('1 passes');
  const fixed = card(page, 'Pod “debug” Passes');
  await expect(fixed).toContainText('Passes Baseline.');
  await expect(fixed.getByRole('heading', {level: 3})).toBeFocused();
  await expect(fixed.getByRole('button', {name: 'Use corrected manifest'})).toHaveCount(0);

  // Editing the YAML by hand works the same way: back to privileged, then remove it.
  await input.fill(PRIVILEGED_POD);
  await expect(card(page, 'Pod “debug” Fails')).toBeVisible();
  await input.fill(PRIVILEGED_POD.replace('privileged: true', 'privileged: false'));
  await expect(card(page, 'Pod “debug” Passes')).toBeVisible();

  // And the article link lands on the section.
  await input.fill(PRIVILEGED_POD);
  await control(card(page, 'Pod “debug” Fails'), /^Privileged containers/)
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/\/docs\/fundamentals\/primitives\/pod-security-standards#privileged$/);
  await expect(page.locator('#privileged')).toBeInViewport();
  await expectCleanPage(page, guard);
});

test('follows the level and the policy version the verdict is asked for', async ({page, guard}) => {
  await page.goto(PATH);
  const {level, version, summary} = ui(page);
  await pasteOver(page, PROBE_HOST_POD);
  await level('Baseline').check();
  const pod = card(page, /^Pod “probe”/);
  const probeHosts = control(pod, /^Probe and lifecycle hosts/);

  // The probe-host control exists from policy v1.34 on.
  await expect(pod.getByRole('heading', {level: 3})).toHaveText('Pod “probe” Fails');
  await expect(probeHosts).toContainText('container "app" uses probe or lifecycle host "169.254.169.254"');
  await expect(probeHosts.getByRole('link')).toHaveAttribute(
    'href',
    '/docs/fundamentals/primitives/pod-security-standards#host-probes-and-lifecycle',
  );
  await version.selectOption('v1.34');
  await expect(summary).toContainText('against Baseline at v1.34: 1 fails, 0 pass.');
  await expect(probeHosts).toBeVisible();
  await version.selectOption('v1.33');
  await expect(summary).toContainText('against Baseline at v1.33: 0 fail, 1 passes.');
  await expect(pod.getByRole('heading', {level: 3})).toHaveText('Pod “probe” Passes');
  await expect(pod).toContainText('Passes Baseline. It does not meet Restricted.');

  // Restricted asks for more, at every version.
  await level('Restricted').check();
  await expect(pod).toContainText('Fails Restricted: 4 controls.');
  await expect(control(pod, /^Running as non-root/)).toContainText('runAsNonRoot != true');
  await expect(control(pod, /^Running as non-root/)).toContainText('Not set in the input; spec is on line 5: spec:');

  // The hardened Deployment meets Restricted at the oldest and the newest version.
  await loadSample(page, 'Restricted-compliant Deployment');
  await expect(card(page, 'Deployment “checkout” Passes')).toContainText('Passes Restricted.');
  await version.selectOption('v1.0');
  await expect(card(page, 'Deployment “checkout” Passes')).toBeVisible();
  await version.selectOption('latest');

  // Every object of a stream and of a List gets a verdict; other kinds are listed, not checked.
  await loadSample(page, 'Multi-document mix with a List');
  await expect(summary).toContainText(
    'Checked 3 pod-bearing objects in multi-document-mix.yaml against Restricted at latest (v1.37): 2 fail, 1 passes. 2 other objects are not pod-bearing and were not checked.',
  );
  await expect(ui(page).results.getByRole('heading', {level: 3})).toHaveText([
    'Namespace “shop” Not checked',
    'Pod “probe-ssrf” Fails',
    'Service “reports” Not checked',
    'CronJob “nightly-report” Fails',
    'Job “migrate-db” Passes',
  ]);
  await expect(card(page, /^Namespace “shop”/)).toContainText('Not checked: not a pod-bearing object.');
  const cronJob = card(page, /^CronJob “nightly-report”/);
  await expect(cronJob).toContainText('Item 2 of the List in document 3, line 43, namespace shop.');
  await expect(control(cronJob, /^Capabilities \(Restricted\)/)).toContainText("Line 66: add: ['SYS_PTRACE']");
  await cronJob.getByRole('button', {name: 'Use corrected manifest'}).click();
  await expect(card(page, 'CronJob “nightly-report” Passes')).toBeVisible();
  await expect(ui(page).input).toHaveValue(/# A List: each item is checked on its own\./);
  await expectCleanPage(page, guard);
});

test('shows long inputs a page of objects at a time', async ({page, guard}) => {
  await page.goto(PATH);
  const pods = Array.from({length: 30}, (_, i) => PRIVILEGED_POD.replace('name: debug', `name: debug-${i + 1}`));
  await ui(page).input.fill(pods.join('\n---\n'));
  await expect(ui(page).summary).toContainText('Checked 30 pod-bearing objects');
  const headings = ui(page).results.getByRole('heading', {level: 3});
  await expect(headings).toHaveCount(25);
  await page.getByRole('button', {name: 'Show 5 more of 5 remaining objects'}).click();
  await expect(headings).toHaveCount(30);
  await expect(headings.last()).toHaveText('Pod “debug-30” Fails');
  await expectCleanPage(page, guard);
});

test('shares the input, level and version in the URL fragment and restores them', async ({page, guard}) => {
  await page.goto(PATH);
  const {input, level, version} = ui(page);
  await loadSample(page, 'Baseline-only web server');
  await level('Baseline').check();
  await version.selectOption('v1.30');
  await expect(card(page, 'Deployment “web” Passes')).toContainText('Passes Baseline. It does not meet Restricted.');

  await page.getByRole('button', {name: 'Copy share link'}).click();
  await expect(page.getByRole('status').filter({hasText: 'Share link copied to the clipboard.'})).toBeVisible();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/\/tools\/pss-checker#s=[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  // Back to other settings, then open the link: first as a fragment change in the open page, then as a fresh load.
  await loadSample(page, 'Privileged pod');
  await level('Restricted').check();
  await version.selectOption('latest');
  await page.goto(link);
  for (const step of ['fragment change', 'reload']) {
    if (step === 'reload') await page.reload();
    await expect(input, step).toHaveValue(/official nginx image/);
    await expect(level('Baseline'), step).toBeChecked();
    await expect(version, step).toHaveValue('v1.30');
    await expect(ui(page).summary, step).toContainText(
      'in baseline-web-server.yaml against Baseline at v1.30: 0 fail, 1 passes.',
    );
  }

  // A damaged link says so, and keeps what the reader had (it never silently loads the sample).
  await page.goto(`${PATH}#s=not-a-real-state`);
  await expect(page.getByRole('alert').filter({hasText: 'The shared link is damaged'})).toBeVisible();
  await page.reload();
  await expect(page.getByRole('alert').filter({hasText: 'The shared link is damaged'})).toBeVisible();
  await expect(input).toHaveValue(/official nginx image/);
  await expectCleanPage(page, guard);
});

test('reports malformed YAML with its line and withholds the verdicts until it is fixed', async ({page, guard}) => {
  await page.goto(PATH);
  const {input, problems, results} = ui(page);
  const broken = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', '   bad: [', 'spec: {}'].join('\n');
  await pasteOver(page, broken);
  await expect(problems).toContainText('input.yaml:4:');
  // The parser's own words, shared by every tool (not the YAML library's text).
  await expect(problems).toContainText('a key is followed by a nested block on the same line');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(results).toContainText('nothing was checked');
  await expect(results.getByRole('heading', {level: 3})).toHaveCount(0);

  await problems.getByRole('button', {name: /^Go to line 4/}).click();
  await expect(input).toBeFocused();
  expect((await selection(input)).line).toBe(4);

  await loadSample(page, 'Privileged pod');
  await expect(problems).toHaveCount(0);
  await expect(card(page, 'Pod “node-debugger” Fails')).toBeVisible();
  await expectCleanPage(page, guard);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({colorScheme});

    test('the checker is accessible after every interaction', async ({page, guard}) => {
      await page.goto(PATH);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const {input, level, version, problems} = ui(page);
      await expect(card(page, /^Pod “node-debugger”/)).toBeVisible();
      await expectNoAxeViolations(page, 'privileged pod, Restricted');

      await loadSample(page, 'Multi-document mix with a List');
      await level('Baseline').check();
      await version.selectOption('v1.33');
      await card(page, /^CronJob “nightly-report”/)
        .getByRole('button', {name: /^Show line \d+ in input$/})
        .last()
        .click();
      await expect(input).toBeFocused();
      await card(page, /^CronJob “nightly-report”/)
        .getByRole('button', {name: 'Use corrected manifest'})
        .click();
      await expect(card(page, 'CronJob “nightly-report” Passes')).toBeVisible();
      await expectNoAxeViolations(page, 'multi-document mix, Baseline v1.33, corrected');

      await page.getByRole('button', {name: 'Copy share link'}).click();
      await expect(page.getByLabel('Share link')).toBeVisible();
      await input.fill('kind: Pod\nmetadata:\n  name: a\n   bad: [\n');
      await expect(problems).toBeVisible();
      await expectNoAxeViolations(page, 'input errors');
      await expectCleanPage(page, guard);
    });
  });
}
