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
import { matchKey } from '../../core/normalize.ts';

const TOKEN = /[\p{L}\p{N}\p{M}\u0640]+/gu;

/**
 * Proclitic stripping (light, no stemming): one optional conjunction و/ف, one optional preposition ب/ل/ك, then the
 * article ال (or لل after ل, where the alef of ال drops: "للناتو"). Stripping stops when fewer than 3 letters would
 * remain, so short words stay whole.
 */
export function searchTerm(token: string): string {
  let t = matchKey(token).toLowerCase();
  const strip = (prefix: string) => {
    if (t.startsWith(prefix) && t.length - prefix.length >= 3) {
      t = t.slice(prefix.length);
      return true;
    }
    return false;
  };
  if (t.startsWith('و') || t.startsWith('ف')) strip(t[0]!);
  if (strip('لل')) return t;
  if (t.startsWith('ب') || t.startsWith('ل') || t.startsWith('ك')) {
    // Only a preposition if ال follows; a bare ب/ل/ك + name is ambiguous with names that start with these letters.
    if (t.startsWith('ال', 1) && t.length - 3 >= 3) t = t.slice(1);
  }
  strip('ال');
  return t;
}

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
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
  for (const match of text.matchAll(TOKEN)) {
    if (!terms.has(searchTerm(match[0]))) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index), mark: false });
    segments.push({ text: match[0], mark: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
