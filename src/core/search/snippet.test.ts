/** Snippets (snippet.ts) on the corpus's own texts (content/articles, cleaned by the pipeline); each row names its article. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { queryTerms } from '../bundle-v2/search.ts';
import { snippet, SNIPPET_CHARACTERS } from './snippet.ts';
import { analyseSearchTerm, highlight, isTermOf, SEARCH_TERM_CACHE_SIZE, searchTerm, tokenize } from './terms.ts';

const items = contentBundle().items;
const textOf = (id: string) => items.find((item) => item.id === id)!.content_text;
const marked = (passage: string, terms: Set<string>) => highlight(passage, terms).filter((s) => s.mark).map((s) => s.text);
const collapsed = (text: string) => text.replace(/\s+/g, ' ');
const withoutEllipses = (passage: string) => passage.replace(/^…|…$/g, '');

describe('snippet', () => {
  // Each row: the article, the query, how the snippet starts, the words it marks (in order).
  const rows: Array<[string, string, string, string[]]> = [
    // seed 001: the match in the first sentence: the passage is the text's start, no "…" before it
    ['001_3050791f78128683', 'ناتو', 'أعلن الأمين العام لحلف شمال الأطلسي (ناتو)', ['ناتو']],
    // seed 001: روسيا first appears at the end of the fourth paragraph's sentence: cut 40 characters before it
    ['001_3050791f78128683', 'روسيا', '…من اليوروهات لدعم أوكرانيا في حربها مع روسيا.', ['روسيا']],
    // seed 001: two words, the window holding both wins over the first كييف alone; it ends with the sentence, no "…"
    ['001_3050791f78128683', 'زيلينسكي كييف', '…وتعهد بمواصلة دعمها، قبل أن يؤكد أن كييف', ['كييف', 'زيلينسكي', 'كييف']],
    // seed 004: the sentence's start is near, so the passage starts with it (وفي, not a cut word after it)
    ['004_1f3ba952f4cdec09', 'ستولتنبرغ', 'وفي حديثه في بروكسل ، قال رئيس الناتو ينس ستولتنبرغ', ['ستولتنبرغ', 'ستولتنبرغ']],
    // 2018-07-16 bbc 817: both words in the lead sentence, هلسنكي 60 characters after بوتين
    ['2018-07-16_bbc_BB-internationalNews-817', 'هلسنكي بوتين', 'يلتقي الرئيس الأمريكي، دونالد ترامب، نظيره الروسي، فلاديمير بوتين', ['بوتين', 'هلسنكي']],
    // 2018-07-11 bbc 784: الناتو in parentheses, matched through its article; the text before it is cut
    ['2018-07-11_bbc_BB-internationalNews-784', 'الناتو', '…مع الأمين العالم لحلف شمال الأطلسي (الناتو)', ['الناتو', 'الناتو']],
  ];
  it.each(rows)('%s: %s', (id, query, start, words) => {
    const terms = new Set(queryTerms(query));
    const passage = snippet(textOf(id), terms)!;
    expect(passage.startsWith(start)).toBe(true);
    expect(marked(passage, terms)).toEqual(words);
  });

  it('marks the other spelling the search matched (seed 002 spells ستولتنبرج, the query ستولتنبرغ)', () => {
    const terms = new Set(['ستولتنبرغ', 'ستولتنبرج']);
    const passage = snippet(textOf('002_2274472028061bc0'), terms)!;
    expect(marked(passage, terms)[0]).toBe('ستولتنبرج');
  });

  it('is null when no word of the text matches (the article matched on its title or an entity name)', () => {
    expect(snippet(textOf('001_3050791f78128683'), new Set(queryTerms('زنجبيلاتية')))).toBeNull();
    expect(snippet(textOf('001_3050791f78128683'), new Set())).toBeNull();
  });

  it('for any word of any article: a short passage of the text, the word marked in it', () => {
    const cases = items.flatMap((item) => {
      const tokens = tokenize(item.content_text);
      return tokens.length === 0 ? [] : [{ text: item.content_text, tokens }];
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: cases.length - 1 }), fc.nat(), (which, pick) => {
        const { text, tokens } = cases[which]!;
        const term = searchTerm(tokens[pick % tokens.length]!);
        if (term === '') return;
        const terms = new Set([term]);
        const passage = snippet(text, terms)!;
        expect(passage).not.toBeNull();
        expect(withoutEllipses(passage).length).toBeLessThanOrEqual(SNIPPET_CHARACTERS + 4);
        expect(collapsed(text)).toContain(withoutEllipses(passage));
        expect(marked(passage, terms).length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('searchTerm (cached)', () => {
  // Every word of content/articles, read twice over more words than the cache holds, so that answers come from a
  // full cache, an emptied one and a refilled one: each is the analysis of the word itself.
  it('answers as the analysis of each word, also after its cache was emptied', () => {
    const words = items.flatMap((item) => tokenize(`${item.title}\n${item.content_text}`));
    const distinct = new Set(words);
    expect(distinct.size).toBeGreaterThan(SEARCH_TERM_CACHE_SIZE / 10);
    const rounds = Math.ceil((2 * SEARCH_TERM_CACHE_SIZE) / distinct.size);
    let mismatches = 0;
    // Tokens short enough to be kept (longer ones are analysed each time): more than the cache holds.
    let kept = 0;
    for (let round = 0; round < rounds; round++) {
      for (const word of distinct) {
        // Each round spells the words apart (a Latin suffix the analysis keeps), so the cache fills and is emptied.
        const token = round === 0 ? word : `${word}x${round}`;
        if (searchTerm(token) !== analyseSearchTerm(token)) mismatches++;
        if (searchTerm(word) !== analyseSearchTerm(word)) mismatches++;
        if (token.length <= 12) kept++;
      }
    }
    expect(kept).toBeGreaterThan(SEARCH_TERM_CACHE_SIZE);
    expect(mismatches).toBe(0);
  });
});

describe('isTermOf', () => {
  // Every word of content/articles (and Latin words in upper case, which the search lower-cases), against the terms of
  // the corpus's frequent words: it answers as the analysis does, without analysing words no term ends.
  it('answers terms.has(searchTerm(word)) for every word of the corpus', () => {
    // Plus the words whose analysis could restore a letter: ل + ال written لل (للناتو, وللناتو, للبن).
    const words = [...new Set(items.flatMap((item) => tokenize(`${item.title}\n${item.content_text}`))), 'NATO', 'BBC', 'Putin', 'للناتو', 'وللناتو', 'للبن', 'لبن'];
    const terms = new Set(['ناتو', 'روسيا', 'سكريبال', 'بوتين', 'nato', 'قال', 'ترامب', 'دبلوماسي', 'لندن', 'البن', 'لبن'].map(searchTerm));
    let found = 0;
    for (const word of words) {
      // The rule it rests on: a word's term ends its lower-cased key.
      expect(word.toLowerCase().endsWith(analyseSearchTerm(word)), word).toBe(true);
      expect(isTermOf(word, terms), word).toBe(terms.has(searchTerm(word)));
      if (isTermOf(word, terms)) found++;
    }
    expect(found).toBeGreaterThan(terms.size);
  });
});
