/**
 * Entities (persons, organizations, places) across a collection, with mention offsets.
 *
 * Three passes, each linear in the number of tokens (every lexicon is a Map/Set keyed by folded word):
 * 1. per document: gazetteer places/organizations (longest match), organization patterns, and person name
 *    candidates from title triggers, reporting verbs and the first-name lexicon;
 * 2. over the collection: accepted full names are grouped into persons by the skeleton key of the surname and
 *    of the first name (transliteration variants merge, people sharing a surname or a first name stay apart);
 * 3. per document: mentions, including a known surname or first name standing alone (with proclitics).
 *
 * Conventions:
 * - Offsets are UTF-16, end exclusive, into the cleaned text; a mention never includes a proclitic
 *   (و ف ب ل ك and combinations): in "لستولتنبرغ" it covers "ستولتنبرغ". After لل (ل + ال) it starts at the
 *   second lam, the one that stands for the article.
 * - Nisba adjectives (الروسي، الأوكرانية …) are never place mentions: in news prose they modify a person or a
 *   noun ("الرئيس الروسي", "القوات الأوكرانية"), and the country itself is written with its name.
 * - A title is not part of a person mention ("الرئيس الروسي فلاديمير بوتين" → "فلاديمير بوتين").
 * - Ids: `place:<ISO 3166 code>` or `place:<city slug>`, `org:<slug>` (gazetteer) or `org:<folded words>`
 *   (pattern), `person:<surname skeleton>-<first-name skeleton>`: derived from keys only, never from order.
 */
import type { Entity, EntityType, Mention } from './bundle-schema.ts';
import { matchKey, type NormalizedText } from './normalize.ts';
import { compareCodeUnits } from './order.ts';
import { gazetteerEntries, ORG_PATTERN_HEADS, ORG_PATTERN_MAX_WORDS } from './entities/gazetteer.ts';
import {
  AMBIGUOUS_FIRST_NAMES,
  COMPOUND_NAME_TAILS,
  FIRST_NAMES,
  NAME_PARTICLES,
  REPORTING_VERBS,
  NAME_DELIMITING_WORDS,
  TITLE_COMPLEMENTS,
  TITLE_TRIGGERS,
} from './entities/lexicon.ts';
import { encliticReadings, hasDefiniteReading, procliticReadings } from './arabic/clitics.ts';
import { isAlifMaqsuraCollision, writesAlifMaqsura } from './arabic/stopwords.ts';
import type { NerModel, NerSpan } from './ner/model.ts';
import { skeletonKey, type Stem } from './entities/skeleton.ts';
import { runArrays, tokenize } from './entities/tokens.ts';
import { WordTable } from './word-table.ts';
import { isWhiteSpace } from './word-count.ts';

export interface EntityDocument {
  id: string;
  text: string;
  /** normalizeWithOffsets(text), when the caller already has it. */
  normalized?: NormalizedText;
  /** model.recognise(text), when the caller already has it (a worker thread ran the recogniser). */
  nerSpans?: NerSpan[];
}

export interface ExtractionOptions {
  /**
   * The trained recogniser (ner/model.ts). With it, its person, place and organization spans are candidates beside
   * the rules' (see "Model candidates" below); without it, the rules alone decide.
   */
  model?: NerModel;
}

export interface EntityExtraction {
  /** Sorted by id. */
  entities: Entity[];
  /** Per document id, sorted by start. */
  mentions: Map<string, Mention[]>;
}

// ---------------------------------------------------------------------------------------------------------
// Gazetteer index, built once at module load: first folded word → phrases starting with it, longest first.

interface Phrase {
  words: string[];
  id: string;
  type: EntityType;
  display: string;
}

const WORDS_OF = /[\u0621-\u064a\u0671-\u06d3]+|[0-9]+|[A-Za-z]+/g;
const wordsOf = (text: string): string[] => [...matchKey(text).matchAll(WORDS_OF)].map((m) => m[0]);

