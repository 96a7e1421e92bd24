/**
 * Pass 2 of entity extraction: person name candidates, and what groups accepted full names into persons over the
 * collection and decides which candidates are names at all.
 */
import { procliticReadings } from '../arabic/clitics.ts';
import { COMPOUND_NAME_TAILS, FIRST_NAMES, NAME_PARTICLES } from './lexicon.ts';
import { skeletonKey } from './skeleton.ts';

export interface NameCandidate {
  /** Token indices [from, to). */
  from: number;
  to: number;
  prefix: number;
  first: string;
  surname: string;
  support: 'title' | 'lexicon' | 'model';
  delimited: boolean;
  /** A model name of one word: `surname` is the word, `first` is empty. */
  single?: boolean;
  /**
   * The father's name of a lineage between the given name and the family name ("جاسم بن حمد آل ثاني" → حمد), folded:
   * two names of one given and one family name with different fathers are two persons.
   */
  father?: string;
  /** acceptName's verdict and the person id, set once the collection's evidence is complete. */
  accepted?: boolean;
  personId?: string;
}

export interface Person {
  id: string;
  surnameSkeleton: string;
  firstSkeleton: string;
  /** Folded surnames as written (each transliteration), for propagation. */
  surnames: Set<string>;
  count: number;
  /** Entity ids of everything else mentioned in the documents where the full name occurs. */
  context: Set<string>;
}

/** Marks, in the collection's word set, words once written with tanwin: names are never declined so. */
export const TANWIN_MARK = '#';

/**
 * Where the surname starts in the words of a name: the last word, with a compound tail ("دخل الله") or particles
 * before it ("فون دير لاين") kept together with it. Below 1 when nothing is left for a first name ("عبد الله").
 */
export function surnameStart(words: string[]): number {
  let surnameFrom = words.length - 1;
  const last = words[surnameFrom] as string;
  // "دخل الله", and عبد with any definite word (عبد الحميد، عبد العزيز): one name, kept together.
  if (COMPOUND_NAME_TAILS.has(last) || (words[surnameFrom - 1] === 'عبد' && last.startsWith('ال'))) surnameFrom--;
  while (surnameFrom > 1 && NAME_PARTICLES.has(words[surnameFrom - 1] as string)) surnameFrom--;
  return surnameFrom;
}

const skeletonOfName = (words: string): string => words.split(' ').map(skeletonKey).join(' ');
export const fullKey = (n: NameCandidate): string => `${n.first} ${n.surname}`;

/**
 * Groups accepted full names. Two spellings are one person when their surname skeletons are equal AND their
 * first-name skeletons are equal ("ينس ستولتنبرغ" = "يانس شتولتنبيرغ"; "سيرغي سكريبال" ≠ "يوليا سكريبال").
 * Skeletons shorter than MIN_SKELETON_FOR_VARIANTS are compared as written.
 */
export function personKeys(n: NameCandidate): { surnameSkeleton: string; firstSkeleton: string } {
  const surnameSkeleton = skeletonOfName(n.surname);
  const firstSkeleton = skeletonKey(n.first);
  return {
    surnameSkeleton: surnameSkeleton.replace(/ /g, '').length >= 2 ? surnameSkeleton : n.surname,
    firstSkeleton: firstSkeleton.length >= 2 ? firstSkeleton : n.first,
  };
}

/**
 * Collection evidence that a word is an ordinary Arabic word and not a name: it also occurs with the article
 * (عمل/العمل) or with a pronoun suffix (مساعدة/مساعدته), or is itself a noun with a pronoun suffix
 * (جولته ← جولة). Foreign names take neither.
 */
export function isCommonWord(word: string, seen: Set<string>): boolean {
  if (seen.has(`ال${word}`) || seen.has(`${TANWIN_MARK}${word}`)) return true;
  // Accusative tanwin is written with a final alif (جزءاً → جزءا): the bare noun may occur with the article.
  if (word.endsWith('ا') && seen.has(`ال${word.slice(0, -1)}`)) return true;
  const base = word.endsWith('ه') ? word.slice(0, -1) : word;
  if (seen.has(`${base}ته`) || seen.has(`${base}تها`) || seen.has(`${word}ها`) || seen.has(`${word}هم`)) return true;
  const suffix = /(ها|هم|ه)$/.exec(word);
  if (suffix && word.length - suffix[0].length >= 2) {
    const stripped = word.slice(0, -suffix[0].length);
    const noun = stripped.endsWith('ت') ? `${stripped.slice(0, -1)}ه` : stripped;
    if (seen.has(stripped) || seen.has(noun) || seen.has(`ال${noun}`)) return true;
  }
  return false;
}

export interface Evidence {
  seen: Set<string>;
  fullNameCount: Map<string, number>;
  /** Surnames of names that start with a known first name. */
  lexiconSurnames: Set<string>;
  /** The recogniser's given-name lexicon, when there is one: after a title, one of them opens a name as FIRST_NAMES do. */
  givenNames?: Set<string>;
}

/**
 * A name introduced by a known first name is accepted when its end is clear (punctuation or a function word
 * follows) or the same full name recurs; after a title, an unknown first word must not be a known surname
 * ("الرئيس ترامب بعضهم") nor a common word, and the name must be delimited.
 */
export function acceptName(n: NameCandidate, ev: Evidence): boolean {
  const surnameWords = n.surname.split(' ').filter((w) => !COMPOUND_NAME_TAILS.has(w));
  if (surnameWords.some((w) => isCommonWord(w, ev.seen))) return false;
  if (FIRST_NAMES.has(n.first)) return n.support === 'title' || n.delimited || (ev.fullNameCount.get(fullKey(n)) ?? 0) >= 2;
  if (n.support === 'title' && ev.givenNames?.has(n.first)) return true;
  const firstIsWord = procliticReadings(n.first).some((s) => isCommonWord(s.stem, ev.seen));
  return n.delimited && !firstIsWord && !ev.lexiconSurnames.has(n.first) && !ev.lexiconSurnames.has(n.surname);
}
