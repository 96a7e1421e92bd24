/** Where a date's sentence starts and ends: the timeline quotes it (the app, and bundle v2's timeline file). */
const SENTENCE_END = /[.!?؟]\s|\n\n/g;

/** The sentence (or paragraph part) around an offset: from after the previous full stop to the next one. */
export function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index < start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index + 1;
      break;
    }
  }
  while (from < start && /\s/.test(text[from]!)) from++;
  return { start: from, end: Math.min(to, text.length) };
}
