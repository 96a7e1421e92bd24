/**
 * The search's terms and highlighting, shared by the app's search and the CLI's prebuilt search
 * index (bundle v2). No index here: a page that shows highlighted results needs only this.
 */
import { boundedMemo } from '../bounded-memo.ts';
import { deepestReading, matchKey, procliticReadings, words, type ProcliticOptions } from '../arabic/index.ts';

/**
 * Proclitic stripping (light, no stemming), through core's shared clitic analysis: one optional conjunction و/ف,
 * a preposition ب/ل/ك only before the article (a bare ب/ل/ك + name is ambiguous with names that start with these
 * letters: لندن، بريطانيا), then the article ال (or لل after ل, where the alef of ال drops: "للناتو"). At least 3
 * letters must remain, so short words stay whole.
 */
// With these options a word's deepest reading is always the end of its key (the restored ال of "للناتو" → "الناتو" is
// never the deepest: the reading without the article is deeper), which isTermOf relies on.
const SEARCH_CLITICS: ProcliticOptions = { minStem: 3, prepositionOnlyBeforeArticle: true, article: true };

/** The index term of a token: its matching key, lower-cased, with the deepest proclitic reading taken. */
export function analyseSearchTerm(token: string): string {
  return deepestReading(procliticReadings(matchKey(token).toLowerCase(), SEARCH_CLITICS)).stem;
}

/**
 * analyseSearchTerm(token), each token analysed once (a result screen's snippets and highlights, the CLI's index of a
 * whole collection meet the same words again and again; the clitic analysis is most of a term's cost). Tokens over
 * 12 code units are not kept (bounded-memo.ts).
 */
export const SEARCH_TERM_CACHE_SIZE = 50_000;
export const searchTerm: (token: string) => string = boundedMemo(analyseSearchTerm, SEARCH_TERM_CACHE_SIZE, 12);

/** The words of a text (core's word tokenizer, over the folded text): their keys are folded already. */
export function tokenize(text: string): string[] {
  return words(text).map((word) => word.key);
}

export interface Segment {
  text: string;
  mark: boolean;
}

const termLengths = new WeakMap<ReadonlySet<string>, number[]>();

/**
 * Whether a word's search term is one of `terms`, for a word's folded key. A term is its key, lower-cased, less its
 * proclitics (analyseSearchTerm), so it ends the lower-cased key: a word that no term ends is not analysed at all
 * (a result screen's leads run over whole articles, whose words the clitic analysis has mostly not met yet). The
 * terms' lengths are kept per Set: a Set asked about is not changed afterwards (a search's answer makes a new one).
 */
export function isTermOf(key: string, terms: ReadonlySet<string>): boolean {
  let lengths = termLengths.get(terms);
  if (!lengths) {
    lengths = [...new Set([...terms].map((term) => term.length))];
    termLengths.set(terms, lengths);
  }
  const lower = key.toLowerCase();
  return lengths.some((n) => n <= lower.length && terms.has(lower.slice(lower.length - n))) && terms.has(searchTerm(key));
}

/** Splits display text into runs, marking the tokens whose search term matched. The text itself is untouched. */
export function highlight(text: string, terms: Set<string>): Segment[] {
  if (terms.size === 0) return [{ text, mark: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const word of words(text)) {
    if (!isTermOf(word.key, terms)) continue;
    if (word.start > last) segments.push({ text: text.slice(last, word.start), mark: false });
    segments.push({ text: text.slice(word.start, word.end), mark: true });
    last = word.end;
  }
  if (last < text.length) segments.push({ text: text.slice(last), mark: false });
  return segments;
}
