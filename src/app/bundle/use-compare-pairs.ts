import { useMemo } from 'react';
import type { Story } from '../../core/bundle-schema.ts';
import { comparePairsOf, type ComparePair } from '../../core/stories.ts';
import { useArticles } from './use-articles.ts';
import { useBundle } from './use-bundle.ts';
import { storyInputOf } from '../../core/story-input.ts';

/** Stories' articles whose texts are fetched for suggestions (their shards); a large archive's later stories get none. */
const SUGGESTED_ARTICLES = 120;

/**
 * Same-event pairs of stories worth comparing (different outlets, ±1 day, similar), best first. The similarity needs
 * the articles' texts: the stories' articles are fetched, and the pairs are made once they are here.
 */
export function useComparePairs(stories: Story[]): Map<string, ComparePair[]> {
  const { items, data, stories: all } = useBundle();
  const { pending } = useArticles([...new Set(stories.flatMap((s) => s.item_ids))].slice(0, SUGGESTED_ARTICLES));
  // Keyed by the stories' ids, so a caller that builds a new array each render does not recompute.
  const key = stories.map((s) => s.id).join('\n');
  return useMemo(() => {
    if (pending) return new Map<string, ComparePair[]>();
    const wanted = new Set(key.split('\n'));
    // Every article whose text is here (all of them in a small collection): the similarity model's documents.
    const inputs = items.flatMap((item) => {
      const result = data.peek(item.id);
      return result?.ok ? [storyInputOf(result.item)] : [];
    });
    const pairsOf = comparePairsOf(inputs);
    return new Map(all.filter((s) => wanted.has(s.id)).map((story) => [story.id, pairsOf(story)]));
  }, [items, data, all, key, pending]);
}
