/**
 * Scoring a built bundle against a hand-annotated gold file (test-data/*-gold.json).
 * Pure: the caller reads the files and runs the pipeline; these functions only compare.
 *
 * The comparison follows the gold file's own "matching" note: both sides are normalized with matchKey
 * (tatweel and harakat dropped, alef/yeh/kaf/teh marbuta folded) and white space collapsed; a one-letter
 * proclitic may be dropped; a form also matches another that ends in the same word of 3+ letters when one of
 * the two has several words (a surname stands for the full name in Arabic news: "ستولتنبرغ" after "ينس ستولتنبرغ").
 */
import { z } from 'zod';
import type { BundleItem, Entity } from '../core/bundle-schema.ts';
import { lostLines } from '../core/lines.ts';
import { matchKey, normalizeWithOffsets } from '../core/normalize.ts';

const nonEmpty = z.string().min(1);

const goldArticleSchema = z.looseObject({
  title: nonEmpty.optional(),
  outlet: nonEmpty.nullable(),
  published: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  persons: z.record(nonEmpty, z.array(nonEmpty).min(1)),
  forbidden_persons: z.array(nonEmpty).default([]),
  places_some: z.array(nonEmpty).optional(),
  organizations_some: z.array(nonEmpty).optional(),
  subheadings: z.array(nonEmpty).optional(),
  boilerplate_absent: z.array(nonEmpty).default([]),
  date_mentions: z
    .array(z.object({ text: nonEmpty, value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).nullable() }))
    .default([]),
});

const goldFileSchema = z
  .looseObject({
    note: z.string().min(1),
    matching: z.string().optional(),
    articles: z.record(nonEmpty, goldArticleSchema),
    cross_document: z.record(nonEmpty, z.array(nonEmpty).min(2)).default({}),
  })
  .superRefine((gold, ctx) => {
    for (const [person, ids] of Object.entries(gold.cross_document)) {
      for (const id of ids) {
        const article = gold.articles[id];
        if (!article) {
          ctx.addIssue({ code: 'custom', path: ['cross_document', person], message: `names ${id}, which is not among the articles` });
        } else if (!article.persons[person]) {
          ctx.addIssue({ code: 'custom', path: ['cross_document', person], message: `${id} has no person "${person}"` });
        }
      }
    }
  });

export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;
export type GoldParse = { ok: true; gold: GoldFile } | { ok: false; problems: string[] };

