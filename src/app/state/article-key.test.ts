import { describe, expect, it } from 'vitest';
import type { BundleItem } from '../../core/bundle-schema.ts';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { articleKey, contentHash, savedGone, stateFor } from './article-key.ts';
import type { ArticleState } from './library-store.ts';

const [first, second] = contentBundle().items as [BundleItem, BundleItem];
/** `other`'s article published under `first`'s file name: a reused id. */
const reused: BundleItem = { ...second, id: first.id };
const state = (id: string, fields: Partial<ArticleState> = {}): ArticleState => ({ id, saved: true, read: true, position: 0.5, updated: 1, ...fields });

describe('article keys', () => {
  // FNV-1a 32 reference values (the algorithm's published test vectors: "" and "a").
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
  ])('contentHash(%j) is %s', (text, hash) => {
    expect(contentHash(text)).toBe(hash);
  });

  it('tells two articles under one id apart, and finds one article again in a new copy of the bundle', () => {
    expect(articleKey(reused)).not.toBe(articleKey(first));
    expect(articleKey(structuredClone(first))).toBe(articleKey(first));
    expect(articleKey(first).startsWith(`${first.id}/`)).toBe(true);
  });

  // Issue 12 #8 (tester): state was keyed by the id alone, so a reused file name gave a saved/read mark to another
  // article.
  it('does not give an article the state of another article that had its id', () => {
    const states = new Map([[articleKey(first), state(articleKey(first), { article: first.id })]]);
    expect(stateFor(states, first)).toMatchObject({ saved: true });
    expect(stateFor(states, reused)).toBeUndefined();
  });

  it('takes a record from before content hashes (keyed by the plain id) for the article with that id', () => {
    const states = new Map([[first.id, state(first.id)]]);
    expect(stateFor(states, first)).toMatchObject({ saved: true, position: 0.5 });
  });

  // Issue 12 #8 (tester): a saved article that left the bundle vanished from Saved without notice.
  it('lists saved records whose article is gone or changed, not those still present nor unsaved ones', () => {
    const goneKey = articleKey(reused);
    const states = new Map([
      [articleKey(first), state(articleKey(first))],
      [goneKey, state(goneKey, { article: first.id, title: reused.title, updated: 5 })],
      ['removed/0000abcd', state('removed/0000abcd', { updated: 3 })],
      ['unsaved/0000abcd', state('unsaved/0000abcd', { saved: false })],
      // from before hashes: present while its id is, gone when it is not
      [second.id, state(second.id)],
      ['old-gone', state('old-gone', { updated: 4 })],
    ]);
    expect(savedGone(states, [first, second]).map((s) => s.id)).toEqual(['removed/0000abcd', 'old-gone', goneKey]);
  });
});
