import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { monthHistogram, peakCount, sentenceAround } from './derive.ts';
import { applyFilters, filtersToParams, parseFilters } from './filters.ts';
import { indexBundle } from './in-place.ts';
import type { ListItem } from './load-bundle.ts';

const bundle = contentBundle();
const loaded = indexBundle(bundle);
const withPublished = (value: string | null): ListItem => ({ ...loaded.items[0]!, published: value ? { value, precision: value.length === 7 ? 'month' : 'day' } : null });

describe('monthHistogram', () => {
  it('fills every month between the first and the last, across a year boundary', () => {
    const months = monthHistogram([withPublished('2017-11-20'), withPublished('2018-02'), withPublished('2018-02-03')]);
    expect(months).toEqual([
      { month: '2017-11', count: 1 },
      { month: '2017-12', count: 0 },
      { month: '2018-01', count: 0 },
      { month: '2018-02', count: 2 },
    ]);
  });

  it('counts the content folder: March 2018 holds the Skripal reports (corpus manifest)', () => {
    const march = monthHistogram(loaded.items).find((m) => m.month === '2018-03');
    expect(march?.count).toBe(bundle.items.filter((i) => i._riwaya.published?.value.startsWith('2018-03')).length);
  });

  it('leaves undated items out, and is empty without dates', () => {
    expect(monthHistogram([withPublished(null)])).toEqual([]);
  });
});

describe('filters in the URL', () => {
  // Each row: query string → what the home page filters on.
  const rows: Array<[string, Partial<ReturnType<typeof parseFilters>>]> = [
    ['person=a&person=b&q=ناتو', { person: ['a', 'b'], q: 'ناتو' }],
    ['from=2018-03&to=2018-07', { from: '2018-03', to: '2018-07' }],
    ['from=2018-13&to=march', { from: null, to: null }],
  ];
  it.each(rows)('%s', (query, expected) => {
    expect(parseFilters(new URLSearchParams(query))).toMatchObject(expected);
  });

  it('round-trips through the URL', () => {
    const filters = parseFilters(new URLSearchParams('person=x&org=y&place=z&from=2018-03&q=قمة'));
    expect(parseFilters(filtersToParams(filters))).toEqual(filters);
  });

  it('an item must mention every chosen entity and fall in the month range (seed 000 names Stoltenberg and Putin)', () => {
    const stoltenberg = bundle._riwaya.entities.find((e) => e.aliases.includes('ستولتنبرغ'))!.id;
    const putin = bundle._riwaya.entities.find((e) => e.aliases.includes('بوتين'))!.id;
    const both = applyFilters(loaded.items, { ...parseFilters(new URLSearchParams()), person: [stoltenberg, putin] }, null);
    expect(both.map((i) => i.id)).toContain('000_65e48351ce8b35e2');
    for (const item of both) expect(item.entities).toEqual(expect.arrayContaining([stoltenberg, putin]));
    const in2023 = applyFilters(both, { ...parseFilters(new URLSearchParams()), from: '2023-01', to: '2023-12' }, null);
    expect(in2023.every((i) => i.published!.value.startsWith('2023'))).toBe(true);
    expect(in2023.length).toBeLessThan(both.length);
  });
});

describe('sentenceAround', () => {
  it('starts a sentence after the full stop and the white space that follow it', () => {
    const text = 'الجملة الأولى.\n\nوفي عام 2008 تقرر ذلك.';
    expect(text.slice(sentenceAround(text, 20, 28).start)).toMatch(/^وفي/);
  });
});

describe('peakCount', () => {
  // Issue 12 (tester): published 9999-12-31 beside 2018 made ~96,000 months, and Math.max(...counts) threw
  // "RangeError: Maximum call stack size exceeded" on the home and entity pages. 500,000 bars is past any engine's
  // argument limit, so a spread would fail here too.
  it('finds the peak of a histogram longer than a call can take as arguments', () => {
    const bars = Array.from({ length: 500_000 }, (_, i) => ({ count: i === 123_456 ? 7 : i % 3 }));
    expect(peakCount(bars)).toBe(7);
  });

  // The scale of the bars: never 0, so an empty or all-zero histogram divides by 1.
  it.each([
    [[], 1],
    [[{ count: 0 }, { count: 0 }], 1],
    [[{ count: 3 }, { count: 5 }, { count: 2 }], 5],
  ])('peak of %j is %i', (bars, peak) => {
    expect(peakCount(bars)).toBe(peak);
  });
});
