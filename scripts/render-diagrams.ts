/**
 * npm run diagrams — renders every ```mermaid block under docs/ to
 * static/diagrams/<key>-{light,dark}.svg with the Mermaid version the project
 * pins, in headless Chromium. Pages then show the SVGs as images and ship no
 * Mermaid JavaScript. Renders only what is missing and deletes orphans.
 *
 * npm run diagrams -- --check  fails (without rendering) when a diagram has no
 * SVG or an SVG belongs to no diagram; `npm test` runs it.
 */
import {existsSync} from 'node:fs';
import {mkdir, readdir, unlink, writeFile} from 'node:fs/promises';
import path from 'node:path';
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';
import {CHROME_FLAGS, findChrome} from '../src/lib/site/chrome';
import {diagramFileName, extractMermaidBlocks, THEMES, type DiagramTheme} from '../src/lib/diagrams/mermaid';
import {diagramKey} from '../src/plugins/remark-mermaid-static/key';
import {finish, listDocPages, readText, ROOT} from './lib';

const OUT = path.join(ROOT, 'static', 'diagrams');
const check = process.argv.includes('--check');
const require = createRequire(import.meta.url);

const MERMAID_THEMES: Record<DiagramTheme, string> = {light: 'neutral', dark: 'dark'};
const FONT = "Verdana, 'DejaVu Sans', 'Bitstream Vera Sans', sans-serif";

const pages = await listDocPages();
const wanted = new Map<string, {code: string; where: string}>();
for (const page of pages) {
  for (const block of extractMermaidBlocks(await readText(`docs/${page}`))) {
    wanted.set(diagramKey(block.code), {code: block.code, where: `docs/${page}:${block.line}`});
  }
}

await mkdir(OUT, {recursive: true});
const present = new Set((await readdir(OUT)).filter((f) => f.endsWith('.svg')));
const expected = new Set([...wanted.keys()].flatMap((key) => THEMES.map((t) => diagramFileName(key, t))));
const missing = [...wanted].filter(([key]) => THEMES.some((t) => !present.has(diagramFileName(key, t))));
const orphans = [...present].filter((f) => !expected.has(f));

if (check) {
  const problems = [
    ...missing.map(([, d]) => ({
      file: d.where,
      message: 'this Mermaid diagram has no rendered SVG; run npm run diagrams and commit static/diagrams/',
    })),
    ...orphans.map((f) => ({
      file: `static/diagrams/${f}`,
      message: 'belongs to no diagram any more; run npm run diagrams to delete it',
    })),
  ];
  finish(
    'check:diagrams',
    wanted.size,
    problems,
    `${wanted.size} diagrams in ${pages.length} pages, each rendered in ${THEMES.length} themes.`,
  );
}

for (const orphan of orphans) await unlink(path.join(OUT, orphan));
if (missing.length > 0) {
  const executablePath = findChrome(existsSync, process.env.CHROME_PATH);
  const browser = await chromium.launch({
    executablePath,
    args: [...CHROME_FLAGS],
  });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body></body></html>');
  await page.addScriptTag({path: require.resolve('mermaid/dist/mermaid.min.js')});
  for (const [key, {code, where}] of missing) {
    for (const theme of THEMES) {
      const svg = await page
        .evaluate(
          async ({code, theme, font, id}) => {
            const m = (
              window as unknown as {
                mermaid: {initialize(c: object): void; render(id: string, code: string): Promise<{svg: string}>};
              }
            ).mermaid;
            m.initialize({
              startOnLoad: false,
              securityLevel: 'strict',
              theme,
              fontFamily: font,
              flowchart: {htmlLabels: false},
              themeVariables: {fontFamily: font},
            });
            return (await m.render(id, code)).svg;
          },
          {code, theme: MERMAID_THEMES[theme], font: FONT, id: `d${key}${theme}`},
        )
        .catch((error: unknown) => {
          throw new Error(`${where}: Mermaid cannot render this diagram: ${(error as Error).message}`);
        });
      await writeFile(path.join(OUT, diagramFileName(key, theme)), `${svg}\n`);
    }
    console.log(`rendered ${key} (${where})`);
  }
  await browser.close();
}
console.log(`diagrams: ${wanted.size} diagrams; rendered ${missing.length}, deleted ${orphans.length} orphans.`);
