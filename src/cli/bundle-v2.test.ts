/**
 * `npm run bundle -- … --format 2` (bundle-v2.ts): the files are exactly splitBundle of the format 1 bundle of the same
 * folder, whatever the number of threads; a bad file costs only itself (exit 2, reported as in format 1); a run
 * replaces the v2 folder of the previous one whole, and a failed run leaves it as it was.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle } from '../core/build-bundle.ts';
import { splitBundle } from '../core/bundle-v2/split.ts';
import type { Bundle } from '../core/bundle-schema.ts';
import { runCli } from '../test-support/run-cli.ts';
import { readNerModel } from './ner-model.ts';
import { readArticleFolder } from './read-articles.ts';

const CONTENT = 'content/articles';
const MIXED = 'test-data/fixtures/mixed-folder';
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'riwaya-cli-v2-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});


/** Every file under `dir`, by path relative to it, with its text. */
async function filesUnder(dir: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const walk = async (at: string): Promise<void> => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path);
      else found.set(relative(dir, path), await readFile(path, 'utf8'));
    }
  };
  await walk(dir);
  return found;
}

/** What format 2 must write for a folder: splitBundle of its format 1 bundle, as path → text. */
async function expectedFiles(folder: string): Promise<Map<string, string>> {
  const { articles } = await readArticleFolder(folder);
  return new Map(splitBundle(buildBundle(articles, { model: readNerModel() })).map((f) => [f.path, f.text]));
}

describe('bundle CLI --format 2', () => {
  it('writes exactly splitBundle of the format 1 bundle of content/articles, and replaces the previous v2 folder', { timeout: 120_000 }, async () => {
    const out = join(work, 'content');
    await mkdir(join(out, 'v2', 'shards'), { recursive: true });
    await writeFile(join(out, 'v2', 'shards', '0.0000000000000000.json'), '{"stale":true}');
    const { code, out: said } = await runCli([CONTENT, '-o', join(out, 'bundle.json'), '--format', '2']);
    expect(code).toBe(0);
    expect(said).toMatch(/bundled 68 articles, skipped 0, in \d+\.\d\d s .*format 2: \d+ files/);
    expect(await filesUnder(out)).toEqual(await expectedFiles(CONTENT));
  });

  it('gives the same bytes on one thread and on two, reports bad files as format 1 does, and exits 2', { timeout: 120_000 }, async () => {
    const folder = join(work, 'mixed');
    await mkdir(folder, { recursive: true });
    for (const name of await readdir(MIXED)) if (name.endsWith('.txt') || name === 'manifest.json') await writeFile(join(folder, name), await readFile(join(MIXED, name)));
    // a.TXT cannot be read (binary), so a.txt gets the plain id "a" (the listing alone would give it a-2).
    await writeFile(join(folder, 'a.TXT'), 'x\0y');
    await writeFile(join(folder, 'a.txt'), 'عنوان المقال\n\nقال الوزير اليوم إن المفاوضات مستمرة بين الطرفين.\n');
    await writeFile(join(folder, 'url.txt'), 'https://example.com/x\n');
    // b.TXT cannot be read either, so b.txt (no text but its address: its title is its id) is prepared again as "b",
    // after the terms worker was given it as "b-2": those terms are not used.
    await writeFile(join(folder, 'b.TXT'), 'x\0y');
    await writeFile(join(folder, 'b.txt'), 'https://example.com/b\n');
    // A seed article with a "كلمات دلالية" line: its tags are search terms (worked out on a worker with two threads).
    await writeFile(join(folder, 'seed.txt'), await readFile(join('content', 'articles', '001_3050791f78128683.txt')));
    const one = await runCli([folder, '-o', join(work, 'one', 'bundle.json'), '--format', '2', '--threads', '1', '--quiet']);
    const two = await runCli([folder, '-o', join(work, 'two', 'bundle.json'), '--format', '2', '--threads', '2', '--quiet']);
    const v1 = await runCli([folder, '-o', join(work, 'v1.json'), '--quiet']);
    expect([one.code, two.code, v1.code]).toEqual([2, 2, 2]);
    expect(one.err).toBe(v1.err);
    expect(two.err).toBe(v1.err);
    expect(one.err).toMatch(/skipped a\.TXT: binary file/);
    expect(one.err).toMatch(/note: url\.txt: no article text left after cleaning/);
    const expected = new Map(splitBundle(JSON.parse(await readFile(join(work, 'v1.json'), 'utf8')) as Bundle).map((f) => [f.path, f.text]));
    expect(await filesUnder(join(work, 'one'))).toEqual(expected);
    expect(await filesUnder(join(work, 'two'))).toEqual(expected);
    expect(expected.get('bundle.json')).toContain('"articles":6');
  });

  it('writes nothing and leaves the previous bundle as it was when the run fails, and no temporary file', { timeout: 60_000 }, async () => {
    const out = join(work, 'kept');
    await mkdir(join(out, 'v2'), { recursive: true });
    await writeFile(join(out, 'bundle.json'), 'previous');
    await writeFile(join(out, 'v2', 'index.json'), 'previous');
    const empty = join(work, 'empty');
    await mkdir(empty, { recursive: true });
    await writeFile(join(empty, 'blank.txt'), '   \n');
    const none = await runCli([empty, '-o', join(out, 'bundle.json'), '--format', '2', '--quiet']);
    expect(none.code).toBe(1);
    expect(none.err).toMatch(/skipped blank\.txt: empty file[^]*no usable article in .*; nothing written\./);
    const badModel = await runCli([MIXED, '-o', join(out, 'bundle.json'), '--format', '2', '--model', join(work, 'no-model.json'), '--quiet']);
    expect(badModel.code).toBe(1);
    expect(badModel.err).toMatch(/nothing written/);
    expect(await filesUnder(out)).toEqual(new Map([['bundle.json', 'previous'], [join('v2', 'index.json'), 'previous']]));
    expect((await readdir(out)).sort()).toEqual(['bundle.json', 'v2']);
  });

  it('refuses a format it does not know', async () => {
    const { code, err } = await runCli([MIXED, '-o', join(work, 'x.json'), '--format', '3']);
    expect(code).toBe(1);
    expect(err).toMatch(/--format must be 1 or 2, not "3"/);
    await expect(stat(join(work, 'x.json'))).rejects.toThrow();
  });
});
