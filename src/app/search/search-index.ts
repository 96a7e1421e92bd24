/**
 * Arabic-aware full-text search over the bundle, with MiniSearch (a small maintained index with prefix and fuzzy
 * search and per-term processing hooks; Orama's Arabic stemmer was the alternative, but a light-stemming stemmer
 * conflates roots that a news reader must keep apart, while here we only fold spelling and strip clitics).
 * Every token goes through core's matchKey (hamza, ى/ي, ة/ه, harakat, tatweel) and loses its proclitics, the same
 * at indexing and at query time, so "الاطلسي" finds "الأطلسي" and "وستولتنبرغ" finds "ستولتنبرغ". Long terms
 * also match at one edit, so transliteration variants (ستولتنبرج / ستولتنبرغ) find each other.
 */
import MiniSearch from 'minisearch';
import type { BundleItem, Entity } from '../../core/bundle-schema.ts';
import { deepestReading, matchKey, procliticReadings, words, type ProcliticOptions } from '../../core/arabic/index.ts';

/**
 * Proclitic stripping (light, no stemming), through core's shared clitic analysis: one optional conjunction و/ف,
 * a preposition ب/ل/ك only before the article (a bare ب/ل/ك + name is ambiguous with names that start with these
 * letters: لندن، بريطانيا), then the article ال (or لل after ل, where the alef of ال drops: "للناتو"). At least 3
 * letters must remain, so short words stay whole.
 */
const SEARCH_CLITICS: ProcliticOptions = { minStem: 3, prepositionOnlyBeforeArticle: true, article: true };

/** The index term of a token: its matching key, lower-cased, with the deepest proclitic reading taken. */
export function searchTerm(token: string): string {
  return deepestReading(procliticReadings(matchKey(token).toLowerCase(), SEARCH_CLITICS)).stem;
}

/** The words of a text (core's word tokenizer, over the folded text): their keys are folded already. */
export function tokenize(text: string): string[] {
  return words(text).map((word) => word.key);
}

interface SearchDoc {
  id: string;
  title: string;
  text: string;
  names: string;
}

export interface SearchIndex {
  search(query: string): SearchResult;
}

export interface SearchResult {
  ids: Set<string>;
  /** The index terms that matched, to highlight in the display text. */
  terms: Set<string>;
}

export function buildSearchIndex(items: BundleItem[], entityById: Map<string, Entity>): SearchIndex {
  const mini = new MiniSearch<SearchDoc>({
    fields: ['title', 'text', 'names'],
    storeFields: [],
    tokenize,
    processTerm: (term) => searchTerm(term) || null,
    searchOptions: {
      boost: { title: 2, names: 1.5 },
      combineWith: 'AND',
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
    },
  });
  mini.addAll(
    items.map((item) => ({
      id: item.id,
      title: item.title,
      text: `${item.content_text}\n${item.tags.join(' ')}`,
      names: [...new Set(item._riwaya.mentions.map((m) => m.entity))].flatMap((id) => entityById.get(id)?.aliases ?? []).join(' '),
    })),
  );
  return {
    search(query: string): SearchResult {
      if (!query.trim()) return { ids: new Set(), terms: new Set() };
      const results = mini.search(query);
      return { ids: new Set(results.map((r) => String(r.id))), terms: new Set(results.flatMap((r) => r.terms)) };
    },
  };
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits display text into runs, marking the tokens whose search term matched. The text itself is untouched. */
export function highlight(text: string, terms: Set<string>): Segment[] {
  if (terms.size === 0) return [{ text, mark: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const word of words(text)) {
    if (!terms.has(searchTerm(word.key))) continue;
    if (word.start > last) segments.push({ text: text.slice(last, word.start), mark: false });
    segments.push({ text: text.slice(word.start, word.end), mark: true });
    last = word.end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
