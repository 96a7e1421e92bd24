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
 * - Ids: `place:<ISO 3166 code>` or `place:<city slug>`, `org:<slug>` (gazetteer), `org:<folded words>` (pattern),
 *   `place:`/`org:<words' vowel skeletons>` (the recogniser's: outlets' spellings of one name are one entity),
 *   `person:<surname skeleton>-<first-name skeleton>`: derived from keys only, never from order.
 */
import type { Entity, EntityType, Mention } from './bundle-schema.ts';
import type { NormalizedText } from './normalize.ts';
import { compareCodeUnits } from './order.ts';
import { FIRST_NAMES, LINEAGE_PARTICLES, NAME_PARTICLES } from './entities/lexicon.ts';
import type { NerModel, NerSpan } from './ner/model.ts';
import {
  acceptModelName,
  applyModelSpans,
  addVotes,
  givenNamesFor,
  innerOpening,
  learnedOutsideNames,
  modelSpansOf,
  overlapsModelPerson,
  propagatesAlone,
  VOTE_INDEX,
  type InnerOpening,
  type ModelContext,
} from './entities/model-candidates.ts';
import { acceptName, fullKey, isCommonWord, personKeys, TANWIN_MARK, type Evidence, type NameCandidate, type Person } from './entities/persons.ts';
import { PHRASE_DISPLAY } from './entities/phrases.ts';
import { claim, hasTanwin, isNameWord, isUnclaimed, scanDocument, wordAt, type DocScan } from './entities/scan.ts';
import { skeletonKey, type Stem } from './entities/skeleton.ts';
import { analyseWord, type MentionFacts, type Word } from './entities/words.ts';
import { WordTable } from './word-table.ts';
import { detachedString } from './detached-string.ts';

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
   * the rules' (see entities/model-candidates.ts); without it, the rules alone decide.
   */
  model?: NerModel;
}

export interface EntityExtraction {
  /** Sorted by id. */
  entities: Entity[];
  /** Per document id, sorted by start. */
  mentions: Map<string, Mention[]>;
}

/** Skeletons shorter than this are too unspecific to merge different spellings (ماي, جو). */
const MIN_SKELETON_FOR_VARIANTS = 3;
/** Without a title or reporting verb before it, a variant spelling needs a longer, more specific skeleton. */
const MIN_SKELETON_IN_DOCUMENT = 5;
const NO_STEMS: Stem[] = [];
const NO_PERSONS: Person[] = [];

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

/**
 * Runs the three passes over a whole collection held in memory (each document tokenized once: its scan is kept from
 * pass 1 to pass 3). EntityCollection runs them one document at a time for a collection streamed from disk.
 */
export function extractEntities(docs: EntityDocument[], options: ExtractionOptions = {}): EntityExtraction {
  const collection = new EntityCollection(options, { keepScans: true });
  for (const doc of docs) collection.observe(doc);
  for (const doc of docs) collection.accept(doc);
  collection.settle();
  const mentions = new Map<string, Mention[]>();
  for (const doc of docs) mentions.set(doc.id, collection.mentionsOf(doc));
  return { entities: collection.entities(), mentions };
}

/** What pass 2 keeps of a document for the collection's person merging and for its pass 3. */
interface AcceptedNames {
  /** The rules' accepted names and the recogniser's, as pass 3 claims them. */
  names: NameCandidate[];
  modelNames: NameCandidate[];
  /** The ids of its places and organizations (a person's context), when it has an accepted name. */
  context: string[] | null;
  /** Mentions claimed after pass 1 (the recogniser's places): replayed on a fresh scan in pass 3. */
  claims: { from: number; to: number; mention: Mention; surface: string }[];
  /** Per model name (of `modelNames`) with a person the recogniser's first pass opens inside it, where (innerOpening). */
  openings: Map<NameCandidate, InnerOpening> | null;
}

