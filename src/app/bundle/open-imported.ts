/**
 * The reader's imported articles opened as a collection of their own: the v1 bundle the import made (its JSON Feed
 * file) handed to a data worker of its own, which checks and opens it as it does a fetched bundle (nothing is
 * fetched, nothing cached). The import page's: not in any page's critical JavaScript.
 */
import { workerCall } from './data-client.ts';
import { dataWorker, openWith, type LoadedBundle } from './load-bundle.ts';

/** The name the imported bundle goes by in errors. */
export const IMPORTED_BUNDLE = 'imported.json';

export async function openImported(feed: Blob): Promise<LoadedBundle> {
  const worker = dataWorker();
  const stop = () => worker.terminate();
  const request = { url: IMPORTED_BUNDLE, checkedDigest: null, checkedBuild: null, cacheName: null, v2CacheName: null, body: feed };
  return { ...(await openWith(workerCall(worker), request, stop)), imported: true, dispose: stop };
}
