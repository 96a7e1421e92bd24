/**
 * Training of the recogniser: an averaged structured perceptron (Collins 2002) over hashed features, decoded with
 * Viterbi. Deterministic: sentences are visited in an order drawn from a seeded PRNG, and the same data, seed and
 * settings give the same weights on every machine.
 */
import { hashExtra, hashFeature, wordFeatureHashes, lexiconSets, POSITIONS, WINDOW, BEFORE_SENTENCE, AFTER_SENTENCE, type NerLexicons } from './features.ts';
import { LABEL_COUNT, NER_LABELS, viterbi } from './viterbi.ts';
import { mulberry32 } from '../random.ts';

export interface TrainingSentence {
  words: string[];
  /** Label ids (index into NER_LABELS), one per word. */
  labels: number[];
  /** Per word, extra features of that token alone (the second pass's document features). */
  extra?: string[][];
}

export interface TrainOptions {
  epochs: number;
  /** Number of hash buckets, a power of two. */
  buckets: number;
  seed: number;
  lexicons: NerLexicons;
  /** Features seen fewer times than this in the training text are dropped (default 1: none). */
  minFeatureCount?: number;
  /** Called after each epoch (for progress and development scores). */
  onEpoch?: (epoch: number, mistakes: number, snapshot: () => TrainedWeights) => void;
}

export interface TrainedWeights {
  buckets: number;
  /** Averaged emission weights, weights[bucket * L + label]. */
  weights: Float32Array;
  transitions: Float64Array;
  start: Float64Array;
}

interface Encoded {
  /** Per sentence, word ids with WINDOW boundary ids on each side. */
  words: Int32Array[];
  /** Per sentence, per token, hashed extra features (empty arrays when there are none). */
  extras: Int32Array[][];
  labels: Uint8Array[];
  /** Per word id, its hashed features per relative position. */
  features: Int32Array[][];
}

function encode(sentences: TrainingSentence[], options: TrainOptions): Encoded {
  const lex = lexiconSets(options.lexicons);
  const ids = new Map<string, number>();
  const features: Int32Array[][] = [];
  const idOf = (word: string): number => {
    let id = ids.get(word);
    if (id === undefined) {
      id = features.length;
      ids.set(word, id);
      features.push(wordFeatureHashes(word, lex, options.buckets));
    }
    return id;
  };
  const before = idOf(BEFORE_SENTENCE);
  const after = idOf(AFTER_SENTENCE);
  const words: Int32Array[] = [];
  const labels: Uint8Array[] = [];
  const extras: Int32Array[][] = [];
  for (const s of sentences) {
    extras.push(s.words.map((_, i) => Int32Array.from(s.extra?.[i] ?? [], (f) => hashExtra(f, options.buckets))));
    const w = new Int32Array(s.words.length + 2 * WINDOW);
    w.fill(before, 0, WINDOW);
    s.words.forEach((word, i) => (w[WINDOW + i] = idOf(word)));
    w.fill(after, WINDOW + s.words.length);
    words.push(w);
    labels.push(Uint8Array.from(s.labels));
  }
  // Features seen fewer than minCount times in the whole training text are left out: a feature seen once is
  // memorised rather than learned, and leaving it out makes the weight go to the general ones (affixes, lexicons).
  const minCount = options.minFeatureCount ?? 1;
  if (minCount > 1) {
    const count = new Uint32Array(options.buckets);
    for (const w of words) for (let i = WINDOW; i < w.length - WINDOW; i++) {
      for (let p = 0; p < POSITIONS; p++) for (const h of (features[w[i + p - WINDOW] as number] as Int32Array[])[p] as Int32Array) count[h]!++;
    }
    for (const perPosition of features) {
      for (let p = 0; p < POSITIONS; p++) perPosition[p] = (perPosition[p] as Int32Array).filter((h) => (count[h] as number) >= minCount);
    }
  }
  return { words, labels, features, extras };
}

/** Emission scores of every token of one sentence. */
function emissionsOf(
  words: Int32Array,
  extras: Int32Array[],
  n: number,
  features: Int32Array[][],
  weights: Float32Array,
  out: Float64Array,
): void {
  const L = LABEL_COUNT;
  out.fill(0, 0, n * L);
  for (let i = 0; i < n; i++) {
    for (const h of extras[i] as Int32Array) {
      for (let y = 0; y < L; y++) out[i * L + y]! += weights[h * L + y] as number;
    }
    for (let p = 0; p < POSITIONS; p++) {
      const feats = (features[words[i + p] as number] as Int32Array[])[p] as Int32Array;
      for (let f = 0; f < feats.length; f++) {
        const base = (feats[f] as number) * L;
        for (let y = 0; y < L; y++) out[i * L + y]! += weights[base + y] as number;
      }
    }
  }
}

