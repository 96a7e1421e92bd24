/**
 * Quotes: quoted spans and reported speech, with the speaker resolved to an entity when the text names it.
 *
 * Two kinds of quote are found in one pass each over the text:
 * - quoted spans between quotation marks: « », “ ”, straight "…", and the mixed pairs of Arabic news sites that use
 *   ” on both ends (”…”) or ” … “; the span is the text inside the marks;
 * - reported speech: a speech verb (قال، أضاف، أكد، أوضح، صرح، أعلن، تابع، أشار، and the participles مشيرا، مؤكدا،
 *   مضيفا …) followed, in its sentence, by the complementizer إن/أن (إنه، أنها، بأن، إلى أن); the span is the reported
 *   clause, up to the end of the sentence or the next speech verb.
 * A reported clause that overlaps a quoted span gives way to it: the marks show the exact words.
 */
import type { Entity, Mention, Quote } from './bundle-schema.ts';
import { wordCount } from './word-count.ts';

/**
 * Fewer words between marks is a name or a scare quote ("تاس"، “توسيع خطير”), not a quotation; so is a span without
 * an Arabic letter (markup, a Latin title).
 */
const MIN_QUOTE_WORDS = 3;
/** How far (in characters) after a speech verb its complementizer or its quotation may start. */
const SPEECH_WINDOW_CHARS = 160;
/** How far after a quotation a following "قال X" may attribute it ("…”، قال ستولتنبرغ"). */
const TRAILING_ATTRIBUTION_CHARS = 40;

const LETTER_CLASS = '\\p{L}\\p{M}';
const HAMZA_ALEF = '[اأإآ]';

/**
 * Speech verbs, past tense (masc./fem.) and the circumstantial participles used to chain a second statement
 * ("، مضيفا أن"), with an optional و/ف proclitic. Hamza may be written or not (أكد/اكد).
 */
const SPEECH_VERBS = [
  'قال', 'قالت', 'يقول', 'تقول',
  `${HAMZA_ALEF}ضاف`, `${HAMZA_ALEF}ضافت`, 'مضيفا', 'مضيفة',
  `${HAMZA_ALEF}كد`, `${HAMZA_ALEF}كدت`, 'مؤكدا', 'مؤكدة',
  `${HAMZA_ALEF}وضح`, `${HAMZA_ALEF}وضحت`, 'موضحا', 'موضحة',
  'صرح', 'صرحت', `${HAMZA_ALEF}علن`, `${HAMZA_ALEF}علنت`, 'تابع', 'تابعت', 'ذكر', 'ذكرت',
  `${HAMZA_ALEF}شار`, `${HAMZA_ALEF}شارت`, 'مشيرا', 'مشيرة', 'شدد', 'شددت', 'مشددا', 'مشددة',
  'اعتبر', 'اعتبرت', 'معتبرا', 'معتبرة', `${HAMZA_ALEF}فاد`, `${HAMZA_ALEF}فادت`, 'لفت', 'لفتت',
  // "نقلت الوكالة عن لافروف قوله إن": the verbal noun of the reporting formula.
  'قوله', 'قولها', 'قولهم',
];
/**
 * The verbs as one pattern without look-behind, so the regex engine can skip quickly to candidate letters; word
 * boundaries are checked by hand (a letter or haraka before or after means the match is inside a longer word).
 * Longest first: an alternation takes the first alternative that matches, so with قال before قالت the match of
 * "قالت" stopped at قال, failed the boundary check, and feminine and suffixed forms were never found.
 */
const SPEECH_VERB_PATTERN = new RegExp(`[وف]?(?:${[...SPEECH_VERBS].sort((a, b) => b.length - a.length).join('|')})[\u064b-\u0652]*`, 'g');

function isWordChar(code: number): boolean {
  return (code >= 0x0621 && code <= 0x065f) || code === 0x0640 || (code >= 0x066e && code <= 0x06d3) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Speech verbs of a text, as whole words; positions are shifted by `offset` (for a slice of a longer text). */
function speechVerbsIn(text: string, offset = 0): Span[] {
  const verbs: Span[] = [];
  SPEECH_VERB_PATTERN.lastIndex = 0;
  for (let match = SPEECH_VERB_PATTERN.exec(text); match !== null; match = SPEECH_VERB_PATTERN.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isWordChar(text.charCodeAt(start - 1)) && !isWordChar(text.charCodeAt(end))) verbs.push({ start: start + offset, end: end + offset });
    else SPEECH_VERB_PATTERN.lastIndex = start + 1;
  }
  return verbs;
}

