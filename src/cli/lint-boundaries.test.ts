// The architecture rules "app → core, cli → core, eval → core and cli, never back" and "app features do not import each
// other" are enforced by eslint.config.js; this checks the rules bite.
import { readdirSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();
// The first lint loads every plugin and the type-aware config: seconds on a busy machine, paid here and not by a row.
beforeAll(async () => {
  await eslint.lintText('export {};\n', { filePath: 'src/core/example.ts' });
}, 60_000);

const BOUNDARY_RULES = new Set(['no-restricted-imports', 'no-restricted-properties']);

async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => BOUNDARY_RULES.has(m.ruleId ?? '')).map((m) => m.message);
}

describe('dependency direction lint', () => {
  // Each row: file, a line of it (an import, or a use of Intl.DisplayNames) → whether lint must reject it.
  const rows: Array<[string, string, boolean]> = [
    ['src/core/example.ts', "import { useState } from 'react';", true],
    ['src/core/example.ts', "import { readFile } from 'node:fs/promises';", true],
    ['src/core/example.ts', "import { readFile } from 'fs';", true],
    ['src/core/example.ts', "import { router } from '../app/router.tsx';", true],
    ['src/core/example.ts', "import { main } from '../cli/bundle.ts';", true],
    ['src/core/example.ts', "import { matchKey } from './normalize.ts';", false],
    // machine-dependent data: ICU's region names (what the gazetteer used before src/core/geo/countries.ts)
    ['src/core/example.ts', "const names = new Intl.DisplayNames(['ar'], { type: 'region' });", true],
    ['src/cli/example.ts', "const names = new Intl.DisplayNames(['ar'], { type: 'region' });", false],
    ['src/cli/example.ts', "import { HomePage } from '../app/reader/HomePage.tsx';", true],
    ['src/cli/example.ts', "import { readFile } from 'node:fs/promises';", false],
    ['src/app/example.ts', "import { main } from '../cli/bundle.ts';", true],
    ['src/app/example.ts', "import { readFileSync } from 'node:fs';", true],
    ['src/app/example.ts', "import { matchKey } from '../core/normalize.ts';", false],
    ['src/app/example.ts', "import { scoreArticle } from '../eval/score.ts';", true],
    ['src/app/example.ts', "import { contentBundle } from '../test-support/content-bundle.ts';", true],
    ['src/core/example.ts', "import { scoreArticle } from '../eval/score.ts';", true],
    ['src/core/example.ts', "import { contentBundle } from '../test-support/content-bundle.ts';", true],
    ['src/eval/example.ts', "import { HomePage } from '../app/reader/HomePage.tsx';", true],
    ['src/eval/example.ts', "import { useState } from 'react';", true],
    ['src/eval/example.ts', "import { matchKey } from '../core/normalize.ts';", false],
    ['src/eval/example.ts', "import { main } from '../cli/bundle.ts';", false],
    ['src/eval/example.ts', "import { readFile } from 'node:fs/promises';", false],
    ['src/test-support/example.ts', "import { HomePage } from '../app/reader/HomePage.tsx';", true],
    ['src/test-support/example.ts', "import { buildBundle } from '../core/build-bundle.ts';", false],
  ];
  it.each(rows)('%s: %s → rejected %s', async (file, code, rejected) => {
    const messages = await boundaryMessages(file, `${code}\nexport const used = [${code.match(/\{ (\w+) \}/)?.[1]}];\n`);
    expect(messages.length > 0).toBe(rejected);
  });
});

