/**
 * `npm run bench [-- --count N] [--seed S] [--keep] [--runs R] [--threads K] [--corpus wide]`: times the CLI pipeline on a synthetic
 * corpus, on one thread and with K worker threads (default: one per core).
 *
 * The corpus is deterministic: a seeded PRNG (mulberry32) draws, for each article, a real headline and 3–12 real
 * paragraphs from content/articles, sometimes followed by scraper residue lines taken from the seed articles, with a
 * publication date in manifest.json. It is written to a temporary folder as .txt files, then read back and bundled
 * the way `npm run bundle` does it, twice: on one thread (readArticleFolder → buildBundle → bundleProblems →
 * writeBundleFile, the UTF-8 JSON file written into the same temporary folder), then with worker threads
 * (PreparePool started → readArticleFolder → prepare on the workers → assembleBundle → bundleProblems →
 * writeBundleFile), and checks that both wrote the same bytes.
 * A benchmark, not a test: it prints figures and the ratio to the goal, and asserts nothing.
 * With --runs R it runs itself R times, each in a fresh process (a cold start, as the CLI has), and prints the median:
 * one run moves by 20 % and more on this shared machine (see the reference workload).
 * Last (once, also with --runs), the scaling of the whole pipeline in one article's size: each long shape of the fuzz
 * (a 1 MB word, line, run of markers or marks) at 256 KiB, 512 KiB and 1 MiB, median of 3; a stage that is quadratic
 * shows a ratio near 4 from 512 KiB to 1 MiB, a linear one near 2 (issue 12). --skip-scaling leaves it out.
 *
 * --cli-count N[,M…] (opt-in: minutes at 100,000) also runs the CLI itself, `npm run bundle -- <corpus> -o … --format 2`,
 * as a child process on a synthetic corpus of N articles (same generator and seed), and prints its wall time,
 * articles/s and peak RSS (the child's own process.resourceUsage().maxRSS: worker threads included), the index's
 * size brotli-compressed and the largest content shard's (issue 13: index ≤ 4 MB, shard ≤ 20 KB, RSS ≤ 1 GB at
 * 100,000). --cli-only runs that section alone: `npm run bench -- --cli-only --cli-count 100000`.
 *
 * --corpus wide times the pipeline (both runs, the stages) and the CLI on another synthetic corpus, one whose persons,
 * places, organizations and word forms grow with its size as a real archive's do (wide-corpus.ts), instead of the 68
 * articles' paragraphs; the alignment and scaling figures keep their own inputs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mulberry32 } from '../src/core/random.ts';
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { assembleBundle, buildBundle } from '../src/core/build-bundle.ts';
import { storyInputOf } from '../src/core/story-input.ts';
import { bundleProblems, type Entity } from '../src/core/bundle-schema.ts';
import { cleanArticle } from '../src/core/clean.ts';
import { findDates } from '../src/core/dates.ts';
import { extractEntities } from '../src/core/entities.ts';
import { findQuotes } from '../src/core/quotes.ts';
import { groupStories } from '../src/core/stories.ts';
import { alignArticles } from '../src/core/align/align.ts';
import { readArticleFolder } from '../src/cli/read-articles.ts';
import { writeBundleFile } from '../src/cli/write-bundle.ts';
import { readNerModel } from '../src/cli/ner-model.ts';
import { PreparePool } from '../src/cli/prepare-pool.ts';
import { LONG_INPUT_SHAPES } from '../src/fuzz/hostile-folders.ts';
import { articleText, OUTLETS, pad } from './synthetic-articles.ts';
import { loadWideMaterial, writeWideCorpus } from './wide-corpus.ts';
import type { NerModel } from '../src/core/ner/model.ts';

const GOAL_ARTICLES_PER_SECOND = 2000;
const SOURCE_DIR = 'content/articles';
// Lines of the seed files that are scraper residue (widget shortcodes, "read also" markers, source and tag lines,
// related-article bullets, ad markers): the bench only uses them as realistic filler for the cleaner to cut.
const RESIDUE_LINE = /^(\[covid19|اقرأ أيضا|إقرأ أيضا|المصدر|كلمات دلالية|•|مقالات مشابهة|إعلان$)/;

interface Material {
  headlines: string[];
  paragraphs: string[];
  residue: string[];
}

export async function loadMaterial(dir: string): Promise<Material> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const material: Material = { headlines: [], paragraphs: [], residue: [] };
  for (const name of names) {
    const lines = (await readFile(join(dir, name), 'utf8')).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (name.startsWith('2018-')) {
      const [headline, ...body] = lines;
      if (headline) material.headlines.push(headline);
      material.paragraphs.push(...body);
    } else {
      material.residue.push(...lines.filter((l) => RESIDUE_LINE.test(l)));
    }
  }
  if (material.headlines.length === 0 || material.paragraphs.length === 0) throw new Error(`${dir}: no 2018-*.txt articles to draw from`);
  return material;
}

const GOAL_ALIGN_MS = 50;
const GOAL_STORIES_SECONDS_PER_10K = 10;
const ALIGN_WORDS = 1500;

/**
 * Two ~1,500-word articles from real corpus paragraphs: B takes about half of A's paragraphs (some moved) and
 * adds its own, as two outlets rewriting one agency report would. Deterministic from the seed.
 */
