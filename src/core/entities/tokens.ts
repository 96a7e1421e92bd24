/**
 * Tokens over the matchKey of a text, with offsets back into the original text (UTF-16, end exclusive).
 *
 * A document's tokens are kept from the first pass of entity extraction to the last, so they are stored
 * compactly: parallel typed arrays, each token naming its word by id in a shared table (one word object per
 * distinct folded word) instead of one object and one string per token. Typed arrays live outside the JavaScript
 * heap, so the garbage collector does not copy a collection's worth of tokens from generation to generation.
 */
import { ArrayPool } from '../array-pool.ts';
import { normalizeWithOffsets, type NormalizedText } from '../normalize.ts';
import type { WordTable } from '../word-table.ts';

export interface TokenRun {
  /** Per token, the id of its matchKey in the table: `table.values[id]` is the caller's object for the word. */
  ids: Int32Array;
  /** Offset of each token in the original text. */
  start: Int32Array;
  end: Int32Array;
  /**
   * What separates each token from the previous one: 0 only whitespace, 1 soft punctuation (comma, bracket,
   * quote, dash), 2 a sentence or clause end (. ! ? ؟ : ؛ or a line break), also for the first token.
   */
  gap: Uint8Array;
}

type CharClass = 0 | 1 | 2 | 3;

/** 1: Arabic letter (after folding), 2: ASCII digit, 3: Latin letter, 0: anything else. */
function classOf(code: number): CharClass {
  if ((code >= 0x0621 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3)) return 1;
  if (code >= 0x30 && code <= 0x39) return 2;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return 3;
  return 0;
}

/** True for a sentence or clause end: . ! ? ؟ : ؛ and line breaks. */
const isHardBreak = (code: number): boolean =>
  code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x3a || code === 0x061b || code === 0x0a || code === 0x0d;

/** Scratch buffers reused across documents (a document has at most as many tokens as folded code units). */
let scratchIds = new Int32Array(4096);
let scratchStart = new Int32Array(4096);
let scratchEnd = new Int32Array(4096);
let scratchGap = new Uint8Array(4096);

/** Arrays kept through a whole run of entity extraction (tokens, claims), cut from shared buffers. */
export const runArrays = new ArrayPool();

const HASH = 0x23;
const UNDERSCORE = 0x5f;

/**
 * One pass over the code units of the folded text; a token is a run of one character class, and its word comes
 * from `table` (each distinct word is analysed once).
 */
export function tokenize<W>(text: string, table: WordTable<W>, normalized: NormalizedText = normalizeWithOffsets(text)): TokenRun {
  const { key } = normalized;
  if (scratchStart.length < key.length) {
    scratchIds = new Int32Array(key.length);
    scratchStart = new Int32Array(key.length);
    scratchEnd = new Int32Array(key.length);
    scratchGap = new Uint8Array(key.length);
  }
  let n = 0;
  let gap = 2;
  let i = 0;
  while (i < key.length) {
    const code = key.charCodeAt(i);
    const cls = classOf(code);
    if (cls === 0) {
      if (isHardBreak(code)) gap = 2;
      // A hashtag's # and the _ that joins its words ("ينس #ستولتنبرغ", "#المخابرات_الروسية") do not part words the
      // way punctuation does: a name goes on over them.
      else if (code !== 0x20 && code !== 0x09 && code !== HASH && code !== UNDERSCORE && gap === 0) gap = 1;
      i++;
      continue;
    }
    // FNV-1a over the word's code units, for the table.
    let hash = Math.imul(0x811c9dc5 ^ code, 0x01000193);
    let j = i + 1;
    for (; j < key.length; j++) {
      const next = key.charCodeAt(j);
      if (classOf(next) !== cls) break;
      hash = Math.imul(hash ^ next, 0x01000193);
    }
    scratchIds[n] = table.idOf(key, i, j, hash);
    scratchStart[n] = normalized.offsetAt(i);
    scratchEnd[n] = normalized.offsetAt(j);
    scratchGap[n] = n === 0 ? 2 : gap;
    n++;
    gap = 0;
    i = j;
  }
  const ids = runArrays.int32s(n);
  const start = runArrays.int32s(n);
  const end = runArrays.int32s(n);
  const gaps = runArrays.uint8s(n);
  // A plain loop: for a few hundred tokens, set(subarray(…)) costs more in views than it saves in copying.
  for (let k = 0; k < n; k++) {
    ids[k] = scratchIds[k] as number;
    start[k] = scratchStart[k] as number;
    end[k] = scratchEnd[k] as number;
    gaps[k] = scratchGap[k] as number;
  }
  return { ids, start, end, gap: gaps };
}
