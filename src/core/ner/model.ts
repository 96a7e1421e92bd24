/**
 * The trained recogniser at use: labels the tokens of a text PERS / LOC / ORG / MISC with the weights of a trained
 * averaged perceptron (see train.ts) and returns the spans as UTF-16 offsets into the text. Pure: the caller loads
 * the model file and hands its parsed JSON to `loadNerModel`.
 */
import { normalizeWithOffsets, type NormalizedText } from '../normalize.ts';
import { documentFeatures, readingKeys } from './document-features.ts';
import { AFTER_SENTENCE, BEFORE_SENTENCE, hashExtra, hashFeature, lexiconSets, ownWordFeatures, POSITIONS, WINDOW, wordFeatureHashes, type LexiconSets, type NerLexicons } from './features.ts';
import { nerTokens, sentenceRanges, type NerToken } from './tokens.ts';
import { decodeMasked, LABEL_COUNT, maskTransitions, NER_LABELS, spansOf, type MaskedTransitions } from './viterbi.ts';

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
  private readonly masked: MaskedTransitions;

  constructor(
    private readonly weights: NerWeights,
    lexicons: NerLexicons | LexiconSets,
  ) {
    this.lex = 'givenNames' in lexicons && Array.isArray(lexicons.givenNames) ? lexiconSets(lexicons as NerLexicons) : (lexicons as LexiconSets);
    this.masked = maskTransitions(weights.transitions, weights.start);
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
    scores = new Float32Array(POSITIONS * LABEL_COUNT);
    this.writeWordScores(word, scores, 0);
    if (this.cache.size >= WORD_CACHE_LIMIT) this.cache.clear();
    this.cache.set(word, scores);
    return scores;
  }

  /** Writes a word's scores at each relative position (as scoresOf) into out[offset, offset + POSITIONS * L). */
  writeWordScores(word: string, out: Float32Array, offset: number): void {
    const L = LABEL_COUNT;
    const hashes = wordFeatureHashes(word, this.lex, this.weights.buckets);
    for (let p = 0; p < POSITIONS; p++) {
      for (const bucket of hashes[p] as Int32Array) {
        const row = this.rowOf(bucket);
        if (row < 0) continue;
        for (let y = 0; y < L; y++) out[offset + p * L + y]! += this.weights.rows[row * L + y] as number;
      }
    }
  }

  /** The weights of one word feature at the token's own position, or null when the model has none for it. */
  wordFeatureWeights(feature: string): Float32Array | null {
    const row = this.rowOf(hashFeature(0, feature, this.weights.buckets));
    return row < 0 ? null : this.weights.rows.subarray(row * LABEL_COUNT, (row + 1) * LABEL_COUNT);
  }

  /** The weights of one extra feature (a document feature), or null when the model has none for it. */
  extraWeights(feature: string): Float32Array | null {
    const row = this.extraRow(feature);
    return row < 0 ? null : this.weights.rows.slice(row * LABEL_COUNT, (row + 1) * LABEL_COUNT);
  }

  /** Viterbi over emissions[0, n * L) with this pass's transitions. */
  decode(n: number, emissions: Float64Array, out: Uint8Array): void {
    decodeMasked(n, emissions, this.masked, out);
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
    const emissions = this.emissionsOf(words, extra);
    decodeMasked(words.length, emissions, this.masked, this.labels);
    return this.labels.slice(0, words.length);
  }

  /** The emission scores of one sentence's words, emissions[i * L + label] (a scratch array, valid until the next call). */
  emissionsOf(words: string[], extra?: string[][]): Float64Array {
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
    return emissions;
  }

}

/**
 * The recogniser: a first pass labels each sentence on its own; a second pass labels it again knowing what the
 * first pass found for the same words elsewhere in the document (document-features.ts).
 *
 * `tagDocument` is the plain statement of that (training and evaluation use it). `recognise` computes the same labels
 * for a text fast (a test holds the two equal): every distinct word is interned once, with its scores for both passes
 * at every window position and its readings, so a token costs a few additions of rows of numbers; the document
 * features are counted in typed arrays instead of strings.
 */
export class NerModel {
  readonly first: LinearTagger;
  readonly second: LinearTagger | null;
  private words: WordScores;

