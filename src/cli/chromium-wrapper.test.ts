// scripts/chromium.sh, the browser the e2e tests and bench:app launch: Chromium reads only the last --disable-features
// (and --enable-features) it is given, so the wrapper merges every list into one before starting the real browser.
// Run here with CHROME_PATH set to a stand-in that prints the arguments it receives, one per line.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WITHOUT_ADDRESS_BAR_POPUP } from '../../scripts/chromium.ts';

const dir = mkdtempSync(join(tmpdir(), 'riwaya-chromium-'));
const standIn = join(dir, 'chromium');
writeFileSync(standIn, '#!/bin/sh\nfor arg in "$@"; do printf "%s\\n" "$arg"; done\n');
chmodSync(standIn, 0o755);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const launch = (args: string[]) =>
  execFileSync('scripts/chromium.sh', args, { env: { ...process.env, CHROME_PATH: standIn }, encoding: 'utf8' }).split('\n').filter(Boolean);

describe('scripts/chromium.sh', () => {
  // Rows: what Playwright 1.65 passes (its own lists, abridged from a launch on 2026-12-06) with ours after → what
  // Chromium receives.
  const rows: Array<[string, string[], string[]]> = [
    [
      "Playwright's lists and ours",
      ['--disable-gpu', '--disable-features=PaintHolding,ThirdPartyStoragePartitioning', '--enable-features=CDPScreenshotNewSurface', '--headless', WITHOUT_ADDRESS_BAR_POPUP, 'about:blank'],
      // Chromium reads a switch wherever it stands, after the address too.
      ['--disable-gpu', '--headless', 'about:blank', `--disable-features=PaintHolding,ThirdPartyStoragePartitioning,${WITHOUT_ADDRESS_BAR_POPUP.slice('--disable-features='.length)}`, '--enable-features=CDPScreenshotNewSurface'],
    ],
    ['two lists of features to turn on', ['--enable-features=A', '--enable-features=B,C'], ['--enable-features=A,B,C']],
    ['no list: the arguments as given, spaces kept inside one', ['--user-data-dir=/tmp/a b', '--headless'], ['--user-data-dir=/tmp/a b', '--headless']],
  ];
  it.each(rows)('%s', (_case, args, expected) => {
    expect(launch(args)).toEqual(expected);
  });
});
