import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNerFile } from '../../eval/ner-data.ts';
import { matchKey } from '../normalize.ts';
import { defaultLexicons } from './lexicons.ts';
import { encodeNerModel, fromBase64, loadNerModel, NerModelError, sparseWeights, toBase64 } from './model-file.ts';
import { LinearTagger, NerModel } from './model.ts';
import { nerTokens, sentenceRanges } from './tokens.ts';
import { addTypeBias, averageWeights, pruneWeights, trainPerceptron } from './train.ts';
import { NER_LABELS, spansOf, viterbi, LABEL_COUNT } from './viterbi.ts';

const label = (l: string) => NER_LABELS.indexOf(l as (typeof NER_LABELS)[number]);

describe('spansOf', () => {
  // CoNLL span reading of IOB2 label sequences.
  it.each([
    [['B-PERS', 'I-PERS', 'O', 'B-LOC'], ['PERS:0:2', 'LOC:3:4']],
    [['B-PERS', 'B-PERS'], ['PERS:0:1', 'PERS:1:2']],
    [['O', 'I-ORG', 'I-ORG'], ['ORG:1:3']], // a stray I- opens a span
    [['B-PERS', 'I-LOC'], ['PERS:0:1', 'LOC:1:2']],
    [['O', 'O'], []],
  ])('%j → %j', (labels, expected) => {
    expect(spansOf(labels.map(label)).map((s) => `${s.type}:${s.start}:${s.end}`)).toEqual(expected);
  });
});

describe('viterbi', () => {
  it('never puts I-X after O or after another type, whatever the scores', () => {
    fc.assert(
      fc.property(fc.array(fc.float({ min: -5, max: 5, noNaN: true }), { minLength: LABEL_COUNT * 6, maxLength: LABEL_COUNT * 6 }), (scores) => {
        const n = 6;
        const out = new Uint8Array(n);
        viterbi(n, Float64Array.from(scores), new Float64Array(LABEL_COUNT * LABEL_COUNT), new Float64Array(LABEL_COUNT), out);
        for (let i = 0; i < n; i++) {
          const l = NER_LABELS[out[i] as number] as string;
          if (!l.startsWith('I-')) continue;
          const prev = i === 0 ? 'O' : (NER_LABELS[out[i - 1] as number] as string);
          expect(prev.slice(2)).toBe(l.slice(2));
        }
      }),
    );
  });
});

describe('nerTokens', () => {
  it('cuts punctuation off words and keeps offsets into the text', () => {
    // ANERcorp's own dateline form: "(د ب أ)".
    const text = 'فرانكفورت (د ب أ) أعلن اتحاد صناعة السيارات، أمس.';
    expect(nerTokens(text).map((t) => text.slice(t.start, t.end))).toEqual(['فرانكفورت', '(', 'د', 'ب', 'أ', ')', 'أعلن', 'اتحاد', 'صناعة', 'السيارات', '،', 'أمس', '.']);
  });

  it('covers every character that folding keeps, except white space, exactly once and in order', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ابت ثج.،\n(5xلا؟ً') }), (text) => {
        const tokens = nerTokens(text);
        expect(matchKey(tokens.map((t) => text.slice(t.start, t.end)).join(''))).toBe(matchKey(text).replace(/\s/g, ''));
        const ranges = sentenceRanges(text, tokens);
        expect(ranges.flatMap(([a, b]) => Array.from({ length: b - a }, (_, k) => a + k))).toEqual(tokens.map((_, i) => i));
      }),
    );
  });
});

describe('base64', () => {
  it('round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect([...fromBase64(toBase64(bytes))]).toEqual([...bytes]);
    }));
  });
});

// A small model trained on the first 300 sentences of the shared training file: enough to check the machinery.
const sentences = parseNerFile(readFileSync(new URL('../../../../shared/ner/anercorp-train.tsv', import.meta.url), 'utf8')).slice(0, 300);
const settings = { epochs: 3, buckets: 1 << 16, seed: 7, lexicons: defaultLexicons(['محمد', 'فاطمة']) };

