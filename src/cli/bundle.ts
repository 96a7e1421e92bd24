/**
 * `npm run bundle -- <input-dir> -o <file>`: turns a folder of raw articles into a validated bundle.
 * Exit codes: 0 all files bundled; 2 bundle written but some files skipped; 1 nothing written (usage,
 * unreadable folder or manifest, no usable article, or a bundle that fails the schema).
 */
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { assembleBundle, DEFAULT_BUNDLE_TITLE, itemIdsOf, prepareArticle, type BuildOptions, type PreparedArticle, type SourceArticle } from '../core/build-bundle.ts';
import { bundleProblems, itemSchema, type Bundle } from '../core/bundle-schema.ts';
import { assignItemIds } from '../core/item-ids.ts';
import { writeBundleFile } from './write-bundle.ts';
import { NerModelFileError, readNerModel } from './ner-model.ts';
import type { NerModel } from '../core/ner/model.ts';
import { PrepareError, PreparePool } from './prepare-pool.ts';
import { Progress } from './progress.ts';
import { DEFAULT_MAX_BYTES, FolderError, openArticleFolder, readArticleFolder, type ReadResult, type SkippedFile } from './read-articles.ts';
import { FEED_MAX_BYTES, readFeedBytes, type FeedUnusable } from '../core/feed-input.ts';
import { bundleFolderV2 } from './bundle-v2.ts';
import { bundleInCappedChild } from './heap-cap.ts';
import { refusedReason, reportNotes, reportSkipped } from './report.ts';

/**
 * Below this many articles the default is the main thread alone. Starting the workers (tsx and the model in each)
 * costs about 1.2 s: the 68 articles of content/articles took 3.4 s on 2 threads against 2.2 s on one, while on the
 * 10,000 of `npm run bench` two threads saved about 0.26 ms an article (962 against 770 articles/s, 2026-12-03, two
 * cores): the two meet near 4,600 articles.
 */
export const WORKERS_FROM_ARTICLES = 5000;
/**
 * Each worker holds the model and its word cache (up to 200,000 words' scores: some 130 MB), so the default stops at
 * a few workers on a machine with many cores; --threads asks for more.
 */
const MAX_DEFAULT_THREADS = 4;

export const HELP = `Usage: npm run bundle -- <input-dir> -o <file> [options]
       npm run bundle -- <feed.json> -o <file> [options]

Reads every *.txt file (UTF-8) in <input-dir> and the optional <input-dir>/manifest.json
([{file, title?, outlet?, published?, url?}]) and writes one Riwaya bundle (JSON Feed 1.1
with the _riwaya extension, see docs/bundle-format.md). The bundle is validated against the
schema before it is written; the same input always gives byte-identical output.

Format 1 (the default) is one JSON file holding every article: for collections of a few
thousand articles. Format 2 (--format 2) is for large archives (100,000 articles): <file> is
a small entry, and the index, content shards, timeline and search postings go to a folder
v2/ beside it (replaced whole: files of a previous build do not stay). It is made in
bounded memory (the prepared articles wait in a temporary file beside <file>), and is
exactly the split of the format 1 bundle of the same folder. It runs in a child Node
process whose heap is capped in proportion to the folder (256 MiB + 4 KiB a file; V8 left
alone lets garbage grow the heap far past what the build keeps); should the build need
more, it says so and runs again without the cap (RIWAYA_HEAP_CAP=off: never a child;
RIWAYA_HEAP_CAP_MIB=<n>: this cap). The format is never chosen for you: the app reads
format 2 only from the release that says so.

Options:
  -o, --output <file>     where to write the bundle (format 2: its entry) (required)
      --format <1|2>      the bundle format (default: 1)
      --title <text>      the bundle's title (default: ${DEFAULT_BUNDLE_TITLE})
      --max-bytes <n>     skip files larger than this (default: ${DEFAULT_MAX_BYTES})
      --model <file>      the entity recogniser's model (default: models/ner-ar.json)
      --threads <n>       worker threads for the per-article stages (default: one per
                          core up to ${MAX_DEFAULT_THREADS}, here ${Math.min(availableParallelism(), MAX_DEFAULT_THREADS)}, for ${WORKERS_FROM_ARTICLES} articles or more; below that
                          the main thread alone); 1 runs everything on the main thread
      --quiet             no progress bar and no summary line
  -h, --help              show this help

The input can also be a JSON Feed file (.json): a Riwaya bundle (what this command
writes and the app's import exports) is checked and written as it is; a plain JSON Feed
1.1's items (content_text, title, url, date_published) are bundled like a folder's
articles. Format 1 only.

Only regular files inside <input-dir> are read: links out of it, devices and pipes are
skipped. Files that cannot be used (empty, binary, not UTF-8, unreadable, too large, a name
that is not UTF-8) are reported with their name and reason, grouped by reason, and skipped;
the others are bundled. A manifest that cannot be used is skipped as a whole, a bad entry
or field of it alone (and a file named twice is reported). A file with no text left after
cleaning is bundled with what was removed, and said so; a.txt beside a.TXT, or a file
named .txt, get ids a-2 and untitled, and are named.

Exit status: 0 every file bundled; 2 bundle written but some files were skipped;
1 nothing written (bad arguments, unreadable folder, manifest or model, no usable article).`;

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  title: { type: 'string' },
  'max-bytes': { type: 'string' },
  model: { type: 'string' },
  threads: { type: 'string' },
  format: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const parseCommandLine = (argv: string[]) => parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });

