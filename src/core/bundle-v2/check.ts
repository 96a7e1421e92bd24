/**
 * Readers' checks of v2's large files (the index, the search postings, the timeline), accepting exactly what their
 * schemas in format.ts accept, at a fraction of the cost. At 100,000 articles the index holds about a million numbers
 * and 300,000 strings: zod, which must run without compiled parsers under the app's CSP, took 4.7 s over it in Node.
 * Here the columns of numbers, the stories' article lists (every article is in one) and the shards' names (one per few
 * articles) are checked by loops, strings that repeat (dates) are checked by their schema once per distinct value, and
 * the small parts (the tables of entities and outlets, each story's id and title) still go through the schemas.
 * The agreement with the schemas is tested on valid files and on each kind of damage (check.test.ts).
 */
import { z } from 'zod';
import { partialDateSchema, precisionSchema, publishedDateSchema } from '../bundle-schema.ts';
import { indexV2Schema, isRelativeFile, RIWAYA_SCHEMA_V2, type IndexV2, type SearchShardV2, type TimelineV2 } from './format.ts';

export interface CheckIssue {
  path: PropertyKey[];
  message: string;
}

export type Checked<T> = { success: true; data: T } | { success: false; error: { issues: CheckIssue[] } };

/** At most this many issues are gathered: a damaged file is refused on the first, the rest only help its author. */
const MAX_ISSUES = 10;

