/**
 * What differs inside an aligned pair: the words of a sentence that none of its partner sentences says.
 *
 * Two sentences stating one fact in other words share most of what matters, so only the rest is marked: a word
 * is the same when a partner has the same light stem (align.ts stemOf: the shared clitic analysis), or a stem of
 * three letters or more that one of the two contains, or that begins as it does for most of its length
 * ("تطرد"/"ستطرد", "دبلوماسيا"/"دبلوماسيين": the same word conjugated or declined); a name when a partner names the same entity (the bundle's mentions, whatever the
 * spelling); a number when a partner gives the same value ("سبعة"/"7"). Function words are never marked.
 * Adjacent marked words come back as one span. Linear in the two sentences' words times their stems.
 */
import type { Mention } from '../bundle-schema.ts';
import { stemOf, type AlignInput } from './align.ts';
import { findNumbers } from './facts.ts';
import type { Span } from './sentences.ts';
import { tokenize } from './tokens.ts';

interface Word extends Span {
  /** 'stem:…', '@entity' or '#value'; null for a function word. */
  feature: string | null;
}

function wordsOf(input: AlignInput, span: Span): Word[] {
  const text = input.text.slice(span.start, span.end);
  const mentions: Mention[] = (input.mentions ?? []).filter((m) => m.start >= span.start && m.end <= span.end);
  const numbers = findNumbers(text);
  const out: Word[] = [];
  for (const token of tokenize(text)) {
    const start = token.start + span.start;
    const end = token.end + span.start;
    const mention = mentions.find((m) => m.start <= start && start < m.end);
    // The number's own words (not the counted noun after it, which is a word like any other).
    const number = numbers.find((n) => n.start === token.start || (n.start <= token.start && token.end < n.end));
    let feature: string | null;
    if (mention) feature = `@${mention.entity}`;
    else if (number) feature = `#${number.value}`;
    else {
      const stem = stemOf(token);
      feature = stem === null ? null : `stem:${stem}`;
    }
    out.push({ start, end, feature });
  }
  return out;
}

/** One word in two forms: one stem inside the other, or a long shared beginning (declined endings: -ا/-ين/-ون). */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length < 3 || y.length < 3) return false;
  if (x.includes(y) || y.includes(x)) return true;
  let common = 0;
  while (common < x.length && x[common] === y[common]) common++;
  return common >= 4 && common >= 0.75 * Math.min(x.length, y.length);
}

/** Spans (offsets into `sentence`'s text) of the words of `sentence` that none of `partners` says. */
export function differingSpans(sentence: { input: AlignInput; span: Span }, partners: ReadonlyArray<{ input: AlignInput; span: Span }>): Span[] {
  const mine = wordsOf(sentence.input, sentence.span);
  const theirs = new Set<string>();
  const theirStems: string[] = [];
  for (const p of partners) {
    for (const w of wordsOf(p.input, p.span)) {
      if (w.feature === null) continue;
      theirs.add(w.feature);
      if (w.feature.startsWith('stem:')) theirStems.push(w.feature.slice(5));
    }
  }
  const differs = (w: Word) => {
    if (w.feature === null || theirs.has(w.feature)) return false;
    if (!w.feature.startsWith('stem:')) return true;
    const stem = w.feature.slice(5);
    return !theirStems.some((other) => sameStem(stem, other));
  };
  const spans: Span[] = [];
  let open: Span | null = null;
  for (const w of mine) {
    if (differs(w)) {
      if (open) open.end = w.end;
      else spans.push((open = { start: w.start, end: w.end }));
    } else if (w.feature !== null) open = null;
    // A function word between two marked words keeps the span open ("طرد من البلاد" marked as one).
  }
  // A span never ends on a function word: it ends at the last marked word (open.end is only moved by marked ones).
  return spans;
}
