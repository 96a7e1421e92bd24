import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bundle } from '../core/bundle-schema.ts';
import { runCli } from '../test-support/run-cli.ts';

const CONTENT = 'content/articles';
let work: string;
let folderBundle: Buffer;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'riwaya-cli-feed-'));
  expect((await runCli([CONTENT, '-o', join(work, 'folder.json'), '--quiet'])).code).toBe(0);
  folderBundle = await readFile(join(work, 'folder.json'));
  // One build of the 68 articles: seconds on a quiet machine, more on a busy one.
}, 60_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('bundle CLI with a JSON Feed file as its input', () => {
  it('writes a Riwaya bundle given as input byte for byte as it is (content/articles’ own bundle read back)', async () => {
    const result = await runCli([join(work, 'folder.json'), '-o', join(work, 'again.json')]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^bundled 68 articles, skipped 0, in [\d.]+ s → /);
    expect((await readFile(join(work, 'again.json'))).equals(folderBundle)).toBe(true);
  });

  it('leaves out an item the schema refuses, says so, and exits 2 (content/articles’ bundle with one span past its text)', async () => {
    const bundle = JSON.parse(folderBundle.toString('utf8')) as Bundle;
    const broken = bundle.items[0]!;
    broken._riwaya.mentions[0]!.end = broken.content_text.length + 1;
    await writeFile(join(work, 'broken.json'), JSON.stringify(bundle));
    const result = await runCli([join(work, 'broken.json'), '-o', join(work, 'kept.json'), '--quiet']);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`skipped broken.json item ${broken.id}: left out (`);
    const kept = JSON.parse(await readFile(join(work, 'kept.json'), 'utf8')) as Bundle;
    expect(kept.items.map((i) => i.id)).toEqual(bundle.items.slice(1).map((i) => i.id));
  });

  // Each row: a file that is no feed, and the CLI's words for it.
  it.each([
    ['not JSON', 'not json', 'not valid JSON'],
    ['a JSON array (a manifest given by mistake)', '[{"file": "a.txt"}]', 'not a JSON Feed 1.x'],
    ['a bundle of another schema (v2’s entry)', '{"version": "https://jsonfeed.org/version/1.1", "items": [], "_riwaya": {"schema": 2}}', 'a Riwaya bundle the schema refuses (_riwaya.schema is 2; this program reads 1)'],
  ])('refuses %s and writes nothing', async (_name, text, words) => {
    await writeFile(join(work, 'bad.json'), text);
    const result = await runCli([join(work, 'bad.json'), '-o', join(work, 'none.json')]);
    expect(result.code).toBe(1);
    expect(result.err).toContain(words);
    await expect(readFile(join(work, 'none.json'))).rejects.toThrow();
  });

  it('bundles a feed in format 1 only', async () => {
    const result = await runCli([join(work, 'folder.json'), '-o', join(work, 'v2.json'), '--format', '2']);
    expect(result.code).toBe(1);
    expect(result.err).toContain('a JSON Feed file is bundled in format 1 only');
  });
});