/** The build of a format 2 bundle in a child process with a bounded heap (heap-cap.ts), or null to run main() here. */
function cappedRun(script: string, argv: string[]): number | null {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch {
    return null;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length !== 1 || !values.output) return null;
  return bundleInCappedChild(script, argv, positionals[0]!, values.output, values.format === '2');
}

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    console.error(`riwaya bundle: ${(error as Error).message}\n\n${HELP}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1 || !values.output) {
    console.error(`riwaya bundle: give one input folder and -o <file>.\n\n${HELP}`);
    return 1;
  }
  const maxBytes = values['max-bytes'] === undefined ? DEFAULT_MAX_BYTES : Number(values['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes <= 0) {
    console.error(`riwaya bundle: --max-bytes must be a positive whole number, not "${values['max-bytes']}".`);
    return 1;
  }

  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads <= 0)) {
    console.error(`riwaya bundle: --threads must be a positive whole number, not "${values.threads}".`);
    return 1;
  }

  const format = values.format === undefined ? 1 : Number(values.format);
  if (format !== 1 && format !== 2) {
    console.error(`riwaya bundle: --format must be 1 or 2, not "${values.format}".`);
    return 1;
  }

  const started = performance.now();
  // Asked for: started before the folder is read, so that the workers load the model meanwhile. By default: once
  // the folder's size is known, and only for a large one.
  let pool = threads !== undefined && threads > 1 ? new PreparePool({ threads, modelPath: values.model }) : null;
  const poolFor = (articles: number): PreparePool | null => {
    if (threads === undefined && articles >= WORKERS_FROM_ARTICLES && availableParallelism() > 1) {
      pool = new PreparePool({ threads: Math.min(availableParallelism(), MAX_DEFAULT_THREADS), modelPath: values.model });
    }
    return pool;
  };
  try {
    return await bundleFolder(input, values.output, { maxBytes, title: values.title, model: values.model, quiet: values.quiet, format }, poolFor, started);
  } finally {
    await pool?.close();
  }
}

interface BundleSettings {
  maxBytes: number;
  title: string | undefined;
  model: string | undefined;
  quiet: boolean;
  format: 1 | 2;
}

async function bundleFolder(input: string, output: string, values: BundleSettings, poolFor: (articles: number) => PreparePool | null, started: number): Promise<number> {
  const { maxBytes } = values;
  const showProgress = !values.quiet && process.stderr.isTTY === true;
  if (isFeedInput(input)) return bundleFeed(input, output, values, poolFor, started);
  if (values.format === 2) return bundleV2(input, output, values, poolFor, started, showProgress);
  const progress = new Progress(showProgress);
  progress.start('reading', 0);
  let result;
  try {
    result = await readArticleFolder(input, {
      maxBytes,
      onFile: showProgress
        ? (done, total, file) => {
            if (done === 1) progress.start('reading', total);
            progress.update(done, file);
          }
        : undefined,
    });
  } catch (error) {
    if (error instanceof FolderError) {
      console.error(`riwaya bundle: ${error.message}`);
      return 1;
    }
    throw error;
  }
  progress.end();
  return buildAndWrite(input, output, result, values, poolFor, started);
}

/** The articles read (from a folder, or a plain JSON Feed), built, checked and written as a format 1 bundle. */
async function buildAndWrite(input: string, output: string, result: ReadResult, values: BundleSettings, poolFor: (articles: number) => PreparePool | null, started: number): Promise<number> {
  const skipped = [...result.skipped];
  for (const file of result.unmatchedManifestEntries) console.error(`note: manifest.json names ${file}, which is not in ${input}`);
  if (result.articles.length === 0) {
    reportSkipped(skipped);
    console.error(`riwaya bundle: no usable article in ${input}; nothing written.`);
    return 1;
  }

  const model = modelOrReport(values.model);
  if (model === null) return 1;
  const options: BuildOptions = { ...(values.title ? { title: values.title } : {}), model };
  const pool = poolFor(result.articles.length);
  // On the main thread, or prepared on the worker threads (each article with the id the whole folder gives it).
  const build = async (list: SourceArticle[]): Promise<Bundle> => {
    const ids = itemIdsOf(list);
    if (pool === null) {
      // One article at a time, so that one whose preparation throws (no known input does) costs only its file.
      const prepared: PreparedArticle[] = [];
      for (const article of list) {
        try {
          prepared.push(prepareArticle(article, options.model, ids.get(article.file)));
        } catch (error) {
          skipped.push({ file: article.file, kind: 'prepare-failed', reason: `cannot prepare the article (${(error as Error).message})` });
        }
      }
      return assembleBundle(prepared, options);
    }
    return assembleBundle(await pool.prepare(list.map((a) => ({ ...a, id: ids.get(a.file) }))), options);
  };
  let articles = result.articles;
  let bundle: Bundle;
  try {
    bundle = await build(articles);
    const failed = new Set(skipped.filter((s) => s.kind === 'prepare-failed').map((s) => s.file));
    if (failed.size > 0) articles = articles.filter((a) => !failed.has(a.file));
    // One item the schema refuses (none is known) costs only its file: it is skipped, the others built again.
    const refused = bundleProblems(bundle).length > 0 ? refusedItems(bundle) : [];
    if (refused.length > 0) {
      const files = new Set(refused.map((r) => r.file));
      for (const r of refused) skipped.push(r);
      articles = articles.filter((a) => !files.has(a.file));
      bundle = await build(articles);
    }
  } catch (error) {
    if (error instanceof PrepareError) {
      console.error(`riwaya bundle: ${error.message}; nothing written.`);
      return 1;
    }
    throw error;
  }
  reportSkipped(skipped);
  reportNotes(
    assignItemIds(articles.map((a) => a.file)).changes,
    bundle.items.filter((item) => item.content_text === '').map((item) => ({ file: item._riwaya.source_file, kinds: [...new Set(item._riwaya.removed.map((r) => r.kind))] })),
  );
  if (articles.length === 0) {
    console.error(`riwaya bundle: no usable article in ${input}; nothing written.`);
    return 1;
  }
  const problems = bundleProblems(bundle);
  if (problems.length > 0) {
    console.error(`riwaya bundle: the bundle fails the schema; nothing written:\n  ${problems.join('\n  ')}`);
    return 1;
  }
  return writeAndSay(bundle, output, articles.length, skipped.length, values.quiet, started);
}

/** Writes a format 1 bundle beside the target and renames it into place, then says what was done. */
async function writeAndSay(bundle: Bundle, output: string, articles: number, skipped: number, quiet: boolean, started: number): Promise<number> {
  let bytes: number;
  // Write beside the target and rename, so a failed run never leaves a half-written bundle.
  const temporary = `${output}.tmp-${process.pid}`;
  try {
    await mkdir(dirname(output), { recursive: true });
    bytes = writeBundleFile(bundle, temporary);
    await rename(temporary, output);
  } catch (error) {
    await rm(temporary, { force: true });
    console.error(`riwaya bundle: ${output}: cannot write the bundle (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing written.`);
    return 1;
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const kib = (bytes / 1024).toFixed(0);
  if (!quiet) {
    console.log(`bundled ${articles} articles, skipped ${skipped}, in ${seconds} s → ${output} (${kib} KiB)`);
  }
  return skipped > 0 ? 2 : 0;
}

const FEED_UNUSABLE: Record<FeedUnusable, string> = {
  empty: 'an empty file',
  'too-large': `too large (the limit is ${FEED_MAX_BYTES} bytes)`,
  binary: 'a binary file',
  'not-utf8': 'not UTF-8 text',
  'not-json': 'not valid JSON',
  'not-a-feed': 'not a JSON Feed 1.x (no "version" of https://jsonfeed.org/version/1…, or no "items" list)',
  schema: 'a Riwaya bundle the schema refuses',
};

/** A file given as the input: a JSON Feed (docs/bundle-format.md "Export and import"), rather than a folder. */
export function isFeedInput(input: string): boolean {
  try {
    return input.toLowerCase().endsWith('.json') && statSync(input).isFile();
  } catch {
    return false;
  }
}

/**
 * A JSON Feed file as the input (core/feed-input.ts, as the app's import reads it): a Riwaya v1 bundle (an export of
 * the app) is written as it is, byte for byte when it is whole; a plain JSON Feed's items are built like a folder's
 * articles. Format 1 only.
 */
async function bundleFeed(input: string, output: string, values: BundleSettings, poolFor: (articles: number) => PreparePool | null, started: number): Promise<number> {
  if (values.format === 2) {
    console.error(`riwaya bundle: ${input}: a JSON Feed file is bundled in format 1 only; nothing written.`);
    return 1;
  }
  let bytes: Uint8Array;
  try {
    if (statSync(input).size > FEED_MAX_BYTES) throw Object.assign(new Error('too large'), { code: `larger than ${FEED_MAX_BYTES} bytes` });
    bytes = readFileSync(input);
  } catch (error) {
    console.error(`riwaya bundle: ${input}: cannot read the feed (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing written.`);
    return 1;
  }
  const reading = readFeedBytes(bytes);
  if (!reading.ok) {
    console.error(`riwaya bundle: ${input}: ${FEED_UNUSABLE[reading.why]}${reading.detail ? ` (${reading.detail})` : ''}; nothing written.`);
    return 1;
  }
  const name = basename(input);
  const skipped: SkippedFile[] = reading.droppedItems.map((d) => ({ file: `${name} item ${d.id}`, kind: 'feed-item', reason: `left out${d.detail ? ` (${d.detail})` : ''}` }));
  if (reading.bundle === null) return buildAndWrite(input, output, { articles: reading.sources, skipped, unmatchedManifestEntries: [] }, values, poolFor, started);
  reportSkipped(skipped);
  if (reading.bundle.items.length === 0) {
    console.error(`riwaya bundle: no usable article in ${input}; nothing written.`);
    return 1;
  }
  return writeAndSay(reading.bundle, output, reading.bundle.items.length, skipped.length, values.quiet, started);
}

/** The recogniser's model, or null when its file cannot be used (said on stderr: nothing will be written). */
function modelOrReport(path: string | undefined): NerModel | null {
  try {
    return readNerModel(path);
  } catch (error) {
    if (error instanceof NerModelFileError) {
      console.error(`riwaya bundle: ${error.message}; nothing written.`);
      return null;
    }
    throw error;
  }
}

/** The items the schema refuses, as skipped files named by their source file (not by their index in the bundle). */
function refusedItems(bundle: Bundle): SkippedFile[] {
  return bundle.items.flatMap((item) => {
    const parsed = itemSchema.safeParse(item);
    if (parsed.success) return [];
    return [{ file: item._riwaya.source_file, kind: 'refused-by-schema' as const, reason: refusedReason(parsed.error) }];
  });
}

/** Format 2: the folder opened (not read), the model loaded, then streamed (bundle-v2.ts). */
async function bundleV2(input: string, output: string, values: BundleSettings, poolFor: (articles: number) => PreparePool | null, started: number, showProgress: boolean): Promise<number> {
  let folder;
  try {
    folder = await openArticleFolder(input, { maxBytes: values.maxBytes });
  } catch (error) {
    if (error instanceof FolderError) {
      console.error(`riwaya bundle: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const model = modelOrReport(values.model);
  if (model === null) return 1;
  const pool = poolFor(folder.files.length);
  return bundleFolderV2({ input, output, folder, model, title: values.title, quiet: values.quiet, showProgress, pool, started });
}

// Run when executed directly (tsx src/cli/bundle.ts …), not when imported by a test.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const argv = process.argv.slice(2);
  process.exitCode = cappedRun(process.argv[1], argv) ?? (await main(argv));
}
