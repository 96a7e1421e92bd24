/**
 * Tokens for the entity recogniser, cut the way its training corpus (ANERcorp) cuts words: a word is one token with
 * its clitics attached (وميركل), and each punctuation character is a token of its own. Offsets are UTF-16 into the
 * original text, end exclusive. Sentences are the unit the recogniser labels.
 */
import { wordsAndPunctuation, type TextToken } from '../arabic/words.ts';
import type { NormalizedText } from '../normalize.ts';
export type NerToken = TextToken;

/** The recogniser's tokens: the word layer's words, and each punctuation character as a token of its own. */
export function nerTokens(text: string, normalized?: NormalizedText): NerToken[] {
  return wordsAndPunctuation(text, normalized);
}

/** Characters that end a sentence for decoding: the recogniser labels one sentence at a time, as it was trained. */
const SENTENCE_END = new Set(['.', '!', '?', '؟', '\n', '…']);

/** Splits token indexes into sentences: after each run of sentence-ending tokens, and at line breaks of the text. */
export function sentenceRanges(text: string, tokens: NerToken[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as NerToken;
    const next = tokens[i + 1];
    const ends = t.punct && SENTENCE_END.has(text[t.start] as string) && !(next?.punct && SENTENCE_END.has(text[next.start] as string));
    const lineBreak = next !== undefined && hasLineBreak(text, t.end, next.start);
    if (ends || lineBreak) {
      ranges.push([from, i + 1]);
      from = i + 1;
    }
  }
  if (from < tokens.length) ranges.push([from, tokens.length]);
  return ranges;
}

/** True when text[from, to) holds a line break (without slicing: this runs for every token). */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return true;
  return false;
}
