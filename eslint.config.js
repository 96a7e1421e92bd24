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

const appImportPatterns = [
  { group: nodeBuiltins, message: 'src/app runs in the browser: no Node built-ins.' },
  { group: ['**/cli/**', '../cli'], message: 'src/app must not depend on the CLI.' },
  { group: ['**/eval/**', '../eval', '**/test-support/**', '../test-support', '**/fuzz/**', '../fuzz'], message: 'Scoring, fuzzing and test support stay out of the app build.' },
];

const appSyntax = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Article text is untrusted: render it as text.',
  },
  noSpreadIntoCalls,
];

/**
 * src/app's folders. A feature is a page (or pages) of routes.tsx and what only it uses; features never import each
 * other: what two of them need moves down into a shared folder, and a shared folder imports no feature. Only the
 * composition root — the files directly in src/app (routes.tsx, main.tsx, prerender.tsx, …) — imports features.
 * src/cli/lint-boundaries.test.ts fails when a folder of src/app is in neither list.
 */
export const APP_FEATURES = ['reader', 'timeline', 'entities', 'compare', 'stories', 'import', 'settings'];
/**
 * shell: the layout and the components pages share (pickers, lists, search box); bundle: the data, its worker and the
 * hooks over it; state: the settings and the library (saved, read, position) with their hooks; i18n: the words; pwa:
 * the service worker's pieces (update prompt, bundle cache guard, reload on a missing chunk), which no route owns.
 */
export const APP_SHARED = ['shell', 'bundle', 'state', 'i18n', 'pwa'];

/**
 * An import path that leads, from a file in one of src/app's folders, into one of `folders`: '../reader/x.tsx',
 * '../../app/reader/x.tsx', '../reader'. `/` is written \x2F so that the same source is valid inside an esquery regex.
 */
function folderImportRegex(folders) {
  return `^(\\.\\x2F)?(\\.\\.\\x2F)+(app\\x2F)?(${folders.join('|')})(\\x2F|$)`;
}

/**
 * One config per folder of src/app: the folders it may not import, for static imports and re-exports
 * (no-restricted-imports) and for import() and `typeof import()` (no-restricted-syntax, which that rule does not
 * see). Flat config replaces a rule's options rather than merging them, so the app's own patterns and selectors are
 * repeated here for the files that have them (not the tests).
 */
function appFolderBoundaries() {
  return [...APP_FEATURES, ...APP_SHARED].flatMap((folder) => {
    const isFeature = APP_FEATURES.includes(folder);
    const forbidden = APP_FEATURES.filter((feature) => feature !== folder);
    const message = isFeature
      ? `src/app/${folder} is a feature: it does not import another feature (${forbidden.join(', ')}); move what both need to a shared folder (${APP_SHARED.join(', ')}).`
      : `src/app/${folder} is shared: it imports no feature (${forbidden.join(', ')}); only routes.tsx and the other files of src/app itself compose them.`;
    const regex = folderImportRegex(forbidden);
    const boundaryPattern = { regex, message };
    const boundarySyntax = [
      { selector: `ImportExpression[source.value=/${regex}/]`, message },
      { selector: `TSImportType[argument.literal.value=/${regex}/]`, message },
    ];
    const files = [`src/app/${folder}/**/*.{ts,tsx}`];
    const tests = [`src/app/${folder}/**/*.test.{ts,tsx}`];
    return [
      {
        files,
        ignores: tests,
        rules: {
          'no-restricted-imports': ['error', { patterns: [...appImportPatterns, boundaryPattern] }],
          'no-restricted-syntax': ['error', ...appSyntax, ...boundarySyntax],
        },
      },
      {
        files: tests,
        rules: {
          'no-restricted-imports': ['error', { patterns: [boundaryPattern] }],
          'no-restricted-syntax': ['error', ...boundarySyntax],
        },
      },
    ];
  });
}

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
      'no-restricted-imports': ['error', { patterns: appImportPatterns }],
      'no-restricted-syntax': ['error', ...appSyntax],
    },
  },
  ...appFolderBoundaries(),
);
