/**
 * Fact differences between reports of one event: the entities, numbers, dates and quotes one article has and
 * another lacks or states differently ("31 دولة" in one outlet, "32 دولة" in another).
 *
 * Numbers: Western and Arabic-Indic digits (folded by matchKey), decimals ("2.4"), thousands separators, the scale
 * words ألف/مليون/مليار that multiply them, and the common written-out numbers (سبعة, ثلاثة وعشرين, أحد عشر).
 * The unit is the counted noun that follows: in Arabic the noun follows the number ("23 دبلوماسيا", "2.4 مليار
 * دولار"). Its key drops the case and number endings the counting grammar puts on it (tanween alif -ا, plural
 * -ين/-ون/-ات, ta marbuta): after 3–10 the noun is plural, after 11–99 singular accusative, so "دبلوماسيين" and
 * "دبلوماسيا" must meet. The noun follows within the clause: punctuation (a quote mark, comma, full stop, colon,
 * bracket) or a line break between them ends the clause, and the number counts nothing ("انتخابات 2016"، مشددا").
 * It is indefinite, as a tamyiz is: a definite word after a number is an adjective or the next phrase ("الدول الـ29
 * الأعضاء"). Per cent ("2%", "2 في المئة", "2 بالمئة") is the unit of the number before it (PERCENT); the hundred
 * of في المئة is no number of its own. A bare year (1900–2100) or a number inside a date mention is not a count.
 *
 * What really disagrees: with a sentence pairing, a number differs only when a sentence paired with its own gives
 * the same unit another value (the same quantity: "طرد 23 دبلوماسيا" against "طرد 32 دبلوماسيا"), not when the
 * other report counts the same unit elsewhere for something else (59 diplomats accredited, 23 expelled). A quote is
 * one statement in two reports when it is worded alike, or when the same speaker (the bundle's speaker entity, both
 * known) is quoted on the same thing (in sentences the alignment pairs) in words that overlap; it differs only when
 * the two give a quantity other values. Other wording is no disagreement; any other quote is one outlet's.
 */
import type { DateMention, Mention, Quote } from '../bundle-schema.ts';
import { isDefinite, procliticReadings, withoutArticle } from '../arabic/clitics.ts';
import { wordsAndPunctuation } from '../arabic/words.ts';
import { isStopword } from '../arabic/stopwords.ts';
import type { Span } from './sentences.ts';
import { tokenize } from './tokens.ts';

/** Which sentences state the same fact (layout.ts partners over align.ts sentences): narrows what "differs". */
export interface SentencePairing {
  /** Per article, its sentences as offsets into its text. */
  sentences: Span[][];
  /** Per article and sentence, the sentences of the other articles it is paired with. */
  partners: Array<Array<Array<{ article: number; sentence: number }>>>;
}

export interface FactArticle {
  text: string;
  mentions: Mention[];
  dates: DateMention[];
  quotes: Quote[];
}

export type FactKind = 'entity' | 'number' | 'date' | 'quote';
/** shared: every article states it; only: some articles lack it; differs: another article gives another value. */
export type FactStatus = 'shared' | 'only' | 'differs';

export interface FactOccurrence {
  article: number;
  start: number;
  end: number;
}

export interface FactRow {
  kind: FactKind;
  /** entity id, date value, `value unit` for a number, the first occurrence's text for a quote. */
  key: string;
  status: FactStatus;
  /** Per article: does it state this fact? */
  presentIn: boolean[];
  occurrences: FactOccurrence[];
  /** Numbers only. */
  value?: number;
  unit?: string;
  /** For 'differs': per article, the other values it gives for the same unit (empty when it gives none). */
  otherValues?: number[][];
}

export interface FactDifferences {
  rows: FactRow[];
}

const ONES: Record<string, number> = {
  واحد: 1, واحده: 1, احد: 1, احدي: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, اثنا: 2, اثني: 2,
  ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثماني: 8, ثمانيه: 8, ثمان: 8, تسع: 9, تسعه: 9,
};
const TENS: Record<string, number> = {
  عشر: 10, عشره: 10, عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  ستون: 60, ستين: 60, سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90, مئه: 100, مائه: 100,
  مئتان: 200, مئتين: 200,
};
const SCALES: Record<string, number> = {
  الف: 1e3, الاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9, بليون: 1e9,
};
const DIGITS = /^\d+(?:[.,٫٬]\d+)*$/;