/**
 * An accepted name as kept from pass 2 to pass 3: a copy with every field present, so that the names of a whole
 * collection share one object shape. The scan's candidates get their fields one by one (accepted, then personId or
 * single), and kept as they were, V8 gave each of them a hidden class of its own: at 100,000 articles that was about
 * 100 MB of hidden classes and descriptor arrays between pass 2 and pass 3.
 */
function keptName(n: NameCandidate): NameCandidate {
  return {
    from: n.from,
    to: n.to,
    prefix: n.prefix,
    first: n.first,
    surname: n.surname,
    support: n.support,
    delimited: n.delimited,
    single: n.single === true,
    accepted: n.accepted === true,
    personId: n.personId,
    ...(n.father === undefined ? {} : { father: n.father }),
  };
}

/** The father's name of a surname that is a lineage alone ("بن سلمان" → سلمان), or null. */
function lineageFather(surname: string): string | null {
  const words = surname.split(' ');
  return words.length === 2 && LINEAGE_PARTICLES.has(words[0] as string) ? (words[1] as string) : null;
}

/** A father's name as lineages are compared: its skeleton, spelled with a hamza's seat or without it (نائف، نايف). */
const fatherKey = (father: string): string => skeletonKey(father.replace(/ئ/g, 'ي').replace(/ؤ/g, 'و').replace(/ء/g, ''));

/** See EntityCollection.everydaySurnames. */
const EVERYDAY_MIN_TOKENS = 20;
const EVERYDAY_NAME_SHARE = 10;

/**
 * Entity extraction one document at a time, so a collection need not be held in memory:
 * 1. `observe` every document (pass 1: the collection's words, full-name counts, the recogniser's votes);
 * 2. `accept` every document, IN THE SAME ORDER (pass 2: which names are names; the recogniser's one-word names
 *    depend on those accepted before them);
 * 3. `settle` once (persons merged over the collection);
 * 4. `mentionsOf` each document, in any order (pass 3), then `entities()`.
 * Each pass tokenizes the document again unless the scans are kept (keepScans: the in-memory extractEntities);
 * either way the result is the same as extractEntities over the same documents in the order given to `accept`.
 */
export class EntityCollection {
  private readonly model: NerModel | undefined;
  private readonly stemSeen = new Set<string>();
  private readonly wordTable: WordTable<Word>;
  private readonly fullNameCount = new Map<string, number>();
  private readonly lexiconSurnames = new Set<string>();
  private readonly votes = new Map<string, Int32Array>();
  private readonly scans: Map<string, DocScan> | null;
  private modelContext: ModelContext | null = null;
  private evidence: Evidence | null = null;
  private readonly accepted = new Map<string, AcceptedNames>();
  private readonly persons = new Map<string, Person>();
  private readonly keysOfName = new Map<string, { id: string; surnameSkeleton: string; firstSkeleton: string }>();
  /** Per person id of a given and a family name, the person of each father's name its lineages gave (countPerson). */
  private readonly fathersOf = new Map<string, Map<string, string>>();
  /** Per given name's skeleton and father's ("first|father"), the persons named with that lineage and a family name. */
  private readonly byFirstAndFather = new Map<string, Set<string>>();
  private readonly ruleSurnames = new Set<string>();
  private readonly bySurname = new Map<string, Person[]>();
  private readonly bySurnameSkeleton = new Map<string, Person[]>();
  private readonly byFirst = new Map<string, Person[]>();
  /** First words of surnames written as two words ("دخل الله"). */
  private readonly compoundSurnameHeads = new Set<string>();
  private readonly surfaces = new Map<string, Map<string, number>>();
  /** Per word id of the word table, its tokens in the collection (pass 1): how everyday a surname is. */
  private wordCounts = new Int32Array(1024);

