/**
 * The content words' keys of a text, as align/tokens.ts `contentKeys` gives them (matchKey, definite article
 * clitics stripped, function words and one-letter words dropped), without the per-token offsets and objects that
 * alignment needs: story grouping reads every article of the collection, so this is its hot path.
 * - Words are found by a scan over a character-class table built once at load, not by a Unicode-property regex.
 *   The table covers the Basic Multilingual Plane (all of Arabic and Latin); a character outside it (emoji, rare
 *   historic scripts) separates words, which costs nothing for news Arabic.
 * - Each distinct word is analysed once, then looked up: a news collection repeats the same few thousand words.
 */
import { matchKey } from '../normalize.ts';
import { isStopword, stripArticle } from '../align/tokens.ts';

const OTHER = 0;
const WORD_CHAR = 1;
const DIGIT = 2;
const NUMBER_SEPARATOR = 3;

// The same classes as align/tokens.ts WORD: letters, combining marks and digits make words; a number keeps its
// decimal point or thousands separator ("2.4", "1,500", Arabic ٫ and ٬) when a digit follows it.
const CLASS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const char = String.fromCharCode(code);
  if (/\p{N}/u.test(char)) CLASS[code] = DIGIT;
  else if (/[\p{L}\p{M}]/u.test(char)) CLASS[code] = WORD_CHAR;
  else if ('.,٫٬'.includes(char)) CLASS[code] = NUMBER_SEPARATOR;
  else CLASS[code] = OTHER;
}

/** Folded word → its content key, or null for a function word or a one-letter key. */
const analysed = new Map<string, string | null>();
const MAX_ANALYSED = 200_000;

export function contentKeyOf(word: string): string | null {
  let key = analysed.get(word);
  if (key !== undefined) return key;
  const stripped = stripArticle(word);
  key = isStopword(stripped) || isStopword(word) || stripped.length <= 1 ? null : stripped;
  // Bounded, so a long-running process (the app) does not grow without limit on an unusual vocabulary.
  if (analysed.size >= MAX_ANALYSED) analysed.clear();
  analysed.set(word, key);
  return key;
}

/** Calls `visit` with each content key of `text`, in order, repeats included. */
export function forEachContentKey(text: string, visit: (key: string) => void): void {
  forEachWord(text, (word) => {
    const key = contentKeyOf(word);
    if (key !== null) visit(key);
  });
}

/**
 * Calls `visit` with each word of `text` folded by matchKey, in order, repeats included; `contentKeyOf` gives its
 * content key. For a caller that maps words to its own ids: one lookup per token instead of two.
 */
export function forEachWord(text: string, visit: (word: string) => void): void {
  forEachFoldedWord(matchKey(text), visit);
}

/** forEachWord over a text already folded by matchKey. */
export function forEachFoldedWord(folded: string, visit: (word: string) => void): void {
  const length = folded.length;
  let i = 0;
  while (i < length) {
    if (CLASS[folded.charCodeAt(i)] === OTHER || CLASS[folded.charCodeAt(i)] === NUMBER_SEPARATOR) {
      i++;
      continue;
    }
    const start = i;
    let lastDigit = false;
    while (i < length) {
      const kind = CLASS[folded.charCodeAt(i)];
      if (kind === WORD_CHAR || kind === DIGIT) {
        lastDigit = kind === DIGIT;
        i++;
      } else if (kind === NUMBER_SEPARATOR && lastDigit && i + 1 < length && CLASS[folded.charCodeAt(i + 1)] === DIGIT) {
        i++;
      } else break;
    }
    visit(folded.slice(start, i));
  }
}
