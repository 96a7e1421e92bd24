import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle.ts';
import { bundleProblems } from './bundle-schema.ts';

const ARTICLE = 'عنوان المقال\n\nقال الوزير اليوم إن المفاوضات مستمرة بين الطرفين.\n';

describe('buildBundle on files that clean down to nothing (issue 12, the tester\'s files)', () => {
  // Each row: the whole text of a file → the kind of what cleaning cut. Every one made the bundle fail the schema
  // (an empty title), so the CLI wrote nothing at all.
  it.each([
    ['a lone URL', 'https://example.com/x\n', 'url'],
    ['an ad label', 'إعلان\n', 'ad'],
    ['a rule line', '-----\n', 'separator'],
    ['a source line', 'المصدر: رويترز\n', 'source'],
    ['a tag line', 'كلمات دلالية: الناتو، روسيا\n', 'tags'],
    ['a hashtag', '#الناتو\n', 'hashtags'],
    ['a share line', 'شارك على فيسبوك\n', 'share'],
    ['a read-also marker', 'اقرأ أيضاً\n', 'read-also'],
    ['a shortcode', '[caption id="1"]\n', 'shortcode'],
    ['a tatweel run', 'ـــــــ\n', 'invisible'],
    ['a zero-width space', '\u200B\n', 'invisible'],
  ])('%s is kept with its removed[], titled by its id', (_name, text, kind) => {
    const bundle = buildBundle([{ file: 'residue.txt', text }, { file: 'good.txt', text: ARTICLE }]);
    expect(bundleProblems(bundle)).toEqual([]);
    const item = bundle.items.find((i) => i.id === 'residue');
    expect(item).toMatchObject({ title: 'residue', content_text: '', _riwaya: { title_source: 'derived' } });
    expect(item?._riwaya.removed.map((r) => r.kind)).toEqual([kind]);
  });

  it('gives a.txt, a.TXT and .txt different ids and a valid bundle', () => {
    const bundle = buildBundle([{ file: 'a.txt', text: ARTICLE }, { file: 'a.TXT', text: ARTICLE }, { file: '.txt', text: ARTICLE }]);
    expect(bundleProblems(bundle)).toEqual([]);
    expect(bundle.items.map((i) => [i._riwaya.source_file, i.id])).toEqual([['.txt', 'untitled'], ['a.TXT', 'a'], ['a.txt', 'a-2']]);
  });

  it('reads an article whose lines end in a lone CR as lines', () => {
    const bundle = buildBundle([{ file: 'cr.txt', text: ARTICLE.replaceAll('\n', '\r') + 'إعلان\r' }]);
    expect(bundle.items[0]).toMatchObject({ title: 'عنوان المقال', content_text: 'قال الوزير اليوم إن المفاوضات مستمرة بين الطرفين.' });
    expect(bundle.items[0]?._riwaya.removed).toEqual([{ kind: 'ad', text: 'إعلان' }]);
  });
});
