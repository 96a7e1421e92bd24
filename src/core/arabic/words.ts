/**
 * Words of a text over its matching key (normalize.ts normalizeWithOffsets), with UTF-16 offsets into the
 * original text, end exclusive. A word is a run of letters, combining marks and digits; a number keeps its decimal
 * point or thousands separator when a digit follows ("2.4", "1,500", Arabic ٫ and ٬), so "2.4 مليار" is one
 * number and one word. Marks and tatweel are already gone from the key, so "الـنـاتـو" is one word, and its span
 * on the original covers the tatweel and any harakat that follow its last letter.
 */
import { normalizeWithOffsets, type NormalizedText } from '../normalize.ts';

export interface Word {
  /** The word's matching key (matchKey of its text). */
  key: string;
  /** Offsets in the original text, end exclusive. */
  start: number;
  end: number;
}

/** The decimal points and thousands separators a number keeps inside its word ("2.5", "1,500", "٢٫٥"). */
export const NUMBER_SEPARATORS = '.,٫٬';
const WORD = new RegExp(`[\\p{L}\\p{M}\\p{N}]+(?:[${NUMBER_SEPARATORS}][\\p{N}]+)*`, 'gu');

/** Every word of `text`, in order. Linear in the text. */
export function words(text: string, normalized: NormalizedText = normalizeWithOffsets(text)): Word[] {
  const out: Word[] = [];
  for (const match of normalized.key.matchAll(WORD)) {
    const from = match.index;
    const to = from + match[0].length;
    out.push({ key: match[0], start: normalized.offsetAt(from), end: normalized.offsetAt(to) });
  }
  return out;
}

export interface TextToken {
  /** The word's matching key; for punctuation, the character itself. */
  key: string;
  start: number;
  end: number;
  /** True for a punctuation or symbol character, which is a token of its own. */
  punct: boolean;
}

/**
 * The words of `text` (as `words` gives them) with every other non-space character between them as a one-character
 * punctuation token: the cut of newswire corpora such as ANERcorp, which the entity recogniser is trained on.
 */
export function wordsAndPunctuation(text: string, normalized: NormalizedText = normalizeWithOffsets(text)): TextToken[] {
  const out: TextToken[] = [];
  let at = 0;
  const punctuationUpTo = (end: number) => {
    for (; at < end; at++) {
      const code = text.charCodeAt(at);
      if (isSpace(code)) continue;
      // A surrogate pair (an emoji) is one token.
      const width = code >= 0xd800 && code <= 0xdbff && at + 1 < end ? 2 : 1;
      out.push({ key: text.slice(at, at + width), start: at, end: at + width, punct: true });
      at += width - 1;
    }
  };
  for (const word of words(text, normalized)) {
    punctuationUpTo(word.start);
    out.push({ key: word.key, start: word.start, end: word.end, punct: false });
    at = word.end;
  }
  punctuationUpTo(text.length);
  return out;
}

/** White space, and the invisible characters that matchKey drops (zero-width, bidi controls, BOM). */
function isSpace(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200f) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) || code === 0xfeff || code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670
  );
}
