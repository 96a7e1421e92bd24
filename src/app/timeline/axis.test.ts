import { describe, expect, it } from 'vitest';
import { buildAxis, eventInPeriod, parseZoom, slotInPeriod, type AxisEvent, type PeriodSlot, type Slot } from './axis.ts';

const published = (value: string, precision: AxisEvent['precision'] = 'day'): AxisEvent => ({ kind: 'published', value, precision, endValue: null });
const mentioned = (value: string, precision: AxisEvent['precision'] = 'day', endValue: string | null = null): AxisEvent => ({ kind: 'mentioned', value, precision, endValue });

/** The five seed articles of content/articles: their publication and every resolved date their texts mention. */
const SEEDS: AxisEvent[] = [
  // 000 (NATO summit, 20 April 2023): "اليوم الخميس", "هذا الشهر", "11 و12 يوليو/ تموز المقبل", "الجمعة"
  published('2023-04-20'),
  mentioned('2023-04-20'),
  mentioned('2023-04', 'month'),
  mentioned('2023-07-11', 'day', '2023-07-12'),
  mentioned('2023-04-21'),
  // 001 (28 September 2023): "شباط/فبراير 2022", "الأربعاء"
  published('2023-09-28'),
  mentioned('2022-02', 'month'),
  mentioned('2023-09-27'),
  // 002: published "November 2023", known only to the month; its text dates nothing
  published('2023-11', 'month'),
  // 003 (26 November 2024): "يوم الثلاثاء", "الأسبوع الماضي", "الخميس الماضي", "عام 2023"
  published('2024-11-26'),
  mentioned('2024-11-26'),
  mentioned('2024-11-18', 'day', '2024-11-24'),
  mentioned('2024-11-21'),
  mentioned('2023', 'year'),
  // 004 (15 June 2023): "يوم الخميس" twice, "عام 2008", "30 سبتمبر"
  published('2023-06-15'),
  mentioned('2023-06-15'),
  mentioned('2008', 'year'),
  mentioned('2022-09-30'),
  mentioned('2023-06-15'),
];

const periods = (slots: Slot[]) => slots.filter((slot): slot is PeriodSlot => slot.kind === 'period');
const slot = (slots: Slot[], key: string) => periods(slots).find((s) => s.key === key);

describe('the axis spans the events it is given', () => {
  it('from the first to the last date of the seeds, a range counted to its end', () => {
    const axis = buildAxis(SEEDS, 'year');
    // 004's "عام 2008" is the earliest; 003's "يوم الثلاثاء", 26 November 2024, the latest.
    expect([axis.first, axis.last]).toEqual(['2008', '2024-11-26']);
    // 000's "11 و12 يوليو" alone: its end is the last date
    expect(buildAxis([mentioned('2023-07-11', 'day', '2023-07-12')], 'day')).toMatchObject({ first: '2023-07-11', last: '2023-07-12' });
  });

  it('nothing to draw when nothing is dated', () => {
    expect(buildAxis([], 'month')).toMatchObject({ slots: [], first: null, last: null, years: [], window: null, peak: 0 });
  });
});

describe('years zoom', () => {
  const axis = buildAxis(SEEDS, 'year');
  it('counts publications and mentioned events apart, per year', () => {
    expect(axis.slots).toEqual([
      // 004: "عام 2008"
      { kind: 'period', key: '2008', span: false, published: 0, mentioned: 1, coarse: 0 },
      // nothing from 2009 to 2021: one gap, not 13 empty bars
      { kind: 'gap', from: '2009', to: '2021' },
      // 001: February 2022; 004: 30 September
      { kind: 'period', key: '2022', span: false, published: 0, mentioned: 2, coarse: 0 },
      // 000, 001, 002, 004 published; 000 ×4, 001 ×1, 003's "عام 2023", 004 ×2 mentioned
      { kind: 'period', key: '2023', span: false, published: 4, mentioned: 8, coarse: 0 },
      // 003 published, and its three November dates
      { kind: 'period', key: '2024', span: false, published: 1, mentioned: 3, coarse: 0 },
    ]);
    expect(axis.peak).toBe(8);
  });

  it('lists the years that have events, for "jump to a year"', () => {
    expect(axis.years).toEqual([
      { year: '2008', count: 1 },
      { year: '2022', count: 2 },
      { year: '2023', count: 12 },
      { year: '2024', count: 4 },
    ]);
  });

  it('keeps up to two empty years as bars and makes a longer stretch one gap (corpus)', () => {
    const corpus = [
      // 2018-03-15 al-Arabiya: "1949"; 2018-03-27 BBC: "عام 1986"; 2018-10-14 Sky News: "عام 1987"
      mentioned('1949', 'year'),
      mentioned('1986', 'year'),
      mentioned('1987', 'year'),
      // 2018-07-16 al-Arabiya: "عام 1991"; 2018-07-16 France 24: "لعام 1999"
      mentioned('1991', 'year'),
      mentioned('1999', 'year'),
      // 2018-07-11 BBC: "11 سبتمبر/أيلول 2001"
      mentioned('2001-09-11'),
    ];
    const keys = buildAxis(corpus, 'year').slots.map((s) => (s.kind === 'gap' ? `${s.from}…${s.to}` : s.key));
    expect(keys).toEqual(['1949', '1950…1985', '1986', '1987', '1988…1990', '1991', '1992…1998', '1999', '2000', '2001']);
  });
});

