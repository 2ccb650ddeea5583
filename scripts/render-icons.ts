/**
 * `npm run icons`: renders the app icons that make the site installable
 * (static/img/icon-192.png, icon-512.png and a maskable icon-maskable-512.png)
 * from static/img/logo.svg with the system Chromium. Run it after changing the
 * logo and commit the PNGs; the build only copies them.
 */
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findChrome} from '../src/lib/site/chrome';
import {ROOT} from './lib';

interface Icon {
  file: string;
  size: number;
  /** Share of the square the logo fills; maskable icons keep it inside the 80% safe zone. */
  fill: number;
}

const ICONS: readonly Icon[] = [
  {file: 'icon-192.png', size: 192, fill: 0.86},
  {file: 'icon-512.png', size: 512, fill: 0.86},
  {file: 'icon-maskable-512.png', size: 512, fill: 0.62},
];

async function main(): Promise<void> {
  const logo = await readFile(path.join(ROOT, 'static/img/logo.svg'), 'utf8');
  const browser = await chromium.launch({
    executablePath: findChrome(existsSync, process.env.CHROME_PATH),
    args: [...CHROME_FLAGS],
  });
  try {
    for (const icon of ICONS) {
      const page = await browser.newPage({viewport: {width: icon.size, height: icon.size}});
      const inner = Math.round(icon.size * icon.fill);
      await page.setContent(
        `<html><body style="margin:0;width:${icon.size}px;height:${icon.size}px;display:grid;place-items:center;background:#ffffff">` +
          `<div style="width:${inner}px;height:${inner}px">${logo.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body></html>`,
      );
      await page.screenshot({path: path.join(ROOT, 'static/img', icon.file)});
      await page.close();
      console.log(`icons: wrote static/img/${icon.file} (${icon.size}x${icon.size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
