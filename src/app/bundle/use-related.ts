/** Related articles for the article page (its own module, so the scoring code loads with that page only). */
import { useEffect, useState } from 'react';
import type { LoadedBundle } from './load-bundle.ts';
import { relatedIn } from './related.ts';
import { useBundle } from './use-bundle.ts';

const inPlace = new WeakMap<LoadedBundle, (id: string) => string[]>();

/** The ids of the articles related to one: at once for a small collection, else from the data worker (null until it answers). */
export function useRelated(id: string | null): string[] | null {
  const loaded = useBundle();
  const { data, relatedColumns } = loaded;
  const [answer, setAnswer] = useState<{ id: string; related: string[] } | null>(null);
  useEffect(() => {
    if (id === null || relatedColumns !== null) return;
    let live = true;
    data.related(id).then(
      (related) => {
        if (live) setAnswer({ id, related });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [data, id, relatedColumns]);
  if (id !== null && relatedColumns !== null) {
    let related = inPlace.get(loaded);
    if (!related) {
      related = relatedIn(relatedColumns);
      inPlace.set(loaded, related);
    }
    return related(id);
  }
  return answer !== null && answer.id === id ? answer.related : null;
}
