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
import { searchTerm, tokenize } from '../../core/search/terms.ts';

export { highlight, searchTerm, tokenize, type Segment } from '../../core/search/terms.ts';

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
