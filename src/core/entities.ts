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
import { hasDefiniteReading, procliticReadings } from './arabic/clitics.ts';
import { skeletonKey, type Stem } from './entities/skeleton.ts';
import { runArrays, tokenize } from './entities/tokens.ts';
import { WordTable } from './word-table.ts';
import { isWhiteSpace } from './word-count.ts';

export interface EntityDocument {
  id: string;
  text: string;
  /** normalizeWithOffsets(text), when the caller already has it. */
  normalized?: NormalizedText;
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
  support: 'title' | 'lexicon';
  delimited: boolean;
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

export function extractEntities(docs: EntityDocument[]): EntityExtraction {
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
  const persons = new Map<string, Person>();
  // The same full name recurs across a collection: its skeletons are worked out once.
  const keysOfName = new Map<string, { id: string; surnameSkeleton: string; firstSkeleton: string }>();
  for (const scan of scans) {
    // The document's mentions so far are its places and organizations (names are claimed in pass 3); their ids are
    // gathered only for a document that has an accepted name.
    let entityIds: Set<string> | null = null;
    for (const n of scan.names) {
      n.accepted = acceptName(n, evidence);
      if (!n.accepted) continue;
      let keys = keysOfName.get(fullKey(n));
      if (keys === undefined) {
        const { surnameSkeleton, firstSkeleton } = personKeys(n);
        keys = { id: `person:${surnameSkeleton.replace(/ /g, '_')}-${firstSkeleton.replace(/ /g, '_')}`, surnameSkeleton, firstSkeleton };
        keysOfName.set(fullKey(n), keys);
      }
      const { id, surnameSkeleton, firstSkeleton } = keys;
      n.personId = id;
      const person = persons.get(id) ?? { id, surnameSkeleton, firstSkeleton, surnames: new Set(), count: 0, context: new Set() };
      person.surnames.add(n.surname);
      person.count++;
      entityIds ??= new Set(scan.mentions.map((m) => m.entity));
      for (const e of entityIds) person.context.add(e);
      persons.set(id, person);
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
    push(byFirst, p.firstSkeleton, p);
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
