/**
 * The model file: JSON carrying its attribution and licence, the lexicons, the transition weights and the emission
 * weights as a sparse table packed into base64 (bucket ids as delta varints; per row a 9-bit mask of the labels
 * with a weight, then those weights as int16 on one scale). Core turns the parsed JSON into a model; reading the
 * file is the caller's business (the CLI reads it from disk, the app would fetch it).
 */
import type { NerLexicons } from './features.ts';
import { NerModel, type NerWeights } from './model.ts';
import type { TrainedWeights } from './train.ts';
import { LABEL_COUNT, NER_LABELS } from './viterbi.ts';

export const NER_MODEL_FORMAT = 'riwaya-ner-perceptron';
export const NER_MODEL_VERSION = 1;

export const NER_MODEL_ATTRIBUTION =
  'Trained on the training split of ANERcorp (Benajiba, Rosso, Benedí Ruiz 2007, "ANERsys: An Arabic Named Entity ' +
  'Recognition System Based on Maximum Entropy", CICLing 2007), split as defined by the CAMeL Lab (Obeid et al., ' +
  '"CAMeL Tools", LREC 2020), distributed under CC BY-SA 4.0. This model is a derived work and is distributed under ' +
  'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Given-name lexicon: the npm package ' +
  'arabic-name-to-en 1.0.6 (ISC licence).';

export interface NerModelFile {
  format: typeof NER_MODEL_FORMAT;
  version: number;
  attribution: string;
  license: 'CC-BY-SA-4.0';
  training: {
    trainedOn: string;
    epochs: number;
    seed: number;
    /** Perceptrons averaged into each pass (train.ts averageWeights), weights below `prune` dropped (pruneWeights). */
    ensemble?: number;
    prune?: number;
    /** Per-type biases added to the second pass (train.ts addTypeBias). */
    typeBias?: Record<string, number>;
  };
  labels: string[];
  buckets: number;
  lexicons: NerLexicons;
  /** The first pass's weights and the second pass's (null for a one-pass model). */
  passes: [PackedWeights, PackedWeights | null];
}

export interface PackedWeights {
  transitions: number[];
  start: number[];
  scale: number;
  rowCount: number;
  /** base64: delta-varint bucket ids. */
  rowBuckets: string;
  /** base64: per row a uint16 mask then int16 weights (little-endian). */
  rows: string;
}

/** Rows of the buckets that carry any weight above `threshold` in absolute value. */
export function sparseWeights(trained: TrainedWeights, threshold = 0): NerWeights {
  const L = LABEL_COUNT;
  const buckets: number[] = [];
  for (let b = 0; b < trained.buckets; b++) {
    for (let y = 0; y < L; y++) {
      if (Math.abs(trained.weights[b * L + y] as number) > threshold) {
        buckets.push(b);
        break;
      }
    }
  }
  const rows = new Float32Array(buckets.length * L);
  buckets.forEach((b, r) => rows.set(trained.weights.subarray(b * L, b * L + L), r * L));
  return { buckets: trained.buckets, rowBuckets: Int32Array.from(buckets), rows, transitions: trained.transitions, start: trained.start };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Int16Array(128).fill(-1);
for (let i = 0; i < B64.length; i++) B64_INDEX[B64.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] as number;
    const b = bytes[i + 1];
    const c = bytes[i + 2];
    out += B64[a >> 2];
    out += B64[((a & 3) << 4) | ((b ?? 0) >> 4)];
    out += b === undefined ? '=' : B64[((b & 15) << 2) | ((c ?? 0) >> 6)];
    out += c === undefined ? '=' : B64[c & 63];
  }
  return out;
}

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = B64_INDEX[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new Error(`model file: not base64 at character ${i}`);
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

export function encodeNerModel(
  passes: [TrainedWeights, TrainedWeights | null],
  lexicons: NerLexicons,
  training: NerModelFile['training'],
): NerModelFile {
  return {
    format: NER_MODEL_FORMAT,
    version: NER_MODEL_VERSION,
    attribution: NER_MODEL_ATTRIBUTION,
    license: 'CC-BY-SA-4.0',
    training,
    labels: [...NER_LABELS],
    buckets: passes[0].buckets,
    lexicons,
    passes: [packWeights(passes[0]), passes[1] ? packWeights(passes[1]) : null],
  };
}

function packWeights(trained: TrainedWeights): PackedWeights {
  const L = LABEL_COUNT;
  const sparse = sparseWeights(trained);
  let maxAbs = 0;
  for (const w of sparse.rows) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs / 32767 || 1;
  const ids: number[] = [];
  let previous = 0;
  for (const b of sparse.rowBuckets) {
    let delta = b - previous;
    previous = b;
    while (delta >= 0x80) {
      ids.push((delta & 0x7f) | 0x80);
      delta >>>= 7;
    }
    ids.push(delta);
  }
  const words: number[] = [];
  for (let r = 0; r < sparse.rowBuckets.length; r++) {
    let mask = 0;
    const values: number[] = [];
    for (let y = 0; y < L; y++) {
      const q = Math.round((sparse.rows[r * L + y] as number) / scale);
      if (q !== 0) {
        mask |= 1 << y;
        values.push(q);
      }
    }
    words.push(mask);
    for (const value of values) words.push(value);
  }
  // Little-endian whatever the machine, as the format says.
  const rowBytes = new Uint8Array(words.length * 2);
  const view = new DataView(rowBytes.buffer);
  words.forEach((value, i) => view.setInt16(i * 2, value, true));
  return {
    transitions: [...trained.transitions],
    start: [...trained.start],
    scale,
    rowCount: sparse.rowBuckets.length,
    rowBuckets: toBase64(Uint8Array.from(ids)),
    rows: toBase64(rowBytes),
  };
}

export class NerModelError extends Error {}

/** The model of a parsed model file; throws NerModelError naming what is wrong with it. */
export function loadNerModel(data: unknown): NerModel {
  const file = data as Partial<NerModelFile> | null;
  if (!file || typeof file !== 'object' || file.format !== NER_MODEL_FORMAT) throw new NerModelError('not a Riwaya NER model file');
  if (file.version !== NER_MODEL_VERSION) throw new NerModelError(`model version ${String(file.version)}, expected ${NER_MODEL_VERSION}`);
  if (JSON.stringify(file.labels) !== JSON.stringify(NER_LABELS)) throw new NerModelError('model labels differ from this code');
  const passes = file.passes;
  if (!Array.isArray(passes) || !passes[0]) throw new NerModelError('model has no weights');
  const buckets = file.buckets;
  if (typeof buckets !== 'number' || !Number.isInteger(buckets) || buckets <= 0 || buckets > 2 ** 30 || (buckets & (buckets - 1)) !== 0) {
    throw new NerModelError('model buckets must be a power of two');
  }
  const lexicons = file.lexicons as Record<string, unknown> | undefined;
  const LISTS = ['givenNames', 'countries', 'titles', 'reportingVerbs', 'orgHeads', 'stopwords'];
  if (!lexicons || LISTS.some((k) => !Array.isArray(lexicons[k]) || (lexicons[k] as unknown[]).some((w) => typeof w !== 'string'))) {
    throw new NerModelError('model lexicons are not lists of words');
  }
  return new NerModel(unpackWeights(passes[0], buckets), passes[1] ? unpackWeights(passes[1], buckets) : null, file.lexicons as NerLexicons);
}

const isNumberList = (xs: unknown, length: number): boolean => Array.isArray(xs) && xs.length === length && xs.every((x) => typeof x === 'number' && Number.isFinite(x));

function unpackWeights(file: PackedWeights, buckets: number): NerWeights {
  const L = LABEL_COUNT;
  const rowCount = file.rowCount;
  if (!Number.isInteger(rowCount) || rowCount < 0 || rowCount > buckets) throw new NerModelError('model row count out of range');
  if (!isNumberList(file.transitions, L * L) || !isNumberList(file.start, L)) throw new NerModelError(`model transitions must be ${L * L} and ${L} numbers`);
  if (typeof file.scale !== 'number' || !Number.isFinite(file.scale)) throw new NerModelError('model scale is not a number');
  if (typeof file.rowBuckets !== 'string' || typeof file.rows !== 'string') throw new NerModelError('model rows are not base64 text');
  const idBytes = fromBase64(file.rowBuckets as string);
  const rowBuckets = new Int32Array(rowCount);
  let pos = 0;
  let previous = 0;
  for (let r = 0; r < rowCount; r++) {
    let delta = 0;
    let shift = 0;
    for (;;) {
      if (pos >= idBytes.length) throw new NerModelError('model rows end early');
      const byte = idBytes[pos++] as number;
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    previous += delta;
    if (previous >= buckets || (r > 0 && delta === 0)) throw new NerModelError('model row buckets out of range or repeated');
    rowBuckets[r] = previous;
  }
  const rowBytes = fromBase64(file.rows as string);
  if (rowBytes.length % 2 !== 0) throw new NerModelError('model rows are not whole 16-bit numbers');
  const view = new DataView(rowBytes.buffer, rowBytes.byteOffset, rowBytes.length);
  const count = rowBytes.length / 2;
  const wordAt = (i: number): number => {
    if (i >= count) throw new NerModelError('model rows end early');
    return view.getInt16(i * 2, true);
  };
  const rows = new Float32Array(rowCount * L);
  const scale = file.scale;
  let w = 0;
  for (let r = 0; r < rowCount; r++) {
    const mask = wordAt(w++) & 0xffff;
    for (let y = 0; y < L; y++) if (mask & (1 << y)) rows[r * L + y] = wordAt(w++) * scale;
  }
  if (w !== count) throw new NerModelError('model rows do not match their count');
  return {
    buckets,
    rowBuckets,
    rows,
    transitions: Float64Array.from(file.transitions),
    start: Float64Array.from(file.start),
  };
}
