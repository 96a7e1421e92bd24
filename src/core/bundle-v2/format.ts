/**
 * The Riwaya bundle, contract v2: the same articles as v1 (bundle-schema.ts), split into files so that a reader of a
 * 100,000-article archive downloads only what a view needs. Documented in docs/bundle-format.md ("Format v2").
 *
 *   bundle.json                      the entry: a JSON Feed envelope with no items, `_riwaya.schema: 2`, the index's name
 *                                    and the home list's first rows (head)
 *   v2/index.<hash>.json             per article what the home list, filters, stories and the month strip need
 *   v2/timeline.<hash>.json          every resolved date the texts mention, in time order (the timeline page)
 *   v2/shards/<n>.<hash>.json        the articles themselves (v1 items), a few consecutive articles of the index each
 *   v2/search/<n>.<hash>.json        postings of the search terms, filed by their first letters
 *
 * Every name but the entry's carries a hash of the file's text, so a cache keyed by URL never mixes two builds.
 * Paths are relative to the entry's URL. Changing the meaning of a field requires a new schema number.
 */
import { z } from 'zod';
import { entitySchema, itemSchema, partialDateSchema, precisionSchema, publishedDateSchema, JSON_FEED_VERSION } from '../bundle-schema.ts';

export const RIWAYA_SCHEMA_V2 = 2;
/** Where the v2 files go, relative to the entry. */
export const V2_FOLDER = 'v2';
/** A shard is closed once its JSON text reaches this many UTF-16 units (~8 articles of the bench's corpus). */
export const SHARD_TARGET_UNITS = 32 * 1024;
/** Search postings are filed by the first letters of the term (its folded, clitic-stripped form). */
export const SEARCH_PREFIX_LENGTH = 2;
/** A term's weight in one article: WEIGHT_TITLE per use in the title, WEIGHT_NAMES per alias of a mentioned entity, WEIGHT_TEXT per use in text and tags (2 : 1.5 : 1, as v1's MiniSearch boosts). */
export const SEARCH_WEIGHT = { title: 4, names: 3, text: 2 } as const;
/** Search postings files are closed once their JSON text reaches this many UTF-16 units. */
export const SEARCH_FILE_TARGET_UNITS = 64 * 1024;

const RELATIVE_FILE = /^v2\/[a-z0-9/._-]+\.json$/;
const withoutParentPart = (path: string) => !path.split('/').includes('..');
/** A file name inside the bundle's folder: relative, no `..`, no scheme, no query. */
const relativeFileSchema = z.string().regex(RELATIVE_FILE, 'a v2/… .json path').refine(withoutParentPart, 'no ..');
/** relativeFileSchema as a test, for the fast checks of a large index (check.ts). */
export const isRelativeFile = (value: unknown): boolean => typeof value === 'string' && RELATIVE_FILE.test(value) && withoutParentPart(value);
const hashSchema = z.string().regex(/^[0-9a-f]{16}$/, '16 hex digits');
const indexSchema_ = z.number().int().nonnegative();

/** Rows of the home list the entry carries, so a fresh page can show them before the index has come. */
export const HEAD_ROWS = 12;
/** People named per head row (the list row's "people" line). */
export const HEAD_PEOPLE = 3;

/**
 * One of the first rows of the home list (reading order), as the list row shows it: what the index says of the
 * article, with its outlet's name and the names of the people it mentions most (persons only, most mentioned first).
 */
export const headRowSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  outlet: z.string().min(1).nullable(),
  /** As the index's published column: YYYY, YYYY-MM or YYYY-MM-DD, "" when unknown. */
  published: z.union([z.literal(''), publishedDateSchema]),
  people: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })).max(HEAD_PEOPLE),
});

export const entryV2Schema = z.object({
  version: z.literal(JSON_FEED_VERSION),
  title: z.string().min(1),
  language: z.literal('ar'),
  items: z.array(z.never()).length(0),
  _riwaya: z.object({
    schema: z.literal(RIWAYA_SCHEMA_V2),
    /** The hash of the index file's text: one build. */
    build: hashSchema,
    articles: indexSchema_,
    index: relativeFileSchema,
    /** The first HEAD_ROWS rows of the index (fewer in a smaller collection); absent in entries of older builds. */
    head: z.array(headRowSchema).max(HEAD_ROWS).optional(),
  }),
});

