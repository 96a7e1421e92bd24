/**
 * The Riwaya bundle, contract v1: a JSON Feed 1.1 document (https://jsonfeed.org/version/1.1) whose
 * `_riwaya` extensions carry what the reader needs. Defined once here; the CLI validates before it writes
 * and the app validates what it loads. Documented in docs/bundle-format.md.
 *
 * Changing the meaning of any field below requires bumping RIWAYA_SCHEMA_VERSION.
 */
import { z } from 'zod';

export const RIWAYA_SCHEMA_VERSION = 1;
export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

const nonNegativeInt = z.number().int().nonnegative();

/** A calendar value at the precision that is known: a day, a month or only a year. */
export const precisionSchema = z.enum(['day', 'month', 'year']);
/** Whether a YYYY[-MM[-DD]] value names a day that exists: 2023-02-30 and 2023-04-31 do not; 2024-02-29 does. */
function isCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar date (no 2023-02-30), year 1000–9999: the years the date
 * resolver writes (src/core/dates.ts formatYear); a year 0000 would be shown as 1 BC or another year by Date.
 */
export const partialDateSchema = z
  .string()
  .regex(/^[1-9]\d{3}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD, year 1000–9999')
  .refine(isCalendarDate, { message: 'a date that exists in the calendar' });

/**
 * Publication years a news article can have. From 1800: the printed Arabic press begins in 1828 (al-Waqa'i'
 * al-Misriyya); to 2100, a fixed bound rather than "today" so that a bundle's validity never depends on the clock.
 * The bound also keeps every per-month view finite and small: at most 301 × 12 months between the first and last
 * article, where 9999-12-31 once made the month strip walk ~96,000 months.
 */
export const PUBLISHED_YEAR_MIN = 1800;
export const PUBLISHED_YEAR_MAX = 2100;
export const publishedDateSchema = partialDateSchema.refine(
  (value) => {
    const year = Number(value.slice(0, 4));
    return year >= PUBLISHED_YEAR_MIN && year <= PUBLISHED_YEAR_MAX;
  },
  { message: `a publication year from ${PUBLISHED_YEAR_MIN} to ${PUBLISHED_YEAR_MAX}` },
);
/**
 * Links from untrusted input are only ever web pages: no javascript:, data: or other schemes, and one line with a
 * host: no white space, control or format character anywhere (`https://a.com\njavascript:…` is two lines; a URL
 * writes those characters percent-encoded).
 */
export const webUrlSchema = z.string().regex(/^https?:\/\/[^\s\p{Cc}\p{Cf}/?#][^\s\p{Cc}\p{Cf}]*$/iu, 'an http(s) URL on one line');

export const publishedSchema = z
  .object({ value: publishedDateSchema, precision: precisionSchema })
  .refine((p) => p.value.length === { day: 10, month: 7, year: 4 }[p.precision], {
    message: 'value must have exactly the stated precision',
  });

export const entityTypeSchema = z.enum(['person', 'organization', 'place', 'other']);

export const entitySchema = z.object({
  /** Stable across items and across runs (derived from the entity's matching key, not from order). */
  id: z.string().min(1),
  type: entityTypeSchema,
  /** Display form: the most complete frequent spelling. */
  name: z.string().min(1),
  /** Every spelling seen in the collection, the display name included. */
  aliases: z.array(z.string().min(1)),
});

export const storySchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  item_ids: z.array(z.string().min(1)),
});

const spanSchema = z.object({ start: nonNegativeInt, end: nonNegativeInt });

export const mentionSchema = spanSchema.extend({ entity: z.string().min(1) });

export const dateMentionSchema = spanSchema.extend({
  value: partialDateSchema.nullable(),
  precision: precisionSchema.nullable(),
  /** Last day/month of a range ("11 و12 يوليو"), same precision as value. */
  end_value: partialDateSchema.optional(),
});

export const quoteSchema = spanSchema.extend({ speaker: z.string().min(1).nullable() });

/**
 * What cleaning cut from the raw file. Kinds are codes; the app turns them into words.
 * Open-ended on purpose (a new cleaner rule may add a kind) but always a lowercase code.
 */
export const removedKindSchema = z.string().regex(/^[a-z][a-z0-9-]*$/);
export const removedSchema = z.object({ kind: removedKindSchema, text: z.string().min(1) });

export const titleSourceSchema = z.enum(['headline', 'manifest', 'derived']);

export const itemExtensionSchema = z.object({
  title_source: titleSourceSchema,
  outlet: z.string().min(1).nullable(),
  published: publishedSchema.nullable(),
  mentions: z.array(mentionSchema),
  dates: z.array(dateMentionSchema),
  quotes: z.array(quoteSchema),
  removed: z.array(removedSchema),
  story: z.string().min(1).nullable(),
  /** Subheadings kept inside content_text. */
  headings: z.array(spanSchema),
  /** The source file name, for error messages and provenance. */
  source_file: z.string().min(1),
});

export const itemSchema = z.object({
  /** The source file name without `.txt`. */
  id: z.string().min(1),
  url: webUrlSchema.optional(),
  title: z.string().min(1),
  /** The cleaned article: paragraphs separated by one blank line. */
  content_text: z.string(),
  /** RFC 3339; present only when the publication day is known. */
  date_published: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/).optional(),
  tags: z.array(z.string().min(1)),
  _riwaya: itemExtensionSchema,
});

