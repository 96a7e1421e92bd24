/**
 * A search result's snippet: the short passage of an article's text around its best match, for a list row (two
 * lines). The words are matched as highlight() marks them (terms.ts: each word's search term against the search's
 * matched terms), so every word that made the passage the best one is marked when it is shown.
 */
import { words } from '../arabic/index.ts';
import { isTermOf, searchTerm } from './terms.ts';

/** About two lines of a list row at its widest, as the lead is cut (HomePage's LEAD_CHARACTERS is 320). */
export const SNIPPET_CHARACTERS = 220;
/** The text shown before the passage's first match: a phone's line is ~40 characters, so the match stays on line one. */
export const SNIPPET_LEAD_IN = 40;

/** A sentence or a paragraph ends here: Latin and Arabic full stop, question and exclamation marks, a line break. */
const SENTENCE_END = /[.!?؟۔\n]/;

interface Match {
  term: string;
  start: number;
  end: number;
}

/**
 * The passage of `text` around its best match, at most about SNIPPET_CHARACTERS long, whitespace collapsed, with
 * "…" where it cuts the text; null when no word of the text matches (the article matched on its title or names).
 * The best match is the window holding the most different matched terms, then the most matched words, then the
 * earliest. The passage starts at that window's first match, or up to SNIPPET_LEAD_IN characters before it at a
 * word's start — at the sentence's start when that is within reach — and ends after a whole word.
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = SNIPPET_CHARACTERS): string | null {
  if (terms.size === 0) return null;
  const all = words(text);
  const matches: Match[] = [];
  for (const word of all) if (isTermOf(word.key, terms)) matches.push({ term: searchTerm(word.key), start: word.start, end: word.end });
  if (matches.length === 0) return null;

  let best = 0;
  let bestDistinct = 0;
  let bestCount = 0;
  for (let first = 0; first < matches.length; first++) {
    const limit = matches[first]!.start + length - SNIPPET_LEAD_IN;
    const seen = new Set<string>();
    let count = 0;
    for (let k = first; k < matches.length && matches[k]!.end <= limit; k++) {
      seen.add(matches[k]!.term);
      count++;
    }
    if (seen.size > bestDistinct || (seen.size === bestDistinct && count > bestCount)) {
      best = first;
      bestDistinct = seen.size;
      bestCount = count;
    }
  }

  const match = matches[best]!;
  // The sentence's start when it is near (a passage that starts a sentence reads best), else a word's start at most
  // SNIPPET_LEAD_IN before the match.
  const sentence = sentenceStart(text, all, match.start);
  let start = sentence;
  if (match.start - sentence > SNIPPET_LEAD_IN * 1.5) {
    start = match.start;
    for (const word of all) {
      if (word.start >= match.start - SNIPPET_LEAD_IN) {
        start = word.start;
        break;
      }
    }
  }

  // Forward to the last whole word within the length (the match itself always fits).
  let end = match.end;
  for (const word of all) {
    if (word.start < match.end) continue;
    if (word.end - start > length) break;
    end = word.end;
  }
  // Punctuation right after the last word (a full stop, a closing quote) belongs to it.
  const trailing = /^[^\s\p{L}\p{N}]+/u.exec(text.slice(end));
  if (trailing) end += trailing[0].length;

  const passage = text.slice(start, end).replace(/\s+/g, ' ').trim();
  const cutBefore = start !== sentence;
  const cutAfter = /[\p{L}\p{N}]/u.test(text.slice(end)) && !SENTENCE_END.test(passage.at(-1)!) && !SENTENCE_END.test(passage.at(-2) ?? '');
  return `${cutBefore ? '…' : ''}${passage}${cutAfter ? '…' : ''}`;
}

/** Where the sentence holding `at` starts: the first word after the last sentence end before it (0 for the first). */
function sentenceStart(text: string, all: ReadonlyArray<{ start: number }>, at: number): number {
  let from = at - 1;
  while (from >= 0 && !SENTENCE_END.test(text[from]!)) from--;
  if (from < 0) return 0;
  for (const word of all) if (word.start > from) return Math.min(word.start, at);
  return at;
}