/**
 * The index: one column per field, row k of every column is the k-th article in reading order (newest first,
 * undated last, then by id in UTF-16 code-unit order). Integers point into the index's own tables (-1: none).
 */
export const indexV2Schema = z.object({
  schema: z.literal(RIWAYA_SCHEMA_V2),
  build: z.string(),
  title: z.string().min(1),
  entities: z.array(entitySchema),
  outlets: z.array(z.string().min(1)),
  stories: z.array(z.object({ id: z.string().min(1), title: z.string(), items: z.array(indexSchema_) })),
  /** Articles per publication month (YYYY-MM), months in order; articles without a month are not counted. */
  months: z.array(z.tuple([z.string().regex(/^\d{4}-\d{2}$/), indexSchema_])),
  shards: z.array(relativeFileSchema),
  timeline: relativeFileSchema,
  search: z.object({
    prefix: z.literal(SEARCH_PREFIX_LENGTH),
    files: z.array(relativeFileSchema),
    /** A term's first SEARCH_PREFIX_LENGTH units → the file (index into files) holding every term with that prefix; no entry: no such term. */
    prefixes: z.record(z.string().min(1), indexSchema_),
  }),
  items: z.object({
    id: z.array(z.string().min(1)),
    title: z.array(z.string().min(1)),
    outlet: z.array(z.number().int().min(-1)),
    /** YYYY, YYYY-MM or YYYY-MM-DD (the precision is the length); "" when unknown. */
    published: z.array(z.union([z.literal(''), publishedDateSchema])),
    /** Entity indices, most mentioned first (ties: lower index first). */
    entities: z.array(z.array(indexSchema_)),
    story: z.array(z.number().int().min(-1)),
    shard: z.array(indexSchema_),
  }),
});

/** A content shard: whole v1 items, consecutive in index order. */
export const shardV2Schema = z.object({
  schema: z.literal(RIWAYA_SCHEMA_V2),
  /** Index position of the first item. */
  first: indexSchema_,
  items: z.array(z.unknown()),
});

/** One mentioned date: [article index, value, precision, end value or null, sentence start, sentence end] (offsets into content_text). */
export const timelineEventSchema = z.tuple([indexSchema_, partialDateSchema, precisionSchema, partialDateSchema.nullable(), indexSchema_, indexSchema_]);
export const timelineV2Schema = z.object({ schema: z.literal(RIWAYA_SCHEMA_V2), events: z.array(timelineEventSchema) });

/** term → a list of whole numbers ≥ 0, in pairs (see searchShardV2Schema for what the first of each pair is). */
const postingsSchema = z.record(z.string().min(1), z.array(indexSchema_));
/**
 * A postings file. `gaps`: term → [gap, weight, gap, weight, …], each gap an article index less the one before it
 * (the first the index itself), so that a common term's thousands of articles are written as small numbers (the files
 * this CLI writes). `terms`: the same with the article indices themselves, ascending (files of builds before
 * 2026-12-04, still read). Readers get the article indices from either with search.ts `postingsTerms`.
 */
export const searchShardV2Schema = z.union([
  z.object({ schema: z.literal(RIWAYA_SCHEMA_V2), gaps: postingsSchema }),
  z.object({ schema: z.literal(RIWAYA_SCHEMA_V2), terms: postingsSchema }),
]);

export type EntryV2 = z.infer<typeof entryV2Schema>;
export type IndexV2 = z.infer<typeof indexV2Schema>;
export type HeadRowV2 = z.infer<typeof headRowSchema>;
export type ShardV2 = z.infer<typeof shardV2Schema>;
export type TimelineV2 = z.infer<typeof timelineV2Schema>;
export type TimelineEventV2 = z.infer<typeof timelineEventSchema>;
export type SearchShardV2 = z.infer<typeof searchShardV2Schema>;
export { itemSchema as shardItemSchema };
