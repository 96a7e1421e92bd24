/**
 * Clitics: the particles and pronouns Arabic writes as one word with the word they attach to. One analysis for
 * every stage (entities, dates, alignment and stories, the app's search); a stage chooses which readings it
 * accepts through ProcliticOptions, none keeps its own peeling. Everything here works on matchKey output
 * (normalize.ts: hamza forms, ى and ة already folded).
 *
 * The proclitics, in the order Arabic writes them:
 * - a conjunction: و "and", ف "so/then";
 * - a preposition: ب "in/with", ل "for/to", ك "like";
 * - the definite article ال.
 * A conjunction may precede a preposition (وب، ول، فب، فك …), and either may precede the article (وال، بال،
 * وبال). ل + ال is written لل, the article's alef dropped (ل + الناتو → للناتو): its readings give the noun with
 * the alef restored (الناتو), and with the article peeled too (ناتو).
 */

export interface ProcliticReading {
  /** How many code units of the word the peeled proclitics (and article) take. */
  prefix: number;
  /** The word without them; after لل the article's alef restored (للناتو → الناتو). */
  stem: string;
  /** و or ف peeled. */
  conjunction: boolean;
  /** The preposition peeled (ب ل ك), or ''. */
  preposition: string;
  /** The article ال peeled too (only with ProcliticOptions.article). */
  article: boolean;
}

