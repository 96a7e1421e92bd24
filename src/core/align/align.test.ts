import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignArticles, sentenceSimilarities, SHARED_SIMILARITY, wordDiff } from './align.ts';
import { splitSentences } from './sentences.ts';

const DIR = join(import.meta.dirname, '../../../content/articles');
const corpus = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(DIR, f), 'utf8'));
const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    // seed 001: a decimal amount must not split
    ['الحلف أبرم عقودا بقيمة 2.4 مليار يورو، مشيرا إلى ذلك. ثم عاد.', ['الحلف أبرم عقودا بقيمة 2.4 مليار يورو، مشيرا إلى ذلك.', 'ثم عاد.']],
    // corpus 2018-07-10_france24_FR-internationalNews-2245: a full stop glued to the next sentence
    ['لأنها تملك نفقات لا تسددها.هل ستسدد المتأخرات؟', ['لأنها تملك نفقات لا تسددها.', 'هل ستسدد المتأخرات؟']],
    // corpus 2018-07-11_alarabiya_AL-internationalNews-1892: clock times with a dot
    ['بعيد الساعة 21.00 (19.00 بتوقيت غرينتش). وصل الرئيس.', ['بعيد الساعة 21.00 (19.00 بتوقيت غرينتش).', 'وصل الرئيس.']],
    // corpus 2018-03-17_alarabiya_AL-internationalNews-508: ".." in a headline, then a newline
    ['روسيا ترد بالمثل.. وتطرد 23 دبلوماسياً\nأعلنت الوزارة', ['روسيا ترد بالمثل..', 'وتطرد 23 دبلوماسياً', 'أعلنت الوزارة']],
    // corpus 2018-04-05_alarabiya_AL-internationalNews-797: a question mark ؟ in a headline
    ['ماذا يريد الناتو من روسيا بعد تسميم الجاسوس؟ الحلف يجيب', ['ماذا يريد الناتو من روسيا بعد تسميم الجاسوس؟', 'الحلف يجيب']],
    // quotes: the closing guillemet stays with its sentence (corpus BBC quotes «…»)
    ['قال «هذا هراء.» ثم غادر.', ['قال «هذا هراء.»', 'ثم غادر.']],
    // an Arabic comma alone does not end a sentence (seed 000 lead)
    ['قال ستولتنبرغ، الأمين العام للحلف، إن الحلف مستعد', ['قال ستولتنبرغ، الأمين العام للحلف، إن الحلف مستعد']],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('cuts a very long comma-chained sentence at a comma (general rule, > 60 words)', () => {
    const clause = 'وأكد الوزير أن الحكومة ستواصل العمل مع الشركاء الدوليين';
    const text = Array.from({ length: 12 }, () => clause).join('، ');
    const spans = splitSentences(text);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(text.slice(s.start, s.end).split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it('spans are inside the text, ordered, trimmed, and cover every word (all articles)', () => {
    for (const text of corpus) {
      const spans = splitSentences(text);
      let last = 0;
      for (const s of spans) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
        last = s.end;
      }
      const inside = new Uint8Array(text.length);
      for (const s of spans) inside.fill(1, s.start, s.end);
      const lost = [...text].filter((c, i) => /[\p{L}\p{N}]/u.test(c) && inside[i] === 0);
      expect(lost).toEqual([]);
    }
  });
});

