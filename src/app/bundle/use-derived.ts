import { useEffect, useState } from 'react';
import type { SearchIndex } from '../search/search-index.ts';
import { itemsByEntity } from './derive.ts';
import type { LoadedBundle } from './load-bundle.ts';
import { useBundle } from './use-bundle.ts';

const cache = new WeakMap<LoadedBundle, ReturnType<typeof derive>>();

function derive(loaded: LoadedBundle) {
  return { byEntity: itemsByEntity(loaded.items) };
}

/** Indexes over the bundle, built once per loaded bundle and shared by every view. */
export function useDerived() {
  const loaded = useBundle();
  let value = cache.get(loaded);
  if (!value) {
    value = derive(loaded);
    cache.set(loaded, value);
  }
  return value;
}

const searchIndexes = new WeakMap<LoadedBundle, SearchIndex>();
const building = new WeakMap<LoadedBundle, Promise<SearchIndex>>();

/**
 * The search index over the bundle: its code (MiniSearch) is loaded and the index built on the first search, so a
 * page without a query never pays for either. Null until it is ready; then the same index for every view.
 */
export function useSearchIndex(wanted: boolean): SearchIndex | null {
  const loaded = useBundle();
  const ready = searchIndexes.get(loaded) ?? null;
  const [, setBuilt] = useState(0);
  useEffect(() => {
    if (!wanted || ready) return;
    let live = true;
    let promise = building.get(loaded);
    if (!promise) {
      promise = import('../search/search-index.ts').then(({ buildSearchIndex }) => {
        const index = buildSearchIndex(loaded.items, loaded.entityById);
        searchIndexes.set(loaded, index);
        return index;
      });
      building.set(loaded, promise);
    }
    void promise.then(() => {
      if (live) setBuilt((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [wanted, ready, loaded]);
  return ready;
}
