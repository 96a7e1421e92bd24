/**
 * Words of an article as comparison keys, with offsets into the original text. Shared by stories (which articles
 * report one event), sentence alignment and word differences, so all three agree on what "the same word" is.
 *
 * A key is the word's matchKey with the clitics of the definite article stripped (simply, no stemmer):
 * Arabic writes the article and the particles before it as one word with the noun — ال "the", وال/فال "and the",
 * بال "with the", كال "like the", لل "for the" — so "الرئيس", "والرئيس", "للرئيس" are one word for comparison.
 * The conjunctions و/ف alone are not stripped from other words: "وزير" (minister) starts with و, and a rule
 * without a dictionary cannot tell the two apart.
 */
import { withoutArticle } from '../arabic/clitics.ts';
import { isStopword } from '../arabic/stopwords.ts';
import { words } from '../arabic/words.ts';

export interface Token {
  /** Comparison key (matchKey, article clitics stripped). */
  key: string;
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
  /** True for a function word (see arabic/stopwords.ts). */
  stop: boolean;
}

/** Every word of `text` with its comparison key. Linear in the text. */
export function tokenize(text: string): Token[] {
  return words(text).map((word) => {
    const key = withoutArticle(word.key);
    return { key, start: word.start, end: word.end, stop: isStopword(key) || isStopword(word.key) };
  });
}

/** The content words' keys of `text` (function words dropped), in order, repeats kept. */
export function contentKeys(text: string): string[] {
  return tokenize(text)
    .filter((t) => !t.stop && t.key.length > 1)
    .map((t) => t.key);
}
