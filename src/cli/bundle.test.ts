import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateBundle, type Bundle } from '../core/bundle-schema.ts';
import { lostLines } from '../core/lines.ts';
import { buildBundle } from '../core/build-bundle.ts';
import { runCli } from '../test-support/run-cli.ts';
import { readArticleFolder } from './read-articles.ts';
import { readNerModel } from './ner-model.ts';

const CONTENT = 'content/articles';
const MIXED = 'test-data/fixtures/mixed-folder';
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'riwaya-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});


async function readBundle(path: string): Promise<Bundle> {
  return JSON.parse(await readFile(path, 'utf8')) as Bundle;
}

describe('bundle CLI on content/articles', () => {
  let bundle: Bundle;
  let files: string[];

  beforeAll(async () => {
    const result = await runCli([CONTENT, '-o', join(work, 'a.json'), '--quiet']);
    expect(result.code).toBe(0);
    bundle = await readBundle(join(work, 'a.json'));
    files = (await readdir(CONTENT)).filter((f) => f.endsWith('.txt')).sort();
    // One build of the 68 articles: seconds on a quiet machine, more than the default 10 s hook bound on a busy one.
  }, 60_000);

  it('writes a bundle the schema accepts', () => {
    const validation = validateBundle(bundle);
    expect(validation.ok ? [] : validation.problems).toEqual([]);
  });

  it('writes the JSON text of the bundle built from the folder and one line break, in UTF-8', async () => {
    const bytes = await readFile(join(work, 'a.json'));
    const built = buildBundle((await readArticleFolder(CONTENT)).articles, { model: readNerModel() });
    expect(bytes.equals(Buffer.from(`${JSON.stringify(built)}\n`, 'utf8'))).toBe(true);
  });

  it('has one item per article, ids equal to file names without .txt', () => {
    expect(bundle.items.map((i) => i.id).sort()).toEqual(files.map((f) => f.replace(/\.txt$/, '')));
  });

  it('keeps every non-blank raw line of every file somewhere in its item', async () => {
    const lost: Record<string, string[]> = {};
    for (const item of bundle.items) {
      const raw = await readFile(join(CONTENT, item._riwaya.source_file), 'utf8');
      const missing = lostLines(raw, item);
      if (missing.length > 0) lost[item.id] = missing;
    }
    expect(lost).toEqual({});
  });

  it('takes publication dates and outlets from the manifest', () => {
    const byId = new Map(bundle.items.map((i) => [i.id, i]));
    // seeds/manifest.json: 002 is known only to the month, so it has no RFC 3339 date_published.
    expect(byId.get('002_2274472028061bc0')?._riwaya.published).toEqual({ value: '2023-11', precision: 'month' });
    expect(byId.get('002_2274472028061bc0')?.date_published).toBeUndefined();
    expect(byId.get('000_65e48351ce8b35e2')?.date_published).toBe('2023-04-20T00:00:00Z');
    // corpus/manifest.json: outlet and url of a France 24 article.
    const france24 = byId.get('2018-03-06_france24_FR-internationalNews-277');
    expect(france24?._riwaya.outlet).toBe('فرانس 24');
    expect(france24?.url).toMatch(/^http:\/\/www\.france24\.com\/ar\//);
  });

  it('is deterministic: a second run gives byte-identical output', async () => {
    const again = await runCli([CONTENT, '-o', join(work, 'b.json'), '--quiet']);
    expect(again.code).toBe(0);
    const [first, second] = await Promise.all([readFile(join(work, 'a.json')), readFile(join(work, 'b.json'))]);
    expect(second.equals(first)).toBe(true);
  });
});

describe('bundle CLI on a folder with unusable files', () => {
  it('bundles the good files, names each bad one with its reason, and exits 2', async () => {
    const output = join(work, 'mixed.json');
    const { code, err, out } = await runCli([MIXED, '-o', output]);
    expect(code).toBe(2);
    const bundle = await readBundle(output);
    expect(bundle.items.map((i) => i.id)).toEqual(['good-004', 'good-bbc']);
    // Table: bad file → the reason the report gives (fixtures described in test-data/fixtures/mixed-folder/README.md).
    const expected: Array<[string, RegExp]> = [
      ['empty.txt', /empty file/],
      ['blank.txt', /empty file \(only white space\)/],
      ['binary.txt', /binary file \(NUL byte/],
      ['windows-1256.txt', /not UTF-8/],
    ];
    for (const [file, reason] of expected) expect(err).toMatch(new RegExp(`skipped ${file.replace('.', '\\.')}: ${reason.source}`));
    expect(out).toMatch(/bundled 2 articles, skipped 4, in \d+\.\d\d s/);
  });

  it('reports a directory and a named pipe called *.txt as not regular files, without waiting on the pipe', async () => {
    const folder = join(work, 'special');
    await mkdir(join(folder, 'folder.txt'), { recursive: true });
    await writeFile(join(folder, 'good-004.txt'), await readFile(join(MIXED, 'good-004.txt')));
    execFileSync('mkfifo', [join(folder, 'pipe.txt')]);
    const { code, err } = await runCli([folder, '-o', join(work, 'special.json'), '--quiet']);
    expect(code).toBe(2);
    expect(err).toMatch(/skipped folder\.txt: not a regular file/);
    expect(err).toMatch(/skipped pipe\.txt: not a regular file/);
    expect((await readBundle(join(work, 'special.json'))).items.map((i) => i.id)).toEqual(['good-004']);
  });

  it('skips files over --max-bytes', async () => {
    const { code, err } = await runCli([MIXED, '-o', join(work, 'small.json'), '--max-bytes', '4000', '--quiet']);
    expect(code).toBe(2);
    expect(err).toMatch(/skipped good-bbc\.txt: too large \(5310 bytes; the limit is 4000\)/);
  });
});

describe('bundle CLI errors', () => {
  it('documents itself with --help', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(0);
    for (const option of ['--output', '--title', '--max-bytes', '--model', '--quiet', 'Exit status']) expect(out).toContain(option);
  });

  it('fails with a clear message and writes nothing for a missing folder', async () => {
    const output = join(work, 'never.json');
    const { code, err } = await runCli(['no/such/folder', '-o', output]);
    expect(code).toBe(1);
    expect(err).toMatch(/no\/such\/folder: cannot read the folder \(ENOENT\)/);
    await expect(readFile(output)).rejects.toThrow();
  });

  it('names the manifest, the entry and the reason for a bad url, drops that field and bundles the rest (issue 12)', async () => {
    const folder = join(work, 'bad-manifest');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'a.txt'), 'عنوان\n\nنص المقالة.\n');
    // A javascript: link in the manifest is refused (links from untrusted input are http(s) only); before issue 12
    // it cost the whole run (exit 1, nothing written).
    await writeFile(join(folder, 'manifest.json'), JSON.stringify([{ file: 'a.txt', url: 'javascript:alert(1)', outlet: 'بي بي سي' }]));
    const { code, err } = await runCli([folder, '-o', join(work, 'bad.json')]);
    expect(code).toBe(2);
    expect(err).toMatch(/skipped manifest\.json: entry 0 \(a\.txt\): url: an http\(s\) URL on one line; that field is ignored/);
    const [item] = (await readBundle(join(work, 'bad.json'))).items;
    expect(item?.url).toBeUndefined();
    expect(item?._riwaya.outlet).toBe('بي بي سي');
  });

  // Issue 12 #4 (tester): these dates passed the CLI and the schema, then broke or misdated the app's pages.
  it.each([
    ['9999-12-31', /manifest\.json: entry 0 \(a\.txt\): published: a publication year from 1800 to 2100/],
    ['2023-02-30', /manifest\.json: entry 0 \(a\.txt\): published: a date that exists in the calendar/],
    ['0000', /manifest\.json: entry 0 \(a\.txt\): published: YYYY, YYYY-MM or YYYY-MM-DD, year 1000–9999/],
  ])('names the manifest entry and ignores an impossible publication date, bundling the article (%s)', async (published, message) => {
    const folder = join(work, `bad-date-${published}`);
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'a.txt'), 'عنوان\n\nنص المقالة.\n');
    await writeFile(join(folder, 'manifest.json'), JSON.stringify([{ file: 'a.txt', published }]));
    const output = join(work, `bad-date-${published}.json`);
    const { code, err } = await runCli([folder, '-o', output]);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    const bundle = JSON.parse(await readFile(output, 'utf8')) as { items: { _riwaya: { published: unknown } }[] };
    expect(bundle.items.map((i) => i._riwaya.published)).toEqual([null]);
  });

  it.each([
    // a path that does not exist
    ['missing', null, /missing-model\.json: cannot read the entity model \(ENOENT\)/],
    // a file that is JSON but not a model
    ['not a model', '{"format":"something-else"}', /not-a-model\.json: not a usable entity model \(not a Riwaya NER model file\)/],
  ])('names the model file and exits 1 when the model is unusable (%s)', async (name, content, message) => {
    const model = join(work, name === 'missing' ? 'missing-model.json' : 'not-a-model.json');
    if (content !== null) await writeFile(model, content);
    const output = join(work, 'no-model.json');
    const { code, err } = await runCli([CONTENT, '-o', output, '--model', model, '--quiet']);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    await expect(readFile(output)).rejects.toThrow();
  });

  it('refuses a call without -o', async () => {
    const { code, err } = await runCli([CONTENT]);
    expect(code).toBe(1);
    expect(err).toContain('-o <file>');
  });
});

