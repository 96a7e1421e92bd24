/**
 * Search over bundle v2's prebuilt postings (format.ts: term → [gap, weight, …] in the files, made [article, weight,
 * …] by postingsTerms; filed by the term's first letters). Pure: the caller loads the postings files `filesFor` names and passes them in, so the same code runs in
 * the app's worker and in Node's tests. The rules are v1's MiniSearch options: words are combined with AND; a query
 * word of 4 letters or more also matches the terms it begins; one of 6 or more also matches terms one edit away
 * (insertion, deletion or substitution), looked up in the word's own postings file. Weights come from the postings
 * (title 4, entity names 3, text 2 per use); a prefix or one-edit match counts for less than the exact term.
 */
import { isLatinWord, latinSkeleton, nameSkeleton, arabicSkeleton, MIN_WORD_SKELETON } from '../arabic/latin.ts';
import { matchKey } from '../normalize.ts';
import { searchTerm, tokenize } from '../search/terms.ts';
import { SEARCH_PREFIX_LENGTH, SEARCH_WEIGHT, type SearchShardV2 } from './format.ts';

export const PREFIX_MIN_LENGTH = 4;
export const FUZZY_MIN_LENGTH = 6;
/** A prefix match's weight relative to an exact one; a one-edit match's. */
export const PREFIX_FACTOR = 0.5;
export const FUZZY_FACTOR = 0.3;

/** A postings file's terms (term → [article, weight, …]). */
export type PostingsTerms = Readonly<Record<string, readonly number[]>>;

/**
 * The runs of words of a query written in Latin letters, as typed (an acronym's capitals matter: BBC is read letter
 * by letter), a Latin article dropped ("al-Assad" → Assad). They are matched against entity names by consonant
 * skeleton (core/arabic/latin.ts): "Theresa May" as one name, else word by word.
 */
