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
/** YYYY, YYYY-MM or YYYY-MM-DD with a real month (01–12) and day (01–31). */
export const partialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD');
/** Links from untrusted input are only ever web pages: no javascript:, data: or other schemes. */
export const webUrlSchema = z.string().regex(/^https?:\/\//i, 'an http(s) URL');

export const publishedSchema = z
  .object({ value: partialDateSchema, precision: precisionSchema })
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

export const bundleSchema = z
  .object({
    version: z.literal(JSON_FEED_VERSION),
    title: z.string().min(1),
    language: z.literal('ar'),
    items: z.array(itemSchema),
    _riwaya: z.object({
      schema: z.literal(RIWAYA_SCHEMA_VERSION),
      entities: z.array(entitySchema),
      stories: z.array(storySchema),
    }),
  })
  .superRefine((bundle, ctx) => {
    const entityIds = new Set(bundle._riwaya.entities.map((e) => e.id));
    const itemIds = new Set<string>();
    const storyIds = new Set(bundle._riwaya.stories.map((s) => s.id));
    bundle.items.forEach((item, i) => {
      if (itemIds.has(item.id)) ctx.addIssue({ code: 'custom', path: ['items', i, 'id'], message: `duplicate item id ${item.id}` });
      itemIds.add(item.id);
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
          if (span.start > span.end || span.end > length) {
            ctx.addIssue({ code: 'custom', path: ['items', i, '_riwaya', field, j], message: `span ${span.start}-${span.end} outside content_text (${length})` });
          }
        });
      }
      ext.mentions.forEach((m, j) => {
        if (!entityIds.has(m.entity)) ctx.addIssue({ code: 'custom', path: ['items', i, '_riwaya', 'mentions', j], message: `unknown entity ${m.entity}` });
      });
      ext.quotes.forEach((q, j) => {
        if (q.speaker !== null && !entityIds.has(q.speaker)) ctx.addIssue({ code: 'custom', path: ['items', i, '_riwaya', 'quotes', j], message: `unknown speaker ${q.speaker}` });
      });
      if (ext.story !== null && !storyIds.has(ext.story)) ctx.addIssue({ code: 'custom', path: ['items', i, '_riwaya', 'story'], message: `unknown story ${ext.story}` });
      if ((item.date_published !== undefined) !== (ext.published?.precision === 'day')) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'date_published'], message: 'date_published is present exactly when the publication day is known' });
      }
    });
    bundle._riwaya.stories.forEach((s, i) => {
      s.item_ids.forEach((id, j) => {
        if (!itemIds.has(id)) ctx.addIssue({ code: 'custom', path: ['_riwaya', 'stories', i, 'item_ids', j], message: `unknown item ${id}` });
      });
    });
  });

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
  const result = bundleSchema.safeParse(data);
  if (result.success) return { ok: true, bundle: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}
