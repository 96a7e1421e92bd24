import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { applyFilters, parseFilters, readRange, type RangeNote } from './filters.ts';
import { indexBundle } from './in-place.ts';

const loaded = indexBundle(contentBundle());
const ids = (query: string) => applyFilters(loaded.items, parseFilters(new URLSearchParams(query)), null).map((item) => item.id);

describe('readRange: the range an address asks for, and what had to be changed to read it', () => {
  it.each<[string, string | null, string | null, RangeNote[]]>([
    // the strip's own addresses (e2e/reader.spec.ts)
    ['from=2018-03&to=2018-07', '2018-03', '2018-07', []],
    ['', null, null, []],
    // issue 15, "why" 6: a day-precision start was silently ignored
    ['from=2023-06-01', '2023-06', null, [{ code: 'day', bound: 'from', given: '2023-06-01' }]],
    ['from=2018-03-12&to=2018-03-14', '2018-03', '2018-03', [{ code: 'day', bound: 'from', given: '2018-03-12' }, { code: 'day', bound: 'to', given: '2018-03-14' }]],
    // issue 15, "why" 6: an inverted range was silently ignored
    ['from=2018-07&to=2018-03', '2018-03', '2018-07', [{ code: 'inverted' }]],
    // both at once: a day, and the two bounds the wrong way round
    ['from=2024-11-26&to=2023-04', '2023-04', '2024-11', [{ code: 'day', bound: 'from', given: '2024-11-26' }, { code: 'inverted' }]],
    // not dates: month 13, a word, a day 32 (derive.test.ts's row, and two more)
    ['from=2018-13&to=march', null, null, [{ code: 'invalid', bound: 'from', given: '2018-13' }, { code: 'invalid', bound: 'to', given: 'march' }]],
    ['to=2018-03-32', null, null, [{ code: 'invalid', bound: 'to', given: '2018-03-32' }]],
  ])('%s → %j to %j', (query, from, to, notes) => {
    expect(readRange(new URLSearchParams(query))).toEqual({ from, to, notes });
  });
});

describe('ranges on content/articles', () => {
  it('a day-precision start filters by its month: ?from=2023-06-01 keeps seed 004 (15 June 2023) and what follows', () => {
    expect(ids('from=2023-06-01')).toEqual(ids('from=2023-06'));
    expect(ids('from=2023-06-01')).toContain('004_1f3ba952f4cdec09');
    expect(ids('from=2023-06-01')).not.toContain('000_65e48351ce8b35e2'); // 20 April 2023
  });

  it('an inverted range lists what the range in order lists', () => {
    expect(ids('from=2018-07&to=2018-03')).toEqual(ids('from=2018-03&to=2018-07'));
    expect(ids('from=2018-07&to=2018-03').length).toBeGreaterThan(0);
  });
});
