/**
 * Labels of the recogniser (IOB2 over ANERcorp's four types) and first-order Viterbi decoding over them, with the
 * IOB2 constraint built in: I-X may only follow B-X or I-X.
 */
export const NER_LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type NerLabel = (typeof NER_LABELS)[number];
export const LABEL_COUNT = NER_LABELS.length;

/** allowed[prev * L + cur]; prev = LABEL_COUNT stands for the sentence start. */
const ALLOWED = new Uint8Array((LABEL_COUNT + 1) * LABEL_COUNT);
for (let prev = 0; prev <= LABEL_COUNT; prev++) {
  for (let cur = 0; cur < LABEL_COUNT; cur++) {
    const label = NER_LABELS[cur] as string;
    const prevLabel = prev < LABEL_COUNT ? (NER_LABELS[prev] as string) : 'O';
    const ok = !label.startsWith('I-') || prevLabel.slice(2) === label.slice(2);
    ALLOWED[prev * LABEL_COUNT + cur] = ok ? 1 : 0;
  }
}

/** Per label y, the labels that may precede it (ascending): PREVS[PREV_FROM[y], PREV_FROM[y + 1]). */
const PREV_FROM = new Int32Array(LABEL_COUNT + 1);
const PREVS = new Int32Array(LABEL_COUNT * LABEL_COUNT);
{
  let k = 0;
  for (let y = 0; y < LABEL_COUNT; y++) {
    PREV_FROM[y] = k;
    for (let p = 0; p < LABEL_COUNT; p++) if (ALLOWED[p * LABEL_COUNT + y]) PREVS[k++] = p;
  }
  PREV_FROM[LABEL_COUNT] = k;
}

let scoreScratch = new Float64Array(1024);
let backScratch = new Int32Array(1024);

/**
 * Transitions and start scores with the IOB2 constraint folded in (−∞ where a move is not allowed), so decoding
 * needs no test in its inner loop. Computed once per set of weights.
 */
export interface MaskedTransitions {
  transitions: Float64Array;
  start: Float64Array;
}

export function maskTransitions(transitions: Float64Array, start: Float64Array): MaskedTransitions {
  const L = LABEL_COUNT;
  const t = new Float64Array(L * L);
  const s = new Float64Array(L);
  for (let p = 0; p < L; p++) for (let y = 0; y < L; y++) t[p * L + y] = ALLOWED[p * L + y] ? (transitions[p * L + y] as number) : -Infinity;
  for (let y = 0; y < L; y++) s[y] = ALLOWED[L * L + y] ? (start[y] as number) : -Infinity;
  return { transitions: t, start: s };
}

/**
 * The best label sequence for `n` tokens. emissions[i * L + y]: the score of label y at token i;
 * transitions[prev * L + cur]; start[cur]. Writes the labels into `out` (length ≥ n).
 */
export function viterbi(n: number, emissions: Float64Array, transitions: Float64Array, start: Float64Array, out: Uint8Array): void {
  decodeMasked(n, emissions, maskTransitions(transitions, start), out);
}

/** viterbi with transitions already masked (maskTransitions). */
export function decodeMasked(n: number, emissions: Float64Array, masked: MaskedTransitions, out: Uint8Array): void {
  const L = LABEL_COUNT;
  if (n === 0) return;
  if (scoreScratch.length < n * L) {
    scoreScratch = new Float64Array(n * L * 2);
    backScratch = new Int32Array(n * L * 2);
  }
  const score = scoreScratch;
  const back = backScratch;
  const { transitions, start } = masked;
  for (let y = 0; y < L; y++) score[y] = (start[y] as number) + (emissions[y] as number);
  for (let i = 1; i < n; i++) {
    const prevBase = (i - 1) * L;
    const base = i * L;
    for (let y = 0; y < L; y++) {
      // Only the moves IOB2 allows: the others are −∞ in `transitions` and could never be the best (nor change the
      // first best on a tie), so skipping them gives the same labels with fewer than two thirds of the additions.
      let best = -Infinity;
      let arg = 0;
      const from = PREV_FROM[y] as number;
      const to = PREV_FROM[y + 1] as number;
      for (let k = from; k < to; k++) {
        const p = PREVS[k] as number;
        const v = (score[prevBase + p] as number) + (transitions[p * L + y] as number);
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      score[base + y] = best + (emissions[base + y] as number);
      back[base + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    const v = score[(n - 1) * L + y] as number;
    if (v > best) {
      best = v;
      arg = y;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) {
    arg = back[i * L + arg] as number;
    out[i - 1] = arg;
  }
}

export interface LabelSpan {
  type: string;
  /** Token range [start, end). */
  start: number;
  end: number;
}

/** Spans of an IOB2 label sequence (label ids), CoNLL style: a stray I-X opens a span too. */
export function spansOf(labels: ArrayLike<number>, n: number = labels.length): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open: LabelSpan | null = null;
  for (let i = 0; i < n; i++) {
    const label = NER_LABELS[labels[i] as number] as string;
    const type = label.slice(2);
    if (label === 'O' || label.startsWith('B-') || (open && open.type !== type)) {
      if (open) spans.push(open);
      open = null;
    }
    if (label !== 'O') {
      if (!open) open = { type, start: i, end: i + 1 };
      else open.end = i + 1;
    }
  }
  if (open) spans.push(open);
  return spans;
}
