/**
 * Choice of the per-type biases of the recogniser (core/ner/train.ts addTypeBias) on held-out training data: the
 * emissions of each held-out sentence are computed once, and each candidate bias only re-runs Viterbi. Coordinate
 * ascent, type by type, each type's bias chosen for that type's F1 over a fixed grid, and kept only when it gains
 * more than MIN_GAIN over the current value: deterministic.
 */
import type { LinearTagger } from '../core/ner/model.ts';
import { LABEL_COUNT, NER_LABELS } from '../core/ner/viterbi.ts';
import { scoreSpans, type TypeScore } from './ner-data.ts';

export interface HeldOutSentence {
  gold: ArrayLike<number>;
  /** Emission scores without bias, emissions[i * L + label]. */
  emissions: Float64Array;
  /** The tagger whose transitions decode it. */
  tagger: LinearTagger;
}

/** Candidate biases, in the units of the perceptron's averaged weights. */
const GRID = [-10, -5, 0, 2.5, 5, 7.5, 10, 12.5, 15, 17.5, 20, 25, 30];
const ROUNDS = 2;
/**
 * A type's bias moves from its current value only for a gain of held-out F1 above this: on ~2,400 held-out spans
 * per type a smaller gain is within the noise of which spans happen to be held out.
 */
const MIN_GAIN = 0.005;

export function chooseTypeBias(
  sentences: HeldOutSentence[],
  types: string[],
): { bias: Record<string, number>; before: Record<string, TypeScore>; after: Record<string, TypeScore> } {
  const L = LABEL_COUNT;
  const typeOf = NER_LABELS.map((l) => (l === 'O' ? '' : l.slice(2)));
  const scores = (bias: Record<string, number>) => {
    const add = typeOf.map((t) => bias[t] ?? 0);
    const predicted = sentences.map(({ emissions, tagger }) => {
      const n = emissions.length / L;
      const biased = emissions.slice();
      for (let i = 0; i < n; i++) for (let y = 0; y < L; y++) biased[i * L + y]! += add[y] as number;
      const out = new Uint8Array(n);
      tagger.decode(n, biased, out);
      return out;
    });
    return scoreSpans(sentences.map((s) => s.gold), predicted, types);
  };
  const bias: Record<string, number> = Object.fromEntries(types.map((t) => [t, 0]));
  const before = scores(bias);
  for (let round = 0; round < ROUNDS; round++) {
    for (const type of types) {
      const current = (scores(bias)[type] as TypeScore).f1;
      let best = current;
      let bestValue = bias[type] as number;
      for (const value of GRID) {
        const f1 = (scores({ ...bias, [type]: value })[type] as TypeScore).f1;
        if (f1 > best) {
          best = f1;
          bestValue = value;
        }
      }
      if (best - current > MIN_GAIN) bias[type] = bestValue;
    }
  }
  return { bias, before, after: scores(bias) };
}