export function latinQueryPhrases(query: string): string[][] {
  const phrases: string[][] = [];
  let run: string[] = [];
  for (const raw of query.match(/[\p{L}\p{M}'’-]+/gu) ?? []) {
    const word = raw.replace(/^(al|el)[-‐]/i, '').replace(/['’-]/g, '');
    if (word.length > 0 && isLatinWord(word)) {
      if (!/^(al|el)$/i.test(word)) run.push(word);
      continue;
    }
    if (run.length > 0) phrases.push(run);
    run = [];
  }
  if (run.length > 0) phrases.push(run);
  return phrases;
}

/** The query without its Latin words: what the Arabic postings are searched for. */
const withoutLatin = (query: string) => query.replace(/[\p{L}\p{M}'’-]+/gu, (w) => (isLatinWord(w.replace(/['’-]/g, '')) ? ' ' : w));

/**
 * Entity names by consonant skeleton, for Latin query words: each alias's whole skeleton, and the skeleton of each
 * of its words that is distinctive alone (MIN_WORD_SKELETON consonants, or a family name with the article), and of
 * each run of its first words (an acronym names a name's start: BBC → بي بي سي عربي).
 */
export class LatinNames {
  private readonly names: ReadonlyArray<readonly string[]>;
  private readonly whole = new Map<string, Set<number>>();
  private readonly word = new Map<string, Set<number>>();
  private readonly leading = new Map<string, Set<number>>();

  constructor(names: ReadonlyArray<readonly string[]>) {
    this.names = names;
    const add = (map: Map<string, Set<number>>, key: string, k: number) => {
      if (key.length < 2) return;
      const set = map.get(key);
      if (set) set.add(k);
      else map.set(key, new Set([k]));
    };
    names.forEach((aliases, k) => {
      for (const alias of aliases) {
        add(this.whole, nameSkeleton(alias), k);
        const words = alias.match(/[\p{L}\p{M}]+/gu) ?? [];
        for (const w of words) {
          const key = arabicSkeleton(w);
          if (key.length >= MIN_WORD_SKELETON || matchKey(w).startsWith('ال')) add(this.word, key, k);
        }
        for (let j = 1; j < words.length; j++) add(this.leading, nameSkeleton(words.slice(0, j).join(' ')), k);
      }
    });
  }

  /** The names (indices into the list given) a Latin phrase stands for: a whole name, or for one word also a distinctive word or (an acronym) the start of a name. */
  match(phrase: readonly string[]): Set<number> {
    const found = new Set<number>(this.whole.get(nameSkeleton(phrase.join(' '))) ?? []);
    if (phrase.length === 1) {
      const word = phrase[0]!;
      const key = latinSkeleton(word);
      for (const map of [this.word, ...(/^[A-Z]{2,5}$/.test(word) ? [this.leading] : [])]) for (const k of map.get(key) ?? []) found.add(k);
    }
    return found;
  }

  /**
   * The search terms of the words of a name's Arabic spellings that the phrase spells, which mark it in the results'
   * text: every word of an alias the phrase names whole, else the alias words the one Latin word transliterates
   * ("Putin": بوتين, not فلاديمير; "Russia": روسيا, not مجلس of "مجلس الاتحاد الروسي") or, for an acronym, the
   * words it abbreviates ("BBC": بي بي سي).
   */
  termsOf(name: number, phrase: readonly string[]): string[] {
    const whole = nameSkeleton(phrase.join(' '));
    const key = phrase.length === 1 ? latinSkeleton(phrase[0]!) : null;
    const acronym = phrase.length === 1 && /^[A-Z]{2,5}$/.test(phrase[0]!);
    const spelled: string[] = [];
    for (const alias of this.names[name] ?? []) {
      const words = alias.match(/[\p{L}\p{M}]+/gu) ?? [];
      if (nameSkeleton(alias) === whole) for (const w of words) spelled.push(w);
      else if (key !== null) {
        for (const w of words) if (arabicSkeleton(w) === key) spelled.push(w);
        if (acronym) for (let j = 1; j < words.length; j++) if (nameSkeleton(words.slice(0, j).join(' ')) === key) for (const w of words.slice(0, j)) spelled.push(w);
      }
    }
    const terms = new Set<string>();
    for (const word of spelled) for (const token of tokenize(word)) if (searchTerm(token)) terms.add(searchTerm(token));
    return [...terms];
  }
}

/** What a Latin phrase names: the articles with their weights, and the Arabic words to mark in them. */
export interface LatinHits {
  docs: ReadonlyMap<number, number>;
  terms: readonly string[];
}

/**
 * A checked postings file's terms with their article indices (format.ts): a file of gaps is summed in place (its
 * lists are the caller's, fresh from JSON.parse), a file of an earlier build that holds the indices is as it is.
 */
export function postingsTerms(file: SearchShardV2): Record<string, number[]> {
  if (!('gaps' in file)) return file.terms;
  for (const list of Object.values(file.gaps)) for (let k = 2; k < list.length; k += 2) list[k]! += list[k - 2]!;
  return file.gaps;
}

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
/** The weight of an article for a Latin word that names one of its entities (as a use in an entity's alias). */
export const LATIN_NAME_WEIGHT = SEARCH_WEIGHT.names;

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

/**
 * How much an index term counts for a query word: 1 for the word itself, PREFIX_FACTOR for a term it begins (words of
 * PREFIX_MIN_LENGTH letters or more), FUZZY_FACTOR for a term one edit away (FUZZY_MIN_LENGTH or more), else 0.
 */
export function termFactor(word: string, term: string): number {
  if (term === word) return 1;
  if (word.length >= PREFIX_MIN_LENGTH && term.startsWith(word)) return PREFIX_FACTOR;
  if (word.length >= FUZZY_MIN_LENGTH && withinOneEdit(word, term)) return FUZZY_FACTOR;
  return 0;
}

export interface PostingsHit {
  /** The articles that match every query word, ascending. */
  docs: number[];
  /** Each article's summed weight, by article index (meaningful for the articles in docs only). */
  weights: Float64Array;
  /** The index terms that matched (for highlighting with core/search/terms.ts `highlight`). */
  terms: Set<string>;
  /**
   * The query's words as the ranking looks for them in titles (rank.ts): its Arabic words, and for a Latin word or
   * phrase the Arabic words of the names it spells ("Putin": بوتين), with the Latin word itself.
   */
  words: string[];
}

/**
 * The AND of a query's words over articles 0 … size − 1, in typed arrays rather than a map per word (a common word
 * matches more than half of a 100,000-article archive; maps of that size were most of a search's time and garbage).
 * Words are added one at a time, each as the postings of its terms: an article stays in only if it had every word
 * before, and a word's weight is summed over its terms first, then added to the article's (the order of v1's sums).
 */
class WordAnd {
  readonly weights: Float64Array;
  /** How many words each article has matched so far. */
  private readonly stage: Int32Array;
  /** The current word's weight per article, and the articles it reached (each once). */
  private readonly current: Float64Array;
  private readonly reached: Int32Array;
  private count = 0;
  private word = 0;

  constructor(private readonly size: number) {
    this.weights = new Float64Array(size);
    this.stage = new Int32Array(size);
    this.current = new Float64Array(size);
    this.reached = new Int32Array(size);
  }

  /** A posting of the current word (doc outside 0 … size − 1 ignored). */
  add(doc: number, weight: number): void {
    if (!(doc >= 0 && doc < this.size)) return;
    const stage = this.stage[doc]!;
    if (stage === this.word) {
      this.stage[doc] = this.word + 1;
      this.reached[this.count++] = doc;
      this.current[doc] = weight;
    } else if (stage === this.word + 1) this.current[doc]! += weight;
  }

  /** Ends the current word; false when no article has every word so far. */
  next(): boolean {
    for (let k = 0; k < this.count; k++) {
      const doc = this.reached[k]!;
      this.weights[doc] = this.word === 0 ? this.current[doc]! : this.weights[doc]! + this.current[doc]!;
    }
    const any = this.count > 0;
    this.count = 0;
    this.word++;
    return any;
  }

  /** The articles that had every word, ascending. */
  docs(): number[] {
    const docs: number[] = [];
    if (this.word === 0) return docs;
    for (let doc = 0; doc < this.size; doc++) if (this.stage[doc] === this.word) docs.push(doc);
    return docs;
  }
}

/**
 * The articles (0 … size − 1) matching every word of the query. `termsOf(prefix)` gives the loaded postings of the
 * file holding that prefix (undefined: no such file, so no term with that prefix).
 */
export function searchPostings(
  query: string,
  termsOf: (prefix: string) => PostingsTerms | undefined,
  size: number,
  latin?: (phrase: readonly string[]) => LatinHits,
): PostingsHit {
  // A Latin phrase that names nothing as a whole is taken word by word (AND).
  const latinWords = latin ? latinQueryPhrases(query).flatMap((phrase) => (phrase.length > 1 && latin(phrase).docs.size === 0 ? phrase.map((w) => [w]) : [phrase])) : [];
  const words = queryTerms(latin ? withoutLatin(query) : query);
  const matched = new Set<string>();
  const rankWords: string[] = [];
  const and = new WordAnd(size);
  const none = (): PostingsHit => ({ docs: [], weights: and.weights, terms: new Set(), words: [] });
  for (const phrase of latinWords) {
    // The articles naming an entity the phrase transliterates, and (one word) those using the Latin word itself;
    // the entity's Arabic words are the ones the results mark ("Putin" marks بوتين).
    const named = latin!(phrase);
    for (const [doc, weight] of named.docs) and.add(doc, weight);
    for (const term of named.terms) {
      matched.add(term);
      rankWords.push(term);
    }
    const term = phrase.length === 1 ? searchTerm(phrase[0]!) : '';
    if (term) rankWords.push(term);
    const own = term ? termsOf(prefixOf(term))?.[term] : undefined;
    if (own) {
      matched.add(term);
      for (let k = 0; k + 1 < own.length; k += 2) and.add(own[k]!, own[k + 1]!);
    }
    if (!and.next()) return none();
  }
  for (const word of words) {
    rankWords.push(word);
    const postings = termsOf(prefixOf(word));
    if (postings) {
      for (const term of Object.keys(postings)) {
        const factor = termFactor(word, term);
        if (factor === 0) continue;
        const list = postings[term]!;
        matched.add(term);
        for (let k = 0; k + 1 < list.length; k += 2) and.add(list[k]!, list[k + 1]! * factor);
      }
    }
    if (!and.next()) return none();
  }
  const docs = and.docs();
  return { docs, weights: and.weights, terms: docs.length > 0 ? matched : new Set(), words: [...new Set(rankWords)] };
}
