/**
 * Date mentions in article text, resolved against the publication date.
 *
 * The text is folded with normalizeWithOffsets (Arabic-Indic digits → 0–9, alef/ya/ta-marbuta variants folded),
 * cut into tokens once, and read left to right by small pattern readers; every reader looks at a bounded number of
 * tokens, so an article is read in linear time. A mention that is recognised but cannot be placed (no publication
 * day for "الخميس", an impossible day) is still listed, with value and precision null.
 */
import type { DateMention, Precision, Published } from './bundle-schema.ts';
import { procliticReadings, type ProcliticOptions } from './arabic/clitics.ts';
import { matchKey, normalizeWithOffsets, type NormalizedText } from './normalize.ts';
import { WordTable } from './word-table.ts';
import { hijriMonthSpan, hijriToGregorian, hijriYearOn, type CivilDate } from './dates/hijri.ts';
import {
  DAY_COUNTS,
  DAYS_AGO_WORDS,
  DAYS_PLURAL,
  DIRECTION_WORDS,
  FUTURE_CUES,
  GREGORIAN_MONTHS,
  GREGORIAN_TWO_WORD_MONTHS,
  HIJRI_MONTHS,
  HIJRI_TWO_WORD_MONTHS,
  MONTH_INTRODUCERS,
  NOT_FUTURE_VERBS,
  ORDINAL_TENS_AFTER_UNIT,
  ORDINAL_TENS_ALONE,
  ORDINAL_UNITS,
  PAST_CUES,
  PERIOD_NOUNS,
  RELATIVE_DAY_WORDS,
  THIS_WORDS,
  TWO_DAYS,
  WEEKDAYS,
  YEAR_INTRODUCERS,
  YEAR_NOUNS,
  type Direction,
  type MonthWord,
  type PeriodUnit,
} from './dates/lexicon.ts';

type TokenKind = 'word' | 'number' | 'mark' | 'break';

/**
 * A token's kind and text, and what the readers work out from the text. One object per distinct text, shared by all
 * its occurrences (see tokenize): where a token stands is kept apart, in the run's offset arrays.
 */
interface Token {
  kind: TokenKind;
  /** The folded text (matchKey). */
  text: string;
  /** A word that may open a mention (see opensMention); false for the other kinds. */
  opens: boolean;
  /** Proclitic readings of a word, computed on first use (with و/ف only, and with ب/ل too). */
  stems: Stem[] | null;
  stemsWithPrepositions: Stem[] | null;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '۔']);
/** How far back (in tokens) the tense of a sentence is looked for: a long Arabic news sentence, not a paragraph. */
const TENSE_LOOKBACK_TOKENS = 30;
const DAY_MS = 86_400_000;
/** Bare four-digit numbers are years only in this range; with عام/سنة or a marker (م، هـ) any year is taken. */
const BARE_YEAR_MIN = 1900;
const BARE_YEAR_MAX = 2100;
/**
 * A day-month with no tense cue is placed in the past, except when it falls in the next weeks: "قمة … في هلسنكي في
 * 16 تموز/يوليو" written on 10 July is next week's summit, not one eleven months old (which would carry a year or
 * "الماضي").
 */
const NEAR_FUTURE_DAYS = 31;
/** The other way round: a day-month of the last weeks in a future sentence is that recent day (see placeYear). */
const RECENT_PAST_DAYS = 31;

const SPACE = 0;
const LETTER = 1;
const DIGIT = 2;
const NEWLINE = 3;
const MARK = 4;

/**
 * The class of every UTF-16 code unit, built once: letters (Latin, Arabic block, other scripts), ASCII digits (all
 * digits are ASCII after folding), spaces, newlines, and marks (punctuation, including the Arabic ، ؛ ؟ ٪ ۔).
 */
const CHAR_CLASS = (() => {
  const table = new Uint8Array(0x10000).fill(MARK);
  const fill = (from: number, to: number, cls: number) => table.fill(cls, from, to + 1);
  fill(0x00c0, 0x1fff, LETTER);
  fill(0x0600, 0x06ff, LETTER);
  fill(0xfb50, 0xfeff, LETTER);
  fill(65, 90, LETTER);
  fill(97, 122, LETTER);
  for (const code of [0x060c, 0x061b, 0x061f, 0x066a, 0x066b, 0x066c, 0x066d, 0x06d4, 0x00d7, 0x00f7]) table[code] = MARK;
  fill(48, 57, DIGIT);
  for (const code of [32, 9, 13, 0xa0, 0x3000]) table[code] = SPACE;
  fill(0x2000, 0x200a, SPACE);
  table[10] = NEWLINE;
  return table;
})();

function newToken(text: string): Token {
  const cls = CHAR_CLASS[text.charCodeAt(0)];
  const kind: TokenKind =
    cls === LETTER ? 'word' : cls === DIGIT ? 'number' : cls === NEWLINE || SENTENCE_END.has(text) ? 'break' : 'mark';
  const token: Token = { kind, text, opens: false, stems: null, stemsWithPrepositions: null };
  token.opens = kind === 'word' && opensMention(token);
  return token;
}

/**
 * Tokens are interned across calls: news repeats a few thousand words, so a token costs a table look-up in place in
 * the key instead of a substring, an object and a Set look-up of its own. The table is bounded: it starts afresh
 * once it holds TOKEN_TABLE_MAX texts.
 */
const TOKEN_TABLE_MAX = 1 << 15;
let tokenTable = new WordTable<Token>(newToken);
/** Offsets in the folded key of the last run's tokens, end exclusive (reused from call to call). */
let tokenStarts = new Int32Array(1024);
let tokenEnds = new Int32Array(1024);

interface TokenRun {
  tokens: Token[];
  /** Valid until the next call of tokenize. */
  start: Int32Array;
  end: Int32Array;
}

/** Letter runs, digit runs, newlines, and every other visible character alone; one pass over the key. */
function tokenize(key: string): TokenRun {
  if (tokenTable.values.length >= TOKEN_TABLE_MAX) tokenTable = new WordTable<Token>(newToken);
  const length = key.length;
  if (tokenStarts.length < length) {
    tokenStarts = new Int32Array(length);
    tokenEnds = new Int32Array(length);
  }
  const tokens: Token[] = [];
  const starts = tokenStarts;
  const ends = tokenEnds;
  const table = tokenTable;
  let i = 0;
  while (i < length) {
    const code = key.charCodeAt(i);
    const cls = CHAR_CLASS[code] ?? MARK;
    if (cls === SPACE) {
      i++;
      continue;
    }
    const start = i++;
    // FNV-1a over the token's code units, for the table.
    let hash = Math.imul(0x811c9dc5 ^ code, 0x01000193);
    if (cls === LETTER || cls === DIGIT) {
      for (; i < length; i++) {
        const next = key.charCodeAt(i);
        if (CHAR_CLASS[next] !== cls) break;
        hash = Math.imul(hash ^ next, 0x01000193);
      }
    }
    starts[tokens.length] = start;
    ends[tokens.length] = i;
    tokens.push(table.get(key, start, i, hash));
  }
  return { tokens, start: starts, end: ends };
}

