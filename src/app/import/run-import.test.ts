import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBundle, type Bundle } from '../../core/bundle-schema.ts';
import { exportFeed, feedText } from '../../core/export-feed.ts';
import type { NerModel } from '../../core/ner/model.ts';
import { readArticleFolder } from '../../cli/read-articles.ts';
import { readNerModel } from '../../cli/ner-model.ts';
import { runCli } from '../../test-support/run-cli.ts';
import { bytesWanted, ImportCancelled, ImportEmpty, importedArticles, relativeNames, runImport, type ImportFile, type ImportProgress } from './run-import.ts';

const CONTENT = 'content/articles';
const MIXED = 'test-data/fixtures/mixed-folder';
const SEEDS = ['000_65e48351ce8b35e2', '001_3050791f78128683', '002_2274472028061bc0', '003_3945717365d2420a', '004_1f3ba952f4cdec09'];

let model: NerModel;
let work: string;
const loadModel = () => Promise.resolve(model);

/** A folder as the browser's folder input hands it: every file, its path under the folder's name. */
async function folderFiles(dir: string, top = 'articles'): Promise<ImportFile[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map(async (name) => ({ path: `${top}/${name}`, bytes: new Uint8Array(await readFile(join(dir, name))) })));
}

beforeAll(async () => {
  model = readNerModel();
  work = await mkdtemp(join(tmpdir(), 'riwaya-import-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('runImport on content/articles (the worker’s code path, in Node)', () => {
  let cliBytes: Buffer;
  let imported: Bundle;
  const progress: ImportProgress[] = [];

  beforeAll(async () => {
    const out = join(work, 'cli.json');
    const cli = await runCli([CONTENT, '-o', out, '--quiet']);
    expect(cli.code).toBe(0);
    cliBytes = await readFile(out);
    const result = await runImport({ kind: 'files', files: await folderFiles(CONTENT) }, { loadModel, onProgress: (p) => progress.push(p), sliceMs: 0 });
    imported = result.bundle;
    // Two builds of the 68 articles: seconds on a quiet machine, more on a busy one.
  }, 120_000);

  it('gives a bundle whose JSON is byte-identical to the CLI’s bundle.json for the same folder', () => {
    expect(Buffer.from(feedText(imported), 'utf8').equals(cliBytes)).toBe(true);
  });

  it('reports progress through reading, preparing and linking, each stage counting up to its total', () => {
    const stages = [...new Set(progress.map((p) => p.stage))];
    expect(stages).toEqual(['reading', 'preparing', 'linking']);
    const preparing = progress.filter((p) => p.stage === 'preparing' && p.file !== null);
    expect(preparing.map((p) => p.done)).toEqual(preparing.map((_, i) => i + 1));
    expect(preparing.at(-1)).toMatchObject({ done: 68, total: 68 });
  });
});

describe('runImport reports what it leaves out', () => {
  it('skips the mixed folder’s bad files with the CLI’s kinds and keeps its two good ones, with their manifest entries', async () => {
    const result = await runImport({ kind: 'files', files: await folderFiles(MIXED, 'mixed-folder') }, { loadModel });
    const cli = await readArticleFolder(MIXED);
    expect(result.report.kept).toEqual([
      { file: 'good-004.txt', id: 'good-004' },
      { file: 'good-bbc.txt', id: 'good-bbc' },
    ]);
    const articleSkips = result.report.skipped.filter((s) => s.file.endsWith('.txt'));
    expect(articleSkips.map((s) => [s.file, s.kind])).toEqual(cli.skipped.map((s) => [s.file, s.kind]));
    // README.md is in the folder too: the CLI passes over it in silence, the import says it is not an article.
    expect(result.report.skipped.filter((s) => !s.file.endsWith('.txt'))).toEqual([{ file: 'README.md', kind: 'not-article' }]);
    expect(result.bundle.items.find((i) => i.id === 'good-bbc')?._riwaya.outlet).toBe('بي بي سي عربي');
  });

  it('says why with the numbers behind it: the NUL byte’s offset, a size over the limit', async () => {
    const files = await folderFiles(MIXED, 'x');
    const result = await runImport({ kind: 'files', files }, { loadModel, maxBytes: 4000 });
    const byFile = new Map(result.report.skipped.map((s) => [s.file, s]));
    expect(byFile.get('binary.txt')).toEqual({ file: 'binary.txt', kind: 'binary', values: { offset: 8 } });
    expect(byFile.get('good-bbc.txt')).toEqual({ file: 'good-bbc.txt', kind: 'too-large', values: { bytes: 5310, limit: 4000 } });
    expect(byFile.get('blank.txt')).toEqual({ file: 'blank.txt', kind: 'empty', values: { whiteSpace: 'true' } });
  });

  it('reads only what it needs of each file, and still says a file too large with its whole size', async () => {
    // The mixed folder (test-data/fixtures/mixed-folder) as the worker hands it: each file cut to bytesWanted's length.
    const files = await folderFiles(MIXED, 'x');
    const wanted = bytesWanted(files.map((f) => f.path), 4000);
    expect(Object.fromEntries(files.map((f, i) => [f.path, wanted[i]]).filter(([path]) => /good-bbc\.txt|manifest\.json|README\.md$/.test(path as string)))).toEqual({
      'x/good-bbc.txt': 4001,
      'x/manifest.json': 64 * 1024 * 1024 + 1,
      'x/README.md': 0,
    });
    expect(bytesWanted(['a/sub/b.txt', 'a/c.txt', 'a/d.png', 'a/feed.json'], 10)).toEqual([0, 11, 0, 512 * 1024 * 1024 + 1]);
    const cut = files.map((f, i) => ({ path: f.path, bytes: f.bytes.subarray(0, wanted[i]), size: f.bytes.length }));
    const whole = await runImport({ kind: 'files', files }, { loadModel, maxBytes: 4000 });
    const part = await runImport({ kind: 'files', files: cut }, { loadModel, maxBytes: 4000 });
    expect(part.report).toEqual(whole.report);
    expect(feedText(part.bundle)).toBe(feedText(whole.bundle));
  });

  it('reports a file the browser could not read and imports the others (the worker reads the files: one may be gone)', async () => {
    const files = (await folderFiles(MIXED, 'x')).filter((f) => f.path.includes('good-004'));
    const result = await runImport({ kind: 'files', files, unreadable: ['x/good-bbc.txt'] }, { loadModel });
    expect(result.report.kept).toEqual([{ file: 'good-004.txt', id: 'good-004' }]);
    expect(result.report.skipped).toEqual([{ file: 'x/good-bbc.txt', kind: 'unreadable' }]);
  });

  it('ends with ImportEmpty and the report when nothing can be used', async () => {
    const files = (await folderFiles(MIXED, 'x')).filter((f) => !f.path.includes('good-'));
    const failure = await runImport({ kind: 'files', files }, { loadModel }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ImportEmpty);
    expect((failure as ImportEmpty).report.skipped.map((s) => s.kind)).toContain('not-utf8');
  });

  it('stops at the next slice once cancelled, before the collection is linked', async () => {
    let asked = false;
    const seen: ImportProgress[] = [];
    const started = performance.now();
    const failure = await runImport(
      { kind: 'files', files: await folderFiles(CONTENT) },
      {
        loadModel,
        sliceMs: 0,
        onProgress: (p) => {
          seen.push(p);
          if (p.stage === 'preparing' && p.done === 3) asked = true;
        },
        isCancelled: () => asked,
      },
    ).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ImportCancelled);
    expect(seen.at(-1)).toMatchObject({ stage: 'preparing', done: 3 });
    // Three articles prepared, not 68 (the whole build takes seconds).
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('a pasted text', () => {
  it('is one article with the title given (seed 004 has no headline line: the manifest’s title is used)', async () => {
    const text = await readFile(join(CONTENT, '004_1f3ba952f4cdec09.txt'), 'utf8');
    const { bundle, report } = await runImport({ kind: 'text', title: 'ستولتنبرغ والناتو', text }, { loadModel });
    expect(report.kept).toEqual([{ file: 'pasted.txt', id: 'pasted' }]);
    expect(bundle.items[0]).toMatchObject({ title: 'ستولتنبرغ والناتو', _riwaya: { title_source: 'manifest' } });
    // 004 spells him two ways: one person.
    const persons = bundle._riwaya.entities.filter((e) => e.type === 'person' && e.aliases.includes('ستولتنبرج'));
    expect(persons.map((e) => e.aliases.includes('ستولتنبرغ'))).toEqual([true]);
  });
});

describe('export and import again (JSON Feed 1.1 with _riwaya)', () => {
  let bundle: Bundle;
  beforeAll(async () => {
    bundle = (await runImport({ kind: 'files', files: await folderFiles(CONTENT) }, { loadModel })).bundle;
  }, 120_000);

  it('reads the whole collection back byte for byte, building nothing again', async () => {
    const text = feedText(exportFeed(bundle));
    const again = await runImport({ kind: 'files', files: [{ path: 'riwaya.json', bytes: new TextEncoder().encode(text) }] }, { loadModel: () => Promise.reject(new Error('no model needed')) });
    expect(feedText(again.bundle)).toBe(text);
    expect(again.report.kept.map((k) => k.id)).toEqual(bundle.items.map((i) => i.id));
  });

  it('exports the five seeds alone as a file the schema accepts, with only their entities and stories, and reads them back', async () => {
    const seeds = exportFeed(bundle, new Set(SEEDS));
    const validation = validateBundle(JSON.parse(feedText(seeds)));
    expect(validation.ok ? [] : validation.problems).toEqual([]);
    expect(seeds.items.map((i) => i.id)).toEqual(SEEDS);
    expect(seeds.items).toEqual(bundle.items.filter((i) => SEEDS.includes(i.id)).map((i) => (i._riwaya.story === null || seeds._riwaya.stories.some((s) => s.id === i._riwaya.story) ? i : { ...i, _riwaya: { ...i._riwaya, story: null } })));
    const mentioned = new Set(seeds.items.flatMap((i) => i._riwaya.mentions.map((m) => m.entity)));
    expect(seeds._riwaya.entities.length).toBeLessThan(bundle._riwaya.entities.length);
    expect(seeds._riwaya.entities.every((e) => mentioned.has(e.id) || seeds.items.some((i) => i._riwaya.quotes.some((q) => q.speaker === e.id)))).toBe(true);
    const again = await runImport({ kind: 'files', files: [{ path: 'seeds.json', bytes: new TextEncoder().encode(feedText(seeds)) }] }, { loadModel });
    expect(again.bundle.items).toEqual(seeds.items);
  });

  it('the CLI reads the exported file back to the same bytes (npm run bundle -- seeds.json)', async () => {
    const text = feedText(exportFeed(bundle, new Set(SEEDS)));
    await writeFile(join(work, 'seeds.json'), text);
    const cli = await runCli([join(work, 'seeds.json'), '-o', join(work, 'seeds-cli.json'), '--quiet']);
    expect(cli.code).toBe(0);
    expect(await readFile(join(work, 'seeds-cli.json'), 'utf8')).toBe(text);
  });

  it('the CLI and the import build a plain JSON Feed to the same bytes (the seeds’ raw texts as items)', async () => {
    const items = await Promise.all(SEEDS.map(async (id) => ({ id, content_text: await readFile(join(CONTENT, `${id}.txt`), 'utf8') })));
    const feed = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'seeds', items });
    await writeFile(join(work, 'plain.json'), feed);
    const cli = await runCli([join(work, 'plain.json'), '-o', join(work, 'plain-cli.json'), '--quiet']);
    expect(cli.code).toBe(0);
    const imported = await runImport({ kind: 'files', files: [{ path: 'plain.json', bytes: new TextEncoder().encode(feed) }] }, { loadModel });
    expect(feedText(imported.bundle)).toBe(await readFile(join(work, 'plain-cli.json'), 'utf8'));
    expect(imported.bundle.items.map((i) => i.id)).toEqual(SEEDS);
  });

  it('gives every article its own id when names fold together or come twice, and the bundle passes the schema', async () => {
    // Review of the import (2026-12-04): ids `a/b` and `a?b` fold to one file name; the seeds exported twice (two
    // exports that share articles) and seed 000's own .txt beside them name the same files again.
    const text = (id: string) => readFile(join(CONTENT, `${id}.txt`), 'utf8');
    const folded = { version: 'https://jsonfeed.org/version/1.1', title: 'feed', items: [{ id: 'a/b', content_text: await text(SEEDS[0]!) }, { id: 'a?b', content_text: await text(SEEDS[1]!) }] };
    const seeds = feedText(exportFeed(bundle, new Set(SEEDS.slice(0, 2))));
    const files = [
      { path: 'folded.json', bytes: new TextEncoder().encode(JSON.stringify(folded)) },
      { path: 'one.json', bytes: new TextEncoder().encode(seeds) },
      { path: 'two.json', bytes: new TextEncoder().encode(seeds) },
      { path: `${SEEDS[0]}.txt`, bytes: new TextEncoder().encode(await text(SEEDS[0]!)) },
    ];
    const { bundle: built } = await runImport({ kind: 'files', files }, { loadModel });
    const ids = built.items.map((i) => i.id);
    expect(ids).toHaveLength(7);
    expect(new Set(ids).size).toBe(7);
    expect(new Set(built.items.map((i) => i._riwaya.source_file)).size).toBe(7);
    const validation = validateBundle(JSON.parse(feedText(built)));
    expect(validation.ok ? [] : validation.problems).toEqual([]);
  });

  it('builds a plain JSON Feed’s items (no _riwaya) as articles: content_text, title, url and day', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'feed',
      // Seed 004's text under a URL id, as a feed reader would export it.
      items: [{ id: 'https://example.org/a/004', title: 'عنوان', url: 'https://example.org/a/004', date_published: '2023-06-15T08:00:00Z', content_text: await readFile(join(CONTENT, '004_1f3ba952f4cdec09.txt'), 'utf8') }],
    };
    const { bundle: built } = await runImport({ kind: 'files', files: [{ path: 'feed.json', bytes: new TextEncoder().encode(JSON.stringify(feed)) }] }, { loadModel });
    expect(built.items.map((i) => [i.id, i.title, i.url, i._riwaya.published])).toEqual([['https-example.org-a-004', 'عنوان', 'https://example.org/a/004', { value: '2023-06-15', precision: 'day' }]]);
  });
});

describe('importedArticles', () => {
  it('lists each article’s title and its people once each, by name (seed 004: Stoltenberg spelled two ways is one name)', async () => {
    const files = await folderFiles(CONTENT);
    const seedFiles = files.filter((f) => SEEDS.some((id) => f.path.endsWith(`${id}.txt`)));
    const { bundle } = await runImport({ kind: 'files', files: seedFiles }, { loadModel });
    const listed = importedArticles(bundle);
    expect(listed.map((a) => a.title)).toEqual(bundle.items.map((i) => i.title));
    const of004 = listed.find((a) => a.id === SEEDS[4])!;
    expect(of004.people.filter((name) => /ستولتنبر[غج]/.test(name))).toHaveLength(1);
    expect(new Set(of004.people).size).toBe(of004.people.length);
  });
});

describe('relativeNames', () => {
  // Each row: what the browser gives (webkitRelativePath of a folder input, or a file input's names).
  it.each([
    [['articles/a.txt', 'articles/manifest.json'], ['a.txt', 'manifest.json']],
    [['a.txt', 'b.txt'], ['a.txt', 'b.txt']],
    [['articles/a.txt', 'articles/old/b.txt'], ['a.txt', 'old/b.txt']],
    [['one/a.txt', 'two/b.txt'], ['one/a.txt', 'two/b.txt']],
  ])('%o → %o', (paths, names) => {
    expect(relativeNames(paths)).toEqual(names);
  });
});
