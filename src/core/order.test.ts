import { describe, expect, it } from 'vitest';
import { compareCodeUnits } from './order.ts';

describe('compareCodeUnits', () => {
  // Each row: two strings → their order. Ids are content/articles file names; the last rows are where a locale's
  // collation would order differently (case, punctuation), which must not change the bundle from machine to machine.
  const rows: Array<[string, string, number]> = [
    ['2018-03-12_bbc_BB-internationalNews-150', '2018-03-12_cnn_CN-internationalNews-100', -1],
    ['2018-07-11_skynews_SK-internationalNews-2592', '2018-07-11_alarabiya_AL-internationalNews-1895', 1],
    ['000_65e48351ce8b35e2', '000_65e48351ce8b35e2', 0],
    ['B', 'a', -1],
    ['a-b', 'a_b', -1],
    ['ستولتنبرغ', 'بوتين', 1],
  ];
  it.each(rows)('%s vs %s → %i', (a, b, order) => {
    expect(compareCodeUnits(a, b)).toBe(order);
    expect(compareCodeUnits(b, a)).toBe(-order || 0);
  });
});