/**
 * The complementizer that opens reported speech: إن/أن with an optional pronoun, بأن, إلى أن. Not after قبل/بعد/منذ/
 * دون/يجب/يمكن …, where أن is the subjunctive particle of an adverbial or modal clause ("قبل أن يؤكد").
 */
const COMPLEMENTIZER_PATTERN = new RegExp(
  `(?<![${LETTER_CLASS}])(?<!(?:قبل|بعد|منذ|دون|بدون|يجب|يمكن|ينبغي|حتى|من)\\s+)(?:(?:${HAMZA_ALEF}لى\\s+)?${HAMZA_ALEF}ن|ب${HAMZA_ALEF}ن)(?:ه|ها|هم|هما|هن|نا|ني)?(?![${LETTER_CLASS}])`,
  'u',
);

/**
 * A sentence ends at ! ? ؟, a newline, or a full stop that is not a decimal point (2.4 مليار); the run of closing
 * marks, quotes and blank lines after it belongs to the end, so a quotation closing after its full stop (مستحيل.")
 * does not make a sentence of its own.
 */
const SENTENCE_END_PATTERN = /(?:[!?؟\n]|\.(?!\d))[\s.!?؟"”»]*/g;
const ARABIC_LETTER = /[\u0621-\u064a]/;
/**
 * Nouns that name what follows in quotation marks: وكالة "تاس"، شبكة "سي بي إس"، قناة "روسيا اليوم". A quoted span
 * right after one is a name.
 */
const NAME_INTRODUCER_PATTERN = /(?:^|[\s،(])[وفب]?(?:ال)?(?:وكالة|وكالات|شبكة|صحيفة|قناة|موقع|مجلة|حركة|حزب|تحالف|عملية|تطبيق|منظمة|برنامج|مؤسسة|شركة|إذاعة|منصة|مبادرة|مجموعة)\s*$/;

type QuoteFamily = 'guillemet' | 'double';
const DOUBLE_MARKS = /["“”„]/g;
const QUOTE_OR_NEWLINE = /["“”„«»\n]/g;

/** Which marks open and close. Arabic sites use ” or “ on either end, so the curly and straight doubles pair freely. */
function familyOf(char: string): QuoteFamily | null {
  if (char === '«' || char === '»') return 'guillemet';
  if (char === '"' || char === '“' || char === '”' || char === '„') return 'double';
  return null;
}

interface Span {
  start: number;
  end: number;
}

/** Double quotation marks in a paragraph, to tell a quote running into the next paragraph from a stray mark. */
function doubleMarksIn(text: string, from: number): number {
  let start = from;
  while (start < text.length && /\s/.test(text[start] ?? '')) start++;
  let end = text.indexOf('\n', start);
  if (end < 0) end = text.length;
  return text.slice(start, end).match(DOUBLE_MARKS)?.length ?? 0;
}

/** Shrinks a span past spaces and clause punctuation on both sides. */
function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /[\s،,:؛;]/.test(text[s] ?? '')) s++;
  while (e > s && /[\s،,:؛;.]/.test(text[e - 1] ?? '')) e--;
  return { start: s, end: e };
}

/**
 * Quoted spans, marks excluded. A quotation may run over a paragraph break when the next paragraph has an odd number
 * of double marks (its first mark closes the quotation, as in a statement quoted over two paragraphs); otherwise an
 * unclosed mark is dropped at the end of its paragraph, so one stray mark cannot flip every later pair.
 */
export function findQuotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: { family: QuoteFamily; at: number } | null = null;
  QUOTE_OR_NEWLINE.lastIndex = 0;
  for (let match = QUOTE_OR_NEWLINE.exec(text); match !== null; match = QUOTE_OR_NEWLINE.exec(text)) {
    const i = match.index;
    const char = match[0];
    if (char === '\n') {
      if (open !== null && (open.family !== 'double' || doubleMarksIn(text, i + 1) % 2 === 0)) open = null;
      continue;
    }
    const family = familyOf(char);
    if (family === null) continue;
    if (open === null) {
      if (char !== '»') open = { family, at: i };
      continue;
    }
    if (open.family !== family || (family === 'guillemet' && char === '«')) continue;
    const span = trimSpan(text, open.at + 1, i);
    const inside = text.slice(span.start, span.end);
    const isName = NAME_INTRODUCER_PATTERN.test(text.slice(Math.max(0, open.at - 20), open.at));
    if (!isName && wordCount(inside) >= MIN_QUOTE_WORDS && ARABIC_LETTER.test(inside)) spans.push(span);
    open = null;
  }
  return spans;
}

/** Sentences as [start, end) ranges in ascending order; sentenceOf finds a position's sentence by binary search. */
class Sentences {
  private readonly starts: number[] = [0];
  private readonly ends: number[] = [];
  constructor(text: string) {
    for (const match of text.matchAll(SENTENCE_END_PATTERN)) {
      this.ends.push(match.index);
      this.starts.push(match.index + match[0].length);
    }
    this.ends.push(text.length);
  }
  sentenceOf(position: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= position) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  startOf(sentence: number): number {
    return this.starts[sentence] ?? 0;
  }
  /** Where the sentence containing position ends (its final mark, or the text end). */
  endOf(position: number): number {
    const sentence = this.sentenceOf(position);
    return Math.max(this.ends[sentence] ?? 0, position);
  }
}

interface SpeechAct {
  /** The verb's span. */
  verb: Span;
  /** Where the complementizer or the quotation begins: the verb's subject, if named, stands before it. */
  introStart: number;
  /** Where the reported words begin: after the complementizer, or the opening of a quotation. */
  contentStart: number;
  /** The reported clause when the act uses a complementizer; null when a quotation follows directly. */
  clause: Span | null;
}

/** Speech verbs with what they introduce; acts whose verb has neither a complementizer nor a quotation are dropped. */
function findSpeechActs(text: string, sentences: Sentences, quoted: Span[]): SpeechAct[] {
  const verbs = speechVerbsIn(text);
  const acts: SpeechAct[] = [];
  let quoteIndex = 0;
  verbs.forEach((verb, v) => {
    const sentenceEnd = sentences.endOf(verb.start);
    const nextVerb = verbs[v + 1]?.start ?? text.length;
    const windowEnd = Math.min(sentenceEnd, verb.end + SPEECH_WINDOW_CHARS, nextVerb);
    while (quoteIndex < quoted.length && (quoted[quoteIndex]?.start ?? 0) < verb.end) quoteIndex++;
    const window = text.slice(verb.end, windowEnd);
    const complementizer = COMPLEMENTIZER_PATTERN.exec(window);
    const quote = quoted[quoteIndex];
    const quoteStartsInWindow = quote !== undefined && quote.start <= windowEnd + 1;
    if (complementizer !== null && !(quoteStartsInWindow && quote.start < verb.end + complementizer.index)) {
      const contentStart = verb.end + complementizer.index + complementizer[0].length;
      const clauseEnd = Math.min(sentenceEnd, nextVerb);
      const clause = trimSpan(text, contentStart, clauseEnd);
      acts.push({ verb, introStart: verb.end + complementizer.index, contentStart, clause: clause.end > clause.start ? clause : null });
    } else if (quoteStartsInWindow) {
      acts.push({ verb, introStart: quote.start, contentStart: quote.start, clause: null });
    }
  });
  return acts;
}

const SPEAKER_TYPES = new Set(['person', 'organization']);

/** Mentions of people and organizations, in text order, with the first index at or after a position. */
class SpeakerMentions {
  readonly list: Mention[];
  constructor(
    mentions: Mention[],
    private readonly entities: Map<string, Entity>,
  ) {
    this.list = mentions
      .filter((m) => SPEAKER_TYPES.has(entities.get(m.entity)?.type ?? ''))
      .sort((a, b) => a.start - b.start);
  }
  firstAtOrAfter(position: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.list[mid]?.start ?? 0) < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** A person named in [from, to), the first (or the last, nearest to `to`), else an organization. */
  inRange(from: number, to: number, nearestTo: 'start' | 'end'): string | null {
    const first = this.firstAtOrAfter(from);
    const inside: Mention[] = [];
    for (let i = first; i < this.list.length && (this.list[i]?.end ?? Infinity) <= to; i++) {
      const mention = this.list[i];
      if (mention !== undefined) inside.push(mention);
    }
    if (nearestTo === 'end') inside.reverse();
    const person = inside.find((m) => this.entities.get(m.entity)?.type === 'person');
    return (person ?? inside[0])?.entity ?? null;
  }
}

/**
 * Quotes in text order, never overlapping. The speaker is, in this order: the subject named between the speech verb
 * and the reported words ("وقال ستولتنبرغ إن"); a person (else an organization) named earlier in the same sentence
 * ("كما أشار ستولتنبرج إلى أن"); for a verb without subject ("وأضاف أن"، "، مضيفا أن"), the speaker of the previous
 * speech act in the same or the previous sentence; a "قال X" right after a quotation; else null.
 */
export function findQuotes(text: string, mentions: Mention[], entities: Map<string, Entity>): Quote[] {
  const sentences = new Sentences(text);
  const quoted = findQuotedSpans(text);
  const acts = findSpeechActs(text, sentences, quoted);
  const speakers = new SpeakerMentions(mentions, entities);

  let previous: { sentence: number; speaker: string | null } | null = null;
  const actSpeakers = acts.map((act) => {
    const sentence = sentences.sentenceOf(act.verb.start);
    // A verb joined by و inside a sentence ("ونشر زيلينسكي … وقال إن") shares the subject of the sentence's first
    // verb, named first (Arabic is verb-subject-object); a verb without و after its subject takes the nearest name.
    const coordinated = /^[وف]/.test(text.slice(act.verb.start, act.verb.end)) && sentences.startOf(sentence) < act.verb.start - 1;
    const named = speakers.inRange(act.verb.end, act.introStart, 'start');
    // A circumstantial participle ("، مضيفا أن"، "مؤكدا أنه") has the subject of the verb it follows.
    const participle = /^[وف]?م/.test(text.slice(act.verb.start, act.verb.end));
    const sameSentenceSpeaker: string | null | undefined = previous?.sentence === sentence ? previous.speaker : undefined;
    const speaker =
      named ??
      (participle && sameSentenceSpeaker !== undefined ? sameSentenceSpeaker : null) ??
      (hasUnnamedSubject(text.slice(act.verb.end, act.introStart))
        ? null
        : (speakers.inRange(sentences.startOf(sentence), act.verb.start, coordinated ? 'start' : 'end') ??
          (previous !== null && sentence - previous.sentence <= 1 ? previous.speaker : null)));
    previous = { sentence, speaker };
    return speaker;
  });

  const quotes: Quote[] = [];
  let actIndex = 0;
  const quotedSpeakers = quoted.map((span) => {
    while (actIndex < acts.length && (acts[actIndex]?.contentStart ?? 0) < span.start) actIndex++;
    const act = acts[actIndex];
    if (act !== undefined && act.contentStart === span.start) return actSpeakers[actIndex] ?? null;
    const reportedBefore = acts[actIndex - 1];
    if (reportedBefore?.clause && reportedBefore.clause.start <= span.start && reportedBefore.clause.end >= span.start) {
      return actSpeakers[actIndex - 1] ?? null;
    }
    return trailingAttribution(text, span, speakers);
  });
  quoted.forEach((span, i) => quotes.push({ start: span.start, end: span.end, speaker: quotedSpeakers[i] ?? null }));

  let q = 0;
  acts.forEach((act, i) => {
    const clause = act.clause;
    if (clause === null) return;
    while (q < quoted.length && (quoted[q]?.end ?? 0) <= clause.start) q++;
    const overlapping = quoted[q];
    if (overlapping !== undefined && overlapping.start < clause.end) return;
    quotes.push({ start: clause.start, end: clause.end, speaker: actSpeakers[i] ?? null });
  });
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * Words that may stand between a speech verb and what it reports without being its subject: prepositions, time
 * adverbs, "بدوره" (in turn). Anything else there is a subject the text does not name as an entity ("قال الرئيس
 * الأوكراني إنه"), and then the speaker is unknown rather than a name from elsewhere in the sentence.
 */
const ADVERBIAL_OPENERS = new Set([
  'في', 'خلال', 'أمام', 'امام', 'عبر', 'على', 'عن', 'من', 'مع', 'إلى', 'الى', 'لدى', 'بعد', 'قبل', 'اليوم', 'أمس', 'امس',
  'يوم', 'مساء', 'صباح', 'بدوره', 'بدورها', 'كذلك', 'أيضا', 'ايضا', 'حينها', 'وقتها',
]);

function hasUnnamedSubject(between: string): boolean {
  const first = between.match(/[\p{L}\p{M}]+/u)?.[0];
  if (first === undefined) return false;
  if (ADVERBIAL_OPENERS.has(first)) return false;
  // ل/ب + noun is a prepositional phrase ("لوسائل الإعلام", "بتصريحات").
  return !/^[لب]/.test(first);
}

/** "«…»، قال ستولتنبرغ": a speech verb just after the closing mark, and the name after it. */
function trailingAttribution(text: string, span: Span, speakers: SpeakerMentions): string | null {
  const from = Math.min(text.length, span.end + 1);
  const verb = speechVerbsIn(text.slice(from, from + TRAILING_ATTRIBUTION_CHARS), from)[0];
  if (verb === undefined || /[.!?؟\n]/.test(text.slice(span.end + 1, verb.start))) return null;
  return speakers.inRange(verb.end, verb.end + TRAILING_ATTRIBUTION_CHARS, 'start');
}
