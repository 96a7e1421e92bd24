/**
 * What a reader's saved/read state is attached to: an article's id *and* its content. Ids are file names, and a
 * reused file name gives the id to another article; the content hash keeps the state with the article it was made
 * for. Pure functions, no storage.
 */
import type { ArticleState } from './library-store.ts';

/** An article as the library sees it: its id and title, and its text once downloaded (a list row has none). */
export interface ArticleRef {
  id: string;
  title: string;
  content_text?: string;
}

/** An article whose text is at hand. */
export type ArticleWithText = ArticleRef & { content_text: string };

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

const keys = new WeakMap<ArticleRef, string>();

/**
 * The key of an article's state: `id/hash` of title and text. A "/" cannot occur in an id (a file name), so a key
 * never equals a plain id, which is how records written before keys had hashes are told apart (see stateFor).
 */
export function articleKey(item: ArticleWithText): string {
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
export function stateFor(states: ReadonlyMap<string, ArticleState>, item: ArticleRef): ArticleState | undefined {
  if (item.content_text !== undefined) return states.get(articleKey(item as ArticleWithText)) ?? states.get(item.id);
  // The text is not downloaded (a row of a large archive): the latest record kept for this id stands for it.
  let latest = states.get(item.id);
  for (const state of states.values()) if (state.article === item.id && (!latest || state.updated > latest.updated)) latest = state;
  return latest;
}

/** Saved records whose article is no longer in the bundle (gone, or its text changed), oldest save first. */
export function savedGone(states: ReadonlyMap<string, ArticleState>, items: readonly ArticleRef[]): ArticleState[] {
  const present = new Set<string>();
  const withoutText = new Set<string>();
  for (const item of items) {
    if (item.content_text !== undefined) present.add(articleKey(item as ArticleWithText));
    else withoutText.add(item.id);
    // A record from before hashes is present while its id is.
    present.add(item.id);
  }
  // An article whose text is not downloaded cannot be told from a changed one: its records count as present.
  return [...states.values()]
    .filter((state) => state.saved && !present.has(state.id) && !(state.article !== undefined && withoutText.has(state.article)))
    .sort((a, b) => a.updated - b.updated || a.id.localeCompare(b.id));
}
