import {defineConfig} from 'vitest/config';

// Unit tests live beside the code they test (src/lib/**, scripts/**). Playwright
// specs (tests/e2e/*.spec.ts) are run by scripts/e2e.ts, never by Vitest.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['node_modules/**', 'build/**', '.docusaurus/**', 'tests/e2e/**'],
    environment: 'node',
    passWithNoTests: false,
  },
});