/** The key of a counted noun: article stripped, counting endings dropped (see the module comment). */
export function unitKey(word: string): string {
  let key = withoutArticle(word);
  if (key.length > 3) key = key.replace(/(?:ين|ون|ات|ا|ه)$/, '');
  return key;
}

function parseDigits(token: string): number {
  // A comma or Arabic ٬ between digit groups of three is a thousands separator; a full stop or ٫ a decimal point.
  if (/^\d{1,3}(?:[,٬]\d{3})+$/.test(token)) return Number(token.replace(/[,٬]/g, ''));
  return Number(token.replace(/[,٫]/g, '.'));
}

interface NumberFact {
  value: number;
  unit: string;
  start: number;
  end: number;
}

/** Words around a clock time: "الساعة 13.15", "19.00 بتوقيت غرينتش", "19,00 ت غ" (GMT). */
const TIME_ZONE_WORDS = new Set(['بتوقيت', 'توقيت', 'ت', 'غرينتش', 'gmt']);

/** The hundred of "في المئة" / "بالمئة" (per cent), in matchKey form. */
const HUNDRED = new Set(['مئه', 'مائه']);
/** The per cent signs, Western and Arabic. */
const PERCENT_SIGNS = new Set(['%', '٪']);
/** The unit of a percentage: "2%", "2 في المئة" and "2 بالمئة" are one quantity. */
export const PERCENT = '%';

/** A word of the text as findNumbers reads it. */
interface NumberWord {
  /** Comparison key (tokens.ts: matchKey, article clitics stripped). */
  key: string;
  /** The word's matchKey, clitics kept. */
  raw: string;
  start: number;
  end: number;
  stop: boolean;
  /** The punctuation between this word and the next ('' when only space separates them). */
  after: string;
}

const GLUED = /^(\d+(?:[.,٫٬]\d+)*)(\p{L}{2,})$/u;

/**
 * The words of `text` (tokens.ts) with the punctuation after each (arabic/words.ts wordsAndPunctuation: the same
 * words, every other character a token). A number written against the word after it ("2بالمئة") is split in two.
 */
function numberWords(text: string): NumberWord[] {
  const tokens = tokenize(text);
  const out: NumberWord[] = [];
  let k = 0;
  for (const w of wordsAndPunctuation(text)) {
    if (w.punct) {
      const last = out[out.length - 1];
      if (last) last.after += w.key;
      continue;
    }
    const token = tokens[k++]!;
    // A line break ends a clause as punctuation does (a list, a heading).
    const previous = out[out.length - 1];
    if (previous && text.slice(previous.end, w.start).includes('\n')) previous.after += '\n';
    const glued = GLUED.exec(w.key);
    // The digits' length in the original (Arabic-Indic digits fold one for one; anything else there, no split).
    const digits = glued && /^[\p{N}.,٫٬]+/u.exec(text.slice(w.start, w.end))?.[0].length;
    if (glued && digits === glued[1]!.length) {
      const rest = glued[2]!;
      const key = withoutArticle(rest);
      out.push({ key: glued[1]!, raw: glued[1]!, start: w.start, end: w.start + digits, stop: false, after: '' });
      out.push({ key, raw: rest, start: w.start + digits, end: w.end, stop: isStopword(key) || isStopword(rest), after: '' });
    } else out.push({ key: numberStem(w.key) ?? token.key, raw: w.key, start: w.start, end: w.end, stop: token.stop, after: '' });
  }
  return out;
}

/**
 * The digits of a number written with proclitics before it ("و60" and 60, "الـ2" the 2, "بـ23" with 23), which
 * tokens.ts leaves whole when fewer than two characters remain; undefined for any other word.
 */
function numberStem(raw: string): string | undefined {
  if (DIGITS.test(raw) || !/^\p{L}+\d/u.test(raw)) return undefined;
  return procliticReadings(raw, { article: true, minStem: 1 }).find((r) => r.prefix > 0 && DIGITS.test(r.stem))?.stem;
}

/** Whether the word is the hundred of a percentage, with the article and the given preposition (المئة, بالمئة). */
function isPercentHundred(word: NumberWord | undefined, preposition: string): boolean {
  return word !== undefined && procliticReadings(word.raw, { article: true, conjunctions: false }).some(
    (r) => r.article && r.preposition === preposition && HUNDRED.has(r.stem),
  );
}

/**
 * How many words after words[at - 1] (a number) say "per cent": the sign right after it (0 words, "2%"), بالمئة (1)
 * or في المئة (2); -1 when none does. Only within the clause: no punctuation before the words.
 */
