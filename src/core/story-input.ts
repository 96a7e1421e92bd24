/** The story grouping's view of a bundle item: what the app, the evaluation and the benchmark all pass to it. */
import type { BundleItem } from './bundle-schema.ts';
import type { StoryInput } from './stories.ts';

export function storyInputOf(item: BundleItem): StoryInput {
  return {
    id: item.id,
    title: item.title,
    text: item.content_text,
    published: item._riwaya.published,
    entities: item._riwaya.mentions.map((m) => m.entity),
    outlet: item._riwaya.outlet,
  };
}
