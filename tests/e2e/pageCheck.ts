/**
 * The per-page check of the browser sweep, shared by tests/e2e/smoke.spec.ts
 * (which asserts on it) and `npm run bench:scale` (which times it), so the
 * benchmark measures exactly what CI runs.
 */
import {readFileSync} from 'node:fs';
import type {Page} from 'playwright-core';

/**
 * axe-core itself (pinned in package.json), injected into the
 * page once per load. The site's CSP says `frame-src 'none'`, so a page has no
 * frames for axe to reach through, and running axe inside the page is the whole
 * check: @axe-core/playwright's frame-by-frame run, which finishes each call
 * in a second blank page, made the sweep three times slower for the same
 * verdicts.
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The two colour rules axe runs by default (AAA contrast stays off, as in the full run). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: readonly {readonly target: readonly unknown[]}[];
}

/**
 * axe's violations on the page as it is now, one line each, naming up to three
 * nodes. `colorOnly` runs just the rules that read colours (contrast, links
 * told apart from text), for a second colour mode of a page
 * already checked in full: switching the theme changes colours, not the DOM.
 */
export async function axeViolations(page: Page, options: {colorOnly?: boolean} = {}): Promise<string[]> {
  if (page.frames().length > 1) throw new Error(`${page.url()} has frames; the CSP should have refused them`);
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async (rules) => {
      const axe = (window as unknown as {axe: {run: (context: Document, options: object) => Promise<unknown>}}).axe;
      const results = (await axe.run(document, {
        resultTypes: ['violations'],
        ...(rules ? {runOnly: {type: 'rule', values: rules}} : {}),
      })) as {violations: AxeViolation[]};
      return results.violations.map((v) => ({id: v.id, help: v.help, nodes: v.nodes.map((n) => ({target: n.target}))}));
    },
    options.colorOnly ? COLOUR_RULES : null,
  );
  return violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')})`,
  );
}

export interface PageCheck {
  readonly status: number | undefined;
  /** `data-theme` right after load: pages must start light. */
  readonly startTheme: string | null;
  readonly lightViolations: readonly string[];
  readonly darkViolations: readonly string[];
  /** Milliseconds to load the page, and for the whole check. */
  readonly loadMs: number;
  readonly totalMs: number;
}

/**
 * Loads `url`, runs axe in light mode, switches to dark the way the navbar
 * toggle does, waits for Infima's colour transitions, and runs axe's colour
 * rules again. One page load for both themes.
 */
export async function checkPageInBothThemes(page: Page, url: string): Promise<PageCheck> {
  const started = performance.now();
  const response = await page.goto(url, {waitUntil: 'load', timeout: 60_000});
  const loadMs = performance.now() - started;
  const startTheme = await page.locator('html').getAttribute('data-theme');
  const lightViolations = await axeViolations(page);
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const darkViolations = await axeViolations(page, {colorOnly: true});
  return {
    status: response?.status(),
    startTheme,
    lightViolations,
    darkViolations,
    loadMs,
    totalMs: performance.now() - started,
  };
}