describe('training', () => {
  it('is deterministic: the same data and seed give the same weights', () => {
    const a = trainPerceptron(sentences.slice(0, 100), settings);
    const b = trainPerceptron(sentences.slice(0, 100), settings);
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect([...a.transitions]).toEqual([...b.transitions]);
  });

  it('the model file gives the labels of the weights it was written from', () => {
    const first = trainPerceptron(sentences, settings);
    const file = JSON.parse(JSON.stringify(encodeNerModel([first, null], settings.lexicons, { trainedOn: 'test', epochs: 3, seed: 7 })));
    const loaded = loadNerModel(file);
    const direct = new NerModel(sparseWeights(first), null, settings.lexicons);
    for (const s of sentences.slice(0, 50)) expect([...loaded.tagDocument([s.words])[0]!]).toEqual([...direct.tagDocument([s.words])[0]!]);
    // And it learned its training data (a perceptron separates most of it after three epochs).
    const tagger = new LinearTagger(sparseWeights(first), settings.lexicons);
    let right = 0;
    let total = 0;
    for (const s of sentences) {
      const predicted = tagger.tagWords(s.words);
      s.labels.forEach((l, i) => {
        total++;
        if (predicted[i] === l) right++;
      });
    }
    expect(right / total).toBeGreaterThan(0.95);
  });
});

describe('ensembles and pruning', () => {
  it('averageWeights is the mean of the members, weights, transitions and start alike', () => {
    const a = trainPerceptron(sentences.slice(0, 60), { ...settings, epochs: 1 });
    const b = trainPerceptron(sentences.slice(0, 60), { ...settings, epochs: 1, seed: 8 });
    const mean = averageWeights([a, b]);
    for (const k of [0, 17, 4242, mean.weights.length - 1]) expect(mean.weights[k]).toBeCloseTo(((a.weights[k] as number) + (b.weights[k] as number)) / 2, 5);
    mean.transitions.forEach((t, k) => expect(t).toBeCloseTo(((a.transitions[k] as number) + (b.transitions[k] as number)) / 2, 9));
    expect(averageWeights([a])).toBe(a);
  });

  it('pruneWeights sets the weights below the threshold to 0 and keeps the others as they are', () => {
    const trained = trainPerceptron(sentences.slice(0, 60), { ...settings, epochs: 1 });
    const pruned = pruneWeights(trained, 0.5);
    let wrong = 0;
    pruned.weights.forEach((w, k) => {
      const original = trained.weights[k] as number;
      if (w !== (Math.abs(original) < 0.5 ? 0 : original)) wrong++;
    });
    expect(wrong).toBe(0);
    expect(sparseWeights(pruned).rowBuckets.length).toBeLessThan(sparseWeights(trained).rowBuckets.length);
  });
});

describe('addTypeBias', () => {
  it("adds the type's bias to every token's score of that type's labels, and nothing else", () => {
    const trained = trainPerceptron(sentences.slice(0, 60), { ...settings, epochs: 1 });
    const plain = new LinearTagger(sparseWeights(trained), settings.lexicons);
    const biased = new LinearTagger(sparseWeights(addTypeBias(trained, { ORG: 4, PERS: -2 })), settings.lexicons);
    const words = sentences[0]!.words;
    const a = plain.emissionsOf(words).slice(0, words.length * LABEL_COUNT);
    const b = biased.emissionsOf(words).slice(0, words.length * LABEL_COUNT);
    a.forEach((score, k) => {
      const type = (NER_LABELS[k % LABEL_COUNT] as string).slice(2);
      expect(b[k]).toBeCloseTo(score + (type === 'ORG' ? 4 : type === 'PERS' ? -2 : 0), 4);
    });
  });
});

/** The parsed model file, loosely typed so that a test can break any field of it. */
interface ModelJson {
  buckets: number;
  lexicons?: unknown;
  passes: Array<{ transitions: unknown[]; start: unknown[]; rows: string; rowCount: number }>;
}

