/**
 * Words: what the lexicons say about one folded word, worked out once per distinct word of a run (news text
 * repeats its words, so most tokens cost one Map lookup instead of a dozen Set lookups and a stemming).
 */
import { matchKey } from '../normalize.ts';
import { encliticReadings, hasDefiniteReading, procliticReadings, type ProcliticReading } from '../arabic/clitics.ts';
import { STOPWORDS } from '../arabic/stopwords.ts';
import { ORG_PATTERN_HEADS } from './gazetteer.ts';
import {
  AMBIGUOUS_FIRST_NAMES,
  QUANTIFIER_NOUNS,
  COMPOUND_NAME_TAILS,
  FIRST_NAMES,
  NEVER_NAME_HONORIFICS,
  NAME_DELIMITING_WORDS,
  NAMED_AFTER_HEADS,
  REPORTING_VERBS,
  ROLE_NOUNS,
  TITLE_COMPLEMENTS,
  TITLE_TRIGGERS,
} from './lexicon.ts';
import type { Person } from './persons.ts';
import { PHRASES, type Phrase } from './phrases.ts';
import type { Stem } from './skeleton.ts';

const LOCATIVE_WORDS = new Set(['في', 'إلى', 'من', 'دولة', 'جمهورية', 'عاصمة', 'حكومة', 'رئيس'].map(matchKey));
const ORG_HEADS = new Set(ORG_PATTERN_HEADS.map(matchKey));

interface PhraseStart {
  prefix: number;
  /** Gazetteer phrases starting with this reading of the word, longest first. */
  phrases: Phrase[];
}

export interface Word {
  key: string;
  stems: Stem[];
  numeric: boolean;
  /** Readings of the word that start a gazetteer phrase, in stem order; null when none does. */
  phraseStarts: PhraseStart[] | null;
  isLocative: boolean;
  /** The reading that is an organization head ("وزارة", "بوزارة"), if any. */
  orgHead: Stem | undefined;
  /** A definite word long enough to continue an organization pattern (the text decides the hamza, see scan.ts matchOrgPattern). */
  articleLike: boolean;
  /** isNameWord for an unclaimed token (see isNameWord). */
  nameWord: boolean;
  /**
   * For a word that folds to ال…: whether it is a name word when written with a hamza (ألتمان، إلهام), which the
   * article never is (scan.ts isNameWord reads the token as written).
   */
  nameWordWithHamza: boolean;
  /** A function word, reporting verb or title in some reading: it ends a name. */
  delimiter: boolean;
  titleTrigger: boolean;
  /** An occupation or role before a name (lexicon.ts ROLE_NOUNS): a cue like a title, but no delimiter (أحمد القاضي). */
  roleCue: boolean;
  reportingVerb: boolean;
  /** A noun that names a thing after a person (مطار، جامع، جائزة …), in some reading. */
  namedAfterHead: boolean;
  /** Part of a title between the trigger and the name: a complement or a definite word. */
  titleFiller: boolean;
  /** The reading that is a known, unambiguous first name, if any. */
  lexiconFirst: Stem | undefined;
  /** The reading that is a known first name, ambiguous ones included (after a cue), if any. */
  anyFirst: Stem | undefined;
  /** The word as written is a given name: of FIRST_NAMES, or of the recogniser's lexicon when there is one (analyseWord). */
  givenName: boolean;
  /** و and a given name (وفاطمة، وكريم): a second name joined to the one before. */
  joinedGivenName: boolean;
  /** A word a name never runs on over: a title's or a role's noun in the accusative ("سفيرا", "as ambassador"). Not a given name. */
  declined: boolean;
  /** Pass-3 facts, filled in once the collection's persons are known (see WordTable.mentionFacts). */
  facts: MentionFacts | null;
}

export interface MentionFacts {
  /** Readings that are a known surname or the first word of a two-word surname; null when none is. */
  surnameStems: Stem[] | null;
  /** Readings that are a known (one-word) surname. */
  surnames: string[];
  /** Persons whose surname skeleton is this word's, when the skeleton is long enough for the rule using it. */
  sameSkeletonInDocument: Person[] | undefined;
  sameSkeletonAfterCue: Person[] | undefined;
  /** Persons whose first-name skeleton is that of lexiconFirst / anyFirst. */
  byLexiconFirst: Person[];
  byAnyFirst: Person[];
  /** isCommonWord of the word against the collection, computed on first use. */
  common: boolean | null;
}

const hasStemIn = (stems: Stem[], set: Set<string>): boolean => stems.some((s) => set.has(s.stem));

/** A word of the closed lists a name never contains: function words, reporting verbs, titles. */
const isListed = (word: string): boolean => NAME_DELIMITING_WORDS.has(word) || REPORTING_VERBS.has(word) || TITLE_TRIGGERS.has(word);

/**
 * The readings that can be a function word, a title or a verb: a preposition never precedes a conjunction, so a stem
 * after one that is a conjunction with a listed word is no reading (كوفي is Kofi, not ك + و + في; بوزير is ب + وزير).
 */
const wordReadings = (stems: ProcliticReading[]): ProcliticReading[] =>
  stems.filter((s) => s.preposition === '' || !'وف'.includes(s.stem[0] as string) || !isListed(s.stem.slice(1)));

/**
 * A word written أل… may be a foreign name (ألتمان، ألكسندر) but not a short verb of the form أفعل (ألقى، ألغى، ألمح)
 * nor one with an attached pronoun (ألقاها): four letters or fewer, or a pronoun ending, is no name.
 */
const hamzaNameShape = (key: string): boolean => key.length >= 5 && !/(ه|ها|هم|هما)$/.test(key);

export const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]+$/;

