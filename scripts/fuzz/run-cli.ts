/**
 * One fuzz run of the bundle CLI over many folders, in one process (scripts/fuzz.ts starts it three times: twice
 * alike and once under another time zone and locale). Prints one JSON line per folder: the exit code, what the CLI
 * printed, the time it took, and every file the process opened outside the folder (there must be none).
 *
 *   tsx scripts/fuzz/run-cli.ts <root> <out-dir> <folder>... [--time-files]
 *
 * Opened files are seen by wrapping node:fs's open and read functions before the CLI is loaded (the ES module
 * bindings follow through syncBuiltinESMExports). With --time-files, each readable article is also prepared on its
 * own and timed, so a file that takes long is named even when its folder as a whole is quick, and the collection
 * passes over the folder (entities, stories) are timed apart.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join, resolve } from 'node:path';

/** A path the process asked node:fs for: `open` for a file opened (its content read or written), else a listing or a whole-file read. */
type Opened = { path: string; write: boolean; open: boolean };
const opened: Opened[] = [];
const pathOf = (p: unknown): string | null => (typeof p === 'string' ? p : Buffer.isBuffer(p) ? p.toString('utf8') : p instanceof URL ? p.pathname : null);
const isWrite = (flags: unknown): boolean => typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' ? (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0 : false;

function watch<F extends (...args: never[]) => unknown>(owner: Record<string, unknown>, name: string, flagsAt: number | null): void {
  const original = owner[name] as F;
  owner[name] = function (this: unknown, ...args: Parameters<F>) {
    const path = pathOf(args[0]);
    if (path !== null) opened.push({ path, write: flagsAt === null ? false : isWrite(args[flagsAt]), open: flagsAt !== null });
    return original.apply(this, args);
  };
}
const syncFs = fs as unknown as Record<string, unknown>;
const promiseFs = fs.promises as unknown as Record<string, unknown>;
for (const name of ['openSync', 'open']) watch(syncFs, name, 1);
for (const name of ['readFileSync', 'readFile', 'readdirSync', 'readdir', 'opendirSync', 'opendir', 'createReadStream']) watch(syncFs, name, null);
watch(promiseFs, 'open', 1);
for (const name of ['readFile', 'readdir', 'opendir']) watch(promiseFs, name, null);
syncBuiltinESMExports();

const { main } = await import('../../src/cli/bundle.ts');
const { readArticleFolder } = await import('../../src/cli/read-articles.ts');
const { DEFAULT_NER_MODEL_PATH, readNerModel } = await import('../../src/cli/ner-model.ts');
const { assembleBundle, itemIdsOf, prepareArticle } = await import('../../src/core/build-bundle.ts');
const { FUZZ_MAX_BYTES } = await import('../../src/fuzz/hostile-folders.ts');

const args = process.argv.slice(2);
const timeFiles = args.includes('--time-files');
const [root, outDir, ...folders] = args.filter((a) => a !== '--time-files');
if (!root || !outDir) throw new Error('usage: run-cli.ts <root> <out-dir> <folder>... [--time-files]');
const model = timeFiles ? readNerModel() : null;

/** Whether `path` (as the process named it) is inside `folder`: its real path when it exists, else its own. */
function inside(path: string, realFolder: string): boolean {
  let real: string;
  try {
    real = fs.realpathSync(path);
  } catch {
    real = resolve(path);
  }
  return real === realFolder || real.startsWith(`${realFolder}/`);
}

for (const folder of folders) {
  const dir = join(root, folder);
  const realFolder = fs.realpathSync(dir);
  const output = join(outDir, `${folder}.json`);
  process.stdout.write(`${JSON.stringify({ start: folder })}\n`);
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => void out.push(a.join(' '));
  console.error = (...a: unknown[]) => void err.push(a.join(' '));
  opened.length = 0;
  const started = performance.now();
  let code: number;
  let crash: string | null = null;
  try {
    code = await main([dir, '-o', output, '--quiet', '--threads', '1', '--max-bytes', String(FUZZ_MAX_BYTES)]);
  } catch (e) {
    code = -1;
    crash = (e as Error).stack ?? String(e);
  } finally {
    console.log = log;
    console.error = error;
  }
  const ms = performance.now() - started;
  // Reads must stay in the folder; the model is read from the repository and the bundle written to its output.
  const outside = opened.filter((o) => !inside(o.path, realFolder) && resolve(o.path) !== DEFAULT_NER_MODEL_PATH && !(o.write && resolve(o.path).startsWith(resolve(outDir))));
  // The files opened for reading inside the folder, by real path: every bundled file must be among them.
  const openedInside = [...new Set(opened.filter((o) => o.open && !o.write && inside(o.path, realFolder)).map((o) => fs.realpathSync(o.path)))];
  const fileMs: Array<[string, number]> = [];
  let assembleMs = 0;
  if (model) {
    const { articles } = await readArticleFolder(dir, { maxBytes: FUZZ_MAX_BYTES });
    const ids = itemIdsOf(articles);
    const prepared = articles.map((article) => {
      const t = performance.now();
      const result = prepareArticle(article, model, ids.get(article.file));
      fileMs.push([article.file, performance.now() - t]);
      return result;
    });
    const t = performance.now();
    assembleBundle(prepared, { model });
    assembleMs = performance.now() - t;
  }
  process.stdout.write(`${JSON.stringify({ folder, code, crash, out: out.join('\n'), err: err.join('\n'), ms, fileMs, assembleMs, outside: outside.map((o) => o.path), openedInside, realFolder })}\n`);
}
