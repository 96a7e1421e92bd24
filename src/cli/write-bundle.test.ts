import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../core/build-bundle.ts';
import type { Bundle } from '../core/bundle-schema.ts';
import { writeBundleFile } from './write-bundle.ts';

// The five seed articles (content/articles/00*.txt).
const DIR = 'content/articles';
const seeds = buildBundle(
  readdirSync(DIR)
    .filter((f) => /^00\d_.*\.txt$/.test(f))
    .map((file) => ({ file, text: readFileSync(`${DIR}/${file}`, 'utf8') })),
);
const work = mkdtempSync(join(tmpdir(), 'riwaya-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('writeBundleFile', () => {
  const longTitle = 'ع'.repeat(600_000);
  // Each row: a bundle → the file must hold the UTF-8 of JSON.stringify plus a line break.
  const rows: Array<[string, Bundle]> = [
    ['the seed bundle (Arabic: 2 bytes per letter)', seeds],
    ['a title outside the BMP (4 bytes per surrogate pair)', { ...seeds, title: 'رواية 📰 news' }],
    // 40 copies of the seed items: several MB, so the buffer is written out many times.
    ['a bundle many times the buffer', { ...seeds, items: Array.from({ length: 40 }, () => seeds.items).flat() }],
    // One item whose text alone is larger than the buffer (1.2 MB of UTF-8).
    ['an item larger than the buffer', { ...seeds, items: [{ ...seeds.items[0]!, title: longTitle }, seeds.items[1]!] }],
    // Three items of 3-byte characters (… is U+2026): 600 KB each, so the room kept for a piece must be 3 bytes a unit.
    ['items of 3-byte characters', { ...seeds, items: [1, 2, 3].map((k) => ({ ...seeds.items[0]!, id: `dots-${k}`, title: '…'.repeat(200_000) })) }],
  ];
  it.each(rows)('%s', (name, bundle) => {
    const path = join(work, `${rows.findIndex(([n]) => n === name)}.json`);
    const written = writeBundleFile(bundle, path);
    const expected = Buffer.from(`${JSON.stringify(bundle)}\n`, 'utf8');
    expect(written).toBe(expected.length);
    expect(readFileSync(path).equals(expected)).toBe(true);
  });
});
