/**
 * The reader's imported articles opened as a collection of their own: the v1 bundle the import made (its JSON Feed
 * file) handed to a data worker of its own, which checks and opens it as it does a fetched bundle (nothing is
 * fetched, nothing cached). The import page's: not in any page's critical JavaScript.
 */
import { DataClient, workerCall } from './data-client.ts';
import { dataWorker, loadedOf, loadErrorOf, type LoadedBundle } from './load-bundle.ts';

/** The name the imported bundle goes by in errors. */
export const IMPORTED_BUNDLE = 'imported.json';

export async function openImported(feed: Blob): Promise<LoadedBundle> {
  const worker = dataWorker();
  const call = workerCall(worker);
  try {
    const reply = await call('open', { url: IMPORTED_BUNDLE, checkedDigest: null, checkedBuild: null, cacheName: null, v2CacheName: null, body: feed });
    const data = new DataClient(call);
    if (reply.preloaded) data.preload(reply.preloaded);
    return { ...loadedOf(reply.list, data, reply), imported: true, dispose: () => worker.terminate() };
  } catch (error) {
    worker.terminate();
    throw loadErrorOf(error, IMPORTED_BUNDLE);
  }
}
