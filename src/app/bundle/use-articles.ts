/** Views' access to the data layer: articles' texts (fetched shard by shard) and queries answered by the data worker. */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ArticleResult, Query, QueryResult } from './collection.ts';
import { useBundle } from './use-bundle.ts';

/**
 * The articles' texts (or failures); undefined while one is being fetched. A fetch starts for each missing one; in the
 * `background` (a list's leads) it waits for the data worker's questions (data-client.ts `load`).
 */
export function useArticles(ids: readonly string[], background = false): { results: Array<ArticleResult | undefined>; pending: boolean } {
  const { data } = useBundle();
  useSyncExternalStore(data.subscribe, data.getVersion, data.getVersion);
  const results = ids.map((id) => data.peek(id));
  const key = ids.join('\u0000');
  const pending = results.some((r) => r === undefined);
  useEffect(() => {
    if (pending) void data.load(key === '' ? [] : key.split('\u0000'), background);
  }, [data, key, pending, background]);
  return { results, pending };
}

/**
 * One article (see useArticles). Its component is drawn again only when this article arrives, not when another does
 * (a screenful of leads arrives a shard at a time).
 */
export function useArticle(id: string | null, background = false): ArticleResult | undefined {
  const { data } = useBundle();
  const peek = () => (id === null ? undefined : data.peek(id));
  const result = useSyncExternalStore(data.subscribe, peek, peek);
  useEffect(() => {
    if (id !== null && result === undefined) void data.load([id], background);
  }, [data, id, result, background]);
  return result;
}

/** Whether a query narrows anything (else every article, in reading order, is the answer: known without asking). */
export function narrows(query: Query): boolean {
  return query.entities.length > 0 || query.from !== null || query.to !== null || query.q.trim() !== '';
}

/**
 * The data worker's answer to a query: null while it is being computed. The unfiltered list is known at once (so a
 * prerendered home page hydrates with the markup it was built with).
 */
export function useQuery(query: Query): QueryResult | null {
  const loaded = useBundle();
  const key = JSON.stringify(query);
  const wanted = narrows(query);
  // Asked while rendering (the data client sends each question once), so the worker starts before the page is drawn.
  const entry = wanted ? loaded.data.answer(key) : null;
  // What this render shows: an answer that comes before the effect below runs still draws the page again.
  const result = entry?.result ?? null;
  const [, setArrived] = useState(0);
  useEffect(() => {
    if (entry === null || result !== null) return;
    let live = true;
    void entry.ready.then(() => {
      if (live) setArrived((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [entry, result]);
  return wanted ? result : allOf(loaded);
}

const everything = new WeakMap<object, QueryResult>();

function allOf(loaded: ReturnType<typeof useBundle>): QueryResult {
  let result = everything.get(loaded);
  if (!result) {
    result = { docs: loaded.items.map((i) => i.doc), terms: [] };
    everything.set(loaded, result);
  }
  return result;
}