describe('alignArticles', () => {
  const read = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');
  const sentence = (text: string, spans: { start: number; end: number }[], i: number | null) => (i === null ? null : text.slice(spans[i]!.start, spans[i]!.end));

  it.each([
    // corpus 17 Mar, Al Arabiya vs France 24 (both carry the Russian foreign ministry statement)
    ['2018-03-17_alarabiya_AL-internationalNews-508', '2018-03-17_france24_FR-internationalNews-477', 'نظرا للوضع غير النظامي للمركز الثقافي البريطاني'],
    // corpus 5 Apr, Al Arabiya vs Sky News (one agency report on Stoltenberg)
    ['2018-04-05_alarabiya_AL-internationalNews-797', '2018-04-05_skynews_SK-internationalNews-804', 'سباق تسلح'],
  ])('%s ~ %s: the shared agency sentence is aligned', (a, b, phrase) => {
    const [ta, tb] = [read(a), read(b)];
    const result = alignArticles([ta, tb]);
    const row = result.rows.find((r) => (sentence(ta, result.sentences[0]!, r.cells[0]!) ?? '').replace(/[ًٌٍَُِّْ]/g, '').includes(phrase));
    expect(row).toBeDefined();
    expect(row!.cells[1]).not.toBeNull();
    expect(row!.status).not.toBe('unique');
  });

  it('reports of different events share (almost) nothing: skripal vs the NATO summit', () => {
    const result = alignArticles([read('2018-03-17_france24_FR-internationalNews-477'), read('2018-07-11_bbc_BB-internationalNews-784')]);
    const matched = result.rows.filter((r) => r.cells.every((c) => c !== null)).length;
    expect(matched).toBeLessThanOrEqual(1);
  });

  it('aligns three articles: every sentence appears in exactly one row', () => {
    const texts = ['2018-03-29_bbc_BB-internationalNews-252', '2018-03-29_cnn_CN-internationalNews-197', '2018-03-29_skynews_SK-internationalNews-676'].map(read);
    const result = alignArticles(texts);
    texts.forEach((_, a) => {
      const seen = result.rows.map((r) => r.cells[a]).filter((c) => c !== null).sort((x, y) => x! - y!);
      expect(seen).toEqual(result.sentences[a]!.map((_, i) => i));
    });
  });

  const articleIndex = fc.integer({ min: 0, max: corpus.length - 1 });

  it('property: an article aligned with itself has every sentence shared', () => {
    fc.assert(
      fc.property(articleIndex, (k) => {
        const text = corpus[k]!;
        const result = alignArticles([text, text]);
        expect(result.status[0]!.every((s) => s === 'shared')).toBe(true);
        expect(result.status[1]!.every((s) => s === 'shared')).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('property: with a shuffled copy every sentence still finds its twin', () => {
    fc.assert(
      fc.property(articleIndex, fc.integer(), (k, seed) => {
        const text = corpus[k]!;
        const originals = pieces(text);
        // Permute sentences deterministically from the seed, one sentence per line.
        const order = originals.map((_, i) => i).sort((x, y) => (((x + 1) * (seed | 1)) % 97) - (((y + 1) * (seed | 1)) % 97) || x - y);
        const shuffled = order.map((i) => originals[i]).join('\n');
        const result = alignArticles([text, shuffled]);
        expect(result.sentences[1]!.length).toBe(originals.length);
        for (const row of result.rows) {
          expect(row.cells[0]).not.toBeNull();
          expect(row.cells[1]).not.toBeNull();
          const a = sentence(text, result.sentences[0]!, row.cells[0]!);
          const b = sentence(shuffled, result.sentences[1]!, row.cells[1]!);
          expect(row.similarity === 1 || a === b).toBe(true);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('sentenceSimilarities', () => {
  const read = (name: string) => readFileSync(join(DIR, `${name}.txt`), 'utf8');
  const plain = (text: string) => text.replace(/[ًٌٍَُِّْ]/g, '');

  it.each([
    // corpus 17 Mar, Al Arabiya vs France 24: the Russian foreign ministry's statement, carried by both
    ['2018-03-17_alarabiya_AL-internationalNews-508', '2018-03-17_france24_FR-internationalNews-477', 'نظرا للوضع غير النظامي للمركز الثقافي البريطاني'],
    // corpus 5 Apr, Al Arabiya vs Sky News Arabia: Stoltenberg's quote from one agency report
    ['2018-04-05_alarabiya_AL-internationalNews-797', '2018-04-05_skynews_SK-internationalNews-804', 'لا نريد سباق تسلح جديدا'],
  ])('%s ~ %s: the sentence both carry is the best-scoring partner, near-identical', (a, b, phrase) => {
    const [ta, tb] = [read(a), read(b)];
    const [sa, sb] = [splitSentences(ta), splitSentences(tb)];
    const i = sa.findIndex((s) => plain(ta.slice(s.start, s.end)).includes(phrase));
    expect(i).toBeGreaterThanOrEqual(0);
    const partners = sentenceSimilarities([ta, tb]).filter((m) => m.i === i).sort((x, y) => y.similarity - x.similarity);
    expect(plain(tb.slice(sb[partners[0]!.j]!.start, sb[partners[0]!.j]!.end))).toContain(phrase);
    expect(partners[0]!.similarity).toBeGreaterThanOrEqual(SHARED_SIMILARITY);
  });

  it.each([
    // corpus 14 Mar, BBC vs France 24 (the eval's densest dev pair)
    ['2018-03-14_bbc_BB-internationalNews-150', '2018-03-14_france24_FR-internationalNews-427'],
    // corpus 29 Mar, BBC vs Sky News Arabia (a reworded report of one press conference)
    ['2018-03-29_bbc_BB-internationalNews-252', '2018-03-29_skynews_SK-internationalNews-676'],
  ])('%s ~ %s: every aligned pair is scored as alignArticles scored it', (a, b) => {
    const texts = [read(a), read(b)] as const;
    const scores = new Map(sentenceSimilarities(texts).map((m) => [`${m.i}:${m.j}`, m.similarity]));
    const paired = alignArticles([...texts]).rows.filter((r) => r.cells[0] !== null && r.cells[1] !== null);
    expect(paired.length).toBeGreaterThan(0);
    for (const row of paired) expect(scores.get(`${row.cells[0]}:${row.cells[1]}`)).toBe(row.similarity);
  });

  it('pairs without a shared feature are not listed; every listed score is in [0, 1]', () => {
    // corpus: a Skripal report against a NATO-summit report of July share few words
    const scores = sentenceSimilarities([read('2018-03-17_france24_FR-internationalNews-477'), read('2018-07-11_bbc_BB-internationalNews-784')]);
    for (const m of scores) {
      expect(m.similarity).toBeGreaterThanOrEqual(0);
      expect(m.similarity).toBeLessThanOrEqual(1);
    }
    const [na, nb] = [splitSentences(read('2018-03-17_france24_FR-internationalNews-477')).length, splitSentences(read('2018-07-11_bbc_BB-internationalNews-784')).length];
    expect(scores.length).toBeLessThan(na * nb);
  });
});

describe('wordDiff', () => {
  it.each([
    // corpus 17 Mar: Al Arabiya "دبلوماسياً" (with tanween) vs France 24 "دبلوماسيا"; the article clitic is ignored
    ['ستطرد 23 دبلوماسياً بريطانيا', 'ستطرد 23 دبلوماسيا البريطانيين', ['بريطانيا'], ['البريطانيين']],
    // corpus 14 Mar: BBC vs CNN headline wording
    ['بريطانيا تعلن طرد 23 دبلوماسيا روسيا', 'بريطانيا تطرد 23 دبلوماسيا روسيا', ['تعلن', 'طرد'], ['تطرد']],
  ])('%s ~ %s', (a, b, onlyA, onlyB) => {
    const diff = wordDiff(a, b);
    expect(diff.a.filter((s) => !s.same).map((s) => a.slice(s.start, s.end))).toEqual(onlyA);
    expect(diff.b.filter((s) => !s.same).map((s) => b.slice(s.start, s.end))).toEqual(onlyB);
  });

  it('offsets shift spans into the article', () => {
    const diff = wordDiff('قال بوتين', 'قال بوتن', 100, 200);
    expect(diff.a[1]).toEqual({ start: 104, end: 109, same: false });
    expect(diff.b[1]).toEqual({ start: 204, end: 208, same: false });
  });
});
