// ESLint flat config: typescript-eslint strict rules for TypeScript, React and
// hooks rules for components. Generated and vendored folders are ignored.
import js from '@eslint/js';
import {defineConfig} from 'eslint/config';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {ignores: ['build/**', '.docusaurus/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**']},
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/consistent-type-imports': ['error', {fixStyle: 'inline-type-imports'}],
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: {react, 'react-hooks': reactHooks},
    settings: {react: {version: 'detect'}},
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      'react/prop-types': 'off',
    },
  },
  {
    // Pure logic must run in Node scripts, Vitest and the browser alike.
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.test.ts', 'src/lib/content/k8sSchema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@docusaurus/*', '@theme/*', '@site/*'],
              message: 'src/lib is pure TypeScript: no React or Docusaurus imports.',
            },
            {group: ['node:*'], message: 'src/lib runs in the browser too: do file IO in scripts/.'},
          ],
          paths: [
            {
              name: 'zod',
              message: "import {z} from src/lib/zod.ts: it turns off zod's eval probe, which the site's CSP reports.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: {globals: {...globals.node}},
  },
);
