/**
 * The per-article stages of the pipeline (prepareArticle: cleaning, title, the entity recogniser, dates) on worker
 * threads. Each worker loads the model once; articles go out in batches, each worker taking the next batch when it
 * has sent its last one back, and the results are put back in input order, so the bundle assembled from them is
 * byte-identical to the one-thread pipeline's. The collection stages (assembleBundle) stay on the main thread.
 *
 * A failure never leaves the caller waiting: an article that cannot be prepared, a model a worker cannot load, or
 * a worker that dies (an uncaught error, an exit, memory) rejects `prepare` with a PrepareError naming the file (or
 * the files of the batch the dead worker had), and the other workers are stopped.
 */
import { Worker } from 'node:worker_threads';
import type { PreparedArticle, SourceArticle } from '../core/build-bundle.ts';

/** Articles per message: enough that messaging costs little against the recogniser, few enough to balance the load. */
export const DEFAULT_BATCH_SIZE = 64;
const WORKER_ENTRY = new URL('./prepare-worker.mjs', import.meta.url);

export interface WorkerData {
  /** The model file each worker loads (readNerModel); undefined: the committed model. */
  modelPath: string | undefined;
}
export interface ToWorker {
  batch: number;
  articles: SourceArticle[];
}
export type FromWorker =
  | { kind: 'prepared'; batch: number; prepared: PreparedArticle[] }
  | { kind: 'article-failed'; batch: number; file: string; message: string }
  | { kind: 'failed'; message: string };

export class PrepareError extends Error {}

export interface PreparePoolOptions {
  threads: number;
  modelPath?: string | undefined;
  batchSize?: number;
  /** The worker's entry point; tests give one that fails. */
  workerEntry?: URL;
}

interface Job {
  articles: SourceArticle[];
  batches: SourceArticle[][];
  results: PreparedArticle[][];
  next: number;
  done: number;
  resolve: (prepared: PreparedArticle[]) => void;
  reject: (error: Error) => void;
}

/** Which files a batch holds, for an error message. */
function filesOf(batch: SourceArticle[]): string {
  if (batch.length === 1) return batch[0]!.file;
  return `${batch.length} files, ${batch[0]!.file} … ${batch.at(-1)!.file}`;
}

export class PreparePool {
  private readonly workers: Worker[] = [];
  /** The batch each worker is preparing, by worker index; -1 when it is idle. */
  private readonly busy: number[] = [];
  private readonly batchSize: number;
  private job: Job | null = null;
  /** Set by the first failure; every later `prepare` rejects with it. */
  private failure: PrepareError | null = null;
  private closing = false;

  /** Starts the workers at once, so that they load the model while the caller reads its articles. */
  constructor(options: PreparePoolOptions) {
    if (!Number.isInteger(options.threads) || options.threads < 1) throw new RangeError(`threads must be a positive whole number, not ${options.threads}`);
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
    const workerData: WorkerData = { modelPath: options.modelPath };
    for (let w = 0; w < options.threads; w++) {
      // execArgv []: the entry registers tsx itself (prepare-worker.mjs); the parent's loader flags do nothing there.
      const worker = new Worker(options.workerEntry ?? WORKER_ENTRY, { workerData, execArgv: [] });
      worker.on('message', (message: FromWorker) => this.onMessage(w, message));
      worker.on('error', (error) => this.onWorkerGone(w, `failed (${error.message})`));
      // A message that cannot be decoded would leave its batch unanswered: the worker is as good as gone.
      worker.on('messageerror', (error) => this.onWorkerGone(w, `sent a message that cannot be read (${error.message})`));
      worker.on('exit', (code) => this.onWorkerGone(w, `stopped (exit code ${code})`));
      this.workers.push(worker);
      this.busy.push(-1);
    }
  }

  get threads(): number {
    return this.workers.length;
  }

  /** Prepares the articles on the workers; the result is in the order of `articles`. One call at a time. */
  prepare(articles: SourceArticle[]): Promise<PreparedArticle[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.job) return Promise.reject(new Error('PreparePool.prepare: the previous call has not finished'));
    const batches: SourceArticle[][] = [];
    for (let at = 0; at < articles.length; at += this.batchSize) batches.push(articles.slice(at, at + this.batchSize));
    return new Promise((resolve, reject) => {
      this.job = { articles, batches, results: [], next: 0, done: 0, resolve, reject };
      if (batches.length === 0) this.finish();
      else this.workers.forEach((_, w) => this.dispatch(w));
    });
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private dispatch(w: number): void {
    const job = this.job;
    if (job === null || job.next === job.batches.length) return;
    const batch = job.next++;
    this.busy[w] = batch;
    const message: ToWorker = { batch, articles: job.batches[batch]! };
    this.workers[w]!.postMessage(message);
  }

  private onMessage(w: number, message: FromWorker): void {
    if (message.kind === 'failed') return this.fail(new PrepareError(message.message));
    const job = this.job;
    if (job === null) return;
    if (message.kind === 'article-failed') return this.fail(new PrepareError(`${message.file}: cannot prepare the article (${message.message})`));
    this.busy[w] = -1;
    job.results[message.batch] = message.prepared;
    job.done++;
    if (job.done === job.batches.length) this.finish();
    else this.dispatch(w);
  }

  private onWorkerGone(w: number, how: string): void {
    if (this.closing) return;
    const batch = this.busy[w]!;
    const files = batch >= 0 && this.job ? ` while preparing ${filesOf(this.job.batches[batch]!)}` : '';
    this.fail(new PrepareError(`worker thread ${w + 1} of ${this.workers.length} ${how}${files}`));
  }

  private finish(): void {
    const job = this.job!;
    this.job = null;
    job.resolve(job.results.flat());
  }

  private fail(error: PrepareError): void {
    if (this.failure) return;
    this.failure = error;
    const job = this.job;
    this.job = null;
    void this.close();
    job?.reject(error);
  }
}
