/**
 * Arabic normalization with two faces: display text is never altered; matching keys fold the spelling
 * variation that Arabic news text carries so that different writings of one word compare equal.
 *
 * Folding rules (one input code unit → zero or one output code unit, so offsets can be mapped back):
 * - tatweel (U+0640) and harakat/Quranic marks (U+064B–U+065F, U+0670, U+06D6–U+06ED) are dropped;
 * - alef forms أ إ آ ٱ → ا; ى and Persian ی → ي; Persian ک → ك; ة → ه;
 * - Arabic-Indic (٠–٩) and Persian (۰–۹) digits → 0–9;
 * - zero-width and bidi control characters (U+200B–U+200F, U+202A–U+202E, U+2066–U+2069, U+FEFF) are dropped.
 */

/**
 * What each UTF-16 code unit becomes in a matching key: itself, another code unit, or nothing (DROP).
 * A flat table, built once, because every module folds every article: a lookup per character must be cheap.
 */
const DROP = 0;
const TABLE = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) TABLE[code] = code;
const dropRanges: Array<[number, number]> = [
  [0x0640, 0x0640], // tatweel
  [0x064b, 0x065f], // harakat, tanween, shadda, sukun and other combining marks
  [0x0670, 0x0670], // superscript alef
  [0x06d6, 0x06ed], // Quranic annotation marks
  [0x200b, 0x200f], // zero-width space/joiners, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2066, 0x2069], // bidi isolates
  [0xfeff, 0xfeff], // byte-order mark / zero-width no-break space
];
for (const [from, to] of dropRanges) for (let code = from; code <= to; code++) TABLE[code] = DROP;
const folds: Array<[string, string]> = [
  ['أإآٱ', 'ا'],
  ['ىی', 'ي'],
  ['ک', 'ك'],
  ['ة', 'ه'],
];
for (const [sources, target] of folds) for (const c of sources) TABLE[c.charCodeAt(0)] = target.charCodeAt(0);
// Arabic-Indic (٠–٩) and Persian (۰–۹) digits → 0–9.
for (let d = 0; d < 10; d++) {
  TABLE[0x0660 + d] = 48 + d;
  TABLE[0x06f0 + d] = 48 + d;
}

// Decoding the folded code units as UTF-16 is the fastest way to turn them back into a string (browsers and Node).
const utf16 = new TextDecoder('utf-16le');

/** The matching key of a text: folded as described above. Idempotent. */
export function matchKey(text: string): string {
  // Most words need no folding at all: return them as they are without building anything.
  let i = 0;
  while (i < text.length && TABLE[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === text.length) return text;
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let j = 0; j < i; j++) out[n++] = text.charCodeAt(j);
  for (; i < text.length; i++) {
    const mapped = TABLE[text.charCodeAt(i)]!;
    if (mapped !== DROP) out[n++] = mapped;
  }
  return fromCodes(out, n);
}

/** (A lone surrogate, which no decoded UTF-8 file contains, would come back as U+FFFD.) */
function fromCodes(codes: Uint16Array, length: number): string {
  // Short keys (single words) are cheaper through fromCharCode than through a decoder call.
  // eslint-disable-next-line no-restricted-syntax -- at most 32 codes: the spread is bounded here
  if (length <= 32) return String.fromCharCode(...codes.subarray(0, length));
  return utf16.decode(codes.subarray(0, length));
}

export interface NormalizedText {
  /** matchKey(text). */
  key: string;
  /** The index in the original text of key[k]; offsetAt(key.length) === text.length. */
  offsetAt(k: number): number;
}

const NO_DROPS = new Int32Array(0);

/**
 * The key's map back to the original, kept sparse: folding drops few characters (a tanwin, a tatweel), so only
 * where they were dropped is stored — for each dropped character, how many key characters came before it — and
 * key[k] sits at k plus the number of drops before it. Most texts keep no array at all.
 */
class Folded implements NormalizedText {
  constructor(
    readonly key: string,
    private readonly drops: Int32Array,
  ) {}

  offsetAt(k: number): number {
    const { drops } = this;
    // Drops recorded at key position ≤ k lie before key[k] in the original.
    let lo = 0;
    let hi = drops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (drops[mid]! <= k) lo = mid + 1;
      else hi = mid;
    }
    return k + lo;
  }
}

let dropScratch = new Int32Array(256);

/** matchKey with a map back to the original, so a match found in the key is reported on the display text. */
export function normalizeWithOffsets(text: string): NormalizedText {
  let i = 0;
  while (i < text.length && TABLE[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === text.length) return new Folded(text, NO_DROPS);
  const out = new Uint16Array(text.length);
  let n = 0;
  let dropped = 0;
  for (let j = 0; j < i; j++) out[n++] = text.charCodeAt(j);
  for (; i < text.length; i++) {
    const mapped = TABLE[text.charCodeAt(i)]!;
    if (mapped !== DROP) out[n++] = mapped;
    else {
      if (dropped === dropScratch.length) {
        const grown = new Int32Array(dropScratch.length * 2);
        grown.set(dropScratch);
        dropScratch = grown;
      }
      dropScratch[dropped++] = n;
    }
  }
  return new Folded(fromCodes(out, n), dropped === 0 ? NO_DROPS : dropScratch.slice(0, dropped));
}

/** A digit in ASCII, Arabic-Indic or Persian form. */
export const ANY_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/** Arabic-Indic and Persian digits to ASCII digits, nothing else changed. */
export function toWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String.fromCharCode(code - (code >= 0x06f0 ? 0x06f0 : 0x0660) + 48);
  });
}
