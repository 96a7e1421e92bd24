/**
 * Model candidates: the recogniser's spans (ner/model.ts), cleaned the way the rules write a mention. The
 * recogniser was trained on ANERcorp, whose tokens keep their proclitics and whose person spans sometimes take in a
 * title, a following word or a second name; what follows undoes that with the shared word layer and the lexicons.
 */
import { isAlifMaqsuraCollision, writesAlifMaqsura } from '../arabic/stopwords.ts';
import { encliticReadings } from '../arabic/clitics.ts';
import type { Mention } from '../bundle-schema.ts';
import type { NerModel, NerSpan } from '../ner/model.ts';
import { ANY_DIGIT, matchKey } from '../normalize.ts';
import { OUTLET_TAIL_WORDS } from '../cleaning/line-patterns.ts';
import { AMBIGUOUS_FIRST_NAMES, CLUB_HEADS, COMPOUND_NAME_TAILS, FIRST_NAMES, HONORIFICS, NEVER_NAME_HONORIFICS, LINEAGE_PARTICLES, NAME_PARTICLES, PLACE_HEADS, QUANTIFIER_NOUNS, ROLE_NOUNS, TITLE_TRIGGERS } from './lexicon.ts';
import { isCommonWord, surnameStart, type NameCandidate } from './persons.ts';
import { PHRASES } from './phrases.ts';
import { advanceFolded, claim, endsPhrase, hasTanwin, isDefiniteFamilyName, isNameWord, isTitleFiller, isUnclaimed, namesAThing, wordAt, type DocScan, type ModelSpan } from './scan.ts';
import { vowelSkeleton, type Stem } from './skeleton.ts';
import { ARABIC_WORD, type Word } from './words.ts';

/**
 * Longest person name the recogniser's span may give, its particles not counted: a lineage (nasab) names a father and
 * a grandfather ("حمدان بن محمد بن راشد آل مكتوم" is four names and three particles).
 */
const MODEL_PERSON_MAX_WORDS = 5;
/** How many words of tokens [from, to) are names, not particles (بن، آل، أبو …). */
function nameWordsIn(scan: DocScan, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (!NAME_PARTICLES.has(wordAt(scan, k).key)) count++;
  return count;
}
/** Longest place name (بابوا غينيا الجديدة); organizations are longer (مجلس التعاون لدول الخليج العربية). */
const MODEL_PLACE_MAX_WORDS = 4;
const MODEL_ORG_MAX_WORDS = 5;
/** A stem after a preposition must be this long before "the collection uses it as a word" peels it (كيري ≠ ك + يري). */
const MIN_PEELED_PREPOSITION_STEM = 4;
/** Hamza seats: a word never starts with a bare letter followed by one of them, so و/ب/ل/ك before أ إ آ is a proclitic. */
const HAMZA_ALEFS = new Set(['أ', 'إ', 'آ']);
const ARABIC_COMMAS = new Set(['،', ',']);

