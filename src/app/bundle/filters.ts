/** The home list's filters, kept in the URL (?person=…&org=…&place=…&from=YYYY-MM&to=YYYY-MM&q=…&sort=date). */
import type { Query, QuerySort } from './collection.ts';
import { entityIdsOf, monthOf } from './derive.ts';
import type { ListItem } from './load-bundle.ts';

export interface Filters {
  person: string[];
  org: string[];
  place: string[];
  from: string | null;
  to: string | null;
  q: string;
  /** The order of a search's results (relevance unless `sort=date`); only kept in the URL with a query. */
  sort: QuerySort;
}

export const ENTITY_FILTER_KEYS = ['person', 'org', 'place'] as const;
export type EntityFilterKey = (typeof ENTITY_FILTER_KEYS)[number];
export const FILTER_TYPE = { person: 'person', org: 'organization', place: 'place' } as const;

/** A month (YYYY-MM), or a day (YYYY-MM-DD) whose month is taken. */
const MONTH_OR_DAY = /^(\d{4}-(?:0[1-9]|1[0-2]))(?:-(?:0[1-9]|[12]\d|3[01]))?$/;

/**
 * What was changed in the range an address asked for, so the page can say it rather than ignore it silently:
 * a day read as its month (the list filters by publication month: a month-only date, as 002's, has no day to
 * compare), a start after the end (the two swapped), a value that is no date (left out).
 */
export type RangeNote = { code: 'day'; bound: 'from' | 'to'; given: string } | { code: 'inverted' } | { code: 'invalid'; bound: 'from' | 'to'; given: string };

/** The month range of an address (?from=…&to=…), in order, with what had to be changed to read it. */
export function readRange(params: URLSearchParams): { from: string | null; to: string | null; notes: RangeNote[] } {
  const notes: RangeNote[] = [];
  const read = (bound: 'from' | 'to') => {
    const given = params.get(bound);
    if (!given) return null;
    const match = MONTH_OR_DAY.exec(given);
    if (!match) notes.push({ code: 'invalid', bound, given });
    else if (match[1] !== given) notes.push({ code: 'day', bound, given });
    return match ? match[1]! : null;
  };
  const from = read('from');
  const to = read('to');
  if (from !== null && to !== null && from > to) {
    notes.push({ code: 'inverted' });
    return { from: to, to: from, notes };
  }
  return { from, to, notes };
}

export function parseFilters(params: URLSearchParams): Filters {
  const { from, to } = readRange(params);
  return {
    person: params.getAll('person'),
    org: params.getAll('org'),
    place: params.getAll('place'),
    from,
    to,
    q: params.get('q') ?? '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

export function filtersToParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ENTITY_FILTER_KEYS) for (const id of filters[key]) params.append(key, id);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.q.trim()) {
    params.set('q', filters.q);
    if (filters.sort === 'date') params.set('sort', 'date');
  }
  return params;
}

export function hasFilters(filters: Filters): boolean {
  return filtersToParams(filters).size > 0;
}

/**
 * Items that pass every filter: all chosen entities are mentioned, the publication month is within the range
 * (an item without a known month is outside any range), and, when searching, the item is among the hits.
 */
export function applyFilters(items: readonly ListItem[], filters: Filters, hits: Set<string> | null): ListItem[] {
  const wanted = [...filters.person, ...filters.org, ...filters.place];
  return items.filter((item) => {
    if (hits && !hits.has(item.id)) return false;
    if (wanted.length > 0) {
      const ids = entityIdsOf(item);
      if (!wanted.every((id) => ids.has(id))) return false;
    }
    if (filters.from || filters.to) {
      const month = monthOf(item);
      if (!month) return false;
      if (filters.from && month < filters.from) return false;
      if (filters.to && month > filters.to) return false;
    }
    return true;
  });
}

/** The data worker's query for some filters. */
export function queryOf(filters: Filters): Query {
  const query: Query = { entities: [...filters.person, ...filters.org, ...filters.place], from: filters.from, to: filters.to, q: filters.q };
  if (filters.q.trim() && filters.sort === 'date') query.sort = 'date';
  return query;
}