  constructor(options: ExtractionOptions = {}, { keepScans = false }: { keepScans?: boolean } = {}) {
    this.model = options.model;
    this.scans = keepScans ? new Map() : null;
    const stemSeen = this.stemSeen;
    // One Word per distinct folded word of the collection, shared by every pass.
    const givenNames = options.model ? givenNamesFor(options.model) : undefined;
    this.wordTable = new WordTable((key) => {
      const word = analyseWord(key, givenNames);
      // Words as written, and article-bearing words after a proclitic (بالعمل → العمل): what isCommonWord probes.
      for (const s of word.stems) if (s.prefix === 0 || s.stem.startsWith('ال')) stemSeen.add(s.stem);
      return word;
    });
  }

  private scan(doc: EntityDocument): DocScan {
    const scan = scanDocument(doc, this.wordTable);
    if (this.model) scan.modelSpans = modelSpansOf(scan, doc.nerSpans ?? this.model.recognise(doc.text, doc.normalized));
    return scan;
  }

  /** Pass 1 over one document. */
  observe(doc: EntityDocument): void {
    const scan = this.scan(doc);
    const { ids, start, end } = scan;
    if (this.wordCounts.length < this.wordTable.values.length) {
      const grown = new Int32Array(Math.max(this.wordCounts.length * 2, this.wordTable.values.length));
      grown.set(this.wordCounts);
      this.wordCounts = grown;
    }
    for (let i = 0; i < ids.length; i++) {
      this.wordCounts[ids[i] as number]!++;
      const key = wordAt(scan, i).key;
      const from = start[i] as number;
      const to = end[i] as number;
      // Only a token that lost marks in folding can have carried tanwin.
      if (to - from > key.length && hasTanwin(scan.text, from, to)) this.stemSeen.add(`${TANWIN_MARK}${key}`);
    }
    for (const n of scan.names) {
      this.fullNameCount.set(fullKey(n), (this.fullNameCount.get(fullKey(n)) ?? 0) + 1);
      if (FIRST_NAMES.has(n.first)) this.lexiconSurnames.add(n.surname);
    }
    if (this.model) addVotes(this.votes, scan);
    this.scans?.set(doc.id, scan);
  }

  /** Pass 2 over one document: its names accepted or not, and the rules' persons counted. */
  accept(doc: EntityDocument): void {
    if (this.evidence === null) {
      const model = this.model;
      this.modelContext = model ? { model, givenNames: givenNamesFor(model), seen: this.stemSeen, singles: new Set(), votes: this.votes } : null;
      this.evidence = { seen: this.stemSeen, fullNameCount: this.fullNameCount, lexiconSurnames: this.lexiconSurnames, givenNames: this.modelContext?.givenNames };
    }
    const evidence = this.evidence;
    const modelContext = this.modelContext;
    const scan = this.scans?.get(doc.id) ?? this.scan(doc);
    const before = scan.mentions.length;
    if (modelContext) {
      applyModelSpans(scan, modelContext);
      for (const n of scan.modelNames) {
        n.accepted = acceptModelName(n, modelContext);
        if (n.accepted && n.single) modelContext.singles.add(n.surname);
      }
    }
    const claims: AcceptedNames['claims'] = [];
    if (this.scans === null) {
      for (let k = before; k < scan.mentions.length; k++) {
        let from = 0;
        while (from < scan.claimed.length && scan.claimed[from] !== k + 1) from++;
        let to = from;
        while (to < scan.claimed.length && scan.claimed[to] === k + 1) to++;
        // Kept until pass 3 reads this document: a copy, not a view into its text (detached-string.ts).
        claims.push({ from, to, mention: scan.mentions[k] as Mention, surface: detachedString(scan.surfaces[k] as string) });
      }
    }
    // The document's mentions so far are its places and organizations (names are claimed in pass 3); their ids are
    // gathered only for a document that has an accepted name.
    let entityIds: Set<string> | null = null;
    for (const n of scan.names) {
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
      if (n.accepted) this.ruleSurnames.add(n.surname);
      if (!n.accepted || n.single) continue;
      entityIds ??= new Set(scan.mentions.map((m) => m.entity));
      this.countPerson(n, entityIds);
    }
    const modelNames = scan.modelNames.filter((n) => n.accepted).map(keptName);
    if (entityIds === null && modelNames.length > 0) entityIds = new Set(scan.mentions.map((m) => m.entity));
    const names = scan.names.filter((n) => n.accepted).map(keptName);
    let openings: AcceptedNames['openings'] = null;
    if (modelContext) {
      for (const n of modelNames) {
        const opening = innerOpening(scan, n, modelContext);
        if (opening) (openings ??= new Map()).set(n, opening);
      }
    }
    this.accepted.set(doc.id, { names, modelNames, context: entityIds === null ? null : [...entityIds], claims, openings });
  }