interface Stem {
  word: string;
  /** Letters of proclitics before the stem (و ف ب ل), not part of the mention. */
  clitic: number;
}

/**
 * The proclitics a date word takes: و/ف "and", then ب "in/with" or ل "for" (ك "like" does not introduce a date).
 * A preposition is peeled only when three letters remain, so two-letter words stay whole; after لل the article's
 * alef is restored (ل + العام → للعام). See arabic/clitics.ts.
 */
const WITH_PREPOSITIONS: ProcliticOptions = { prepositions: 'بل', minStemAfterPreposition: 3 };
const CONJUNCTIONS_ONLY: ProcliticOptions = { prepositions: '' };

function stemsOf(word: string, withPrepositions: boolean): Stem[] {
  return procliticReadings(word, withPrepositions ? WITH_PREPOSITIONS : CONJUNCTIONS_ONLY).map((r) => ({ word: r.stem, clitic: r.prefix }));
}

/** The stems of a word token, cached on the (shared) token: readers ask for the same words again and again. */
function stemsOfToken(token: Token, withPrepositions: boolean): Stem[] {
  if (withPrepositions) return (token.stemsWithPrepositions ??= stemsOf(token.text, true));
  return (token.stems ??= stemsOf(token.text, false));
}

function lookup<V>(map: Map<string, V>, token: Token | undefined, withPrepositions = true): { value: V; clitic: number } | null {
  if (token?.kind !== 'word') return null;
  for (const stem of stemsOfToken(token, withPrepositions)) {
    const value = map.get(stem.word);
    if (value !== undefined) return { value, clitic: stem.clitic };
  }
  return null;
}

function hasStem(set: Set<string>, token: Token | undefined): boolean {
  if (token?.kind !== 'word') return false;
  return stemsOfToken(token, false).some((stem) => set.has(stem.word));
}

const isWord = (token: Token | undefined, word: string) => token?.kind === 'word' && token.text === word;
const isMark = (token: Token | undefined, mark: string) => token?.kind === 'mark' && token.text === mark;

const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”', "'"]);
const isQuoteMark = (token: Token | undefined) => token?.kind === 'mark' && QUOTE_MARKS.has(token.text);

/** Connectors between the two ends of a range: "11 و12", "من 3 إلى 5", "3 حتى 5", "3-5". */
function isRangeConnector(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.kind === 'mark') return token.text === '-' || token.text === '–';
  return token.kind === 'word' && RANGE_WORDS.has(token.text);
}

/** The words between the ends of a range, folded, also with the conjunction fused: "1990 وحتى 2000", "3 وإلى 5". */
const RANGE_WORDS = new Set(['و', 'الي', 'حتي', 'والي', 'وحتي']);

// ─── What a mention says, before it is placed in time ───────────────────────────────────────────────────────────

type Reading =
  | { kind: 'gregorian'; year: number | null; month: number | null; day: number | null; end?: { year: number | null; month: number; day: number | null }; relativeYear?: number; direction: Direction | null }
  | { kind: 'hijri'; year: number | null; month: number | null; day: number | null; direction: Direction | null }
  | { kind: 'year-range'; year: number; endYear: number }
  | { kind: 'weekday'; weekday: number; direction: Direction | null }
  | { kind: 'relative-day'; offset: number }
  /** A day of the publication's month shifted by `shift` months. */
  | { kind: 'day-of-month'; day: number; shift: number }
  | { kind: 'period'; unit: PeriodUnit; direction: Direction };

interface Parsed {
  /** Token span [first, last) and the proclitic letters to skip at the start of the first token. */
  first: number;
  last: number;
  clitic: number;
  reading: Reading;
}

interface MonthHit {
  month: number;
  hijri: boolean;
  ambiguous: boolean;
  clitic: number;
  /** Token after the month name (and after its paired form "يوليو/ تموز", "تموز (يوليو)"). */
  next: number;
}

const MONTH_TABLES: Array<[Map<string, MonthWord>, Map<string, Map<string, number>>, boolean]> = [
  [GREGORIAN_MONTHS, GREGORIAN_TWO_WORD_MONTHS, false],
  [HIJRI_MONTHS, HIJRI_TWO_WORD_MONTHS, true],
];

function monthWordAt(tokens: Token[], i: number): MonthHit | null {
  if (tokens[i]?.kind !== 'word') return null;
  for (const [single, twoWord, hijri] of MONTH_TABLES) {
    const hit = lookup(single, tokens[i]);
    // An ambiguous name never takes a proclitic: ومارس is "and he practised", باب "door" (ب + آب).
    if (hit !== null && !(hit.value.ambiguous && hit.clitic > 0)) {
      return { month: hit.value.month, hijri, ambiguous: hit.value.ambiguous, clitic: hit.clitic, next: i + 1 };
    }
    const head = lookup(twoWord, tokens[i]);
    const second = tokens[i + 1];
    const month = head !== null && second?.kind === 'word' ? head.value.get(second.text) : undefined;
    if (head !== null && month !== undefined) return { month, hijri, ambiguous: false, clitic: head.clitic, next: i + 2 };
  }
  return null;
}

/**
 * A month name with its optional second form: "شباط/فبراير", "يوليو/ تموز", "تموز (يوليو)", or the two names side by
 * side with nothing between ("يونيو حزيران 2021", as some Levantine outlets write it). One mention.
 */
function monthAt(tokens: Token[], i: number): MonthHit | null {
  const first = monthWordAt(tokens, i);
  if (first === null || first.hijri) return first;
  const separator = tokens[first.next];
  const beside = monthWordAt(tokens, first.next);
  if (beside !== null && !beside.hijri && beside.month === first.month && beside.clitic === 0) return { ...first, ambiguous: false, next: beside.next };
  if (isMark(separator, '/') || isMark(separator, '(')) {
    const second = monthWordAt(tokens, first.next + 1);
    if (second !== null && !second.hijri && second.month === first.month && second.clitic === 0) {
      const closes = isMark(separator, '(');
      if (!closes) return { ...first, ambiguous: false, next: second.next };
      if (isMark(tokens[second.next], ')')) return { ...first, ambiguous: false, next: second.next + 1 };
    }
  }
  return first;
}