describe('loadNerModel on a damaged file', () => {
  // A real (small) model file, then one field broken at a time: each must be named, never decoded into NaN weights.
  const good: ModelJson = JSON.parse(JSON.stringify(encodeNerModel([trainPerceptron(sentences.slice(0, 40), { ...settings, epochs: 1 }), null], settings.lexicons, { trainedOn: 'test', epochs: 1, seed: 7 })));
  const broken = (change: (f: ModelJson) => void) => {
    const copy = JSON.parse(JSON.stringify(good)) as ModelJson;
    change(copy);
    return copy;
  };
  it('loads the undamaged file', () => {
    expect(() => loadNerModel(good)).not.toThrow();
  });
  it.each([
    ['buckets not a power of two', (f: ModelJson) => (f.buckets = 1000), /power of two/],
    ['a transition missing', (f: ModelJson) => f.passes[0]!.transitions.pop(), /transitions must be 81 and 9 numbers/],
    ['a start score not a number', (f: ModelJson) => (f.passes[0]!.start[0] = 'x'), /transitions must be/],
    ['rows cut short', (f: ModelJson) => (f.passes[0]!.rows = f.passes[0]!.rows.slice(0, 40)), /rows end early|not whole 16-bit/],
    ['a row count beyond the buckets', (f: ModelJson) => (f.passes[0]!.rowCount = f.buckets + 1), /row count out of range/],
    ['lexicons missing', (f: ModelJson) => delete f.lexicons, /lexicons are not lists of words/],
  ])('names %s', (_, change, message) => {
    expect(() => loadNerModel(broken(change))).toThrow(message);
  });
});

describe('loadNerModel', () => {
  it.each([
    [null, /not a Riwaya NER model/],
    [{ format: 'other' }, /not a Riwaya NER model/],
    [{ format: 'riwaya-ner-perceptron', version: 99 }, /version 99/],
    [{ format: 'riwaya-ner-perceptron', version: 1, labels: ['O'] }, /labels differ/],
  ])('rejects %j', (data, message) => {
    expect(() => loadNerModel(data)).toThrow(NerModelError);
    expect(() => loadNerModel(data)).toThrow(message);
  });
});

describe('NerModel.recognise', () => {
  // The committed model, on real text: the seed articles and a part of the corpus the app ships.
  const committed = loadNerModel(JSON.parse(readFileSync(new URL('../../../models/ner-ar.json', import.meta.url), 'utf8')));
  const articles = ['000_65e48351ce8b35e2', '001_3050791f78128683', '002_2274472028061bc0', '003_3945717365d2420a', '004_1f3ba952f4cdec09'].map((id) =>
    readFileSync(new URL(`../../../content/articles/${id}.txt`, import.meta.url), 'utf8'),
  );

  it('gives the labels of the plain two-pass statement (tagDocument) on whole articles', () => {
    for (const text of articles) {
      const tokens = nerTokens(text);
      const sentences = sentenceRanges(text, tokens).map(([a, b]) => tokens.slice(a, b).map((t) => t.key));
      const expected = committed.tagDocument(sentences).flatMap((labels, s) => {
        const [a] = sentenceRanges(text, tokens)[s]!;
        return spansOf(labels).map((x) => `${x.type}:${tokens[a + x.start]!.start}:${tokens[a + x.end - 1]!.end}`);
      });
      expect(committed.recognise(text).map((x) => `${x.type}:${x.start}:${x.end}`)).toEqual(expected);
      // Twice: the interned words of the first call do not change the second.
      expect(committed.recognise(text).map((x) => `${x.type}:${x.start}:${x.end}`)).toEqual(expected);
    }
  });

  it('labels a document the same whatever documents came before it (A, B, A; and A on a fresh model)', () => {
    const [a, b] = articles as [string, string];
    const first = committed.recognise(a);
    committed.recognise(b);
    expect(committed.recognise(a)).toEqual(first);
    const fresh = loadNerModel(JSON.parse(readFileSync(new URL('../../../models/ner-ar.json', import.meta.url), 'utf8')));
    expect(fresh.recognise(a)).toEqual(first);
  });
});

