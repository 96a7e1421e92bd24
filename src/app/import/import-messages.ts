/** The messages between the import page and its worker (import.worker.ts): plain data, structured-cloned. */
import type { ImportedArticle, ImportInput, ImportProgress, ImportReport } from './run-import.ts';

/**
 * What the page sends. Files go as the browser's File objects (a handle each, read by the worker), a batch at a
 * time (`add`) before `start`: each File costs the page's main thread about 0.7 ms to send or to begin reading (544
 * files at once were one task of 280–440 ms), so batches with a pause between them keep every task short.
 */
export type WorkerInput = { kind: 'files' } | Extract<ImportInput, { kind: 'text' }>;

export type ImportRequest = { type: 'add'; files: { path: string; file: Blob }[] } | { type: 'start'; input: WorkerInput } | { type: 'cancel' };

export type ImportAnswer =
  | { type: 'progress'; progress: ImportProgress }
  /**
   * `feed` is the bundle as a JSON Feed 1.1 file (the CLI's bytes), made in the worker: the page gets a handle, not
   * megabytes of text to copy in; `articles` is what the page lists of it.
   */
  | { type: 'done'; report: ImportReport; articles: ImportedArticle[]; feed: Blob }
  | { type: 'empty'; report: ImportReport }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };
