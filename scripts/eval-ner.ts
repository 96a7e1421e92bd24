/**
 * `npm run eval:ner [-- --model models/ner-ar.json]`: span-level precision, recall and F1 per type (exact match,
 * CoNLL style) of the committed entity model on the development part of shared/ner/anercorp-train.tsv — its last
 * tenth of sentences, which the model never saw (train:ner trains on the first nine tenths; the training settings
 * were chosen on it, so it is a development set and its figures are somewhat optimistic) — and, on the same part,
 * of the rule-based extractor (core's extractEntities without a model) and of the extractor as the CLI runs it (with the
 * model: its spans through the collection pass). A report: exit 0 whatever the scores.
 * ANERcorp's test split is not in this repository and is never used here.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractEntities, type ExtractionOptions } from '../src/core/entities.ts';
import { nerTokens } from '../src/core/ner/tokens.ts';
import { NER_LABELS } from '../src/core/ner/viterbi.ts';
import { readNerModel } from '../src/cli/ner-model.ts';
import { documentsOf, parseNerFile, scoreSpans, splitDevelopment, type TypeScore } from '../src/eval/ner-data.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/ner/anercorp-train.tsv' },
    model: { type: 'string' },
  },
});

const TYPES = ['PERS', 'LOC', 'ORG'];
const sentences = parseNerFile(await readFile(values.data, 'utf8'));
const { dev } = splitDevelopment(sentences);
const gold = dev.map((s) => s.labels);
const documents = documentsOf(dev.length);

const loadStarted = performance.now();
const model = readNerModel(values.model);
const loadMs = performance.now() - loadStarted;

const predicted: Uint8Array[] = [];
for (const [from, to] of documents) predicted.push(...model.tagDocument(dev.slice(from, to).map((s) => s.words)));
const firstPass = dev.map((s) => model.first.tagWords(s.words));

// The extractor reads text: each document's sentences are joined (words by spaces, sentences by line breaks), its
// mentions are mapped back to the tokens they touch, and the tokens get IOB2 labels.
const labelId = new Map<string, number>(NER_LABELS.map((l, i) => [l, i]));
const TYPE_OF: Record<string, string> = { person: 'PERS', place: 'LOC', organization: 'ORG' };
function extractorLabels(options: ExtractionOptions): Uint8Array[] {
  const labelled: Uint8Array[] = [];
  for (const [from, to] of documents) {
    const part = dev.slice(from, to);
    const text = part.map((s) => s.words.join(' ')).join('\n');
    const { mentions, entities } = extractEntities([{ id: 'doc', text }], options);
    const typeOf = new Map(entities.map((e) => [e.id, TYPE_OF[e.type] as string]));
    const tokens = nerTokens(text);
    const labels = new Uint8Array(tokens.length);
    for (const m of mentions.get('doc') ?? []) {
      const type = typeOf.get(m.entity);
      if (!type) continue;
      let first = true;
      tokens.forEach((t, i) => {
        if (t.end <= m.start || t.start >= m.end) return;
        labels[i] = labelId.get(`${first ? 'B' : 'I'}-${type}`) as number;
        first = false;
      });
    }
    let at = 0;
    for (const s of part) {
      labelled.push(labels.slice(at, at + s.words.length));
      at += s.words.length;
    }
  }
  return labelled;
}

const f3 = (x: number) => x.toFixed(3);
const line = (name: string, scores: Record<string, TypeScore>) =>
  `${name.padEnd(28)} ${TYPES.map((t) => {
    const s = scores[t] as TypeScore;
    return `${t} P ${f3(s.precision)} R ${f3(s.recall)} F1 ${f3(s.f1)}`;
  }).join(' · ')}`;

const goldCounts = scoreSpans(gold, gold, TYPES);
console.log(`development part: the last ${dev.length} of ${sentences.length} sentences of ${values.data.split('/').pop()} (never trained on; settings chosen on it); gold spans ${TYPES.map((t) => `${t} ${goldCounts[t]!.gold}`).join(', ')}`);
console.log(`model load: ${loadMs.toFixed(0)} ms`);
console.log(line('model (two passes)', scoreSpans(gold, predicted, TYPES)));
console.log(line('model, first pass only', scoreSpans(gold, firstPass, TYPES)));
console.log(line('rule-based extractor', scoreSpans(gold, extractorLabels({}), TYPES)));
// What the CLI and the app run: the recogniser's spans through the collection pass (entities.ts), one document at a time.
console.log(line('extractor with the model', scoreSpans(gold, extractorLabels({ model }), TYPES)));
console.log('targets (issue 17): PERS F1 ≥ 0.75, LOC F1 ≥ 0.86, ORG F1 ≥ 0.65');
