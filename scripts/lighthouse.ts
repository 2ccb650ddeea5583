/**
 * npm run test:lighthouse — Lighthouse on the built site: accessibility, best
 * practices and SEO must each score 100 on the key pages. Performance is noisy
 * on shared machines, so it is measured by `npm run bench`, not gated here.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync} from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import {CHROME_FLAGS, findChrome} from '../src/lib/site/chrome';

export const LIGHTHOUSE_PAGES = [
  '/',
  '/docs/fundamentals',
  '/docs/fundamentals/threat-model',
  '/tools/pss-checker',
  '/tools/rbac-analyzer',
  '/tools/netpol-analyzer',
  '/docs/attack-vectors/compromised-sidecars',
  '/docs/hardening/cluster-hardening/rbac-least-privilege',
  '/practice/default-deny-keep-dns',
  '/quiz/kcsa',
];

export {CHROME_FLAGS};

export function chromePath(): string {
  return findChrome(existsSync, process.env.CHROME_PATH);
}

/** Starts the static server on `port` and resolves once it answers. */
export async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn('npx', ['tsx', 'tests/e2e/serve.ts'], {
    env: {...process.env, PORT: String(port)},
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error(`static server did not start on port ${port}`);
}

async function main(): Promise<void> {
  const port = 4175;
  const server = await startServer(port);
  const chrome = await chromeLauncher.launch({chromePath: chromePath(), chromeFlags: [...CHROME_FLAGS]});
  const failures: string[] = [];
  let checked = 0;
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      const result = await lighthouse(`http://127.0.0.1:${port}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['accessibility', 'best-practices', 'seo'],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
      const {categories, audits} = result.lhr;
      const scores = Object.values(categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)] as const);
      console.log(`${path}: ${scores.map(([id, s]) => `${id} ${s}`).join(', ')}`);
      for (const [id, score] of scores) {
        if (score < 100) {
          const failing = Object.values(audits)
            .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
            .map((a) => a.id);
          failures.push(`${path}: ${id} is ${score}, not 100 (failing audits: ${failing.join(', ') || 'see report'})`);
        }
      }
      checked++;
    }
  } finally {
    await chrome.kill();
    server.kill();
  }
  for (const f of failures) console.error(f);
  if (checked === 0) throw new Error('test:lighthouse checked no page');
  console.log(`test:lighthouse: ${checked} pages checked, ${failures.length} failing scores.`);
  if (failures.length > 0) process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
