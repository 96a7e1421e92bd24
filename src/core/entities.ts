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
import { matchKey } from './normalize.ts';
import { gazetteerEntries, ORG_PATTERN_HEADS, ORG_PATTERN_MAX_WORDS } from './entities/gazetteer.ts';
import {
  AMBIGUOUS_FIRST_NAMES,
  COMPOUND_NAME_TAILS,
  FIRST_NAMES,
  NAME_PARTICLES,
  REPORTING_VERBS,
  STOPWORDS,
  TITLE_COMPLEMENTS,
  TITLE_TRIGGERS,
} from './entities/lexicon.ts';
import { isDefinite, skeletonKey, stemsOf, type Stem } from './entities/skeleton.ts';
import { tokenize, type Token } from './entities/tokens.ts';

export interface EntityDocument {
  id: string;
  text: string;
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

// ---------------------------------------------------------------------------------------------------------
// Pass 1: scanning one document.

interface Span {
  entity: string;
  start: number;
  end: number;
  surface: string;
}

interface NameCandidate {
  /** Token indices [from, to). */
  from: number;
  to: number;
  prefix: number;
  first: string;
  surname: string;
  support: 'title' | 'lexicon';
  delimited: boolean;
}

interface DocScan {
  id: string;
  text: string;
  tokens: Token[];
  offsets: Int32Array;
  stems: Stem[][];
  /** Entity id per token already claimed by a place/organization/person mention. */
  claimed: (string | null)[];
  spans: Span[];
  names: NameCandidate[];
  /** Tokens right after a title or a reporting verb that may be a surname on its own. */
  afterCue: Set<number>;
}

const hasStemIn = (stems: Stem[], set: Set<string>): boolean => stems.some((s) => set.has(s.stem));

function matchPhraseAt(scan: DocScan, i: number): { to: number; phrase: Phrase; prefix: number } | null {
  const { tokens } = scan;
  let best: { to: number; phrase: Phrase; prefix: number } | null = null;
  for (const stem of scan.stems[i] as Stem[]) {
    for (const phrase of PHRASES.get(stem.stem) ?? []) {
      const n = phrase.words.length;
      if (best && best.to - i >= n) break;
      let ok = i + n <= tokens.length;
      for (let k = 1; ok && k < n; k++) {
        const t = tokens[i + k] as Token;
        ok = t.gap < 2 && t.key === phrase.words[k];
      }
      if (ok) best = { to: i + n, phrase, prefix: stem.prefix };
    }
  }
  if (best && best.to - i === 1 && AMBIGUOUS_PLACE_WORDS.has(best.phrase.words[0] as string)) {
    const prev = scan.tokens[i - 1];
    const locative = best.prefix > 0 || (prev !== undefined && (scan.tokens[i] as Token).gap === 0 && LOCATIVE_WORDS.has(prev.key));
    if (!locative) return null;
  }
  return best;
}

function spanOf(scan: DocScan, from: number, to: number, prefix: number, entity: string): Span {
  const first = scan.tokens[from] as Token;
  const start = scan.offsets[first.keyStart + prefix] as number;
  const end = (scan.tokens[to - 1] as Token).end;
  const written = scan.text.slice(start, end).replace(/\s+/g, ' ');
  // After لل the span starts at the article's lam (للناتو → لناتو); the alias restores the article (الناتو).
  const elided = prefix > 0 && first.key.slice(prefix - 1, prefix + 1) === 'لل';
  return { entity, start, end, surface: elided ? `ا${written}` : written };
}

function claim(scan: DocScan, from: number, to: number, prefix: number, entity: string): void {
  for (let k = from; k < to; k++) scan.claimed[k] = entity;
  scan.spans.push(spanOf(scan, from, to, prefix, entity));
}

/** "وزارة الخارجية الروسية": an organization head followed by 1..ORG_PATTERN_MAX_WORDS words with the article. */
function matchOrgPattern(scan: DocScan, i: number): { to: number; prefix: number; head: string } | null {
  const head = (scan.stems[i] as Stem[]).find((s) => ORG_HEADS.has(s.stem));
  if (!head) return null;
  let to = i + 1;
  while (to < scan.tokens.length && to - i <= ORG_PATTERN_MAX_WORDS) {
    const t = scan.tokens[to] as Token;
    // Only words that begin with the article: one with a proclitic (للمرة، بالقول) starts a new phrase.
    // The article's alif is never written with hamza: "ألمانية" (German) folds to ال… but is indefinite.
    const article = t.key.startsWith('ال') && scan.text[t.start] !== 'أ' && scan.text[t.start] !== 'إ';
    if (t.gap !== 0 || scan.claimed[to] !== null || !article || t.key.length < 4) break;
    to++;
  }
  return to > i + 1 ? { to, prefix: head.prefix, head: head.stem } : null;
}

function isNameWord(scan: DocScan, k: number): boolean {
  const t = scan.tokens[k] as Token;
  if (t.numeric || t.key.length < 2 || scan.claimed[k] !== null) return false;
  if (STOPWORDS.has(t.key) || REPORTING_VERBS.has(t.key) || TITLE_TRIGGERS.has(t.key)) return false;
  if (t.key.startsWith('ال')) return COMPOUND_NAME_TAILS.has(t.key);
  // "سيرغي ويوليا": a conjunction before a first name starts a second person.
  if ((scan.stems[k] as Stem[]).some((s) => s.prefix > 0 && FIRST_NAMES.has(s.stem))) return false;
  return /^[\u0621-\u064a\u0671-\u06d3]+$/.test(t.key);
}

/** The end of a name is clear when punctuation, a function word, a cue word or another entity follows. */
function isDelimitedAt(scan: DocScan, k: number): boolean {
  const t = scan.tokens[k];
  if (t === undefined || t.gap > 0 || t.numeric || scan.claimed[k] !== null) return true;
  const stems = scan.stems[k] as Stem[];
  return hasStemIn(stems, STOPWORDS) || hasStemIn(stems, REPORTING_VERBS) || hasStemIn(stems, TITLE_TRIGGERS);
}

/**
 * A full name starting at token `from` (its first word possibly with a proclitic): two words, a third or fourth
 * only after a particle or middle first name ("فون دير لاين", "بن سلمان") or for a compound tail ("دخل الله").
 * The surname is the last word, with a compound tail or particles kept together with it.
 */
function readFullName(scan: DocScan, from: number, first: Stem, support: NameCandidate['support']): NameCandidate | null {
  const words = [first.stem];
  let to = from + 1;
  while (to < scan.tokens.length && words.length < FULL_NAME_MAX_WORDS) {
    const t = scan.tokens[to] as Token;
    if (t.gap !== 0 || !isNameWord(scan, to)) break;
    const last = words[words.length - 1] as string;
    const extends_ = words.length < 2 || NAME_PARTICLES.has(last) || FIRST_NAMES.has(last) || COMPOUND_NAME_TAILS.has(t.key);
    if (!extends_) break;
    words.push(t.key);
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
  for (let steps = 0; j < scan.tokens.length && steps < TITLE_SKIP_MAX_TOKENS; steps++) {
    const t = scan.tokens[j] as Token;
    if (t.gap === 2) return null;
    const claimed = scan.claimed[j];
    if (claimed !== null) {
      while (j < scan.tokens.length && scan.claimed[j] === claimed) j++;
      continue;
    }
    if (TITLE_COMPLEMENTS.has(t.key) || (isDefinite(t.key) && !COMPOUND_NAME_TAILS.has(t.key))) {
      j++;
      continue;
    }
    return isNameWord(scan, j) ? j : null;
  }
  return null;
}

function scanDocument(doc: EntityDocument): DocScan {
  const { tokens, offsets } = tokenize(doc.text);
  const scan: DocScan = {
    id: doc.id,
    text: doc.text,
    tokens,
    offsets,
    stems: tokens.map((t) => stemsOf(t.key)),
    claimed: tokens.map(() => null),
    spans: [],
    names: [],
    afterCue: new Set(),
  };
  for (let i = 0; i < tokens.length; ) {
    const match = matchPhraseAt(scan, i);
    if (match) {
      claim(scan, i, match.to, match.prefix, match.phrase.id);
      i = match.to;
    } else i++;
  }
  for (let i = 0; i < tokens.length; ) {
    const pattern = scan.claimed[i] === null ? matchOrgPattern(scan, i) : null;
    if (pattern) {
      const words = [pattern.head, ...tokens.slice(i + 1, pattern.to).map((t) => t.key)];
      claim(scan, i, pattern.to, pattern.prefix, `org:${words.join('-')}`);
      i = pattern.to;
    } else i++;
  }
  const startedAt = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (scan.claimed[i] !== null) continue;
    const stems = scan.stems[i] as Stem[];
    if (hasStemIn(stems, TITLE_TRIGGERS)) {
      const j = nameStartAfterTitle(scan, i);
      if (j === null) continue;
      scan.afterCue.add(j);
      const name = readFullName(scan, j, { prefix: 0, stem: (tokens[j] as Token).key }, 'title');
      if (name && !startedAt.has(j)) {
        scan.names.push(name);
        startedAt.add(j);
      }
    } else if (hasStemIn(stems, REPORTING_VERBS) && i + 1 < tokens.length && (tokens[i + 1] as Token).gap === 0) {
      scan.afterCue.add(i + 1);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (scan.claimed[i] !== null || startedAt.has(i)) continue;
    const first = (scan.stems[i] as Stem[]).find((s) => FIRST_NAMES.has(s.stem) && !AMBIGUOUS_FIRST_NAMES.has(s.stem));
    if (!first) continue;
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
  const firstIsWord = stemsOf(n.first).some((s) => isCommonWord(s.stem, ev.seen));
  return n.delimited && !firstIsWord && !ev.lexiconSurnames.has(n.first) && !ev.lexiconSurnames.has(n.surname);
}

// ---------------------------------------------------------------------------------------------------------
// Pass 3: mentions.

function resolveByDocument(candidates: Person[], docPersons: Map<string, number>, tokenIndex: number): Person | null {
  const inDoc = candidates.filter((p) => docPersons.has(p.id));
  if (inDoc.length > 0) {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of inDoc) {
      const at = docPersons.get(p.id) as number;
      const score = at <= tokenIndex ? at : -1 - at;
      if (best === null || score > bestAt) {
        best = p;
        bestAt = score;
      }
    }
    return best;
  }
  return null;
}

const byFrequency = (a: Person, b: Person): number => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function extractEntities(docs: EntityDocument[]): EntityExtraction {
  // Pass 1 keeps only what the collection needs (names, entity ids, the word set); pass 3 scans each document
  // again, so memory stays bounded by one document's tokens whatever the size of the collection.
  const stemSeen = new Set<string>();
  const fullNameCount = new Map<string, number>();
  const lexiconSurnames = new Set<string>();
  const summaries = docs.map((doc) => {
    const scan = scanDocument(doc);
    // Words as written, and article-bearing words after a proclitic (بالعمل → العمل): what isCommonWord probes.
    for (const stems of scan.stems) for (const s of stems) if (s.prefix === 0 || s.stem.startsWith('ال')) stemSeen.add(s.stem);
    for (const t of scan.tokens) {
      // Only a token that lost marks in folding can have carried tanwin.
      if (t.end - t.start > t.key.length && /[\u064b-\u064d]/.test(scan.text.slice(t.start, t.end))) stemSeen.add(`${TANWIN_MARK}${t.key}`);
    }
    for (const n of scan.names) {
      fullNameCount.set(fullKey(n), (fullNameCount.get(fullKey(n)) ?? 0) + 1);
      if (FIRST_NAMES.has(n.first)) lexiconSurnames.add(n.surname);
    }
    return { names: scan.names, entityIds: new Set(scan.spans.map((s) => s.entity)) };
  });
  const evidence: Evidence = { seen: stemSeen, fullNameCount, lexiconSurnames };
  const persons = new Map<string, Person>();
  for (const { names, entityIds } of summaries) {
    for (const n of names) {
      if (!acceptName(n, evidence)) continue;
      const { surnameSkeleton, firstSkeleton } = personKeys(n);
      const id = `person:${surnameSkeleton.replace(/ /g, '_')}-${firstSkeleton.replace(/ /g, '_')}`;
      const person = persons.get(id) ?? { id, surnameSkeleton, firstSkeleton, surnames: new Set(), count: 0, context: new Set() };
      person.surnames.add(n.surname);
      person.count++;
      for (const e of entityIds) person.context.add(e);
      persons.set(id, person);
    }
  }
  const bySurname = new Map<string, Person[]>();
  const bySurnameSkeleton = new Map<string, Person[]>();
  const byFirst = new Map<string, Person[]>();
  const push = (map: Map<string, Person[]>, key: string, p: Person) => map.set(key, [...(map.get(key) ?? []), p]);
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

  const mentions = new Map<string, Mention[]>();
  const surfaces = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    const scan = scanDocument(doc);
    const docPersons = new Map<string, number>();
    const docEntities = new Set(scan.spans.map((s) => s.entity));
    for (const n of scan.names) {
      if (!acceptName(n, evidence)) continue;
      if (scan.claimed.slice(n.from, n.to).some((c) => c !== null)) continue;
      const { surnameSkeleton, firstSkeleton } = personKeys(n);
      const id = `person:${surnameSkeleton.replace(/ /g, '_')}-${firstSkeleton.replace(/ /g, '_')}`;
      claim(scan, n.from, n.to, n.prefix, id);
      if (!docPersons.has(id)) docPersons.set(id, n.from);
    }
    let docWords: Set<string> | null = null;
    const inDocument = (word: string): boolean => {
      docWords ??= new Set(scan.stems.flatMap((stems) => stems.filter((s) => bySurname.has(s.stem)).map((s) => s.stem)));
      return docWords.has(word);
    };

    for (let i = 0; i < scan.tokens.length; i++) {
      if (scan.claimed[i] !== null) continue;
      const token = scan.tokens[i] as Token;
      const prev = scan.tokens[i - 1];
      const cue = scan.afterCue.has(i);
      let found: { person: Person; prefix: number; to: number } | null = null;
      for (const stem of scan.stems[i] as Stem[]) {
        const next = scan.tokens[i + 1];
        const two =
          next && next.gap === 0 && scan.claimed[i + 1] === null && compoundSurnameHeads.has(stem.stem) ? `${stem.stem} ${next.key}` : null;
        const key = two && bySurname.has(two) ? two : stem.stem;
        const candidates = bySurname.get(key);
        if (!candidates) continue;
        // A surname after a number is a date's month ("5 ماي"); a surname that is also a common noun needs a cue.
        if (prev?.numeric && token.gap === 0) break;
        if (stemSeen.has(`ال${key}`) && !cue) break;
        const person = resolveByDocument(candidates, docPersons, i) ?? (candidates[0] as Person);
        found = { person, prefix: stem.prefix, to: key === two ? i + 2 : i + 1 };
        break;
      }
      if (!found && !cue && isNameWord(scan, i)) {
        // Another spelling of a surname already named in this document ("ستولتنبرغ … ستولتنبرج"): a long
        // skeleton and the same document are enough context; short skeletons collide with words (بدون/بايدن).
        const skeleton = skeletonKey(token.key);
        const candidates = skeleton.length >= MIN_SKELETON_IN_DOCUMENT ? bySurnameSkeleton.get(skeleton) : undefined;
        const person = candidates ? resolveByDocument(candidates, docPersons, i) : null;
        if (person && !isCommonWord(token.key, stemSeen)) found = { person, prefix: 0, to: i + 1 };
      }
      if (!found && cue && isNameWord(scan, i)) {
        // A differently transliterated surname after a title or reporting verb ("الرئيس بوتن"): same skeleton,
        // and shared context (the person is mentioned here, or another entity of this document co-occurs with them).
        const skeleton = skeletonKey(token.key);
        const candidates = skeleton.length >= MIN_SKELETON_FOR_VARIANTS ? bySurnameSkeleton.get(skeleton) : undefined;
        if (candidates) {
          const person = resolveByDocument(candidates, docPersons, i) ?? candidates.find((p) => [...docEntities].some((e) => p.context.has(e)));
          if (person) found = { person, prefix: 0, to: i + 1 };
        }
      }
      if (!found) {
        // A first name alone ("وابنته يوليا"): one known person with that first name whose surname is in this document.
        const stem = (scan.stems[i] as Stem[]).find((s) => FIRST_NAMES.has(s.stem) && (!AMBIGUOUS_FIRST_NAMES.has(s.stem) || cue));
        const next = scan.tokens[i + 1];
        const standsAlone = next === undefined || next.gap > 0 || !isNameWord(scan, i + 1);
        if (stem && standsAlone) {
          const withSurnameHere = (byFirst.get(skeletonKey(stem.stem)) ?? []).filter(
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

    const list = scan.spans
      .map(({ entity, start, end }) => ({ entity, start, end }))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    mentions.set(scan.id, list);
    for (const span of scan.spans) {
      const counts = surfaces.get(span.entity) ?? new Map<string, number>();
      counts.set(span.surface, (counts.get(span.surface) ?? 0) + 1);
      surfaces.set(span.entity, counts);
    }
  }

  const entities: Entity[] = [...surfaces.entries()]
    .map(([id, counts]) => buildEntity(id, counts))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { entities, mentions };
}

/** The display name: the gazetteer's canonical name, else the surface with most words, then most frequent. */
function buildEntity(id: string, counts: Map<string, number>): Entity {
  const forms = [...counts.entries()].sort(
    ([a, ca], [b, cb]) => b.split(' ').length - a.split(' ').length || cb - ca || (a < b ? -1 : a > b ? 1 : 0),
  );
  const known = PHRASE_DISPLAY.get(id);
  const name = known?.name ?? (forms[0] as [string, number])[0];
  const type: EntityType = known?.type ?? (id.startsWith('person:') ? 'person' : id.startsWith('org:') ? 'organization' : 'place');
  const aliases = [...new Set([name, ...forms.map(([f]) => f)])].sort();
  return { id, type, name, aliases };
}
