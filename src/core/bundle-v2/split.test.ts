/**
 * Bundle v2 from the 68 articles of content/articles: every article is in exactly one shard, in the index's reading
 * order; the index, timeline and search postings point at what the shards hold; the files are named by their content.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle, type SourceArticle } from '../build-bundle.ts';
import { validateBundle } from '../bundle-schema.ts';
import { contentArticles } from '../../test-support/content-bundle.ts';
import { loadNerModel } from '../ner/model-file.ts';
import { searchTerm } from '../search/terms.ts';
import { postingsTerms } from './search.ts';
import { contentHash } from './content-hash.ts';
import { entryV2Schema, HEAD_PEOPLE, HEAD_ROWS, indexV2Schema, searchShardV2Schema, shardV2Schema, timelineV2Schema } from './format.ts';
import { ENTRY_FILE, compareIndexOrder, splitBundle } from './split.ts';

const model = loadNerModel(JSON.parse(readFileSync(new URL('../../../models/ner-ar.json', import.meta.url), 'utf8')));
const articles: SourceArticle[] = contentArticles();
const bundle = buildBundle(articles, { model });
const files = splitBundle(bundle);
const byPath = new Map(files.map((f) => [f.path, f.text]));
const read = (path: string) => JSON.parse(byPath.get(path) as string) as unknown;
const entry = entryV2Schema.parse(read(ENTRY_FILE));
const index = indexV2Schema.parse(read(entry._riwaya.index));

describe('contentHash', () => {
  // FNV-1a 64 test vectors (Fowler/Noll/Vo reference, http://www.isthe.com/chongo/tech/comp/fnv/): "" and "a".
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('hashes %j to %s', (text, hash) => expect(contentHash(text)).toBe(hash));
});

describe('splitBundle on content/articles', () => {
  it('puts every article in exactly one shard, consecutive in reading order, and the index says which', () => {
    const seen: string[] = [];
    index.shards.forEach((path, n) => {
      const shard = shardV2Schema.parse(read(path));
      expect(shard.first).toBe(seen.length);
      for (const raw of shard.items) {
        const id = (raw as { id: string }).id;
        expect(index.items.shard[seen.length]).toBe(n);
        seen.push(id);
      }
    });
    expect(seen).toEqual(index.items.id);
    expect(seen).toEqual([...bundle.items].sort(compareIndexOrder).map((i) => i.id));
    expect(new Set(seen).size).toBe(bundle.items.length);
  });

  it('keeps each article whole: the shards put back together are the v1 bundle', () => {
    const items = index.shards.flatMap((path) => shardV2Schema.parse(read(path)).items);
    const again = validateBundle({ ...bundle, items });
    expect(again.ok).toBe(true);
    expect(JSON.stringify([...bundle.items].sort(compareIndexOrder))).toBe(JSON.stringify(items));
  });

  it('names every file but the entry by the hash of its text', () => {
    for (const { path, text } of files) if (path !== ENTRY_FILE) expect(path).toContain(`.${contentHash(text)}.json`);
  });

  it('gives the same bytes for the articles in another order', () => {
    const again = splitBundle({ ...bundle, items: [...bundle.items].reverse() });
    expect(again).toEqual(files);
  });

  it('columns: entities most mentioned first, stories and outlets by index', () => {
    index.items.id.forEach((id, k) => {
      const item = bundle.items.find((i) => i.id === id)!;
      const counts = new Map<string, number>();
      for (const m of item._riwaya.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      const named = index.items.entities[k]!.map((e) => index.entities[e]!.id);
      expect(new Set(named)).toEqual(new Set(counts.keys()));
      for (let j = 1; j < named.length; j++) expect(counts.get(named[j - 1]!)!).toBeGreaterThanOrEqual(counts.get(named[j]!)!);
      const story = index.items.story[k]!;
      expect(story === -1 ? null : index.stories[story]!.id).toBe(item._riwaya.story);
      const outlet = index.items.outlet[k]!;
      expect(outlet === -1 ? null : index.outlets[outlet]).toBe(item._riwaya.outlet);
      expect(index.items.published[k]).toBe(item._riwaya.published?.value ?? '');
    });
    expect(index.months.reduce((n, [, count]) => n + count, 0)).toBe(bundle.items.filter((i) => (i._riwaya.published?.value.length ?? 0) >= 7).length);
  });

  it('carries in the entry the home list’s first rows as the index has them, each with the people it mentions most', () => {
    const head = entry._riwaya.head!;
    expect(head.length).toBe(HEAD_ROWS);
    head.forEach((row, k) => {
      const item = bundle.items.find((i) => i.id === index.items.id[k])!;
      expect(row.title).toBe(item.title);
      expect(row.outlet).toBe(item._riwaya.outlet);
      expect(row.published).toBe(item._riwaya.published?.value ?? '');
      const people = index.items.entities[k]!.map((e) => index.entities[e]!).filter((e) => e.type === 'person').slice(0, HEAD_PEOPLE);
      expect(row.people).toEqual(people.map((e) => ({ id: e.id, name: e.name })));
    });
    // Some of these rows name people (else the test above would hold for any entry without them).
    expect(head.some((row) => row.people.length > 0)).toBe(true);
  });

  it('gives a collection smaller than the head all its rows, and an empty one none', () => {
    const two = { ...bundle, items: bundle.items.slice(0, 2) };
    const small = entryV2Schema.parse(JSON.parse(splitBundle(two).find((f) => f.path === ENTRY_FILE)!.text));
    expect(small._riwaya.head!.map((r) => r.id)).toEqual([...two.items].sort(compareIndexOrder).map((i) => i.id));
    const none = entryV2Schema.parse(JSON.parse(splitBundle({ ...bundle, items: [] }).find((f) => f.path === ENTRY_FILE)!.text));
    expect(none._riwaya.head).toEqual([]);
  });

  // The entry is untrusted like every file: a head that is not rows of the list is refused with the entry; an entry
  // of an older build, without a head, still reads.
  it.each([
    ['no head (an older build)', (h: Record<string, unknown>) => void delete h.head, true],
    ['a row without a title', (h: Record<string, unknown>) => void ((h.head as Array<Record<string, unknown>>)[0]!.title = ''), false],
    ['a date that is not one', (h: Record<string, unknown>) => void ((h.head as Array<Record<string, unknown>>)[0]!.published = '14 March'), false],
    ['more rows than a head has', (h: Record<string, unknown>) => void (h.head = [...(h.head as unknown[]), ...(h.head as unknown[])]), false],
    ['a person as a bare string', (h: Record<string, unknown>) => void ((h.head as Array<Record<string, unknown>>)[0]!.people = ['ماي']), false],
  ])('entry with %s: accepted %s', (_, damage, accepted) => {
    const raw = JSON.parse(byPath.get(ENTRY_FILE)!) as { _riwaya: Record<string, unknown> };
    damage(raw._riwaya);
    expect(entryV2Schema.safeParse(raw).success).toBe(accepted);
  });

  it('lists every resolved mentioned date in the timeline, with its sentence', () => {
    const timeline = timelineV2Schema.parse(read(index.timeline));
    const resolved = bundle.items.reduce((n, i) => n + i._riwaya.dates.filter((d) => d.value !== null).length, 0);
    expect(timeline.events.length).toBe(resolved);
    for (const [doc, value, , , start, end] of timeline.events) {
      const item = bundle.items.find((i) => i.id === index.items.id[doc])!;
      expect(item._riwaya.dates.some((d) => d.value === value && d.start >= start && d.end <= end)).toBe(true);
    }
  });

  // A word of 2018-03-14_bbc (Britain expels 23 Russian diplomats): the folded, clitic-stripped term of "الدبلوماسيين".
  it('files each search term under its prefix, with postings of the articles that use it', () => {
    const term = searchTerm('الدبلوماسيين');
    const file = index.search.files[index.search.prefixes[term.slice(0, 2)]!]!;
    const postings = postingsTerms(searchShardV2Schema.parse(read(file)))[term]!;
    const docs = postings.filter((_, j) => j % 2 === 0).map((doc) => index.items.id[doc]);
    const expected = bundle.items.filter((i) => i.content_text.includes('الدبلوماسيين') || i.title.includes('الدبلوماسيين')).map((i) => i.id);
    for (const id of expected) expect(docs).toContain(id);
  });
});
