/**
 * The pipeline from raw article texts to a bundle: clean → title → entities → dates → quotes → stories.
 * Pure and deterministic: the same articles (in any order) give the same bundle.
 */
import {
  JSON_FEED_VERSION,
  RIWAYA_SCHEMA_VERSION,
  type Bundle,
  type BundleItem,
  type Entity,
  type Published,
  type TitleSource,
} from './bundle-schema.ts';
import { cleanArticle, type Block, type CleanedArticle } from './clean.ts';
import { findDates } from './dates.ts';
import { extractEntities } from './entities.ts';
import type { NerModel } from './ner/model.ts';
import type { ManifestEntry } from './manifest.ts';
import { toPublished } from './manifest.ts';
import { normalizeWithOffsets } from './normalize.ts';
import { compareCodeUnits } from './order.ts';
import { findQuotes } from './quotes.ts';
import { groupStories } from './stories.ts';
import { assignItemIds } from './item-ids.ts';

export interface SourceArticle {
  /** File name, e.g. `000_65e48351ce8b35e2.txt`. */
  file: string;
  /** The decoded text of the file. */
  text: string;
  manifest?: ManifestEntry | undefined;
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

export function buildBundle(articles: SourceArticle[], options: BuildOptions = {}): Bundle {
  const sorted = [...articles].sort(byFile);
  const { ids } = assignItemIds(sorted.map((a) => a.file));
  const drafts = sorted.map((article, index) => {
    const id = ids[index]!;
    const cleaned = cleanArticle(article.text);
    const { title, source } = chooseTitle(cleaned, article.manifest, id);
    const { content, headings } = layOut(cleaned.blocks);
    const published = toPublished(article.manifest?.published);
    // Folded once, read by entities, stories and dates.
    const normalized = normalizeWithOffsets(content);
    return { article, cleaned, title, titleSource: source, content, normalized, headings, published, id };
  });

  const { entities, mentions } = extractEntities(
    drafts.map((d) => ({ id: d.id, text: d.content, normalized: d.normalized })),
    options.model ? { model: options.model } : {},
  );
  const entityById = new Map<string, Entity>(entities.map((e) => [e.id, e]));
  const { stories, storyOf } = groupStories(
    drafts.map((d) => ({
      id: d.id,
      title: d.title,
      text: d.content,
      textKey: d.normalized.key,
      published: d.published,
      entities: (mentions.get(d.id) ?? []).map((m) => m.entity),
      outlet: d.article.manifest?.outlet ?? d.cleaned.outlet,
    })),
  );

  const items: BundleItem[] = drafts.map((d) => {
    const itemMentions = mentions.get(d.id) ?? [];
    const url = d.article.manifest?.url ?? undefined;
    const datePublished = rfc3339(d.published);
    return {
      id: d.id,
      ...(url ? { url } : {}),
      title: d.title,
      content_text: d.content,
      ...(datePublished ? { date_published: datePublished } : {}),
      tags: d.cleaned.tags,
      _riwaya: {
        title_source: d.titleSource,
        outlet: d.article.manifest?.outlet ?? d.cleaned.outlet,
        published: d.published,
        mentions: itemMentions,
        dates: findDates(d.content, d.published, d.normalized),
        quotes: findQuotes(d.content, itemMentions, entityById),
        removed: d.cleaned.removed,
        story: storyOf.get(d.id) ?? null,
        headings: d.headings,
        source_file: d.article.file,
      },
    };
  });

  return {
    version: JSON_FEED_VERSION,
    title: options.title ?? DEFAULT_BUNDLE_TITLE,
    language: 'ar',
    items,
    _riwaya: { schema: RIWAYA_SCHEMA_VERSION, entities, stories },
  };
}
