// Lint is also the architecture check: dependencies point app → core, cli → core and eval → core/cli, never back.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'url', 'util', 'crypto', 'stream', 'process'];

/** Every element of a spread argument goes on the stack: a large bundle or folder overflows it (RangeError). */
const noSpreadIntoCalls = {
  selector: "CallExpression:matches([callee.object.name='Math'], [callee.property.name=/^(push|unshift)$/], [callee.property.name='fromCharCode']) > SpreadElement",
  message: 'Spreading data into a call overflows the stack on large input: use a loop.',
};

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
          { group: ['**/eval/**', '../eval', '**/test-support/**', '../test-support', '**/fuzz/**', '../fuzz'], message: 'src/core must not depend on eval, fuzz or test support.' },
        ],
      }],
      // Region and language names from ICU change with the ICU a machine has, and so would the bundle.
      'no-restricted-properties': ['error', {
        object: 'Intl',
        property: 'DisplayNames',
        message: 'ICU names differ between machines: use the committed tables in src/core/geo (scripts/make-geo-table.ts).',
      }],
    },
  },
  {
    // The pipeline meets 100,000 articles and 1 MB words: the same rule as the app's.
    files: ['src/core/**/*.ts', 'src/cli/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'no-restricted-syntax': ['error', noSpreadIntoCalls] },
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
    // Scoring (npm run eval) and test support run the pipeline in Node: they may import core and cli (eval scores
    // the CLI's bundle), never the app, so core and cli results are measured without any UI code in the loop.
    files: ['src/eval/**/*.ts', 'src/test-support/**/*.ts', 'src/fuzz/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'react-router', 'react-router/*', 'i18next', 'react-i18next'], message: 'src/eval, src/fuzz and src/test-support import core and cli only.' },
          { group: ['**/app/**', '../app'], message: 'src/eval, src/fuzz and src/test-support import core and cli only.' },
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
          { group: ['**/eval/**', '../eval', '**/test-support/**', '../test-support', '**/fuzz/**', '../fuzz'], message: 'Scoring, fuzzing and test support stay out of the app build.' },
        ],
      }],
      'no-restricted-syntax': ['error', {
        selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
        message: 'Article text is untrusted: render it as text.',
      }, noSpreadIntoCalls],
    },
  },
);
