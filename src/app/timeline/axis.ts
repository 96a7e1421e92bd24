/**
 * The timeline's axis, as data: the periods (years, months or days) from the first to the last dated event of the
 * current filter, with how many publications and how many mentioned events fall in each. Pure functions, no DOM:
 * the page draws what this returns.
 *
 * Dates carry a precision, and an event is never drawn finer than it is known: at the months zoom a date known only
 * to its year ("عام 1949") is not counted in any month's bar. When its year has finer events, it is counted apart as
 * a coarse event of each of that year's periods (drawn as a faint band, said in their labels, listed under each);
 * when it has none, the year is one slot of its own on the months axis (a span), not twelve empty months.
 * A range ("من 5 إلى 11 مارس") is counted at its start.
 *
 * Long stretches without any event (the corpus mentions 1949, then nothing until 1986) are one gap, not dozens of
 * empty bars, so the axis stays as long as the periods that have events (at most twice as long, plus one) — never one
 * element per event, and never one per day of a century.
 */
import type { Precision } from '../../core/bundle-schema.ts';

export type Zoom = 'year' | 'month' | 'day';
export const ZOOMS: readonly Zoom[] = ['year', 'month', 'day'];
/** The zoom the page opens at: months show a collection of a few years at a glance. */
export const DEFAULT_ZOOM: Zoom = 'month';

/** The length of a period's key at each zoom: YYYY, YYYY-MM, YYYY-MM-DD (the dates' own format). */
const KEY_LENGTH: Record<Zoom, number> = { year: 4, month: 7, day: 10 };
const PRECISION_ZOOM: Record<Precision, Zoom> = { year: 'year', month: 'month', day: 'day' };

/** Up to this many empty periods between two with events are drawn as empty bars; more are one gap. */
export const EMPTY_RUN_KEPT = 2;

export interface AxisEvent {
  kind: 'published' | 'mentioned';
  /** YYYY, YYYY-MM or YYYY-MM-DD, as long as its precision. */
  value: string;
  precision: Precision;
  endValue: string | null;
}

export interface PeriodSlot {
  kind: 'period';
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  key: string;
  /** A longer period than the zoom's (a year at the months zoom): its events are known only to it as a whole. */
  span: boolean;
  published: number;
  mentioned: number;
  /** Events known only to a longer period that covers this one (a year's, or at the days zoom a month's). */
  coarse: number;
}

export interface GapSlot {
  kind: 'gap';
  /** The first and the last period of the gap. */
  from: string;
  to: string;
}

export type Slot = PeriodSlot | GapSlot;

export interface Axis {
  zoom: Zoom;
  slots: Slot[];
  /** The earliest and the latest date of the events (a range's end included); null when there is none. */
  first: string | null;
  last: string | null;
  /** Every year with an event, in order, with its events' count (for "jump to a year"). */
  years: Array<{ year: string; count: number }>;
  /**
   * At the days zoom, the one year the axis shows (a century of days would be tens of thousands of bars): the one
   * asked for, else the latest year with a publication (a text's "عام 2030" is no place to start reading days).
   */
  window: string | null;
  /** The largest count of one kind in one period (the bars' full height). */
  peak: number;
}

export function parseZoom(value: string | null): Zoom {
  return value === 'year' || value === 'month' || value === 'day' ? value : DEFAULT_ZOOM;
}

/** The zoom that draws a date of this precision as one period of its own. */
export const zoomOfPrecision = (precision: Precision): Zoom => PRECISION_ZOOM[precision];

/** A period key (YYYY, YYYY-MM, YYYY-MM-DD) as a number that counts periods of its zoom. */
function ordinal(key: string, zoom: Zoom): number {
  const year = Number(key.slice(0, 4));
  if (zoom === 'year') return year;
  const month = Number(key.slice(5, 7));
  if (zoom === 'month') return year * 12 + month - 1;
  return Math.round(Date.UTC(year, month - 1, Number(key.slice(8, 10))) / 86_400_000);
}