interface YearHit {
  year: number;
  hijri: boolean;
  marked: boolean;
  next: number;
}

/** A year number with its optional era marker: "2022", "2023م", "1445 هـ" (هـ folds to ه). */
function yearAt(tokens: Token[], i: number): YearHit | null {
  const token = tokens[i];
  if (token?.kind !== 'number' || token.text.length < 3 || token.text.length > 4) return null;
  const year = Number.parseInt(token.text, 10);
  const marker = tokens[i + 1];
  if (isWord(marker, 'ه')) return { year, hijri: true, marked: true, next: i + 2 };
  if (token.text.length !== 4 || year < 1000) return null;
  if (isWord(marker, 'م')) return { year, hijri: false, marked: true, next: i + 2 };
  return { year, hijri: false, marked: false, next: i + 1 };
}

function dayNumberAt(tokens: Token[], i: number): number | null {
  const token = tokens[i];
  if (token?.kind !== 'number' || token.text.length > 2) return null;
  const day = Number.parseInt(token.text, 10);
  return day >= 1 && day <= 31 ? day : null;
}

/**
 * "الرابع", "الحادي عشر", "الثاني والعشرين", "الثلاثين": the ordinal day before "من + month". Not after a definite noun,
 * whose adjective it is: "النصف الثاني من مارس", "الأسبوع الأول من الشهر المقبل", "المركز الثالث".
 */
function ordinalDayAt(tokens: Token[], i: number): { day: number; next: number } | null {
  const before = tokens[i - 1];
  if (before?.kind === 'word' && stemsOfToken(before, false).some((stem) => stem.word.startsWith('ال'))) return null;
  const alone = lookup(ORDINAL_TENS_ALONE, tokens[i], false);
  if (alone !== null && alone.clitic === 0) return { day: alone.value, next: i + 1 };
  const unit = lookup(ORDINAL_UNITS, tokens[i], false);
  if (unit === null || unit.clitic !== 0) return null;
  const tens = lookup(ORDINAL_TENS_AFTER_UNIT, tokens[i + 1], false);
  if (tens !== null && tens.clitic === 0) return { day: unit.value + tens.value, next: i + 2 };
  return { day: unit.value, next: i + 1 };
}

interface YearAfterMonth {
  year: number | null;
  hijri: boolean;
  relativeYear?: number;
  next: number;
}

/** The year after a month: "مارس 2018", "مارس من عام 2018", "مارس من العام الماضي". */
function yearAfterMonth(tokens: Token[], i: number): YearAfterMonth | null {
  const direct = yearAt(tokens, i);
  if (direct !== null) return { year: direct.year, hijri: direct.hijri, next: direct.next };
  if (!isWord(tokens[i], 'من')) return null;
  if (hasStem(YEAR_NOUNS, tokens[i + 1])) {
    const year = yearAt(tokens, i + 2);
    if (year !== null) return { year: year.year, hijri: year.hijri, next: year.next };
  }
  if (hasStem(THIS_WORDS, tokens[i + 1]) && lookup(PERIOD_NOUNS, tokens[i + 2], false)?.value === 'year') {
    return { year: null, hijri: false, relativeYear: 0, next: i + 3 };
  }
  if (lookup(PERIOD_NOUNS, tokens[i + 1], false)?.value === 'year') {
    const direction = DIRECTION_WORDS.get(tokens[i + 2]?.text ?? '');
    if (direction !== undefined) return { year: null, hijri: false, relativeYear: { past: -1, next: 1, current: 0 }[direction], next: i + 3 };
  }
  return null;
}

function directionAt(tokens: Token[], i: number): Direction | null {
  const token = tokens[i];
  return token?.kind === 'word' ? (DIRECTION_WORDS.get(token.text) ?? null) : null;
}

const HOUR_NOUNS = new Set(['الساعة', 'ساعة'].map((word) => matchKey(word)));

/**
 * The day a mention opens with: in figures ("12"), or an ordinal with its من ("الرابع من"). `next` is the token after
 * it (after من for an ordinal).
 */
function dayOpeningAt(tokens: Token[], i: number): { day: number; next: number; inFigures: boolean } | null {
  const day = dayNumberAt(tokens, i);
  if (day !== null) return { day, next: i + 1, inFigures: true };
  const ordinal = ordinalDayAt(tokens, i);
  if (ordinal === null || !isWord(tokens[ordinal.next], 'من')) return null;
  return { day: ordinal.day, next: ordinal.next + 1, inFigures: false };
}

/** Day (or day range) + month (+ year): "30 سبتمبر", "11 و12 يوليو/ تموز المقبل", "الرابع من آذار/مارس 2018". */
function readDayMonthCore(tokens: Token[], i: number): { day: number; endDay: number | null; month: MonthHit; year: YearAfterMonth | null; next: number } | null {
  // "من الساعة 8 وحتى 14 مارس": an hour, not the first day of a range.
  if (hasStem(HOUR_NOUNS, tokens[i - 1])) return null;
  const opening = dayOpeningAt(tokens, i);
  if (opening === null) return null;
  const { day } = opening;
  let j = opening.next;
  let endDay: number | null = null;
  if (isRangeConnector(tokens[j])) {
    const second = dayNumberAt(tokens, j + 1);
    if (second !== null && second > day) {
      endDay = second;
      j += 2;
    }
  }
  // A day in figures may take من before its month too: "12 من مارس", "الـ12 من آذار".
  if (isWord(tokens[j], 'من') && !isWord(tokens[j - 1], 'من') && monthAt(tokens, j + 1)?.clitic === 0) j++;
  const month = monthAt(tokens, j);
  if (month === null || month.clitic > 0) return null;
  const year = yearAfterMonth(tokens, month.next);
  if (year !== null && year.year !== null && year.hijri !== month.hijri) return null;
  return { day, endDay, month, year, next: year?.next ?? month.next };
}

