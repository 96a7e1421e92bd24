/**
 * Sentence spans of an article, as offsets into its content_text.
 *
 * Arabic news prose ends sentences with . ! ? and the Arabic ؟ and ؛ (the semicolon often closes a full clause),
 * and every paragraph break ends one. The Arabic comma ، is NOT a full stop: writers chain whole clauses with it, so
 * a sentence is cut at a comma only when it is very long (LONG_SENTENCE_WORDS), at the comma nearest its middle.
 * A full stop between two digits is a decimal point ("2.4 مليار") and a full stop between Latin letters is an
 * abbreviation ("U.S."); a full stop glued to the next Arabic word ("بالمدينة.واضطر", a scraping artefact)
 * still ends the sentence.
 */

export interface Span {
  start: number;
  end: number;
}

const LONG_SENTENCE_WORDS = 60;
const MIN_PIECE_WORDS = 8;

const isDigit = (c: string | undefined) => c !== undefined && /[0-9\u0660-\u0669\u06f0-\u06f9]/.test(c);
const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
// Closing quotes and brackets that belong to the sentence they follow: «… .» or "(… .)".
const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']', '}']);
const TERMINATORS = new Set(['!', '?', '؟', '؛', ';', '…', '\n', '\r']);
const HAS_WORD = /[\p{L}\p{N}]/u;

/** True when the full stop at `i` ends a sentence (not a decimal point, an abbreviation or part of an ellipsis run). */
function fullStopEnds(text: string, i: number): boolean {
  const before = text[i - 1];
  const after = text[i + 1];
  if (isDigit(before) && isDigit(after)) return false;
  if (isLatin(before) && isLatin(after)) return false;
  return true;
}

/** Trims white space and yields the span if it holds a word. */
function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start && HAS_WORD.test(text.slice(start, end))) out.push({ start, end });
}

/** Cuts a very long sentence at the Arabic comma nearest its middle, recursively. */
function splitLong(text: string, span: Span, out: Span[]): void {
  const piece = text.slice(span.start, span.end);
  const words = piece.split(/\s+/).filter(Boolean).length;
  if (words <= LONG_SENTENCE_WORDS) {
    out.push(span);
    return;
  }
  let best = -1;
  let bestDistance = Infinity;
  for (let i = piece.indexOf('،'); i >= 0; i = piece.indexOf('،', i + 1)) {
    const left = piece.slice(0, i).split(/\s+/).filter(Boolean).length;
    if (left < MIN_PIECE_WORDS || words - left < MIN_PIECE_WORDS) continue;
    const distance = Math.abs(left - words / 2);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = i;
    }
  }
  if (best < 0) {
    out.push(span);
    return;
  }
  const parts: Span[] = [];
  pushTrimmed(text, span.start, span.start + best + 1, parts);
  pushTrimmed(text, span.start + best + 1, span.end, parts);
  for (const part of parts) splitLong(text, part, out);
}

/** Sentence spans in text order; together they cover every word of `text`. Linear in the text. */
export function splitSentences(text: string): Span[] {
  const raw: Span[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const ends = TERMINATORS.has(c) || (c === '.' && fullStopEnds(text, i));
    if (!ends) {
      i++;
      continue;
    }
    // Swallow a run of terminators ("?!", "...") and the closing quotes or brackets after it.
    let end = i + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || text[end] === '.') && text[end] !== '\n') end++;
    while (end < text.length && CLOSERS.has(text[end]!)) end++;
    pushTrimmed(text, start, end, raw);
    start = end;
    i = end;
  }
  pushTrimmed(text, start, text.length, raw);
  const spans: Span[] = [];
  for (const span of raw) splitLong(text, span, spans);
  return spans;
}
