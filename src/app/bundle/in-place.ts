/** The data layer in place, without a worker: the build's prerendering and the tests (Node). */
import type { Bundle, DroppedItem } from '../../core/bundle-schema.ts';
import { collectionOfBundle } from './collection.ts';
import { DataClient, directCall } from './data-client.ts';
import { Engine } from './engine.ts';
import { loadedOf, type LoadedBundle } from './load-bundle.ts';

/** A checked v1 bundle, opened in place with every article at hand. */
export function indexBundle(bundle: Bundle, dropped: DroppedItem[] = []): LoadedBundle {
  const engine = new Engine();
  const collection = collectionOfBundle(bundle);
  engine.adopt(collection);
  const data = new DataClient(directCall(engine));
  data.preload(bundle.items);
  return loadedOf(collection.listData(), data, { dropped });
}