function percentAfter(words: NumberWord[], at: number): number {
  const number = words[at - 1]!;
  if (PERCENT_SIGNS.has(number.after.charAt(0))) return 0;
  if (number.after !== '') return -1;
  if (isPercentHundred(words[at], 'ب')) return 1;
  if (words[at]?.key === 'في' && words[at]!.after === '' && isPercentHundred(words[at + 1], '')) return 2;
  return -1;
}

/**
 * A number that tells the time of day, not a count: after الساعة (written with the article: "بعد ساعة 3 جنود" counts
 * soldiers), or before a time zone.
 */
function isClockTime(words: NumberWord[], first: number, last: number): boolean {
  const before = words[first - 1];
  const after = words[last + 1]?.key;
  if (before?.key === 'ساعه' && before.raw.includes('الساع')) return true;
  return after !== undefined && TIME_ZONE_WORDS.has(after.toLowerCase());
}

/** Counted numbers of an article (see the module comment). Linear in the text. */
export function findNumbers(text: string, dates: DateMention[] = []): NumberFact[] {
  const words = numberWords(text);
  const inDate = (start: number) => dates.some((d) => d.start <= start && start < d.end);
  /** The word after words[at] in the same clause (no punctuation between them), if any. */
  const next = (at: number): NumberWord | undefined => (words[at]!.after === '' ? words[at + 1] : undefined);
  const out: NumberFact[] = [];
  for (let i = 0; i < words.length; i++) {
    const token = words[i]!;
    const raw = token.key;
    let value: number | undefined;
    let last = i;
    if (DIGITS.test(raw)) value = parseDigits(raw);
    else {
      const word = raw.replace(/^و/, '');
      const one = ONES[word] ?? ONES[raw];
      const ten = TENS[raw];
      if (one !== undefined) {
        value = one;
        const following = next(i)?.key;
        // "ثلاثة عشر" (13), "ثلاثة وعشرين" (23).
        const tens = following === undefined ? undefined : following === 'عشر' || following === 'عشره' ? 10 : following.startsWith('و') ? TENS[following.slice(1)] : undefined;
        if (tens !== undefined) {
          value += tens;
          last = i + 1;
        } else if (one <= 2) continue; // واحد، اثنان alone follow the noun they count ("أسبوع واحد لمغادرة") or are a pronoun ("واحد من").
      } else if (ten !== undefined) {
        // The hundred with the article is per cent ("في المئة", "بالمئة") or the hundredth, no count of its own.
        if (HUNDRED.has(raw) && isDefinite(token.raw)) continue;
        value = ten;
      }
    }
    if (value === undefined || Number.isNaN(value)) continue;
    const first = i;
    // The words of the number read (عشر of "أحد عشر", a scale word) are no numbers of their own, counted or not.
    i = last;
    if (inDate(token.start) || isClockTime(words, first, last)) continue;
    // The scale word read as written too: the article stripper takes the ال of آلاف (thousands) for the article.
    const scaleWord = next(last);
    const scale = scaleWord && (SCALES[scaleWord.key] ?? SCALES[scaleWord.raw]);
    if (scale !== undefined) {
      value *= scale;
      i = ++last;
    }
    const percent = percentAfter(words, last + 1);
    if (percent >= 0) {
      // "2%": the sign ends the fact; "2 في المئة": its last word does (and is read, no number of its own).
      const end = percent === 0 ? signEnd(text, words[last]!.end) : words[last + percent]!.end;
      out.push({ value, unit: PERCENT, start: token.start, end });
      i = last + percent;
      continue;
    }
    // The counted noun follows in the same clause: no quote mark, comma or full stop between ("انتخابات 2016"، مشددا").
    // It is indefinite (a tamyiz): a definite word after a number is not what it counts.
    const noun = next(last);
    const counted = noun && !noun.stop && !DIGITS.test(noun.key) && !isDefinite(noun.raw);
    // A counted noun has two letters at least.
    const key = counted ? unitKey(noun.key) : '';
    const unit = key.length >= 2 ? key : '';
    if (unit === '' && Number.isInteger(value) && value >= 1900 && value <= 2100) continue;
    out.push({ value, unit, start: token.start, end: (unit ? noun! : words[last]!).end });
  }
  return out;
}

/** The end of the per cent sign that follows a number ending at `from` (spaces may come between). */
function signEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && !PERCENT_SIGNS.has(text.charAt(at))) at++;
  return at + 1;
}

