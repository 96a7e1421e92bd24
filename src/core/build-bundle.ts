/**
 * The pipeline from raw article texts to a bundle: clean → title → entities → dates → quotes → stories.
 * Pure and deterministic: the same articles (in any order) give the same bundle.
 */
import {
  JSON_FEED_VERSION,
  RIWAYA_SCHEMA_VERSION,
  type Bundle,
  type BundleItem,
  type DateMention,
  type Entity,
  type Mention,
  type Story,
  type Published,
  type Removed,
  type TitleSource,
} from './bundle-schema.ts';
import { cleanArticle, type Block, type CleanedArticle } from './clean.ts';
import { findDates } from './dates.ts';
import { EntityCollection, type EntityDocument } from './entities.ts';
import type { NerModel, NerSpan } from './ner/model.ts';
import type { ManifestEntry } from './manifest.ts';
import { toPublished } from './published.ts';
import { publishedFromText } from './published-from-text.ts';
import { normalizeWithOffsets, type NormalizedText } from './normalize.ts';
import { compareCodeUnits } from './order.ts';
import { findQuotes } from './quotes.ts';
import { groupStoriesOf, StoryFeatureBuilder, type StoryInput } from './stories.ts';
import { assignItemIds } from './item-ids.ts';

export interface SourceArticle {
  /** File name, e.g. `000_65e48351ce8b35e2.txt`. */
  file: string;
  /** The decoded text of the file. */
  text: string;
  manifest?: ManifestEntry | undefined;
  /** The item id, when the caller has worked it out for the whole folder (itemIdsOf); alone, its file name gives it (item-ids.ts). */
  id?: string | undefined;
}

export interface BuildOptions {
  title?: string;
  /** The entity recogniser (the caller loads it: core reads no files); without it entities come from the rules alone. */
  model?: NerModel;
}

export const DEFAULT_BUNDLE_TITLE = 'رواية';
const PARAGRAPH_SEPARATOR = '\n\n';
const DERIVED_TITLE_MAX_WORDS = 14;

/** A title from the lead sentence: up to its first full stop, at most DERIVED_TITLE_MAX_WORDS words. */
export function deriveTitle(blocks: Block[]): string {
  const lead = blocks.find((b) => !b.heading)?.text ?? blocks[0]?.text ?? '';
  const sentence = lead.split(/(?<=[.!?؟])\s/)[0] ?? lead;
  const words = sentence.replace(/[.،,:؛]+$/, '').split(/\s+/).filter(Boolean);
  if (words.length <= DERIVED_TITLE_MAX_WORDS) return words.join(' ');
  return `${words.slice(0, DERIVED_TITLE_MAX_WORDS).join(' ')}…`;
}

function chooseTitle(cleaned: CleanedArticle, manifest: ManifestEntry | undefined, id: string): { title: string; source: TitleSource } {
  if (cleaned.headline) return { title: cleaned.headline, source: 'headline' };
  if (manifest?.title) return { title: manifest.title, source: 'manifest' };
  // A file with no text left after cleaning (a lone URL, an ad label) is kept with its removed[], titled by its id.
  return { title: deriveTitle(cleaned.blocks) || id, source: 'derived' };
}

/** Joins blocks into content_text and records where the subheadings are. */
function layOut(blocks: Block[]): { content: string; headings: { start: number; end: number }[] } {
  let content = '';
  const headings: { start: number; end: number }[] = [];
  for (const block of blocks) {
    if (content.length > 0) content += PARAGRAPH_SEPARATOR;
    if (block.heading) headings.push({ start: content.length, end: content.length + block.text.length });
    content += block.text;
  }
  return { content, headings };
}

function rfc3339(published: Published | null): string | undefined {
  return published?.precision === 'day' ? `${published.value}T00:00:00Z` : undefined;
}

const byFile = (a: SourceArticle, b: SourceArticle) => compareCodeUnits(a.file, b.file);

/**
 * What the pipeline works out for one article on its own: cleaning, title, layout, the recogniser's spans and the
 * dates (findDates reads only the article's content and publication date). Plain data that survives a structured
 * clone, so a worker thread can prepare articles and the main thread assemble them (src/cli/prepare-pool.ts).
 */
