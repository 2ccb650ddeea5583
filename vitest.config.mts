import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

// Unit tests live beside the code they test (src/lib/**, scripts/**). Playwright
// specs (tests/e2e/*.spec.ts) are run by Playwright (npm run test:e2e), never by Vitest.
export default defineConfig({
  // The same `@site/…` alias Docusaurus resolves, for modules beside components.
  resolve: {alias: {'@site': fileURLToPath(new URL('.', import.meta.url))}},
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['node_modules/**', 'build/**', '.docusaurus/**', 'tests/e2e/**'],
    environment: 'node',
    passWithNoTests: false,
  },
});