const riwayaSchema = z.object({
  schema: z.literal(RIWAYA_SCHEMA_VERSION),
  entities: z.array(entitySchema),
  stories: z.array(storySchema),
});

const feedFields = { version: z.literal(JSON_FEED_VERSION), title: z.string().min(1), language: z.literal('ar') };

/** The whole bundle as one schema (its type); `validateBundle` checks the same, item by item, and the cross references. */
export const bundleSchema = z.object({ ...feedFields, items: z.array(itemSchema), _riwaya: riwayaSchema });

/** The bundle with its items left unchecked: they are parsed one at a time (see checkBundle). */
const envelopeSchema = z.object({ ...feedFields, items: z.array(z.unknown()), _riwaya: riwayaSchema });

type Issue = { path: PropertyKey[]; message: string };
const problemOf = (issue: Issue, prefix: PropertyKey[] = []) => `${[...prefix, ...issue.path].map(String).join('.') || '(root)'}: ${issue.message}`;
const MAX_PROBLEMS = 20;

/**
 * What the schema cannot say: unique item ids, spans inside the text, references that resolve. Fed one parsed item
 * at a time (nothing is held but the ids); references to entities and stories are checked only when the envelope
 * that lists them parsed.
 */
class CrossCheck {
  private readonly itemIds = new Set<string>();
  private readonly entityIds: Set<string> | null;
  private readonly storyIds: Set<string> | null;

  constructor(
    riwaya: z.infer<typeof riwayaSchema> | null,
    private readonly problems: string[],
  ) {
    this.entityIds = riwaya && new Set(riwaya.entities.map((e) => e.id));
    this.storyIds = riwaya && new Set(riwaya.stories.map((s) => s.id));
  }

  private problem(path: PropertyKey[], message: string): void {
    this.problems.push(problemOf({ path, message }));
  }

  /** Checks one item and counts its id as taken; its problems are added to the shared list and returned. */
  item(item: BundleItem, i: number): string[] {
    const before = this.problems.length;
    this.checkItem(item, i);
    this.itemIds.add(item.id);
    return this.problems.slice(before);
  }

  /** The problems of one item, without taking its id (a reader that drops the item leaves the id free). */
  problemsOf(item: BundleItem, i: number): string[] {
    const before = this.problems.length;
    this.checkItem(item, i);
    return this.problems.splice(before);
  }

  /** Takes an item's id, so a later item with the same id is a duplicate. */
  take(item: BundleItem): void {
    this.itemIds.add(item.id);
  }

  private checkItem(item: BundleItem, i: number): void {
    if (this.itemIds.has(item.id)) this.problem(['items', i, 'id'], `duplicate item id ${item.id}`);
    const length = item.content_text.length;
    const ext = item._riwaya;
    const spans: Array<[string, { start: number; end: number }[]]> = [
      ['mentions', ext.mentions],
      ['dates', ext.dates],
      ['quotes', ext.quotes],
      ['headings', ext.headings],
    ];
    for (const [field, list] of spans) {
      list.forEach((span, j) => {
        if (span.start > span.end || span.end > length) this.problem(['items', i, '_riwaya', field, j], `span ${span.start}-${span.end} outside content_text (${length})`);
      });
    }
    const { entityIds, storyIds } = this;
    if (entityIds) {
      ext.mentions.forEach((m, j) => {
        if (!entityIds.has(m.entity)) this.problem(['items', i, '_riwaya', 'mentions', j], `unknown entity ${m.entity}`);
      });
      ext.quotes.forEach((q, j) => {
        if (q.speaker !== null && !entityIds.has(q.speaker)) this.problem(['items', i, '_riwaya', 'quotes', j], `unknown speaker ${q.speaker}`);
      });
    }
    if (storyIds && ext.story !== null && !storyIds.has(ext.story)) this.problem(['items', i, '_riwaya', 'story'], `unknown story ${ext.story}`);
    if ((item.date_published !== undefined) !== (ext.published?.precision === 'day')) {
      this.problem(['items', i, 'date_published'], 'date_published is present exactly when the publication day is known');
    }
  }

  /** After the last item: every story names items that exist (only meaningful when every item parsed). */
  stories(riwaya: z.infer<typeof riwayaSchema>): void {
    riwaya.stories.forEach((s, i) => {
      s.item_ids.forEach((id, j) => {
        if (!this.itemIds.has(id)) this.problem(['_riwaya', 'stories', i, 'item_ids', j], `unknown item ${id}`);
      });
    });
  }
}

