/**
 * Page-weight budgets: gzip bytes of the JavaScript and CSS a first visit to
 * a page loads. The figures live in budgets.json; raising one is a deliberate,
 * reviewed change to that file.
 */
export interface PageBudget {
  /** Maximum gzip bytes of JavaScript loaded on a first visit. */
  readonly jsGzip: number;
  /** Maximum gzip bytes of CSS loaded on a first visit. */
  readonly cssGzip: number;
}

export interface BudgetFile {
  readonly pages: Readonly<Record<string, PageBudget>>;
}

export interface PageWeight {
  readonly jsGzip: number;
  readonly cssGzip: number;
  readonly jsRaw: number;
  readonly cssRaw: number;
}

/** Every way a measured page exceeds its budget, worded for the author. */
export function overBudget(path: string, weight: PageWeight, budget: PageBudget | undefined): string[] {
  if (!budget)
    return [`${path} has no entry in budgets.json; add one (run with UPDATE_BUDGETS=1 to record the figures)`];
  const problems: string[] = [];
  if (weight.jsGzip > budget.jsGzip) {
    problems.push(
      `${path} loads ${weight.jsGzip} gzip bytes of JS, over its budget of ${budget.jsGzip} by ${weight.jsGzip - budget.jsGzip}`,
    );
  }
  if (weight.cssGzip > budget.cssGzip) {
    problems.push(
      `${path} loads ${weight.cssGzip} gzip bytes of CSS, over its budget of ${budget.cssGzip} by ${weight.cssGzip - budget.cssGzip}`,
    );
  }
  return problems;
}

/**
 * Budget entry for a measured weight: at least 1 KiB above it, rounded up to
 * the next KiB (1–2 KiB of headroom). Plain rounding left anything from 0 to
 * 1,023 B, so an 86-byte correction to an article's text could fail the build
 * while a real regression on another page passed; the headroom is now the
 * same order for every page, and a shared chunk that grows still shows.
 */
export function budgetFor(weight: PageWeight): PageBudget {
  const roundUp = (n: number): number => Math.ceil((n + 1024) / 1024) * 1024;
  return {jsGzip: roundUp(weight.jsGzip), cssGzip: roundUp(weight.cssGzip)};
}

/**
 * The ceiling for any article page, whatever budgets.json says: no more
 * gzipped JavaScript on a first visit than a doc page of stock Docusaurus
 * 3.10.2 with as many pages as this site. Every route adds to the route table
 * and chunk map every page loads, so the comparison is made at equal size:
 * `create-docusaurus@3.10.2 classic --typescript` plus 175 one-screen docs
 * (203 HTML pages; this site had 190), built with the same node_modules and
 * measured like tests/e2e/budgets.spec.ts measures ours, loads 193,038 B on a
 * doc page (2026-12-02). The first ceiling, 176,000 B, was the 6-page stock
 * site, which a 200-page site cannot be held to. Raising a page's budget
 * cannot lift an article above it; budgets.json keeps each measured page
 * within 2 KiB of its last recorded weight.
 */
export const ARTICLE_JS_CEILING = 193_000;

/** Script URLs that belong to an interactive tool and must never load on an article page. */
export const TOOL_CHUNK_PATTERN =
  /\/(pss-checker|rbac-analyzer|netpol-analyzer|pss-engine|rbac-engine|practice-workbench)[.-]/;
