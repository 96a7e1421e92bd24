/**
 * `npm run train:ner [-- --epochs E --out models/ner-ar.json]`: trains the entity recogniser from scratch on the
 * first nine tenths of shared/ner/anercorp-train.tsv (the last tenth is the development part of `npm run eval:ner`)
 * and writes the model file. Deterministic: fixed seeds, the same file gives the same model.
 *
 * - ANERcorp marks no document boundaries; runs of DOCUMENT_SENTENCES consecutive sentences stand for documents.
 * - Each document is also trained on in `--copies` copies whose person names are replaced by other person names
 *   of the training part (src/eval/ner-augment.ts), so that persons are learned from context and shape.
 * - Two passes (src/core/ner/document-features.ts). The second pass learns from document features computed on first-pass
 *   labels given by a first pass trained WITHOUT those documents (`--folds` folds), as it will see at use.
 * - Type biases (src/core/ner/train.ts addTypeBias): a constant per type added to the second pass's scores, chosen on
 *   the training part alone (a second pass per fold trained without the fold scores the fold; src/eval/ner-bias.ts),
 *   never on the development part. `--no-bias` leaves them out.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { addTypeBias, averageWeights, pruneWeights, trainPerceptron, type TrainedWeights, type TrainingSentence } from '../src/core/ner/train.ts';
import { mulberry32 } from '../src/core/random.ts';
import { LinearTagger, NerModel } from '../src/core/ner/model.ts';
import { LABEL_COUNT } from '../src/core/ner/viterbi.ts';
import { encodeNerModel, sparseWeights } from '../src/core/ner/model-file.ts';
import { defaultLexicons } from '../src/core/ner/lexicons.ts';
import { documentFeatures } from '../src/core/ner/document-features.ts';
import { documentsOf, parseNerFile, scoreSpans, splitDevelopment } from '../src/eval/ner-data.ts';
import { chooseTypeBias, type HeldOutSentence } from '../src/eval/ner-bias.ts';
import { entityNames, replaceNames } from '../src/eval/ner-augment.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/ner/anercorp-train.tsv' },
    out: { type: 'string', default: 'models/ner-ar.json' },
    epochs: { type: 'string', default: '8' },
    buckets: { type: 'string', default: String(1 << 20) },
    seed: { type: 'string', default: '20261203' },
    folds: { type: 'string', default: '5' },
    copies: { type: 'string', default: '1' },
    'replace-types': { type: 'string', default: 'PERS' },
    'one-pass': { type: 'boolean', default: false },
    'no-bias': { type: 'boolean', default: false },
    ensemble: { type: 'string', default: '3' },
    prune: { type: 'string', default: '0.5' },
  },
});

// Given names: the ISC-licensed npm package arabic-name-to-en (~2,500 Arabic and Kurdish given names, male and female).
const require = createRequire(import.meta.url);
const givenNames = Object.keys(require('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>).filter((n) => /^[\u0621-\u064a]{2,}$/.test(n));

const sentences = parseNerFile(await readFile(values.data, 'utf8'));
const { train, dev } = splitDevelopment(sentences);
const lexicons = defaultLexicons(givenNames);
const started = performance.now();
const TYPES = ['PERS', 'LOC', 'ORG'];
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const settings = { epochs: Number(values.epochs), buckets: Number(values.buckets), seed: Number(values.seed), lexicons };
const fmt = (s: ReturnType<typeof scoreSpans>) => TYPES.map((t) => `${t} ${s[t]!.f1.toFixed(3)}`).join(' ');

// Documents of the training part, each with its copies (names replaced), drawn once with a fixed seed.
const documents = documentsOf(train.length).map(([from, to]) => train.slice(from, to));
const names = Object.fromEntries(values['replace-types'].split(',').map((t) => [t, entityNames(train, t)]));
const random = mulberry32(settings.seed + 1);

const copies = documents.map((doc) => Array.from({ length: Number(values.copies) }, () => replaceNames(doc, names, random)));
/** The sentences of documents [from, to) of the list, with their copies. */
const withCopies = (keep: (d: number) => boolean): TrainingSentence[] =>
  documents.flatMap((doc, d) => (keep(d) ? [...doc, ...copies[d]!.flat()] : []));

/**
 * The shipped passes: the average of `--ensemble` perceptrons trained on the same data in different orders (seed,
 * seed + 7919, …). Averaging linear models trained in different orders lowers the variance of the one model and
 * still ships one set of weights (more of them are not 0 than in one model's: --prune drops the smallest).
 */
const ensembleSize = Number(values.ensemble);
function trainEnsemble(data: TrainingSentence[]): TrainedWeights {
  const members = Array.from({ length: ensembleSize }, (_, k) => trainPerceptron(data, { ...settings, seed: settings.seed + 7919 * k }));
  return averageWeights(members);
}

const first = trainEnsemble(withCopies(() => true));
const firstTagger = new LinearTagger(sparseWeights(first), lexicons);
console.log(`first pass trained (${elapsed()}); dev F1 ${fmt(scoreSpans(dev.map((s) => s.labels), dev.map((s) => firstTagger.tagWords(s.words)), TYPES))}`);

let second: TrainedWeights | null = null;
let typeBias: Record<string, number> = {};
if (!values['one-pass']) {
  const folds = Number(values.folds);
  const foldOf = (d: number) => Math.floor((d * folds) / documents.length);
  const secondData: TrainingSentence[] = [];
  /** Per sentence of secondData, its fold, and whether it is an original sentence (not a copy). */
  const secondFold: number[] = [];
  const secondOriginal: boolean[] = [];
  for (let f = 0; f < folds; f++) {
    const tagger = new LinearTagger(sparseWeights(trainPerceptron(withCopies((d) => foldOf(d) !== f), settings)), lexicons);
    documents.forEach((doc, d) => {
      if (foldOf(d) !== f) return;
      [doc, ...copies[d]!].forEach((version, v) => {
        const words = version.map((s) => s.words);
        const extra = documentFeatures(words, words.map((w) => tagger.tagWords(w)));
        version.forEach((s, k) => {
          secondData.push({ ...s, extra: extra[k] });
          secondFold.push(f);
          secondOriginal.push(v === 0);
        });
      });
    });
    console.log(`fold ${f + 1}/${folds} (${elapsed()})`);
  }
  second = trainEnsemble(secondData);
  console.log(`second pass trained (${elapsed()})`);

  if (!values['no-bias']) {
    // Type biases (train.ts addTypeBias), chosen on held-out training data, never on the development part: per
    // fold, a second pass trained on the other folds scores the fold's original sentences; the biases that give
    // the best F1 over all of them are added to the second pass.
    const heldOut: HeldOutSentence[] = [];
    for (let f = 0; f < folds; f++) {
      const tagger = new LinearTagger(sparseWeights(trainPerceptron(secondData.filter((_, k) => secondFold[k] !== f), settings)), lexicons);
      secondData.forEach((s, k) => {
        if (secondFold[k] !== f || !secondOriginal[k]) return;
        heldOut.push({ gold: s.labels, emissions: tagger.emissionsOf(s.words, s.extra).slice(0, s.words.length * LABEL_COUNT), tagger });
      });
      console.log(`held-out second pass ${f + 1}/${folds} (${elapsed()})`);
    }
    const choice = chooseTypeBias(heldOut, TYPES);
    typeBias = choice.bias;
    console.log(`type biases ${JSON.stringify(typeBias)}: held-out F1 ${fmt(choice.before)} → ${fmt(choice.after)}`);
    second = addTypeBias(second, typeBias);
  }
}

// The shipped passes keep only weights of at least --prune in absolute value (train.ts pruneWeights).
const prune = Number(values.prune);
const shipped: [TrainedWeights, TrainedWeights | null] = [pruneWeights(first, prune), second ? pruneWeights(second, prune) : null];
const model = new NerModel(sparseWeights(shipped[0]), shipped[1] ? sparseWeights(shipped[1]) : null, lexicons);
const predicted: Uint8Array[] = [];
for (const [from, to] of documentsOf(dev.length)) predicted.push(...model.tagDocument(dev.slice(from, to).map((s) => s.words)));
console.log(`dev F1 ${fmt(scoreSpans(dev.map((s) => s.labels), predicted, TYPES))}`);

const file = encodeNerModel(shipped, lexicons, {
  trainedOn:
    `${values.data.split('/').pop()}: the first ${train.length} of ${sentences.length} sentences (the last ${dev.length} are the ` +
    `development part), each document also in ${values.copies} copy with its ${values['replace-types']} names replaced`,
  epochs: settings.epochs,
  seed: settings.seed,
  ensemble: ensembleSize,
  prune,
  typeBias,
});
await writeFile(values.out, `${JSON.stringify(file)}\n`);
console.log(`wrote ${values.out} (${elapsed()})`);
