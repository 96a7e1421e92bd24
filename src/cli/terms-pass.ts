/**
 * The articles' own search terms, worked out on a worker thread beside the entity passes (terms-worker.ts). Those
 * passes use one core; the search postings were the costliest part of the writing stage that follows them (10,000
 * wide-corpus articles: about half of its 9.3 s). The terms are the ones SearchPostingsBuilder.add would work out
 * (articleTermWeights), so the bundle is byte-identical; when the worker fails, the writing stage works them out.
 */
import { Worker } from 'node:worker_threads';
import { Spill, type SpillRecord } from './spill.ts';

export interface TermsWorkerData {
  articlesPath: string;
  termsPath: string;
  records: SpillRecord[];
}
export type TermsWorkerResult = { ok: true; records: SpillRecord[] } | { ok: false; message: string };

const WORKER_ENTRY = new URL('./terms-worker.mjs', import.meta.url);

export interface TermsPass {
  /** Each article's terms record in the order given, and the spill to read them from; null if the worker failed. */
  done: Promise<{ terms: Spill; records: SpillRecord[] } | null>;
  /** Stops the worker (a run that ends early). */
  stop(): Promise<void>;
}

/** Started on the spilled articles at `at` (the spill is flushed first). */
export function startTermsPass(articles: Spill, at: SpillRecord[], termsPath: string): TermsPass {
  articles.flush();
  const data: TermsWorkerData = { articlesPath: articles.path, termsPath, records: at };
  const worker = new Worker(WORKER_ENTRY, { workerData: data, execArgv: [] });
  const done = new Promise<{ terms: Spill; records: SpillRecord[] } | null>((resolve) => {
    let settled = false;
    const settle = (value: { terms: Spill; records: SpillRecord[] } | null) => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    worker.on('message', (result: TermsWorkerResult) => {
      if (!result.ok || result.records.length !== at.length) return settle(null);
      try {
        settle({ terms: new Spill(termsPath, 'read'), records: result.records });
      } catch {
        settle(null);
      }
    });
    worker.on('error', () => settle(null));
    worker.on('exit', () => settle(null));
  });
  return {
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
}
