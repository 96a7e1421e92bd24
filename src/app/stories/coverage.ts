/**
 * Who covered a story and when, from the list's rows alone (no texts): each outlet with its reports in time order,
 * the first and the latest report, and where each dated report falls on the story's span (0 at its first day, 1 at
 * its last), for the story page's compact bar.
 */
import type { ComparePair } from '../../core/stories.ts';
import type { ListItem } from '../bundle/load-bundle.ts';

export interface OutletCoverage {
  /** null: reports whose outlet is not known. */
  outlet: string | null;
  /** Oldest first; undated last. */
  reports: ListItem[];
}

export interface Coverage {
  /** Outlets in the order of their first report (an outlet with only undated reports last). */
  outlets: OutletCoverage[];
  /** The earliest and the latest dated report (null when none is dated). */
  first: ListItem | null;
  latest: ListItem | null;
  /** A dated report's place on the story's span, 0…1 (0.5 for every report of a one-day story). */
  place: (item: ListItem) => number | null;
}

const DAY = 86_400_000;

/** Milliseconds at the start of a publication value's first day (YYYY, YYYY-MM or YYYY-MM-DD). */
function dayOf(item: ListItem): number | null {
  const value = item.published?.value;
  if (!value) return null;
  const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
  return Date.UTC(year, month - 1, day);
}

export function coverageOf(items: readonly ListItem[]): Coverage {
  const byTime = [...items].sort((a, b) => {
    const [x, y] = [dayOf(a), dayOf(b)];
    if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || (a.id < b.id ? -1 : 1);
    return x - y || (a.id < b.id ? -1 : 1);
  });
  const outlets = new Map<string | null, ListItem[]>();
  for (const item of byTime) {
    const reports = outlets.get(item.outlet);
    if (reports) reports.push(item);
    else outlets.set(item.outlet, [item]);
  }
  const dated = byTime.filter((item) => dayOf(item) !== null);
  const first = dated[0] ?? null;
  const latest = dated.at(-1) ?? null;
  const start = first ? dayOf(first)! : 0;
  const span = latest ? dayOf(latest)! - start : 0;
  return {
    outlets: [...outlets].map(([outlet, reports]) => ({ outlet, reports })),
    first,
    latest,
    place: (item) => {
      const day = dayOf(item);
      if (day === null) return null;
      return span < DAY ? 0.5 : (day - start) / span;
    },
  };
}

/**
 * The reports a story's summary is made of: the most similar same-event pair, and a third report of a third outlet
 * paired with either when there is one (the comparison page takes three at most).
 */
export function summaryReports(pairs: readonly ComparePair[], outletOf: (id: string) => string | null): string[] {
  const best = pairs[0];
  if (!best) return [];
  const chosen = [best.a, best.b];
  const outlets = new Set(chosen.map(outletOf));
  for (const pair of pairs) {
    const other = chosen.includes(pair.a) && !chosen.includes(pair.b) ? pair.b : chosen.includes(pair.b) && !chosen.includes(pair.a) ? pair.a : null;
    if (other !== null && !outlets.has(outletOf(other))) {
      chosen.push(other);
      break;
    }
  }
  return chosen;
}
