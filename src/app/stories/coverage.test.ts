/**
 * Coverage of the stories of content/articles (the corpus's five outlets, several same-day reports of one event):
 * each outlet once with its reports in time order, the first and latest report, places on the story's span.
 */
import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import type { ListItem } from '../bundle/load-bundle.ts';
import { coverageOf, summaryReports } from './coverage.ts';

const bundle = contentBundle();
const rowOf = (id: string, doc = 0): ListItem => {
  const item = bundle.items.find((i) => i.id === id)!;
  return { doc, id, title: item.title, outlet: item._riwaya.outlet, published: item._riwaya.published, entities: [], story: item._riwaya.story };
};

describe('coverageOf on the stories of content/articles', () => {
  for (const story of bundle._riwaya.stories) {
    it(`${story.id}: every report once, under its outlet, oldest first; first and latest at the ends of the span`, () => {
      const rows = story.item_ids.map((id, k) => rowOf(id, k));
      const coverage = coverageOf(rows);
      const listed = coverage.outlets.flatMap((o) => o.reports.map((r) => r.id));
      expect([...listed].sort()).toEqual([...story.item_ids].sort());
      expect(coverage.outlets.map((o) => o.outlet)).toEqual([...new Set(coverage.outlets.map((o) => o.outlet))]);
      for (const { outlet, reports } of coverage.outlets) {
        expect(reports.every((r) => r.outlet === outlet)).toBe(true);
        const days = reports.map((r) => r.published?.value ?? '~');
        expect(days).toEqual([...days].sort());
      }
      const dated = rows.filter((r) => r.published).map((r) => r.published!.value).sort();
      expect(coverage.first?.published?.value).toBe(dated[0]);
      expect(coverage.latest?.published?.value).toBe(dated.at(-1));
      expect(coverage.place(coverage.first!)).toBe(dated[0] === dated.at(-1) ? 0.5 : 0);
      if (dated[0] !== dated.at(-1)) expect(coverage.place(coverage.latest!)).toBe(1);
      for (const row of rows) {
        const place = coverage.place(row);
        expect(place === null || (place >= 0 && place <= 1)).toBe(true);
      }
    });
  }

  // Hand-made rows: an outlet known only by undated reports comes last; undated reports have no place.
  it('puts undated reports last and gives them no place', () => {
    const row = (id: string, outlet: string | null, value: string | null): ListItem => ({ doc: 0, id, title: id, outlet, published: value ? { value, precision: value.length === 10 ? 'day' : 'month' } : null, entities: [], story: 's' });
    const coverage = coverageOf([row('c', 'ب', null), row('b', 'أ', '2018-03-14'), row('a', 'ب', '2018-03-12'), row('d', null, '2018-03')]);
    expect(coverage.outlets.map((o) => [o.outlet, o.reports.map((r) => r.id)])).toEqual([
      [null, ['d']],
      ['ب', ['a', 'c']],
      ['أ', ['b']],
    ]);
    expect(coverage.first?.id).toBe('d');
    expect(coverage.latest?.id).toBe('b');
    expect(coverage.place(row('c', 'ب', null))).toBeNull();
    expect(coverage.place(row('a', 'ب', '2018-03-12'))).toBeCloseTo(11 / 13);
  });
});

describe('summaryReports', () => {
  // Hand-made pairs, best first (as comparePairs gives them); outlets by id's first letter.
  const outletOf = (id: string) => id[0]!;
  it.each([
    ['no pair: no summary', [], []],
    ['the best pair alone when no third outlet pairs with it', [{ a: 'a1', b: 'b1' }, { a: 'a1', b: 'b2' }], ['a1', 'b1']],
    ['a third report of a third outlet paired with either', [{ a: 'a1', b: 'b1' }, { a: 'x9', b: 'y9' }, { a: 'c1', b: 'b1' }], ['a1', 'b1', 'c1']],
    ['the first such third only', [{ a: 'a1', b: 'b1' }, { a: 'a1', b: 'c1' }, { a: 'd1', b: 'b1' }], ['a1', 'b1', 'c1']],
  ])('%s', (_, pairs, expected) => {
    expect(summaryReports(pairs.map((p) => ({ ...p, similarity: 0.5 })), outletOf)).toEqual(expected);
  });
});
