import { buildSearchIndex } from '../search/search-index.ts';
import { itemsByEntity } from './derive.ts';
import type { LoadedBundle } from './load-bundle.ts';
import { useBundle } from './use-bundle.ts';

const cache = new WeakMap<LoadedBundle, ReturnType<typeof derive>>();

function derive(loaded: LoadedBundle) {
  return {
    byEntity: itemsByEntity(loaded.items),
    // Built lazily on first search: the home page without a query never pays for it.
    get search() {
      const index = buildSearchIndex(loaded.items, loaded.entityById);
      Object.defineProperty(this, 'search', { value: index });
      return index;
    },
  };
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