export interface ModelContext {
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

export const VOTE_INDEX = { PERS: 0, LOC: 1, ORG: 2 } as const;

/** Counts, over the collection, the types the recogniser gives each word (ModelContext.votes). */
export function countVotes(scans: DocScan[]): Map<string, Int32Array> {
  const votes = new Map<string, Int32Array>();
  for (const scan of scans) addVotes(votes, scan);
  return votes;
}

/** Adds one document's votes (countVotes one document at a time). */
export function addVotes(votes: Map<string, Int32Array>, scan: DocScan): void {
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

const givenNamesOf = new WeakMap<NerModel, Set<string>>();
export function givenNamesFor(model: NerModel): Set<string> {
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

/**
 * "في" ("in"), or "وفي", right before a span: in the NER training file a span so placed is a place 589 + 42 times, an
 * organization 54 and a person 3 (none after وفي), so a person the recogniser sees there ("في ريو دي جانيرو") is read
 * as the place it almost always is.
 */
const IN = new Set(['في', 'وفي'].map((word) => matchKey(word)));

/** The recogniser's spans as token ranges of the scan; MISC is dropped (its names are titles of works and events). */
export function modelSpansOf(scan: DocScan, spans: NerSpan[]): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const span of spans) {
    if (span.type === 'MISC') continue;
    const from = tokenAtOrAfter(scan.start, span.start);
    const to = tokenAtOrAfter(scan.start, span.end);
    if (to <= from) continue;
    const afterIn = span.type === 'PERS' && from > 0 && scan.gap[from] === 0 && IN.has(wordAt(scan, from - 1).key);
    out.push({ type: afterIn ? 'LOC' : span.type, from, to, digits: ANY_DIGIT.test(scan.text.slice(span.start, span.end)) });
  }
  return out;
}

/**
 * Tokens k, k + 1 are a family name of two words, the second الله or الدين (رزق الله، فضل الله، نصر الدين), after a
 * name of two words or more and ending its phrase (punctuation, the text's end, a clause opener: "… رزق الله الذي").
 * Not a formula for God after a name: its first word then ends in a pronoun or in ي (رحمه الله، حفظه الله، صلى الله).
 */
function compoundFamilyNameAt(scan: DocScan, k: number, from: number): boolean {
  if (k - from < 2 || k + 1 >= scan.ids.length || scan.gap[k] !== 0 || scan.gap[k + 1] !== 0 || scan.claimed[k] !== 0) return false;
  const word = wordAt(scan, k);
  return COMPOUND_NAME_TAILS.has(wordAt(scan, k + 1).key) && word.nameWord && !/[هي]$/.test(word.key) && isNameWord(scan, k) && endsPhrase(scan, k + 2, true);
}

/** A ruler's ordinal after his name (عبدالله الثاني، محمد السادس), as matchKey writes them. */
const REGNAL_ORDINALS = new Set(['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن'].map(matchKey));

/** آل ("the family of"), as matchKey writes it. */
const FAMILY_PARTICLE = matchKey('آل');

/**
 * A function word that cannot be part of a name. على folds onto the given name علي: in a text that writes ى, a
 * token written with final ي is the name (arabic/stopwords.ts isStopwordSurface).
 */
function isFunctionToken(scan: DocScan, k: number, writesMaqsura: boolean): boolean {
  const word = wordAt(scan, k);
  if (!word.delimiter || NAME_PARTICLES.has(word.key)) return false;
  // "العربي بن الشيخ", "محمد ولد الشيخ الغزواني", "بن عبدالله آل الشيخ": after "son / daughter of" a title word is
  // the father's name, after آل ("the family of") the family's.
  if (word.titleTrigger && k > 0 && (LINEAGE_PARTICLES.has(wordAt(scan, k - 1).key) || wordAt(scan, k - 1).key === FAMILY_PARTICLE)) return false;
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

/** Token k's second letter as written is a hamza seat (لأردوغان): its first letter is a proclitic (HAMZA_ALEFS). */
const hamzaSeatAfterFirstLetter = (scan: DocScan, k: number): boolean =>
  HAMZA_ALEFS.has(scan.text[advanceFolded(scan.text, scan.start[k] as number, 1)] as string);

/** The reading peels a lone conjunction (و or ف), not a preposition. */
const peelsConjunctionOnly = (word: Word, s: Stem): boolean => s.prefix === 1 && (word.key[0] === 'و' || word.key[0] === 'ف');

/**
 * The evidence for a proclitic that names, places and organizations share, in this order: a hamza seat after one
 * letter → 1; a reading whose stem `isWord` accepts and is long enough (3 letters after a conjunction, else
 * MIN_PEELED_PREPOSITION_STEM) → its prefix; a و opening a list item → 1. Null when there is none.
 */
function peeledProclitic(scan: DocScan, k: number, spanEnds: Uint8Array, isWord: (stem: string) => boolean): number | null {
  const word = wordAt(scan, k);
  if (word.stems.some((s) => s.prefix === 1) && hamzaSeatAfterFirstLetter(scan, k)) return 1;
  for (const s of word.stems) {
    if (s.prefix === 0) continue;
    const minStem = peelsConjunctionOnly(word, s) ? 3 : MIN_PEELED_PREPOSITION_STEM;
    if (s.stem.length >= minStem && isWord(s.stem)) return s.prefix;
  }
  if (word.key[0] === 'و' && word.key.length >= 4 && opensListItem(scan, k, spanEnds)) return 1;
  return null;
}

/**
 * A proclitic reading that may stand before a given name (وكريم، بمحمد، لعبد). Not a lone ف, which hardly precedes a
 * person while foreign names begin with it (فايسل is not ف + إيسل), nor ك before و (كوفي، وكوفي: not ك + وفي).
 */
const procliticBeforeName = (word: Word, s: Stem): boolean =>
  s.prefix > 0 && !(s.prefix === 1 && word.key[0] === 'ف') && !(word.key[s.prefix - 1] === 'ك' && s.stem[0] === 'و');

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
  for (const s of word.stems) if (procliticBeforeName(word, s) && (ctx.givenNames.has(s.stem) || NAME_PARTICLES.has(s.stem))) return s.prefix;
  const peeled = peeledProclitic(scan, k, spanEnds, (stem) => ctx.seen.has(stem) && !stem.startsWith('ال'));
  if (peeled !== null) return peeled;
  // The first half of a compound name written with و ("وعز الدين ميهوبي"): before الدين، الله، الرحمن، الرحيم a word that
  // is no given name as written (وحيد is: checked above) is و and the half, however short the half is.
  if (word.key[0] === 'و' && word.key.length >= 3 && k + 1 < scan.ids.length && scan.gap[k + 1] === 0 && COMPOUND_NAME_TAILS.has(wordAt(scan, k + 1).key)) return 1;
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
    if (procliticBeforeName(word, s) && (ctx.givenNames.has(s.stem) || (NAME_PARTICLES.has(s.stem) && s.stem.length > 2))) return true;
    // "دعوة لأردوغان", "واحد لمغادرة": a preposition before a hamza seat, or before a word the collection writes with
    // the article, is a phrase, not a name.
    if (s.prefix === 1 && hamzaSeatAfterFirstLetter(scan, k)) return true;
    if (s.stem.length >= MIN_PEELED_PREPOSITION_STEM && ctx.seen.has(`ال${s.stem}`)) return true;
    // "سيرغي وابنته": a conjunction before a word the collection writes alone.
    if (peelsConjunctionOnly(word, s) && s.stem.length >= 3 && ctx.seen.has(s.stem)) return true;
  }
  return placeAfterPreposition(scan, k, ctx);
}

/**
 * Token k is a preposition before a place ("ستولتنبرغ ببروكسيل"), one the gazetteer names or the recogniser mostly
 * calls one: it ends a person's name and is none itself.
 */
function placeAfterPreposition(scan: DocScan, k: number, ctx: ModelContext): boolean {
  const word = wordAt(scan, k);
  return word.stems.some((s) => s.prefix > 0 && !peelsConjunctionOnly(word, s) && s.stem.length >= MIN_PEELED_PREPOSITION_STEM && isPlaceWord(s.stem, ctx));
}

/**
 * The gazetteer's one-word places by vowel skeleton (skeleton.ts vowelSkeleton), for skeletons long enough to be
 * specific and held by one place only: بروكسيل is بروكسل.
 */
let placeSkeletons: Map<string, string> | null = null;
function gazetteerPlaceSkeletons(): Map<string, string> {
  if (placeSkeletons === null) {
    const ids = new Map<string, Set<string>>();
    for (const phrases of PHRASES.values()) {
      for (const p of phrases) {
        const key = p.type === 'place' && p.words.length === 1 ? vowelSkeleton(p.words[0] as string) : '';
        if (key.length >= MIN_PLACE_SKELETON) (ids.get(key) ?? ids.set(key, new Set()).get(key)!).add(p.id);
      }
    }
    placeSkeletons = new Map([...ids].filter(([, set]) => set.size === 1).map(([key, set]) => [key, [...set][0] as string]));
  }
  return placeSkeletons;
}
const MIN_PLACE_SKELETON = 4;
const MIN_GAZETTEER_SKELETON = 5;

/**
 * A one-word place of the gazetteer, in any spelling of the same skeleton, or a word the recogniser calls a location
 * more often than anything else over the collection.
 */
function isPlaceWord(stem: string, ctx: ModelContext): boolean {
  if (gazetteerPlaceSkeletons().has(vowelSkeleton(stem))) return true;
  const v = ctx.votes.get(stem);
  return v !== undefined && (v[VOTE_INDEX.LOC] as number) > (v[VOTE_INDEX.PERS] as number) + (v[VOTE_INDEX.ORG] as number);
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
  const surnameFrom = surnameStart(words);
  // "عبد الله", "عبد الحميد" alone: a given name, not a person.
  if (surnameFrom < 1) return null;
  const name: NameCandidate = { ...base, first: words[0] as string, surname: words.slice(surnameFrom).join(' ') };
  // "جاسم بن حمد آل ثاني": a lineage after the given name, the family name after it. The father's name is its words up
  // to the next particle, run together ("بن عبد الرحمن" is "بن عبدالرحمن").
  if (surnameFrom > 2 && LINEAGE_PARTICLES.has(words[1] as string)) {
    let end = 3;
    while (end < surnameFrom && !NAME_PARTICLES.has(words[end] as string)) end++;
    name.father = words.slice(2, end).join('');
  }
  return name;
}

/**
 * A noun with an attached pronoun, its taa marbuta written ت (ابنته "his daughter", حكومتها): never part of a name.
 * Read on the text as written, since folding makes ة and ه one letter (شحاتة is a name).
 */
const NOUN_WITH_PRONOUN = /ت(?:ه|ها|هم|هما)[\u064b-\u0652]*$/;
const hasNounPronounSuffix = (scan: DocScan, k: number): boolean => NOUN_WITH_PRONOUN.test(scan.text.slice(scan.start[k] as number, scan.end[k] as number));

/** "عبد" (with or without a proclitic: لعبد، وعبد) followed by a definite word: one compound given name. */
const isAbdCompound = (first: Word, second: string): boolean =>
  first.stems.some((s) => s.stem === 'عبد') && second.startsWith('ال') && second.length > 3;


/**
 * Token `from` is a given name as written (no proclitic: "وعبدالله" starts a name of its own) and the token right
 * before it, untaken by a place, an organization or the end of another of the recogniser's spans, is one too, as
 * written, and not an everyday word (AMBIGUOUS_FIRST_NAMES), a function word or a title: the person's own given name
 * before the father's (Arabic names are given name, father's name, family name).
 */
function givenNameBefore(scan: DocScan, from: number, ctx: ModelContext, spanEnds: Uint8Array, writesMaqsura: boolean): boolean {
  const k = from - 1;
  // Not the end of another span of the recogniser: "حسني مبارك" + محمود عباس are two persons.
  if (k < 0 || scan.gap[from] !== 0 || scan.claimed[k] !== 0 || spanEnds[k] === 1 || !ctx.givenNames.has(wordAt(scan, from).key)) return false;
  const word = wordAt(scan, k);
  const key = word.key;
  // Not a word written with و first: a verb before its subject is the commonest word before a name, and the lexicon's
  // names include such verbs (وجه "directed", وعد "promised").
  if (word.titleTrigger || key.startsWith('و') || isFunctionToken(scan, k, writesMaqsura)) return false;
  // As written only: after a preposition the word is a noun more often than a name (لصالح "in favour of", بنجاح).
  if (!isPlainGivenName(key, ctx)) return false;
  // Nor a word the collection also writes as an ordinary one; but in a text that writes ى, علي is the name, and its
  // عليها and عليه are على's, not evidence of an ordinary word.
  return (writesMaqsura && isAlifMaqsuraCollision(key)) || !isOrdinaryWord(key, ctx.seen);
}

/**
 * The recogniser's span opens at the father's name, right after بن / بنت ("son / daughter of"), and the word before the
 * particle, untaken and no function word, title or role, is the person's own given name, whether the lexicon knows it
 * or not ("مديحة بنت أحمد الشيبانية": a name never opens with the father's). Not ابن, which opens names of its own
 * (ابن خلدون), nor ولد after a noun ("ولد الشيخ").
 */
function nameBeforeLineage(scan: DocScan, from: number, spanEnds: Uint8Array, writesMaqsura: boolean): boolean {
  const particle = from - 1;
  const k = from - 2;
  if (k < 0 || scan.gap[from] !== 0 || scan.gap[particle] !== 0 || !LINEAGE_INSIDE_NAME.has(wordAt(scan, particle).key)) return false;
  if (scan.claimed[k] !== 0 || scan.claimed[particle] !== 0 || spanEnds[k] === 1) return false;
  const word = wordAt(scan, k);
  return isNameWord(scan, k) && !word.titleTrigger && !word.roleCue && !word.key.startsWith('ال') && !isFunctionToken(scan, k, writesMaqsura);
}
const LINEAGE_INSIDE_NAME = new Set(['بن', 'بنت'].map(matchKey));

/**
 * Token k has the shape of a verb in the present tense with a dual or plural ending (تخوضان، يخوضون، فيخوضان): ت or
 * ي first, ان or ون last, and no given name; a subject's verb the recogniser ran a name on over, or that ends a list's
 * last name.
 */
function isPresentVerbShape(scan: DocScan, k: number, ctx: ModelContext): boolean {
  const word = wordAt(scan, k);
  const verbShape = (key: string) => key.length >= 5 && (key[0] === 'ت' || key[0] === 'ي') && (key.endsWith('ان') || key.endsWith('ون')) && !ctx.givenNames.has(key);
  // Also after the ف or و that joins it (فيخوضان).
  return verbShape(word.key) || word.stems.some((s) => s.prefix === 1 && peelsConjunctionOnly(word, s) && verbShape(s.stem));
}

/**
 * Token k is ل fused with the article (للتعليم، للصحة): a noun's phrase after a name, never its word. Not بال / كال,
 * with which family names begin (بالقاسم).
 */
const prepositionWithArticle = (scan: DocScan, k: number): boolean => wordAt(scan, k).key.startsWith('لل') && wordAt(scan, k).key.length > 4;

/** A title or a role within the few words before token `from`, in the same sentence ("وزير الدفاع", "اللواء"). */
function titleBefore(scan: DocScan, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - TITLE_LOOKBACK; k--) {
    if (scan.gap[k + 1] === 2) return false;
    const word = wordAt(scan, k);
    if (word.titleTrigger || word.roleCue) return true;
  }
  return false;
}
const TITLE_LOOKBACK = 4;

/**
 * A given name of the lexicon that is nothing else: not an everyday word (AMBIGUOUS_FIRST_NAMES), أحد / إحدى, an
 * honorific (سعادة), nor a word with the article (الحكم، السادة: nouns the lexicon also lists).
 */
function isPlainGivenName(key: string, ctx: ModelContext): boolean {
  return ctx.givenNames.has(key) && !key.startsWith('ال') && !AMBIGUOUS_FIRST_NAMES.has(key) && !QUANTIFIER_NOUNS.has(key) && !HONORIFICS.has(key);
}

/**
 * A word a name never ends in, after it: one written with tanwin ("رئيسًا"), or a declined word (words.ts: "سفيرا").
 * The recogniser runs a name on over such a word ("فرحان سفيرا", "الحسن رئيسًا").
 */
const isDeclinedAfterName = (scan: DocScan, k: number): boolean => wordAt(scan, k).declined || hasTanwin(scan.text, scan.start[k] as number, scan.end[k] as number);

/** One piece of a person span: titles and function words trimmed, checked, continued over a trailing particle. */
function modelPerson(scan: DocScan, from: number, to: number, ctx: ModelContext, spanEnds: Uint8Array, writesMaqsura: boolean): NameCandidate | null {
  // "علي" + عبدالله صالح: the recogniser began a name at the father's given name, one word late.
  if (givenNameBefore(scan, from, ctx, spanEnds, writesMaqsura)) from--;
  else if (nameBeforeLineage(scan, from, spanEnds, writesMaqsura)) from -= 2;
  let titled = false;
  while (from < to) {
    const word = wordAt(scan, from);
    // "أمين الناصر": a given name that is also a title (أمين، أمير) opens the name unless a title's complement follows.
    const givenNameTitle = word.titleTrigger && ctx.givenNames.has(word.key) && from + 1 < to && !isTitleFiller(scan, from + 1);
    if (givenNameTitle) break;
    if (word.titleTrigger || (word.roleCue && from + 1 < to)) titled = true;
    // "داعياً عبد الحميد": a word written with tanwin is declined, never a name.
    else if (!((titled && isTitleFiller(scan, from)) || isFunctionToken(scan, from, writesMaqsura) || (from + 1 < to && isNisba(word.key) && !LINEAGE_PARTICLES.has(wordAt(scan, from + 1).key)) || hasTanwin(scan.text, scan.start[from] as number, scan.end[from] as number))) break;
    from++;
  }
  // "متحف محمد السادس", "جائزة الشيخ زايد": the name of a thing named after a person.
  if (from < to && namesAThing(scan, from)) return null;
  // "ابن الحسين" right after "عبدالله الثاني": the lineage of the ruler named before, taken with his name there.
  if (from > 0 && scan.gap[from] === 0 && LINEAGE_PARTICLES.has(wordAt(scan, from).key) && REGNAL_ORDINALS.has(wordAt(scan, from - 1).key)) return null;
  // A verb the recogniser ran the name on over, with its complement after it ("… شاهين تخوضان إضرابا"); at a phrase's
  // end such a word may be a family name (جون بول تومسون).
  while (to > from && (isFunctionToken(scan, to - 1, writesMaqsura) || hasNounPronounSuffix(scan, to - 1) || prepositionWithArticle(scan, to - 1) || (to - from >= 3 && isPresentVerbShape(scan, to - 1, ctx) && !endsPhrase(scan, to)) || (to - from >= 2 && isDeclinedAfterName(scan, to - 1)))) to--;
  // A piece that is a token another mention took, or a place after a preposition ("لافروف بموسكو"), is no name.
  if (to - from === 1 && (scan.claimed[from] !== 0 || placeAfterPreposition(scan, from, ctx))) return null;
  // A lineage "X بن Y" goes on only with another particle or a definite family name (بن حمد آل ثاني، بن علي
  // الهاشمي): "محمد بن زايد دعوة" ends at زايد.
  while (to - from >= 3 && LINEAGE_PARTICLES.has(wordAt(scan, to - 3).key) && !NAME_PARTICLES.has(wordAt(scan, to - 2).key)) {
    const last = wordAt(scan, to - 1).key;
    // After a father's name written with the article (بن الحسن), a definite word is the verb's object ("الوفد").
    if (NAME_PARTICLES.has(last) || (last.startsWith('ال') && !wordAt(scan, to - 2).key.startsWith('ال'))) break;
    to--;
  }
  if (to === from) return null;
  // "أحمد أبو" + الغيط, "جيروم" + باول: a name the recogniser cut after a particle or a lone given name goes on.
  const count = scan.ids.length;
  while (to < count && nameWordsIn(scan, from, to) < MODEL_PERSON_MAX_WORDS && scan.gap[to] === 0 && scan.claimed[to] === 0) {
    const last = wordAt(scan, to - 1).key;
    const next = wordAt(scan, to);
    const afterParticle = NAME_PARTICLES.has(last);
    // Not over a word that starts a name of its own or a phrase ("بغاز سام بإحدى مدن": a preposition before a hamza
    // seat), which splits a span of the recogniser too.
    const afterGivenName = to - from === 1 && ctx.givenNames.has(last) && isNameWord(scan, to) && !startsGluedName(scan, to, ctx);
    // "لعبد المجيد" + تبون: عبد with a definite word is one given name (عبد العزيز، عبد الفتاح), never a whole name.
    // Not over a definite word: a family name (الدبيبة) and a noun (عبد المجيد الوفد) cannot be told apart here.
    const afterCompoundGivenName =
      to - from === 2 && isAbdCompound(wordAt(scan, from), last) && isNameWord(scan, to) && !isOrdinaryWord(next.key, ctx.seen) && !startsGluedName(scan, to, ctx);
    // "ولد الشيخ" + الغزواني: a definite family name after a lineage's father, as the lineage rule above keeps one.
    // Only where the father's name is a title's word or a given name written without the article (الشيخ): after a
    // definite one ("ولد الغزواني السفراء", "بن الحسن الوفد") the next definite word is the verb's object.
    const afterLineage =
      to - from >= 3 && LINEAGE_PARTICLES.has(wordAt(scan, to - 2).key) && next.key.startsWith('ال') && !NAME_PARTICLES.has(last) && (wordAt(scan, to - 1).titleTrigger || (ctx.givenNames.has(last) && !last.startsWith('ال')));
    // "عبدالله الثاني" + ابن الحسين: a ruler's ordinal, then his lineage (the recogniser splits the two).
    const afterRegnalOrdinal = REGNAL_ORDINALS.has(last) && LINEAGE_PARTICLES.has(next.key);
    // "يوسف شريف" + رزق الله: a family name of two words ending in الله or الدين, where the name's phrase ends after it.
    if (!afterParticle && compoundFamilyNameAt(scan, to, from) && nameWordsIn(scan, from, to) < MODEL_PERSON_MAX_WORDS) {
      to += 2;
      break;
    }
    // "أحمد إبراهيم" + مفضل: a name that ends in a father's given name goes on over one more name word when that word
    // ends the phrase (punctuation or the text's end after it): a verb after a name goes on with its object. Without a
    // title before the name, not over a word with a noun's or an adverb's ending (ة, folded to ه; ـا): "وسجل محمد صلاح
    // ثنائية.", "وغادر أحمد إبراهيم مبكرا.".
    const afterFathersName =
      (titled || titleBefore(scan, from) || !/[ها]$/.test(next.key)) && to - from >= 2 && nameWordsIn(scan, from, to) < MODEL_PERSON_MAX_WORDS - 1 && ctx.givenNames.has(last) && !AMBIGUOUS_FIRST_NAMES.has(last) &&
      isNameWord(scan, to) && !isOrdinaryWord(next.key, ctx.seen) && !startsGluedName(scan, to, ctx) && endsPhrase(scan, to + 1);
    // "بن عبدالله آل" + الشيخ: after آل comes the family's name, even one that is a title's word (آل الشيخ).
    const familyTitleWord = last === FAMILY_PARTICLE && next.titleTrigger && !next.reportingVerb;
    if (!(afterParticle || afterGivenName || afterCompoundGivenName || afterLineage || afterFathersName || afterRegnalOrdinal) || next.numeric || (next.delimiter && !familyTitleWord) || !ARABIC_WORD.test(next.key) || prepositionWithArticle(scan, to) || isDeclinedAfterName(scan, to)) break;
    to++;
  }
  if (nameWordsIn(scan, from, to) > MODEL_PERSON_MAX_WORDS) return null;
  for (let k = from; k < to; k++) if (isFunctionToken(scan, k, writesMaqsura) || hasNounPronounSuffix(scan, k) || wordAt(scan, k).numeric) return null;
  const prefix = nameProclitic(scan, from, ctx, spanEnds, to - from >= 2);
  return prefix < 0 ? null : modelName(scan, from, to, prefix);
}

/**
 * A person span of one word and a place the gazetteer took, written without a preposition ("دينامو كييف", "سبارتاك
 * موسكو"): a team or a body named after its city, not a person. With a preposition the place is where the person is
 * ("لافروف بموسكو"); a place that opens the span may be a first name ("إسرائيل كاتس", "صوفيا لورين"); two words or
 * more before the place are a name with the city its verb's object ("ووصل يان كوبيتش بغداد", review). A known
 * person's lone surname before a city object ("وصل ماكرون بكين") is still found in pass 3, as a surname.
 */
function endsWithBarePlace(scan: DocScan, span: ModelSpan): boolean {
  const claimant = scan.claimed[span.to - 1] as number;
  if (claimant === 0) return false;
  let placeFrom = span.to - 1;
  while (placeFrom > span.from && scan.claimed[placeFrom - 1] === claimant) placeFrom--;
  const mention = scan.mentions[claimant - 1] as Mention;
  return placeFrom === span.from + 1 && mention.entity.startsWith('place:') && mention.start === scan.start[placeFrom];
}

/** True when a model person span covers a token of the rule name n. */
export function overlapsModelPerson(scan: DocScan, n: NameCandidate): boolean {
  return scan.modelSpans.some((span) => span.type === 'PERS' && span.from < n.to && n.from < span.to);
}

/**
 * Whether the surname of a name the recogniser gave stands for the person alone elsewhere (pass 3). Yes where the
 * recogniser tagged the word alone somewhere in the collection (السيسي); else only after a known given name and
 * without the article: a word with the article (الأسد، الثاني) is also a noun or an ordinal, and a name the
 * recogniser made of unknown words may be a phrase (its second word would then be found all over the collection).
 */
export function propagatesAlone(n: NameCandidate, ctx: ModelContext): boolean {
  if (ctx.singles.has(n.surname)) return true;
  const last = n.surname.slice(n.surname.lastIndexOf(' ') + 1);
  return ctx.givenNames.has(n.first) && !(last.startsWith('ال') && last.length > 3);
}

/** The last words of news outlets' names (للأنباء، نيوز، برس: the cleaner's byline words), never of a person's. */
const OUTLET_NAME_ENDS = new Set(OUTLET_TAIL_WORDS.map(matchKey));

/**
 * A model person name is accepted unless it is an ordinary word: one word must not be a given name alone (ينس is
 * nobody in particular), nor a word the collection declines like a noun (isCommonWord); a longer name not opened by a
 * given name must not contain such a word either ("يريطانيا دعوة").
 */
export function acceptModelName(n: NameCandidate, ctx: ModelContext): boolean {
  // "سكاي نيوز", "فرانس برس": an outlet's name ends like one.
  if (OUTLET_NAME_ENDS.has(n.surname.slice(n.surname.lastIndexOf(' ') + 1))) return false;
  // "حرم جلالة السلطان" ("His Majesty's wife"): an honorific is never a name's word; "شباب بلوزداد" is a club.
  if (NEVER_NAME_HONORIFICS.has(n.first) || n.surname.split(' ').some((w) => NEVER_NAME_HONORIFICS.has(w)) || CLUB_HEADS.has(n.first)) return false;
  if (n.single) {
    const word = n.surname;
    const v = ctx.votes.get(word);
    // "أريزونا" once a person, elsewhere a place: a word alone is a person when the collection mostly says so.
    const person = v === undefined || (v[VOTE_INDEX.PERS] as number) > (v[VOTE_INDEX.LOC] as number) + (v[VOTE_INDEX.ORG] as number);
    return person && word.length >= 3 && ARABIC_WORD.test(word) && !ctx.givenNames.has(word) && !TITLE_TRIGGERS.has(word) && !isOrdinaryWord(word, ctx.seen) && !isRolePlural(word);
  }
  if (ctx.givenNames.has(n.first)) return true;
  const words = `${n.first} ${n.surname}`.split(' ').filter((w) => !NAME_PARTICLES.has(w) && !COMPOUND_NAME_TAILS.has(w));
  // "بأسلوب روتيني" ("in a routine manner"): a collection that never writes الأسلوب or الروتيني gives no evidence,
  // but the recogniser learned روتيني as a word outside names.
  return !words.some((w) => isOrdinaryWord(w, ctx.seen) || learnedOutsideNames(w, ctx));
}

