/**
 * Pass 1 of entity extraction: scanning one document. Gazetteer places and organizations (longest match),
 * organization patterns, and person name candidates from title triggers, reporting verbs and the first-name lexicon.
 */
import type { Mention } from '../bundle-schema.ts';
import { matchKey, type NormalizedText } from '../normalize.ts';
import type { WordTable } from '../word-table.ts';
import { isWhiteSpace } from '../word-count.ts';
import { ORG_PATTERN_MAX_WORDS } from './gazetteer.ts';
import { COMPOUND_NAME_TAILS, FIRST_NAMES, HONORIFICS, NAME_PARTICLES, TITLE_COMPLEMENTS } from './lexicon.ts';
import { surnameStart, type NameCandidate } from './persons.ts';
import type { Phrase } from './phrases.ts';
import type { Stem } from './skeleton.ts';
import { runArrays, tokenize } from './tokens.ts';
import { ARABIC_WORD, type Word } from './words.ts';

/**
 * Country names that are also common words ("مالي" financial, "بنين" sons, "كوبا" a cup): they count as a place
 * only after a locative word or a proclitic preposition.
 */
const AMBIGUOUS_PLACE_WORDS = new Set(['مالي', 'بنين', 'كوبا', 'جيرسي', 'سارك', 'تشاد', 'غانا', 'توغو', 'نيوي'].map(matchKey));
const FULL_NAME_MAX_WORDS = 4;
const TITLE_SKIP_MAX_TOKENS = 7;

export interface DocScan {
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

export interface ModelSpan {
  type: 'PERS' | 'LOC' | 'ORG';
  from: number;
  to: number;
  /** The span's text has a digit ("31. الناتو", "66 عاما"): never a name. */
  digits: boolean;
}

/** The word of token k (which must exist). */
export const wordAt = (scan: DocScan, k: number): Word => scan.lexicon[scan.ids[k] as number] as Word;

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

/**
 * A place right after an organization's head is part of the organization's name ("جامعة القاهرة", "محكمة الخرطوم",
 * "لجنة القدس"): the place is left to the organization pattern below, which takes the head and its definite words.
 */
function namesAnOrganization(scan: DocScan, i: number, match: { to: number; phrase: Phrase; prefix: number }): boolean {
  if (i === 0 || match.prefix !== 0 || !match.phrase.id.startsWith('place:') || scan.gap[i] !== 0) return false;
  return wordAt(scan, i - 1).orgHead !== undefined && opensWithArticle(scan, i);
}

/**
 * The name starting at token k names a thing after a person: a noun such as مطار، جامع، جائزة stands right before it,
 * or before the title in front of it ("مطار الملكة علياء", "متحف محمد السادس"). See lexicon.ts NAMED_AFTER_HEADS.
 */
export function namesAThing(scan: DocScan, k: number): boolean {
  let j = k - 1;
  for (let titles = 0; j >= 0 && titles < 2 && scan.gap[j + 1] === 0 && wordAt(scan, j).titleTrigger; titles++) j--;
  return j >= 0 && scan.gap[j + 1] === 0 && wordAt(scan, j).namedAfterHead && !endsWithPronounHa(scan, j);
}

/**
 * Token k is written with a final ه where its folded form could be ة (مكتبه "his office", مؤسسه "its founder", منحه
 * "granted him"): a noun or verb with a pronoun, not the noun with ة (مكتبة، مؤسسة، منحة) that names a thing.
 */
function endsWithPronounHa(scan: DocScan, k: number): boolean {
  const key = wordAt(scan, k).key;
  if (!key.endsWith('ه')) return false;
  for (let c = (scan.end[k] as number) - 1; c >= (scan.start[k] as number); c--) {
    const ch = scan.text[c] as string;
    if (matchKey(ch) !== '') return ch === 'ه';
  }
  return false;
}

/** Index in the original text of the character `count` folded code units after `from` (matchKey drops marks). */
export function advanceFolded(text: string, from: number, count: number): number {
  let at = from;
  for (let k = 0; k < count; k++) {
    at++;
    while (at < text.length && matchKey(text[at] as string) === '') at++;
  }
  return at;
}

/**
 * True when text[start, end) has white space other than lone spaces, which the surface collapses to one space, or a
 * hashtag's # or _ (tokens.ts), which it drops or reads as a space.
 */
function hasOddSpace(text: string, start: number, end: number): boolean {
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    if (code === 0x20) {
      if (c + 1 < end && text.charCodeAt(c + 1) === 0x20) return true;
    } else if (isWhiteSpace(code) || code === 0x23 || code === 0x5f) return true;
  }
  return false;
}

