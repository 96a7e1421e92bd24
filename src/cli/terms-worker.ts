/**
 * A worker thread that works out each spilled article's own search terms (articleTermWeights: title, text, tags)
 * while the main thread runs the entity passes, which use one core: the writing stage then reads them instead of
 * tokenizing every text itself (terms-pass.ts). Its answer: a TermsWorkerResult.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PreparedArticle } from '../core/build-bundle.ts';
import { articleTermWeights } from '../core/bundle-v2/split.ts';
import { Spill, type SpillRecord } from './spill.ts';
import type { TermsWorkerData, TermsWorkerResult } from './terms-pass.ts';

const port = parentPort;
if (port === null) throw new Error('terms-worker.ts runs as a worker thread (see terms-pass.ts)');
const { articlesPath, termsPath, records } = workerData as TermsWorkerData;
let result: TermsWorkerResult;
try {
  const articles = new Spill(articlesPath, 'read');
  const terms = new Spill(termsPath);
  const written: SpillRecord[] = [];
  for (const record of records) {
    const prepared = articles.read<PreparedArticle>(record);
    written.push(terms.append(articleTermWeights(prepared.title, prepared.content, prepared.tags)));
  }
  terms.flush();
  terms.close();
  articles.close();
  result = { ok: true, records: written };
} catch (error) {
  result = { ok: false, message: (error as Error).message };
}
port.postMessage(result);