  constructor(first: NerWeights, second: NerWeights | null, readonly lexicons: NerLexicons) {
    const sets = lexiconSets(lexicons);
    this.first = new LinearTagger(first, sets);
    this.second = second ? new LinearTagger(second, sets) : null;
    this.words = new WordScores(this);
  }

  /** Labels of a document's sentences (each an array of words). */
  tagDocument(sentences: string[][]): Uint8Array[] {
    const firstPass = sentences.map((words) => this.first.tagWords(words));
    if (!this.second) return firstPass;
    const extra = documentFeatures(sentences, firstPass);
    return sentences.map((words, s) => this.second!.tagWords(words, extra[s]));
  }

  /**
   * How far the first pass's weights for a folded word itself lean to O rather than to an entity of `type`: for each of
   * the word's own features (ownWordFeatures), O's weight minus the larger of B-type's and I-type's; the smaller of
   * the two figures. A perceptron moves a word's own weights only where it erred on that word in training, so a clearly
   * positive figure says the training text had the word outside such entities where the recogniser took it for part
   * of one (شكر: four times in ANERcorp, always O); a word it never erred on, or never saw, has 0 or less. Features
   * are hashed into buckets, and one of them may share its bucket with another feature (هالاند, never in ANERcorp, has
   * such an `s` row): both features must lean to O, which a chance collision of one of them does not make so.
   */
  outsideMargin(key: string, type: 'PERS' | 'LOC' | 'ORG'): number {
    const begin = NER_LABELS.indexOf(`B-${type}`);
    const inside = NER_LABELS.indexOf(`I-${type}`);
    let margin = Infinity;
    for (const feature of ownWordFeatures(key)) {
      const w = this.first.wordFeatureWeights(feature);
      margin = Math.min(margin, w === null ? 0 : (w[LABEL_O] as number) - Math.max(w[begin] as number, w[inside] as number));
    }
    return margin;
  }

  /**
   * Entity spans of the first pass alone, in text order: each sentence read by itself, without what the rest of the
   * document says of its words (the second pass's document features). Where the second pass joins a name to a word
   * the document has as a person elsewhere ("ترامب فلاديمير بوتين"), the first pass still shows where it opened a
   * name ("فلاديمير بوتين").
   */
  firstPassSpans(text: string, normalized: NormalizedText = normalizeWithOffsets(text)): NerSpan[] {
    const tokens = nerTokens(text, normalized);
    const spans: NerSpan[] = [];
    for (const [from, to] of sentenceRanges(text, tokens)) {
      const words: string[] = [];
      for (let i = from; i < to; i++) words.push((tokens[i] as NerToken).key);
      textSpans(tokens, from, this.first.tagWords(words), spans);
    }
    return spans;
  }

  /** Entity spans of a text (one document), in text order. */
  recognise(text: string, normalized: NormalizedText = normalizeWithOffsets(text)): NerSpan[] {
    const tokens = nerTokens(text, normalized);
    if (this.words.size > WORD_CACHE_LIMIT) this.words = new WordScores(this);
    const labels = this.words.label(text, tokens);
    const spans: NerSpan[] = [];
    for (const [from, to] of sentenceRanges(text, tokens)) {
      textSpans(tokens, from, labels.subarray(from, to), spans);
    }
    return spans;
  }
}

/** The spans of one sentence's labels (its first token is `from`), as offsets into the text, added to `into`. */
function textSpans(tokens: readonly NerToken[], from: number, labels: Uint8Array, into: NerSpan[]): void {
  for (const span of spansOf(labels)) {
    into.push({ type: span.type as NerType, start: (tokens[from + span.start] as NerToken).start, end: (tokens[from + span.end - 1] as NerToken).end });
  }
}

const TYPE_SLOTS = ['PERS', 'LOC', 'ORG', 'MISC'];
/** Per label, its slot in a reading's counts: the type's index, or 4 for O (as document-features.ts counts). */
const SLOT_OF_LABEL = Uint8Array.from(NER_LABELS, (l) => (l === 'O' ? 4 : TYPE_SLOTS.indexOf(l.slice(2))));

