import { itemsByEntity } from './derive.ts';
import type { LoadedBundle } from './load-bundle.ts';
import { useBundle } from './use-bundle.ts';

const cache = new WeakMap<LoadedBundle, ReturnType<typeof derive>>();

function derive(loaded: LoadedBundle) {
  return { byEntity: itemsByEntity(loaded.items) };
}

/** Indexes over the list data, built once per loaded bundle and shared by every view. */
export function useDerived() {
  const loaded = useBundle();
  let value = cache.get(loaded);
  if (!value) {
    value = derive(loaded);
    cache.set(loaded, value);
  }
  return value;
}
