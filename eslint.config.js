// Lint is also the architecture check: dependencies point app → core and cli → core, never back.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'stream', 'process'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-router', 'react-router/*', 'i18next', 'react-i18next'], message: 'src/core is pure TypeScript: no UI libraries.' },
          { group: nodeBuiltins, message: 'src/core runs in the browser too: no Node built-ins.' },
          { group: ['**/app/**', '**/cli/**', '../app', '../cli'], message: 'src/core must not depend on app or cli.' },
        ],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-router', 'react-router/*'], message: 'src/cli imports core only.' },
          { group: ['**/app/**', '../app'], message: 'src/cli imports core only.' },
        ],
      }],
    },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    ignores: ['src/app/**/*.test.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'src/app runs in the browser: no Node built-ins.' },
          { group: ['**/cli/**', '../cli'], message: 'src/app must not depend on the CLI.' },
        ],
      }],
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Article text is untrusted: render it as text.',
      }],
    },
  },
);
