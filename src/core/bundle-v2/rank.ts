/**
 * Relevance order for search results. The postings give each article a weight per query word (title 4, names 3, text
 * 2 per use, times the match's factor: search.ts); summed, a long article that repeats a word beats a short one that
 * has it in its title, which is rarely what a reader of news wants. So the words found in the title count first
 * (each by its match's factor: the word itself 1, a word it begins 0.5, one edit away 0.3) and the postings weight,
 * saturated below 1, orders articles within that: a title that has the word itself outranks any number of uses in
 * the text, and one that has only a word it begins comes before the text-only articles but can be overtaken by one
 * that has the word itself.
 *
 * The title is checked in its matching key (titleKey), by the search's own rule (termFactor over searchTerm): a word's
 * matches all begin with its postings prefix, exact and prefix matches contain the word itself, so only the tokens
 * around those substrings are analysed, not every title word (titleMatch); a collection keeps its titles' words as ids
 * once (TitleWords), so that a search reads a few numbers per title.
 */
import { NUMBER_SEPARATORS } from '../arabic/index.ts';
import { matchKey } from '../normalize.ts';
import { searchTerm } from '../search/terms.ts';
import { FUZZY_MIN_LENGTH, prefixOf, termFactor } from './search.ts';

/** The postings weight at which the saturated part reaches one half: four uses in the text (SEARCH_WEIGHT.text 2). */
export const WEIGHT_SATURATION = 8;

/** A title as the ranking reads it: its matching key, lower-cased as search terms are. */
export const titleKey = (title: string): string => matchKey(title).toLowerCase();

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
/** Whether the character at `at` belongs to a word: Arabic letters and marks without the regular expression (most of a title). */
const inWord = (key: string, at: number): boolean => {
  const code = key.charCodeAt(at);
  if (code >= 0x621 && code <= 0x64a) return true;
  if (code === 0x20) return false;
  return WORD_CHARACTER.test(key[at]!);
};

/** A query word's factor for each title word seen (searchTerm is the costly part; titles share most words). */
export type FactorCache = Map<string, number>;

/** The best factor (termFactor) of a title word for one query word; 0 when no word of the title matches it. */
function bestInTitle(key: string, word: string, cache: FactorCache | undefined): number {
  const needle = word.length >= FUZZY_MIN_LENGTH ? prefixOf(word) : word;
  let best = 0;
  for (let at = key.indexOf(needle); at !== -1 && best < 1; ) {
    let start = at;
    while (start > 0 && inWord(key, start - 1)) start--;
    let end = at + needle.length;
    while (end < key.length && inWord(key, end)) end++;
    const token = key.slice(start, end);
    let factor = cache?.get(token);
    if (factor === undefined) {
      factor = termFactor(word, searchTerm(token));
      cache?.set(token, factor);
    }
    best = Math.max(best, factor);
    at = key.indexOf(needle, end);
  }
  return best;
}

/**
 * How much of the query a title has: the sum over the query's words (queryTerms) of their best match in it. A word of
 * one letter (a stray و) is left out: it says nothing about the title and occurs in nearly every one. Many titles
 * may share one cache per query word (a new Map each), so that a title word met again is not analysed again. The rule
 * on one title's text: a collection ranks with TitleWords, which gives the same (rank.test.ts checks it).
 */
export function titleMatch(key: string, words: readonly string[], caches?: readonly FactorCache[]): number {
  let sum = 0;
  words.forEach((word, k) => {
    if (word.length > 1) sum += bestInTitle(key, word, caches?.[k]);
  });
  return sum;
}

/** A separator the word layer keeps inside a number (arabic/words.ts), and a number written with one. */
const NUMBER_SEPARATOR = new RegExp(`[${NUMBER_SEPARATORS}]`);
const NUMBER_WITH_SEPARATOR = new RegExp(`[${NUMBER_SEPARATORS}]\\p{N}`, 'u');

/**
 * Every title's words, each distinct word once in one table and each title as the ids of its words: a search that
 * ranks most of a 100,000-article archive reads a few numbers per title instead of scanning its text (titleMatch's
 * scan of 58,000 titles for a common word took ~30 ms in the browser's worker). A title's words are titleMatch's
 * tokens (its key's runs of word characters), so `match` gives what titleMatch gives on the title's key; a word's
 * factor for a query word is worked out once per search. Titles are added in any order (a collection adds them
 * ahead of its first search, a slice at a time, and any that a search meets before).
 */
export class TitleWords {
  private readonly ids = new Map<string, number>();
  /** The distinct words of the titles added, by id. */
  private readonly words: string[] = [];
  /** Title k's word ids are pool[start[k] … end[k]); start −1 until it is added. */
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private pool = new Int32Array(1024);
  private used = 0;
  /** The keys of the titles that hold a number written with a separator (few), by title. */
  private readonly numberKeys = new Map<number, string>();
  /** How many titles have been added. */
  private added = 0;