describe('NerModel.outsideMargin', () => {
  // What the committed model learned about a word itself (its `w` and `s` features at the token): the counts are the
  // word's tags in shared/ner/anercorp-train.tsv, the model's training file.
  const committed = loadNerModel(JSON.parse(readFileSync(new URL('../../../models/ner-ar.json', import.meta.url), 'utf8')));
  it.each([
    // 4 times, always O (a verb, "thanked"), though the recogniser's given-name lexicon lists it (Shukr)
    ['شكر', 'PERS', true],
    // once, O (an adjective, "routine")
    ['روتيني', 'PERS', true],
    // 9 times alone and 4 after ب or ل, O but once (لولاية, B-LOC): a state, and a term of office
    ['ولاية', 'LOC', true],
    // opens persons' names there (B-PERS, I-PERS)
    ['محمد', 'PERS', false],
    ['فلاديمير', 'PERS', false],
    // 5 times B-LOC (سان ستيفانو، سان فرنسيسكو)
    ['سان', 'LOC', false],
    // never in the training file; its `s` feature shares a bucket with some other feature, its `w` feature none
    ['هالاند', 'PERS', false],
  ] as const)('%s, %s: learned outside (margin ≥ 1) %s', (word, type, outside) => {
    expect(committed.outsideMargin(matchKey(word), type) >= 1).toBe(outside);
  });
});

describe('NerModel.firstPassSpans', () => {
  const committed = loadNerModel(JSON.parse(readFileSync(new URL('../../../models/ner-ar.json', import.meta.url), 'utf8')));
  it.each([
    // corpus 2018-07-11_france24_FR-internationalNews-2262: the first pass, reading the sentence alone, opens the
    // person at the given name (ترامب/O فلاديمير/B-PERS), where the whole document's second pass joins ترامب to it
    ['وقال "من الضروري جدا أن يلتقي الرئيس ترامب فلاديمير بوتين".', [['PERS', 'فلاديمير بوتين']]],
  ])('%s → %j', (text, expected) => {
    expect(committed.firstPassSpans(text).map((s) => [s.type, text.slice(s.start, s.end)])).toEqual(expected);
  });
  it('corpus 2018-07-11_france24_FR-internationalNews-2262: over the whole article, recognise joins ترامب to the name, the first pass does not', () => {
    const text = readFileSync(new URL('../../../content/articles/2018-07-11_france24_FR-internationalNews-2262.txt', import.meta.url), 'utf8');
    const persons = (spans: { type: string; start: number; end: number }[]) => spans.filter((s) => s.type === 'PERS').map((s) => text.slice(s.start, s.end));
    expect(persons(committed.recognise(text))).toContain('ترامب فلاديمير بوتين');
    expect(persons(committed.firstPassSpans(text))).not.toContain('ترامب فلاديمير بوتين');
  });
});

describe('the committed model and the lexicons it is trained with', () => {
  // train:ner gathers its word lists from core's lexicons (lexicons.ts) and stores them in the model file: a word added
  // to STOPWORDS, a title or a country changes what train:ner writes, so the committed model must then be trained
  // again (2026-12-05: 27 function words added to STOPWORDS without it made the model file stale). Given names come
  // from an npm package the training script reads, outside core.
  const file = JSON.parse(readFileSync(new URL('../../../models/ner-ar.json', import.meta.url), 'utf8')) as { lexicons: Record<string, string[]> };
  const current = defaultLexicons([]);
  it.each(['countries', 'titles', 'reportingVerbs', 'orgHeads', 'stopwords'] as const)('%s are core\'s current list', (list) => {
    expect(file.lexicons[list]).toEqual(current[list]);
  });
});
