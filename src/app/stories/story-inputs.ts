import type { BundleItem } from '../../core/bundle-schema.ts';
import type { StoryInput } from '../../core/stories.ts';

/** The core's story input for a bundle item (the same fields the CLI passes). */
export function storyInput(item: BundleItem): StoryInput {
  return {
    id: item.id,
    title: item.title,
    text: item.content_text,
    published: item._riwaya.published,
    entities: item._riwaya.mentions.map((m) => m.entity),
    outlet: item._riwaya.outlet,
  };
}
