/** The v2 postings search on small hand-made postings: each rule of search.ts on its own. */
import { describe, expect, it } from 'vitest';
import { filesFor, LatinNames, latinQueryPhrases, postingsTerms, queryTerms, searchPostings, withinOneEdit, type PostingsTerms } from './search.ts';

describe('withinOneEdit', () => {
  // Each row: a, b, at most one edit apart?
  const rows: Array<[string, string, boolean]> = [
    ['ستولتنبرغ', 'ستولتنبرج', true], // substitution (seed 000 / seed 002 spellings)
    ['ستولتنبرغ', 'ستولتنبرغي', true], // insertion at the end
    ['ستولتنبرغ', 'ستلتنبرغ', true], // deletion inside
    ['ستولتنبرغ', 'ستولتنبر', true],
    ['ستولتنبرغ', 'سولتنبرج', false], // two edits
    ['abc', 'abc', true],
    ['abc', 'abcde', false],
  ];
  it.each(rows)('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });
});

describe('searchPostings', () => {
  // Three articles: 0 and 1 name NATO's secretary general, 1 and 2 the summit.
  const files: Record<string, PostingsTerms> = {
    ست: { ستولتنبرغ: [0, 4, 1, 2], ستولتنبرج: [2, 2] },
    قم: { قمه: [1, 2, 2, 6] },
    اط: { اطلسي: [0, 2], اطلسيه: [1, 2] },
  };
  const lookup = (prefix: string) => files[prefix];
  const SIZE = 3;
  /** Article → summed weight, for the articles found. */
  const scoresOf = (query: string) => {
    const hit = searchPostings(query, lookup, SIZE);
    return { scores: new Map(hit.docs.map((doc) => [doc, hit.weights[doc]!])), terms: hit.terms, docs: hit.docs };
  };

  it('combines words with AND and adds their weights', () => {
    const hit = scoresOf('ستولتنبرغ القمة');
    // ستولتنبرغ at 6 letters+ also matches ستولتنبرج at one edit: article 2 has both words.
    expect(hit.docs).toEqual([1, 2]);
    expect(hit.scores.get(1)).toBe(2 + 2);
  });

  it('matches a prefix for words of 4 letters or more, at a lower weight', () => {
    const hit = scoresOf('الأطلسي');
    expect(hit.scores.get(0)).toBe(2);
    expect(hit.scores.get(1)).toBe(1);
    expect(hit.terms).toEqual(new Set(['اطلسي', 'اطلسيه']));
  });

  it('does not match a prefix of a short word', () => {
    expect(scoresOf('قم').scores.size).toBe(0);
  });

  it('finds nothing when one word has no postings file', () => {
    const hit = scoresOf('ستولتنبرغ زنجبيل');
    expect(hit.scores.size).toBe(0);
    expect(hit.terms.size).toBe(0);
  });

  it('counts an article reached by two terms of one word once, with both terms\' weights, and never lets one that missed an earlier word in', () => {
    // Article 1 has the word itself and a word it begins; article 0 only the second query word's terms.
    const own: Record<string, PostingsTerms> = { قم: { قمه: [1, 2] }, اط: { اطلسي: [0, 2, 1, 2], اطلسيه: [0, 2, 1, 4] } };
    const hit = searchPostings('القمة الأطلسي', (prefix) => own[prefix], 2);
    expect(hit.docs).toEqual([1]);
    expect(hit.weights[1]).toBe(2 + (2 + 4 * 0.5));
  });

  it('ignores postings outside the collection', () => {
    const hit = searchPostings('ستولتنبرغ', lookup, 2);
    expect(hit.docs).toEqual([0, 1]);
  });

  it('names one file per query prefix', () => {
    expect(filesFor(queryTerms('الأطلسي والأطلسية ستولتنبرغ'), { اط: 3, ست: 1 })).toEqual([3, 1]);
    expect(filesFor(queryTerms('زنجبيل'), { اط: 3 })).toEqual([]);
  });
});

describe('postingsTerms', () => {
  it('sums a file of gaps into article indices, and gives a file of indices as it is', () => {
    // Each list: [gap or article, weight, …]; the first gap is the article itself.
    expect(postingsTerms({ schema: 2, gaps: { قمه: [3, 2, 4, 1, 1, 6], ناتو: [0, 4] } })).toEqual({ قمه: [3, 2, 7, 1, 8, 6], ناتو: [0, 4] });
    expect(postingsTerms({ schema: 2, terms: { قمه: [3, 2, 7, 1, 8, 6] } })).toEqual({ قمه: [3, 2, 7, 1, 8, 6] });
  });
});

describe('Latin query words', () => {
  // Each row: a query as a reader types it → its runs of Latin words (the Arabic words are searched as postings).
  it.each([
    ['Stoltenberg', [['Stoltenberg']]],
    ['Theresa May سالزبري', [['Theresa', 'May']]],
    ['al-Assad', [['Assad']]],
    ['NATO قمة BBC', [['NATO'], ['BBC']]],
    ['الناتو', []],
  ])('%s → %j', (query, phrases) => expect(latinQueryPhrases(query)).toEqual(phrases));

  // Names as entities of content/articles and issue 17's news list spell them.
  const names = new LatinNames([['تيريزا ماي'], ['بشار الأسد'], ['سعد الحريري'], ['بي بي سي عربي'], ['ماي']]);
  it.each([
    [['Theresa', 'May'], [0]],
    [['Assad'], [1]],
    [['BBC'], [3]],
    [['May'], []],
  ])('%j names %j', (phrase, expected) => expect([...names.match(phrase)].sort()).toEqual(expected));
});
