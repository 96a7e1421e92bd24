/**
 * The timeline's axis, as data: the periods (years, months or days) from the first to the last dated event of the
 * current filter, with how many publications and how many mentioned events fall in each. Pure functions, no DOM:
 * the page draws what this returns.
 *
 * Dates carry a precision, and an event is never drawn finer than it is known: at the months zoom a date known only
 * to its year ("عام 1949") is not counted in any month's bar. It is counted apart as a coarse event of every period
 * it covers (drawn as a faint band over them, and said in their labels), and it is listed under each of them.
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
  /** At the days zoom, the one year the axis shows (a century of days would be tens of thousands of bars). */
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
 * The axis of these events at this zoom. `window`: the year the days zoom shows (the latest year with events when
 * null or without events). One pass over the events; then one step per period drawn.
 */
export function buildAxis(events: Iterable<AxisEvent>, zoom: Zoom, window: string | null = null): Axis {
  const length = KEY_LENGTH[zoom];
  const years = new Map<string, number>();
  let first: string | null = null;
  let last: string | null = null;
  // Per period of this zoom: [publications, mentioned]; per longer period (a year, a month): its coarse events.
  const exact = new Map<string, [number, number]>();
  const coarse = new Map<string, number>();
  // At the days zoom the counts are per day of every year until the window is known: kept per year, then one taken.
  const dayCounts = new Map<string, { exact: Map<string, [number, number]>; coarse: Map<string, number> }>();
  for (const event of events) {
    const year = event.value.slice(0, 4);
    years.set(year, (years.get(year) ?? 0) + 1);
    const end = event.endValue ?? event.value;
    if (first === null || event.value < first) first = event.value;
    if (last === null || end > last) last = end;
    let target = { exact, coarse };
    if (zoom === 'day') {
      let perYear = dayCounts.get(year);
      if (!perYear) dayCounts.set(year, (perYear = { exact: new Map(), coarse: new Map() }));
      target = perYear;
    }
    if (event.value.length >= length) {
      const key = event.value.slice(0, length);
      let counts = target.exact.get(key);
      if (!counts) target.exact.set(key, (counts = [0, 0]));
      counts[event.kind === 'published' ? 0 : 1]++;
    } else {
      target.coarse.set(event.value, (target.coarse.get(event.value) ?? 0) + 1);
    }
  }
  const yearList = [...years].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, count]) => ({ year, count }));
  let shownWindow: string | null = null;
  if (zoom === 'day' && yearList.length > 0) {
    shownWindow = window !== null && years.has(window) ? window : yearList[yearList.length - 1]!.year;
    const chosen = dayCounts.get(shownWindow)!;
    for (const [key, counts] of chosen.exact) exact.set(key, counts);
    for (const [key, count] of chosen.coarse) coarse.set(key, count);
  }

  // The periods with something to draw: their own events, or coarse ones over them.
  const marked = new Set(exact.keys());
  for (const key of coarse.keys()) for (const period of periodsWithin(key, zoom)) marked.add(period);
  const ordered = [...marked].map((key) => ordinal(key, zoom)).sort((a, b) => a - b);
  const slots: Slot[] = [];
  let peak = 0;
  const slotOf = (n: number): PeriodSlot => {
    const key = keyOf(n, zoom);
    const [published, mentioned] = exact.get(key) ?? [0, 0];
    peak = Math.max(peak, published, mentioned);
    const over = (zoom === 'year' ? 0 : (coarse.get(key.slice(0, 4)) ?? 0)) + (zoom === 'day' ? (coarse.get(key.slice(0, 7)) ?? 0) : 0);
    return { kind: 'period', key, published, mentioned, coarse: over };
  };
  for (let i = 0; i < ordered.length; i++) {
    const n = ordered[i]!;
    if (i > 0) {
      const previous = ordered[i - 1]!;
      const empty = n - previous - 1;
      if (empty > EMPTY_RUN_KEPT) slots.push({ kind: 'gap', from: keyOf(previous + 1, zoom), to: keyOf(n - 1, zoom) });
      else for (let m = previous + 1; m < n; m++) slots.push(slotOf(m));
    }
    slots.push(slotOf(n));
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
