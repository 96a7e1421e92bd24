/** The messages between the import page and its worker (import.worker.ts): plain data, structured-cloned. */
import type { ImportedArticle, ImportInput, ImportProgress, ImportReport } from './run-import.ts';

export type ImportRequest = { type: 'start'; input: ImportInput } | { type: 'cancel' };

export type ImportAnswer =
  | { type: 'progress'; progress: ImportProgress }
  /** `json` is the bundle as a JSON Feed 1.1 file (the CLI's bytes); `articles` what the page lists of it. */
  | { type: 'done'; report: ImportReport; articles: ImportedArticle[]; json: string }
  | { type: 'empty'; report: ImportReport }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };
