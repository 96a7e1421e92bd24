/**
 * `npm run train:ner [-- --epochs E --out models/ner-ar.json]`: trains the entity recogniser from scratch on the
 * first nine tenths of shared/ner/anercorp-train.tsv (the last tenth is the development part of `npm run eval:ner`)
 * and writes the model file. Deterministic: a fixed seed, the same file gives the same model.
 *
 * Two passes (see src/core/ner/document.ts). The second pass learns from document features computed on first-pass
 * labels that a first pass trained WITHOUT those sentences gave them (five folds), as it will see at use.
 * ANERcorp marks no document boundaries; runs of DOCUMENT_SENTENCES consecutive sentences stand for documents.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { trainPerceptron, type TrainedWeights, type TrainingSentence } from '../src/core/ner/train.ts';
import { LinearTagger, NerModel } from '../src/core/ner/model.ts';
import { encodeNerModel, sparseWeights } from '../src/core/ner/model-file.ts';
import { defaultLexicons } from '../src/core/ner/lexicons.ts';
import { documentFeatures } from '../src/core/ner/document.ts';
import { documentsOf, parseNerFile, scoreSpans, splitDevelopment } from '../src/eval/ner-data.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/ner/anercorp-train.tsv' },
    out: { type: 'string', default: 'models/ner-ar.json' },
    epochs: { type: 'string', default: '8' },
    buckets: { type: 'string', default: String(1 << 20) },
    seed: { type: 'string', default: '20261203' },
    'min-count': { type: 'string', default: '1' },
    folds: { type: 'string', default: '5' },
    'one-pass': { type: 'boolean', default: false },
  },
});

// Given names: the ISC-licensed npm package arabic-name-to-en (~2,500 Arabic and Kurdish given names, male and female).
const require = createRequire(import.meta.url);
const givenNames = Object.keys(require('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>).filter((n) => /^[\u0621-\u064a]{2,}$/.test(n));

const sentences = parseNerFile(await readFile(values.data, 'utf8'));
const { train, dev } = splitDevelopment(sentences);
const lexicons = defaultLexicons(givenNames);
const started = performance.now();
const types = ['PERS', 'LOC', 'ORG'];
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const settings = { epochs: Number(values.epochs), buckets: Number(values.buckets), seed: Number(values.seed), lexicons, minFeatureCount: Number(values['min-count']) };
const fmt = (s: ReturnType<typeof scoreSpans>) => types.map((t) => `${t} ${s[t]!.f1.toFixed(3)}`).join(' ');

const first = trainPerceptron(train, settings);
const firstTagger = new LinearTagger(sparseWeights(first), lexicons);
console.log(`first pass trained (${elapsed()}); dev F1 ${fmt(scoreSpans(dev.map((s) => s.labels), dev.map((s) => firstTagger.tagWords(s.words)), types))}`);

let second: TrainedWeights | null = null;
if (!values['one-pass']) {
  // First-pass labels of each training sentence from a model that never saw its fold.
  const folds = Number(values.folds);
  const heldOut: Uint8Array[] = new Array(train.length);
  const foldSize = Math.ceil(train.length / folds);
  for (let f = 0; f < folds; f++) {
    const from = f * foldSize;
    const to = Math.min(train.length, from + foldSize);
    const tagger = new LinearTagger(sparseWeights(trainPerceptron([...train.slice(0, from), ...train.slice(to)], settings)), lexicons);
    for (let s = from; s < to; s++) heldOut[s] = tagger.tagWords(train[s]!.words);
    console.log(`fold ${f + 1}/${folds} (${elapsed()})`);
  }
  const withDocumentFeatures: TrainingSentence[] = [];
  for (const [from, to] of documentsOf(train.length)) {
    const docs = train.slice(from, to);
    const extra = documentFeatures(docs.map((s) => s.words), heldOut.slice(from, to));
    docs.forEach((s, k) => withDocumentFeatures.push({ ...s, extra: extra[k] }));
  }
  second = trainPerceptron(withDocumentFeatures, settings);
  console.log(`second pass trained (${elapsed()})`);
}

const model = new NerModel(sparseWeights(first), second ? sparseWeights(second) : null, lexicons);
const predicted: Uint8Array[] = [];
for (const [from, to] of documentsOf(dev.length)) predicted.push(...model.tagDocument(dev.slice(from, to).map((s) => s.words)));
console.log(`dev F1 ${fmt(scoreSpans(dev.map((s) => s.labels), predicted, types))}`);

const file = encodeNerModel([first, second], lexicons, {
  trainedOn: `${values.data.split('/').pop()}: the first ${train.length} of ${sentences.length} sentences (the last ${dev.length} are the development part)`,
  epochs: settings.epochs,
  seed: settings.seed,
});
await writeFile(values.out, `${JSON.stringify(file)}\n`);
console.log(`wrote ${values.out} (${elapsed()})`);
