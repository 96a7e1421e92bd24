/** The ranking's title match (rank.ts) on the corpus's own titles (content/articles), and the order it gives. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { orderByScore, relevance, titleKey, titleMatch, TitleWords } from './rank.ts';
import { FUZZY_FACTOR, PREFIX_FACTOR, queryTerms } from './search.ts';

describe('titleMatch', () => {
  // Each row: where the title comes from, the title, a query, how much of the query the title has.
  const rows: Array<[string, string, string, number]> = [
    ['2018-03-27 skynews 608: the article ال is stripped', 'الناتو يصّعد ضد روسيا ويتخذ إجراءات حازمة.. ستدفعون الثمن', 'ناتو', 1],
    ['2018-10-14 skynews 3487: للناتو (ل + ال, the alef dropped)', 'المناورات الأضخم للناتو على الحدود مع روسيا.. لماذا؟', 'الناتو', 1],
    ['2018-05-28 alarabiya 1366: the conjunction و', 'الناتو وروسيا يجريان أول محادثات منذ تسميم سكريبال', 'روسيا', 1],
    ['2018-03-15 alarabiya 480: bare ب + name is not stripped, as in the postings', 'الناتو: سكريبال سُمم بمادة ذات درجة عسكرية صنعت بروسيا', 'روسيا', 0],
    ['2018-07-17 bbc 822: bare ل + name is not stripped either', 'انتقادات واسعة لترامب بسبب تصريحاته خلال قمته مع بوتين', 'ترامب', 0],
    ['seed 001: the other spelling of the name, one edit away', 'أعلن الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ، مساعدة عسكرية إضافية لأوكرانيا، وتعهد…', 'ستولتنبرج', FUZZY_FACTOR],
    ['2018-03-17 alarabiya 508: a word the query begins (tanween folded away)', 'روسيا ترد بالمثل.. وتطرد 23 دبلوماسياً بريطانياً', 'دبلوماسي', PREFIX_FACTOR],
    ['2018-07-11 alarabiya 1892: taa marbuta folded (القمة → قمه)', 'قبيل قمة بروكسل.. ترمب "يشتكي" من مساهمات شركاء الناتو', 'القمة', 1],
    ['2018-07-10 skynews 2574: two words, both there', 'ترامب يريد "المتأخرات" من دول الناتو', 'ترامب الناتو', 2],
    ['2018-07-10 skynews 2574: two words, one there', 'ترامب يريد "المتأخرات" من دول الناتو', 'ترامب روسيا', 1],
    // Constructed, as news titles give rates and counts: a number with its separator is one search word.
    ['a rate with its decimal point', 'ارتفاع النمو 2.5 في المئة خلال العام', '2.5', 1],
    ['a count with its thousands separator, in Arabic digits', 'روسيا تطرد ١٬٥٠٠ دبلوماسي', '١٬٥٠٠', 1],
    ['the number is not a part of another one', 'ارتفاع النمو 12.5 في المئة', '2.5', 0],
  ];
  it.each(rows)('%s', (_source, title, query, expected) => {
    expect(titleMatch(titleKey(title), queryTerms(query))).toBeCloseTo(expected);
    const words = new TitleWords(1);
    words.add(0, title);
    expect(words.matcher(queryTerms(query))(0)).toBeCloseTo(expected);
  });

  it('gives the same match with the factors of title words kept across titles (one search ranks them all)', () => {
    // Every title of content/articles, in reading order as a ranking goes, for queries of its frequent names and words.
    const titles = contentBundle().items.map((item) => titleKey(item.title));
    for (const query of ['الناتو', 'روسيا', 'ترامب بوتين', 'ستولتنبرج', 'دبلوماسي', 'سكريبال لندن']) {
      const words = queryTerms(query);
      const caches = words.map(() => new Map<string, number>());
      const kept = titles.map((key) => titleMatch(key, words, caches));
      expect(kept).toEqual(titles.map((key) => titleMatch(key, words)));
      expect(kept.some((m) => m > 0)).toBe(true);
    }
  });
});

describe('TitleWords', () => {
  it('matches as titleMatch does on every corpus title, titles added in any order and after a search began', () => {
    // content/articles' titles, for queries of its frequent names and words, a prefix, a one-edit spelling and a word in no title.
    const titles = contentBundle().items.map((item) => item.title);
    const words = new TitleWords(titles.length);
    // Every other title first, from the end (a search meets titles in its own order; warmUp adds the rest later).
    for (let doc = titles.length - 1; doc >= 0; doc -= 2) words.add(doc, titles[doc]!);
    const early = words.matcher(queryTerms('روسيا الناتو'));
    expect(words.complete).toBe(false);
    for (let doc = 0; doc < titles.length; doc++) if (!words.has(doc)) words.add(doc, titles[doc]!);
    expect(words.complete).toBe(true);
    let matched = 0;
    for (const query of ['الناتو', 'روسيا', 'ترامب بوتين', 'ستولتنبرج', 'دبلوماسي', 'سكريبال لندن', 'روسيا الناتو', 'كرة']) {
      const terms = queryTerms(query);
      const match = query === 'روسيا الناتو' ? early : words.matcher(terms);
      const got = titles.map((_, doc) => match(doc));
      expect(got, query).toEqual(titles.map((title) => titleMatch(titleKey(title), terms)));
      matched += got.filter((m) => m > 0).length;
    }
    expect(matched).toBeGreaterThan(titles.length);
    // A title never added is a caller's mistake, said as such.
    expect(() => new TitleWords(2).matcher(['روسيا'])(1)).toThrow(/title 1 was not added/);
  });
});

describe('relevance', () => {
  it('puts a title that has the word before any weight in the text alone', () => {
    expect(relevance(1, 4)).toBeGreaterThan(relevance(0, 1_000_000));
  });
  it('orders by weight when the titles match alike', () => {
    expect(relevance(1, 12)).toBeGreaterThan(relevance(1, 6));
    expect(relevance(0, 12)).toBeGreaterThan(relevance(0, 6));
  });
});

describe('orderByScore', () => {
  // Each row: articles in reading order, their scores by article, the order expected (highest first, ties in reading order).
  const rows: Array<[string, number[], number[], number[]]> = [
    ['distinct scores', [0, 1, 2], [0.5, 2, 1], [1, 2, 0]],
    ['ties keep reading order', [0, 2, 5, 7], [1, 0, 3, 0, 0, 1, 0, 3], [2, 7, 0, 5]],
    ['all equal (a Latin name: one weight for all)', [3, 4, 9], [0, 0, 0, 2, 2, 0, 0, 0, 0, 2], [3, 4, 9]],
    ['none', [], [], []],
  ];
  it.each(rows)('%s', (_case, docs, scores, expected) => {
    const sorted = [...docs];
    orderByScore(sorted, scores);
    expect(sorted).toEqual(expected);
  });

  it('gives the order of a stable sort by descending score for any scores (few distinct values, or all distinct)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.double({ min: 0, max: 10, noNaN: true })), { maxLength: 200 }), fc.boolean(), (scores, gaps) => {
        // Articles in reading order, every other one left out or all of them.
        const docs = scores.map((_, doc) => doc).filter((doc) => !gaps || doc % 2 === 0);
        const expected = [...docs].sort((a, b) => scores[b]! - scores[a]! || a - b);
        orderByScore(docs, scores);
        expect(docs).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the order of a stable sort by descending relevance on the corpus (content/articles titles, real weights)', () => {
    const titles = contentBundle().items.map((item) => titleKey(item.title));
    const words = queryTerms('روسيا الناتو');
    // Weights as the postings give them: whole uses of 2, 3 and 4, many alike.
    const score = titles.map((key, doc) => relevance(titleMatch(key, words), 2 * (doc % 7) + 3 * (doc % 3)));
    const docs = titles.map((_, doc) => doc);
    const expected = [...docs].sort((a, b) => score[b]! - score[a]! || a - b);
    orderByScore(docs, score);
    expect(docs).toEqual(expected);
    // The case is not trivial: ties exist and the order is not reading order.
    expect(new Set(score).size).toBeLessThan(score.length);
    expect(docs).not.toEqual([...docs].sort((a, b) => a - b));
  });
});
