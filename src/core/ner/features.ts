/**
 * Features of the entity recogniser. Every feature belongs to one word and one position relative to the token being
 * labelled (−2 … +2), so a word's contribution to a token's scores depends only on the word and that position: the
 * recogniser works it out once per distinct word and position (news repeats its words) and a token's score is five
 * table lookups. Features are hashed (FNV-1a, 32 bits) into a fixed number of buckets; the model stores weights per
 * bucket.
 */
import { matchKey } from '../normalize.ts';
import { procliticReadings } from '../arabic/clitics.ts';

/** Word lists the recogniser consults, stored in the model file so that training and use see the same lists. */
export interface NerLexicons {
  /** Given names, folded with matchKey. */
  givenNames: string[];
  /** Country names (single words and multi-word names' words), folded. */
  countries: string[];
  /** Titles and roles that introduce a name. */
  titles: string[];
  /** Reporting verbs. */
  reportingVerbs: string[];
  /** Heads of organization names (وزارة، منظمة …). */
  orgHeads: string[];
  /** Function words. */
  stopwords: string[];
}

export interface LexiconSets {
  givenNames: Set<string>;
  countries: Set<string>;
  titles: Set<string>;
  reportingVerbs: Set<string>;
  orgHeads: Set<string>;
  stopwords: Set<string>;
}

export function lexiconSets(lex: NerLexicons): LexiconSets {
  const set = (words: string[]) => new Set(words.map(matchKey));
  return {
    givenNames: set(lex.givenNames),
    countries: set(lex.countries),
    titles: set(lex.titles),
    reportingVerbs: set(lex.reportingVerbs),
    orgHeads: set(lex.orgHeads),
    stopwords: set(lex.stopwords),
  };
}

/** Relative positions a token's features come from. */
export const WINDOW = 2;
export const POSITIONS = 2 * WINDOW + 1;

/** Pseudo-words beyond the ends of a sentence. */
export const BEFORE_SENTENCE = '<s>';
export const AFTER_SENTENCE = '</s>';

function shapeOf(word: string): string {
  if (word === BEFORE_SENTENCE || word === AFTER_SENTENCE) return word;
  if (/^[0-9]+$/.test(word)) return 'd';
  if (/^[A-Za-z]+$/.test(word)) return 'l';
  if (/^[\u0621-\u064a\u0671-\u06d3]+$/.test(word)) return 'a';
  if (/^[\p{L}\p{M}\p{N}]+$/u.test(word)) return 'm';
  return `p${word}`;
}

/** The word as written and without its proclitics and article, in every reading the word layer allows. */
export function baseReadings(key: string): string[] {
  return [...new Set(procliticReadings(key, { article: true }).map((r) => r.stem))];
}

/** The flags of a word from the lexicons: one letter per list it belongs to (in any reading). */
function flagsOf(key: string, readings: string[], lex: LexiconSets): string[] {
  const flags: string[] = [];
  const any = (set: Set<string>) => readings.some((r) => set.has(r));
  if (any(lex.givenNames)) flags.push('G');
  if (any(lex.countries)) flags.push('C');
  if (any(lex.titles)) flags.push('T');
  if (lex.reportingVerbs.has(key)) flags.push('V');
  if (any(lex.orgHeads)) flags.push('H');
  if (lex.stopwords.has(key)) flags.push('S');
  if (readings.some((r) => r.startsWith('ال') && r.length > 3)) flags.push('A');
  // Nisba adjectives (الروسي، المصرية): a definite word ending in ي/يه.
  if (readings.some((r) => r.startsWith('ال') && r.length > 4 && (r.endsWith('ي') || r.endsWith('يه')))) flags.push('Y');
  return flags;
}

/** The feature of a word as written (folded), at any position. */
const asWritten = (key: string) => `w${key}`;
/** The feature of one of a word's readings (the word less its clitics, or itself), at the token and beside it. */
const asReading = (reading: string) => `s${reading}`;

/** Feature strings of one word at one relative position. */
export function wordFeatures(word: string, position: number, lex: LexiconSets): string[] {
  if (word === BEFORE_SENTENCE || word === AFTER_SENTENCE) return [`e${word}`];
  // Everything is read on the folded word, so a word written with harakat or tatweel is the same word.
  const key = matchKey(word);
  const shape = shapeOf(key);
  const readings = shape === 'a' ? baseReadings(key) : [key];
  const flags = flagsOf(key, readings, lex);
  const features = [asWritten(key), `h${shape}`];
  for (const f of flags) features.push(`f${f}`);
  if (position === 0) {
    features.push('b');
    for (const r of readings) features.push(asReading(r));
    const n = key.length;
    for (let k = 1; k <= 3 && k < n; k++) features.push(`p${key.slice(0, k)}`);
    for (let k = 1; k <= 4 && k < n; k++) features.push(`x${key.slice(n - k)}`);
    // Affixes of the word without its clitics and article: the stem's own shape (nisba ي, feminine ة, plural ون).
    const base = readings[readings.length - 1] as string;
    if (base !== key) {
      const m = base.length;
      for (let k = 1; k <= 3 && k < m; k++) features.push(`P${base.slice(0, k)}`);
      for (let k = 1; k <= 3 && k < m; k++) features.push(`X${base.slice(m - k)}`);
    }
    // Letter trigrams: transliterated foreign names have their own letter patterns (غ for g, long vowels, -يه).
    for (let k = 0; k + 3 <= n; k++) features.push(`t${key.slice(k, k + 3)}`);
    features.push(`n${Math.min(n, 9)}`);
    if (flags.length > 0) features.push(`F${flags.join('')}`);
  } else if (Math.abs(position) === 1) {
    for (const r of readings) features.push(asReading(r));
    const n = key.length;
    if (n > 2) {
      features.push(`x${key.slice(n - 2)}`);
      features.push(`p${key.slice(0, 2)}`);
    }
  } else {
    const n = key.length;
    if (n > 2) features.push(`x${key.slice(n - 2)}`);
  }
  return features;
}

/**
 * The features that are the word itself at the token's own position (wordFeatures at position 0: the word as written,
 * `w`, and as a reading, `s`, which a word with proclitics shares): what training taught the recogniser about this
 * word, apart from its letters, its lexicon flags and its neighbours. `key` is folded (matchKey).
 */
export const ownWordFeatures = (key: string): string[] => [asWritten(key), asReading(key)];

/** FNV-1a over the position and the feature string, reduced to `buckets` (a power of two). */
export function hashFeature(position: number, feature: string, buckets: number): number {
  let h = 0x811c9dc5 ^ (position + WINDOW + 1);
  h = Math.imul(h, 0x01000193);
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}

/** The hashed features of a word at each relative position −WINDOW … +WINDOW (index position + WINDOW). */
export function wordFeatureHashes(word: string, lex: LexiconSets, buckets: number): Int32Array[] {
  const out: Int32Array[] = [];
  for (let p = -WINDOW; p <= WINDOW; p++) {
    const feats = wordFeatures(word, p, lex);
    out.push(Int32Array.from(feats, (f) => hashFeature(p, f, buckets)));
  }
  return out;
}

/** The bucket of a token's extra feature (a document feature): its own namespace, apart from word features. */
export function hashExtra(feature: string, buckets: number): number {
  return hashFeature(0, `Z${feature}`, buckets);
}