  /** A full name's person: made or counted again, with the entities of the document as its context. */
  private countPerson(n: NameCandidate, context: Iterable<string>): void {
    const nameKey = n.father === undefined ? fullKey(n) : `${fullKey(n)} بن ${n.father}`;
    let keys = this.keysOfName.get(nameKey);
    if (keys === undefined) {
      const { surnameSkeleton, firstSkeleton } = personKeys(n);
      keys = { id: this.lineageId(`person:${surnameSkeleton.replace(/ /g, '_')}-${firstSkeleton.replace(/ /g, '_')}`, n.father, firstSkeleton), surnameSkeleton, firstSkeleton };
      this.keysOfName.set(nameKey, keys);
    }
    const { id, surnameSkeleton, firstSkeleton } = keys;
    n.personId = id;
    const person = this.persons.get(id) ?? { id, surnameSkeleton, firstSkeleton, surnames: new Set(), count: 0, context: new Set() };
    if (n.support !== 'model' || this.modelContext === null || propagatesAlone(n, this.modelContext)) person.surnames.add(n.surname);
    person.count++;
    for (const e of context) person.context.add(e);
    this.persons.set(id, person);
  }

  /**
   * The person id of a name with a father's name: the given and family name's own id for the first father seen (and for
   * the names without a lineage), another id for each other father ("جاسم بن حمد آل ثاني" and "جاسم بن عبدالرحمن بن
   * محمد آل ثاني" are two men). Documents come in file order, so the ids do not depend on anything else.
   */
  private lineageId(id: string, father: string | undefined, firstSkeleton: string): string {
    if (father === undefined) return id;
    const fathers = this.fathersOf.get(id) ?? new Map<string, string>();
    this.fathersOf.set(id, fathers);
    const father0 = fatherKey(father);
    let own = fathers.get(father0);
    if (own === undefined) {
      own = fathers.size === 0 ? id : `${id}~${father0}`;
      fathers.set(father0, own);
    }
    const key = `${firstSkeleton}|${father0}`;
    const named = this.byFirstAndFather.get(key) ?? new Set<string>();
    named.add(own);
    this.byFirstAndFather.set(key, named);
    return own;
  }

  /**
   * A name that is a given name and a lineage only ("محمد بن سلمان", "هيثم بن طارق") is the person named in full with
   * that given name, that father and a family name ("محمد بن سلمان بن عبدالعزيز آل سعود"), when the collection has
   * exactly one such person: its mentions, counts and surnames ("بن سلمان" alone) go to that person.
   */
  private mergeShortLineages(): void {
    const into = new Map<string, Person>();
    const withFather = new Set([...this.fathersOf.values()].flatMap((fathers) => [...fathers.values()]));
    for (const p of this.persons.values()) {
      // Not a person named with a father already ("محمد بن ناصر بن عبدالعزيز" also ends in "بن عبدالعزيز").
      if (p.firstSkeleton === '' || withFather.has(p.id)) continue;
      const father = [...p.surnames].map(lineageFather).find((f) => f !== null);
      if (!father) continue;
      const named = this.byFirstAndFather.get(`${p.firstSkeleton}|${fatherKey(father)}`);
      if (named === undefined || named.size !== 1) continue;
      const full = this.persons.get([...named][0] as string);
      if (full === undefined || full === p) continue;
      into.set(p.id, full);
    }
    for (const [id, full] of into) {
      const short = this.persons.get(id) as Person;
      full.count += short.count;
      for (const s of short.surnames) full.surnames.add(s);
      for (const e of short.context) full.context.add(e);
      this.persons.delete(id);
    }
    if (into.size === 0) return;
    for (const doc of this.accepted.values()) {
      for (const n of [...doc.names, ...doc.modelNames]) {
        const full = n.personId === undefined ? undefined : into.get(n.personId);
        if (full) n.personId = full.id;
      }
    }
  }

