/**
 * `npm run bundle -- <dir> -o <file> --format 2`: the folder as bundle v2 (docs/bundle-format.md, "Format v2"), in
 * memory that grows far slower than the folder. Byte for byte what splitBundle(buildBundle(…)) makes of the same
 * articles, whatever the number of threads.
 *
 * 1. read and prepare: the files are read a chunk at a time and prepared (on the worker threads for a large folder,
 *    the next chunk being read meanwhile); each prepared article is appended to a spill file and observed by the
 *    entity pass 1; only a few facts of it stay in memory (file, id, publication, where it is in the spill);
 * 2. the collection passes stream the spill: entity pass 2 in file order, then pass 3 in id order, which gives each
 *    article's mentions (spilled too) and its story features (bags of ids, not text); then the stories are grouped;
 * 3. writing streams the spill in the index's reading order through the per-item finishing (quotes, story) into the
 *    v2 builders, each shard written as it closes.
 * Everything is written into a temporary folder beside the output and moved into place at the end: a failed run
 * leaves the previous bundle as it was, and the v2 folder of a previous build is replaced whole (no stale file).
 */
import { writeFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  CollectionPasses,
  DEFAULT_BUNDLE_TITLE,
  entityDocumentOf,
  finishItem,
  itemIdsOf,
  prepareArticle,
  type BuildOptions,
  type PreparedArticle,
  type SourceArticle,
} from '../core/build-bundle.ts';
import { bundleProblems, itemSchema, JSON_FEED_VERSION, RIWAYA_SCHEMA_VERSION, type Entity, type Mention } from '../core/bundle-schema.ts';
import { V2_FOLDER, type TimelineEventV2 } from '../core/bundle-v2/format.ts';
import { entryFile, IndexBuilder, SearchPostingsBuilder, searchNamesOf, ShardPacker, timelineEventsOf, timelineFile, type TermWeights, type V2File } from '../core/bundle-v2/split.ts';
import { assignItemIds } from '../core/item-ids.ts';
import type { NerModel } from '../core/ner/model.ts';
import { compareCodeUnits } from '../core/order.ts';
import { PrepareError, type PreparePool } from './prepare-pool.ts';
import { startTermsPass, type TermsPass } from './terms-pass.ts';
import { Progress } from './progress.ts';
import type { OpenFolder, SkippedFile } from './read-articles.ts';
import { refusedReason, reportNotes, reportSkipped } from './report.ts';
import { Spill, type SpillRecord } from './spill.ts';

/** Articles read (and sent to the workers) at a time: small against the folder, large against a worker's batch. */
export const CHUNK_ARTICLES = 512;

/** What stays in memory of an article between the passes. */
interface ArticleRecord {
  file: string;
  id: string;
  /** The publication value (YYYY, YYYY-MM or YYYY-MM-DD), '' when unknown: the index's reading order. */
  published: string;
  at: SpillRecord;
  /** The article's own search terms (terms-pass.ts); null: worked out when written. */
  terms: SpillRecord | null;
  mentions: SpillRecord | null;
  /** The kinds of what was removed, for an article with no text left after cleaning (a note); null otherwise. */
  emptyRemoved: string[] | null;
}

/** The index's reading order (compareIndexOrder of split.ts) on records: newest first, undated last, then id. */
function compareRecordOrder(a: ArticleRecord, b: ArticleRecord): number {
  if (a.published !== b.published) return a.published === '' ? 1 : b.published === '' ? -1 : compareCodeUnits(b.published, a.published);
  return compareCodeUnits(a.id, b.id);
}

export interface V2Run {
  input: string;
  output: string;
  folder: OpenFolder;
  model: NerModel;
  title: string | undefined;
  quiet: boolean;
  showProgress: boolean;
  pool: PreparePool | null;
  started: number;
}

class WriteError extends Error {}

/** Where a run of process `pid` stages the files of `output` (removed at its end, or by heap-cap.ts after an abort). */
export const stagingFolderOf = (output: string, pid: number): string => join(dirname(output), `.${basename(output)}.tmp-${pid}`);

