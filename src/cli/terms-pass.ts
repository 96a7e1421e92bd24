/**
 * The articles' own search terms, worked out on a worker thread beside the entity passes (terms-worker.ts). Those
 * passes use one core; the search postings were the costliest part of the writing stage that follows them (10,000
 * wide-corpus articles: about half of its 9.3 s). The terms are the ones SearchPostingsBuilder.add would work out
 * (articleTermWeights), so the bundle is byte-identical; when the worker fails, the writing stage works them out.
 */
import { Worker } from 'node:worker_threads';
import type { SpillRecord } from './spill.ts';

export interface TermsWorkerData {
  articlesPath: string;
  termsPath: string;
  records: SpillRecord[];
}
export type TermsWorkerResult = { ok: true; records: SpillRecord[] } | { ok: false; message: string };

const WORKER_ENTRY = new URL('./terms-worker.mjs', import.meta.url);

export interface TermsPass {
  /**
   * Once the worker has exited: where each article's terms are in the spill file at `termsPath` (in the order of the
   * records given), or why there are none.
   */
  done: Promise<TermsWorkerResult>;
  /** Stops the worker (a run that ends early). */
  stop(): Promise<void>;
}

/**
 * Started on the records at `at` of the spill file `articlesPath` (flushed up to them). `workerEntry`: the worker's
 * entry point; tests give one that fails.
 */
export function startTermsPass(articlesPath: string, at: SpillRecord[], termsPath: string, workerEntry: URL = WORKER_ENTRY): TermsPass {
  const data: TermsWorkerData = { articlesPath, termsPath, records: at };
  const worker = new Worker(workerEntry, { workerData: data, execArgv: [] });
  const done = new Promise<TermsWorkerResult>((resolve) => {
    let result: TermsWorkerResult = { ok: false, message: 'the terms worker stopped without an answer' };
    worker.on('message', (message: TermsWorkerResult) => {
      result = message.ok && message.records.length !== at.length ? { ok: false, message: `the terms worker answered for ${message.records.length} of ${at.length} articles` } : message;
    });
    worker.on('error', (error) => {
      result = { ok: false, message: `the terms worker failed (${error.message})` };
    });
    // Resolved on exit, not on the answer: the worker's memory is given back by then.
    worker.on('exit', () => resolve(result));
  });
  return {
    done,
    stop: async () => {
      await worker.terminate();
    },
  };
}