describe('months zoom', () => {
  const axis = buildAxis(SEEDS, 'month');
  it('draws a month-precision publication in its month (002, November 2023)', () => {
    expect(slot(axis.slots, '2023-11')).toMatchObject({ published: 1, mentioned: 0 });
  });

  it('never draws a year-only date in a month: a coarse event of each period of its year, or the year as one span', () => {
    // 003's "عام 2023" over each month of 2023 drawn; 000's April: published, "اليوم الخميس", "هذا الشهر", "الجمعة"
    expect(slot(axis.slots, '2023-04')).toEqual({ kind: 'period', key: '2023-04', span: false, published: 1, mentioned: 3, coarse: 1 });
    const drawn2023 = periods(axis.slots).filter((s) => s.key.startsWith('2023'));
    expect(drawn2023.map((s) => s.key)).toEqual(['2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11']);
    expect(drawn2023.every((s) => s.coarse === 1)).toBe(true);
    // 004's "عام 2008", alone in its year: the year as one slot, not twelve empty months
    expect(axis.slots.slice(0, 2)).toEqual([
      { kind: 'period', key: '2008', span: true, published: 0, mentioned: 1, coarse: 0 },
      { kind: 'gap', from: '2009-01', to: '2022-01' },
    ]);
  });

  it("counts every event once: in its month, or in its year's span when the year has nothing finer", () => {
    const drawn = periods(axis.slots).reduce((sum, s) => sum + s.published + s.mentioned, 0);
    // all but 003's "عام 2023", whose year has months drawn (it is their band instead)
    expect(drawn).toBe(SEEDS.length - 1);
  });
});

describe('days zoom', () => {
  it('shows one year, the latest with a publication unless another is asked', () => {
    const axis = buildAxis(SEEDS, 'day');
    expect(axis.window).toBe('2024');
    // 003: "الأسبوع الماضي" from the 18th, "الخميس الماضي" the 21st (two empty days kept), then a gap to the 26th
    expect(axis.slots.map((s) => (s.kind === 'gap' ? `${s.from}…${s.to}` : `${s.key}:${s.published}/${s.mentioned}`))).toEqual([
      '2024-11-18:0/1',
      '2024-11-19:0/0',
      '2024-11-20:0/0',
      '2024-11-21:0/1',
      '2024-11-22…2024-11-25',
      '2024-11-26:1/1',
    ]);
  });

  it('draws 002, known only to November 2023, as the month and on no day', () => {
    const axis = buildAxis(SEEDS, 'day', '2023');
    expect(axis.window).toBe('2023');
    // 003's "عام 2023" over it
    expect(periods(axis.slots).filter((s) => s.key.startsWith('2023-11'))).toEqual([{ kind: 'period', key: '2023-11', span: true, published: 1, mentioned: 0, coarse: 1 }]);
    // 000's "هذا الشهر" (April 2023) over April's days, with the year's
    expect(slot(axis.slots, '2023-04-20')).toEqual({ kind: 'period', key: '2023-04-20', span: false, published: 1, mentioned: 1, coarse: 2 });
    // a year asked for that has no event falls back to the latest with a publication
    expect(buildAxis(SEEDS, 'day', '1990').window).toBe('2024');
    // 2018-07-11 France 24 mentions "عام 2030"; its publication's year is where the days start
    expect(buildAxis([published('2018-07-11'), mentioned('2030', 'year')], 'day').window).toBe('2018');
    // nothing published: the latest year with an event
    expect(buildAxis([mentioned('2001-09-11'), mentioned('2030', 'year')], 'day')).toMatchObject({ window: '2030', slots: [{ key: '2030', span: true }] });
  });

  it('stays one year long however many articles there are', () => {
    // 100,000 publications, one a day from 1 January 2000 (a generated archive the size issue 13 reads)
    const start = Date.UTC(2000, 0, 1);
    const many = Array.from({ length: 100_000 }, (_, i) => published(new Date(start + (i % 7300) * 86_400_000).toISOString().slice(0, 10)));
    const axis = buildAxis(many, 'day', '2004');
    expect(axis.slots).toHaveLength(366);
    expect(axis.years).toHaveLength(20);
    expect(buildAxis(many, 'month').slots).toHaveLength(240);
  });
});

describe('a chosen period', () => {
  it.each([
    // 000: "11 و12 يوليو" is on both days, not the day after
    ['2023-07-11', '2023-07-12', '2023-07-12', true],
    ['2023-07-11', '2023-07-12', '2023-07-13', false],
    ['2023-07-11', '2023-07-12', '2023-07', true],
    // 002: November 2023 may be any of its days; not December's
    ['2023-11', null, '2023-11-05', true],
    ['2023-11', null, '2023-12-01', false],
    // 004: "عام 2008" in its year and its months
    ['2008', null, '2008', true],
    ['2008', null, '2008-05', true],
    ['2008', null, '2009', false],
    // 2018-03-12 France 24: "الأسبوع الماضي", 5 to 11 March 2018
    ['2018-03-05', '2018-03-11', '2018-03', true],
    ['2018-03-05', '2018-03-11', '2018-02', false],
    ['2018-03-05', '2018-03-11', '2018-03-04', false],
    ['2018-03-05', '2018-03-11', '2018', true],
  ] as const)('%s…%s in %s: %s', (value, endValue, period, inside) => {
    expect(eventInPeriod({ value, endValue }, period)).toBe(inside);
  });

  it('stays chosen across zooms: its year, its months and itself are marked', () => {
    expect(['2023', '2023-11', '2023-11-05', '2022', '2023-10'].map((key) => slotInPeriod(key, '2023-11'))).toEqual([true, true, true, false, false]);
  });
});

describe('the zoom in the address', () => {
  it.each([
    ['year', 'year'],
    ['month', 'month'],
    ['day', 'day'],
    [null, 'month'],
    ['decade', 'month'],
  ] as const)('%s → %s', (given, zoom) => expect(parseZoom(given)).toBe(zoom));
});
