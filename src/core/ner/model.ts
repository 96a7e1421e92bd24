/**
 * The trained recogniser at use: labels the tokens of a text PERS / LOC / ORG / MISC with the weights of a trained
 * averaged perceptron (see train.ts) and returns the spans as UTF-16 offsets into the text. Pure: the caller loads
 * the model file and hands its parsed JSON to `loadNerModel`.
 */
import { documentFeatures } from './document.ts';
import { AFTER_SENTENCE, BEFORE_SENTENCE, hashExtra, lexiconSets, POSITIONS, WINDOW, wordFeatureHashes, type LexiconSets, type NerLexicons } from './features.ts';
import { nerTokens, sentenceRanges, type NerToken } from './tokens.ts';
import { LABEL_COUNT, NER_LABELS, spansOf, viterbi } from './viterbi.ts';

export type NerType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

export interface NerSpan {
  type: NerType;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

/** Weights as a sparse table: the rows of the buckets that carry any weight. */
export interface NerWeights {
  buckets: number;
  /** Sorted bucket ids that have a row. */
  rowBuckets: Int32Array;
  /** rows[r * L + label]. */
  rows: Float32Array;
  transitions: Float64Array;
  start: Float64Array;
}

/** Distinct words whose scores are kept; past this the cache starts afresh (memory stays bounded on any corpus). */
const WORD_CACHE_LIMIT = 200_000;

/** One linear tagger (a pass of the recogniser): weights, a per-word score cache and Viterbi decoding. */
export class LinearTagger {
  private readonly lex: LexiconSets;
  /** Open-addressing table bucket → row index. */
  private readonly slots: Int32Array;
  private readonly slotRows: Int32Array;
  private readonly mask: number;
  private readonly cache = new Map<string, Float32Array>();
  private emissions = new Float64Array(256 * LABEL_COUNT);
  private labels = new Uint8Array(256);

  private readonly extraRows = new Map<string, number>();

  constructor(
    private readonly weights: NerWeights,
    lexicons: NerLexicons | LexiconSets,
  ) {
    this.lex = 'givenNames' in lexicons && Array.isArray(lexicons.givenNames) ? lexiconSets(lexicons as NerLexicons) : (lexicons as LexiconSets);
    let size = 1;
    while (size < weights.rowBuckets.length * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.slotRows = new Int32Array(size);
    weights.rowBuckets.forEach((bucket, row) => {
      let s = Math.imul(bucket, 0x9e3779b1) >>> 0 & this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = bucket;
      this.slotRows[s] = row;
    });
  }

  private rowOf(bucket: number): number {
    let s = Math.imul(bucket, 0x9e3779b1) >>> 0 & this.mask;
    for (;;) {
      const b = this.slots[s] as number;
      if (b === -1) return -1;
      if (b === bucket) return this.slotRows[s] as number;
      s = (s + 1) & this.mask;
    }
  }

  /** A word's score contribution at each relative position: scores[p * L + label]. */
  private scoresOf(word: string): Float32Array {
    let scores = this.cache.get(word);
    if (scores) return scores;
    const L = LABEL_COUNT;
    scores = new Float32Array(POSITIONS * L);
    const hashes = wordFeatureHashes(word, this.lex, this.weights.buckets);
    for (let p = 0; p < POSITIONS; p++) {
      for (const bucket of hashes[p] as Int32Array) {
        const row = this.rowOf(bucket);
        if (row < 0) continue;
        for (let y = 0; y < L; y++) scores[p * L + y]! += this.weights.rows[row * L + y] as number;
      }
    }
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, scores);
    return scores;
  }

  private extraRow(feature: string): number {
    let row = this.extraRows.get(feature);
    if (row === undefined) {
      row = this.rowOf(hashExtra(feature, this.weights.buckets));
      this.extraRows.set(feature, row);
    }
    return row;
  }

  /** Label ids (into NER_LABELS) of one sentence's words; `extra[i]`: token i's extra features. */
  tagWords(words: string[], extra?: string[][]): Uint8Array {
    const L = LABEL_COUNT;
    const n = words.length;
    if (this.emissions.length < n * L) {
      this.emissions = new Float64Array(n * L * 2);
      this.labels = new Uint8Array(n * 2);
    }
    const emissions = this.emissions;
    emissions.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      for (let p = 0; p < POSITIONS; p++) {
        const j = i + p - WINDOW;
        const word = j < 0 ? BEFORE_SENTENCE : j >= n ? AFTER_SENTENCE : (words[j] as string);
        const scores = this.scoresOf(word);
        for (let y = 0; y < L; y++) emissions[i * L + y]! += scores[p * L + y] as number;
      }
      for (const feature of extra?.[i] ?? []) {
        const row = this.extraRow(feature);
        if (row < 0) continue;
        for (let y = 0; y < L; y++) emissions[i * L + y]! += this.weights.rows[row * L + y] as number;
      }
    }
    viterbi(n, emissions, this.weights.transitions, this.weights.start, this.labels);
    return this.labels.slice(0, n);
  }

}

/**
 * The recogniser: a first pass labels each sentence on its own; a second pass labels it again knowing what the
 * first pass found for the same words elsewhere in the document (document.ts).
 */
export class NerModel {
  readonly first: LinearTagger;
  readonly second: LinearTagger | null;

  constructor(first: NerWeights, second: NerWeights | null, readonly lexicons: NerLexicons) {
    const sets = lexiconSets(lexicons);
    this.first = new LinearTagger(first, sets);
    this.second = second ? new LinearTagger(second, sets) : null;
  }

  /** Labels of a document's sentences (each an array of words). */
  tagDocument(sentences: string[][]): Uint8Array[] {
    const firstPass = sentences.map((words) => this.first.tagWords(words));
    if (!this.second) return firstPass;
    const extra = documentFeatures(sentences, firstPass);
    return sentences.map((words, s) => this.second!.tagWords(words, extra[s]));
  }

  /** Entity spans of a text (one document), in text order. */
  recognise(text: string): NerSpan[] {
    const tokens = nerTokens(text);
    const ranges = sentenceRanges(text, tokens);
    const sentences = ranges.map(([from, to]) => tokens.slice(from, to).map((t) => text.slice(t.start, t.end)));
    const labels = this.tagDocument(sentences);
    const spans: NerSpan[] = [];
    ranges.forEach(([from], s) => {
      for (const span of spansOf(labels[s] as Uint8Array)) {
        spans.push({ type: span.type as NerType, start: (tokens[from + span.start] as NerToken).start, end: (tokens[from + span.end - 1] as NerToken).end });
      }
    });
    return spans;
  }
}

export { NER_LABELS };