export function trainPerceptron(sentences: TrainingSentence[], options: TrainOptions): TrainedWeights {
  const L = LABEL_COUNT;
  const data = encode(sentences, options);
  const weights = new Float32Array(options.buckets * L);
  // Averaging by the sum of updates weighted by the step they came at (Daumé's trick): average = w − u / c.
  const accumulated = new Float64Array(options.buckets * L);
  const transitions = new Float64Array(L * L);
  const transitionsAcc = new Float64Array(L * L);
  const start = new Float64Array(L);
  const startAcc = new Float64Array(L);
  const random = mulberry32(options.seed);
  const order = sentences.map((_, i) => i);
  let maxLength = 1;
  for (const s of sentences) maxLength = Math.max(maxLength, s.words.length);
  const emissions = new Float64Array(maxLength * L);
  const predicted = new Uint8Array(maxLength);
  let step = 1;

  const snapshot = (): TrainedWeights => {
    const avg = new Float32Array(weights.length);
    for (let k = 0; k < avg.length; k++) avg[k] = (weights[k] as number) - (accumulated[k] as number) / step;
    return {
      buckets: options.buckets,
      weights: avg,
      transitions: transitions.map((t, k) => t - (transitionsAcc[k] as number) / step),
      start: start.map((t, k) => t - (startAcc[k] as number) / step),
    };
  };

  const update = (words: Int32Array, extras: Int32Array[], i: number, label: number, delta: number) => {
    for (const h of extras[i] as Int32Array) {
      const k = h * L + label;
      weights[k]! += delta;
      accumulated[k]! += step * delta;
    }
    for (let p = 0; p < POSITIONS; p++) {
      const feats = (data.features[words[i + p] as number] as Int32Array[])[p] as Int32Array;
      for (let f = 0; f < feats.length; f++) {
        const k = (feats[f] as number) * L + label;
        weights[k]! += delta;
        accumulated[k]! += step * delta;
      }
    }
  };

  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    // Fisher–Yates with the seeded PRNG.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    let mistakes = 0;
    for (const s of order) {
      const words = data.words[s] as Int32Array;
      const gold = data.labels[s] as Uint8Array;
      const extras = data.extras[s] as Int32Array[];
      const n = gold.length;
      if (n === 0) continue;
      emissionsOf(words, extras, n, data.features, weights, emissions);
      viterbi(n, emissions, transitions, start, predicted);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i] as number;
        const q = predicted[i] as number;
        if (g !== q) {
          wrong = true;
          mistakes++;
          update(words, extras, i, g, 1);
          update(words, extras, i, q, -1);
        }
      }
      if (wrong) {
        const bump = (table: Float64Array, acc: Float64Array, k: number, delta: number) => {
          table[k] = (table[k] as number) + delta;
          acc[k] = (acc[k] as number) + step * delta;
        };
        bump(start, startAcc, gold[0] as number, 1);
        bump(start, startAcc, predicted[0] as number, -1);
        for (let i = 1; i < n; i++) {
          bump(transitions, transitionsAcc, (gold[i - 1] as number) * L + (gold[i] as number), 1);
          bump(transitions, transitionsAcc, (predicted[i - 1] as number) * L + (predicted[i] as number), -1);
        }
      }
      step++;
    }
    options.onEpoch?.(epoch, mistakes, snapshot);
  }
  return snapshot();
}

/**
 * The weights with a constant added to every token's score of each label of the given types: the row of the bias
 * feature `b`, which every word has at its own position (features.ts), gets `bias[type]` on B-type and I-type. A
 * perceptron trained on text where most tokens are O leans towards O (ORG: precision 0.78, recall 0.46); a per-type
 * bias chosen on held-out training data moves each type to a better balance of the two (Minkov et al. 2006,
 * "NER Systems that Suit User's Preferences: Adjusting the Recall-Precision Trade-off for Entity Extraction").
 */
export function addTypeBias(trained: TrainedWeights, bias: Record<string, number>): TrainedWeights {
  const weights = trained.weights.slice();
  const row = hashFeature(0, 'b', trained.buckets) * LABEL_COUNT;
  NER_LABELS.forEach((label, y) => {
    if (label !== 'O') weights[row + y] = (weights[row + y] as number) + (bias[label.slice(2)] ?? 0);
  });
  return { ...trained, weights };
}

/** The mean of models trained with the same buckets (an ensemble folded into one linear model). */
export function averageWeights(models: TrainedWeights[]): TrainedWeights {
  const [head] = models;
  if (!head) throw new Error('averageWeights: no models');
  if (models.length === 1) return head;
  const mean = <T extends Float32Array | Float64Array>(pick: (m: TrainedWeights) => T, out: T): T => {
    for (const m of models) {
      const a = pick(m);
      for (let k = 0; k < out.length; k++) out[k]! += (a[k] as number) / models.length;
    }
    return out;
  };
  return {
    buckets: head.buckets,
    weights: mean((m) => m.weights, new Float32Array(head.weights.length)),
    transitions: mean((m) => m.transitions, new Float64Array(head.transitions.length)),
    start: mean((m) => m.start, new Float64Array(head.start.length)),
  };
}

/**
 * The weights with every weight below `threshold` in absolute value set to 0. An averaged perceptron leaves most
 * features a small weight from a few early updates that later ones cancelled out; they barely move a score, and
 * the model file stores only the weights that are not 0 (model-file.ts), so dropping them keeps the file small.
 */
export function pruneWeights(trained: TrainedWeights, threshold: number): TrainedWeights {
  if (threshold <= 0) return trained;
  return { ...trained, weights: trained.weights.map((w) => (Math.abs(w) < threshold ? 0 : w)) };
}
