import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { RowSizes } from './VirtualList.tsx';

// The article ids of content/articles, in bundle order: the keys of home's rows.
const ids = contentBundle().items.map((item) => item.id);
const ESTIMATE = 176;

/**
 * Sizes measured for the rows of a first list (every fourth article: 17 sizes), as a reader scrolling through it
 * leaves them. Fewer than the rows of each new list below but one, so the lookup by known key is what runs there.
 */
function measuredOnFirstList(): RowSizes {
  const sizes = new RowSizes();
  ids.forEach((id, k) => {
    if (k % 4 === 0) sizes.record(id, k / 4, ESTIMATE + ((k * 37) % 90) - 30, ESTIMATE);
  });
  return sizes;
}

describe('RowSizes.extraFor: a new list finds the sizes measured before', () => {
  // New lists after the first: a filter (every third article), the same reversed (a search's order), all of them,
  // and one article. Each row's extra size is the same whether each row's key is looked up or each known key's row.
  const lists: Array<[string, string[]]> = [
    ['every third article', ids.filter((_, k) => k % 3 === 0)],
    ['every third, reversed', ids.filter((_, k) => k % 3 === 0).reverse()],
    ['all articles', ids],
    ['one article', [ids[4]!]],
  ];
  it.each(lists)('%s: by the known keys (indexOfKey) as by every row', (_, list) => {
    const sizes = measuredOnFirstList();
    const at = new Map(list.map((id, i) => [id, i]));
    const byRow = sizes.extraFor(list.length, (i) => list[i]!, ESTIMATE);
    const byKey = sizes.extraFor(list.length, (i) => list[i]!, ESTIMATE, (key) => at.get(key) ?? -1);
    expect(Array.from(byKey)).toEqual(Array.from(byRow));
    // Some rows of each list (but the one-article list's) were measured before: the check is not all zeros.
    if (list.length > 1) expect(byRow.some((extra) => extra !== 0)).toBe(true);
  });

  it('knows nothing yet for a list drawn before any row was measured', () => {
    expect(Array.from(new RowSizes().extraFor(3, (i) => ids[i]!, ESTIMATE, () => 0))).toEqual([0, 0, 0]);
  });
});
