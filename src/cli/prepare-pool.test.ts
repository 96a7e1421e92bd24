/**
 * The worker-thread pool for the per-article stages: its output, assembled, is buildBundle's, whatever the number
 * of threads and batches; a failing article, model or worker is reported by name and never leaves `prepare` waiting.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assembleBundle, buildBundle, type SourceArticle } from '../core/build-bundle.ts';
import { main } from './bundle.ts';
import { readNerModel } from './ner-model.ts';
import { PrepareError, PreparePool } from './prepare-pool.ts';
import { readArticleFolder } from './read-articles.ts';

const CONTENT = 'content/articles';
const CRASHING_WORKER = new URL('../../test-data/fixtures/crashing-prepare-worker.mjs', import.meta.url);
let articles: SourceArticle[];
let work: string;

beforeAll(async () => {
  articles = (await readArticleFolder(CONTENT)).articles;
  work = await mkdtemp(join(tmpdir(), 'riwaya-pool-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Runs a pool, always stopping its workers. */
async function withPool<T>(options: ConstructorParameters<typeof PreparePool>[0], run: (pool: PreparePool) => Promise<T>): Promise<T> {
  const pool = new PreparePool(options);
  try {
    return await run(pool);
  } finally {
    await pool.close();
  }
}

describe('PreparePool', () => {
  it('returns the articles in input order, and assembled they make buildBundle’s bundle', async () => {
    const model = readNerModel();
    // Batches of 5 over 2 workers: 14 batches that come back in whatever order the workers finish them.
    const prepared = await withPool({ threads: 2, batchSize: 5 }, (pool) => pool.prepare(articles));
    expect(prepared.map((p) => p.file)).toEqual(articles.map((a) => a.file));
    expect(JSON.stringify(assembleBundle(prepared, { model }))).toBe(JSON.stringify(buildBundle(articles, { model })));
  }, 60_000);

  it('names the file of an article that cannot be prepared', async () => {
    const bad = { file: 'not-text.txt', text: undefined as unknown as string };
    const attempt = withPool({ threads: 2, batchSize: 8 }, (pool) => pool.prepare([...articles.slice(0, 20), bad]));
    await expect(attempt).rejects.toThrow(PrepareError);
    await expect(attempt).rejects.toThrow(/^not-text\.txt: cannot prepare the article \(/);
  }, 60_000);

  it('reports a worker that dies with the files it was preparing', async () => {
    const attempt = withPool({ threads: 2, batchSize: 4, workerEntry: CRASHING_WORKER }, (pool) => pool.prepare(articles.slice(0, 4)));
    await expect(attempt).rejects.toThrow(
      new RegExp(`^worker thread [12] of 2 stopped \\(exit code 3\\) while preparing 4 files, ${articles[0]!.file} … ${articles[3]!.file}$`),
    );
  }, 60_000);

  it('names the model file a worker cannot load', async () => {
    const attempt = withPool({ threads: 2, modelPath: join(work, 'missing-model.json') }, (pool) => pool.prepare(articles.slice(0, 3)));
    await expect(attempt).rejects.toThrow(/missing-model\.json: cannot read the entity model \(ENOENT\)/);
  }, 60_000);
});

describe('bundle CLI with worker threads', () => {
  it('writes the same bytes with --threads 2 as with --threads 1', async () => {
    const quiet = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      expect(await main([CONTENT, '-o', join(work, 'one.json'), '--threads', '1', '--quiet'])).toBe(0);
      expect(await main([CONTENT, '-o', join(work, 'two.json'), '--threads', '2', '--quiet'])).toBe(0);
    } finally {
      quiet.mockRestore();
    }
    const [one, two] = await Promise.all([readFile(join(work, 'one.json')), readFile(join(work, 'two.json'))]);
    expect(two.equals(one)).toBe(true);
  }, 60_000);

  it('refuses --threads 0', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(await main([CONTENT, '-o', join(work, 'never.json'), '--threads', '0'])).toBe(1);
      expect(error).toHaveBeenCalledWith(expect.stringMatching(/--threads must be a positive whole number, not "0"/));
    } finally {
      error.mockRestore();
    }
  });
});
