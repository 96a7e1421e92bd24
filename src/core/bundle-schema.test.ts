import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle.ts';
import { bundleProblems, readBundle, validateBundle, type Bundle } from './bundle-schema.ts';

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
    // Issue 12 (tester): a valid-looking far-future day passed and crashed the home and entity pages.
    ['a publication in the year 9999', (b) => void (b.items[0]!._riwaya.published = { value: '9999-12-31', precision: 'day' }), /publication year from 1800 to 2100/],
    // Issue 12 (tester): impossible days were accepted and shown as other dates (Date rolls 30 February to 2 March).
    ['a day that does not exist (30 February)', (b) => void (b.items[0]!._riwaya.published = { value: '2023-02-30', precision: 'day' }), /exists in the calendar/],
    ['31 April', (b) => void (b.items[0]!._riwaya.published = { value: '2023-04-31', precision: 'day' }), /exists in the calendar/],
    ['29 February of a common year', (b) => void (b.items[0]!._riwaya.published = { value: '2023-02-29', precision: 'day' }), /exists in the calendar/],
    // Issue 12 (tester): year 0000 was accepted; Date shows it as another year.
    ['the year 0000', (b) => void (b.items[0]!._riwaya.published = { value: '0000', precision: 'year' }), /year 1000–9999/],
    ['a mentioned date on 31 June', (b) => void b.items[0]!._riwaya.dates.push({ start: 0, end: 1, value: '2018-06-31', precision: 'day' }), /^items\.0\._riwaya\.dates\.\d+\.value: a date that exists/m],
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

  // Edges that must stay valid: a leap day, the first and last publication years, an old mentioned year.
  const valid: Array<[string, (b: Bundle) => void]> = [
    ['29 February 2024 (leap year)', (b) => void (b.items[0]!._riwaya.published = { value: '2024-02-29', precision: 'day' })],
    ['29 February 2000 (a leap century)', (b) => void (b.items[0]!._riwaya.published = { value: '2000-02-29', precision: 'day' })],
    ['published in 1828, the first Arabic newspaper', (b) => void ((b.items[0]!._riwaya.published = { value: '1828', precision: 'year' }), delete b.items[0]!.date_published)],
    ['published in 2100', (b) => void ((b.items[0]!._riwaya.published = { value: '2100-12', precision: 'month' }), delete b.items[0]!.date_published)],
    ['a mentioned year 1187 (Hattin)', (b) => void b.items[0]!._riwaya.dates.push({ start: 0, end: 1, value: '1187', precision: 'year' })],
  ];
  it.each(valid)('accepts %s', (_name, change) => {
    expect(validateBundle(mutate(change))).toMatchObject({ ok: true });
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

// Issue 12 (tester): one item that fails the schema made the app reject the whole bundle. The reader's readBundle
// leaves such items out and names them; only a broken envelope is a failure.
describe('readBundle (the app reads around bad items)', () => {
  /** Three sound items (sky, a, b) in one story, to break one of them per row. */
  const three = mutate((b) => {
    for (const id of ['a', 'b']) b.items.push({ ...structuredClone(b.items[0]!), id });
    b._riwaya.stories.push({ id: 'story', title: 't', item_ids: ['sky', 'a', 'b'] });
  });
  const breakItem = (change: (items: unknown[]) => void): Bundle => {
    const copy = structuredClone(three);
    change(copy.items as unknown[]);
    return copy;
  };

  it('keeps a sound bundle whole', () => {
    const result = readBundle(three);
    expect(result).toMatchObject({ ok: true, dropped: [] });
    expect(result.ok && result.bundle.items.map((i) => i.id)).toEqual(['sky', 'a', 'b']);
  });

  // Each row: one broken item → its position and id in the notice; the other two are read.
  const rows: Array<[string, (items: unknown[]) => void, number, string | null, RegExp]> = [
    // the tester's case: an item that fails the schema (here an empty title)
    ['an empty title', (items) => void ((items[1] as { title: string }).title = ''), 1, 'a', /^items\.1\.title:/],
    // issue 12 #4: a publication date the schema now refuses
    ['a publication in 9999', (items) => void ((items[2] as Bundle['items'][0])._riwaya.published = { value: '9999-12-31', precision: 'day' }), 2, 'b', /publication year/],
    // an item that is not even an object: no id to name, its position is all there is
    ['a string in place of an item', (items) => void (items[1] = 'not an item'), 1, null, /^items\.1: /],
    // a cross check, not the schema: a span past the end of the text
    ['a mention past the end of the text', (items) => void (items[0] as Bundle['items'][0])._riwaya.mentions.push({ entity: 'x', start: 0, end: 10_000 }), 0, 'sky', /outside content_text/],
    // the second of two items with one id (a reused file name): the first keeps it
    ['a duplicate id', (items) => void ((items[2] as { id: string }).id = 'a'), 2, 'a', /duplicate item id a/],
  ];
  it.each(rows)('drops only the item with %s', (_name, change, position, id, problem) => {
    const result = readBundle(breakItem(change));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dropped).toHaveLength(1);
    expect(result.dropped[0]).toMatchObject({ position, id });
    expect(result.dropped[0]!.problems.join('\n')).toMatch(problem);
    expect(result.bundle.items).toHaveLength(2);
    // The story no longer names an item that is not there (unless the id lives on in the first of two).
    const ids = new Set(result.bundle.items.map((i) => i.id));
    for (const story of result.bundle._riwaya.stories) for (const itemId of story.item_ids) expect(ids).toContain(itemId);
    // The strict check used by the CLI still refuses the same bundle.
    expect(validateBundle(breakItem(change)).ok).toBe(false);
  });

  it('names at most five problems per dropped item', () => {
    const result = readBundle(breakItem((items) => void (items[0] = { id: 'sky', url: 'x', date_published: 'x', title: 1 })));
    expect(result.ok && result.dropped[0]!.problems.length).toBe(5);
  });

  // A broken envelope is still a failure: without it there is nothing to read the items against.
  const envelopes: Array<[string, (b: Bundle) => void, RegExp]> = [
    ['an unknown schema version', (b) => void ((b._riwaya as { schema: number }).schema = 2), /^_riwaya\.schema:/],
    ['items that are not a list', (b) => void ((b as { items: unknown }).items = {}), /^items:/],
    ['no title', (b) => void ((b as { title?: string }).title = undefined), /^title:/],
  ];
  it.each(envelopes)('fails on %s', (_name, change, problem) => {
    const result = readBundle(mutate(change));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problems.join('\n')).toMatch(problem);
  });
});
