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

const FOLD = new Map<number, string>([
  [0x0623, 'ا'], [0x0625, 'ا'], [0x0622, 'ا'], [0x0671, 'ا'],
  [0x0649, 'ي'], [0x06cc, 'ي'],
  [0x06a9, 'ك'],
  [0x0629, 'ه'],
]);

function isDropped(code: number): boolean {
  return (
    code === 0x0640 ||
    (code >= 0x064b && code <= 0x065f) ||
    code === 0x0670 ||
    (code >= 0x06d6 && code <= 0x06ed) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff
  );
}

function foldCode(code: number): string | null {
  if (isDropped(code)) return null;
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48);
  return FOLD.get(code) ?? null;
}

/** The matching key of a text: folded as described above. Idempotent. */
export function matchKey(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded !== null) out += folded;
    else if (!isDropped(code)) out += text[i];
  }
  return out;
}

export interface NormalizedText {
  /** matchKey(text). */
  key: string;
  /** offsets[i] is the index in the original text of key[i]; offsets[key.length] === text.length. */
  offsets: Int32Array;
}

/** matchKey with a map back to the original, so a match found in the key is reported on the display text. */
export function normalizeWithOffsets(text: string): NormalizedText {
  const offsets = new Int32Array(text.length + 1);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const folded = foldCode(code);
    if (folded !== null) {
      offsets[out.length] = i;
      out += folded;
    } else if (!isDropped(code)) {
      offsets[out.length] = i;
      out += text[i];
    }
  }
  offsets[out.length] = text.length;
  return { key: out, offsets: offsets.slice(0, out.length + 1) };
}

/** Arabic-Indic and Persian digits to ASCII digits, nothing else changed. */
export function toWesternDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String.fromCharCode(code - (code >= 0x06f0 ? 0x06f0 : 0x0660) + 48);
  });
}
