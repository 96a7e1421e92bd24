/**
 * Tokens over the matchKey of a text, with offsets back into the original text (UTF-16, end exclusive).
 */
import { normalizeWithOffsets } from '../normalize.ts';

export interface Token {
  /** matchKey of the word. */
  key: string;
  /** Offset of the token in the original text. */
  start: number;
  end: number;
  /** Offset of the token in the matchKey text (index into Tokenized.offsets). */
  keyStart: number;
  /**
   * What separates this token from the previous one: 0 only whitespace, 1 soft punctuation (comma, bracket,
   * quote, dash), 2 a sentence or clause end (. ! ? ؟ : ؛ or a line break), also for the first token.
   */
  gap: 0 | 1 | 2;
  /** True when the token is a number. */
  numeric: boolean;
}

export interface Tokenized {
  tokens: Token[];
  /** offsets[i]: index in the original text of matchKey code unit i (see normalizeWithOffsets). */
  offsets: Int32Array;
}

type CharClass = 0 | 1 | 2 | 3;

/** 1: Arabic letter (after folding), 2: ASCII digit, 3: Latin letter, 0: anything else. */
function classOf(code: number): CharClass {
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)) return 1;
  if (code >= 0x30 && code <= 0x39) return 2;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 3;
  return 0;
}

/** Sentence or clause ends: . ! ? ؟ : ؛ and line breaks. */
const HARD_BREAKS = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x3a, 0x061b, 0x0a, 0x0d]);

/** One pass over the code units of the folded text; a token is a run of one character class. */
export function tokenize(text: string): Tokenized {
  const { key, offsets } = normalizeWithOffsets(text);
  const tokens: Token[] = [];
  let gap: 0 | 1 | 2 = 2;
  let i = 0;
  while (i < key.length) {
    const code = key.charCodeAt(i);
    const cls = classOf(code);
    if (cls === 0) {
      if (HARD_BREAKS.has(code)) gap = 2;
      else if (code !== 0x20 && code !== 0x09 && gap === 0) gap = 1;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < key.length && classOf(key.charCodeAt(j)) === cls) j++;
    tokens.push({
      key: key.slice(i, j),
      start: offsets[i] as number,
      end: offsets[j] as number,
      keyStart: i,
      gap: tokens.length === 0 ? 2 : gap,
      numeric: cls === 2,
    });
    gap = 0;
    i = j;
  }
  return { tokens, offsets };
}
