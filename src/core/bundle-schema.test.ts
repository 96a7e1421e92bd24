import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle.ts';
import { bundleProblems, validateBundle, type Bundle } from './bundle-schema.ts';

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
    // issue 12 (tester): an http(s) URL with a second line that is a javascript: link
    ['a url with a line break and a second scheme', (b) => void (b.items[0]!.url = 'https://a.com\njavascript:alert(1)'), /^items\.0\.url: an http\(s\) URL on one line/m],
    // issue 12: a lone CR, a space, a right-to-left override inside the URL; a URL with no host
    ['a url with a carriage return', (b) => void (b.items[0]!.url = 'https://a.com\r/x'), /^items\.0\.url:/m],
    ['a url with a space', (b) => void (b.items[0]!.url = 'https://a.com/a b'), /^items\.0\.url:/m],
    ['a url with a bidi override', (b) => void (b.items[0]!.url = 'https://a.com/\u202Egnp.exe'), /^items\.0\.url:/m],
    ['a url without a host', (b) => void (b.items[0]!.url = 'https:///x'), /^items\.0\.url:/m],
    ['story naming an unknown item', (b) => void b._riwaya.stories.push({ id: 's1', title: 't', item_ids: ['nope'] }), /unknown item nope/],
    ['an item that is not an object', (b) => void (b.items as unknown[]).push('sky'), /^items\.1: /m],
    ['a mention without an entity, named by its full path', (b) => void b.items[0]!._riwaya.mentions.push({ start: 0, end: 1 } as never), /^items\.0\._riwaya\.mentions\.\d+\.entity: /m],
  ];
  it.each(rows)('rejects %s', (_name, change, problem) => {
    const broken = mutate(change);
    const result = validateBundle(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join('\n')).toMatch(problem);
      // The CLI's check names the same problems.
      expect(bundleProblems(broken)).toEqual(result.problems);
    }
  });

  it("accepts the pipeline's bundle in the CLI check too", () => {
    expect(bundleProblems(base)).toEqual([]);
  });

  // Two faults in different layers: each must be named (a broken envelope must not hide a broken item).
  const pairs: Array<[string, (b: Bundle) => void, RegExp, RegExp]> = [
    ['an empty title and a mention past the text', (b) => void ((b.title = ''), b.items[0]!._riwaya.mentions.push({ entity: 'x', start: 0, end: 10_000 })), /^title:/m, /outside content_text/],
    ['an unknown schema version and a url with a javascript: scheme', (b) => void (((b._riwaya as { schema: number }).schema = 2), (b.items[0]!.url = 'javascript:x')), /^_riwaya\.schema:/m, /^items\.0\.url:/m],
    [
      'a bad url in one item and a duplicate id in two others',
      (b) => {
        const sound = structuredClone(b.items[0]!);
        b.items[0]!.url = 'javascript:x';
        b.items.push(sound, structuredClone(sound));
      },
      /^items\.0\.url:/m,
      /duplicate item id sky/,
    ],
  ];
  it.each(pairs)('names both faults: %s', (_name, change, first, second) => {
    const problems = bundleProblems(mutate(change)).join('\n');
    expect(problems).toMatch(first);
    expect(problems).toMatch(second);
  });

  it('names at most 20 problems', () => {
    const broken = mutate((b) => void (b.items as unknown[]).push(...Array.from({ length: 30 }, () => 'not an item')));
    const result = validateBundle(broken);
    expect(result.ok ? [] : result.problems).toHaveLength(20);
  });

  it('returns a copy without keys the contract does not know', () => {
    const result = validateBundle(mutate((b) => void Object.assign(b.items[0]!, { injected: '<script>' })));
    expect(result.ok && 'injected' in result.bundle.items[0]!).toBe(false);
    expect(result.ok && result.bundle.items[0]!.id).toBe('sky');
  });
});
