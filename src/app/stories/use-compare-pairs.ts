import { useMemo } from 'react';
import type { Story } from '../../core/bundle-schema.ts';
import { comparePairs, type ComparePair } from '../../core/stories.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { storyInputOf } from '../../core/story-input.ts';

/** Same-event pairs of a story worth comparing (different outlets, ±1 day, similar), best first. */
export function useComparePairs(stories: Story[]): Map<string, ComparePair[]> {
  const { bundle } = useBundle();
  // Keyed by the stories' ids, so a caller that builds a new array each render does not recompute.
  const ids = stories.map((s) => s.id).join('\n');
  return useMemo(() => {
    const wanted = new Set(ids.split('\n'));
    const inputs = bundle.items.map(storyInputOf);
    return new Map(bundle._riwaya.stories.filter((s) => wanted.has(s.id)).map((story) => [story.id, comparePairs(story, inputs)]));
  }, [bundle, ids]);
}