/** Interned words of NerModel.recognise: per word id its scores in both passes and its reading ids. */
class WordScores {
  private readonly ids = new Map<string, number>();
  private first = new Float32Array(1024 * POSITIONS * LABEL_COUNT);
  private second: Float32Array | null;
  private readingsOf: Int32Array[] = [];
  private readonly readingIds = new Map<string, number>();
  /** Per reading id, counts of first-pass labels in the current document by slot (5 per reading). */
  private readingCounts = new Int32Array(1024 * 5);
  /** The second pass's weights of each document feature, by the index `extraIndex` gives. */
  private readonly extra: Array<Float32Array | null>;
  private emissions = new Float64Array(256 * LABEL_COUNT);

  constructor(private readonly model: NerModel) {
    this.second = model.second ? new Float32Array(this.first.length) : null;
    this.extra = EXTRA_FEATURES.map((f) => model.second?.extraWeights(f) ?? null);
    this.idOf(BEFORE_SENTENCE);
    this.idOf(AFTER_SENTENCE);
  }

  get size(): number {
    return this.ids.size;
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id !== undefined) return id;
    id = this.ids.size;
    this.ids.set(word, id);
    const stride = POSITIONS * LABEL_COUNT;
    if ((id + 1) * stride > this.first.length) {
      const grow = (a: Float32Array) => {
        const b = new Float32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.first = grow(this.first);
      if (this.second) this.second = grow(this.second);
    }
    this.model.first.writeWordScores(word, this.first, id * stride);
    if (this.second) this.model.second!.writeWordScores(word, this.second, id * stride);
    this.readingsOf.push(Int32Array.from(readingKeys(word), (r) => this.readingIdOf(r)));
    return id;
  }

  private readingIdOf(reading: string): number {
    let id = this.readingIds.get(reading);
    if (id === undefined) {
      id = this.readingIds.size;
      this.readingIds.set(reading, id);
      if ((id + 1) * 5 > this.readingCounts.length) {
        const grown = new Int32Array(this.readingCounts.length * 2);
        grown.set(this.readingCounts);
        this.readingCounts = grown;
      }
    }
    return id;
  }

  /** Adds the second pass's weights of token i's document features (document-features.ts) to out[at, at + L). */
  private addDocumentFeatures(ids: Int32Array, firstPass: Uint8Array, i: number, from: number, to: number, out: Float64Array, at: number): void {
    const counts = this.readingCounts;
    const own = SLOT_OF_LABEL[firstPass[i] as number] as number;
    let seen = 0;
    const readings = this.readingsOf[ids[i] as number] as Int32Array;
    for (let k = 0; k < readings.length; k++) {
      const base = (readings[k] as number) * 5;
      for (let slot = 0; slot < 5; slot++) if ((counts[base + slot] as number) - (slot === own ? 1 : 0) > 0) seen |= 1 << slot;
    }
    for (let slot = 0; slot < 4; slot++) if (seen & (1 << slot)) this.addExtra(EXTRA_SEEN + slot, out, at);
    if ((seen & 15) === 0 && seen & 16) this.addExtra(EXTRA_SEEN_O, out, at);
    this.addExtra(EXTRA_OWN + (firstPass[i] as number), out, at);
    this.addExtra(i > from ? EXTRA_PREV + (firstPass[i - 1] as number) : EXTRA_PREV_START, out, at);
    this.addExtra(i + 1 < to ? EXTRA_NEXT + (firstPass[i + 1] as number) : EXTRA_NEXT_END, out, at);
  }

  private addExtra(feature: number, out: Float64Array, at: number): void {
    const w = this.extra[feature];
    if (w) for (let y = 0; y < LABEL_COUNT; y++) out[at + y]! += w[y] as number;
  }