/**
 * Checks a bundle: the envelope, then each item on its own (zod's copy, unknown keys dropped) followed by its cross
 * checks. `keep` receives each parsed item; without it the copies are dropped at once, so checking a large bundle
 * does not hold a second one in memory. A broken envelope does not hide broken items. At most 20 problems.
 */
function checkBundle(data: unknown, keep?: (item: BundleItem) => void): { envelope: z.infer<typeof envelopeSchema> | null; problems: string[] } {
  const problems: string[] = [];
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) for (const issue of envelope.error.issues) problems.push(problemOf(issue));
  const riwaya = envelope.success ? envelope.data._riwaya : null;
  const items = envelope.success ? envelope.data.items : (data as { items?: unknown } | null)?.items;
  if (Array.isArray(items)) {
    const cross = new CrossCheck(riwaya, problems);
    let parsedAll = true;
    for (let i = 0; i < items.length && problems.length < MAX_PROBLEMS; i++) {
      const item = itemSchema.safeParse(items[i]);
      if (!item.success) {
        parsedAll = false;
        for (const issue of item.error.issues) problems.push(problemOf(issue, ['items', i]));
        continue;
      }
      cross.item(item.data, i);
      keep?.(item.data);
    }
    if (riwaya && parsedAll) cross.stories(riwaya);
  }
  return { envelope: envelope.success ? envelope.data : null, problems: problems.slice(0, MAX_PROBLEMS) };
}

export type Precision = z.infer<typeof precisionSchema>;
export type Published = z.infer<typeof publishedSchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Story = z.infer<typeof storySchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type DateMention = z.infer<typeof dateMentionSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Removed = z.infer<typeof removedSchema>;
export type TitleSource = z.infer<typeof titleSourceSchema>;
export type BundleItem = z.infer<typeof itemSchema>;
export type Bundle = z.infer<typeof bundleSchema>;

export type BundleValidation = { ok: true; bundle: Bundle } | { ok: false; problems: string[] };

/** Validates untrusted JSON (a file, a fetch) against the contract; problems are `path: message` lines. */
export function validateBundle(data: unknown): BundleValidation {
  const items: BundleItem[] = [];
  const { envelope, problems } = checkBundle(data, (item) => items.push(item));
  if (envelope === null || problems.length > 0) return { ok: false, problems };
  return { ok: true, bundle: { ...envelope, items } };
}

/** An item a reader left out: its position in `items` (from 0), its id when it has a string one, and why. */
export interface DroppedItem {
  position: number;
  id: string | null;
  problems: string[];
}

export type BundleReading = { ok: true; bundle: Bundle; dropped: DroppedItem[] } | { ok: false; problems: string[] };

/** Problems kept per dropped item: enough to find the fault, bounded however broken the item is. */
const MAX_PROBLEMS_PER_ITEM = 5;

function idOf(raw: unknown): string | null {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length > 0 ? id : null;
}

/**
 * Reads untrusted JSON as a reader should: a broken envelope (version, title, `_riwaya`, `items` not a list) is a
 * failure with its problems, but a broken item is left out and reported as a DroppedItem, so one bad article does
 * not hide the others. Items are checked as validateBundle checks them (schema, spans, references, duplicate ids:
 * the first of two keeps the id); stories keep only the ids of items that were kept.
 */
export function readBundle(data: unknown): BundleReading {
  const envelope = envelopeSchema.safeParse(data);
  if (!envelope.success) return { ok: false, problems: envelope.error.issues.slice(0, MAX_PROBLEMS).map((issue) => problemOf(issue)) };
  const { items: raw, _riwaya: riwaya, ...feed } = envelope.data;
  const cross = new CrossCheck(riwaya, []);
  const items: BundleItem[] = [];
  const dropped: DroppedItem[] = [];
  raw.forEach((candidate, position) => {
    const parsed = itemSchema.safeParse(candidate);
    const problems = parsed.success ? cross.problemsOf(parsed.data, position) : parsed.error.issues.map((issue) => problemOf(issue, ['items', position]));
    if (parsed.success && problems.length === 0) {
      cross.take(parsed.data);
      items.push(parsed.data);
    } else dropped.push({ position, id: idOf(candidate), problems: problems.slice(0, MAX_PROBLEMS_PER_ITEM) });
  });
  const kept = new Set(items.map((item) => item.id));
  const stories = riwaya.stories.map((story) => ({ ...story, item_ids: story.item_ids.filter((id) => kept.has(id)) }));
  return { ok: true, bundle: { ...feed, items, _riwaya: { ...riwaya, stories } }, dropped };
}

/** The problems of a bundle this program built (the CLI's last check before writing): [] when it is valid. */
export function bundleProblems(bundle: Bundle): string[] {
  return checkBundle(bundle).problems;
}
