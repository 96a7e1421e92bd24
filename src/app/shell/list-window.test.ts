import { describe, expect, it } from 'vitest';
import { rowsBetween, rowStarts } from './list-window.ts';

describe('rowStarts and rowsBetween', () => {
  // Rows of 100 px, except row 2 (measured at 250 px).
  const starts = rowStarts(10, (i) => (i === 2 ? 250 : 100));

  it('adds the sizes up to each row', () => {
    expect([...starts.slice(0, 5)]).toEqual([0, 100, 200, 450, 550]);
    expect(starts[10]).toBe(1150);
  });

  it.each([
    // a viewport inside one row
    [210, 300, [2, 3]],
    // a viewport from the top
    [0, 250, [0, 3]],
    // a row that ends exactly at the top is not drawn; one that starts exactly at the bottom neither
    [200, 450, [2, 3]],
    // past the end of the list: nothing
    [2000, 2500, [10, 10]],
    // above the list (the page's header in view): the first rows
    [-300, 150, [0, 2]],
    // the whole list
    [-1, 5000, [0, 10]],
  ] as const)('the stretch %d–%d meets rows %j', (top, bottom, expected) => {
    expect(rowsBetween(starts, top, bottom)).toEqual(expected);
  });

  it('has nothing to draw in an empty list', () => {
    expect(rowsBetween(rowStarts(0, () => 100), 0, 1000)).toEqual([0, 0]);
  });
});
