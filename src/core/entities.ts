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
import type { NormalizedText } from './normalize.ts';
import { compareCodeUnits } from './order.ts';
import { FIRST_NAMES } from './entities/lexicon.ts';
import type { NerModel, NerSpan } from './ner/model.ts';
import {
  acceptModelName,
  applyModelSpans,
  countVotes,
  givenNamesFor,
  modelSpansOf,
  overlapsModelPerson,
  propagatesAlone,
  type ModelContext,
} from './entities/model-candidates.ts';
import { acceptName, fullKey, isCommonWord, personKeys, TANWIN_MARK, type Evidence, type NameCandidate, type Person } from './entities/persons.ts';
import { PHRASE_DISPLAY } from './entities/phrases.ts';
import { claim, isNameWord, isUnclaimed, scanDocument, wordAt } from './entities/scan.ts';
import { skeletonKey, type Stem } from './entities/skeleton.ts';
import { analyseWord, type MentionFacts, type Word } from './entities/words.ts';
import { WordTable } from './word-table.ts';

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
    if (model) scan.modelSpans = modelSpansOf(scan, doc.nerSpans ?? model.recognise(doc.text, doc.normalized));
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
    /** A person mention at tokens [from, to); the person's first mention in the document is remembered. */
    const claimPerson = (from: number, to: number, prefix: number, id: string): void => {
      claim(scan, from, to, prefix, id);
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
        claimPerson(i, found.to, found.prefix, found.person.id);
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
