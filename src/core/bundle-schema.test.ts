import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle.ts';
import { validateBundle, type Bundle } from './bundle-schema.ts';

// A small bundle from a real corpus article (corpus 2018-07-10_skynews_SK-internationalNews-2574, first lines).
const base = buildBundle([
  {
    file: 'sky.txt',
    text: 'ترامب يصل إلى بروكسل للمشاركة في قمة الناتو\n\nوصل الرئيس الأميركي دونالد ترامب إلى بروكسل.\n',
    manifest: { file: 'sky.txt', published: '2018-07-10', outlet: 'سكاي نيوز عربية' },
  },
]);

function mutate(change: (b: Bundle) => void): Bundle {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe('bundle schema', () => {
  it('accepts what the pipeline builds', () => {
    expect(validateBundle(base)).toMatchObject({ ok: true });
  });

  // Each row: a broken bundle → the problem the validator must name.
  const rows: Array<[string, (b: Bundle) => void, RegExp]> = [
    ['wrong JSON Feed version', (b) => void ((b as { version: string }).version = 'https://jsonfeed.org/version/1'), /^version:/],
    ['schema version bump unknown to this app', (b) => void ((b._riwaya as { schema: number }).schema = 2), /^_riwaya\.schema:/],
    ['mention past the end of the text', (b) => void b.items[0]!._riwaya.mentions.push({ entity: 'x', start: 0, end: 10_000 }), /outside content_text/],
    ['mention of an unknown entity', (b) => void b.items[0]!._riwaya.mentions.push({ entity: 'person:nobody', start: 0, end: 3 }), /unknown entity person:nobody/],
    ['published with the wrong precision', (b) => void (b.items[0]!._riwaya.published = { value: '2018-07', precision: 'day' }), /exactly the stated precision/],
    ['date_published without a known day', (b) => void (b.items[0]!._riwaya.published = { value: '2018-07', precision: 'month' }), /date_published is present exactly/],
    ['duplicate item id', (b) => void b.items.push(structuredClone(b.items[0]!)), /duplicate item id sky/],
    ['removed kind that is not a code', (b) => void b.items[0]!._riwaya.removed.push({ kind: 'Read Also', text: 'x' }), /removed/],
    ['a month that does not exist (would loop a month-by-month walk)', (b) => void (b.items[0]!._riwaya.published = { value: '2018-13', precision: 'month' }), /YYYY-MM/],
    ['a url with a javascript: scheme', (b) => void (b.items[0]!.url = 'javascript:alert(1)'), /http\(s\) URL/],
    ['story naming an unknown item', (b) => void b._riwaya.stories.push({ id: 's1', title: 't', item_ids: ['nope'] }), /unknown item nope/],
  ];
  it.each(rows)('rejects %s', (_name, change, problem) => {
    const result = validateBundle(mutate(change));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(problem);
  });
});