export async function bundleFolderV2(run: V2Run): Promise<number> {
  const { folder, output } = run;
  const options: BuildOptions = { ...(run.title ? { title: run.title } : {}), model: run.model };
  const title = run.title ?? DEFAULT_BUNDLE_TITLE;
  const skipped: SkippedFile[] = [...folder.skipped];
  const progress = new Progress(run.showProgress);
  const staging = stagingFolderOf(output, process.pid);
  try {
    await rm(staging, { recursive: true, force: true });
    await mkdir(join(staging, V2_FOLDER, 'shards'), { recursive: true });
    await mkdir(join(staging, V2_FOLDER, 'search'), { recursive: true });
  } catch (error) {
    console.error(`riwaya bundle: ${output}: cannot write the bundle (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing written.`);
    return 1;
  }
  const articles = new Spill(join(staging, 'articles.jsonl'));
  const mentionSpill = new Spill(join(staging, 'mentions.jsonl'));
  let terms: TermsPass | null = null;
  let termSpill: Spill | null = null;
  try {
    const read = await readAndPrepare(run, options, articles, skipped, progress);
    // The workers (each with the model and its caches) are not needed past this point: their memory is given back.
    await run.pool?.close();
    traceMemory('read and prepared');
    let { records } = read;
    const { readable } = read;
    // A folder large enough for the prepare workers gets its search terms worked out beside the entity passes.
    const sentAt = records.map((r) => r.at);
    const termsPath = join(staging, 'terms.jsonl');
    if (run.pool !== null) {
      articles.flush();
      terms = startTermsPass(articles.path, sentAt, termsPath);
    }
    const takeTerms = async () => {
      const done = await terms?.done;
      terms = null;
      if (!done) return;
      if (!done.ok) {
        console.error(`note: the search terms are worked out while writing: ${done.message}`);
        return;
      }
      termSpill = new Spill(termsPath, 'read');
      // An article prepared again since (under another id) has another record: its terms are worked out when written.
      read.records.forEach((record, k) => {
        if (record.at === sentAt[k]) record.terms = done.records[k]!;
      });
    };
    // The passes' state (every article's accepted names, the stories' features) is let go once they have finished,
    // before the writing: `read` gives it up here, and `passes` is emptied after finish().
    let passes: CollectionPasses | null = read.passes;
    read.passes = null;
    for (const file of folder.unmatchedManifestEntries) console.error(`note: manifest.json names ${file}, which is not in ${run.input}`);
    const refusedFiles = new Set<string>();
    let written: { files: number; bytes: number } | null = null;
    for (let attempt = 0; written === null; attempt++) {
      // Ids over the articles kept, as buildBundle gives them; an article prepared under another id (a file it
      // collided with could not be read or was refused) is read and prepared again under its own.
      const kept = records.filter((r) => !refusedFiles.has(r.file));
      if (kept.length === 0) {
        reportSkipped(skipped);
        console.error(`riwaya bundle: no usable article in ${run.input}; nothing written.`);
        return 1;
      }
      const ids = itemIdsOf((attempt === 0 ? readable : kept.map((r) => r.file)).map((file) => ({ file, text: '' })));
      for (const record of kept) {
        const id = ids.get(record.file)!;
        if (record.id === id) continue;
        const again = folder.read(record.file);
        if ('skipped' in again) throw new Error(`${record.file}: could not be read again (${again.skipped.reason})`);
        Object.assign(record, recordOf(prepareArticle(again.article, run.model, id), articles));
      }
      if (passes === null) {
        const again = new CollectionPasses(options);
        progress.start('entities', kept.length);
        kept.forEach((record, k) => {
          again.observe(entityDocumentOf(articles.read<PreparedArticle>(record.at)));
          progress.update(k + 1, record.file);
        });
        passes = again;
      }
      const collection = await finishPasses(passes, kept, articles, mentionSpill, progress, takeTerms);
      passes = null;
      traceMemory('stories');
      const problems = bundleProblems({
        version: JSON_FEED_VERSION,
        title,
        language: 'ar',
        items: [],
        _riwaya: { schema: RIWAYA_SCHEMA_VERSION, entities: collection.entities, stories: [] },
      });
      const outcome = writeV2(staging, kept, collection, title, { articles, mentions: mentionSpill, terms: termSpill }, progress);
      progress.end();
      traceMemory('written');
      if ('refused' in outcome) {
        // One item the schema refuses (none is known) costs only its file: skipped, the others built again.
        for (const r of outcome.refused) {
          skipped.push(r);
          refusedFiles.add(r.file);
        }
        await rm(join(staging, V2_FOLDER), { recursive: true, force: true });
        await mkdir(join(staging, V2_FOLDER, 'shards'), { recursive: true });
        await mkdir(join(staging, V2_FOLDER, 'search'), { recursive: true });
        records = kept;
        continue;
      }
      if (problems.length > 0) {
        reportSkipped(skipped);
        console.error(`riwaya bundle: the bundle fails the schema; nothing written:\n  ${problems.join('\n  ')}`);
        return 1;
      }
      records = kept;
      written = outcome;
    }
    reportSkipped(skipped);
    reportNotes(
      assignItemIds(records.map((r) => r.file)).changes,
      records.filter((r) => r.emptyRemoved !== null).map((r) => ({ file: r.file, kinds: r.emptyRemoved! })),
    );
    try {
      await swapInto(staging, output);
    } catch (error) {
      console.error(`riwaya bundle: ${output}: cannot write the bundle (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); nothing written.`);
      return 1;
    }
    const seconds = ((performance.now() - run.started) / 1000).toFixed(2);
    if (!run.quiet) {
      console.log(
        `bundled ${records.length} articles, skipped ${skipped.length}, in ${seconds} s → ${output} and ${join(dirname(output), V2_FOLDER)}/ (format 2: ${written.files} files, ${(written.bytes / 1024).toFixed(0)} KiB)`,
      );
    }
    return skipped.length > 0 ? 2 : 0;
  } catch (error) {
    if (error instanceof PrepareError) {
      progress.end();
      console.error(`riwaya bundle: ${error.message}; nothing written.`);
      return 1;
    }
    if (error instanceof WriteError) {
      progress.end();
      console.error(`riwaya bundle: ${output}: cannot write the bundle (${error.message}); nothing written.`);
      return 1;
    }
    throw error;
  } finally {
    articles.close();
    mentionSpill.close();
    await (terms as TermsPass | null)?.stop();
    (termSpill as Spill | null)?.close();
    await rm(staging, { recursive: true, force: true });
  }
}

