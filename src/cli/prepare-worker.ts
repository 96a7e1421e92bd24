/**
 * A worker thread of the prepare pool (prepare-pool.ts): loads the entity model once, then prepares each batch of
 * articles it is sent and sends the prepared articles back. An article that cannot be prepared is reported with its
 * file name, and the worker goes on waiting for the next batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { prepareArticle, type SourceArticle } from '../core/build-bundle.ts';
import type { NerModel } from '../core/ner/model.ts';
import { readNerModel } from './ner-model.ts';
import type { FromWorker, ToWorker, WorkerData } from './prepare-pool.ts';

const port = parentPort;
if (port === null) throw new Error('prepare-worker.ts runs as a worker thread (see prepare-pool.ts)');
const send = (message: FromWorker) => port.postMessage(message);

const { modelPath } = workerData as WorkerData;
let model: NerModel | undefined;
try {
  model = readNerModel(modelPath);
} catch (error) {
  send({ kind: 'failed', message: (error as Error).message });
}

if (model !== undefined) {
  const loaded = model;
  port.on('message', ({ batch, articles }: ToWorker) => {
    const prepared = [];
    for (const article of articles as SourceArticle[]) {
      try {
        prepared.push(prepareArticle(article, loaded));
      } catch (error) {
        send({ kind: 'article-failed', batch, file: article.file, message: (error as Error).message });
        return;
      }
    }
    send({ kind: 'prepared', batch, prepared });
  });
}