/** Whether two quotes give a unit other values, where each gives it one value (a quote counting two things of a unit pairs neither). */
function quantitiesDiffer(a: NumberFact[], b: NumberFact[]): boolean {
  const single = (facts: NumberFact[]) => {
    const values = new Map<string, Set<number>>();
    for (const f of facts) (values.get(f.unit) ?? values.set(f.unit, new Set()).get(f.unit)!).add(f.value);
    return new Map([...values].filter(([, set]) => set.size === 1).map(([unit, set]) => [unit, [...set][0]!]));
  };
  const ours = single(a);
  for (const [unit, value] of single(b)) if (ours.has(unit) && ours.get(unit) !== value) return true;
  return false;
}

function quoteKeys(text: string): Set<string> {
  return new Set(tokenize(text).filter((t) => !t.stop && !isStopword(t.key)).map((t) => t.key));
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 0;
  let common = 0;
  for (const k of a) if (b.has(k)) common++;
  return (2 * common) / (a.size + b.size);
}

/** A quote is the same statement when its words overlap this much (Dice over content words). */
const SAME_QUOTE = 0.5;
/**
 * The same speaker on the same thing (paired sentences) is quoted from the same statement when the words overlap
 * this much: reworded ("طرد عدد مماثل من الدبلوماسيين" / "طرد العدد نفسه من الدبلوماسيين", Lavrov in the corpus
 * of 29 Mar), not another part of it ("عملاء استخبارات سريين" / "ستطرد 23 دبلوماسيا", Theresa May on 14 Mar: 0.10).
 */
const REWORDED_QUOTE = 0.3;

function statusOf(presentIn: boolean[]): FactStatus {
  return presentIn.every(Boolean) ? 'shared' : 'only';
}

