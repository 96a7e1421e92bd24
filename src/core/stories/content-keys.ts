/**
 * The content words' keys of a text, as align/tokens.ts `contentKeys` gives them (matchKey, definite article
 * clitics stripped, function words and one-letter words dropped), without the per-token offsets and objects that
 * alignment needs: story grouping reads every article of the collection, so this is its hot path.
 * - Words are found by a scan over a character-class table built once at load, not by a Unicode-property regex.
 *   The table covers the Basic Multilingual Plane (all of Arabic and Latin); a character outside it (emoji, rare
 *   historic scripts) separates words, which costs nothing for news Arabic.
 * - Each distinct word is analysed once, then looked up: a news collection repeats the same few thousand words.
 */
import { withoutArticle } from '../arabic/clitics.ts';
import { boundedMemo } from '../bounded-memo.ts';
import { isStopword } from '../arabic/stopwords.ts';
import type { WordTable } from '../word-table.ts';

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
export const contentKeyOf: (word: string) => string | null = boundedMemo((word) => {
  const stripped = withoutArticle(word);
  return isStopword(stripped) || isStopword(word) || stripped.length <= 1 ? null : stripped;
}, 200_000);

/**
 * Calls `visit` with the table's value for each word of a folded text, in order, repeats included: the word is
 * hashed as it is scanned and looked up in place, so a word seen before costs no substring (a collection repeats
 * a few thousand words millions of times).
 */
export function forEachWordIn<W>(folded: string, table: WordTable<W>, visit: (value: W) => void): void {
  const length = folded.length;
  let i = 0;
  while (i < length) {
    const code = folded.charCodeAt(i);
    if (CLASS[code] === OTHER || CLASS[code] === NUMBER_SEPARATOR) {
      i++;
      continue;
    }
    const start = i;
    let lastDigit = false;
    // FNV-1a over the word's code units, for the table.
    let hash = 0x811c9dc5;
    while (i < length) {
      const unit = folded.charCodeAt(i);
      const kind = CLASS[unit];
      if (kind === WORD_CHAR || kind === DIGIT) {
        lastDigit = kind === DIGIT;
      } else if (!(kind === NUMBER_SEPARATOR && lastDigit && i + 1 < length && CLASS[folded.charCodeAt(i + 1)] === DIGIT)) {
        break;
      }
      hash = Math.imul(hash ^ unit, 0x01000193);
      i++;
    }
    visit(table.get(folded, start, i, hash));
  }
}
