/**
 * Tokens over the matchKey of a text, with offsets back into the original text (UTF-16, end exclusive).
 *
 * A document's tokens are kept from the first pass of entity extraction to the last, so they are stored
 * compactly: parallel typed arrays, and one shared word object per distinct folded word (interned by the caller)
 * instead of one object and one string per token.
 */
import { normalizeWithOffsets, type NormalizedText } from '../normalize.ts';

export interface TokenRun<W> {
  /** Per token, the caller's object for the token's matchKey (the same object for every occurrence of a word). */
  words: W[];
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

/**
 * Interns words by their folded spelling: one `W` per distinct word, made by `create` on first sight. The lookup
 * reads the word's code units in place in the folded text, so a word seen before costs no substring.
 */
export class WordTable<W> {
  private keys: string[] = [];
  private values: W[] = [];
  /** Open addressing: entry index + 1 per slot (0 = empty), and the entry's hash. */
  private slots = new Int32Array(1 << 12);
  private slotHashes = new Int32Array(1 << 12);

  constructor(private readonly create: (key: string) => W) {}

  get(folded: string, from: number, to: number, hash: number): W {
    const length = to - from;
    let mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      const key = this.keys[entry - 1] as string;
      if (this.slotHashes[slot] === hash && key.length === length) {
        let k = 0;
        while (k < length && key.charCodeAt(k) === folded.charCodeAt(from + k)) k++;
        if (k === length) return this.values[entry - 1] as W;
      }
      slot = (slot + 1) & mask;
    }
    const key = folded.slice(from, to);
    const value = this.create(key);
    this.keys.push(key);
    this.values.push(value);
    if (this.keys.length * 2 > this.slots.length) {
      this.rehash();
      mask = this.slots.length - 1;
      slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.slots[slot] = this.keys.length;
    this.slotHashes[slot] = hash;
    return value;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const slotHashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      const entry = this.slots[old] as number;
      if (entry === 0) continue;
      const hash = this.slotHashes[old] as number;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
      slotHashes[slot] = hash;
    }
    this.slots = slots;
    this.slotHashes = slotHashes;
  }
}

/** Scratch buffers reused across documents (a document has at most as many tokens as folded code units). */
let scratchStart = new Int32Array(4096);
let scratchEnd = new Int32Array(4096);
let scratchGap = new Uint8Array(4096);

/**
 * One pass over the code units of the folded text; a token is a run of one character class, and its word comes
 * from `table` (each distinct word is analysed once).
 */
export function tokenize<W>(text: string, table: WordTable<W>, normalized: NormalizedText = normalizeWithOffsets(text)): TokenRun<W> {
  const { key } = normalized;
  if (scratchStart.length < key.length) {
    scratchStart = new Int32Array(key.length);
    scratchEnd = new Int32Array(key.length);
    scratchGap = new Uint8Array(key.length);
  }
  const words: W[] = [];
  let n = 0;
  let gap = 2;
  let i = 0;
  while (i < key.length) {
    const code = key.charCodeAt(i);
    const cls = classOf(code);
    if (cls === 0) {
      if (isHardBreak(code)) gap = 2;
      else if (code !== 0x20 && code !== 0x09 && gap === 0) gap = 1;
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
    words.push(table.get(key, i, j, hash));
    scratchStart[n] = normalized.offsetAt(i);
    scratchEnd[n] = normalized.offsetAt(j);
    scratchGap[n] = n === 0 ? 2 : gap;
    n++;
    gap = 0;
    i = j;
  }
  return { words, start: scratchStart.slice(0, n), end: scratchEnd.slice(0, n), gap: scratchGap.slice(0, n) };
}