  /** Emissions of tokens [from, to) from a score slab. */
  private emit(ids: Int32Array, from: number, to: number, slab: Float32Array): Float64Array {
    const L = LABEL_COUNT;
    const n = to - from;
    if (this.emissions.length < n * L) this.emissions = new Float64Array(n * L * 2);
    const emissions = this.emissions;
    const stride = POSITIONS * L;
    if (L === 9 && POSITIONS === 5) {
      // The same sums as below, in the same order (position 0 first), kept in locals rather than read and written
      // back in the array for each position: the recogniser's hottest loop after decoding.
      for (let i = 0; i < n; i++) {
        let e0 = 0, e1 = 0, e2 = 0, e3 = 0, e4 = 0, e5 = 0, e6 = 0, e7 = 0, e8 = 0;
        for (let p = 0; p < 5; p++) {
          const j = from + i + p - WINDOW;
          const id = j < from ? BEFORE_ID : j >= to ? AFTER_ID : (ids[j] as number);
          const b = id * stride + p * 9;
          e0 += slab[b] as number;
          e1 += slab[b + 1] as number;
          e2 += slab[b + 2] as number;
          e3 += slab[b + 3] as number;
          e4 += slab[b + 4] as number;
          e5 += slab[b + 5] as number;
          e6 += slab[b + 6] as number;
          e7 += slab[b + 7] as number;
          e8 += slab[b + 8] as number;
        }
        const o = i * 9;
        emissions[o] = e0;
        emissions[o + 1] = e1;
        emissions[o + 2] = e2;
        emissions[o + 3] = e3;
        emissions[o + 4] = e4;
        emissions[o + 5] = e5;
        emissions[o + 6] = e6;
        emissions[o + 7] = e7;
        emissions[o + 8] = e8;
      }
      return emissions;
    }
    emissions.fill(0, 0, n * L);
    for (let i = 0; i < n; i++) {
      for (let p = 0; p < POSITIONS; p++) {
        const j = from + i + p - WINDOW;
        const id = j < from ? BEFORE_ID : j >= to ? AFTER_ID : (ids[j] as number);
        const base = id * stride + p * L;
        for (let y = 0; y < L; y++) emissions[i * L + y]! += slab[base + y] as number;
      }
    }
    return emissions;
  }

  /** The labels of every token of a document. */
  label(text: string, tokens: NerToken[]): Uint8Array {
    const n = tokens.length;
    const ids = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i] as NerToken;
      ids[i] = this.idOf(t.key);
    }
    const sentences = sentenceRanges(text, tokens);
    const firstPass = new Uint8Array(n);
    for (const [from, to] of sentences) this.model.first.decode(to - from, this.emit(ids, from, to, this.first), firstPass.subarray(from, to));
    const second = this.second;
    if (!second) return firstPass;

    // Document features (document-features.ts): first-pass label counts per reading over the document.
    const counts = this.readingCounts;
    for (let i = 0; i < n; i++) {
      const slot = SLOT_OF_LABEL[firstPass[i] as number] as number;
      const readings = this.readingsOf[ids[i] as number] as Int32Array;
      for (let k = 0; k < readings.length; k++) counts[(readings[k] as number) * 5 + slot]!++;
    }
    const labels = new Uint8Array(n);
    for (const [from, to] of sentences) {
      const emissions = this.emit(ids, from, to, second);
      for (let i = from; i < to; i++) this.addDocumentFeatures(ids, firstPass, i, from, to, emissions, (i - from) * LABEL_COUNT);
      this.model.second!.decode(to - from, emissions, labels.subarray(from, to));
    }
    for (let i = 0; i < n; i++) for (const r of this.readingsOf[ids[i] as number] as Int32Array) counts.fill(0, r * 5, r * 5 + 5);
    return labels;
  }
}

const LABEL_O = NER_LABELS.indexOf('O');

const BEFORE_ID = 0;
const AFTER_ID = 1;
/** The document features document-features.ts writes, in a fixed order: their index is their place in this list. */
const EXTRA_FEATURES = [
  ...TYPE_SLOTS.map((t) => `D${t}`),
  'D-',
  ...NER_LABELS.map((_, y) => `L0${y}`),
  ...NER_LABELS.map((_, y) => `L-${y}`),
  'L-S',
  ...NER_LABELS.map((_, y) => `L+${y}`),
  'L+E',
];
const EXTRA_SEEN = 0;
const EXTRA_SEEN_O = 4;
const EXTRA_OWN = 5;
const EXTRA_PREV = EXTRA_OWN + LABEL_COUNT;
const EXTRA_PREV_START = EXTRA_PREV + LABEL_COUNT;
const EXTRA_NEXT = EXTRA_PREV_START + 1;
const EXTRA_NEXT_END = EXTRA_NEXT + LABEL_COUNT;

export { NER_LABELS };