export interface PreparedArticle {
  id: string;
  file: string;
  url: string | undefined;
  outlet: string | null;
  title: string;
  titleSource: TitleSource;
  content: string;
  headings: { start: number; end: number }[];
  published: Published | null;
  tags: string[];
  removed: Removed[];
  /** The recogniser's spans over `content`; absent when the article was prepared without a model. */
  nerSpans?: NerSpan[];
  dates: DateMention[];
}

/**
 * The site an address is on, as its host name without "www." ("https://www.aljazeera.net/news/…" → aljazeera.net):
 * the outlet of an article whose manifest and text name none, rather than none at all.
 */
export function siteOf(url: string | null | undefined): string | null {
  const host = url ? /^https?:\/\/(?:[^@/?#]*@)?([^/:?#]+)/i.exec(url)?.[1] : undefined;
  return host ? host.toLowerCase().replace(/^www\./, '') : null;
}

/** The per-article stages of buildBundle: they need nothing from the other articles. */
export function prepareArticle(article: SourceArticle, model?: NerModel, id: string = article.id ?? (assignItemIds([article.file]).ids[0] as string)): PreparedArticle {
  const cleaned = cleanArticle(article.text);
  const { title, source } = chooseTitle(cleaned, article.manifest, id);
  const { content, headings } = layOut(cleaned.blocks);
  // The manifest's date, else the one the page prints in a date line (cleaned away as a timestamp).
  const published = toPublished(article.manifest?.published) ?? publishedFromText(cleaned.dateLine);
  // Folded once for the recogniser and the dates (assembleBundle folds again for entities and stories: see there).
  const normalized = normalizeWithOffsets(content);
  return {
    id,
    file: article.file,
    url: article.manifest?.url ?? undefined,
    outlet: article.manifest?.outlet ?? cleaned.outlet ?? siteOf(article.manifest?.url),
    title,
    titleSource: source,
    content,
    headings,
    published,
    tags: cleaned.tags,
    removed: cleaned.removed,
    ...(model ? { nerSpans: model.recognise(content, normalized) } : {}),
    dates: findDates(content, published, normalized),
  };
}

export const byPreparedFile = (a: PreparedArticle, b: PreparedArticle) => compareCodeUnits(a.file, b.file);
export const byPreparedId = (a: { id: string }, b: { id: string }) => compareCodeUnits(a.id, b.id);

/**
 * A prepared article as the entity passes read it. Its text is folded again rather than sent from a worker: a
 * NormalizedText is not plain data, and folding is cheap.
 */
export function entityDocumentOf(p: PreparedArticle): EntityDocument & { normalized: NormalizedText } {
  return { id: p.id, text: p.content, normalized: normalizeWithOffsets(p.content), ...(p.nerSpans ? { nerSpans: p.nerSpans } : {}) };
}

/** A prepared article as the story grouping reads it, once its mentions are known. */
export function storyInputOfPrepared(p: PreparedArticle, textKey: string, mentions: readonly Mention[]): StoryInput {
  return { id: p.id, title: p.title, text: p.content, textKey, published: p.published, entities: mentions.map((m) => m.entity), outlet: p.outlet };
}

/** The bundle item of a prepared article, once the collection passes have given its mentions and story. */
export function finishItem(d: PreparedArticle, itemMentions: Mention[], story: string | null, entityById: ReadonlyMap<string, Entity>): BundleItem {
  const datePublished = rfc3339(d.published);
  return {
    id: d.id,
    ...(d.url ? { url: d.url } : {}),
    title: d.title,
    content_text: d.content,
    ...(datePublished ? { date_published: datePublished } : {}),
    tags: d.tags,
    _riwaya: {
      title_source: d.titleSource,
      outlet: d.outlet,
      published: d.published,
      mentions: itemMentions,
      dates: d.dates,
      quotes: findQuotes(d.content, itemMentions, entityById as Map<string, Entity>),
      removed: d.removed,
      story,
      headings: d.headings,
      source_file: d.file,
    },
  };
}

/**
 * The collection passes over prepared articles given one at a time, for a collection that is not held in memory
 * (the CLI streams its articles from a spill file). Calls, in this order:
 * 1. `observe` each article (any order);
 * 2. `accept` each article in file order (UTF-16 code units, as assembleBundle sorts them);
 * 3. `mentionsOf` each article in id order (UTF-16 code units): its mentions (keep them for `finishItem`);
 * 4. `finish()`: the entities, the stories and each article's story id.
 * The result is assembleBundle's for the same articles.
 */
export class CollectionPasses {
  /**
   * The names and their scans, let go by finish() before the stories are grouped: an archive's largest live data
   * then (about 130 MiB of the 400 MiB live while the CLI grouped 100,000 wide-corpus articles, RIWAYA_TRACE_MEMORY).
   */
  private names: EntityCollection | null;
  private readonly stories = new StoryFeatureBuilder();
  private settled = false;

  constructor(options: BuildOptions = {}, keepScans = false) {
    this.names = new EntityCollection(options.model ? { model: options.model } : {}, { keepScans });
  }

  private collection(): EntityCollection {
    if (this.names === null) throw new Error('CollectionPasses: finish() has been called');
    return this.names;
  }

  observe(doc: EntityDocument): void {
    this.collection().observe(doc);
  }

  accept(doc: EntityDocument): void {
    this.collection().accept(doc);
  }

  mentionsOf(p: PreparedArticle, doc: EntityDocument & { normalized: NormalizedText }): Mention[] {
    const collection = this.collection();
    if (!this.settled) {
      collection.settle();
      this.settled = true;
    }
    const mentions = collection.mentionsOf(doc);
    this.stories.add(storyInputOfPrepared(p, doc.normalized.key, mentions));
    return mentions;
  }

  /** The entities, the stories and each article's story id; the passes cannot be used after. */
  finish(): { entities: Entity[]; stories: Story[]; storyOf: Map<string, string> } {
    const entities = this.collection().entities();
    this.names = null;
    const { stories, storyOf } = groupStoriesOf(this.stories);
    return { entities, stories, storyOf };
  }
}

/**
 * The collection stages of buildBundle: entities (with the spans the articles were prepared with), stories, quotes.
 * `options.model` is still needed for its lexicons when the spans come precomputed.
 */
export function assembleBundle(prepared: PreparedArticle[], options: BuildOptions = {}): Bundle {
  const drafts = [...prepared].sort(byPreparedFile).map((p) => ({ p, doc: entityDocumentOf(p) }));
  const passes = new CollectionPasses(options, true);
  for (const { doc } of drafts) passes.observe(doc);
  for (const { doc } of drafts) passes.accept(doc);
  const mentions = new Map<string, Mention[]>();
  for (const { p, doc } of [...drafts].sort((a, b) => byPreparedId(a.p, b.p))) mentions.set(p.id, passes.mentionsOf(p, doc));
  return finishBundle(passes, drafts.map(({ p }) => p), mentions, options);
}

/**
 * The bundle once the passes have seen every article and each one's mentions are known: the collection's entities and
 * stories, and each article finished, in the order given (assembleBundle's, and the import's in slices).
 */
export function finishBundle(passes: CollectionPasses, prepared: readonly PreparedArticle[], mentions: ReadonlyMap<string, Mention[]>, options: BuildOptions): Bundle {
  const { entities, stories, storyOf } = passes.finish();
  const entityById = new Map<string, Entity>(entities.map((e) => [e.id, e]));
  const items: BundleItem[] = prepared.map((p) => finishItem(p, mentions.get(p.id) ?? [], storyOf.get(p.id) ?? null, entityById));
  return {
    version: JSON_FEED_VERSION,
    title: options.title ?? DEFAULT_BUNDLE_TITLE,
    language: 'ar',
    items,
    _riwaya: { schema: RIWAYA_SCHEMA_VERSION, entities, stories },
  };
}

/** Ids unique by construction (item-ids.ts), worked out over the whole collection before any article is prepared. */
export function itemIdsOf(articles: readonly SourceArticle[]): Map<string, string> {
  const sorted = [...articles].sort(byFile);
  const { ids } = assignItemIds(sorted.map((a) => a.file));
  return new Map(sorted.map((a, i) => [a.file, ids[i] as string]));
}

export function buildBundle(articles: SourceArticle[], options: BuildOptions = {}): Bundle {
  const ids = itemIdsOf(articles);
  return assembleBundle(
    [...articles].sort(byFile).map((article) => prepareArticle(article, options.model, ids.get(article.file))),
    options,
  );
}
