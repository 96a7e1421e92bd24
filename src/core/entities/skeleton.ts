/**
 * Keys that make different transliterations of one foreign name compare equal, and proclitic stripping.
 * Both work on matchKey output (hamza forms, ى, ة already folded by normalize.ts).
 */

/**
 * Letters that Arabic transliteration uses interchangeably for one foreign sound:
 * g is written غ (Levant, Gulf), ج (Egypt) or ق/ك/گ; v is ف or ڤ; p is ب or پ; z/s alternate (German "Jens" is
 * ينس and ينز); emphatic ط/ص stand for plain t/s in foreign words.
 */
const LETTER_CLASS = new Map<string, string>([
  ['غ', 'ك'], ['ج', 'ك'], ['ق', 'ك'], ['گ', 'ك'], ['ك', 'ك'],
  ['ڤ', 'ف'], ['پ', 'ب'], ['ز', 'س'], ['ص', 'س'], ['ط', 'ت'],
]);

/** Long vowels, often left out or added inside a transliterated word (بوتين/بوتن, سكريبال/سكيربال). */
const LONG_VOWELS = new Set(['ا', 'و', 'ي']);

/**
 * The skeleton key of one name word: German initial St/Sp is heard as "sht/shp" and some outlets write it
 * شت/شب (شتولتنبيرغ for Stoltenberg); the letter classes above are folded; long vowels inside the word are
 * dropped (the first and last letters keep theirs, since an initial ا/و/ي is a consonant or carries the
 * word's onset, and a final ي is usually written); doubled letters collapse.
 */
export function skeletonKey(word: string): string {
  let w = word;
  if (w.startsWith('شت') || w.startsWith('شب')) w = `س${w.slice(1)}`;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    if (i > 0 && i < w.length - 1 && LONG_VOWELS.has(ch)) continue;
    const folded = LETTER_CLASS.get(ch) ?? ch;
    if (out.endsWith(folded)) continue;
    out += folded;
  }
  return out;
}

/** Skeleton of a multi-word name part ("دخل الله"), word by word. */
export function skeletonOfWords(words: string): string {
  return words.split(' ').map(skeletonKey).join(' ');
}

/**
 * Proclitics that attach to a noun in writing: the conjunctions و ف, the prepositions ب ل ك, and their
 * combinations (وب، ول، فب، فل، وك). ل + the article ال is written لل (للناتو = ل + الناتو).
 */
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'و', 'ف', 'ب', 'ل', 'ك'];

export interface Stem {
  /** How many code units of the (matchKey) token the proclitic takes. */
  prefix: number;
  /** The word without its proclitic, ال restored after لل. */
  stem: string;
}

/**
 * The readings of one token: as written, and with each proclitic that could be peeled off (at least two
 * letters must remain, so short words are not eaten). For لل the article's lam is the one written, so the stem
 * begins at the second ل.
 */
const PROCLITIC_INITIALS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

export function stemsOf(key: string): Stem[] {
  const stems: Stem[] = [{ prefix: 0, stem: key }];
  if (!PROCLITIC_INITIALS.has(key[0] as string)) return stems;
  for (const p of PROCLITICS) {
    if (key.length - p.length < 2 || !key.startsWith(p)) continue;
    const rest = key.slice(p.length);
    if (rest.startsWith('ل') && (p.endsWith('ل')) && rest.length > 2) {
      stems.push({ prefix: p.length, stem: `ا${rest}` });
    }
    stems.push({ prefix: p.length, stem: rest });
  }
  return stems;
}

/** True when the word carries the definite article (possibly after a proclitic: بال، وال، لل). */
export function isDefinite(key: string): boolean {
  return hasDefiniteReading(stemsOf(key));
}

/** isDefinite on readings already computed with stemsOf. */
export function hasDefiniteReading(stems: Stem[]): boolean {
  return stems.some((s) => s.stem.startsWith('ال') && s.stem.length > 3);
}
