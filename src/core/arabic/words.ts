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

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.,٫٬][\p{N}]+)*/gu;

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