/** Index of the sentence holding `offset`, by binary search over sorted spans; -1 if none. */
function sentenceAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else if (spans[mid]!.start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** What each article states that another lacks or states differently; rows by kind, then first occurrence. */
export function factDifferences(articles: FactArticle[], pairing?: SentencePairing): FactDifferences {
  const rows: FactRow[] = [];
  const n = articles.length;
  /** The sentences paired with the one holding `offset` in `article`, as [article, span]. */
  const pairedWith = (article: number, offset: number): Array<[number, Span]> => {
    if (!pairing) return [];
    const k = sentenceAt(pairing.sentences[article] ?? [], offset);
    if (k < 0) return [];
    return (pairing.partners[article]?.[k] ?? []).map((p) => [p.article, pairing.sentences[p.article]![p.sentence]!]);
  };

  // Entities and dates: a set per article.
  const bySet = (kind: FactKind, keyed: (a: FactArticle) => Array<{ key: string; start: number; end: number }>) => {
    const table = new Map<string, FactRow>();
    articles.forEach((article, index) => {
      for (const { key, start, end } of keyed(article)) {
        let row = table.get(key);
        if (!row) {
          row = { kind, key, status: 'only', presentIn: Array<boolean>(n).fill(false), occurrences: [] };
          table.set(key, row);
        }
        row.presentIn[index] = true;
        row.occurrences.push({ article: index, start, end });
      }
    });
    for (const row of table.values()) rows.push({ ...row, status: statusOf(row.presentIn) });
  };
  bySet('entity', (a) => a.mentions.map((m) => ({ key: m.entity, start: m.start, end: m.end })));
  bySet('date', (a) => a.dates.filter((d) => d.value !== null).map((d) => ({ key: d.value!, start: d.start, end: d.end })));

  // Numbers: one row per (value, unit); 'differs' when another article gives the same unit another value (in a
  // sentence paired with this number's, when there is a pairing).
  const numbers = articles.map((a) => findNumbers(a.text, a.dates));
  const valuesByUnit = numbers.map((list) => {
    const map = new Map<string, Set<number>>();
    for (const f of list) if (f.unit) (map.get(f.unit) ?? map.set(f.unit, new Set()).get(f.unit)!).add(f.value);
    return map;
  });
  const numberRows = new Map<string, FactRow>();
  numbers.forEach((list, index) => {
    for (const f of list) {
      const key = `${f.value} ${f.unit}`.trim();
      let row = numberRows.get(key);
      if (!row) {
        row = { kind: 'number', key, status: 'only', presentIn: Array<boolean>(n).fill(false), occurrences: [], value: f.value, unit: f.unit };
        numberRows.set(key, row);
      }
      row.presentIn[index] = true;
      row.occurrences.push({ article: index, start: f.start, end: f.end });
    }
  });
  for (const row of numberRows.values()) {
    let others: number[][];
    if (pairing) {
      const found = articles.map(() => new Set<number>());
      /** The values a sentence gives the row's unit. */
      const valuesIn = (article: number, span: Span) => new Set(numbers[article]!.filter((f) => f.start >= span.start && f.start < span.end && f.unit === row.unit).map((f) => f.value));
      for (const o of row.occurrences) {
        if (!row.unit) continue;
        // The same quantity: one value of the unit in this sentence and one in a paired sentence. A sentence that
        // counts several things of the unit ("66 عاما، وابنته يوليا، 33 عاما"; 1.4, 2 and 4 per cent) pairs no
        // value with another.
        const own = sentenceAt(pairing.sentences[o.article] ?? [], o.start);
        if (own < 0 || valuesIn(o.article, pairing.sentences[o.article]![own]!).size !== 1) continue;
        for (const [other, span] of pairedWith(o.article, o.start)) {
          const [value, ...more] = valuesIn(other, span);
          if (value !== undefined && more.length === 0 && value !== row.value) found[other]!.add(value);
        }
      }
      others = found.map((set) => [...set].sort((x, y) => x - y));
    } else {
      others = valuesByUnit.map((units, index) =>
        row.presentIn[index] || !row.unit ? [] : [...(units.get(row.unit) ?? [])].filter((v) => v !== row.value).sort((x, y) => x - y),
      );
    }
    const differs = others.some((list) => list.length > 0);
    rows.push({ ...row, status: differs ? 'differs' : statusOf(row.presentIn), ...(differs ? { otherValues: others } : {}) });
  }

  // Quotes: the same words are the same quote, and so is the same speaker on the same thing in other words (in
  // sentences the alignment pairs, sharing some of their words); they disagree only where they give a quantity
  // other values ("«ستطرد 23 دبلوماسيا»" against "«ستطرد 32 دبلوماسيا»"). Two outlets quoting other parts of a
  // statement, or wording it otherwise, do not contradict each other.
  // A quote's counts are its article's (found once above, dates left out) inside it.
  const quotes = articles.map((a, index) =>
    a.quotes.map((q) => ({
      q,
      keys: quoteKeys(a.text.slice(q.start, q.end)),
      numbers: numbers[index]!.filter((f) => f.unit !== '' && f.start >= q.start && f.end <= q.end),
    })),
  );
  const done = quotes.map((list) => list.map(() => false));
  quotes.forEach((list, index) => {
    list.forEach(({ q, keys, numbers: counted }, k) => {
      if (done[index]![k]) return;
      done[index]![k] = true;
      const presentIn = Array<boolean>(n).fill(false);
      presentIn[index] = true;
      const occurrences: FactOccurrence[] = [{ article: index, start: q.start, end: q.end }];
      let disagrees = false;
      const paired = pairedWith(index, q.start);
      for (let other = 0; other < n; other++) {
        if (other === index) continue;
        let best = -1;
        let bestScore = 0;
        quotes[other]!.forEach((candidate, c) => {
          if (done[other]![c]) return;
          const score = dice(keys, candidate.keys);
          const sameSpeaker = q.speaker !== null && q.speaker === candidate.q.speaker;
          const sameThing = paired.some(([a, span]) => a === other && candidate.q.start < span.end && candidate.q.end > span.start);
          const counts = score >= SAME_QUOTE || (sameSpeaker && sameThing && score >= REWORDED_QUOTE);
          if (counts && (best < 0 || score > bestScore)) {
            best = c;
            bestScore = score;
          }
        });
        if (best < 0) continue;
        const match = quotes[other]![best]!;
        done[other]![best] = true;
        presentIn[other] = true;
        occurrences.push({ article: other, start: match.q.start, end: match.q.end });
        if (quantitiesDiffer(counted, match.numbers)) disagrees = true;
      }
      rows.push({
        kind: 'quote',
        key: articles[index]!.text.slice(q.start, q.end),
        status: disagrees ? 'differs' : statusOf(presentIn),
        presentIn,
        occurrences,
      });
    });
  });

  const kindOrder: Record<FactKind, number> = { entity: 0, number: 1, date: 2, quote: 3 };
  const firstOf = (r: FactRow) => r.occurrences[0]!;
  rows.sort((x, y) => kindOrder[x.kind] - kindOrder[y.kind] || firstOf(x).article - firstOf(y).article || firstOf(x).start - firstOf(y).start);
  return { rows };
}
