/**
 * Keys that make different transliterations of one foreign name compare equal. They work on matchKey output (hamza
 * forms, ى, ة already folded by normalize.ts); proclitics are peeled by the shared layer (arabic/clitics.ts).
 */
import type { ProcliticReading } from '../arabic/clitics.ts';

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
const byLetterClass = (ch: string): string => LETTER_CLASS.get(ch) ?? ch;
const asWritten = (ch: string): string => ch;

/**
 * The skeleton key of one name word: German initial St/Sp is heard as "sht/shp" and some outlets write it
 * شت/شب (شتولتنبيرغ for Stoltenberg); the letter classes above are folded; long vowels inside the word are
 * dropped (the first and last letters keep theirs, since an initial ا/و/ي is a consonant or carries the
 * word's onset, and a final ي is usually written); doubled letters collapse.
 */
export function skeletonKey(word: string): string {
  return vowelsDropped(word.startsWith('شت') || word.startsWith('شب') ? `س${word.slice(1)}` : word, byLetterClass);
}

/**
 * The word with its inner long vowels dropped (the first and last letters keep theirs) and doubled letters collapsed,
 * each letter read through `fold` first. Collected into an array and joined once: testing the growing string with
 * endsWith flattened it at every letter, quadratic in the word (a 1 MB "word" took minutes). Every folded letter is
 * one code unit.
 */
function vowelsDropped(w: string, fold: (ch: string) => string): string {
  const out: string[] = [];
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i] as string;
    if (i > 0 && i < w.length - 1 && LONG_VOWELS.has(ch)) continue;
    const folded = fold(ch);
    if (folded === last) continue;
    out.push(folded);
    last = folded;
  }
  return out.join('');
}

/**
 * The lighter key of a place's or organization's word: long vowels inside the word dropped and doubled letters
 * collapsed, as skeletonKey does, but no letter classes: outlets write the same place with more or fewer vowels
 * (سالزبري، سالزبوري، سولزبيري; بروكسل، بروكسيل), while a different consonant is a different place (جازان، قازان).
 */
export function vowelSkeleton(word: string): string {
  return vowelsDropped(word, asWritten);
}

/** Skeleton of a multi-word name part ("دخل الله"), word by word. */
export function skeletonOfWords(words: string): string {
  return words.split(' ').map(skeletonKey).join(' ');
}

/** A reading of a token with its proclitics peeled (see arabic/clitics.ts procliticReadings). */
export type Stem = Pick<ProcliticReading, 'prefix' | 'stem'>;
