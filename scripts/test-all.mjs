#!/usr/bin/env node
// `npm test`: every check the project has, in order, failing fast on the first
// broken step. Each step is also an npm script of its own (see README).
import {spawnSync} from 'node:child_process';

const steps = [
  ['typecheck', 'npm run --silent typecheck'],
  ['lint', 'npm run --silent lint'],
  ['format', 'npm run --silent format:check'],
  ['markdownlint', 'npm run --silent lint:md'],
  ['spelling', 'npm run --silent lint:spelling'],
  ['unit tests', 'npm run --silent test:unit'],
  ['front matter', 'npm run --silent check:frontmatter'],
  ['examples', 'npm run --silent check:examples'],
  ['learning data', 'npm run --silent check:learning'],
  ['mdx', 'npm run --silent check:mdx'],
  ['diagrams', 'npm run --silent check:diagrams'],
  ['dependency audit', 'npm run --silent check:audit'],
  ['production build', 'npm run --silent build'],
  ['browser tests', 'npm run --silent test:e2e'],
  ['lighthouse', 'npm run --silent test:lighthouse'],
];

const only = process.argv.slice(2);
const selected = only.length ? steps.filter(([name]) => only.some((o) => name.includes(o))) : steps;
const results = [];
for (const [name, command] of selected) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command}`);
  const {status} = spawnSync(command, {stdio: 'inherit', shell: true});
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({name, ok: status === 0, seconds});
  if (status !== 0) {
    console.error(`✘ ${name} failed (exit ${status}) after ${seconds}s`);
    break;
  }
  console.log(`✔ ${name} (${seconds}s)`);
}

console.log('\nSummary');
for (const r of results) console.log(`  ${r.ok ? '✔' : '✘'} ${r.name.padEnd(22)} ${r.seconds}s`);
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
const notRun = selected.length - results.length;
console.log(`checks: ${passed} passed, ${failed} failed${notRun ? `, ${notRun} skipped` : ''}`);
process.exit(failed === 0 && notRun === 0 ? 0 : 1);