function readDayMonth(tokens: Token[], i: number): Parsed | null {
  const core = readDayMonthCore(tokens, i);
  if (core === null) return null;
  let next = core.next;
  const direction = core.year === null ? directionAt(tokens, next) : null;
  if (direction !== null) next++;
  if (core.month.hijri) {
    if (core.endDay !== null) return null;
    return {
      first: i, last: next, clitic: 0,
      reading: { kind: 'hijri', year: core.year?.year ?? null, month: core.month.month, day: core.day, direction },
    };
  }
  const reading: Reading = {
    kind: 'gregorian',
    year: core.year?.year ?? null,
    month: core.month.month,
    day: core.day,
    direction,
    ...(core.year?.relativeYear !== undefined ? { relativeYear: core.year.relativeYear } : {}),
    ...(core.endDay !== null ? { end: { year: core.year?.year ?? null, month: core.month.month, day: core.endDay } } : {}),
  };
  // A range across months, "بين 25 أكتوبر و7 نوفمبر", "من 30 يونيو حتى 2 يوليو 2018": one mention.
  if (core.endDay === null && isRangeConnector(tokens[next])) {
    const second = readDayMonthCore(tokens, next + 1);
    if (second !== null && !second.month.hijri && second.endDay === null && second.year?.relativeYear === undefined) {
      const endYear = second.year?.year ?? null;
      const startYear = reading.year ?? (endYear === null ? null : second.month.month < core.month.month ? endYear - 1 : endYear);
      const secondDirection = endYear === null ? directionAt(tokens, second.next) : null;
      return {
        first: i, last: second.next + (secondDirection !== null ? 1 : 0), clitic: 0,
        reading: { ...reading, year: startYear, direction: direction ?? secondDirection, end: { year: endYear, month: second.month.month, day: second.day } },
      };
    }
  }
  return { first: i, last: next, clitic: 0, reading };
}

/** A date written in figures: one separator, the same twice, with no space around it ("12/3/2018", "2018-03-12"). */
const NUMERIC_SEPARATORS = new Set(['/', '-', '.']);

/**
 * "12/3/2018", "12-03-2018", "12.03.2018" (day first, as Arabic news writes it; month first only when the first
 * number cannot be a month: "3/25/2018") and "2018/3/12", "2018-03-12" (year first). Only a real day: anything else
 * (a reference number "33/14/2018", a score) is no date. The tokens must touch: "12 / 3 / 2018" is no date.
 */
function readNumericDate(tokens: Token[], i: number): Parsed | null {
  const separator = tokens[i + 1];
  if (tokens[i]?.kind !== 'number' || separator === undefined || !NUMERIC_SEPARATORS.has(separator.text)) return null;
  // '.' is a sentence end to the tokenizer (a break), the others marks.
  const isSeparator = (token: Token | undefined) => token !== undefined && token.kind !== 'word' && token.kind !== 'number' && token.text === separator.text;
  if (!isSeparator(tokens[i + 3]) || tokens[i + 2]?.kind !== 'number' || tokens[i + 4]?.kind !== 'number') return null;
  for (let k = i; k < i + 4; k++) if ((tokenEnds[k] as number) !== (tokenStarts[k + 1] as number)) return null;
  const [a, b, c] = [tokens[i]!.text, tokens[i + 2]!.text, tokens[i + 4]!.text];
  if (b.length > 2) return null;
  let year: number;
  let month: number;
  let day: number;
  if (a.length === 4 && c.length <= 2) [year, month, day] = [Number(a), Number(b), Number(c)];
  else if (c.length === 4 && a.length <= 2) {
    year = Number(c);
    [day, month] = Number(b) > 12 && Number(a) <= 12 ? [Number(b), Number(a)] : [Number(a), Number(b)];
  } else return null;
  // A number running on before or after the date ("5/12/3/2018", "12/3/2018/5") makes it something else, and so
  // does رقم ("number") before it: "القرار رقم 5/3/2018" is a reference.
  if (isSeparator(tokens[i + 5]) && tokens[i + 6]?.kind === 'number' && (tokenEnds[i + 4] as number) === (tokenStarts[i + 5] as number)) return null;
  if (i >= 2 && isSeparator(tokens[i - 1]) && tokens[i - 2]?.kind === 'number' && (tokenEnds[i - 1] as number) === (tokenStarts[i] as number)) return null;
  if (isWord(tokens[i - 1], 'رقم')) return null;
  // A Hijri date in figures carries its marker: "15/9/1445 هـ", "1445/09/15هـ".
  if (isWord(tokens[i + 5], 'ه')) {
    if (month < 1 || month > 12 || day < 1 || day > 30) return null;
    return { first: i, last: i + 6, clitic: 0, reading: { kind: 'hijri', year, month, day, direction: null } };
  }
  if (year < MIN_FIGURES_YEAR || !isRealDay(year, month, day)) return null;
  return { first: i, last: isWord(tokens[i + 5], 'م') ? i + 6 : i + 5, clitic: 0, reading: { kind: 'gregorian', year, month, day, direction: null } };
}

/** A Gregorian date in figures without its marker is of the last centuries: "1445/09/15" alone is a Hijri date. */
const MIN_FIGURES_YEAR = 1800;

/** The words before a day of a month named without the month: "يوم 12 الجاري", "في 5 من الشهر الجاري", "منذ 18 …". */
const DAY_INTRODUCERS = new Map(['يوم', 'في', 'بتاريخ', 'منذ', 'حتى', 'ليلة', 'صباح', 'مساء', 'فجر', 'مطلع', 'منتصف', 'أواخر'].map((word) => [matchKey(word), true]));

/** Bare after a day in figures, the publication's month: "يوم 12 الجاري". */
const THIS_MONTH_WORDS = new Set(['الجاري', 'الحالي'].map((word) => matchKey(word)));

/**
 * A day of the publication's month, or of the month before or after it, named without the month: "يوم 12 الجاري",
 * "في 18 الشهر الجاري", "في 5 من الشهر الجاري", "التاسع عشر من الشهر الماضي" (the way Arab news often dates
 * this month's events).
 */
function readDayOfNamedMonth(tokens: Token[], i: number): Parsed | null {
  // Only after a word that introduces a day: "بلغ عدد القتلى 25 الشهر الماضي" and "3.5 الشهر الماضي" are no days.
  if (lookup(DAY_INTRODUCERS, tokens[i - 1]) === null) return null;
  const opening = dayOpeningAt(tokens, i);
  if (opening === null) return null;
  const { day } = opening;
  let j = opening.next;
  if (opening.inFigures && tokens[j]?.kind === 'word' && THIS_MONTH_WORDS.has(tokens[j]!.text)) {
    return { first: i, last: j + 1, clitic: 0, reading: { kind: 'day-of-month', day, shift: 0 } };
  }
  if (opening.inFigures && isWord(tokens[j], 'من')) j++;
  const unit = lookup(PERIOD_NOUNS, tokens[j], false);
  if (unit === null || unit.clitic !== 0 || unit.value !== 'month') return null;
  const direction = directionAt(tokens, j + 1);
  if (direction === null) return null;
  return { first: i, last: j + 2, clitic: 0, reading: { kind: 'day-of-month', day, shift: SHIFT[direction] } };
}