/**
 * The margin by which the recogniser's own weights for a word must favour O over an entity type
 * (NerModel.outsideMargin) to count as evidence. Measured on the committed model for persons: of 19,988 random strings
 * of 4–7 Arabic letters that are no word of ANERcorp, none reaches it (2 reach 0.5); of the 22,836 words ANERcorp has
 * only outside entities, 1,316 do (شكر 2.4, روتيني 2.1), and of its 1,867 words ever in a person's name, 25, 20 of
 * them mostly outside names there too (بان، باسم، يوليو; أبو, a particle the callers set apart, is among the others).
 */
const OUTSIDE_MARGIN = 1;

/** A role's noun in the sound plural ("أوضح ناشطون", "معلمات"): people in general, nobody's name. */
function isRolePlural(word: string): boolean {
  const stem = /(?:ون|ين)$/.test(word) ? word.slice(0, -2) : word.endsWith('ات') ? `${word.slice(0, -2)}ه` : null;
  return stem !== null && stem.length >= 3 && ROLE_NOUNS.has(`ال${stem}`);
}

/** A word the recogniser learned in training as a word outside entities of this type (NerModel.outsideMargin). */
const learnedOutside = (word: string, type: ModelSpan['type'], ctx: ModelContext): boolean => ctx.model.outsideMargin(word, type) >= OUTSIDE_MARGIN;

/** A word the recogniser learned outside persons' names (شكر, روتيني). */
export const learnedOutsideNames = (word: string, ctx: ModelContext): boolean => learnedOutside(word, 'PERS', ctx);

/**
 * The proclitic in front of a place or organization: an organization head (لمنظمة، بوزارة) or a stem the collection
 * writes alone, a hamza seat after one letter, a و opening a list item; otherwise the word as written.
 */
function placeProclitic(scan: DocScan, k: number, ctx: ModelContext, spanEnds: Uint8Array): number {
  const word = wordAt(scan, k);
  if (word.orgHead) return word.orgHead.prefix;
  return peeledProclitic(scan, k, spanEnds, (stem) => ctx.seen.has(stem) || PHRASES.has(stem)) ?? 0;
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
    // One word is the weakest evidence: the recogniser must give it this type at least twice over the collection
    // (once is enough right after a place noun: "مدينة دنيبرو") and never a person ("ستولتنبرغ" once LOC, often
    // PERS), and it must not be a definite noun (البولونيوم), a nisba (الروسي) or an ordinary word.
    const v = ctx.votes.get(head);
    const own = v ? (v[VOTE_INDEX[span.type]] as number) : 0;
    const afterPlaceNoun = span.type === 'LOC' && from > 0 && wordAt(scan, from - 1).stems.some((s) => PLACE_HEADS.has(s.stem));
    if (own < (afterPlaceNoun ? 1 : 2) || (v?.[VOTE_INDEX.PERS] ?? 0) > 0 || head.length < 3 || head.startsWith('ال') || isOrdinaryWord(head, ctx.seen)) return;
  }
  // "المنظمة لوسائل", "لشبه الجزيرة": a later word with a preposition before an ordinary word makes a phrase.
  for (let k = from + 1; k < to; k++) {
    for (const s of wordAt(scan, k).stems) {
      if (s.prefix > 0 && s.stem.length >= 3 && (ctx.seen.has(s.stem) || ctx.seen.has(`ال${s.stem}`))) return;
    }
  }
  if (prefix === 0 && from + 1 < to && wordAt(scan, from).stems.some((s) => s.prefix > 0 && s.stem.length >= 3 && ctx.seen.has(`ال${s.stem}`))) return;
  claim(scan, from, to, prefix, modelEntityId(span.type, words));
}

/**
 * The id of a place or organization the recogniser found: the gazetteer's when its words are a gazetteer name (a
 * one-word place also in another spelling of the same skeleton), else `place:`/`org:` with the words' vowel
 * skeletons, so that outlets' spellings of one name are one entity (سالزبري، سالزبوري، سولزبيري; أسوشيتد برس،
 * أسوشييتد برس).
 */
function modelEntityId(type: ModelSpan['type'], words: string[]): string {
  const head = words[0] as string;
  const joined = words.join(' ');
  const known = PHRASES.get(head)?.find((p) => p.words.join(' ') === joined);
  if (known) return known.id;
  const skeletons = words.map(vowelSkeleton);
  // Only a long skeleton names the gazetteer's place in another spelling: أوروبا and أروبا (Aruba) share a short one.
  if (type === 'LOC' && words.length === 1 && (skeletons[0] as string).length >= MIN_GAZETTEER_SKELETON) {
    const gazetteer = gazetteerPlaceSkeletons().get(skeletons[0] as string);
    if (gazetteer) return gazetteer;
  }
  return `${type === 'LOC' ? 'place' : 'org'}:${skeletons.join('-')}`;
}

/** What separates the items of a list of names: a comma or a dash. */
const LIST_SEPARATORS = new Set(['،', ',', '–', '—', '-']);
/** Most words of a name in a list (a compound given name, a father's name, a family name). */
const LIST_ITEM_MAX_WORDS = 4;

/** A comma or a dash between tokens k − 1 and k. */
function listSeparatorAt(scan: DocScan, k: number): boolean {
  if (k <= 0 || k >= scan.ids.length || scan.gap[k] !== 1) return false;
  for (let c = (scan.start[k] as number) - 1; c >= (scan.end[k - 1] as number); c--) if (LIST_SEPARATORS.has(scan.text[c] as string)) return true;
  return false;
}

/**
 * The name a list item starting at token k is, when it is one: a given name of the lexicon (as written, or after the
 * و that joins a list's last item), "عبد" with a definite word counted as one, then one or two name words or a
 * definite family name, ending where the item ends (punctuation, a line's end, or the next item's و + given name).
 */