function alignmentPair(material: Material, seed: number, words: number): [string, string] {
  const random = mulberry32(seed ^ 0x5eed);
  const pick = () => material.paragraphs[Math.floor(random() * material.paragraphs.length)]!;
  const build = (start: string[]) => {
    const out = [...start];
    while (out.join(' ').split(/\s+/).length < words) out.push(pick());
    return out;
  };
  const a = build([]);
  const reused = a.filter(() => random() < 0.5);
  for (let k = 0; k + 1 < reused.length; k += 4) [reused[k], reused[k + 1]] = [reused[k + 1]!, reused[k]!];
  const b = build(reused);
  return [a.join('\n\n'), b.join('\n\n')];
}


/** Which synthetic corpus: the 68 articles' paragraphs re-drawn (the default), or names and words that grow with it. */
export type CorpusKind = 'paragraphs' | 'wide';
export const CORPUS_KINDS: CorpusKind[] = ['paragraphs', 'wide'];

/** Writes a synthetic corpus of the given kind (see the header and wide-corpus.ts); returns the bytes of text. */
export async function writeBenchCorpus(kind: CorpusKind, dir: string, count: number, seed: number): Promise<number> {
  const material = await loadMaterial(SOURCE_DIR);
  return kind === 'wide' ? writeWideCorpus(dir, count, seed, loadWideMaterial(material.residue)) : writeCorpus(dir, count, seed, material);
}

export async function writeCorpus(dir: string, count: number, seed: number, material: Material): Promise<number> {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)] as T;
  const manifest: object[] = [];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const paragraphs = Array.from({ length: 3 + Math.floor(random() * 10) }, () => pick(material.paragraphs));
    const text = articleText(random, () => pick(material.headlines), paragraphs, material.residue);
    const file = `bench-${pad(i, 6)}.txt`;
    await writeFile(join(dir, file), text);
    bytes += Buffer.byteLength(text);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    const precision = random();
    const published = precision < 0.85 ? `2018-${pad(month, 2)}-${pad(day, 2)}` : precision < 0.95 ? `2018-${pad(month, 2)}` : null;
    manifest.push({ file, outlet: random() < 0.9 ? pick(OUTLETS) : null, published });
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return bytes;
}

/** Memory is sampled at every stage boundary (the pipeline is synchronous, so a timer would never fire inside it). */
const peak = { rss: 0, heap: 0 };
function sample(): void {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heap = Math.max(peak.heap, m.heapUsed);
}

function timed<T>(timings: Array<[string, number]>, label: string, run: () => T): T {
  const started = performance.now();
  const result = run();
  timings.push([label, performance.now() - started]);
  sample();
  return result;
}