export function claim(scan: DocScan, from: number, to: number, prefix: number, entity: string): void {
  const claimant = scan.mentions.length + 1;
  for (let k = from; k < to; k++) scan.claimed[k] = claimant;
  const tokenStart = scan.start[from] as number;
  const start = prefix === 0 ? tokenStart : advanceFolded(scan.text, tokenStart, prefix);
  const end = scan.end[to - 1] as number;
  const slice = scan.text.slice(start, end);
  // Most spans have no white space to collapse: the regular expression runs only for those that do.
  const written = hasOddSpace(scan.text, start, end) ? slice.replace(/#/g, '').replace(/[\s_]+/g, ' ') : slice;
  // After لل the span starts at the article's lam (للناتو → لناتو); the alias restores the article (الناتو).
  const elided = prefix > 0 && wordAt(scan, from).key.slice(prefix - 1, prefix + 1) === 'لل';
  scan.mentions.push({ entity, start, end });
  scan.surfaces.push(elided ? `ا${written}` : written);
}

/** Token k is written with the article ال. Its alif never carries a hamza: "ألمانية" (German) folds to ال… but is indefinite. */
function opensWithArticle(scan: DocScan, k: number): boolean {
  const first = scan.text[scan.start[k] as number];
  return wordAt(scan, k).articleLike && first !== 'أ' && first !== 'إ';
}

/** "وزارة الخارجية الروسية": an organization head followed by 1..ORG_PATTERN_MAX_WORDS words with the article. */
function matchOrgPattern(scan: DocScan, i: number): { to: number; prefix: number; head: string } | null {
  const head = wordAt(scan, i).orgHead;
  if (!head) return null;
  let to = i + 1;
  while (to < scan.ids.length && to - i <= ORG_PATTERN_MAX_WORDS) {
    // Only words that begin with the article: one with a proclitic (للمرة، بالقول) starts a new phrase; a military rank
    // starts the name of the body's official ("وكيل وزارة الداخلية الفريق عصام النهام").
    if (scan.gap[to] !== 0 || scan.claimed[to] !== 0 || !opensWithArticle(scan, to) || isMilitaryRank(scan, to)) break;
    to++;
  }
  return to > i + 1 ? { to, prefix: head.prefix, head: head.stem } : null;
}

/** text[from, to) carries a tanwin mark (ً ٌ ٍ): a declined noun or adjective, never a name. */
export function hasTanwin(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) {
    const code = text.charCodeAt(c);
    if (code >= 0x064b && code <= 0x064d) return true;
  }
  return false;
}

/** True when no mention has claimed any of tokens [from, to). */
export function isUnclaimed(scan: DocScan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (scan.claimed[k] !== 0) return false;
  return true;
}

export function isNameWord(scan: DocScan, k: number): boolean {
  if (scan.claimed[k] !== 0) return false;
  const word = wordAt(scan, k);
  return word.nameWord || (word.nameWordWithHamza && writtenWithHamzaAl(scan, k));
}

/** Token k is written أل… or إل…: a foreign name (ألتمان، ألكسندر) or a word like إلهام, never the article. */
export function writtenWithHamzaAl(scan: DocScan, k: number): boolean {
  const at = scan.start[k] as number;
  const first = scan.text[at];
  return (first === 'أ' || first === 'إ') && scan.text[advanceFolded(scan.text, at, 1)] === 'ل';
}