/**
 * A role's noun in the dual (الأسيرتين، المدربان، اللاعبين): two persons are named after it ("الأسيرتين هناء جرادات
 * وفاطمة شاهين"). The singular is the word without ان / ين, with ت read as the feminine ة before them.
 */
function isDualOfRole(key: string): boolean {
  if (!key.startsWith('ال') || !(key.endsWith('ان') || key.endsWith('ين'))) return false;
  const base = key.slice(0, -2);
  return ROLE_NOUNS.has(base) || (base.endsWith('ت') && ROLE_NOUNS.has(`${base.slice(0, -1)}ه`));
}

/** Third-person pronouns attached to a function word (غيرهم "others", بعضهم "some of them", نفسه "himself"). */
const THIRD_PERSON_ENCLITICS = new Set(['ه', 'ها', 'هم', 'هما', 'هن']);

/** Independent pronouns: a word is never one of them with another pronoun attached (بهية is no ب + هي + ه). */
const PRONOUNS = new Set(['هو', 'هي', 'هما', 'هم', 'هن', 'نحن', 'انا', 'انت']);

/**
 * A function word with a third-person pronoun attached, after و or ف at most: وغيرهم، بعضهم، كلها، نفسه. Not after a
 * preposition (وكالة is no و + ك + ال + ه), nor with ي, ك or نا: مني is the name منى folded, لنا a given name too.
 */
const isFunctionWordWithPronoun = (readings: ProcliticReading[]): boolean =>
  readings.some(
    (r) =>
      r.preposition === '' &&
      encliticReadings(r.stem, 2).some((e) => e.suffix > 0 && THIRD_PERSON_ENCLITICS.has(r.stem.slice(-e.suffix)) && STOPWORDS.has(e.stem) && !PRONOUNS.has(e.stem)),
  );

/**
 * The accusative ـا of a title or a role ("سفيرا", "رئيسا"). Not a verb's past plural ـوا: foreign family names end so
 * too (كورتوا، كاميكاوا، أوتشوا).
 */
function isDeclined(key: string): boolean {
  if (!key.endsWith('ا')) return false;
  const stem = key.slice(0, -1);
  return TITLE_TRIGGERS.has(stem) || ROLE_NOUNS.has(`ال${stem}`);
}

export function analyseWord(key: string, givenNames?: ReadonlySet<string>): Word {
  const stems = procliticReadings(key);
  const readings = wordReadings(stems);
  const numeric = key.charCodeAt(0) >= 0x30 && key.charCodeAt(0) <= 0x39;
  let phraseStarts: PhraseStart[] | null = null;
  for (const stem of stems) {
    const phrases = PHRASES.get(stem.stem);
    if (phrases) (phraseStarts ??= []).push({ prefix: stem.prefix, phrases });
  }
  const inNameLexicon = FIRST_NAMES.has(key) || (givenNames?.has(key) ?? false);
  // Not a given name (آية folds to ايه: أي + ه).
  const withPronoun = !inNameLexicon && isFunctionWordWithPronoun(readings);
  const listed = isListed(key) || withPronoun;
  const titleTrigger = hasStemIn(readings, TITLE_TRIGGERS);
  const reportingVerb = hasStemIn(readings, REPORTING_VERBS);
  const givenName = !QUANTIFIER_NOUNS.has(key) && inNameLexicon;
  const declined = !givenName && isDeclined(key);
  let nameWord: boolean;
  // "حرم جلالة السلطان": an honorific ("His Majesty") is never a name's word.
  if (numeric || key.length < 2 || listed || declined || NEVER_NAME_HONORIFICS.has(key)) nameWord = false;
  // "الملك عبدالله والرئيس بشار الأسد", "بوتين وقال": a title or a reporting verb after a proclitic.
  else if ((titleTrigger || reportingVerb) && !FIRST_NAMES.has(key)) nameWord = false;
  else if (key.startsWith('ال')) nameWord = COMPOUND_NAME_TAILS.has(key);
  // "سيرغي ويوليا": a conjunction before a first name starts a second person.
  else if (stems.some((s) => s.prefix > 0 && FIRST_NAMES.has(s.stem))) nameWord = false;
  else nameWord = ARABIC_WORD.test(key);
  const nameWordWithHamza = !nameWord && key.startsWith('ال') && hamzaNameShape(key) && !listed && !titleTrigger && !reportingVerb && ARABIC_WORD.test(key);
  return {
    key,
    stems,
    numeric,
    phraseStarts,
    isLocative: LOCATIVE_WORDS.has(key),
    orgHead: stems.find((s) => ORG_HEADS.has(s.stem)),
    articleLike: key.startsWith('ال') && key.length >= 4,
    nameWord,
    nameWordWithHamza,
    delimiter: hasStemIn(readings, NAME_DELIMITING_WORDS) || reportingVerb || titleTrigger || withPronoun,
    titleTrigger,
    roleCue: hasStemIn(readings, ROLE_NOUNS) || isDualOfRole(key),
    reportingVerb,
    namedAfterHead: hasStemIn(stems, NAMED_AFTER_HEADS),
    titleFiller: TITLE_COMPLEMENTS.has(key) || (hasDefiniteReading(stems) && !COMPOUND_NAME_TAILS.has(key)),
    lexiconFirst: stems.find((s) => FIRST_NAMES.has(s.stem) && !AMBIGUOUS_FIRST_NAMES.has(s.stem)),
    anyFirst: stems.find((s) => FIRST_NAMES.has(s.stem)),
    givenName,
    joinedGivenName: key[0] === 'و' && stems.some((s) => s.prefix === 1 && (FIRST_NAMES.has(s.stem) || (givenNames?.has(s.stem) ?? false))),
    declined,
    facts: null,
  };
}