/** Month (+ year): "شباط/فبراير 2022", "سبتمبر الماضي", "رمضان 1445 هـ"; a bare ambiguous name needs a time word. */
function readMonth(tokens: Token[], i: number): Parsed | null {
  const month = monthAt(tokens, i);
  if (month === null) return null;
  const year = yearAfterMonth(tokens, month.next);
  if (year !== null && year.year !== null && year.hijri !== month.hijri) return null;
  let next = year?.next ?? month.next;
  const direction = year === null ? directionAt(tokens, next) : null;
  if (direction !== null) next++;
  if (month.hijri) {
    // A Hijri month without its year is a recurring season ("شهر رمضان") or a first name (رمضان، رجب).
    if (year === null || year.year === null) return null;
    return { first: i, last: next, clitic: month.clitic, reading: { kind: 'hijri', year: year.year, month: month.month, day: null, direction: null } };
  }
  if (year === null && direction === null && month.ambiguous && !hasStem(MONTH_INTRODUCERS, tokens[i - 1])) return null;
  return {
    first: i, last: next, clitic: month.clitic,
    reading: {
      kind: 'gregorian', year: year?.year ?? null, month: month.month, day: null, direction,
      ...(year?.relativeYear !== undefined ? { relativeYear: year.relativeYear } : {}),
    },
  };
}

/** "عام 2008", "في 2019", "عامي 2014 و2015", "1445 هـ", "2023م". */
function readYear(tokens: Token[], i: number): Parsed | null {
  const noun = tokens[i]?.kind === 'word' && hasYearNoun(tokens[i]);
  const at = noun ? i + 1 : i;
  const year = yearAt(tokens, at);
  if (year === null) return null;
  if (!noun && !year.marked) {
    if (year.year < BARE_YEAR_MIN || year.year > BARE_YEAR_MAX || !hasStem(YEAR_INTRODUCERS, tokens[i - 1])) return null;
  }
  const clitic = noun ? (lookup(YEAR_NOUN_MAP, tokens[i])?.clitic ?? 0) : 0;
  if (!year.hijri && isRangeConnector(tokens[year.next])) {
    const endYear = yearAt(tokens, year.next + 1);
    if (endYear !== null && !endYear.hijri && endYear.year > year.year) {
      return { first: i, last: endYear.next, clitic, reading: { kind: 'year-range', year: year.year, endYear: endYear.year } };
    }
  }
  const reading: Reading = year.hijri
    ? { kind: 'hijri', year: year.year, month: null, day: null, direction: null }
    : { kind: 'gregorian', year: year.year, month: null, day: null, direction: null };
  return { first: i, last: year.next, clitic, reading };
}

const YEAR_NOUN_MAP = new Map([...YEAR_NOUNS].map((noun) => [noun, true]));

function hasYearNoun(token: Token): boolean {
  return lookup(YEAR_NOUN_MAP, token) !== null;
}

/** "الأسبوع الماضي", "الشهر المقبل", "العام الجاري", "هذا العام". */
function readPeriod(tokens: Token[], i: number): Parsed | null {
  const hasThis = hasStem(THIS_WORDS, tokens[i]);
  const nounAt = hasThis ? i + 1 : i;
  const noun = lookup(PERIOD_NOUNS, tokens[nounAt]);
  if (noun === null || (hasThis && noun.clitic > 0)) return null;
  if (hasThis) {
    return { first: i, last: nounAt + 1, clitic: stemsOf(tokens[i]?.text ?? '', false).find((s) => THIS_WORDS.has(s.word))?.clitic ?? 0, reading: { kind: 'period', unit: noun.value, direction: 'current' } };
  }
  const direction = directionAt(tokens, nounAt + 1);
  if (direction === null) return null;
  return { first: i, last: nounAt + 2, clitic: noun.clitic, reading: { kind: 'period', unit: noun.value, direction } };
}

const DAY_NOUNS = new Map([['يوم', true], ['يومي', true], ['اليوم', true]]);

/** "الخميس", "يوم الأربعاء", "اليوم الخميس", "الخميس الماضي", "الإثنين القادم"; "أمس الأربعاء" is yesterday. */
function readWeekday(tokens: Token[], i: number): Parsed | null {
  const dayNoun = lookup(DAY_NOUNS, tokens[i], false);
  const relative = dayNoun === null ? lookup(RELATIVE_DAY_WORDS, tokens[i]) : null;
  const prefixed = dayNoun ?? relative;
  const at = prefixed !== null ? i + 1 : i;
  const weekday = lookup(WEEKDAYS, tokens[at], false);
  if (weekday === null || (prefixed !== null && weekday.clitic > 0)) return null;
  // الأحد عشر is "the eleven", not Sunday.
  if (weekday.value === 0 && isWord(tokens[at + 1], 'عشر')) return null;
  if (relative !== null) {
    return { first: i, last: at + 1, clitic: relative.clitic, reading: { kind: 'relative-day', offset: relative.value } };
  }
  const direction = directionAt(tokens, at + 1);
  return {
    first: i,
    last: at + 1 + (direction !== null ? 1 : 0),
    clitic: dayNoun?.clitic ?? weekday.clitic,
    reading: { kind: 'weekday', weekday: weekday.value, direction },
  };
}

/** أول أمس "the day before yesterday". */
const DAY_BEFORE_YESTERDAY = new Map([['اول', true]]);

/**
 * "قبل يومين", "منذ ثلاثة أيام", "قبل 5 أيام": that many days before the publication (2 to 10: past that, news counts
 * in weeks and months, and "أيام" alone is "a few days"). Not when the count is before something else: "قبل يومين من
 * الانتخابات" is two days before the elections.
 */