// Inside the app, features do not import each other, and a shared folder imports no feature (eslint.config.js,
// appFolderBoundaries). Rows marked "was" are imports the app had before they moved to a shared folder.
describe('app features do not import each other', () => {
  const rows: Array<[string, string, boolean]> = [
    // was: compare/ComparePicker.tsx → stories/use-compare-pairs.ts (now bundle/use-compare-pairs.ts)
    ['src/app/compare/example.ts', "import { useComparePairs } from '../stories/use-compare-pairs.ts';", true],
    ['src/app/compare/example.ts', "import { useComparePairs } from '../bundle/use-compare-pairs.ts';", false],
    // was: reader/ArticlePage.tsx → settings/use-settings.tsx and settings/settings-store.ts (a type), now state/
    ['src/app/reader/example.tsx', "import { useSettings } from '../settings/use-settings.tsx';", true],
    ['src/app/reader/example.tsx', "import type { Settings } from '../settings/settings-store.ts';", true],
    ['src/app/reader/example.tsx', "import { useSettings } from '../state/use-settings.tsx';", false],
    // the same feature by a longer road
    ['src/app/reader/example.tsx', "import { useSettings } from '../../app/settings/use-settings.tsx';", true],
    // was: reader/HomePage.tsx → lazy(() => import('../library/SavedGone.tsx')): a dynamic import, and its type
    ['src/app/reader/example.tsx', "const StoryPage = lazy(async () => ({ default: (await import('../stories/StoryPage.tsx')).StoryPage }));", true],
    ['src/app/reader/example.tsx', "export type TimelineModule = typeof import('../timeline/TimelinePage.tsx');", true],
    ['src/app/reader/example.tsx', "export { EntityPage } from '../entities/EntityPage.tsx';", true],
    // within a feature (reader/HomePage.tsx → ./SavedGone.tsx), and a feature's own folder named on the way
    ['src/app/reader/example.tsx', "const SavedGone = lazy(async () => ({ default: (await import('./SavedGone.tsx')).SavedGone }));", false],
    ['src/app/reader/example.tsx', "import { leadOf } from '../reader/lead.ts';", false],
    // core has a search/ folder (shell/search-text.ts imports it): not an app folder
    ['src/app/reader/example.tsx', "import { snippet } from '../../core/search/snippet.ts';", false],
    ['src/app/timeline/example.tsx', "import { VirtualList } from '../shell/VirtualList.tsx';", false],
    // a test beside a feature's code is held to the same rule
    ['src/app/stories/example.test.ts', "import { ComparePage } from '../compare/ComparePage.tsx';", true],
    ['src/app/stories/example.test.ts', "import { coverageOf } from './coverage.ts';", false],
    // was: i18n/index.ts → settings/settings-store.ts; shell/Layout.tsx → settings/use-settings.tsx
    ['src/app/i18n/example.ts', "import { loadSettings } from '../settings/settings-store.ts';", true],
    ['src/app/shell/example.tsx', "import { useSettings } from '../settings/use-settings.tsx';", true],
    ['src/app/shell/example.tsx', "const HomePage = lazy(async () => ({ default: (await import('../reader/HomePage.tsx')).HomePage }));", true],
    ['src/app/bundle/example.ts', "import { axisOf } from '../timeline/axis.ts';", true],
    ['src/app/state/example.ts', "import { SettingsPage } from '../settings/SettingsPage.tsx';", true],
    // shared → shared: shell/Layout.tsx → pwa/PwaStatus.tsx, shell/format.ts → state/settings-store.ts
    ['src/app/shell/example.tsx', "import { PwaStatus } from '../pwa/PwaStatus.tsx';", false],
    ['src/app/shell/example.tsx', "import { loadSettings } from '../state/settings-store.ts';", false],
    // the composition root (routes.tsx, main.tsx) imports features
    ['src/app/example.tsx', "const HomePage = lazy(async () => ({ default: (await import('./reader/HomePage.tsx')).HomePage }));", false],
    ['src/app/example.tsx', "import { SettingsPage } from './settings/SettingsPage.tsx';", false],
  ];
  it.each(rows)('%s: %s → rejected %s', async (filePath, code, rejected) => {
    const [result] = await eslint.lintText(`${code}\nexport const used = [${code.match(/\{ (\w+) \}/)?.[1]}];\n`, { filePath });
    const messages = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax');
    expect(messages.map((m) => m.message).join('\n')).toMatch(rejected ? /src\/app\/\w+ is (a feature|shared)/ : /^$/);
  });

  // A folder added to src/app without a place in APP_FEATURES or APP_SHARED would have no boundary at all.
  it.each(readdirSync('src/app', { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name))('src/app/%s is a feature or shared', async (folder) => {
    const config = (await eslint.calculateConfigForFile(`src/app/${folder}/example.ts`)) as { rules: Record<string, [unknown, { patterns: Array<{ message?: string }> }]> };
    const patterns = config.rules['no-restricted-imports']?.[1]?.patterns ?? [];
    expect(patterns.map((p) => p.message ?? '').filter((m) => m.startsWith(`src/app/${folder} is `))).toHaveLength(1);
  });
});

// Issue 12 #4 (tester): Math.max(...counts) over ~96k months overflowed the stack on the home and entity pages.
describe('no spreading data into a call in the app, core and cli', () => {
  const rows: Array<[string, string, boolean]> = [
    // A story cluster's members pushed with push(...) into another: tens of thousands at 100k articles.
    ['src/core/example.ts', 'export const join = (a: number[], b: number[]) => a.push(...b);', true],
    ['src/cli/example.ts', 'export const low = (counts: number[]) => Math.min(...counts);', true],
    ['src/core/example.test.ts', 'export const join = (a: number[], b: number[]) => a.push(...b);', false],
    ['src/app/example.ts', 'export const peak = (counts: number[]) => Math.max(1, ...counts);', true],
    ['src/app/example.ts', 'export const low = (counts: number[]) => Math.min(...counts);', true],
    ['src/app/example.ts', 'export const join = (a: number[], b: number[]) => a.push(...b);', true],
    ['src/app/example.ts', 'export const text = (codes: number[]) => String.fromCharCode(...codes);', true],
    ['src/app/example.ts', 'export const copy = (a: number[]) => [...a];', false],
    ['src/app/example.ts', 'export const peak = (a: number, b: number) => Math.max(a, b);', false],
  ];
  it.each(rows)('%s: %s → rejected %s', async (filePath, code, rejected) => {
    const [result] = await eslint.lintText(code, { filePath });
    const messages = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax');
    expect(messages.length > 0).toBe(rejected);
  });
});
