import { useMemo } from 'react';
import type { Story } from '../../core/bundle-schema.ts';
import { comparePairs, type ComparePair } from '../../core/stories.ts';
import { useBundle } from '../bundle/use-bundle.ts';
import { storyInputOf } from '../../core/story-input.ts';

/** Same-event pairs of a story worth comparing (different outlets, ±1 day, similar), best first. */
export function useComparePairs(stories: Story[]): Map<string, ComparePair[]> {
  const { bundle } = useBundle();
  return useMemo(() => {
    const inputs = bundle.items.map(storyInputOf);
    return new Map(stories.map((story) => [story.id, comparePairs(story, inputs)]));
  }, [bundle, stories]);
}
