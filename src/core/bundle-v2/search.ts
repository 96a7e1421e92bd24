/**
 * Search over bundle v2's prebuilt postings (format.ts: term → [article, weight, …], filed by the term's first
 * letters). Pure: the caller loads the postings files `filesFor` names and passes them in, so the same code runs in
 * the app's worker and in Node's tests. The rules are v1's MiniSearch options: words are combined with AND; a query
 * word of 4 letters or more also matches the terms it begins; one of 6 or more also matches terms one edit away
 * (insertion, deletion or substitution), looked up in the word's own postings file. Weights come from the postings
 * (title 4, entity names 3, text 2 per use); a prefix or one-edit match counts for less than the exact term.
 */
import { searchTerm, tokenize } from '../search/terms.ts';
import { SEARCH_PREFIX_LENGTH } from './format.ts';

export const PREFIX_MIN_LENGTH = 4;
export const FUZZY_MIN_LENGTH = 6;
/** A prefix match's weight relative to an exact one; a one-edit match's. */
export const PREFIX_FACTOR = 0.5;
export const FUZZY_FACTOR = 0.3;

/** A postings file's terms (term → [article, weight, …]). */
export type PostingsTerms = Readonly<Record<string, readonly number[]>>;

/** The query's search terms (folded, proclitics stripped), each once, in query order. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(query)) {
    const term = searchTerm(token);
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** The prefix under which a term is filed. */
export const prefixOf = (term: string) => term.slice(0, SEARCH_PREFIX_LENGTH);

/** The postings files (indices into index.search.files) a query needs; a word whose prefix has no file has no hits. */
export function filesFor(terms: readonly string[], prefixes: Readonly<Record<string, number>>): number[] {
  const files = new Set<number>();
  for (const term of terms) {
    const file = Object.hasOwn(prefixes, prefixOf(term)) ? prefixes[prefixOf(term)] : undefined;
    if (file !== undefined) files.add(file);
  }
  return [...files];
}

/** True when a and b are at most one edit apart (Levenshtein), in one pass. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

export interface PostingsHit {
  /** Article index → score, for the articles that match every query word. */
  scores: Map<number, number>;
  /** The index terms that matched (for highlighting with core/search/terms.ts `highlight`). */
  terms: Set<string>;
}

/**
 * The articles matching every word of the query. `termsOf(prefix)` gives the loaded postings of the file holding that
 * prefix (undefined: no such file, so no term with that prefix).
 */
export function searchPostings(query: string, termsOf: (prefix: string) => PostingsTerms | undefined): PostingsHit {
  const words = queryTerms(query);
  const matched = new Set<string>();
  let scores: Map<number, number> | null = null;
  for (const word of words) {
    const postings = termsOf(prefixOf(word));
    const wordScores = new Map<number, number>();
    if (postings) {
      for (const term of Object.keys(postings)) {
        let factor = 0;
        if (term === word) factor = 1;
        else if (word.length >= PREFIX_MIN_LENGTH && term.startsWith(word)) factor = PREFIX_FACTOR;
        else if (word.length >= FUZZY_MIN_LENGTH && withinOneEdit(word, term)) factor = FUZZY_FACTOR;
        if (factor === 0) continue;
        const list = postings[term]!;
        matched.add(term);
        for (let k = 0; k + 1 < list.length; k += 2) {
          const doc = list[k]!;
          wordScores.set(doc, (wordScores.get(doc) ?? 0) + list[k + 1]! * factor);
        }
      }
    }
    if (scores === null) scores = wordScores;
    else {
      const both = new Map<number, number>();
      for (const [doc, score] of wordScores) {
        const before = scores.get(doc);
        if (before !== undefined) both.set(doc, before + score);
      }
      scores = both;
    }
    if (scores.size === 0) break;
  }
  return { scores: scores ?? new Map(), terms: scores && scores.size > 0 ? matched : new Set() };
}
