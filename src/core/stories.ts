/**
 * Stories: articles that report the same event or developing story.
 * (Foundation version: no grouping yet; the comparison issue fills it.)
 */
import type { Story } from './bundle-schema.ts';

export interface StoryInput {
  id: string;
  title: string;
}

export interface StoryGrouping {
  stories: Story[];
  storyOf: Map<string, string>;
}

export function groupStories(items: StoryInput[]): StoryGrouping {
  void items;
  return { stories: [], storyOf: new Map() };
}