  /** After pass 2 over every document: the recogniser's persons, then the tables pass 3 looks persons up in. */
  settle(): void {
    const modelContext = this.modelContext;
    const persons = this.persons;
    if (modelContext) {
      // Built only when a name gets as far as needing it (surnameAfterWord).
      let firstsOfSurname: Map<string, Set<string>> | null = null;
      const firsts = () => (firstsOfSurname ??= this.firstNamesBySurname());
      // Rule names first (over the whole collection, in pass 2), then the recogniser's: a model name can then be
      // checked against the surnames the rules know.
      for (const doc of this.accepted.values()) {
        for (const n of doc.modelNames) {
          const opening = doc.openings?.get(n);
          if (opening && n.accepted && this.twoNames(n, opening, firsts)) {
            n.from = opening.at;
            n.prefix = 0;
            n.first = opening.first;
          }
          if (n.accepted && !n.single && this.surnameAfterWord(n, modelContext, firsts)) {
            n.from = n.to - 1;
            n.prefix = 0;
            n.first = '';
            n.single = true;
          }
          if (!n.accepted || n.single) continue;
          this.countPerson(n, doc.context as string[]);
        }
      }
      this.mergeShortLineages();
      // One-word names: a surname of a person named in full somewhere is that person (resolved in pass 3); another
      // word is a person of its own, under the skeleton of the word.
      const surnames = new Set<string>();
      const skeletons = new Set<string>();
      for (const p of persons.values()) {
        for (const s of p.surnames) surnames.add(s);
        if (p.surnameSkeleton.length >= MIN_SKELETON_IN_DOCUMENT) skeletons.add(p.surnameSkeleton);
      }
      for (const doc of this.accepted.values()) {
        for (const n of doc.modelNames) {
          if (!n.accepted || !n.single || surnames.has(n.surname) || skeletons.has(skeletonKey(n.surname))) continue;
          const skeleton = skeletonKey(n.surname);
          const surnameSkeleton = skeleton.length >= 2 ? skeleton : n.surname;
          const id = `person:${surnameSkeleton}`;
          const person = persons.get(id) ?? { id, surnameSkeleton, firstSkeleton: '', surnames: new Set([n.surname]), count: 0, context: new Set() };
          person.surnames.add(n.surname);
          person.count++;
          for (const e of doc.context as string[]) person.context.add(e);
          persons.set(id, person);
        }
      }
    }
    const everyday = this.everydaySurnames(persons.values());
    const push = (map: Map<string, Person[]>, key: string, p: Person) => {
      const list = map.get(key);
      if (list) list.push(p);
      else map.set(key, [p]);
    };
    for (const p of [...persons.values()].sort(byFrequency)) {
      for (const s of p.surnames) {
        if (everyday.has(s)) continue;
        push(this.bySurname, s, p);
        if (s.includes(' ')) this.compoundSurnameHeads.add(s.slice(0, s.indexOf(' ')));
      }
      push(this.bySurnameSkeleton, p.surnameSkeleton, p);
      if (p.firstSkeleton !== '') push(this.byFirst, p.firstSkeleton, p);
    }
  }