function listItemAt(scan: DocScan, k: number, ctx: ModelContext, taken: Uint8Array, writesMaqsura: boolean): NameCandidate | null {
  const count = scan.ids.length;
  if (k >= count || taken[k] || scan.claimed[k] !== 0) return null;
  const word = wordAt(scan, k);
  if (isFunctionToken(scan, k, writesMaqsura)) return null;
  // Nor a role's or a title's noun without its article (نجم الهلال "Al-Hilal's star", مدرب).
  const given = (stem: string) => isPlainGivenName(stem, ctx) && !ROLE_NOUNS.has(`ال${stem}`) && !TITLE_TRIGGERS.has(`ال${stem}`);
  let prefix = -1;
  // A given name that is also a title (أمين، أمير) opens an item unless a title's complement follows it.
  // Not one written with و first (وجه "directed", a verb the lexicon lists as a name): read as و + a given name or not at all.
  if (given(word.key) && word.key[0] !== 'و' && (!word.titleTrigger || (k + 1 < count && !isTitleFiller(scan, k + 1)))) prefix = 0;
  else if (scan.gap[k] === 0) {
    const joined = word.stems.find((s) => s.prefix === 1 && word.key[0] === 'و' && given(s.stem));
    if (joined) prefix = 1;
  }
  if (prefix < 0) return null;
  let to = k + 1;
  if (word.stems.some((s) => s.stem === 'عبد') && to < count && scan.gap[to] === 0 && wordAt(scan, to).key.startsWith('ال')) to++;
  const nameFrom = to;
  while (to < count && to - k < LIST_ITEM_MAX_WORDS && scan.gap[to] === 0 && !taken[to] && scan.claimed[to] === 0) {
    const next = wordAt(scan, to);
    if (next.titleTrigger || next.numeric || isFunctionToken(scan, to, writesMaqsura) || hasNounPronounSuffix(scan, to)) break;
    if (next.key[0] === 'و' && next.stems.some((s) => s.prefix === 1 && given(s.stem))) break;
    if (isPresentVerbShape(scan, to, ctx)) break;
    if (isDefiniteFamilyName(scan, to)) {
      to++;
      break;
    }
    if (!isNameWord(scan, to) || isOrdinaryWord(next.key, ctx.seen)) return null;
    to++;
  }
  if (to === nameFrom) return null;
  // The item ends here: punctuation, the end, or the next item's conjunction and given name.
  const ends =
    to === count || scan.gap[to] !== 0 || isPresentVerbShape(scan, to, ctx) || (wordAt(scan, to).key[0] === 'و' && wordAt(scan, to).stems.some((s) => s.prefix === 1 && given(s.stem)));
  return ends ? modelName(scan, k, to, prefix) : null;
}

/** Most words of a list item that names a person after what the person is ("الطاقة والمياه جو الصدي"). */
const LIST_ITEM_MAX_TOKENS = 10;

/** Where the list item starting at token k ends: the next punctuation or line's end; null past LIST_ITEM_MAX_TOKENS. */
function itemEnd(scan: DocScan, k: number): number | null {
  let end = k + 1;
  while (end < scan.ids.length && scan.gap[end] === 0) end++;
  return end - k <= LIST_ITEM_MAX_TOKENS ? end : null;
}

/**
 * The name that ends the list item [k, end) after the words saying what the person is, a ministry or a post
 * ("وزراء: المالية ياسين جابر، الطاقة والمياه جو الصدي، السياحة لورا الخازن لحود"): the earliest given name from which
 * listItemAt reads a name to the item's end.
 */
function nameEndingItem(scan: DocScan, k: number, ctx: ModelContext, taken: Uint8Array, writesMaqsura: boolean): NameCandidate | null {
  const end = itemEnd(scan, k);
  for (let s = k + 1; end !== null && s < end - 1; s++) {
    // What the person is has no function word and no place's noun: "ووفد من مدينة جميلة الساحلية" names a town;
    // "مستشفى رفيق الحريري" a thing named after a person.
    if (isFunctionToken(scan, s - 1, writesMaqsura) || wordAt(scan, s - 1).stems.some((st) => PLACE_HEADS.has(st.stem)) || namesAThing(scan, s)) return null;
    const name = listItemAt(scan, s, ctx, taken, writesMaqsura);
    if (name) return name.to === end ? name : null;
  }
  return null;
}

/**
 * Names in a list beside a person the recogniser or the rules found ("أمين بخاري، عبدالله الشنقيطي، علي لاجامي",
 * "كريم قاسم ومحمد يسري"): the items next to a name, across a comma, a dash or a joining و, are names too when each is
 * a given name and a family name ending at the item's end (listItemAt). Found items are neighbours in turn.
 */
function addListNeighbours(scan: DocScan, ctx: ModelContext, personal: Uint8Array, writesMaqsura: boolean): void {
  // Names of two words or more are the anchors; a lone word (الحسن of "علي الحسن") may be part of an item.
  const anchors = [...scan.modelNames, ...scan.names].filter((n) => !n.single);
  const taken = new Uint8Array(personal.length);
  for (const n of anchors) for (let t = n.from; t < n.to; t++) taken[t] = 1;
  const queue: Array<{ from: number; to: number }> = anchors.map((n) => ({ from: n.from, to: n.to }));
  const found: NameCandidate[] = [];
  const take = (name: NameCandidate) => {
    found.push(name);
    for (let t = name.from; t < name.to; t++) personal[t] = taken[t] = 1;
    queue.push(name);
  };
  while (queue.length > 0) {
    const { from, to } = queue.pop()!;
    if (listSeparatorAt(scan, to) || (to < scan.ids.length && scan.gap[to] === 0 && wordAt(scan, to).key[0] === 'و')) {
      const next = listItemAt(scan, to, ctx, taken, writesMaqsura) ?? (listSeparatorAt(scan, to) ? nameEndingItem(scan, to, ctx, taken, writesMaqsura) : null);
      if (next) take(next);
    }
    if (listSeparatorAt(scan, from)) {
      // The item before: it starts after punctuation (a colon, a quote, another separator) and ends at this name.
      for (let start = from - 2; start >= Math.max(0, from - LIST_ITEM_MAX_WORDS); start--) {
        if (scan.gap[start] === 0) continue;
        const before = listItemAt(scan, start, ctx, taken, writesMaqsura);
        if (before && before.to === from) take(before);
        break;
      }
    }
  }
  if (found.length === 0) return;
  // The recogniser's lone words inside an item give way to it (once, not per item: a list may hold hundreds of names).
  const inItem = new Uint8Array(personal.length);
  for (const name of found) for (let t = name.from; t < name.to; t++) inItem[t] = 1;
  scan.modelNames = scan.modelNames.filter((n) => !(n.single && inItem[n.from] === 1));
  for (const name of found) scan.modelNames.push(name);
}

/** Where, inside a model name, the recogniser's first pass opens a person of its own: a token index and its given name. */
export interface InnerOpening {
  at: number;
  first: string;
}