/** Validates a parsed gold file; problems are `path: message` lines. */
export function parseGold(data: unknown): GoldParse {
  const result = goldFileSchema.safeParse(data);
  if (result.success) return { ok: true, gold: result.data };
  return {
    ok: false,
    problems: result.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Form matching

// The one-letter proclitics written joined to the next word: conjunctions و ف, prepositions ب ل ك.
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const MIN_SHARED_WORD = 3;

/**
 * matchKey, white space collapsed, punctuation at either end dropped (a mention span may carry a quote mark).
 * Hashtag spelling is undone: Al Arabiya writes names as "#ترمب" and "#دونالد_توسك" (underscore for the space).
 */
export function normalizeForm(text: string): string {
  return matchKey(text).replace(/#/g, '').replace(/[\s_]+/g, ' ').trim().replace(EDGE_PUNCTUATION, '');
}

/** The form and, when it starts with a proclitic and something of 2+ letters is left, the form without it. */
function variants(normalized: string): string[] {
  const first = normalized[0];
  if (first !== undefined && PROCLITICS.has(first) && normalized.length >= 3 && normalized[1] !== ' ') {
    return [normalized, normalized.slice(1)];
  }
  return [normalized];
}

function lastWord(normalized: string): string {
  const space = normalized.lastIndexOf(' ');
  return space === -1 ? normalized : normalized.slice(space + 1);
}

/** Equal after normalization, a one-letter proclitic dropped from either side. */
export function formsEqual(a: string, b: string): boolean {
  const va = variants(normalizeForm(a));
  const vb = variants(normalizeForm(b));
  return va.some((x) => x.length > 0 && vb.includes(x));
}

/** The looser rule: one of the two has several words and both end in the same word of 3+ letters. */
export function formsShareSurname(a: string, b: string): boolean {
  const na = normalizeForm(a);
  const nb = normalizeForm(b);
  if (!na.includes(' ') && !nb.includes(' ')) return false;
  const wa = lastWord(na);
  return wa.length >= MIN_SHARED_WORD && variants(wa).some((w) => variants(lastWord(nb)).includes(w));
}

// ---------------------------------------------------------------------------------------------------------
// What the pipeline predicted for one item

/** One predicted entity as seen in one item: its id and every text that stands for it there. */
export interface PredictedEntity {
  id: string;
  type: Entity['type'];
  name: string;
  /** Mention texts in this item, the entity's name and its aliases. */
  forms: string[];
  /** Mention texts in this item only. */
  texts: string[];
}

/** The entities an item mentions, with their forms; an unknown entity id is kept with type 'other'. */
export function predictedEntities(item: BundleItem, entities: Map<string, Entity>): PredictedEntity[] {
  const byId = new Map<string, PredictedEntity>();
  for (const mention of item._riwaya.mentions) {
    let predicted = byId.get(mention.entity);
    if (!predicted) {
      const entity = entities.get(mention.entity);
      predicted = {
        id: mention.entity,
        type: entity?.type ?? 'other',
        name: entity?.name ?? mention.entity,
        forms: entity ? [entity.name, ...entity.aliases] : [],
        texts: [],
      };
      byId.set(mention.entity, predicted);
    }
    const text = item.content_text.slice(mention.start, mention.end);
    predicted.forms.push(text);
    predicted.texts.push(text);
  }
  return [...byId.values()];
}

function anyPair(xs: string[], ys: string[], match: (x: string, y: string) => boolean): boolean {
  return xs.some((x) => ys.some((y) => match(x, y)));
}

/**
 * Which gold keys each predicted entity stands for. An exact form match wins; the surname rule is used only
 * for an entity that matches no gold person exactly, so "يوليا سكريبال" is not also counted as her father.
 */
export function matchEntitiesToGold(predicted: PredictedEntity[], gold: Record<string, string[]>): Map<string, string[]> {
  const goldEntries = Object.entries(gold);
  const matches = new Map<string, string[]>();
  for (const entity of predicted) {
    let keys = goldEntries.filter(([, forms]) => anyPair(entity.forms, forms, formsEqual)).map(([key]) => key);
    if (keys.length === 0) keys = goldEntries.filter(([, forms]) => anyPair(entity.forms, forms, formsShareSurname)).map(([key]) => key);
    matches.set(entity.id, keys);
  }
  return matches;
}

// ---------------------------------------------------------------------------------------------------------
// Scores of one article

export interface Count {
  found: number;
  total: number;
}

export interface PersonScore {
  /** Predicted person entities that match a gold person. */
  truePositives: number;
  /** Predicted person entities that match none: display name, and the item's own mention text when it differs. */
  extra: string[];
  goldTotal: number;
  /** Gold person keys with no matching predicted person entity. */
  missed: string[];
}

export interface DateMiss {
  text: string;
  value: string | null;
  /** What the pipeline said for an overlapping span: undefined when no span overlaps the text. */
  got?: string | null;
  /** The gold text is not in content_text at all (cleaning cut it). */
  notInText?: boolean;
}

export interface ArticleScore {
  id: string;
  persons: PersonScore;
  /** Forbidden persons that some predicted person entity of the item stands for. */
  forbiddenLeaked: string[];
  forbiddenTotal: number;
  /** boilerplate_absent strings still present in title + content_text. */
  junkPresent: string[];
  junkTotal: number;
  /** Raw non-blank lines (trimmed) found verbatim in none of title, content_text, tags, removed[].text. */
  linesLost: string[];
  dates: { total: number; found: number; resolved: number; misses: DateMiss[] };
  published: { right: boolean; got: string | null; want: string };
  outlet: { right: boolean; got: string | null; want: string } | null;
  places: Count & { missed: string[] };
  organizations: Count & { missed: string[] };
  subheadings: Count & { missed: string[] };
  title: { right: boolean; got: string; want: string } | null;
}

/** Lines of the raw file that the pipeline neither kept nor reported as removed. */

/** Start/end of every occurrence of `needle` in `text`, compared by matchKey and reported on `text`. */
export function findOccurrences(text: string, needle: string): { start: number; end: number }[] {
  const key = matchKey(needle);
  if (key.length === 0) return [];
  const normalized = normalizeWithOffsets(text);
  const haystack = normalized.key;
  const spans: { start: number; end: number }[] = [];
  for (let at = haystack.indexOf(key); at !== -1; at = haystack.indexOf(key, at + 1)) {
    spans.push({ start: normalized.offsetAt(at), end: normalized.offsetAt(at + key.length) });
  }
  return spans;
}

function scoreDates(gold: GoldArticle, item: BundleItem): ArticleScore['dates'] {
  const predicted = item._riwaya.dates;
  let found = 0;
  let resolved = 0;
  const misses: DateMiss[] = [];
  for (const want of gold.date_mentions) {
    const occurrences = findOccurrences(item.content_text, want.text);
    const overlapping = occurrences.flatMap((span) => predicted.filter((d) => d.start < span.end && span.start < d.end));
    if (overlapping.length === 0) {
      misses.push({ text: want.text, value: want.value, ...(occurrences.length === 0 ? { notInText: true } : {}) });
      continue;
    }
    found++;
    if (overlapping.some((d) => d.value === want.value)) resolved++;
    else misses.push({ text: want.text, value: want.value, got: overlapping[0]?.value ?? null });
  }
  return { total: gold.date_mentions.length, found, resolved, misses };
}

/** Gold names of one entity type found among the item's predicted entities of that type (exact forms only). */
function scoreNamed(wanted: string[] | undefined, predicted: PredictedEntity[], type: Entity['type']): Count & { missed: string[] } {
  const list = wanted ?? [];
  const ofType = predicted.filter((e) => e.type === type);
  const missed = list.filter((name) => !ofType.some((e) => e.forms.some((f) => formsEqual(f, name))));
  return { found: list.length - missed.length, total: list.length, missed };
}

function scoreSubheadings(wanted: string[] | undefined, item: BundleItem): Count & { missed: string[] } {
  const list = wanted ?? [];
  const headings = item._riwaya.headings.map((h) => normalizeForm(item.content_text.slice(h.start, h.end)));
  const missed = list.filter((s) => !headings.includes(normalizeForm(s)));
  return { found: list.length - missed.length, total: list.length, missed };
}

export function scoreArticle(id: string, gold: GoldArticle, item: BundleItem, entities: Map<string, Entity>, raw: string): ArticleScore {
  const predicted = predictedEntities(item, entities);
  const persons = predicted.filter((e) => e.type === 'person');
  const matches = matchEntitiesToGold(persons, gold.persons);
  const foundKeys = new Set([...matches.values()].flat());
  const extra = persons
    .filter((e) => (matches.get(e.id) ?? []).length === 0)
    .map((e) => (e.texts[0] === undefined || e.texts[0] === e.name ? e.name : `${e.name} «${e.texts[0]}»`));

  const forbidden = Object.fromEntries(gold.forbidden_persons.map((name) => [name, [name]]));
  const forbiddenMatches = matchEntitiesToGold(persons, forbidden);
  const forbiddenLeaked = gold.forbidden_persons.filter((name) => [...forbiddenMatches.values()].some((keys) => keys.includes(name)));

  const shown = matchKey(`${item.title}\n${item.content_text}`);
  const junkPresent = gold.boilerplate_absent.filter((s) => shown.includes(matchKey(s)));

  const gotOutlet = item._riwaya.outlet;
  const gotPublished = item._riwaya.published?.value ?? null;
  return {
    id,
    persons: {
      truePositives: persons.length - extra.length,
      extra,
      goldTotal: Object.keys(gold.persons).length,
      missed: Object.keys(gold.persons).filter((key) => !foundKeys.has(key)),
    },
    forbiddenLeaked,
    forbiddenTotal: gold.forbidden_persons.length,
    junkPresent,
    junkTotal: gold.boilerplate_absent.length,
    linesLost: lostLines(raw, item),
    dates: scoreDates(gold, item),
    published: { right: gotPublished === gold.published, got: gotPublished, want: gold.published },
    outlet:
      gold.outlet === null
        ? null
        : { right: gotOutlet !== null && normalizeForm(gotOutlet) === normalizeForm(gold.outlet), got: gotOutlet, want: gold.outlet },
    places: scoreNamed(gold.places_some, predicted, 'place'),
    organizations: scoreNamed(gold.organizations_some, predicted, 'organization'),
    subheadings: scoreSubheadings(gold.subheadings, item),
    title: gold.title === undefined ? null : { right: normalizeForm(item.title) === normalizeForm(gold.title), got: item.title, want: gold.title },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Cross-document identity

export interface CrossDocumentScore {
  person: string;
  items: string[];
  /** True when one predicted entity id stands for the person in every listed item. */
  same: boolean;
  /** Per item, the entity ids that stand for the person there (empty: not found). */
  idsByItem: Record<string, string[]>;
}

export function scoreCrossDocument(gold: GoldFile, items: Map<string, BundleItem>, entities: Map<string, Entity>): CrossDocumentScore[] {
  return Object.entries(gold.cross_document).map(([person, ids]) => {
    const idsByItem: Record<string, string[]> = {};
    for (const id of ids) {
      const item = items.get(id);
      const forms = gold.articles[id]?.persons[person] ?? [];
      if (!item) {
        idsByItem[id] = [];
        continue;
      }
      const persons = predictedEntities(item, entities).filter((e) => e.type === 'person');
      const matches = matchEntitiesToGold(persons, { [person]: forms });
      idsByItem[id] = persons.filter((e) => (matches.get(e.id) ?? []).length > 0).map((e) => e.id);
    }
    const lists = ids.map((id) => idsByItem[id] ?? []);
    const [first = [], ...rest] = lists;
    const same = first.some((entityId) => rest.every((list) => list.includes(entityId)));
    return { person, items: ids, same, idsByItem };
  });
}

// ---------------------------------------------------------------------------------------------------------
// Totals

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision/recall/F1; an empty denominator counts as perfect (nothing to find, nothing wrongly found). */
export function precisionRecall(truePositives: number, predicted: number, goldFound: number, goldTotal: number): PrecisionRecall {
  const precision = predicted === 0 ? (goldTotal === 0 ? 1 : 0) : truePositives / predicted;
  const recall = goldTotal === 0 ? 1 : goldFound / goldTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Summary {
  articles: number;
  persons: PrecisionRecall & { truePositives: number; predicted: number; goldFound: number; goldTotal: number };
  crossDocument: Count;
  forbiddenLeaked: Count;
  junkRemoved: Count;
  linesLost: number;
  datesFound: Count;
  datesResolved: Count;
  published: Count;
  outlet: Count;
  places: Count;
  organizations: Count;
  subheadings: Count;
  titles: Count;
}

function add(a: Count, found: number, total: number): void {
  a.found += found;
  a.total += total;
}

export function summarize(scores: ArticleScore[], cross: CrossDocumentScore[]): Summary {
  const count = (): Count => ({ found: 0, total: 0 });
  const s = {
    crossDocument: { found: cross.filter((c) => c.same).length, total: cross.length },
    forbiddenLeaked: count(),
    junkRemoved: count(),
    datesFound: count(),
    datesResolved: count(),
    published: count(),
    outlet: count(),
    places: count(),
    organizations: count(),
    subheadings: count(),
    titles: count(),
  };
  let truePositives = 0;
  let predicted = 0;
  let goldFound = 0;
  let goldTotal = 0;
  let linesLost = 0;
  for (const a of scores) {
    truePositives += a.persons.truePositives;
    predicted += a.persons.truePositives + a.persons.extra.length;
    goldFound += a.persons.goldTotal - a.persons.missed.length;
    goldTotal += a.persons.goldTotal;
    add(s.forbiddenLeaked, a.forbiddenLeaked.length, a.forbiddenTotal);
    add(s.junkRemoved, a.junkTotal - a.junkPresent.length, a.junkTotal);
    linesLost += a.linesLost.length;
    add(s.datesFound, a.dates.found, a.dates.total);
    add(s.datesResolved, a.dates.resolved, a.dates.total);
    add(s.published, a.published.right ? 1 : 0, 1);
    if (a.outlet) add(s.outlet, a.outlet.right ? 1 : 0, 1);
    add(s.places, a.places.found, a.places.total);
    add(s.organizations, a.organizations.found, a.organizations.total);
    add(s.subheadings, a.subheadings.found, a.subheadings.total);
    if (a.title) add(s.titles, a.title.right ? 1 : 0, 1);
  }
  return {
    articles: scores.length,
    persons: { ...precisionRecall(truePositives, predicted, goldFound, goldTotal), truePositives, predicted, goldFound, goldTotal },
    linesLost,
    ...s,
  };
}