describe('issue 12: one bad file never costs the others, no file outside the folder is read', () => {
  const GOOD = 'عنوان المقال\n\nقال الوزير اليوم إن المفاوضات مستمرة بين الطرفين.\n';

  it('bundles files that clean down to nothing, lone-CR files, .txt and a.txt beside a.TXT, and names them', async () => {
    const folder = join(work, 'residue');
    await mkdir(folder, { recursive: true });
    // The tester's files, each of which made the run fail the schema (exit 1, nothing written).
    const files: Array<[string, string]> = [
      ['url.txt', 'https://example.com/x\n'],
      ['ad.txt', 'إعلان\n'],
      ['zero-width.txt', '\u200B\n'],
      ['cr.txt', GOOD.replaceAll('\n', '\r')],
      ['.txt', GOOD],
      ['a.txt', GOOD],
      ['a.TXT', GOOD],
    ];
    for (const [name, text] of files) await writeFile(join(folder, name), text);
    const { code, err } = await runCli([folder, '-o', join(work, 'residue.json'), '--quiet']);
    expect(code).toBe(0);
    const bundle = await readBundle(join(work, 'residue.json'));
    expect(bundle.items.map((i) => [i._riwaya.source_file, i.id])).toEqual([
      ['.txt', 'untitled'], ['a.TXT', 'a'], ['a.txt', 'a-2'], ['ad.txt', 'ad'], ['cr.txt', 'cr'], ['url.txt', 'url'], ['zero-width.txt', 'zero-width'],
    ]);
    expect(bundle.items.find((i) => i.id === 'cr')?.content_text).toBe('قال الوزير اليوم إن المفاوضات مستمرة بين الطرفين.');
    expect(err).toMatch(/note: \.txt has the id untitled/);
    expect(err).toMatch(/note: a\.txt has the id a-2 \(a\.TXT has a\)/);
    expect(err).toMatch(/note: url\.txt: no article text left after cleaning; bundled with what was removed \(url\)/);
    // The same ids whether the articles are prepared on worker threads (each sent with the id the folder gives it)
    // or on the main thread.
    expect((await runCli([folder, '-o', join(work, 'residue-one.json'), '--quiet', '--threads', '1'])).code).toBe(0);
    expect((await runCli([folder, '-o', join(work, 'residue-two.json'), '--quiet', '--threads', '2'])).code).toBe(0);
    expect((await readFile(join(work, 'residue-two.json'))).equals(await readFile(join(work, 'residue-one.json')))).toBe(true);
  }, 60_000);

  it('reads no file through a link out of the folder, the manifest included, and never quotes it', async () => {
    const folder = join(work, 'links');
    await mkdir(folder, { recursive: true });
    await writeFile(join(work, 'outside.txt'), 'سر خارج المجلد\n');
    await writeFile(join(folder, 'good.txt'), GOOD);
    await writeFile(join(folder, 'inner-target.txt'), GOOD);
    await symlink('/etc/passwd', join(folder, 'passwd.txt'));
    await symlink('../outside.txt', join(folder, 'up.txt'));
    await symlink('inner-target.txt', join(folder, 'inner-link.txt'));
    await symlink('/etc/passwd', join(folder, 'manifest.json'));
    // npm run fuzz: a file whose name begins with two dots was taken for a path out of the folder and skipped.
    await writeFile(join(folder, '..dots.txt'), GOOD);
    const { code, err } = await runCli([folder, '-o', join(work, 'links.json'), '--quiet']);
    expect(code).toBe(2);
    for (const name of ['passwd\\.txt', 'up\\.txt', 'manifest\\.json']) expect(err).toMatch(new RegExp(`skipped ${name}: a link to a file outside the folder`));
    expect(err).not.toMatch(/root|سر/);
    const bundle = await readBundle(join(work, 'links.json'));
    // A link that stays inside the folder is an ordinary file.
    expect(bundle.items.map((i) => i._riwaya.source_file)).toEqual(['..dots.txt', 'good.txt', 'inner-link.txt', 'inner-target.txt']);
    expect(JSON.stringify(bundle)).not.toMatch(/root:|سر خارج/);
  });

  it('skips a named pipe called manifest.json without waiting on it, and bundles the articles', async () => {
    const folder = join(work, 'fifo-manifest');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'good.txt'), GOOD);
    execFileSync('mkfifo', [join(folder, 'manifest.json')]);
    const { code, err } = await runCli([folder, '-o', join(work, 'fifo.json'), '--quiet']);
    expect(code).toBe(2);
    expect(err).toMatch(/skipped manifest\.json: not a regular file; the articles are bundled without it/);
    expect((await readBundle(join(work, 'fifo.json'))).items.map((i) => i.id)).toEqual(['good']);
  });

  it('reads a manifest with a byte order mark, reports a file it names twice, and keeps the last entry', async () => {
    const folder = join(work, 'bom-manifest');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'a.txt'), GOOD);
    const entries = [{ file: 'a.txt', outlet: 'الأول' }, { file: 'a.txt', outlet: 'الثاني', url: 'https://a.com/\njavascript:alert(1)' }];
    await writeFile(join(folder, 'manifest.json'), `\uFEFF${JSON.stringify(entries)}`);
    const { code, err } = await runCli([folder, '-o', join(work, 'bom.json'), '--quiet']);
    expect(code).toBe(2);
    expect(err).toMatch(/skipped manifest\.json: entries 0 and 1 both name a\.txt; entry 1 is used/);
    expect(err).toMatch(/skipped manifest\.json: entry 1 \(a\.txt\): url: /);
    const [item] = (await readBundle(join(work, 'bom.json'))).items;
    expect(item?._riwaya.outlet).toBe('الثاني');
    expect(item?.url).toBeUndefined();
  });

  it('reports a file name that is not UTF-8 byte for byte, and bundles the others', async () => {
    const folder = join(work, 'latin1-name');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'good.txt'), GOOD);
    // "café.txt" in Latin-1: é is the byte E9, not UTF-8.
    await writeFile(Buffer.concat([Buffer.from(`${folder}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), GOOD);
    const { code, err } = await runCli([folder, '-o', join(work, 'latin1.json'), '--quiet']);
    expect(code).toBe(2);
    expect(err).toContain('skipped caf\\xE9.txt: the file name is not UTF-8');
    expect((await readBundle(join(work, 'latin1.json'))).items.map((i) => i.id)).toEqual(['good']);
  });

  it('groups skipped files by reason, every one named', async () => {
    const folder = join(work, 'grouped');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'good.txt'), GOOD);
    for (let i = 0; i < 25; i++) await writeFile(join(folder, `e${String(i).padStart(2, '0')}.txt`), i % 2 === 0 ? '' : Buffer.from([0x41, 0, 0x42]));
    const { code, err } = await runCli([folder, '-o', join(work, 'grouped.json'), '--quiet']);
    expect(code).toBe(2);
    const lines = err.split('\n').filter((l) => l.startsWith('skipped '));
    expect(lines).toHaveLength(25);
    // e00 (empty) comes first, so the empty files are listed first, then the binary ones.
    expect(lines.map((l) => (l.includes('empty file') ? 'empty' : 'binary'))).toEqual([...Array(13).fill('empty'), ...Array(12).fill('binary')]);
  });
});