/**
 * A model name of three words or more whose second word is a given name where the recogniser's first pass, reading
 * the sentence alone, opens a person's name of its own, with the surname after it: "الرئيس ترامب فلاديمير بوتين"
 * (a و missing between two persons) is one span of the second pass, which has ترامب as a person elsewhere in the
 * document, but the first pass has ترامب/O فلاديمير/B-PERS بوتين/I-PERS. Whether that is two names is the collection's
 * to say (EntityCollection.twoNames); here only the recogniser's part, run on the name's line for the few names that
 * have the shape.
 */
export function innerOpening(scan: DocScan, n: NameCandidate, ctx: ModelContext): InnerOpening | null {
  const at = n.from + 1;
  if (n.single || n.to - n.from < 3 || n.father !== undefined) return null;
  const first = wordAt(scan, at).key;
  if (!ctx.givenNames.has(first) || NAME_PARTICLES.has(first) || n.surname.split(' ').length > n.to - at - 1) return null;
  const start = scan.start[at] as number;
  const lineFrom = scan.text.lastIndexOf('\n', start) + 1;
  const lineEnd = scan.text.indexOf('\n', start);
  const line = scan.text.slice(lineFrom, lineEnd < 0 ? scan.text.length : lineEnd);
  const opens = ctx.model.firstPassSpans(line).some((s) => s.type === 'PERS' && s.start + lineFrom === start);
  return opens ? { at, first } : null;
}

/** Two place spans of the recogniser with only white space between them. */
const sideBySidePlaces = (scan: DocScan, span: ModelSpan, next: ModelSpan): boolean =>
  span.type === 'LOC' && next.type === 'LOC' && next.from === span.to && scan.gap[next.from] === 0;

/**
 * Place span `next` goes on the place span right before it ("سان | بطرسبورغ", "سانت | بطرسبرغ"): the recogniser sometimes
 * opens a second place (B-LOC B-LOC) inside one name of two words. In ANERcorp's gold, of 297 pairs of places side by
 * side, 251 are joined by و and 20 have a preposition on the second word (بمصر); of the 26 with neither, the 10 where
 * the gazetteer knows one of the two are never one name (لندن | دبي، واشنطن | دمشق, a name and its Latin spelling),
 * and 12 of the other 16 are one name cut in two (المحيط | الهادي، خان | يونس، كوت | ديفوار). So the caller joins a
 * run of places side by side only where the gazetteer and the patterns took none of its tokens ("سالزبري | جنوبي |
 * انجلترا": a city, "south of", a country), and only across a second word without a proclitic (placeProclitic: a
 * conjunction opening a list item, a preposition with its evidence) and words at the junction that name a place's
 * part (namesPartOfPlace). Places only: of the 14 such pairs of organizations in the gold, 10 are lists or a name and
 * its gloss (الجمعية العامة | مجلس الأمن), and joining them too changed nothing on eval:ner, the corpus or the news
 * table; persons side by side are lists.
 */
function continuesPlace(scan: DocScan, next: ModelSpan, ctx: ModelContext, spanEnds: Uint8Array): boolean {
  return placeProclitic(scan, next.from, ctx, spanEnds) === 0 && namesPartOfPlace(wordAt(scan, next.from - 1), ctx) && namesPartOfPlace(wordAt(scan, next.from), ctx);
}

/**
 * A word at the junction of two place spans: not an ordinary word of the collection, nor, in any reading, one the
 * recogniser learned outside places (بولاية: ANERcorp has ولاية 13 times outside a place, once in one).
 */
const namesPartOfPlace = (word: Word, ctx: ModelContext): boolean => !isOrdinaryWord(word.key, ctx.seen) && !word.stems.some((s) => learnedOutside(s.stem, 'LOC', ctx));

/**
 * Pass 1b, once the collection's words are known: the document's model spans become place and organization mentions
 * (where neither the gazetteer, the patterns nor a person name took the tokens) and person name candidates.
 */
export function applyModelSpans(scan: DocScan, ctx: ModelContext): void {
  const count = scan.ids.length;
  const writesMaqsura = writesAlifMaqsura(scan.text);
  const spanEnds = new Uint8Array(count);
  const personal = new Uint8Array(count);
  for (const span of scan.modelSpans) spanEnds[span.to - 1] = 1;
  for (const n of scan.names) for (let k = n.from; k < n.to; k++) personal[k] = 1;
  for (const span of scan.modelSpans) {
    if (span.type !== 'PERS' || span.digits || endsWithBarePlace(scan, span)) continue;
    let from = span.from;
    for (let k = span.from + 1; k <= span.to; k++) {
      // A token the gazetteer or a pattern took (سيرغي لافروف بموسكو) ends a piece, as a glued name starts one.
      if (k < span.to && scan.claimed[k] === 0 && scan.claimed[k - 1] === 0 && !startsGluedName(scan, k, ctx)) continue;
      const name = modelPerson(scan, from, k, ctx, spanEnds, writesMaqsura);
      if (name) {
        scan.modelNames.push(name);
        for (let t = name.from; t < name.to; t++) personal[t] = 1;
      }
      from = k;
    }
  }
  addListNeighbours(scan, ctx, personal, writesMaqsura);
  const spans = scan.modelSpans;
  for (let s = 0; s < spans.length; s++) {
    let span = spans[s] as ModelSpan;
    if (span.type === 'PERS') continue;
    // A run of places side by side is joined from its first span, and only where the gazetteer and the patterns took
    // none of its tokens ("باريس | سان | جيرمان" is refused whole, not joined from سان on).
    if (s === 0 || !sideBySidePlaces(scan, spans[s - 1] as ModelSpan, span)) {
      let run = s;
      while (run + 1 < spans.length && sideBySidePlaces(scan, spans[run] as ModelSpan, spans[run + 1] as ModelSpan)) run++;
      if (run > s && isUnclaimed(scan, span.from, (spans[run] as ModelSpan).to)) {
        while (s < run && continuesPlace(scan, spans[s + 1] as ModelSpan, ctx, spanEnds)) {
          const next = spans[++s] as ModelSpan;
          span = { type: 'LOC', from: span.from, to: next.to, digits: span.digits || next.digits };
        }
      }
    }
    let free = true;
    for (let k = span.from; free && k < span.to; k++) free = personal[k] === 0;
    if (free) claimModelPlace(scan, span, ctx, spanEnds, writesMaqsura);
  }
}