  /**
   * Per one-word surname of the collection's accepted names of two words or more (the rules' and the recogniser's),
   * the skeletons of their given names.
   */
  private firstNamesBySurname(): Map<string, Set<string>> {
    const firsts = new Map<string, Set<string>>();
    for (const doc of this.accepted.values()) {
      for (const n of [...doc.names, ...doc.modelNames]) {
        if (n.single || n.surname.includes(' ')) continue;
        let set = firsts.get(n.surname);
        if (set === undefined) firsts.set(n.surname, (set = new Set()));
        set.add(skeletonKey(n.first));
      }
    }
    return firsts;
  }

  /**
   * A model name that is its one-word surname alone, the words before it no part of the name:
   * - opened by a word that is no given name, before a surname the rules know (a title's or the lexicon's name);
   * - two words, the first a verb before its subject: "وشكر بوتن الذي انتخب" ("and Putin, who was elected, thanked").
   *   شكر is a given name only in the recogniser's long lexicon (arabic-name-to-en, which lists many everyday words),
   *   not in the rules' FIRST_NAMES; training saw it only outside names (learnedOutsideNames: 4 times, always O); and
   *   بوتن is the surname of a name with another given name in the collection (فلاديمير بوتن). All three are needed:
   *   كريم، أمل، عيد are given names that ANERcorp, too, has only as words, and "كريم بنزيمة" stays whole where no
   *   other given name goes with بنزيمة. A relative named with such a word beside another of the family (أمل كلوني
   *   and جورج كلوني in one collection) would lose the given name. Over content/articles, the news table and eval:ner's
   *   development part, this fires once: on "شكر بوتن".
   */
  private surnameAfterWord(n: NameCandidate, ctx: ModelContext, firstsOfSurname: () => Map<string, Set<string>>): boolean {
    if (n.surname.includes(' ')) return false;
    if (!ctx.givenNames.has(n.first)) return this.ruleSurnames.has(n.surname);
    if (n.to - n.from !== 2 || FIRST_NAMES.has(n.first) || NAME_PARTICLES.has(n.first) || !learnedOutsideNames(n.first, ctx)) return false;
    const first = skeletonKey(n.first);
    for (const other of firstsOfSurname().get(n.surname) ?? []) if (other !== first) return true;
    return false;
  }

  /**
   * A model name that is two persons' names side by side, a و missing between them ("يلتقي الرئيس ترامب فلاديمير
   * بوتين", "for President Trump to meet Vladimir Putin"): the recogniser's first pass opens a person at its second
   * word, a given name (innerOpening), its first word is the one-word surname of a person named in full elsewhere in
   * the collection (دونالد ترامب), and the given name and surname after it are a full name the collection has too
   * (فلاديمير بوتين). The name is then the second person's; the first word, left to pass 3, is read as that surname.
   */
  private twoNames(n: NameCandidate, opening: InnerOpening, firstsOfSurname: () => Map<string, Set<string>>): boolean {
    const firsts = firstsOfSurname();
    return firsts.has(n.first) && (firsts.get(n.surname)?.has(skeletonKey(opening.first)) ?? false);
  }

  /**
   * Surnames the collection mostly uses as everyday words: they are not looked up as the surname alone in pass 3
   * (bySurname), so one article's "given name + word" ("تشارلز نفسه", "حمد قوله": a name, then "himself", "his saying")
   * does not make every "نفسه" of the archive that person. Another spelling after a title, or in a document naming
   * the person, is still read as before. A surname is everyday when the collection has at least EVERYDAY_MIN_TOKENS
   * tokens of it (in any reading of their proclitics) and its name uses — the recogniser's person votes plus the
   * full names counted, one occurrence often being both, so a lenient figure — are fewer than one in
   * EVERYDAY_NAME_SHARE of them. A surname read mostly as a name (ستولتنبرغ, المالكي) is not; a rare one is left as
   * before.
   */
  private everydaySurnames(persons: Iterable<Person>): Set<string> {
    const nameUses = new Map<string, number>();
    for (const p of persons) for (const s of p.surnames) if (!s.includes(' ')) nameUses.set(s, (nameUses.get(s) ?? 0) + p.count);
    const tokens = new Map<string, number>();
    const words = this.wordTable.values;
    for (let id = 0; id < words.length; id++) {
      const count = this.wordCounts[id] ?? 0;
      if (count === 0) continue;
      for (const stem of (words[id] as Word).stems) if (nameUses.has(stem.stem)) tokens.set(stem.stem, (tokens.get(stem.stem) ?? 0) + count);
    }
    const everyday = new Set<string>();
    for (const [surname, uses] of nameUses) {
      const seen = tokens.get(surname) ?? 0;
      const tagged = this.votes.get(surname)?.[VOTE_INDEX.PERS] ?? 0;
      if (seen >= EVERYDAY_MIN_TOKENS && (uses + tagged) * EVERYDAY_NAME_SHARE < seen) everyday.add(surname);
    }
    return everyday;
  }

