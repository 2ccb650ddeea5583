import {readFileSync} from 'node:fs';
import {test as base, expect, type Page} from '@playwright/test';

/** Everything a page did that the site promises never to do. */
export interface PageGuard {
  readonly consoleErrors: string[];
  readonly foreignRequests: string[];
  readonly failedRequests: string[];
  /** Content-Security-Policy violations reported by the browser. */
  cspViolations(): Promise<string[]>;
  /** Forgets what was recorded, for a test that checks several pages with one page object. */
  reset(): void;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/**
 * `guard` watches the page from before its first byte: console errors,
 * requests to any origin other than the site's, failed requests, and CSP
 * violations (collected by a listener installed before any page script).
 */
export const test = base.extend<{guard: PageGuard}>({
  guard: async ({page, baseURL}, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const guard = {
      consoleErrors: [] as string[],
      foreignRequests: [] as string[],
      failedRequests: [] as string[],
      cspViolations: async () => page.evaluate(() => window.__cspViolations ?? []),
      reset() {
        for (const list of [guard.consoleErrors, guard.foreignRequests, guard.failedRequests]) list.length = 0;
      },
    };
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations?.push(
          `${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
        );
      });
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') guard.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => guard.consoleErrors.push(`uncaught: ${error.message}`));
    page.on('request', (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) return;
      if (new URL(url).origin !== origin) guard.foreignRequests.push(url);
    });
    page.on('requestfailed', (request) =>
      guard.failedRequests.push(`${request.url()} ${request.failure()?.errorText ?? ''}`),
    );
    await use(guard);
  },
});

export {expect};

/** Every path listed in build/sitemap.xml. Throws if the sitemap is missing or empty. */
export function sitemapPaths(): string[] {
  const xml = readFileSync('build/sitemap.xml', 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  if (paths.length === 0) throw new Error('build/sitemap.xml lists no URLs; run the build first');
  return paths;
}

/** Asserts the page kept every promise: no errors, no other origins, no CSP violations, no cookies. */
export async function expectCleanPage(page: Page, guard: PageGuard): Promise<void> {
  expect(guard.consoleErrors, 'console errors').toEqual([]);
  expect(guard.foreignRequests, 'requests to other origins').toEqual([]);
  expect(await guard.cspViolations(), 'CSP violations').toEqual([]);
  expect(await page.context().cookies(), 'cookies').toEqual([]);
}

export {axeViolations} from './pageCheck';
