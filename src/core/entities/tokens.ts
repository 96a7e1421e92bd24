/**
 * Tokens over the matchKey of a text, with offsets back into the original text (UTF-16, end exclusive).
 *
 * A document's tokens are kept from the first pass of entity extraction to the last, so they are stored
 * compactly: parallel typed arrays, each token naming its word by id in a shared table (one word object per
 * distinct folded word) instead of one object and one string per token. Typed arrays live outside the JavaScript
 * heap, so the garbage collector does not copy a collection's worth of tokens from generation to generation.
 */
import { normalizeWithOffsets, type NormalizedText } from '../normalize.ts';

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

/**
 * Interns words by their folded spelling: one `W` per distinct word, made by `create` on first sight. The lookup
 * reads the word's code units in place in the folded text, so a word seen before costs no substring.
 */
export class WordTable<W> {
  private keys: string[] = [];
  /** Per word id (in order of first sight), the word's value. */
  readonly values: W[] = [];
  /** Open addressing: entry index + 1 per slot (0 = empty), and the entry's hash. */
  private slots = new Int32Array(1 << 12);
  private slotHashes = new Int32Array(1 << 12);

  constructor(private readonly create: (key: string) => W) {}

  get(folded: string, from: number, to: number, hash: number): W {
    return this.values[this.idOf(folded, from, to, hash)] as W;
  }

  /** The id of folded[from, to), whose FNV-1a hash is `hash`; a word not seen before is created. */
  idOf(folded: string, from: number, to: number, hash: number): number {
    const length = to - from;
    let mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      const key = this.keys[entry - 1] as string;
      if (this.slotHashes[slot] === hash && key.length === length) {
        let k = 0;
        while (k < length && key.charCodeAt(k) === folded.charCodeAt(from + k)) k++;
        if (k === length) return entry - 1;
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
    return this.keys.length - 1;
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
let scratchIds = new Int32Array(4096);
let scratchStart = new Int32Array(4096);
let scratchEnd = new Int32Array(4096);
let scratchGap = new Uint8Array(4096);

/**
 * Typed arrays kept through a run are cut from shared buffers of CHUNK_BYTES: a run keeps thousands of documents'
 * arrays, and an ArrayBuffer of its own for each was among the costliest lines of a profiled run (allocation, and
 * the collector's accounting of memory outside the heap). A buffer is freed once no array cut from it is referenced.
 */
const CHUNK_BYTES = 1 << 20;
let chunk = new ArrayBuffer(0);
let chunkUsed = 0;

/** The offset of `bytes` fresh (zeroed) bytes in `chunk`, which is replaced when full; 4-byte aligned. */
function reserve(bytes: number): number {
  if (chunkUsed + bytes > chunk.byteLength) {
    chunk = new ArrayBuffer(Math.max(CHUNK_BYTES, bytes));
    chunkUsed = 0;
  }
  const at = chunkUsed;
  chunkUsed += (bytes + 3) & ~3;
  return at;
}

/** `n` zeros, for a run's per-token data (as zeroedUint8s). */
export function zeroedInt32s(n: number): Int32Array {
  const at = reserve(n * 4);
  return new Int32Array(chunk, at, n);
}

export function zeroedUint8s(n: number): Uint8Array {
  const at = reserve(n);
  return new Uint8Array(chunk, at, n);
}

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
    scratchIds[n] = table.idOf(key, i, j, hash);
    scratchStart[n] = normalized.offsetAt(i);
    scratchEnd[n] = normalized.offsetAt(j);
    scratchGap[n] = n === 0 ? 2 : gap;
    n++;
    gap = 0;
    i = j;
  }
  const ids = zeroedInt32s(n);
  const start = zeroedInt32s(n);
  const end = zeroedInt32s(n);
  const gaps = zeroedUint8s(n);
  // A plain loop: for a few hundred tokens, set(subarray(…)) costs more in views than it saves in copying.
  for (let k = 0; k < n; k++) {
    ids[k] = scratchIds[k] as number;
    start[k] = scratchStart[k] as number;
    end[k] = scratchEnd[k] as number;
    gaps[k] = scratchGap[k] as number;
  }
  return { ids, start, end, gap: gaps };
}