function keyOf(n: number, zoom: Zoom): string {
  if (zoom === 'year') return String(n);
  if (zoom === 'month') return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** The periods of `zoom` inside a longer period key (a year's months or days, a month's days). */
function periodsWithin(key: string, zoom: Zoom): string[] {
  const longer: Zoom = key.length === 4 ? 'year' : 'month';
  const start = ordinal(longer === 'year' ? `${key}-01-01` : `${key}-01`, zoom);
  const after = longer === 'year' ? `${Number(key) + 1}-01-01` : keyOf(ordinal(key, 'month') + 1, 'month') + '-01';
  const end = ordinal(after, zoom);
  const periods: string[] = [];
  for (let n = start; n < end; n++) periods.push(keyOf(n, zoom));
  return periods;
}

/**
 * The axis of these events at this zoom. `window`: the year the days zoom shows (when null or without events, the
 * latest year with a publication, or with any event). One pass over the events; then one step per period drawn.
 */
export function buildAxis(events: Iterable<AxisEvent>, zoom: Zoom, window: string | null = null): Axis {
  const length = KEY_LENGTH[zoom];
  const years = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  let latestPublished: string | null = null;
  // Per period of this zoom: [publications, mentioned]; per longer period (a year, a month): its coarse events.
  const exact = new Map<string, [number, number]>();
  const coarse = new Map<string, [number, number]>();
  // At the days zoom the counts are per day of every year until the window is known: kept per year, then one taken.
  const dayCounts = new Map<string, { exact: Map<string, [number, number]>; coarse: Map<string, [number, number]> }>();
  for (const event of events) {
    const year = event.value.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
    if (event.kind === 'published' && (latestPublished === null || year > latestPublished)) latestPublished = year;
    const end = event.endValue ?? event.value;
    if (first === null || event.value < first) first = event.value;
    if (last === null || end > last) last = end;
    let target = { exact, coarse };
    if (zoom === 'day') {
      let perYear = dayCounts.get(year);
      if (!perYear) dayCounts.set(year, (perYear = { exact: new Map(), coarse: new Map() }));
      target = perYear;
    }
    const fine = event.value.length >= length;
    const key = fine ? event.value.slice(0, length) : event.value;
    const map = fine ? target.exact : target.coarse;
    let counts = map.get(key);
    if (!counts) map.set(key, (counts = [0, 0]));
    counts[event.kind === 'published' ? 0 : 1]++;
  }
  const yearList = [...years].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, count]) => ({ year, count }));
  let shownWindow: string | null = null;
  if (zoom === 'day' && yearList.length > 0) {
    shownWindow = window !== null && years.has(window) ? window : (latestPublished ?? yearList[yearList.length - 1]!.year);
    const chosen = dayCounts.get(shownWindow)!;
    for (const [key, counts] of chosen.exact) exact.set(key, counts);
    for (const [key, count] of chosen.coarse) coarse.set(key, count);
  }

  // The periods with something to draw: each with its own events; and a year (a month at the days zoom) known only
  // as a whole, with no finer event in it, as one slot of its own — its 12 months drawn empty would say less.
  const entries: Array<{ key: string; start: number; end: number }> = [...exact.keys()].map((key) => ({ key, start: ordinal(key, zoom), end: ordinal(key, zoom) }));
  // The longer periods that hold a finer event (a year with a dated month in it), in one pass.
  const holdingFiner = new Set<string>();
  for (const key of exact.keys()) holdingFiner.add(key.slice(0, 4)).add(key.slice(0, 7));
  for (const key of coarse.keys()) if (key.length === 7) holdingFiner.add(key.slice(0, 4));
  for (const key of coarse.keys()) {
    if (holdingFiner.has(key)) continue;
    const within = periodsWithin(key, zoom);
    entries.push({ key, start: ordinal(within[0]!, zoom), end: ordinal(within[within.length - 1]!, zoom) });
  }
  entries.sort((a, b) => a.start - b.start);
  const slots: Slot[] = [];
  let peak = 0;
  const slotOf = (key: string): PeriodSlot => {
    const span = key.length < length;
    const [published, mentioned] = (span ? coarse : exact).get(key) ?? [0, 0];
    peak = Math.max(peak, published, mentioned);
    // The longer periods that hold this one (its year; at the days zoom its month too), not itself.
    const holders = [key.slice(0, 4), key.slice(0, 7)].filter((holder) => holder.length < key.length && holder.length < length);
    const over = holders.reduce((sum, holder) => sum + (coarse.get(holder)?.[0] ?? 0) + (coarse.get(holder)?.[1] ?? 0), 0);
    return { kind: 'period', key, span, published, mentioned, coarse: over };
  };
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (i > 0) {
      const previous = entries[i - 1]!.end;
      const empty = entry.start - previous - 1;
      if (empty > EMPTY_RUN_KEPT) slots.push({ kind: 'gap', from: keyOf(previous + 1, zoom), to: keyOf(entry.start - 1, zoom) });
      else for (let m = previous + 1; m < entry.start; m++) slots.push(slotOf(keyOf(m, zoom)));
    }
    slots.push(slotOf(entry.key));
  }
  return { zoom, slots, first, last, years: yearList, window: shownWindow, peak };
}

/**
 * Whether an event falls in a period: its date (or range) and the period overlap, each compared at the shorter of
 * the two lengths — so a period lists the events inside it and the coarser ones that cover it, and a day lists
 * "March 2018" (it may be that day) but never a date of another day.
 */
export function eventInPeriod(event: Pick<AxisEvent, 'value' | 'endValue'>, period: string): boolean {
  const start = event.value;
  const end = event.endValue ?? event.value;
  const a = Math.min(start.length, period.length);
  const b = Math.min(end.length, period.length);
  return start.slice(0, a) <= period.slice(0, a) && end.slice(0, b) >= period.slice(0, b);
}

/**
 * Whether a slot of the axis is (part of) the chosen period: the same period, one inside it (a month of the chosen
 * year), or the one that holds it (the year of a chosen day, at the years zoom). A chosen period stays chosen across
 * zooms: the list under the axis does not change when one only zooms.
 */
export function slotInPeriod(key: string, period: string): boolean {
  return key.startsWith(period) || period.startsWith(key);
}