/** Part of a title between the trigger and the name (words.ts titleFiller), unless written أل… (a name, not the article). */
export function isTitleFiller(scan: DocScan, k: number): boolean {
  const word = wordAt(scan, k);
  return word.titleFiller && !(word.nameWordWithHamza && writtenWithHamzaAl(scan, k));
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
  // After a title or a role, a given name opens a name whose family name may be definite ("العداءة المغربية نوال
  // المتوكل", "الطبيب محمد نمر قزعاط"): a given name goes on over a father's given name, and a definite word ends the
  // name only where it ends the phrase (punctuation, إن / التي … or the text's end after it): in "استقبل الأمير فيصل الوفد
  // الأمريكي" and "زار الملك سلمان المدينة المنورة" the definite word is the verb's object.
  const titledGivenName = support === 'title' && wordAt(scan, from).givenName;
  while (to < scan.ids.length && words.length < FULL_NAME_MAX_WORDS) {
    if (scan.gap[to] !== 0) break;
    const definite = titledGivenName && !isNameWord(scan, to) && isDefiniteFamilyName(scan, to) && endsPhrase(scan, to + 1, true);
    if (!isNameWord(scan, to) && !definite) break;
    const key = wordAt(scan, to).key;
    const last = words[words.length - 1] as string;
    const extends_ = words.length < 2 || NAME_PARTICLES.has(last) || FIRST_NAMES.has(last) || COMPOUND_NAME_TAILS.has(key) || (titledGivenName && wordAt(scan, to - 1).givenName);
    if (!extends_) break;
    words.push(key);
    to++;
    if (definite) break;
  }
  if (words.length < 2) return null;
  const surnameFrom = surnameStart(words);
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

/**
 * The phrase ends before token k: the text's end, punctuation, or (with `clause`) a word that opens a clause about the
 * name ("… المتوكل إن", "… المتوكل التي") or a second name joined by و ("… السناجل واسماعيل"); not a preposition,
 * which a verb's object takes too ("الوفد في القصر").
 */
export function endsPhrase(scan: DocScan, k: number, clause = false): boolean {
  return k >= scan.ids.length || scan.gap[k] !== 0 || (clause && (CLAUSE_OPENERS.has(wordAt(scan, k).key) || wordAt(scan, k).joinedGivenName));
}
const CLAUSE_OPENERS = new Set(['إن', 'أن', 'ان', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي'].map(matchKey));

/** Shortest definite family name (ال and three letters: الأسد). */
const MIN_DEFINITE_FAMILY_NAME = 5;

/**
 * Token k could be a definite family name: a word with the article, not a function, calendar or title word, nor taken
 * by a place or an organization of the gazetteer or the patterns.
 */
export function isDefiniteFamilyName(scan: DocScan, k: number): boolean {
  const word = wordAt(scan, k);
  return scan.claimed[k] === 0 && word.key.startsWith('ال') && word.key.length >= MIN_DEFINITE_FAMILY_NAME && ARABIC_WORD.test(word.key) && !word.delimiter && !word.roleCue && !word.namedAfterHead && !word.orgHead && !HONORIFICS.has(word.key) && !TITLE_COMPLEMENTS.has(word.key);
}

/**
 * Token i is الفريق as a military rank (lieutenant general) rather than "the team": before أول / ركن ("الفريق أول",
 * "الفريق ركن") or right before a given name. It ends an organization's name; it introduces no name of its own
 * ("الفريق سعيد بالتأهل" is "the team is happy …").
 */
function isMilitaryRank(scan: DocScan, i: number): boolean {
  if (wordAt(scan, i).key !== RANK || i + 1 >= scan.ids.length || scan.gap[i + 1] !== 0) return false;
  const next = wordAt(scan, i + 1);
  return RANK_GRADES.has(next.key) || next.givenName;
}
const RANK = matchKey('الفريق');
const RANK_GRADES = new Set(['أول', 'ركن'].map(matchKey));

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
    if (isTitleFiller(scan, j)) {
      j++;
      continue;
    }
    return isNameWord(scan, j) ? j : null;
  }
  return null;
}

/** Pass 1 over one document (an EntityDocument, see entities.ts): its tokens, places, organizations and names. */
export function scanDocument(doc: { id: string; text: string; normalized?: NormalizedText }, table: WordTable<Word>): DocScan {
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
    if (match && !namesAnOrganization(scan, i, match)) {
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
    if (word.titleTrigger || word.roleCue) {
      // The title's definite words may hold a family name with the article ("وقال الوزير الصفدي"): a cue for pass 3.
      for (let k = i + 1; k < count && k <= i + TITLE_SKIP_MAX_TOKENS && gap[k] === 0 && scan.claimed[k] === 0 && isTitleFiller(scan, k) && wordAt(scan, k).key.startsWith('ال'); k++) {
        scan.afterCue[k] = 1;
      }
      const j = nameStartAfterTitle(scan, i);
      if (j === null || namesAThing(scan, i + 1)) continue;
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
    if (!first || scan.claimed[i] !== 0 || startedAt.has(i) || namesAThing(scan, i)) continue;
    const name = readFullName(scan, i, first, 'lexicon');
    if (name) {
      scan.names.push(name);
      startedAt.add(i);
    }
  }
  scan.names.sort((a, b) => a.from - b.from);
  return scan;
}
