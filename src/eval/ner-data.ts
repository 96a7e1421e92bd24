/**
 * The NER corpus file (`token<TAB>IOB2 tag` per line, a blank line between sentences: ANERcorp's training split as
 * `shared/ner/anercorp-train.tsv` holds it), its development part, and span scores CoNLL style.
 */
import { nerTokens } from '../core/ner/tokens.ts';
import { NER_LABELS, spansOf } from '../core/ner/viterbi.ts';
import type { TrainingSentence } from '../core/ner/train.ts';

/**
 * Sentences of the file. A corpus token that holds punctuation beside letters ("(د", "أ)") is cut the way the
 * recogniser cuts text (see core/ner/tokens.ts): its word keeps the tag, the punctuation is O, a second word of
 * the same token continues the entity (I-).
 */
export function parseNerFile(text: string): TrainingSentence[] {
  const sentences: TrainingSentence[] = [];
  let current: TrainingSentence = { words: [], labels: [] };
  const labelId = new Map<string, number>(NER_LABELS.map((l, i) => [l, i]));
  const flush = () => {
    if (current.words.length > 0) sentences.push(current);
    current = { words: [], labels: [] };
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const tab = line.lastIndexOf('\t');
    const token = line.slice(0, tab);
    const tag = line.slice(tab + 1).trim();
    const id = labelId.get(tag);
    if (tab < 0 || id === undefined) throw new Error(`not a token<TAB>tag line: ${JSON.stringify(line)}`);
    let firstWord = true;
    for (const t of nerTokens(token)) {
      current.words.push(token.slice(t.start, t.end));
      if (t.punct || tag === 'O') current.labels.push(0);
      else if (firstWord) current.labels.push(id);
      else current.labels.push(labelId.get(`I-${tag.slice(2)}`) as number);
      if (!t.punct) firstWord = false;
    }
  }
  flush();
  return sentences;
}

/** The development part: the last tenth of the sentences, never trained on (the model ships trained on the rest). */
export function splitDevelopment(sentences: TrainingSentence[]): { train: TrainingSentence[]; dev: TrainingSentence[] } {
  const cut = sentences.length - Math.round(sentences.length / 10);
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Exact-match span precision, recall and F1 per type (CoNLL style), over sentences of gold and predicted labels. */
export function scoreSpans(gold: ArrayLike<number>[], predicted: ArrayLike<number>[], types: string[]): Record<string, TypeScore> {
  const counts = new Map(types.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]));
  gold.forEach((g, s) => {
    const key = (x: { type: string; start: number; end: number }) => `${x.type}:${x.start}:${x.end}`;
    const goldSpans = spansOf(g);
    const predictedSpans = spansOf(predicted[s] as ArrayLike<number>);
    const goldKeys = new Set(goldSpans.map(key));
    for (const span of goldSpans) {
      const c = counts.get(span.type);
      if (c) c.gold++;
    }
    for (const span of predictedSpans) {
      const c = counts.get(span.type);
      if (!c) continue;
      c.predicted++;
      if (goldKeys.has(key(span))) c.correct++;
    }
  });
  const out: Record<string, TypeScore> = {};
  for (const [type, c] of counts) {
    const precision = c.predicted === 0 ? 0 : c.correct / c.predicted;
    const recall = c.gold === 0 ? 0 : c.correct / c.gold;
    out[type] = { ...c, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  }
  return out;
}

/** ANERcorp marks no document boundaries: runs of this many consecutive sentences stand for a document. */
export const DOCUMENT_SENTENCES = 15;

/** [from, to) ranges of `count` sentences cut into documents. */
export function documentsOf(count: number, size = DOCUMENT_SENTENCES): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let from = 0; from < count; from += size) ranges.push([from, Math.min(count, from + size)]);
  return ranges;
}