  private factsOf(word: Word): MentionFacts {
    if (word.facts !== null) return word.facts;
    const surnameStems = word.stems.filter((s) => this.bySurname.has(s.stem) || this.compoundSurnameHeads.has(s.stem));
    const skeleton = skeletonKey(word.key);
    const bySkeleton = this.bySurnameSkeleton.get(skeleton);
    word.facts = {
      surnameStems: surnameStems.length > 0 ? surnameStems : null,
      surnames: surnameStems.filter((s) => this.bySurname.has(s.stem)).map((s) => s.stem),
      sameSkeletonInDocument: skeleton.length >= MIN_SKELETON_IN_DOCUMENT ? bySkeleton : undefined,
      sameSkeletonAfterCue: skeleton.length >= MIN_SKELETON_FOR_VARIANTS ? bySkeleton : undefined,
      byLexiconFirst: word.lexiconFirst ? (this.byFirst.get(skeletonKey(word.lexiconFirst.stem)) ?? NO_PERSONS) : NO_PERSONS,
      byAnyFirst: word.anyFirst ? (this.byFirst.get(skeletonKey(word.anyFirst.stem)) ?? NO_PERSONS) : NO_PERSONS,
      common: null,
    };
    return word.facts;
  }

  /** Pass 3 over one document (after `settle`): its mentions, sorted by start. */
  mentionsOf(doc: EntityDocument): Mention[] {
    const kept = this.accepted.get(doc.id);
    if (kept === undefined) throw new Error(`EntityCollection.mentionsOf: ${doc.id} was not accepted`);
    let scan = this.scans?.get(doc.id);
    if (scan === undefined) {
      scan = scanDocument(doc, this.wordTable);
      for (const { from, to, mention, surface } of kept.claims) {
        for (let k = from; k < to; k++) scan.claimed[k] = scan.mentions.length + 1;
        scan.mentions.push(mention);
        scan.surfaces.push(surface);
      }
    } else this.scans?.delete(doc.id);
    // The accepted names as pass 2 and `settle` left them (the scan's own candidates include the refused ones).
    scan.names = kept.names;
    scan.modelNames = kept.modelNames;
    this.accepted.delete(doc.id);
    const { bySurname, bySurnameSkeleton, compoundSurnameHeads, stemSeen } = this;
    const factsOf = (word: Word) => this.factsOf(word);
    const isCommon = (word: Word, facts: MentionFacts): boolean => (facts.common ??= isCommonWord(word.key, stemSeen));
    const { gap } = scan;
    const count = scan.ids.length;
    const docPersons = new Map<string, number>();
    /** The places and organizations of the document come first in its mentions (pass 1). */
    const placesAndOrgs = scan.mentions.length;
    const docScan = scan;
    const sharesContext = (p: Person): boolean => {
      for (let k = 0; k < placesAndOrgs; k++) if (p.context.has((docScan.mentions[k] as Mention).entity)) return true;
      return false;
    };
    /** A person mention at tokens [from, to); the person's first mention in the document is remembered. */
    const claimPerson = (from: number, to: number, prefix: number, id: string): void => {
      claim(docScan, from, to, prefix, id);
      if (!docPersons.has(id)) docPersons.set(id, from);
    };
    for (const n of scan.names) {
      if (!n.accepted || !isUnclaimed(scan, n.from, n.to)) continue;
      claimPerson(n.from, n.to, n.prefix, n.personId as string);
    }
    // The recogniser's names where the rules found none; a one-word name is the person of that surname named in this
    // document (else the most frequent one), or its own.
    for (const n of scan.modelNames) {
      if (!n.accepted || !isUnclaimed(scan, n.from, n.to)) continue;
      let id = n.personId;
      if (n.single) {
        const skeleton = skeletonKey(n.surname);
        const candidates = bySurname.get(n.surname) ?? (skeleton.length >= MIN_SKELETON_IN_DOCUMENT ? bySurnameSkeleton.get(skeleton) : undefined);
        if (candidates) id = (resolveByDocument(candidates, docPersons, n.from) ?? (candidates[0] as Person)).id;
      }
      if (id === undefined) continue;
      claimPerson(n.from, n.to, n.prefix, id);
    }
    let docWords: Set<string> | null = null;
    const inDocument = (surname: string): boolean => {
      if (docWords === null) {
        docWords = new Set();
        for (let k = 0; k < count; k++) for (const s of factsOf(wordAt(docScan, k)).surnames) docWords.add(s);
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
      } else if (!found && cue && word.key.startsWith('ال')) {
        // A family name with the article after a reporting verb ("أيمن الصفدي … وقال الصفدي"): it is also a noun or
        // an adjective, so it stands for the person alone only here, where the person is named in this document.
        const candidates = facts.sameSkeletonAfterCue;
        const person = candidates ? resolveByDocument(candidates, docPersons, i) : null;
        if (person) found = { person, prefix: 0, to: i + 1 };
      }
      if (!found) {
        // A first name alone ("وابنته يوليا"): one known person with that first name whose surname is in this document.
        // Not a particle that opens a compound name (عبد of "عبد الحميد", أبو): it never stands for a person alone.
        const stem = cue ? word.anyFirst : word.lexiconFirst;
        const standsAlone = i + 1 >= count || (gap[i + 1] as number) > 0 || !isNameWord(scan, i + 1);
        if (stem && standsAlone && !NAME_PARTICLES.has(stem.stem)) {
          const withSurnameHere = (cue ? facts.byAnyFirst : facts.byLexiconFirst).filter(
            (p) => docPersons.has(p.id) || [...p.surnames].some(inDocument),
          );
          if (withSurnameHere.length === 1) found = { person: withSurnameHere[0] as Person, prefix: stem.prefix, to: i + 1 };
        }
      }
      if (found) {
        claimPerson(i, found.to, found.prefix, found.person.id);
        i = found.to - 1;
      }
    }

    scan.mentions.forEach(({ entity }, k) => {
      let counts = this.surfaces.get(entity);
      if (counts === undefined) this.surfaces.set(entity, (counts = new Map<string, number>()));
      const surface = docScan.surfaces[k] as string;
      const seen = counts.get(surface);
      // Kept for the whole collection: a copy, not a view into the article's text (detached-string.ts).
      if (seen === undefined) counts.set(detachedString(surface), 1);
      else counts.set(surface, seen + 1);
    });
    return scan.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  /** After pass 3 over every document: the entities, sorted by id. */
  entities(): Entity[] {
    return [...this.surfaces.entries()].map(([id, counts]) => buildEntity(id, counts)).sort((a, b) => compareCodeUnits(a.id, b.id));
  }
}

/** An entity's type, known from its id alone (as buildEntity gives it): what quotes need before the names are known. */
export function entityTypeOf(id: string): EntityType {
  return PHRASE_DISPLAY.get(id)?.type ?? (id.startsWith('person:') ? 'person' : id.startsWith('org:') ? 'organization' : 'place');
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