/** Entity passes 2 and 3 over the spilled articles (each article's mentions spilled too), then the stories grouped. */
async function finishPasses(
  passes: CollectionPasses,
  kept: ArticleRecord[],
  articles: Spill,
  mentionSpill: Spill,
  progress: Progress,
  beforeStories: () => Promise<void>,
): Promise<ReturnType<CollectionPasses['finish']>> {
  progress.start('names', kept.length);
  kept.forEach((record, k) => {
    passes.accept(entityDocumentOf(articles.read<PreparedArticle>(record.at)));
    progress.update(k + 1, record.file);
  });
  traceMemory('names');
  progress.start('mentions', kept.length);
  [...kept].sort((a, b) => compareCodeUnits(a.id, b.id)).forEach((record, k) => {
    const prepared = articles.read<PreparedArticle>(record.at);
    record.mentions = mentionSpill.append(passes.mentionsOf(prepared, entityDocumentOf(prepared)));
    progress.update(k + 1, record.file);
  });
  progress.end();
  traceMemory('mentions');
  // The stories hold the run's most memory: the terms worker has exited by then (it needs less time than the passes).
  await beforeStories();
  return passes.finish();
}

/**
 * RIWAYA_TRACE_MEMORY=1: the process's memory after each stage, on stderr (for the bench and for tuning). Run with
 * `node --expose-gc` and a full collection comes first, so that heap used is what the stage keeps, not garbage.
 */
function traceMemory(stage: string): void {
  if (process.env.RIWAYA_TRACE_MEMORY !== '1') return;
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;
  console.error(`[${(performance.now() / 1000).toFixed(1)} s] memory after ${stage}: rss ${mib(m.rss)}, heap used ${mib(m.heapUsed)}, external ${mib(m.external)}, array buffers ${mib(m.arrayBuffers)}, max rss ${mib(process.resourceUsage().maxRSS * 1024)}`);
}

function recordOf(prepared: PreparedArticle, spill: Spill): ArticleRecord {
  return {
    file: prepared.file,
    id: prepared.id,
    published: prepared.published?.value ?? '',
    at: spill.append(prepared),
    terms: null,
    mentions: null,
    emptyRemoved: prepared.content === '' ? [...new Set(prepared.removed.map((r) => r.kind))] : null,
  };
}

/**
 * Stage 1: every file read, a chunk at a time, and prepared (ids from the whole listing: an article's id changes only
 * when a file it collides with cannot be read, and is then prepared again). A pool that fails throws PrepareError.
 */
