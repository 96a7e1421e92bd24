import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { buildSearchIndex, highlight, searchTerm } from './search-index.ts';

describe('searchTerm', () => {
  // Each row: a token as written → its search term, with where it was seen.
  const rows: Array<[string, string, string]> = [
    ['seed 001: الأطلسي', 'الأطلسي', 'اطلسي'],
    ['seed 002: الاطلسي without hamza', 'الاطلسي', 'اطلسي'],
    ['seed 000: لستولتنبرغ is not stripped (bare ل + name is ambiguous)', 'لستولتنبرغ', 'لستولتنبرغ'],
    ['seed 001: وتزامنت keeps its stem', 'وتزامنت', 'تزامنت'],
    ['seed 001: للناتو', 'للناتو', 'ناتو'],
    ['seed 001: بالجنود (ب + ال)', 'بالجنود', 'جنود'],
    ['seed 001: وقال loses its conjunction (3 letters remain)', 'وقال', 'قال'],
    ['short word stays whole: ولا', 'ولا', 'ولا'],
    ['seed 000: القمة with taa marbuta', 'القمة', 'قمه'],
  ];
  it.each(rows)('%s', (_source, token, term) => {
    expect(searchTerm(token)).toBe(term);
  });
});

describe('search over the content folder', () => {
  const bundle = contentBundle();
  const index = buildSearchIndex(bundle.items, new Map(bundle._riwaya.entities.map((e) => [e.id, e])));
  const containing = (needle: string) => bundle.items.filter((i) => i.content_text.includes(needle) || i.title.includes(needle)).map((i) => i.id);

  it('finds الأطلسي when searched without hamza', () => {
    const expected = containing('الأطلسي');
    expect(expected.length).toBeGreaterThan(3);
    const { ids } = index.search('الاطلسي');
    for (const id of expected) expect(ids).toContain(id);
  });

  it('finds ستولتنبرغ when searched with the other spelling ستولتنبرج', () => {
    const { ids } = index.search('ستولتنبرج');
    expect(ids).toContain('000_65e48351ce8b35e2'); // seed 000 spells it only ستولتنبرغ
    expect(ids).toContain('002_2274472028061bc0'); // seed 002 spells it only ستولتنبرج
  });

  it('combines words with AND', () => {
    const both = index.search('سكريبال هلسنكي').ids;
    const skripal = index.search('سكريبال').ids;
    expect(skripal.size).toBeGreaterThan(5);
    expect(both.size).toBeLessThan(skripal.size);
    for (const id of both) expect(skripal).toContain(id);
  });

  it('finds nothing for a word in no article', () => {
    expect(index.search('زنجبيلاتية').ids.size).toBe(0);
  });

  it('highlights the matched words on the display text, unchanged', () => {
    const { terms } = index.search('الاطلسي');
    const text = 'أعلن الأمين العام لحلف شمال الأطلسي (ناتو) ينس ستولتنبرغ'; // seed 001, first sentence
    const segments = highlight(text, terms);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['الأطلسي']);
  });
});
