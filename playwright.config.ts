import {existsSync} from 'node:fs';
import {defineConfig} from '@playwright/test';
import {CHROME_FLAGS, findChrome} from './src/lib/site/chrome';

/**
 * Browser tests of the built site, in headless Chromium from the system
 * (Debian's `chromium`): the tests never download a browser. Set CHROME_PATH to
 * use another Chromium or Chrome binary.
 */
const executablePath = findChrome(existsSync, process.env.CHROME_PATH);

const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // The offline service worker would precache the whole site in every test;
    // tests/e2e/offline.spec.ts turns it back on where it is the subject.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [...CHROME_FLAGS],
    },
  },
  webServer: {
    command: `npx tsx tests/e2e/serve.ts`,
    env: {PORT: String(PORT)},
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