class Issues {
  readonly list: CheckIssue[] = [];
  add(path: PropertyKey[], message: string): boolean {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
    return this.list.length >= MAX_ISSUES;
  }
  result<T>(data: T): Checked<T> {
    return this.list.length === 0 ? { success: true, data: data as T } : { success: false, error: { issues: this.list } };
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** z.number().int().min(min): a safe integer (zod's int) at least min. */
const isInt = (value: unknown, min: number): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= min;

/** A string schema applied once per distinct value (dates repeat across thousands of rows). */
function memo(schema: z.ZodType): (value: unknown) => boolean {
  const good = new Set<string>();
  return (value) => {
    if (typeof value !== 'string') return false;
    if (good.has(value)) return true;
    if (!schema.safeParse(value).success) return false;
    good.add(value);
    return true;
  };
}

/** Checks that `value` is an array whose every element passes `each`; false stops (too many issues). */
function column(issues: Issues, path: PropertyKey[], value: unknown, each: (v: unknown) => boolean, message: string): void {
  if (!Array.isArray(value)) {
    issues.add(path, 'expected an array');
    return;
  }
  for (let k = 0; k < value.length; k++) if (!each(value[k]) && issues.add([...path, k], message)) return;
}

/**
 * The index without its columns, its shards' names and its stories' article lists, by its schema (the tables of
 * entities and outlets, the stories without their lists, the other file names). At 100,000 articles the lists and
 * names it leaves out are 100,000 numbers and 9,300 paths: checking them by loops took the whole check of the bench's
 * index from 74 to 42 ms in Node (median of 7, 2026-12-06).
 */
const indexTablesSchema = indexV2Schema.extend({
  items: z.unknown(),
  shards: z.unknown(),
  stories: z.array(indexV2Schema.shape.stories.element.extend({ items: z.unknown() })),
});

/** indexV2Schema.safeParse, fast on a large index. */
export function checkIndex(value: unknown): Checked<IndexV2> {
  const tables = indexTablesSchema.safeParse(value);
  if (!tables.success) return { success: false, error: { issues: tables.error.issues.slice(0, MAX_ISSUES) } };
  const issues = new Issues();
  const items = (value as { items: unknown }).items;
  if (!isObject(items)) {
    issues.add(['items'], 'expected an object');
    return issues.result({} as IndexV2);
  }
  const { shards, stories } = tables.data;
  column(issues, ['shards'], shards, isRelativeFile, 'expected a v2/… .json path without ..');
  for (let k = 0; k < stories.length && issues.list.length < MAX_ISSUES; k++) column(issues, ['stories', k, 'items'], stories[k]!.items, (v) => isInt(v, 0), 'expected an integer ≥ 0');
  const nonEmpty = (v: unknown) => typeof v === 'string' && v.length > 0;
  const published = memo(publishedDateSchema);
  const at = (key: string) => ['items', key];
  column(issues, at('id'), items.id, nonEmpty, 'expected a non-empty string');
  column(issues, at('title'), items.title, nonEmpty, 'expected a non-empty string');
  column(issues, at('outlet'), items.outlet, (v) => isInt(v, -1), 'expected an integer ≥ -1');
  column(issues, at('published'), items.published, (v) => v === '' || published(v), 'expected "" or a publication date');
  column(issues, at('story'), items.story, (v) => isInt(v, -1), 'expected an integer ≥ -1');
  column(issues, at('shard'), items.shard, (v) => isInt(v, 0), 'expected an integer ≥ 0');
  column(issues, at('entities'), items.entities, (list) => Array.isArray(list) && list.every((v) => isInt(v, 0)), 'expected an array of integers ≥ 0');
  // As the schema gives it: the tables as parsed (unknown keys dropped), the columns as they are.
  return issues.result({ ...tables.data, items } as IndexV2);
}

/** Whether a v2 file is an object (else the issue is noted); a schema number other than v2's is noted too. */
function isV2File(value: unknown, issues: Issues): value is Record<string, unknown> {
  if (!isObject(value)) {
    issues.add([], 'expected an object');
    return false;
  }
  if (value.schema !== RIWAYA_SCHEMA_V2) issues.add(['schema'], `expected ${RIWAYA_SCHEMA_V2}`);
  return true;
}

/** The problems of one postings table (`gaps` or `terms`), gathered in `issues`. */
function checkPostings(issues: Issues, key: 'gaps' | 'terms', postings: unknown): void {
  if (!isObject(postings)) {
    issues.add([key], 'expected an object');
    return;
  }
  for (const term of Object.keys(postings)) {
    if (term.length === 0 && issues.add([key, term], 'expected a non-empty term')) break;
    column(issues, [key, term], postings[term], (v) => isInt(v, 0), 'expected an integer ≥ 0');
    if (issues.list.length >= MAX_ISSUES) break;
  }
}

/** searchShardV2Schema.safeParse, fast on a large postings file: its `gaps` when they are valid, else its `terms` (the union's order). */
export function checkSearchShard(value: unknown): Checked<SearchShardV2> {
  const issues = new Issues();
  if (!isV2File(value, issues) || issues.list.length > 0) return issues.result({} as SearchShardV2);
  const { gaps, terms } = value;
  const gapIssues = new Issues();
  checkPostings(gapIssues, 'gaps', gaps);
  if (gapIssues.list.length === 0) return gapIssues.result({ schema: RIWAYA_SCHEMA_V2, gaps } as SearchShardV2);
  if (terms === undefined) return gapIssues.result({} as SearchShardV2);
  const termIssues = new Issues();
  checkPostings(termIssues, 'terms', terms);
  if (termIssues.list.length === 0) return termIssues.result({ schema: RIWAYA_SCHEMA_V2, terms } as SearchShardV2);
  return (gaps === undefined ? termIssues : gapIssues).result({} as SearchShardV2);
}

/** timelineV2Schema.safeParse, fast on a long timeline. */
export function checkTimeline(value: unknown): Checked<TimelineV2> {
  const issues = new Issues();
  if (!isV2File(value, issues)) return issues.result({} as TimelineV2);
  const date = memo(partialDateSchema);
  const precisions = new Set<unknown>(precisionSchema.options);
  const isEvent = (e: unknown) =>
    Array.isArray(e) && e.length === 6 && isInt(e[0], 0) && date(e[1]) && precisions.has(e[2]) && (e[3] === null || date(e[3])) && isInt(e[4], 0) && isInt(e[5], 0);
  column(issues, ['events'], value.events, isEvent, 'expected [article, date, precision, end date or null, start, end]');
  return issues.result({ schema: RIWAYA_SCHEMA_V2, events: value.events } as TimelineV2);
}
