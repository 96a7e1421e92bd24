/**
 * What a reader's saved/read state is attached to: an article's id *and* its content. Ids are file names, and a
 * reused file name gives the id to another article; the content hash keeps the state with the article it was made
 * for. Pure functions, no storage.
 */
import type { BundleItem } from '../../core/bundle-schema.ts';
import type { ArticleState } from './library-store.ts';

/**
 * FNV-1a, 32 bits, over UTF-16 code units, as 8 hex digits: cheap (one pass, no crypto, synchronous) and enough to
 * tell two articles under one id apart; it is not a defence against someone crafting collisions, which would only
 * move a reader's own bookmark.
 */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const keys = new WeakMap<BundleItem, string>();

/**
 * The key of an article's state: `id/hash` of title and text. A "/" cannot occur in an id (a file name), so a key
 * never equals a plain id, which is how records written before keys had hashes are told apart (see stateFor).
 */
export function articleKey(item: BundleItem): string {
  let key = keys.get(item);
  if (key === undefined) {
    key = `${item.id}/${contentHash(`${item.title}\u0000${item.content_text}`)}`;
    keys.set(item, key);
  }
  return key;
}

/**
 * The stored state of an article: the record under its key; else a record from before hashes (keyed by the plain
 * id), which is taken to belong to the article that has that id now — the only guess possible for it.
 */
export function stateFor(states: ReadonlyMap<string, ArticleState>, item: BundleItem): ArticleState | undefined {
  return states.get(articleKey(item)) ?? states.get(item.id);
}

/** Saved records whose article is no longer in the bundle (gone, or its text changed), oldest save first. */
export function savedGone(states: ReadonlyMap<string, ArticleState>, items: readonly BundleItem[]): ArticleState[] {
  const present = new Set<string>();
  for (const item of items) {
    present.add(articleKey(item));
    // A record from before hashes is present while its id is.
    present.add(item.id);
  }
  return [...states.values()].filter((state) => state.saved && !present.has(state.id)).sort((a, b) => a.updated - b.updated || a.id.localeCompare(b.id));
}
