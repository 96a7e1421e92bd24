// src/core must run in the browser and in Node alike; src/core/tsconfig.json (no DOM lib, no Node types) makes the
// compiler reject a platform global there. This checks the config bites, on a probe file compiled in memory at a
// path inside src/core, so the test never writes into the source tree.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE_CONFIG = resolve('src/core/tsconfig.json');
const PROBE = resolve('src/core/purity-probe.ts');

function coreConfig(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(CORE_CONFIG, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  if (!parsed) throw new Error(`cannot read ${CORE_CONFIG}`);
  return parsed;
}

function diagnostics(rootNames: string[], probeSource?: string): string[] {
  const config = coreConfig();
  const host = ts.createCompilerHost(config.options);
  if (probeSource !== undefined) {
    const { getSourceFile, fileExists } = host;
    host.fileExists = (file) => file === PROBE || fileExists(file);
    host.getSourceFile = (file, language, ...rest) =>
      file === PROBE ? ts.createSourceFile(file, probeSource, language) : getSourceFile(file, language, ...rest);
  }
  const program = ts.createProgram({ rootNames, options: config.options, host });
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('src/core/tsconfig.json', () => {
  it('covers core source and leaves core tests to the root config', () => {
    const files = coreConfig().fileNames;
    expect(files).toContain(resolve('src/core/normalize.ts'));
    expect(files).toContain(resolve('src/core/platform-globals.d.ts'));
    expect(files.filter((f) => f.endsWith('.test.ts'))).toEqual([]);
  });

  // A full type check of core: about 3 s alone, 8 s while the rest of the suite runs beside it.
  const FULL_CHECK_TIMEOUT_MS = 60_000;
  it('passes on the tree as committed', () => {
    expect(diagnostics(coreConfig().fileNames)).toEqual([]);
  }, FULL_CHECK_TIMEOUT_MS);

  it('is what npm run typecheck checks', () => {
    const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>;
    expect(scripts.typecheck).toContain('-p src/core/tsconfig.json');
  });

  // Each row: a line in a core file → whether the core type check must reject it.
  const rows: Array<[string, boolean]> = [
    // Node globals (@types/node)
    ['export const home = process.env.HOME;', true],
    ["export const bytes = Buffer.from('نص');", true],
    ["export const fs = import('node:fs');", true],
    // DOM globals (lib.dom)
    ['export const title = document.title;', true],
    ['export const width = window.innerWidth;', true],
    ["export const saved = localStorage.getItem('k');", true],
    // timers and console belong to the host (DOM or Node), not to ECMAScript
    ['export const timer = setTimeout(() => 0, 1);', true],
    ["export const logged = console.log('x');", true],
    // TextEncoder is not in platform-globals.d.ts: core does not use it
    ["export const encoded = new TextEncoder().encode('x');", true],
    // what core may use: the language, Intl, and the declared TextDecoder subset (normalize.ts)
    ["export const decoded = new TextDecoder('utf-16le').decode(new Uint16Array([0x0628]));", false],
    ["export const month = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0);", false],
    ['export const joined = [3, 1, 2].toSorted().join();', false],
  ];
  it.each(rows)('%s → rejected %s', (line, rejected) => {
    const errors = diagnostics([PROBE, resolve('src/core/platform-globals.d.ts')], line);
    expect(errors.length > 0).toBe(rejected);
  });
});