export interface ProcliticOptions {
  /** Peel the conjunctions و ف (default true). */
  conjunctions?: boolean;
  /** The prepositions that may be peeled, as a string of letters (default 'بلك'; '' for none). */
  prepositions?: string;
  /**
   * Give a bare preposition's reading only when the article follows it (default false). Many foreign names begin
   * with ب، ل or ك (بريطانيا، لندن، كييف), while a preposition before the article (بال، لل، كال) is unmistakable.
   */
  prepositionOnlyBeforeArticle?: boolean;
  /** Also give the readings without the article ال (default false); otherwise the article stays in the stem. */
  article?: boolean;
  /** Fewest code units a stem keeps (default 2): short words are not eaten (ولا، بل، كل). */
  minStem?: number;
  /** Fewest code units a stem keeps after a preposition (default minStem). */
  minStemAfterPreposition?: number;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;
const ALEF = 0x0627;

/** True when key[at, at + 2) is the article ال. */
const articleAt = (key: string, at: number): boolean => key.charCodeAt(at) === ALEF && key.charCodeAt(at + 1) === LAM;

function reading(prefix: number, stem: string, conjunction: boolean, preposition: string, article: boolean): ProcliticReading {
  return { prefix, stem, conjunction, preposition, article };
}

/**
 * The readings of one folded word: as written first, then each way of peeling its proclitics, fewer letters peeled
 * first (a stage that takes the first reading found in a lexicon prefers the lightest analysis). The as-written
 * reading is always there; readings are only candidates, and the caller's lexicon decides which is meant.
 */
export function procliticReadings(key: string, options: ProcliticOptions = {}): ProcliticReading[] {
  const readings: ProcliticReading[] = [reading(0, key, false, '', false)];
  const first = key.charCodeAt(0);
  if (first !== WAW && first !== FA && first !== BA && first !== LAM && first !== KAF && first !== ALEF) return readings;
  const minStem = options.minStem ?? 2;
  const minAfterPreposition = Math.max(minStem, options.minStemAfterPreposition ?? minStem);
  const prepositions = options.prepositions ?? 'بلك';
  const onlyBeforeArticle = options.prepositionOnlyBeforeArticle ?? false;
  const withArticle = options.article ?? false;

  // Peels what may follow a conjunction (or nothing) at `at`: a preposition, then the article.
  const afterConjunction = (at: number, conjunction: boolean): void => {
    const code = key.charCodeAt(at);
    if (prepositions.length > 0 && (code === BA || code === LAM || code === KAF) && prepositions.includes(key[at] as string)) {
      const rest = at + 1;
      const restLength = key.length - rest;
      const preposition = key[at] as string;
      // ل + ال written لل: the second ل is the article's.
      const elidedArticle = code === LAM && key.charCodeAt(rest) === LAM && restLength > 2;
      // Where the noun after the article starts, when an article follows the preposition and leaves a stem.
      const noun = elidedArticle ? rest + 1 : articleAt(key, rest) ? rest + 2 : -1;
      const articleFollows = noun >= 0 && key.length - noun >= minAfterPreposition;
      if (restLength >= minAfterPreposition && (articleFollows || !onlyBeforeArticle)) {
        if (elidedArticle) readings.push(reading(rest, `ا${key.slice(rest)}`, conjunction, preposition, false));
        readings.push(reading(rest, key.slice(rest), conjunction, preposition, false));
        if (withArticle && articleFollows) readings.push(reading(noun, key.slice(noun), conjunction, preposition, true));
      }
    }
    if (withArticle && articleAt(key, at) && key.length - at - 2 >= minStem) {
      readings.push(reading(at + 2, key.slice(at + 2), conjunction, '', true));
    }
  };

  if ((first === WAW || first === FA) && (options.conjunctions ?? true) && key.length - 1 >= minStem) {
    readings.push(reading(1, key.slice(1), true, '', false));
    afterConjunction(1, true);
  }
  afterConjunction(0, false);
  // Stable: equal prefixes keep the order above (the restored ال before the bare stem).
  if (readings.length > 2) readings.sort((a, b) => a.prefix - b.prefix);
  return readings;
}

/** The reading with the most peeled: the light stem search indexes (ties keep the earlier reading). */
export function deepestReading(readings: readonly ProcliticReading[]): ProcliticReading {
  let best = readings[0] as ProcliticReading;
  for (const r of readings) if (r.prefix > best.prefix) best = r;
  return best;
}

const ARTICLE_OPTIONS: ProcliticOptions = { article: true };

/**
 * The word without the definite article and the particles fused with it (الرئيس، والرئيس، بالرئيس، للرئيس →
 * رئيس); a word without the article is returned as it is. A bare و/ف or preposition is not peeled: "وزير"
 * (minister) starts with و, and without a dictionary a rule cannot tell the two apart, while the article is
 * unmistakable.
 */
export function withoutArticle(key: string): string {
  // The article sits after at most two proclitics (وبال), or is written لل after at most one (وللـ): most words
  // have neither, and are returned without building their readings (stories call this for every distinct word).
  const article = key.indexOf('ال');
  const elided = key.indexOf('لل');
  if ((article < 0 || article > 2) && (elided < 0 || elided > 1)) return key;
  let best: ProcliticReading | null = null;
  for (const r of procliticReadings(key, ARTICLE_OPTIONS)) if (r.article && (best === null || r.prefix > best.prefix)) best = r;
  return best === null ? key : best.stem;
}

/** True when the word carries the definite article, possibly after proclitics (الناتو، بالناتو، للناتو). */
export function isDefinite(key: string): boolean {
  return hasDefiniteReading(procliticReadings(key));
}

/** isDefinite on readings already computed with procliticReadings (article kept in the stem). */
export function hasDefiniteReading(readings: readonly Pick<ProcliticReading, 'stem'>[]): boolean {
  return readings.some((s) => s.stem.startsWith('ال') && s.stem.length > 3);
}

/**
 * Attached (enclitic) pronouns, longest first: ه "his", ها "her", هما "their (two)", هم "their", هن "their (f.)",
 * ك "your", كم "your (pl.)", كن "your (f. pl.)", ي "my", نا "our". In matchKey form ه also stands for ة.
 */
const ENCLITICS = ['هما', 'ها', 'هم', 'هن', 'كم', 'كن', 'نا', 'ه', 'ك', 'ي'];

export interface EncliticReading {
  /** Code units the pronoun takes at the end of the word. */
  suffix: number;
  /** The word without it; a ت before the pronoun is also read as the ة it stands for (حكومته → حكومه). */
  stem: string;
}

/**
 * The readings of a word with an attached pronoun removed, as written first. Taa marbuta is written ت before a
 * pronoun (حكومة + ه → حكومته), so a stem ending in ت gets a second reading ending in ه (folded ة). A stem keeps at
 * least `minStem` code units (default 3: Arabic roots have three letters, so "فيه" is not في + ه … and is read by
 * the caller's lexicon anyway). The readings are candidates: "بريطانيا" ends in نا and "مدريد" in ي.
 */
export function encliticReadings(key: string, minStem = 3): EncliticReading[] {
  const readings: EncliticReading[] = [{ suffix: 0, stem: key }];
  for (const pronoun of ENCLITICS) {
    if (key.length - pronoun.length < minStem || !key.endsWith(pronoun)) continue;
    const stem = key.slice(0, key.length - pronoun.length);
    readings.push({ suffix: pronoun.length, stem });
    if (stem.endsWith('ت')) readings.push({ suffix: pronoun.length, stem: `${stem.slice(0, -1)}ه` });
  }
  return readings;
}
