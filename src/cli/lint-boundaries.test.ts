// The architecture rule "app → core, cli → core, eval → core and cli, never back" is enforced by eslint.config.js; this checks the rule bites.
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