function readDaysAgo(tokens: Token[], i: number): Parsed | null {
  const ago = lookup(DAYS_AGO_WORDS, tokens[i], false);
  if (ago === null) return null;
  let count: number | null = null;
  let next = i + 2;
  if (lookup(TWO_DAYS, tokens[i + 1], false)?.clitic === 0) count = 2;
  else {
    const written = lookup(DAY_COUNTS, tokens[i + 1], false);
    const figure = tokens[i + 1]?.kind === 'number' && tokens[i + 1]!.text.length <= 2 ? Number(tokens[i + 1]!.text) : null;
    const n = written?.clitic === 0 ? written.value : figure;
    if (n !== null && n >= 3 && n <= 10 && lookup(DAYS_PLURAL, tokens[i + 2], false)?.clitic === 0) {
      count = n;
      next = i + 3;
    }
  }
  // "قبل يومين (فقط) من الانتخابات": a count before another event.
  const after = isWord(tokens[next], 'فقط') ? next + 1 : next;
  if (count === null || isWord(tokens[after], 'من') || isWord(tokens[after], 'علي')) return null;
  return { first: i, last: next, clitic: ago.clitic, reading: { kind: 'relative-day', offset: -count } };
}

/** "اليوم", "أمس", "أمس الأول", "أول أمس", "غداً", "بعد غد", and the days counted back (readDaysAgo). */
function readRelativeDay(tokens: Token[], i: number): Parsed | null {
  const ago = readDaysAgo(tokens, i);
  if (ago !== null) return ago;
  if (isWord(tokens[i], 'بعد') && isWord(tokens[i + 1], 'غد')) return { first: i, last: i + 2, clitic: 0, reading: { kind: 'relative-day', offset: 2 } };
  const dayBefore = lookup(DAY_BEFORE_YESTERDAY, tokens[i], false);
  if (dayBefore !== null && isWord(tokens[i + 1], 'امس')) {
    return { first: i, last: i + 2, clitic: dayBefore.clitic, reading: { kind: 'relative-day', offset: -2 } };
  }
  const hit = lookup(RELATIVE_DAY_WORDS, tokens[i]);
  if (hit === null) return null;
  const following = tokens[i + 1];
  if (hit.value === 0 && following?.kind === 'word' && following.text.startsWith('ال')) {
    // "اليوم الأول/التالي/الوطني" is "the first/next/national day", not today.
    return null;
  }
  // "روسيا اليوم" in quotation marks is a name (the channel RT), not today.
  if (hit.value === 0 && isQuoteMark(tokens[i - 2]) && isQuoteMark(following)) return null;
  if (hit.value === -1 && isWord(following, 'الاول')) return { first: i, last: i + 2, clitic: hit.clitic, reading: { kind: 'relative-day', offset: -2 } };
  return { first: i, last: i + 1, clitic: hit.clitic, reading: { kind: 'relative-day', offset: hit.value } };
}

const READERS = [readNumericDate, readDayMonth, readDayOfNamedMonth, readMonth, readYear, readPeriod, readWeekday, readRelativeDay];

/** Every word that can open a mention; the readers run only at numbers and at these words. */
const OPENING_WORDS = new Set<string>([
  ...GREGORIAN_MONTHS.keys(), ...GREGORIAN_TWO_WORD_MONTHS.keys(), ...HIJRI_MONTHS.keys(), ...HIJRI_TWO_WORD_MONTHS.keys(),
  ...WEEKDAYS.keys(), ...DAY_NOUNS.keys(), ...RELATIVE_DAY_WORDS.keys(), ...YEAR_NOUNS, ...PERIOD_NOUNS.keys(), ...THIS_WORDS,
  ...ORDINAL_UNITS.keys(), ...ORDINAL_TENS_ALONE.keys(), ...DAY_BEFORE_YESTERDAY.keys(), 'بعد', ...DAYS_AGO_WORDS.keys(),
]);

/**
 * Whether a word, or the word without its proclitics (و/ف, then ب/ل), opens a mention. Worked out once per distinct
 * word (see newToken), and the readings kept on the token for the readers.
 */
function opensMention(token: Token): boolean {
  if (OPENING_WORDS.has(token.text)) return true;
  return stemsOfToken(token, true).some((stem) => OPENING_WORDS.has(stem.word));
}

/** The readers run only at numbers and at words that may open a mention. */
const mayOpenMention = (token: Token): boolean => token.kind === 'number' || token.opens;

// ─── Tense of the sentence ───────────────────────────────────────────────────────────────────────────────────

const SIN = 'س'.charCodeAt(0);
const FUTURE_PERSON_PREFIXES = new Set(['ي', 'ت', 'ن'].map((letter) => letter.charCodeAt(0)));

/**
 * A future verb by shape: the future prefix س on an imperfect verb (س + ي/ت/ن: سيحضر، ستجرى، سيواجهون), three to
 * seven letters after س, not a noun ending (ة/ات), not one of the frequent nouns with that shape, and not closing a
 * clause: a verb is followed by its subject or object, while a foreign name of that shape (سيدويش) often stands
 * before a comma.
 */
function isFutureVerb(word: string, following: Token | undefined): boolean {
  return (
    // س + ي/ت/ن by character codes: this runs on every word a tense look-back passes.
    word.charCodeAt(0) === SIN &&
    FUTURE_PERSON_PREFIXES.has(word.charCodeAt(1)) &&
    word.length >= 4 &&
    word.length <= 8 &&
    !word.endsWith('ه') &&
    !word.endsWith('ات') &&
    !NOT_FUTURE_VERBS.has(word) &&
    following?.kind === 'word'
  );
}

/**
 * The time a sentence speaks of, looking back from the mention to the sentence start: the first cue met decides.
 * News reports events that happened unless a future cue (سيحضر، من المقرر، المقبل) says otherwise; a reporting verb
 * met first ("قال الجمعة إنه سيزور") anchors the date to the report, in the past.
 */
function tenseBefore(tokens: Token[], index: number): 'past' | 'future' {
  for (let k = index - 1, seen = 0; k >= 0 && seen < TENSE_LOOKBACK_TOKENS; k--, seen++) {
    const token = tokens[k];
    if (token === undefined || token.kind === 'break') break;
    if (token.kind !== 'word') continue;
    for (const stem of stemsOfToken(token, false)) {
      if (PAST_CUES.has(stem.word)) return 'past';
      if (FUTURE_CUES.has(stem.word) || isFutureVerb(stem.word, tokens[k + 1])) return 'future';
    }
  }
  return 'past';
}

// ─── Placing a reading in time ────────────────────────────────────────────────────────────────────────────────

interface PublicationDate {
  year: number;
  month: number | null;
  day: number | null;
}

interface Resolution {
  value: string | null;
  precision: Precision | null;
  endValue?: string;
}

const UNRESOLVED: Resolution = { value: null, precision: null };