/**
 * A fixed workload that shares no code with Riwaya (a word count in a Map, small objects sorted, a numeric sort),
 * timed in every run: this machine's speed moves by 20 % and more from one minute to the next, and a slow reference says
 * that a slow run was the machine, not the code. Printed beside the figures, never used to correct them.
 */
function referenceWorkload(): number {
  const started = performance.now();
  const random = mulberry32(1);
  const words = Array.from({ length: 5000 }, (_, i) => `كلمة${i}`);
  const counts = new Map<string, number>();
  for (let i = 0; i < 400_000; i++) {
    const word = words[Math.floor(random() * words.length)]!;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  Array.from({ length: 300_000 }, (_, i) => ({ i, v: random() })).sort((a, b) => a.v - b.v);
  Float64Array.from({ length: 1_000_000 }, () => random()).sort();
  return performance.now() - started;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '20180306' },
      keep: { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      threads: { type: 'string', default: String(availableParallelism()) },
      'skip-scaling': { type: 'boolean', default: false },
      'cli-count': { type: 'string' },
      'cli-only': { type: 'boolean', default: false },
      'cli-threads': { type: 'string' },
      corpus: { type: 'string', default: 'paragraphs' },
    },
  });
  const kind = values.corpus as CorpusKind;
  if (!CORPUS_KINDS.includes(kind)) {
    console.error(`riwaya bench: --corpus takes ${CORPUS_KINDS.join(' or ')}.`);
    return 1;
  }
  const cliCounts = (values['cli-count'] ?? '').split(',').filter(Boolean).map(Number);
  if (cliCounts.some((n) => !Number.isInteger(n) || n <= 0)) {
    console.error('riwaya bench: --cli-count takes positive whole numbers, separated by commas.');
    return 1;
  }
  if (values['cli-only']) {
    if (cliCounts.length === 0) {
      console.error('riwaya bench: --cli-only needs --cli-count N.');
      return 1;
    }
    for (const n of cliCounts) await benchCli(kind, n, Number(values.seed), values['cli-threads'], values.keep);
    return 0;
  }
  const count = Number(values.count);
  const seed = Number(values.seed);
  const runs = Number(values.runs);
  const threads = Number(values.threads);
  if (!Number.isInteger(count) || count <= 0 || !Number.isInteger(seed) || !Number.isInteger(runs) || runs <= 0 || !Number.isInteger(threads) || threads <= 0) {
    console.error('riwaya bench: --count, --runs and --threads must be positive whole numbers and --seed a whole number.');
    return 1;
  }
  if (runs > 1) {
    const code = repeat(runs, ['--count', String(count), '--seed', String(seed), '--threads', String(threads), '--corpus', kind, '--skip-scaling', ...(values.keep ? ['--keep'] : [])]);
    if (code === 0 && !values['skip-scaling']) printScaling(readNerModel());
    if (code === 0) for (const n of cliCounts) await benchCli(kind, n, seed, values['cli-threads'], values.keep);
    return code;
  }

  const dir = await mkdtemp(join(tmpdir(), 'riwaya-bench-'));
  try {
    const bytes = await writeBenchCorpus(kind, dir, count, seed);
    console.log(`corpus (${kind}): ${count} synthetic articles, ${(bytes / count / 1024).toFixed(1)} KiB average, seed ${seed}, in ${dir}`);
    sample();

    const loadStarted = performance.now();
    const model = readNerModel();
    console.log(`model load: ${(performance.now() - loadStarted).toFixed(0)} ms`);

    // One thread, as `npm run bundle -- --threads 1`.
    const timings: Array<[string, number]> = [];
    const started = performance.now();
    const folder = await readArticleFolder(dir);
    timings.push(['read', performance.now() - started]);
    sample();
    const bundle = timed(timings, 'build', () => buildBundle(folder.articles, { model }));
    const problems = timed(timings, 'validate', () => bundleProblems(bundle));
    const written = timed(timings, 'write', () => writeBundleFile(bundle, join(dir, 'bundle.json')));
    const total = timings.reduce((sum, [, ms]) => sum + ms, 0);

    // Worker threads, as `npm run bundle` does it: the clock starts before the workers, which load the model while
    // the folder is read, so their start-up is paid here too.
    const parallel: Array<[string, number]> = [];
    const parallelStarted = performance.now();
    const pool = new PreparePool({ threads });
    let parallelTotal: number;
    try {
      const parallelFolder = await readArticleFolder(dir);
      parallel.push(['read', performance.now() - parallelStarted]);
      sample();
      const prepareStarted = performance.now();
      const prepared = await pool.prepare(parallelFolder.articles);
      parallel.push(['prepare (workers)', performance.now() - prepareStarted]);
      sample();
      const parallelBundle = timed(parallel, 'assemble', () => assembleBundle(prepared, { model }));
      timed(parallel, 'validate', () => bundleProblems(parallelBundle));
      timed(parallel, 'write', () => writeBundleFile(parallelBundle, join(dir, 'bundle-workers.json')));
      parallelTotal = performance.now() - parallelStarted;
    } finally {
      await pool.close();
    }
    const identical = (await readFile(join(dir, 'bundle.json'))).equals(await readFile(join(dir, 'bundle-workers.json')));

    // Stage profile without touching core: the stages buildBundle calls, run again one by one on the same inputs.
    const stages: Array<[string, number]> = [];
    timed(stages, 'clean', () => folder.articles.map((a) => cleanArticle(a.text)));
    const spans = timed(stages, 'recognise', () => bundle.items.map((item) => model.recognise(item.content_text)));
    timed(stages, 'entities (spans given)', () =>
      extractEntities(bundle.items.map((item, i) => ({ id: item.id, text: item.content_text, nerSpans: spans[i]! })), { model }),
    );
    timed(stages, 'dates', () => bundle.items.map((item) => findDates(item.content_text, item._riwaya.published)));
    const entityById = new Map<string, Entity>(bundle._riwaya.entities.map((e) => [e.id, e]));
    timed(stages, 'quotes', () => bundle.items.map((item) => findQuotes(item.content_text, item._riwaya.mentions, entityById)));
    const storyInputs = bundle.items.map(storyInputOf);
    const grouping = timed(stages, 'stories', () => groupStories(storyInputs));

    const rate = (ms: number) => count / (ms / 1000);
    const goal = (perSecond: number) => `goal ${GOAL_ARTICLES_PER_SECOND}, ratio ${(perSecond / GOAL_ARTICLES_PER_SECOND).toFixed(2)}`;
    console.log(`single thread: ${rate(total).toFixed(0)} articles/s (${goal(rate(total))})`);
    console.log(`worker threads (${threads}): ${rate(parallelTotal).toFixed(0)} articles/s (${goal(rate(parallelTotal))})`);
    console.log(`total: ${(total / 1000).toFixed(2)} s on one thread, ${(parallelTotal / 1000).toFixed(2)} s with ${threads} workers, for ${folder.articles.length} articles (${folder.skipped.length} skipped); bundle ${mib(written)} of JSON`);
    console.log(`pipeline: ${timings.map(([label, ms]) => `${label} ${ms.toFixed(0)} ms`).join(', ')}`);
    console.log(`pipeline (worker threads): ${parallel.map(([label, ms]) => `${label} ${ms.toFixed(0)} ms`).join(', ')}`);
    console.log(`stages (separate pass on the same inputs, one thread): ${stages.map(([label, ms]) => `${label} ${ms.toFixed(0)} ms`).join(', ')}`);
    console.log(
      `memory: peak rss ${mib(peak.rss)} (sampled), max rss ${mib(process.resourceUsage().maxRSS * 1024)} (OS), peak heapUsed ${mib(peak.heap)} (sampled)`,
    );
    console.log(
      `bundle valid: ${problems.length === 0 ? 'yes' : `no (${problems[0]!})`}; entities ${bundle._riwaya.entities.length}, stories ${bundle._riwaya.stories.length}; worker threads' bundle byte-identical: ${identical ? 'yes' : 'NO'}`,
    );
    const storiesMs = stages.find(([label]) => label === 'stories')?.[1] ?? 0;
    console.log(
      `stories: ${(storiesMs / 1000).toFixed(2)} s for ${count} articles (goal < ${GOAL_STORIES_SECONDS_PER_10K} s per 10,000), ${grouping.stories.length} stories`,
    );
    const [textA, textB] = alignmentPair(await loadMaterial(SOURCE_DIR), seed, ALIGN_WORDS);
    alignArticles([textA, textB]);
    const runs = 20;
    const alignStarted = performance.now();
    for (let r = 0; r < runs; r++) alignArticles([textA, textB]);
    const alignMs = (performance.now() - alignStarted) / runs;
    console.log(`alignment: ${alignMs.toFixed(1)} ms for two ${ALIGN_WORDS}-word articles (mean of ${runs}; goal < ${GOAL_ALIGN_MS} ms)`);
    // Last, so that its allocations do not change the heap the pipeline starts with.
    console.log(`reference workload: ${referenceWorkload().toFixed(0)} ms (fixed work, no Riwaya code: the machine's speed during this run)`);
    if (!values['skip-scaling']) printScaling(model);
    for (const n of cliCounts) await benchCli(kind, n, seed, values['cli-threads'], values.keep);
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
  return 0;
}