  constructor(readonly size: number) {
    this.start = new Int32Array(size).fill(-1);
    this.end = new Int32Array(size);
  }

  has(doc: number): boolean {
    return this.start[doc]! >= 0;
  }

  /** Whether every title has been added. */
  get complete(): boolean {
    return this.added === this.size;
  }

  /** Adds title `doc` (its display text), each of its distinct words once. */
  add(doc: number, title: string): void {
    const key = titleKey(title);
    const from = this.used;
    for (let at = 0; at < key.length; ) {
      if (!inWord(key, at)) {
        at++;
        continue;
      }
      let end = at + 1;
      while (end < key.length && inWord(key, end)) end++;
      const word = key.slice(at, end);
      let id = this.ids.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(word, id);
        this.words.push(word);
      }
      let seen = false;
      for (let k = from; k < this.used && !seen; k++) seen = this.pool[k] === id;
      if (!seen) {
        if (this.used === this.pool.length) {
          const grown = new Int32Array(this.pool.length * 2);
          grown.set(this.pool);
          this.pool = grown;
        }
        this.pool[this.used++] = id;
      }
      at = end;
    }
    if (NUMBER_WITH_SEPARATOR.test(key)) this.numberKeys.set(doc, key);
    if (this.start[doc]! < 0) this.added++;
    this.start[doc] = from;
    this.end[doc] = this.used;
  }

  /** A search's view of the titles: titleMatch of an added title for these query words (queryTerms). */
  matcher(queryWords: readonly string[]): (doc: number) => number {
    const words = queryWords.filter((word) => word.length > 1);
    // titleMatch's rule: only the title words that hold the query word (or, for one edit, its prefix) count.
    const factor = (word: string, id: number): number => {
      const titleWord = this.words[id]!;
      return titleWord.includes(word.length >= FUZZY_MIN_LENGTH ? prefixOf(word) : word) ? termFactor(word, searchTerm(titleWord)) : 0;
    };
    // Each query word's factor per title word, −1 until the word is met (a rare word's few titles work out a few).
    const tables = words.map(() => new Float64Array(0));
    // A number written with its separator ("2.5", "1,500") is one query word but two title words: such a word is
    // matched on the keys of the titles that hold a number so written, as titleMatch does.
    const numbered = words.map((word) => NUMBER_SEPARATOR.test(word));
    return (doc) => {
      const from = this.start[doc]!;
      if (from < 0) throw new Error(`TitleWords: title ${doc} was not added`);
      const to = this.end[doc]!;
      const pool = this.pool;
      let sum = 0;
      for (let k = 0; k < words.length; k++) {
        if (numbered[k]) {
          const key = this.numberKeys.get(doc);
          if (key !== undefined) sum += bestInTitle(key, words[k]!, undefined);
          continue;
        }
        let table = tables[k]!;
        let best = 0;
        for (let i = from; i < to; i++) {
          const id = pool[i]!;
          if (id >= table.length) {
            const grown = new Float64Array(Math.max(this.words.length, id + 1)).fill(-1);
            grown.set(table);
            table = tables[k] = grown;
          }
          let f = table[id]!;
          if (f < 0) f = table[id] = factor(words[k]!, id);
          if (f > best) {
            best = f;
            if (best >= 1) break;
          }
        }
        sum += best;
      }
      return sum;
    };
  }
}

/** An article's relevance: its title match, then its postings weight saturated into [0, 1). */
export function relevance(titleMatched: number, weight: number): number {
  return titleMatched + weight / (weight + WEIGHT_SATURATION);
}

/**
 * Sorts docs (given in reading order) by score, highest first, equal scores kept in reading order: the same order as
 * a stable sort by descending score. The distinct scores are found by the engine's own numeric sort of a copy (no
 * comparator to call, no object per article: a common word ranks 58,000 articles of a 100,000-article archive), then
 * the articles are placed by counting, each score's articles in the order they came.
 */
export function orderByScore(docs: number[], score: ArrayLike<number>): void {
  const n = docs.length;
  if (n < 2) return;
  const values = new Float64Array(n);
  for (let k = 0; k < n; k++) values[k] = score[docs[k]!]!;
  values.sort();
  // The distinct scores, highest first.
  const highest = new Float64Array(n);
  let distinct = 0;
  for (let k = n - 1; k >= 0; k--) if (distinct === 0 || values[k] !== highest[distinct - 1]) highest[distinct++] = values[k]!;
  const rankOf = (value: number): number => {
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (highest[mid]! > value) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const ranks = new Int32Array(n);
  const starts = new Int32Array(distinct + 1);
  for (let k = 0; k < n; k++) {
    const rank = rankOf(score[docs[k]!]!);
    ranks[k] = rank;
    starts[rank + 1]!++;
  }
  for (let r = 0; r < distinct; r++) starts[r + 1]! += starts[r]!;
  const sorted = docs.slice();
  for (let k = 0; k < n; k++) docs[starts[ranks[k]!]!++] = sorted[k]!;
}