function parsePublished(published: Published | null): PublicationDate | null {
  if (published === null) return null;
  const [year, month, day] = published.value.split('-').map((part) => Number.parseInt(part, 10));
  if (year === undefined || Number.isNaN(year)) return null;
  return { year, month: month ?? null, day: day ?? null };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function formatYear(year: number): string | null {
  return year >= 1000 && year <= 9999 ? pad(year, 4) : null;
}

function formatMonth(year: number, month: number): string | null {
  const y = formatYear(year);
  return y === null ? null : `${y}-${pad(month, 2)}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function formatDay(year: number, month: number, day: number): string | null {
  const m = formatMonth(year, month);
  return m === null || !isRealDay(year, month, day) ? null : `${m}-${pad(day, 2)}`;
}

function epochDay(date: CivilDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / DAY_MS);
}

function civilOf(day: number): CivilDate {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function formatCivil(date: CivilDate): string | null {
  return formatDay(date.year, date.month, date.day);
}

function publicationDay(pub: PublicationDate | null): CivilDate | null {
  return pub !== null && pub.month !== null && pub.day !== null ? { year: pub.year, month: pub.month, day: pub.day } : null;
}

type Placement = 'past' | 'next' | 'current' | 'past-or-now' | 'now-or-next';

/** The placement of an unplaced date: its own word (الماضي/المقبل/الجاري) or else the tense of its sentence. */
function placementOf(direction: Direction | null, tokens: Token[], index: number): Placement {
  if (direction !== null) return direction;
  return tenseBefore(tokens, index) === 'future' ? 'now-or-next' : 'past-or-now';
}

/**
 * The year of a day-month or month written without one: the occurrence before publication for a past sentence
 * ("تقدمت أوكرانيا بطلب … في 30 سبتمبر", published June 2023 → 2022, not 107 days ahead), the next one for a
 * future sentence.
 * "الماضي"/"المقبل" exclude the publication month itself; "الجاري" is the publication year.
 */
function placeYear(month: number, day: number | null, placement: Placement, pub: PublicationDate | null): number | null {
  if (pub === null) return null;
  if (placement === 'current') return pub.year;
  if (pub.month === null) return null;
  const comparable = day !== null && pub.day !== null;
  const mentioned = month * 32 + (comparable ? day : 0);
  const published = pub.month * 32 + (comparable ? (pub.day ?? 0) : 0);
  switch (placement) {
    case 'past':
      return mentioned < published ? pub.year : pub.year - 1;
    case 'past-or-now': {
      if (mentioned <= published) return pub.year;
      if (comparable && pub.day !== null && daysAhead(pub, month, day) <= NEAR_FUTURE_DAYS) return pub.year;
      return pub.year - 1;
    }
    case 'next':
      return mentioned > published ? pub.year : pub.year + 1;
    case 'now-or-next': {
      if (mentioned >= published) return pub.year;
      // A day of the last weeks is that day, not the same day a year on: a future cue misread (the city سياتل has the
      // shape of a future verb) or a future sentence that looks back ("سيمثل … بسبب أحداث 4 مارس"). A date eleven
      // months ahead would carry its year or "المقبل".
      // (Not 29 February of a year that has none: that one is next leap year's, or no date.)
      if (comparable && pub.day !== null && isRealDay(pub.year, month, day) && -daysAhead(pub, month, day) <= RECENT_PAST_DAYS) return pub.year;
      return pub.year + 1;
    }
  }
}

function daysAhead(pub: PublicationDate, month: number, day: number): number {
  return (Date.UTC(pub.year, month - 1, day) - Date.UTC(pub.year, (pub.month ?? 1) - 1, pub.day ?? 1)) / DAY_MS;
}

function resolveGregorian(reading: Extract<Reading, { kind: 'gregorian' }>, placement: Placement, pub: PublicationDate | null): Resolution {
  const { month, day } = reading;
  let year = reading.year;
  if (year === null && reading.relativeYear !== undefined) year = pub === null ? null : pub.year + reading.relativeYear;
  if (year === null && month !== null) year = placeYear(month, day, placement, pub);
  if (year === null) return UNRESOLVED;
  if (month === null) {
    const value = formatYear(year);
    return value === null ? UNRESOLVED : { value, precision: 'year' };
  }
  if (day === null) {
    const value = formatMonth(year, month);
    return value === null ? UNRESOLVED : { value, precision: 'month' };
  }
  const value = formatDay(year, month, day);
  if (value === null) return UNRESOLVED;
  if (reading.end === undefined) return { value, precision: 'day' };
  const end = reading.end;
  const endYear = end.year ?? (end.month < month ? year + 1 : year);
  const endValue = end.day === null ? null : formatDay(endYear, end.month, end.day);
  return endValue === null ? { value, precision: 'day' } : { value, precision: 'day', endValue };
}

/** Hijri year/month/day to Gregorian: a whole month or year becomes a range of Gregorian months or years. */
function resolveHijri(reading: Extract<Reading, { kind: 'hijri' }>, placement: Placement, pub: PublicationDate | null): Resolution {
  const { month, day } = reading;
  if (reading.year === null) {
    const pubDay = publicationDay(pub);
    if (pubDay === null || month === null || day === null) return UNRESOLVED;
    const current = hijriYearOn(pubDay);
    const today = epochDay(pubDay);
    const candidates = [current - 1, current, current + 1]
      .map((year) => hijriToGregorian(year, month, day))
      .filter((date): date is CivilDate => date !== null)
      .map(epochDay);
    const chosen =
      placement === 'past' || placement === 'past-or-now'
        ? candidates.filter((d) => (placement === 'past' ? d < today : d <= today)).reduce((a, b) => Math.max(a, b), -Infinity)
        : candidates.filter((d) => (placement === 'next' ? d > today : d >= today)).reduce((a, b) => Math.min(a, b), Infinity);
    const value = Number.isFinite(chosen) ? formatCivil(civilOf(chosen)) : null;
    return value === null ? UNRESOLVED : { value, precision: 'day' };
  }
  const year = reading.year;
  if (month !== null && day !== null) {
    const date = hijriToGregorian(year, month, day);
    const value = date === null ? null : formatCivil(date);
    return value === null ? UNRESOLVED : { value, precision: 'day' };
  }
  const first = hijriMonthSpan(year, month ?? 1)?.first;
  const last = hijriMonthSpan(year, month ?? 12)?.last;
  if (first === undefined || last === undefined) return UNRESOLVED;
  if (month === null) {
    const value = formatYear(first.year);
    const endValue = formatYear(last.year);
    if (value === null || endValue === null) return UNRESOLVED;
    return endValue === value ? { value, precision: 'year' } : { value, precision: 'year', endValue };
  }
  const value = formatMonth(first.year, first.month);
  const endValue = formatMonth(last.year, last.month);
  if (value === null || endValue === null) return UNRESOLVED;
  return endValue === value ? { value, precision: 'month' } : { value, precision: 'month', endValue };
}

/**
 * A weekday is the nearest such day on the side its sentence points to. In news a bare weekday is a day of the
 * past week or the publication day itself ("عبرت الأربعاء"); in a future sentence the coming one, today included
 * ("وسيحضر … الجمعة"). "الماضي"/"المقبل" exclude the publication day: "الخميس الماضي" written on a Thursday is
 * seven days before.
 */
export function resolveRelativeWeekday(weekday: number, placement: Placement, published: CivilDate): CivilDate {
  const today = epochDay(published);
  const todayWeekday = new Date(today * DAY_MS).getUTCDay();
  const back = (todayWeekday - weekday + 7) % 7;
  const ahead = (weekday - todayWeekday + 7) % 7;
  switch (placement) {
    case 'past':
      return civilOf(today - (back === 0 ? 7 : back));
    case 'next':
      return civilOf(today + (ahead === 0 ? 7 : ahead));
    case 'now-or-next':
      return civilOf(today + ahead);
    default:
      return civilOf(today - back);
  }
}

/**
 * A week has no precision of its own in the bundle: it is given as a range of days (value = its first day,
 * end_value = its last), weeks running Monday to Sunday as in ISO 8601, the one convention shared across outlets
 * whose local weeks start on Saturday, Sunday or Monday.
 */
/** A direction as a number of periods from the publication's. */
const SHIFT: Record<Direction, number> = { past: -1, current: 0, next: 1 };

function resolvePeriod(unit: PeriodUnit, direction: Direction, pub: PublicationDate | null): Resolution {
  const shift = SHIFT[direction];
  if (pub === null) return UNRESOLVED;
  if (unit === 'year') {
    const value = formatYear(pub.year + shift);
    return value === null ? UNRESOLVED : { value, precision: 'year' };
  }
  if (unit === 'month') {
    if (pub.month === null) return UNRESOLVED;
    const index = pub.year * 12 + (pub.month - 1) + shift;
    const value = formatMonth(Math.floor(index / 12), (index % 12) + 1);
    return value === null ? UNRESOLVED : { value, precision: 'month' };
  }
  const pubDay = publicationDay(pub);
  if (pubDay === null) return UNRESOLVED;
  const today = epochDay(pubDay);
  const monday = today - ((new Date(today * DAY_MS).getUTCDay() + 6) % 7) + 7 * shift;
  const value = formatCivil(civilOf(monday));
  const endValue = formatCivil(civilOf(monday + 6));
  return value === null || endValue === null ? UNRESOLVED : { value, precision: 'day', endValue };
}

function resolve(parsed: Parsed, tokens: Token[], pub: PublicationDate | null): Resolution {
  const reading = parsed.reading;
  switch (reading.kind) {
    case 'gregorian':
      return resolveGregorian(reading, placementOf(reading.direction, tokens, parsed.first), pub);
    case 'hijri':
      return resolveHijri(reading, placementOf(reading.direction, tokens, parsed.first), pub);
    case 'year-range': {
      const value = formatYear(reading.year);
      const endValue = formatYear(reading.endYear);
      return value === null || endValue === null ? UNRESOLVED : { value, precision: 'year', endValue };
    }
    case 'weekday': {
      const pubDay = publicationDay(pub);
      if (pubDay === null) return UNRESOLVED;
      const value = formatCivil(resolveRelativeWeekday(reading.weekday, placementOf(reading.direction, tokens, parsed.first), pubDay));
      return value === null ? UNRESOLVED : { value, precision: 'day' };
    }
    case 'relative-day': {
      const pubDay = publicationDay(pub);
      if (pubDay === null) return UNRESOLVED;
      const value = formatCivil(civilOf(epochDay(pubDay) + reading.offset));
      return value === null ? UNRESOLVED : { value, precision: 'day' };
    }
    case 'period':
      return resolvePeriod(reading.unit, reading.direction, pub);
    case 'day-of-month': {
      if (pub === null || pub.month === null) return UNRESOLVED;
      const index = pub.year * 12 + (pub.month - 1) + reading.shift;
      const value = formatDay(Math.floor(index / 12), (index % 12) + 1, reading.day);
      return value === null ? UNRESOLVED : { value, precision: 'day' };
    }
  }
}

// ─── Offsets back to the display text ───────────────────────────────────────────────────────────────────────

/** Marks that fold away but belong to the word before them: harakat (غداً), tatweel (هـ), superscript alef. */
function isTrailingMark(code: number): boolean {
  return code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670;
}

/** Date mentions in reading order; spans are UTF-16 offsets into `text`, end exclusive, never overlapping. */
export function findDates(text: string, published: Published | null, normalized: NormalizedText = normalizeWithOffsets(text)): DateMention[] {
  const { key } = normalized;
  const offsetAt = (k: number, outside: number) => (k >= 0 && k <= key.length ? normalized.offsetAt(k) : outside);
  const { tokens, start: tokenStart, end: tokenEnd } = tokenize(key);
  // Parsed at the first mention: a text without one never needs it.
  let pub: PublicationDate | null | undefined;
  const mentions: DateMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let parsed: Parsed | null = null;
    const token = tokens[i];
    if (token !== undefined && mayOpenMention(token)) {
      for (const read of READERS) {
        parsed = read(tokens, i);
        if (parsed !== null) break;
      }
    }
    if (parsed === null) {
      i++;
      continue;
    }
    if (tokens[parsed.first] === undefined || tokens[parsed.last - 1] === undefined) break;
    const start = offsetAt((tokenStart[parsed.first] as number) + parsed.clitic, text.length);
    let end = offsetAt((tokenEnd[parsed.last - 1] as number) - 1, text.length - 1) + 1;
    while (end < text.length && isTrailingMark(text.charCodeAt(end))) end++;
    if (pub === undefined) pub = parsePublished(published);
    const resolution = resolve(parsed, tokens, pub);
    mentions.push({
      start,
      end,
      value: resolution.value,
      precision: resolution.precision,
      ...(resolution.endValue !== undefined ? { end_value: resolution.endValue } : {}),
    });
    i = parsed.last;
  }
  return mentions;
}