/** Reports a process's peak RSS on exit: the CLI run as `node --import tsx --import <this> src/cli/bundle.ts …` (and the child it starts, which inherits the flags). */
const MAX_RSS_REPORTER = `data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write(`\\nriwaya-bench max-rss-kib ${process.resourceUsage().maxRSS}\\n`));")}`;
const CLI = fileURLToPath(new URL('../src/cli/bundle.ts', import.meta.url));

/**
 * The CLI's own run on a synthetic corpus of `count` articles, in bundle format 2, as a child process (a cold start,
 * as a user's): wall time, articles/s, peak RSS, and the sizes the issue bounds (brotli, quality 11 as a build's).
 */
async function benchCli(kind: CorpusKind, count: number, seed: number, threads: string | undefined, keep: boolean): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'riwaya-bench-cli-'));
  try {
    const corpus = join(dir, 'corpus');
    await mkdir(corpus);
    const bytes = await writeBenchCorpus(kind, corpus, count, seed);
    const output = join(dir, 'out', 'bundle.json');
    const args = ['--import', 'tsx', '--import', MAX_RSS_REPORTER, CLI, corpus, '-o', output, '--format', '2', '--quiet', ...(threads ? ['--threads', threads] : [])];
    const started = performance.now();
    const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = (performance.now() - started) / 1000;
    // The CLI builds a format 2 bundle in a child process of its own (src/cli/heap-cap.ts), which reports too: the
    // peak is the larger of the two.
    const reported = [...(child.stderr ?? '').matchAll(/riwaya-bench max-rss-kib (\d+)/g)].map((m) => Number(m[1]));
    const rss = reported.length > 0 ? Math.max(...reported) : null;
    if (child.status !== 0 || rss === null) {
      console.error(`riwaya bench: the CLI failed on ${count} articles (exit ${child.status}):\n${(child.stderr ?? '').slice(-4000)}`);
      return;
    }
    const v2 = join(dir, 'out', 'v2');
    const brotli = (file: string) => brotliCompressSync(readFileSync(file), { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const index = readdirSync(v2).find((name) => name.startsWith('index.'))!;
    const shards = readdirSync(join(v2, 'shards')).map((name) => join(v2, 'shards', name));
    // Brotli at quality 11 is slow: the 20 largest shards by raw size are compressed, the largest brotli is among them.
    const bySize = shards.map((file) => ({ file, raw: statSync(file).size })).sort((a, b) => b.raw - a.raw);
    const largest = bySize[0]!;
    let largestBrotli = 0;
    for (const { file } of bySize.slice(0, 20)) largestBrotli = Math.max(largestBrotli, brotli(file));
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    const indexBrotli = brotli(join(v2, index));
    console.log(
      `cli (format 2, ${kind} corpus, ${threads ? `--threads ${threads}` : 'default threads'}): ${count} articles (${(bytes / 1024 / 1024).toFixed(0)} MiB of text) in ${seconds.toFixed(1)} s, ${(count / seconds).toFixed(0)} articles/s, peak RSS ${mib(rss * 1024)} (goal ≤ 1024 MiB at 100,000)`,
    );
    console.log(
      `cli output: index ${mib(statSync(join(v2, index)).size)}, ${(indexBrotli / 1024 / 1024).toFixed(2)} MiB brotli (goal ≤ 4 MB at 100,000); ${shards.length} content shards, the largest ${kb(largest.raw)}, largest brotli ${kb(largestBrotli)} (goal ≤ 20 KB)`,
    );
  } finally {
    if (keep) console.log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

/** The whole pipeline on one article of each long shape at three sizes: time, and the ratio of the last doubling. */
function printScaling(model: NerModel): void {
  const sizes = [256, 512, 1024];
  for (const [shape, make] of Object.entries(LONG_INPUT_SHAPES)) {
    const ms = sizes.map((kib) => {
      const text = make(kib * 1024);
      return median(
        [0, 1, 2].map(() => {
          const started = performance.now();
          buildBundle([{ file: 'long.txt', text }], { model });
          return performance.now() - started;
        }),
      );
    });
    const figures = sizes.map((kib, i) => `${kib >= 1024 ? `${kib / 1024} MiB` : `${kib} KiB`} ${ms[i]!.toFixed(0)} ms`).join(', ');
    console.log(`scaling, one article, ${shape}: ${figures}; ×${(ms[2]! / ms[1]!).toFixed(2)} for the last doubling (linear ≈ 2, quadratic ≈ 4)`);
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Runs the bench `runs` times in fresh processes and prints each run's figures, then the median of each: the
 * single-thread and worker-thread throughputs and the model load time.
 */
function repeat(runs: number, args: string[]): number {
  const single: number[] = [];
  const parallel: number[] = [];
  const load: number[] = [];
  let threads = '?';
  for (let r = 1; r <= runs; r++) {
    let output: string;
    try {
      output = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args], { encoding: 'utf8' });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      console.error(`riwaya bench: run ${r} failed after ${single.length} complete runs:\n${stdout ?? ''}${stderr ?? (error as Error).message}`);
      return 1;
    }
    const singleRate = /^single thread: (\d+) articles\/s/m.exec(output);
    const parallelRate = /^worker threads \((\d+)\): (\d+) articles\/s/m.exec(output);
    const loadMs = /^model load: (\d+) ms/m.exec(output);
    const pipeline = /^pipeline: (.*)$/m.exec(output)?.[1] ?? '';
    const parallelPipeline = /^pipeline \(worker threads\): (.*)$/m.exec(output)?.[1] ?? '';
    const reference = /^reference workload: (\d+) ms/m.exec(output)?.[1] ?? '?';
    if (!singleRate || !parallelRate || !loadMs) {
      console.error(`riwaya bench: run ${r} printed no single thread, worker threads or model load line:\n${output}`);
      return 1;
    }
    threads = parallelRate[1]!;
    single.push(Number(singleRate[1]));
    parallel.push(Number(parallelRate[2]));
    load.push(Number(loadMs[1]));
    console.log(
      `run ${r}/${runs}: single thread ${singleRate[1]} articles/s (${pipeline}); worker threads (${threads}) ${parallelRate[2]} articles/s (${parallelPipeline}); model load ${loadMs[1]} ms; reference workload ${reference} ms`,
    );
  }
  const summary = (values: number[]) => `median ${median(values).toFixed(0)}, min ${Math.min(...values)}, max ${Math.max(...values)}`;
  console.log(`over ${runs} runs:`);
  console.log(`single thread: ${summary(single)} articles/s`);
  console.log(
    `worker threads (${threads}): ${summary(parallel)} articles/s (goal ${GOAL_ARTICLES_PER_SECOND}, ratio ${(median(parallel) / GOAL_ARTICLES_PER_SECOND).toFixed(2)})`,
  );
  console.log(`model load: ${summary(load)} ms`);
  return 0;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}