const PHRASES = new Map<string, Phrase[]>();
const PHRASE_DISPLAY = new Map<string, { name: string; type: EntityType }>();
for (const entry of gazetteerEntries()) {
  PHRASE_DISPLAY.set(entry.id, { name: entry.names[0] as string, type: entry.type });
  const seen = new Set<string>();
  for (const name of entry.names) {
    const words = wordsOf(name);
    const joined = words.join(' ');
    if (words.length === 0 || seen.has(joined)) continue;
    seen.add(joined);
    const list = PHRASES.get(words[0] as string) ?? [];
    list.push({ words, id: entry.id, type: entry.type, display: name });
    PHRASES.set(words[0] as string, list);
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.words.length - a.words.length);

/**
 * Country names that are also common words ("مالي" financial, "بنين" sons, "كوبا" a cup): they count as a place
 * only after a locative word or a proclitic preposition.
 */
const AMBIGUOUS_PLACE_WORDS = new Set(['مالي', 'بنين', 'كوبا', 'جيرسي', 'سارك', 'تشاد', 'غانا', 'توغو', 'نيوي'].map(matchKey));
const LOCATIVE_WORDS = new Set(['في', 'إلى', 'من', 'دولة', 'جمهورية', 'عاصمة', 'حكومة', 'رئيس'].map(matchKey));
const ORG_HEADS = new Set(ORG_PATTERN_HEADS.map(matchKey));
const FULL_NAME_MAX_WORDS = 4;
const TITLE_SKIP_MAX_TOKENS = 7;
/** Skeletons shorter than this are too unspecific to merge different spellings (ماي, جو). */
const MIN_SKELETON_FOR_VARIANTS = 3;
/** Without a title or reporting verb before it, a variant spelling needs a longer, more specific skeleton. */
const MIN_SKELETON_IN_DOCUMENT = 5;
const NO_STEMS: Stem[] = [];

// ---------------------------------------------------------------------------------------------------------
// Words: what the lexicons say about one folded word, worked out once per distinct word of a run (news text
// repeats its words, so most tokens cost one Map lookup instead of a dozen Set lookups and a stemming).

interface PhraseStart {
  prefix: number;
  /** Gazetteer phrases starting with this reading of the word, longest first. */
  phrases: Phrase[];
}

interface Word {
  key: string;
  stems: Stem[];
  numeric: boolean;
  /** Readings of the word that start a gazetteer phrase, in stem order; null when none does. */
  phraseStarts: PhraseStart[] | null;
  isLocative: boolean;
  /** The reading that is an organization head ("وزارة", "بوزارة"), if any. */
  orgHead: Stem | undefined;
  /** A definite word long enough to continue an organization pattern (the text decides the hamza, see below). */
  articleLike: boolean;
  /** isNameWord for an unclaimed token (see isNameWord). */
  nameWord: boolean;
  /** A function word, reporting verb or title in some reading: it ends a name. */
  delimiter: boolean;
  titleTrigger: boolean;
  reportingVerb: boolean;
  /** Part of a title between the trigger and the name: a complement or a definite word. */
  titleFiller: boolean;
  /** The reading that is a known, unambiguous first name, if any. */
  lexiconFirst: Stem | undefined;
  /** The reading that is a known first name, ambiguous ones included (after a cue), if any. */
  anyFirst: Stem | undefined;
  /** Pass-3 facts, filled in once the collection's persons are known (see WordTable.mentionFacts). */
  facts: MentionFacts | null;
}

interface MentionFacts {
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

const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]+$/;

function analyseWord(key: string): Word {
  const stems = procliticReadings(key);
  const numeric = key.charCodeAt(0) >= 0x30 && key.charCodeAt(0) <= 0x39;
  let phraseStarts: PhraseStart[] | null = null;
  for (const stem of stems) {
    const phrases = PHRASES.get(stem.stem);
    if (phrases) (phraseStarts ??= []).push({ prefix: stem.prefix, phrases });
  }
  const listed = NAME_DELIMITING_WORDS.has(key) || REPORTING_VERBS.has(key) || TITLE_TRIGGERS.has(key);
  let nameWord: boolean;
  if (numeric || key.length < 2 || listed) nameWord = false;
  else if (key.startsWith('ال')) nameWord = COMPOUND_NAME_TAILS.has(key);
  // "سيرغي ويوليا": a conjunction before a first name starts a second person.
  else if (stems.some((s) => s.prefix > 0 && FIRST_NAMES.has(s.stem))) nameWord = false;
  else nameWord = ARABIC_WORD.test(key);
  const titleTrigger = hasStemIn(stems, TITLE_TRIGGERS);
  const reportingVerb = hasStemIn(stems, REPORTING_VERBS);
  return {
    key,
    stems,
    numeric,
    phraseStarts,
    isLocative: LOCATIVE_WORDS.has(key),
    orgHead: stems.find((s) => ORG_HEADS.has(s.stem)),
    articleLike: key.startsWith('ال') && key.length >= 4,
    nameWord,
    delimiter: hasStemIn(stems, NAME_DELIMITING_WORDS) || reportingVerb || titleTrigger,
    titleTrigger,
    reportingVerb,
    titleFiller: TITLE_COMPLEMENTS.has(key) || (hasDefiniteReading(stems) && !COMPOUND_NAME_TAILS.has(key)),
    lexiconFirst: stems.find((s) => FIRST_NAMES.has(s.stem) && !AMBIGUOUS_FIRST_NAMES.has(s.stem)),
    anyFirst: stems.find((s) => FIRST_NAMES.has(s.stem)),
    facts: null,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Pass 1: scanning one document.

interface NameCandidate {
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
  /** acceptName's verdict and the person id, set once the collection's evidence is complete. */
  accepted?: boolean;
  personId?: string;
}

interface DocScan {
  id: string;
  text: string;
  /** Per token, its word's id in `lexicon` (see wordAt). */
  ids: Int32Array;
  lexicon: Word[];
  start: Int32Array;
  end: Int32Array;
  gap: Uint8Array;
  /**
   * Per token, 0 when free, else 1 + the index in `mentions` of the place/organization/person mention that claimed
   * it (a number, not the entity id, so that the array is a typed one). Read only until the mentions are sorted.
   */
  claimed: Int32Array;
  /**
   * The document's mentions in the order they were claimed (the bundle's objects themselves, sorted at the end), and
   * the text of each as written, for the entity's display name and aliases.
   */
  mentions: Mention[];
  surfaces: string[];
  names: NameCandidate[];
  /** 1 for tokens right after a title or a reporting verb, which may be a surname on its own. */
  afterCue: Uint8Array;
  /** The recogniser's spans over tokens [from, to) (none without a model), and the person names made of them. */
  modelSpans: ModelSpan[];
  modelNames: NameCandidate[];
}

interface ModelSpan {
  type: 'PERS' | 'LOC' | 'ORG';
  from: number;
  to: number;
  /** The span's text has a digit ("31. الناتو", "66 عاما"): never a name. */
  digits: boolean;
}

const hasStemIn = (stems: Stem[], set: Set<string>): boolean => stems.some((s) => set.has(s.stem));

/** The word of token k (which must exist). */
const wordAt = (scan: DocScan, k: number): Word => scan.lexicon[scan.ids[k] as number] as Word;

/** The entity that claimed token k (which must be claimed). */
const claimantOf = (scan: DocScan, k: number): string => (scan.mentions[(scan.claimed[k] as number) - 1] as Mention).entity;

function matchPhraseAt(scan: DocScan, i: number): { to: number; phrase: Phrase; prefix: number } | null {
  const starts = wordAt(scan, i).phraseStarts;
  if (starts === null) return null;
  const { gap } = scan;
  const count = scan.ids.length;
  let best: { to: number; phrase: Phrase; prefix: number } | null = null;
  for (const start of starts) {
    for (const phrase of start.phrases) {
      const n = phrase.words.length;
      if (best && best.to - i >= n) break;
      let ok = i + n <= count;
      for (let k = 1; ok && k < n; k++) ok = (gap[i + k] as number) < 2 && wordAt(scan, i + k).key === phrase.words[k];
      if (ok) best = { to: i + n, phrase, prefix: start.prefix };
    }
  }
  if (best && best.to - i === 1 && AMBIGUOUS_PLACE_WORDS.has(best.phrase.words[0] as string)) {
    const locative = best.prefix > 0 || (i > 0 && gap[i] === 0 && wordAt(scan, i - 1).isLocative);
    if (!locative) return null;
  }
  return best;
}

/** Index in the original text of the character `count` folded code units after `from` (matchKey drops marks). */
function advanceFolded(text: string, from: number, count: number): number {
  let at = from;
  for (let k = 0; k < count; k++) {
    at++;
    while (at < text.length && matchKey(text[at] as string) === '') at++;
  }
  return at;
}

/** True when text[start, end) has white space other than lone spaces, which the surface collapses to one space. */
function hasOddSpace(text: string, start: number, end: number): boolean {
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    if (code === 0x20) {
      if (c + 1 < end && text.charCodeAt(c + 1) === 0x20) return true;
    } else if (isWhiteSpace(code)) return true;
  }
  return false;
}

function claim(scan: DocScan, from: number, to: number, prefix: number, entity: string): void {
  const claimant = scan.mentions.length + 1;
  for (let k = from; k < to; k++) scan.claimed[k] = claimant;
  const tokenStart = scan.start[from] as number;
  const start = prefix === 0 ? tokenStart : advanceFolded(scan.text, tokenStart, prefix);
  const end = scan.end[to - 1] as number;
  const slice = scan.text.slice(start, end);
  // Most spans have no white space to collapse: the regular expression runs only for those that do.
  const written = hasOddSpace(scan.text, start, end) ? slice.replace(/\s+/g, ' ') : slice;
  // After لل the span starts at the article's lam (للناتو → لناتو); the alias restores the article (الناتو).
  const elided = prefix > 0 && wordAt(scan, from).key.slice(prefix - 1, prefix + 1) === 'لل';
  scan.mentions.push({ entity, start, end });
  scan.surfaces.push(elided ? `ا${written}` : written);
}

/** "وزارة الخارجية الروسية": an organization head followed by 1..ORG_PATTERN_MAX_WORDS words with the article. */
function matchOrgPattern(scan: DocScan, i: number): { to: number; prefix: number; head: string } | null {
  const head = wordAt(scan, i).orgHead;
  if (!head) return null;
  let to = i + 1;
  while (to < scan.ids.length && to - i <= ORG_PATTERN_MAX_WORDS) {
    // Only words that begin with the article: one with a proclitic (للمرة، بالقول) starts a new phrase.
    // The article's alif is never written with hamza: "ألمانية" (German) folds to ال… but is indefinite.
    const first = scan.text[scan.start[to] as number];
    const article = wordAt(scan, to).articleLike && first !== 'أ' && first !== 'إ';
    if (scan.gap[to] !== 0 || scan.claimed[to] !== 0 || !article) break;
    to++;
  }
  return to > i + 1 ? { to, prefix: head.prefix, head: head.stem } : null;
}

function isNameWord(scan: DocScan, k: number): boolean {
  return scan.claimed[k] === 0 && wordAt(scan, k).nameWord;
}

/** The end of a name is clear when punctuation, a function word, a cue word or another entity follows. */
function isDelimitedAt(scan: DocScan, k: number): boolean {
  if (k >= scan.ids.length) return true;
  const w = wordAt(scan, k);
  if (scan.gap[k] !== 0 || w.numeric || scan.claimed[k] !== 0) return true;
  return w.delimiter;
}

/**
 * A full name starting at token `from` (its first word possibly with a proclitic): two words, a third or fourth
 * only after a particle or middle first name ("فون دير لاين", "بن سلمان") or for a compound tail ("دخل الله").
 * The surname is the last word, with a compound tail or particles kept together with it.
 */
function readFullName(scan: DocScan, from: number, first: Stem, support: NameCandidate['support']): NameCandidate | null {
  const words = [first.stem];
  let to = from + 1;
  while (to < scan.ids.length && words.length < FULL_NAME_MAX_WORDS) {
    if (scan.gap[to] !== 0 || !isNameWord(scan, to)) break;
    const key = wordAt(scan, to).key;
    const last = words[words.length - 1] as string;
    const extends_ = words.length < 2 || NAME_PARTICLES.has(last) || FIRST_NAMES.has(last) || COMPOUND_NAME_TAILS.has(key);
    if (!extends_) break;
    words.push(key);
    to++;
  }
  if (words.length < 2) return null;
  let surnameFrom = words.length - 1;
  if (COMPOUND_NAME_TAILS.has(words[surnameFrom] as string)) surnameFrom--;
  while (surnameFrom > 1 && NAME_PARTICLES.has(words[surnameFrom - 1] as string)) surnameFrom--;
  if (surnameFrom < 1) return null;
  return {
    from,
    to,
    prefix: first.prefix,
    first: words[0] as string,
    surname: words.slice(surnameFrom).join(' '),
    support,
    delimited: isDelimitedAt(scan, to),
  };
}

/** After a title: skip the rest of the title (definite words, complements, organizations, places, commas). */
function nameStartAfterTitle(scan: DocScan, i: number): number | null {
  let j = i + 1;
  const count = scan.ids.length;
  for (let steps = 0; j < count && steps < TITLE_SKIP_MAX_TOKENS; steps++) {
    if (scan.gap[j] === 2) return null;
    if (scan.claimed[j] !== 0) {
      const claimant = claimantOf(scan, j);
      while (j < count && scan.claimed[j] !== 0 && claimantOf(scan, j) === claimant) j++;
      continue;
    }
    if (wordAt(scan, j).titleFiller) {
      j++;
      continue;
    }
    return isNameWord(scan, j) ? j : null;
  }
  return null;
}

function scanDocument(doc: EntityDocument, table: WordTable<Word>): DocScan {
  const { ids, start, end, gap } = tokenize(doc.text, table, doc.normalized);
  const count = ids.length;
  const scan: DocScan = {
    id: doc.id,
    text: doc.text,
    ids,
    lexicon: table.values,
    start,
    end,
    gap,
    claimed: runArrays.int32s(count),
    mentions: [],
    surfaces: [],
    names: [],
    afterCue: runArrays.uint8s(count),
    modelSpans: [],
    modelNames: [],
  };
  for (let i = 0; i < count; ) {
    const match = matchPhraseAt(scan, i);
    if (match) {
      claim(scan, i, match.to, match.prefix, match.phrase.id);
      i = match.to;
    } else i++;
  }
  for (let i = 0; i < count; ) {
    const pattern = scan.claimed[i] === 0 ? matchOrgPattern(scan, i) : null;
    if (pattern) {
      const parts = [pattern.head];
      for (let k = i + 1; k < pattern.to; k++) parts.push(wordAt(scan, k).key);
      claim(scan, i, pattern.to, pattern.prefix, `org:${parts.join('-')}`);
      i = pattern.to;
    } else i++;
  }
  const startedAt = new Set<number>();
  for (let i = 0; i < count; i++) {
    if (scan.claimed[i] !== 0) continue;
    const word = wordAt(scan, i);
    if (word.titleTrigger) {
      const j = nameStartAfterTitle(scan, i);
      if (j === null) continue;
      scan.afterCue[j] = 1;
      const name = readFullName(scan, j, { prefix: 0, stem: wordAt(scan, j).key }, 'title');
      if (name && !startedAt.has(j)) {
        scan.names.push(name);
        startedAt.add(j);
      }
    } else if (word.reportingVerb && i + 1 < count && gap[i + 1] === 0) {
      scan.afterCue[i + 1] = 1;
    }
  }
  for (let i = 0; i < count; i++) {
    const first = wordAt(scan, i).lexiconFirst;
    if (!first || scan.claimed[i] !== 0 || startedAt.has(i)) continue;
    const name = readFullName(scan, i, first, 'lexicon');
    if (name) {
      scan.names.push(name);
      startedAt.add(i);
    }
  }
  scan.names.sort((a, b) => a.from - b.from);
  return scan;
}

// ---------------------------------------------------------------------------------------------------------
// Pass 2: persons over the collection.

interface Person {
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
const TANWIN_MARK = '#';

const skeletonOfName = (words: string): string => words.split(' ').map(skeletonKey).join(' ');
const fullKey = (n: NameCandidate): string => `${n.first} ${n.surname}`;

/**
 * Groups accepted full names. Two spellings are one person when their surname skeletons are equal AND their
 * first-name skeletons are equal ("ينس ستولتنبرغ" = "يانس شتولتنبيرغ"; "سيرغي سكريبال" ≠ "يوليا سكريبال").
 * Skeletons shorter than MIN_SKELETON_FOR_VARIANTS are compared as written.
 */
function personKeys(n: NameCandidate): { surnameSkeleton: string; firstSkeleton: string } {
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
function isCommonWord(word: string, seen: Set<string>): boolean {
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

interface Evidence {
  seen: Set<string>;
  fullNameCount: Map<string, number>;
  /** Surnames of names that start with a known first name. */
  lexiconSurnames: Set<string>;
}

/**
 * A name introduced by a known first name is accepted when its end is clear (punctuation or a function word
 * follows) or the same full name recurs; after a title, an unknown first word must not be a known surname
 * ("الرئيس ترامب بعضهم") nor a common word, and the name must be delimited.
 */
function acceptName(n: NameCandidate, ev: Evidence): boolean {
  const surnameWords = n.surname.split(' ').filter((w) => !COMPOUND_NAME_TAILS.has(w));
  if (surnameWords.some((w) => isCommonWord(w, ev.seen))) return false;
  if (FIRST_NAMES.has(n.first)) return n.support === 'title' || n.delimited || (ev.fullNameCount.get(fullKey(n)) ?? 0) >= 2;
  const firstIsWord = procliticReadings(n.first).some((s) => isCommonWord(s.stem, ev.seen));
  return n.delimited && !firstIsWord && !ev.lexiconSurnames.has(n.first) && !ev.lexiconSurnames.has(n.surname);
}

// ---------------------------------------------------------------------------------------------------------
// Model candidates: the recogniser's spans (ner/model.ts), cleaned the way the rules write a mention. The
// recogniser was trained on ANERcorp, whose tokens keep their proclitics and whose person spans sometimes take in a
// title, a following word or a second name; what follows undoes that with the shared word layer and the lexicons.

/** Longest person name the recogniser's span may give (محمد بن راشد آل مكتوم has five words). */
const MODEL_PERSON_MAX_WORDS = 5;
/** Longest place name (بابوا غينيا الجديدة); organizations are longer (مجلس التعاون لدول الخليج العربية). */
const MODEL_PLACE_MAX_WORDS = 4;
const MODEL_ORG_MAX_WORDS = 5;
/** A stem after a preposition must be this long before "the collection uses it as a word" peels it (كيري ≠ ك + يري). */
const MIN_PEELED_PREPOSITION_STEM = 4;
/** Hamza seats: a word never starts with a bare letter followed by one of them, so و/ب/ل/ك before أ إ آ is a proclitic. */
const HAMZA_ALEFS = new Set(['أ', 'إ', 'آ']);
const ARABIC_COMMAS = new Set(['،', ',']);

interface ModelContext {
  model: NerModel;
  /** Given names: the rules' lexicon and the recogniser's (folded). */
  givenNames: Set<string>;
  /** The collection's words as written and its article-bearing stems (see extractEntities' stemSeen). */
  seen: Set<string>;
  /** Words the recogniser tagged as a person on their own somewhere in the collection. */
  singles: Set<string>;
  /**
   * Per word (as written and each reading without proclitics), how often the recogniser put it in a span of each
   * type over the collection: [PERS, LOC, ORG]. A word's one-word span is trusted only when the collection agrees.
   */
  votes: Map<string, Int32Array>;
}

const VOTE_INDEX = { PERS: 0, LOC: 1, ORG: 2 } as const;

/** Counts, over the collection, the types the recogniser gives each word (ModelContext.votes). */
function countVotes(scans: DocScan[]): Map<string, Int32Array> {
  const votes = new Map<string, Int32Array>();
  for (const scan of scans) {
    for (const span of scan.modelSpans) {
      for (let k = span.from; k < span.to; k++) {
        for (const s of wordAt(scan, k).stems) {
          let v = votes.get(s.stem);
          if (v === undefined) votes.set(s.stem, (v = new Int32Array(3)));
          v[VOTE_INDEX[span.type]]!++;
        }
      }
    }
  }
  return votes;
}

const givenNamesOf = new WeakMap<NerModel, Set<string>>();
function givenNamesFor(model: NerModel): Set<string> {
  let names = givenNamesOf.get(model);
  if (names === undefined) {
    names = new Set([...FIRST_NAMES, ...model.lexicons.givenNames.map(matchKey)]);
    givenNamesOf.set(model, names);
  }
  return names;
}

/** Index of the first token starting at or after `offset`. */
function tokenAtOrAfter(start: Int32Array, offset: number): number {
  let lo = 0;
  let hi = start.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((start[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const HAS_DIGIT = /[0-9\u0660-\u0669\u06f0-\u06f9]/;

/** The recogniser's spans as token ranges of the scan; MISC is dropped (its names are titles of works and events). */
function modelSpansOf(scan: DocScan, spans: NerSpan[]): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const span of spans) {
    if (span.type === 'MISC') continue;
    const from = tokenAtOrAfter(scan.start, span.start);
    const to = tokenAtOrAfter(scan.start, span.end);
    if (to > from) out.push({ type: span.type, from, to, digits: HAS_DIGIT.test(scan.text.slice(span.start, span.end)) });
  }
  return out;
}

/**
 * A function word that cannot be part of a name. على folds onto the given name علي: in a text that writes ى, a
 * token written with final ي is the name (arabic/stopwords.ts isStopwordSurface).
 */
function isFunctionToken(scan: DocScan, k: number, writesMaqsura: boolean): boolean {
  const word = wordAt(scan, k);
  if (!word.delimiter || NAME_PARTICLES.has(word.key)) return false;
  if (writesMaqsura && isAlifMaqsuraCollision(word.key) && scan.text[(scan.end[k] as number) - 1] === 'ي') return false;
  return true;
}

/** A nisba adjective (الروسي، الأوكرانية): definite, ending in ي or ية. It qualifies a name and is never one. */
const isNisba = (key: string): boolean => key.startsWith('ال') && key.length > 4 && (key.endsWith('ي') || key.endsWith('يه'));

/** True when token k is the first of a list item: a comma before it, or the end of another name span right before. */
function opensListItem(scan: DocScan, k: number, spanEnds: Uint8Array): boolean {
  if (k === 0) return false;
  if (spanEnds[k - 1] === 1 && scan.gap[k] === 0) return true;
  if (scan.gap[k] !== 1) return false;
  for (let c = (scan.start[k] as number) - 1; c >= (scan.end[k - 1] as number); c--) if (ARABIC_COMMAS.has(scan.text[c] as string)) return true;
  return false;
}

/**
 * How many code units of token k are a proclitic in front of a name, or -1 when the token may not start one. The
 * evidence, strongest first: the word as written is a given name (وليد، بشار) → 0; a reading is a given name or a
 * name particle (وكريم، بمحمد، لعبد) → its prefix; a hamza seat follows one letter (لأردوغان) → 1; the stem is a word
 * the collection writes alone (long enough, for a preposition); a و opening a list item (، وكيليان). Else the word is
 * taken as written: many foreign names begin with و ف ب ل ك (فلاديمير، بوتين، لافروف، كيري).
 */
function nameProclitic(scan: DocScan, k: number, ctx: ModelContext, spanEnds: Uint8Array, multiWord: boolean): number {
  const word = wordAt(scan, k);
  if (ctx.givenNames.has(word.key)) return 0;
  for (const s of word.stems) if (s.prefix > 0 && (ctx.givenNames.has(s.stem) || NAME_PARTICLES.has(s.stem))) return s.prefix;
  const start = scan.start[k] as number;
  if (word.stems.some((s) => s.prefix === 1) && HAMZA_ALEFS.has(scan.text[advanceFolded(scan.text, start, 1)] as string)) return 1;
  for (const s of word.stems) {
    if (s.prefix === 0) continue;
    const conjunctionOnly = s.prefix === 1 && (word.key[0] === 'و' || word.key[0] === 'ف');
    const minStem = conjunctionOnly ? 3 : MIN_PEELED_PREPOSITION_STEM;
    if (s.stem.length >= minStem && ctx.seen.has(s.stem) && !s.stem.startsWith('ال')) return s.prefix;
  }
  if (word.key[0] === 'و' && word.key.length >= 4 && opensListItem(scan, k, spanEnds)) return 1;
  // The first word of a name of two words or more, written with و: the conjunction, unless what follows و is a long
  // vowel — foreign names that begin with w are written وا، وي، وو (والتر، ويليام، وارن) — so وروبرتو فيرمينو and
  // ولويس بروس lose it. (Arabic given names that begin with و, وليد، وائل، وسام، are in the given-name lexicon.)
  if (multiWord && word.key[0] === 'و' && word.key.length >= 4 && !'ايو'.includes(word.key[1] as string)) return 1;
  return 0;
}

/** Token k (inside a span) starts a second name glued on by a proclitic: "جو بايدن بتميم بن حمد آل ثاني". */
function startsGluedName(scan: DocScan, k: number, ctx: ModelContext): boolean {
  if (scan.gap[k] !== 0) return true;
  const word = wordAt(scan, k);
  for (const s of word.stems) {
    if (s.prefix === 0) continue;
    if (ctx.givenNames.has(s.stem) || (NAME_PARTICLES.has(s.stem) && s.stem.length > 2)) return true;
    // "دعوة لأردوغان", "واحد لمغادرة": a preposition before a hamza seat, or before a word the collection writes with
    // the article, is a phrase, not a name.
    if (s.prefix === 1 && HAMZA_ALEFS.has(scan.text[advanceFolded(scan.text, scan.start[k] as number, 1)] as string)) return true;
    if (s.stem.length >= MIN_PEELED_PREPOSITION_STEM && ctx.seen.has(`ال${s.stem}`)) return true;
    // "سيرغي وابنته": a conjunction before a word the collection writes alone.
    const conjunctionOnly = s.prefix === 1 && (word.key[0] === 'و' || word.key[0] === 'ف');
    if (conjunctionOnly && s.stem.length >= 3 && ctx.seen.has(s.stem)) return true;
  }
  return false;
}

/**
 * Collection evidence that a word is an ordinary noun or adjective, beyond isCommonWord: an adjective whose feminine
 * the collection writes (الروسي / الروسية), or a word whose reading without an attached pronoun the collection
 * writes alone or with the article (يومي ← يوم, بوسعنا ← بوسع).
 */
function isOrdinaryWord(word: string, seen: Set<string>): boolean {
  if (isCommonWord(word, seen)) return true;
  if (word.endsWith('ي') && seen.has(`${word}ه`)) return true;
  // Feminine duals (رئيسيتان ← رئيسية): names are not declined for number.
  if (/(تان|تين)$/.test(word) && word.length > 5) {
    const singular = `${word.slice(0, -3)}ه`;
    if (seen.has(singular) || seen.has(`ال${singular}`)) return true;
  }
  for (const r of encliticReadings(word)) {
    if (r.suffix > 0 && r.stem.length >= 3 && (seen.has(r.stem) || seen.has(`ال${r.stem}`))) return true;
  }
  return false;
}

/** The words of a name (first stem peeled) and where its surname starts, as readFullName does. */
function modelName(scan: DocScan, from: number, to: number, prefix: number): NameCandidate | null {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(wordAt(scan, k).key);
  words[0] = (words[0] as string).slice(prefix);
  // After لل the stem is the definite noun with its alef restored (للأسد → الأسد).
  if (prefix > 0 && wordAt(scan, from).key.slice(prefix - 1, prefix + 1) === 'لل') words[0] = `ا${words[0] as string}`;
  const base = { from, to, prefix, support: 'model' as const, delimited: true };
  if (words.length === 1) return { ...base, first: '', surname: words[0] as string, single: true };
  let surnameFrom = words.length - 1;
  if (COMPOUND_NAME_TAILS.has(words[surnameFrom] as string)) surnameFrom--;
  while (surnameFrom > 1 && NAME_PARTICLES.has(words[surnameFrom - 1] as string)) surnameFrom--;
  // "عبد الله" alone: a given name, not a person.
  if (surnameFrom < 1) return null;
  return { ...base, first: words[0] as string, surname: words.slice(surnameFrom).join(' ') };
}

/**
 * A noun with an attached pronoun, its taa marbuta written ت (ابنته "his daughter", حكومتها): never part of a name.
 * Read on the text as written, since folding makes ة and ه one letter (شحاتة is a name).
 */
const NOUN_WITH_PRONOUN = /ت(?:ه|ها|هم|هما)[\u064b-\u0652]*$/;
const hasNounPronounSuffix = (scan: DocScan, k: number): boolean => NOUN_WITH_PRONOUN.test(scan.text.slice(scan.start[k] as number, scan.end[k] as number));

/** "son of": the particles of a lineage (nasab). */
const LINEAGE_PARTICLES = new Set(['بن', 'ابن']);

/** One piece of a person span: titles and function words trimmed, checked, continued over a trailing particle. */
function modelPerson(scan: DocScan, from: number, to: number, ctx: ModelContext, spanEnds: Uint8Array, writesMaqsura: boolean): NameCandidate | null {
  let titled = false;
  while (from < to) {
    const word = wordAt(scan, from);
    // "أمين الناصر": a given name that is also a title (أمين، أمير) opens the name unless a title's complement follows.
    const givenNameTitle = word.titleTrigger && ctx.givenNames.has(word.key) && from + 1 < to && !wordAt(scan, from + 1).titleFiller;
    if (givenNameTitle) break;
    if (word.titleTrigger) titled = true;
    else if (!((titled && word.titleFiller) || isFunctionToken(scan, from, writesMaqsura) || (from + 1 < to && isNisba(word.key)))) break;
    from++;
  }
  while (to > from && (isFunctionToken(scan, to - 1, writesMaqsura) || hasNounPronounSuffix(scan, to - 1))) to--;
  // A lineage "X بن Y" goes on only with another particle or a definite family name (بن حمد آل ثاني، بن علي
  // الهاشمي): "محمد بن زايد دعوة" ends at زايد.
  while (to - from >= 3 && LINEAGE_PARTICLES.has(wordAt(scan, to - 3).key) && !NAME_PARTICLES.has(wordAt(scan, to - 2).key)) {
    const last = wordAt(scan, to - 1).key;
    if (NAME_PARTICLES.has(last) || last.startsWith('ال')) break;
    to--;
  }
  if (to === from) return null;
  // "أحمد أبو" + الغيط, "جيروم" + باول: a name the recogniser cut after a particle or a lone given name goes on.
  const count = scan.ids.length;
  while (to < count && to - from < MODEL_PERSON_MAX_WORDS && scan.gap[to] === 0 && scan.claimed[to] === 0) {
    const last = wordAt(scan, to - 1).key;
    const next = wordAt(scan, to);
    const afterParticle = NAME_PARTICLES.has(last);
    const afterGivenName = to - from === 1 && ctx.givenNames.has(last) && next.nameWord;
    if (!(afterParticle || afterGivenName) || next.numeric || next.delimiter || !ARABIC_WORD.test(next.key)) break;
    to++;
  }
  if (to - from > MODEL_PERSON_MAX_WORDS) return null;
  for (let k = from; k < to; k++) if (isFunctionToken(scan, k, writesMaqsura) || hasNounPronounSuffix(scan, k) || wordAt(scan, k).numeric) return null;
  const prefix = nameProclitic(scan, from, ctx, spanEnds, to - from >= 2);
  return prefix < 0 ? null : modelName(scan, from, to, prefix);
}

/** True when a model person span covers a token of the rule name n. */
function overlapsModelPerson(scan: DocScan, n: NameCandidate): boolean {
  return scan.modelSpans.some((span) => span.type === 'PERS' && span.from < n.to && n.from < span.to);
}

/**
 * Whether the surname of a name the recogniser gave stands for the person alone elsewhere (pass 3). Yes where the
 * recogniser tagged the word alone somewhere in the collection (السيسي); else only after a known given name and
 * without the article: a word with the article (الأسد، الثاني) is also a noun or an ordinal, and a name the
 * recogniser made of unknown words may be a phrase (its second word would then be found all over the collection).
 */
function propagatesAlone(n: NameCandidate, ctx: ModelContext): boolean {
  if (ctx.singles.has(n.surname)) return true;
  const last = n.surname.slice(n.surname.lastIndexOf(' ') + 1);
  return ctx.givenNames.has(n.first) && !(last.startsWith('ال') && last.length > 3);
}

/**
 * A model person name is accepted unless it is an ordinary word: one word must not be a given name alone (ينس is
 * nobody in particular), nor a word the collection declines like a noun (isCommonWord); a longer name not opened by a
 * given name must not contain such a word either ("يريطانيا دعوة").
 */
function acceptModelName(n: NameCandidate, ctx: ModelContext): boolean {
  if (n.single) {
    const word = n.surname;
    const v = ctx.votes.get(word);
    // "أريزونا" once a person, elsewhere a place: a word alone is a person when the collection mostly says so.
    const person = v === undefined || (v[VOTE_INDEX.PERS] as number) > (v[VOTE_INDEX.LOC] as number) + (v[VOTE_INDEX.ORG] as number);
    return person && word.length >= 3 && ARABIC_WORD.test(word) && !ctx.givenNames.has(word) && !TITLE_TRIGGERS.has(word) && !isOrdinaryWord(word, ctx.seen);
  }
  if (ctx.givenNames.has(n.first)) return true;
  const words = `${n.first} ${n.surname}`.split(' ').filter((w) => !NAME_PARTICLES.has(w) && !COMPOUND_NAME_TAILS.has(w));
  return !words.some((w) => isOrdinaryWord(w, ctx.seen));
}

/**
 * The proclitic in front of a place or organization: an organization head (لمنظمة، بوزارة) or a stem the collection
 * writes alone, a hamza seat after one letter, a و opening a list item; otherwise the word as written.
 */
function placeProclitic(scan: DocScan, k: number, ctx: ModelContext, spanEnds: Uint8Array): number {
  const word = wordAt(scan, k);
  if (word.orgHead) return word.orgHead.prefix;
  const start = scan.start[k] as number;
  if (word.stems.some((s) => s.prefix === 1) && HAMZA_ALEFS.has(scan.text[advanceFolded(scan.text, start, 1)] as string)) return 1;
  for (const s of word.stems) {
    if (s.prefix === 0) continue;
    const conjunctionOnly = s.prefix === 1 && (word.key[0] === 'و' || word.key[0] === 'ف');
    if (s.stem.length >= (conjunctionOnly ? 3 : MIN_PEELED_PREPOSITION_STEM) && (ctx.seen.has(s.stem) || PHRASES.has(s.stem))) return s.prefix;
  }
  if (word.key[0] === 'و' && word.key.length >= 4 && opensListItem(scan, k, spanEnds)) return 1;
  return 0;
}

/**
 * A place or organization span claimed as an entity: the gazetteer's id when its words are a gazetteer name, else
 * `place:`/`org:` with the folded words. Only what looks like a name: no digit, no function word, a bounded length,
 * and one word neither a nisba adjective (الروسي) nor a noun the collection declines.
 */
function claimModelPlace(scan: DocScan, span: ModelSpan, ctx: ModelContext, spanEnds: Uint8Array, writesMaqsura: boolean): void {
  const { from, to } = span;
  if (span.digits || to - from > (span.type === 'LOC' ? MODEL_PLACE_MAX_WORDS : MODEL_ORG_MAX_WORDS)) return;
  for (let k = from; k < to; k++) {
    if (scan.claimed[k] !== 0 || isFunctionToken(scan, k, writesMaqsura) || wordAt(scan, k).titleTrigger || !ARABIC_WORD.test(wordAt(scan, k).key)) return;
  }
  const prefix = placeProclitic(scan, from, ctx, spanEnds);
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(wordAt(scan, k).key);
  const first = wordAt(scan, from).key;
  words[0] = first.slice(prefix - 1, prefix + 1) === 'لل' && prefix > 0 ? `ا${first.slice(prefix)}` : first.slice(prefix);
  const head = words[0] as string;
  if (words.some((w) => ctx.givenNames.has(w))) return;
  if (words.length === 1) {
    // One word is the weakest evidence: the recogniser must give it this type at least twice over the collection and
    // never a person ("ستولتنبرغ" once LOC, often PERS), and it must not be a definite noun (البولونيوم), a nisba
    // (الروسي) or an ordinary word.
    const v = ctx.votes.get(head);
    const own = v ? (v[VOTE_INDEX[span.type]] as number) : 0;
    if (own < 2 || (v?.[VOTE_INDEX.PERS] ?? 0) > 0 || head.length < 3 || head.startsWith('ال') || isOrdinaryWord(head, ctx.seen)) return;
  }
  // "المنظمة لوسائل", "لشبه الجزيرة": a later word with a preposition before an ordinary word makes a phrase.
  for (let k = from + 1; k < to; k++) {
    for (const s of wordAt(scan, k).stems) {
      if (s.prefix > 0 && s.stem.length >= 3 && (ctx.seen.has(s.stem) || ctx.seen.has(`ال${s.stem}`))) return;
    }
  }
  if (prefix === 0 && from + 1 < to && wordAt(scan, from).stems.some((s) => s.prefix > 0 && s.stem.length >= 3 && ctx.seen.has(`ال${s.stem}`))) return;
  const joined = words.join(' ');
  const known = PHRASES.get(head)?.find((p) => p.words.join(' ') === joined);
  const id = known ? known.id : `${span.type === 'LOC' ? 'place' : 'org'}:${words.join('-')}`;
  claim(scan, from, to, prefix, id);
}

/**
 * Pass 1b, once the collection's words are known: the document's model spans become place and organization mentions
 * (where neither the gazetteer, the patterns nor a person name took the tokens) and person name candidates.
 */
function applyModelSpans(scan: DocScan, ctx: ModelContext): void {
  const count = scan.ids.length;
  const writesMaqsura = writesAlifMaqsura(scan.text);
  const spanEnds = new Uint8Array(count);
  const personal = new Uint8Array(count);
  for (const span of scan.modelSpans) spanEnds[span.to - 1] = 1;
  for (const n of scan.names) for (let k = n.from; k < n.to; k++) personal[k] = 1;
  for (const span of scan.modelSpans) {
    if (span.type !== 'PERS' || span.digits) continue;
    let from = span.from;
    for (let k = span.from + 1; k <= span.to; k++) {
      if (k < span.to && !startsGluedName(scan, k, ctx)) continue;
      const name = modelPerson(scan, from, k, ctx, spanEnds, writesMaqsura);
      if (name) {
        scan.modelNames.push(name);
        for (let t = name.from; t < name.to; t++) personal[t] = 1;
      }
      from = k;
    }
  }
  for (const span of scan.modelSpans) {
    if (span.type === 'PERS') continue;
    let free = true;
    for (let k = span.from; free && k < span.to; k++) free = personal[k] === 0;
    if (free) claimModelPlace(scan, span, ctx, spanEnds, writesMaqsura);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pass 3: mentions.

function resolveByDocument(candidates: Person[], docPersons: Map<string, number>, tokenIndex: number): Person | null {
  let best: Person | null = null;
  let bestAt = -1;
  for (const p of candidates) {
    const at = docPersons.get(p.id);
    if (at === undefined) continue;
    const score = at <= tokenIndex ? at : -1 - at;
    if (best === null || score > bestAt) {
      best = p;
      bestAt = score;
    }
  }
  return best;
}

const byFrequency = (a: Person, b: Person): number => b.count - a.count || compareCodeUnits(a.id, b.id);

function hasTanwin(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code >= 0x064b && code <= 0x064d) return true;
  }
  return false;
}

export function extractEntities(docs: EntityDocument[], options: ExtractionOptions = {}): EntityExtraction {
  const { model } = options;
  // One Word per distinct folded word of the collection. Pass 1's scans are kept for pass 3 (tokens in typed
  // arrays, words shared), so each document is tokenized once.
  const stemSeen = new Set<string>();
  const wordTable = new WordTable((key) => {
    const word = analyseWord(key);
    // Words as written, and article-bearing words after a proclitic (بالعمل → العمل): what isCommonWord probes.
    for (const s of word.stems) if (s.prefix === 0 || s.stem.startsWith('ال')) stemSeen.add(s.stem);
    return word;
  });
  const fullNameCount = new Map<string, number>();
  const lexiconSurnames = new Set<string>();
  const scans = docs.map((doc) => {
    const scan = scanDocument(doc, wordTable);
    if (model) scan.modelSpans = modelSpansOf(scan, doc.nerSpans ?? model.recognise(doc.text));
    const { ids, start, end } = scan;
    for (let i = 0; i < ids.length; i++) {
      const key = wordAt(scan, i).key;
      const from = start[i] as number;
      const to = end[i] as number;
      // Only a token that lost marks in folding can have carried tanwin.
      if (to - from > key.length && hasTanwin(scan.text, from, to)) stemSeen.add(`${TANWIN_MARK}${key}`);
    }
    for (const n of scan.names) {
      fullNameCount.set(fullKey(n), (fullNameCount.get(fullKey(n)) ?? 0) + 1);
      if (FIRST_NAMES.has(n.first)) lexiconSurnames.add(n.surname);
    }
    return scan;
  });
  const evidence: Evidence = { seen: stemSeen, fullNameCount, lexiconSurnames };
  const modelContext: ModelContext | null = model ? { model, givenNames: givenNamesFor(model), seen: stemSeen, singles: new Set(), votes: countVotes(scans) } : null;
  if (modelContext) {
    for (const scan of scans) {
      applyModelSpans(scan, modelContext);
      for (const n of scan.modelNames) {
        n.accepted = acceptModelName(n, modelContext);
        if (n.accepted && n.single) modelContext.singles.add(n.surname);
      }
    }
  }
  const persons = new Map<string, Person>();
  // The same full name recurs across a collection: its skeletons are worked out once.
  const keysOfName = new Map<string, { id: string; surnameSkeleton: string; firstSkeleton: string }>();
  const ruleSurnames = new Set<string>();
  // Rule names first (over the whole collection), then the recogniser's: a model name can then be checked against
  // the surnames the rules know.
  for (const phase of modelContext ? (['rules', 'model'] as const) : (['rules'] as const)) {
  for (const scan of scans) {
    // The document's mentions so far are its places and organizations (names are claimed in pass 3); their ids are
    // gathered only for a document that has an accepted name.
    let entityIds: Set<string> | null = null;
    const names = phase === 'rules' ? scan.names : scan.modelNames;
    for (const n of names) {
      if (phase === 'rules') {
        n.accepted = acceptName(n, evidence);
        // Where the recogniser's name and the rules' overlap, the recogniser's cleaned span wins: it goes further over
        // definite family names (محمد شياع + السوداني), stops where the rules run on (بن زايد دعوة) and peels a
        // proclitic the rules keep after a title (وزيرا للخارجية وطيف سامي). Not a lone word inside the rules' name
        // (جيروم of "جيروم باول"): there the recogniser stopped short.
        const wins = (m: NameCandidate) => m.accepted && m.from < n.to && n.from < m.to && !(m.single && m.from >= n.from && m.to <= n.to);
        if (n.accepted && scan.modelNames.some(wins)) {
          n.accepted = false;
        }
        // With the recogniser, a name the rules read after a title without a known given name ("رئيسة وزراء يريطانيا
        // دعوة") needs the recogniser to see a person there too.
        if (n.accepted && modelContext && n.support === 'title' && !modelContext.givenNames.has(n.first)) {
          n.accepted = overlapsModelPerson(scan, n);
        }
        if (n.accepted) ruleSurnames.add(n.surname);
      } else if (n.accepted && !n.single && !(modelContext as ModelContext).givenNames.has(n.first)) {
        // "شكر بوتن": a model name not opened by a given name whose last word the rules know as a surname is that
        // surname alone, with a word before it.
        const last = n.surname.slice(n.surname.lastIndexOf(' ') + 1);
        if (ruleSurnames.has(last) && n.surname === last) {
          n.from = n.to - 1;
          n.prefix = 0;
          n.first = '';
          n.single = true;
        }
      }
      if (!n.accepted || n.single) continue;
      let keys = keysOfName.get(fullKey(n));
      if (keys === undefined) {
        const { surnameSkeleton, firstSkeleton } = personKeys(n);
        keys = { id: `person:${surnameSkeleton.replace(/ /g, '_')}-${firstSkeleton.replace(/ /g, '_')}`, surnameSkeleton, firstSkeleton };
        keysOfName.set(fullKey(n), keys);
      }
      const { id, surnameSkeleton, firstSkeleton } = keys;
      n.personId = id;
      const person = persons.get(id) ?? { id, surnameSkeleton, firstSkeleton, surnames: new Set(), count: 0, context: new Set() };
      if (n.support !== 'model' || modelContext === null || propagatesAlone(n, modelContext)) person.surnames.add(n.surname);
      person.count++;
      entityIds ??= new Set(scan.mentions.map((m) => m.entity));
      for (const e of entityIds) person.context.add(e);
      persons.set(id, person);
    }
  }
  }
  if (modelContext) {
    // One-word names: a surname of a person named in full somewhere is that person (resolved in pass 3); another word
    // is a person of its own, under the skeleton of the word.
    const surnames = new Set<string>();
    const skeletons = new Set<string>();
    for (const p of persons.values()) {
      for (const s of p.surnames) surnames.add(s);
      if (p.surnameSkeleton.length >= MIN_SKELETON_IN_DOCUMENT) skeletons.add(p.surnameSkeleton);
    }
    for (const scan of scans) {
      let entityIds: Set<string> | null = null;
      for (const n of scan.modelNames) {
        if (!n.accepted || !n.single || surnames.has(n.surname) || skeletons.has(skeletonKey(n.surname))) continue;
        const skeleton = skeletonKey(n.surname);
        const surnameSkeleton = skeleton.length >= 2 ? skeleton : n.surname;
        const id = `person:${surnameSkeleton}`;
        const person = persons.get(id) ?? { id, surnameSkeleton, firstSkeleton: '', surnames: new Set([n.surname]), count: 0, context: new Set() };
        person.surnames.add(n.surname);
        person.count++;
        entityIds ??= new Set(scan.mentions.map((m) => m.entity));
        for (const e of entityIds) person.context.add(e);
        persons.set(id, person);
      }
    }
  }
  const bySurname = new Map<string, Person[]>();
  const bySurnameSkeleton = new Map<string, Person[]>();
  const byFirst = new Map<string, Person[]>();
  const push = (map: Map<string, Person[]>, key: string, p: Person) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  /** First words of surnames written as two words ("دخل الله"). */
  const compoundSurnameHeads = new Set<string>();
  for (const p of [...persons.values()].sort(byFrequency)) {
    for (const s of p.surnames) {
      push(bySurname, s, p);
      if (s.includes(' ')) compoundSurnameHeads.add(s.slice(0, s.indexOf(' ')));
    }
    push(bySurnameSkeleton, p.surnameSkeleton, p);
    if (p.firstSkeleton !== '') push(byFirst, p.firstSkeleton, p);
  }
  const NONE: Person[] = [];
  const factsOf = (word: Word): MentionFacts => {
    if (word.facts !== null) return word.facts;
    const surnameStems = word.stems.filter((s) => bySurname.has(s.stem) || compoundSurnameHeads.has(s.stem));
    const skeleton = skeletonKey(word.key);
    const bySkeleton = bySurnameSkeleton.get(skeleton);
    word.facts = {
      surnameStems: surnameStems.length > 0 ? surnameStems : null,
      surnames: surnameStems.filter((s) => bySurname.has(s.stem)).map((s) => s.stem),
      sameSkeletonInDocument: skeleton.length >= MIN_SKELETON_IN_DOCUMENT ? bySkeleton : undefined,
      sameSkeletonAfterCue: skeleton.length >= MIN_SKELETON_FOR_VARIANTS ? bySkeleton : undefined,
      byLexiconFirst: word.lexiconFirst ? (byFirst.get(skeletonKey(word.lexiconFirst.stem)) ?? NONE) : NONE,
      byAnyFirst: word.anyFirst ? (byFirst.get(skeletonKey(word.anyFirst.stem)) ?? NONE) : NONE,
      common: null,
    };
    return word.facts;
  };
  const isCommon = (word: Word, facts: MentionFacts): boolean => (facts.common ??= isCommonWord(word.key, stemSeen));

  const mentions = new Map<string, Mention[]>();
  const surfaces = new Map<string, Map<string, number>>();
  for (const scan of scans) {
    const { gap } = scan;
    const count = scan.ids.length;
    const docPersons = new Map<string, number>();
    /** The places and organizations of the document come first in its mentions (pass 1). */
    const placesAndOrgs = scan.mentions.length;
    const sharesContext = (p: Person): boolean => {
      for (let k = 0; k < placesAndOrgs; k++) if (p.context.has((scan.mentions[k] as Mention).entity)) return true;
      return false;
    };
    for (const n of scan.names) {
      if (!n.accepted) continue;
      let free = true;
      for (let k = n.from; free && k < n.to; k++) free = scan.claimed[k] === 0;
      if (!free) continue;
      const id = n.personId as string;
      claim(scan, n.from, n.to, n.prefix, id);
      if (!docPersons.has(id)) docPersons.set(id, n.from);
    }
    // The recogniser's names where the rules found none; a one-word name is the person of that surname named in this
    // document (else the most frequent one), or its own.
    for (const n of scan.modelNames) {
      if (!n.accepted) continue;
      let free = true;
      for (let k = n.from; free && k < n.to; k++) free = scan.claimed[k] === 0;
      if (!free) continue;
      let id = n.personId;
      if (n.single) {
        const skeleton = skeletonKey(n.surname);
        const candidates = bySurname.get(n.surname) ?? (skeleton.length >= MIN_SKELETON_IN_DOCUMENT ? bySurnameSkeleton.get(skeleton) : undefined);
        if (candidates) id = (resolveByDocument(candidates, docPersons, n.from) ?? (candidates[0] as Person)).id;
      }
      if (id === undefined) continue;
      claim(scan, n.from, n.to, n.prefix, id);
      if (!docPersons.has(id)) docPersons.set(id, n.from);
    }
    let docWords: Set<string> | null = null;
    const inDocument = (surname: string): boolean => {
      if (docWords === null) {
        docWords = new Set();
        for (let k = 0; k < count; k++) for (const s of factsOf(wordAt(scan, k)).surnames) docWords.add(s);
      }
      return docWords.has(surname);
    };

    for (let i = 0; i < count; i++) {
      if (scan.claimed[i] !== 0) continue;
      const word = wordAt(scan, i);
      const facts = factsOf(word);
      const cue = scan.afterCue[i] === 1;
      let found: { person: Person; prefix: number; to: number } | null = null;
      for (const stem of facts.surnameStems ?? NO_STEMS) {
        const two =
          i + 1 < count && gap[i + 1] === 0 && scan.claimed[i + 1] === 0 && compoundSurnameHeads.has(stem.stem)
            ? `${stem.stem} ${wordAt(scan, i + 1).key}`
            : null;
        const key = two && bySurname.has(two) ? two : stem.stem;
        const candidates = bySurname.get(key);
        if (!candidates) continue;
        // A surname after a number is a date's month ("5 ماي"); a surname that is also a common noun needs a cue.
        if (i > 0 && wordAt(scan, i - 1).numeric && gap[i] === 0) break;
        if (stemSeen.has(`ال${key}`) && !cue) break;
        const person = resolveByDocument(candidates, docPersons, i) ?? (candidates[0] as Person);
        found = { person, prefix: stem.prefix, to: key === two ? i + 2 : i + 1 };
        break;
      }
      if (!found && !cue && isNameWord(scan, i)) {
        // Another spelling of a surname already named in this document ("ستولتنبرغ … ستولتنبرج"): a long
        // skeleton and the same document are enough context; short skeletons collide with words (بدون/بايدن).
        const candidates = facts.sameSkeletonInDocument;
        const person = candidates ? resolveByDocument(candidates, docPersons, i) : null;
        if (person && !isCommon(word, facts)) found = { person, prefix: 0, to: i + 1 };
      }
      if (!found && cue && isNameWord(scan, i)) {
        // A differently transliterated surname after a title or reporting verb ("الرئيس بوتن"): same skeleton,
        // and shared context (the person is mentioned here, or another entity of this document co-occurs with them).
        const candidates = facts.sameSkeletonAfterCue;
        if (candidates) {
          const person = resolveByDocument(candidates, docPersons, i) ?? candidates.find(sharesContext);
          if (person) found = { person, prefix: 0, to: i + 1 };
        }
      }
      if (!found) {
        // A first name alone ("وابنته يوليا"): one known person with that first name whose surname is in this document.
        const stem = cue ? word.anyFirst : word.lexiconFirst;
        const standsAlone = i + 1 >= count || (gap[i + 1] as number) > 0 || !isNameWord(scan, i + 1);
        if (stem && standsAlone) {
          const withSurnameHere = (cue ? facts.byAnyFirst : facts.byLexiconFirst).filter(
            (p) => docPersons.has(p.id) || [...p.surnames].some(inDocument),
          );
          if (withSurnameHere.length === 1) found = { person: withSurnameHere[0] as Person, prefix: stem.prefix, to: i + 1 };
        }
      }
      if (found) {
        claim(scan, i, found.to, found.prefix, found.person.id);
        if (!docPersons.has(found.person.id)) docPersons.set(found.person.id, i);
        i = found.to - 1;
      }
    }

    scan.mentions.forEach(({ entity }, k) => {
      let counts = surfaces.get(entity);
      if (counts === undefined) surfaces.set(entity, (counts = new Map<string, number>()));
      const surface = scan.surfaces[k] as string;
      counts.set(surface, (counts.get(surface) ?? 0) + 1);
    });
    mentions.set(scan.id, scan.mentions.sort((a, b) => a.start - b.start || a.end - b.end));
  }

  const entities: Entity[] = [...surfaces.entries()]
    .map(([id, counts]) => buildEntity(id, counts))
    .sort((a, b) => compareCodeUnits(a.id, b.id));
  return { entities, mentions };
}

/** The display name: the gazetteer's canonical name, else the surface with most words, then most frequent. */
function buildEntity(id: string, counts: Map<string, number>): Entity {
  const forms = [...counts.entries()].sort(
    ([a, ca], [b, cb]) => b.split(' ').length - a.split(' ').length || cb - ca || compareCodeUnits(a, b),
  );
  const known = PHRASE_DISPLAY.get(id);
  const name = known?.name ?? (forms[0] as [string, number])[0];
  const type: EntityType = known?.type ?? (id.startsWith('person:') ? 'person' : id.startsWith('org:') ? 'organization' : 'place');
  const aliases = [...new Set([name, ...forms.map(([f]) => f)])].sort();
  return { id, type, name, aliases };
}