async function readAndPrepare(
  run: V2Run,
  options: BuildOptions,
  spill: Spill,
  skipped: SkippedFile[],
  progress: Progress,
): Promise<{ records: ArticleRecord[]; readable: string[]; passes: CollectionPasses | null }> {
  const { folder, pool, model } = run;
  const { files } = folder;
  const provisional = assignItemIds(files).ids;
  const passes = new CollectionPasses(options);
  const records: ArticleRecord[] = [];
  const readable: string[] = [];
  const store = (prepared: PreparedArticle) => {
    records.push(recordOf(prepared, spill));
    passes.observe(entityDocumentOf(prepared));
  };
  let next = 0;
  progress.start('reading', files.length);
  const readChunk = (): SourceArticle[] => {
    const chunk: SourceArticle[] = [];
    while (next < files.length && chunk.length < CHUNK_ARTICLES) {
      const k = next++;
      const outcome = folder.read(files[k]!);
      if ('skipped' in outcome) skipped.push(outcome.skipped);
      else {
        readable.push(files[k]!);
        chunk.push({ ...outcome.article, id: provisional[k] });
      }
    }
    return chunk;
  };
  if (pool === null) {
    for (let chunk = readChunk(); chunk.length > 0; chunk = readChunk()) {
      for (const [i, article] of chunk.entries()) {
        // One at a time, so that one whose preparation throws (no known input does) costs only its file.
        try {
          store(prepareArticle(article, model, article.id));
        } catch (error) {
          skipped.push({ file: article.file, kind: 'prepare-failed', reason: `cannot prepare the article (${(error as Error).message})` });
        }
        progress.update(next - (chunk.length - 1 - i), article.file);
      }
    }
  } else {
    // The workers prepare a chunk while the main thread spills and observes the one before and reads the next.
    let chunk = readChunk();
    let pending = chunk.length > 0 ? pool.prepare(chunk) : null;
    while (pending !== null) {
      const prepared = await pending;
      chunk = readChunk();
      pending = chunk.length > 0 ? pool.prepare(chunk) : null;
      for (const p of prepared) store(p);
      progress.update(next - chunk.length, prepared.at(-1)?.file);
    }
  }
  progress.update(files.length, '');
  progress.end();
  return { records, readable, passes };
}

/** Stage 3: the v2 files, in the staging folder; or the items the schema refuses (then nothing is complete). */
function writeV2(
  staging: string,
  kept: ArticleRecord[],
  collection: ReturnType<CollectionPasses['finish']>,
  title: string,
  spills: { articles: Spill; mentions: Spill; terms: Spill | null },
  progress: Progress,
): { files: number; bytes: number } | { refused: SkippedFile[] } {
  const { entities, stories, storyOf } = collection;
  const entityById = new Map<string, Entity>(entities.map((e) => [e.id, e]));
  const builder = new IndexBuilder(new Map(entities.map((e, k) => [e.id, k])), new Map(stories.map((s, k) => [s.id, k])));
  const packer = new ShardPacker();
  const search = new SearchPostingsBuilder();
  const events: TimelineEventV2[] = [];
  const refused: SkippedFile[] = [];
  let files = 0;
  let bytes = 0;
  const write = (file: V2File) => {
    try {
      const data = Buffer.from(file.text);
      writeFileSync(join(staging, file.path), data);
      files++;
      bytes += data.length;
    } catch (error) {
      throw new WriteError((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  };
  const order = [...kept].sort(compareRecordOrder);
  progress.start('writing', order.length);
  order.forEach((record, doc) => {
    const prepared = spills.articles.read<PreparedArticle>(record.at);
    const mentions = spills.mentions.read<Mention[]>(record.mentions!);
    const item = finishItem(prepared, mentions, storyOf.get(prepared.id) ?? null, entityById);
    const parsed = itemSchema.safeParse(item);
    if (!parsed.success) {
      refused.push({ file: prepared.file, kind: 'refused-by-schema', reason: refusedReason(parsed.error) });
      return;
    }
    progress.update(doc + 1, record.file);
    if (refused.length > 0) return;
    const { shard, file } = packer.add(item);
    if (file) write(file);
    builder.add(item, shard);
    search.add(doc, item, searchNamesOf(item, entityById), record.terms && spills.terms ? spills.terms.read<TermWeights>(record.terms) : undefined);
    for (const event of timelineEventsOf(doc, item)) events.push(event);
  });
  if (refused.length > 0) return { refused };
  const last = packer.finish();
  if (last) write(last);
  const timeline = timelineFile(events);
  write(timeline);
  const postings = search.write(write);
  const index = builder.finish({ title, entities, stories, shards: packer.paths, timeline: timeline.path, search: postings });
  write(index.file);
  const entry = entryFile(title, order.length, index);
  write({ path: 'entry.json', text: entry.text });
  return { files, bytes };
}

/** Moves the staged v2 folder and entry into place; the previous v2 folder is removed (restored if the move fails). */
async function swapInto(staging: string, output: string): Promise<void> {
  const target = join(dirname(output), V2_FOLDER);
  const previous = join(staging, 'previous-v2');
  let moved = false;
  try {
    await rename(target, previous);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(join(staging, V2_FOLDER), target);
  } catch (error) {
    if (moved) await rename(previous, target);
    throw error;
  }
  await rename(join(staging, 'entry.json'), output);
}
