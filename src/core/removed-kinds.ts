/*
 * A module of its own (re-exported by clean.ts): the article page names what cleaning removed without loading the
 * cleaner, its line patterns and word lists (~3 KB of the page's critical JavaScript).
 */

/** Every kind of residue the cleaner can cut; the app maps each code to words. */
export const REMOVED_KINDS = [
  'shortcode',
  'share',
  'ad',
  'read-also',
  'appended-article',
  'more-link',
  'source',
  'byline',
  'tags',
  'hashtags',
  'related-list',
  'related-headlines',
  'glued-headlines',
  'separator',
  'promo',
  'url',
  'image-credit',
  'image-caption',
  'embed',
  'invisible',
  'teaser',
  'timestamp',
  'site',
] as const;

export type RemovedKind = (typeof REMOVED_KINDS)[number];
