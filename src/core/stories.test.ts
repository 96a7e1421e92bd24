import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBundle } from './build-bundle.ts';
import { parseManifest } from './manifest.ts';
import {
  comparePairs,
  comparePairsOf,
  groupStories,
  LINK_SIMILARITY,
  MAX_STORY_DAYS,
  pairsWithin,
  STORY_ENTITY_SHARE,
  storyModel,
  timeFactor,
  WINDOW_DAYS,
  type StoryInput,
} from './stories.ts';
import { storyInputOf } from './story-input.ts';

const DIR = join(import.meta.dirname, '../../content/articles');
const manifest = parseManifest(readFileSync(join(DIR, 'manifest.json'), 'utf8'));

/** Real corpus articles through the real pipeline (no labels are read). */
function inputsOf(names: string[]): StoryInput[] {
  if (!manifest.ok) throw new Error(manifest.reason);
  const entries = manifest.entries;
  const bundle = buildBundle(
    names.map((name) => ({ file: `${name}.txt`, text: readFileSync(join(DIR, `${name}.txt`), 'utf8'), manifest: entries.get(`${name}.txt`) })),
  );
  return bundle.items.map(storyInputOf);
}

const NAMES = [
  // 17 Mar: Russia expels 23 British diplomats (Al Arabiya, France 24, Sky)
  '2018-03-17_alarabiya_AL-internationalNews-508',
  '2018-03-17_france24_FR-internationalNews-477',
  '2018-03-17_skynews_SK-internationalNews-399',
  // 11 Jul: Merkel answers Trump at the NATO summit (Al Arabiya, Sky)
  '2018-07-11_alarabiya_AL-internationalNews-1895',
  '2018-07-11_skynews_SK-internationalNews-2592',
  // 14 Oct: a lone NATO–Russia article
  '2018-10-14_skynews_SK-internationalNews-3487',
];
const inputs = inputsOf(NAMES);

describe('groupStories on real reports', () => {
  const { stories, storyOf } = groupStories(inputs);

  it('same-day reports of one event form one story; another event another; a lone article none', () => {
    expect(storyOf.get(NAMES[0]!)).toBe(storyOf.get(NAMES[1]!));
    expect(storyOf.get(NAMES[3]!)).toBe(storyOf.get(NAMES[4]!));
    expect(storyOf.get(NAMES[0]!)).not.toBe(storyOf.get(NAMES[3]!));
    expect(storyOf.get(NAMES[5]!)).toBeUndefined();
  });

  it('story id is story- + the smallest member id; items in time order; every member in storyOf', () => {
    for (const story of stories) {
      expect(story.id).toBe(`story-${[...story.item_ids].sort()[0]}`);
      expect(story.item_ids.length).toBeGreaterThanOrEqual(2);
      for (const id of story.item_ids) expect(storyOf.get(id)).toBe(story.id);
    }
  });

  it('property: the grouping does not depend on input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(inputs, { minLength: inputs.length, maxLength: inputs.length }), (shuffled) => {
        expect(groupStories(shuffled).stories).toEqual(stories);
      }),
      { numRuns: 20 },
    );
  });

  it('the blocked path (large collections) groups the same-day reports too', () => {
    const blocked = groupStories(inputs, { allPairsMax: 0 }).storyOf;
    expect(blocked.get(NAMES[0]!)).toBe(blocked.get(NAMES[1]!));
    expect(blocked.get(NAMES[3]!)).toBe(blocked.get(NAMES[4]!));
    expect(blocked.get(NAMES[0]!)).not.toBe(blocked.get(NAMES[3]!));
  });

  it('comparePairs: different outlets within a day, best first', () => {
    const story = stories.find((s) => s.item_ids.includes(NAMES[0]!))!;
    const pairs = comparePairs(story, inputs);
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) expect(inputs.find((i) => i.id === p.a)!.outlet).not.toBe(inputs.find((i) => i.id === p.b)!.outlet);
    for (let k = 1; k < pairs.length; k++) expect(pairs[k - 1]!.similarity).toBeGreaterThanOrEqual(pairs[k]!.similarity);
  });

  it('comparePairsOf: one model for every story gives each story the pairs comparePairs gives it', () => {
    const pairsOf = comparePairsOf(inputs);
    expect(stories.some((story) => pairsOf(story).length > 0)).toBe(true);
    for (const story of stories) expect(pairsOf(story)).toEqual(comparePairs(story, inputs));
  });
});

describe('the blocked path (collections over ALL_PAIRS_MAX) on the whole content folder', () => {
  // Which reports belong together: the human labels of the corpus (test-data/corpus-stories.json, from
  // ../shared/corpus/manifest.json gold_story); the pipeline never reads them.
  const labels = new Map(Object.entries(JSON.parse(readFileSync(join(DIR, '../../test-data/corpus-stories.json'), 'utf8')).stories as Record<string, string>));
  const all = inputsOf(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.replace(/\.txt$/, '')),
  );
  /** The stories the reports of one labelled story end in, with how many reports each (none: in no story). */
  const storiesOf = (storyOf: Map<string, string>, label: string) => {
    const counts = new Map<string, number>();
    for (const [id, l] of labels) {
      if (l !== label) continue;
      const story = storyOf.get(id) ?? `none:${id}`;
      counts.set(story, (counts.get(story) ?? 0) + 1);
    }
    return [...counts.values()].sort((a, b) => b - a);
  };

  it('keeps the NATO summit (16 reports) and Helsinki (9) each whole and apart, as the exact path does', () => {
    for (const storyOf of [groupStories(all).storyOf, groupStories(all, { allPairsMax: 0 }).storyOf]) {
      expect(storiesOf(storyOf, 'nato-summit-2018')).toEqual([16]);
      expect(storiesOf(storyOf, 'helsinki-summit-2018')).toEqual([9]);
      const summit = storyOf.get([...labels].find(([, l]) => l === 'nato-summit-2018')![0]);
      const helsinki = storyOf.get([...labels].find(([, l]) => l === 'helsinki-summit-2018')![0]);
      expect(summit).not.toBe(helsinki);
    }
  });

  it('splits the summit when the pairs blocking never compared count as dissimilar (why MISSING_PAIR_WEIGHT is low)', () => {
    expect(storiesOf(groupStories(all, { allPairsMax: 0, missingPairWeight: 1 }).storyOf, 'nato-summit-2018').length).toBeGreaterThan(1);
  });
});

describe('storyModel: counts past 16 bits', () => {
  it('a word used 70,000 times is not counted as 70,000 − 65,536 (the vectors keep 16-bit counts only while they fit)', () => {
    // The 17 March Al Arabiya report twice, one with a word of its own repeated 70,000 times, the other 4,464 times,
    // and the lone October article: counts wrapped to 16 bits would make the first two the same vector.
    const [report, , , , , lone] = inputs;
    const repeated = (times: number) => ({ ...report!, text: `${report!.text ?? ''}\n\n${'ماطوس '.repeat(times)}` });
    const model = storyModel([{ ...repeated(70_000), id: 'a' }, { ...repeated(4_464), id: 'b' }, lone!], STORY_ENTITY_SHARE);
    const similarity = model.similarity(0, 1);
    expect(similarity).toBeLessThan(0.999);
    expect(similarity).toBeGreaterThan(0.5);
  });
});

describe('time bounds: no runaway story', () => {
  // corpus 2018-03-17_alarabiya_…-508 (Russia expels 23 British diplomats), republished every 10 days for a year:
  // each copy resembles its neighbours perfectly, which single or centroid linkage would chain into one story.
  const source = inputs[0]!;
  const day = (k: number) => new Date(Date.UTC(2018, 0, 1 + 10 * k)).toISOString().slice(0, 10);
  // The other real articles are in the collection too: a collection of copies alone gives every word IDF 0.
  const copies: StoryInput[] = Array.from({ length: 37 }, (_, k) => ({
    ...source,
    id: `copy-${String(k).padStart(2, '0')}`,
    published: { value: day(k), precision: 'day' as const },
  }));
  const chain = [...copies, ...inputs.slice(1)];
  const daysOf = (ids: string[]) => ids.map((id) => Date.parse(copies.find((c) => c.id === id)!.published!.value) / 86_400_000);

  it('a chain of identical articles spaced 10 days apart splits into stories of at most 45 days', () => {
    const stories = groupStories(chain).stories.filter((story) => story.item_ids.every((id) => id.startsWith('copy-')));
    expect(stories.length).toBeGreaterThan(1);
    for (const story of stories) {
      const days = daysOf(story.item_ids);
      expect(Math.max(...days) - Math.min(...days)).toBeLessThanOrEqual(45);
      expect(days).toEqual([...days].sort((x, y) => x - y));
    }
  });

  it('property: the chain grouping does not depend on input order', () => {
    const expected = groupStories(chain).stories;
    fc.assert(
      fc.property(fc.shuffledSubarray(chain, { minLength: chain.length, maxLength: chain.length }), (shuffled) => {
        expect(groupStories(shuffled).stories).toEqual(expected);
      }),
      { numRuns: 10 },
    );
  });
});

describe('pairsWithin (the comparable dated member pairs of two stories)', () => {
  // Each row: two stories' days (ascending) → pairs at most WINDOW_DAYS (30) apart. Edges of the window, both ways
  // round, repeated days, and a long list against a short one (binary search) and against a similar one (cursors).
  const rows: Array<[string, number[], number[], number]> = [
    ['exactly the window apart', [0], [30], 1],
    ['one day more', [0], [31], 0],
    ['the other way round', [31], [0], 0],
    ['repeated days', [0, 0], [30, 30], 4],
    ['a day before and after the window', [40], [9, 10, 70, 71], 2],
    ['a grown story against one report', [100], Array.from({ length: 20 }, (_, k) => 60 + 5 * k), 13],
    ['empty', [], [1, 2], 0],
  ];
  it.each(rows)('%s', (_name, x, y, expected) => {
    expect(pairsWithin(x, y, WINDOW_DAYS)).toBe(expected);
    expect(pairsWithin(y, x, WINDOW_DAYS)).toBe(expected);
  });

  it('property: the count of pairs |d − e| ≤ window, on random whole days', () => {
    const days = (max: number) => fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: max }).map((d) => d.sort((a, b) => a - b));
    fc.assert(
      fc.property(days(4), days(60), fc.integer({ min: 0, max: 40 }), (x, y, window) => {
        const slow = x.reduce((n, d) => n + y.filter((e) => Math.abs(d - e) <= window).length, 0);
        expect(pairsWithin(x, y, window)).toBe(slow);
        expect(pairsWithin(y, x, window)).toBe(slow);
      }),
      { numRuns: 300 },
    );
  });
});

describe('timeFactor', () => {
  it.each([
    [0, 1, 1], // same event: reported the next day
    [0, 2, 1],
    [0, 31, 0], // beyond the window: never linked
  ])('%i ~ %i days → %f', (a, b, expected) => {
    expect(timeFactor(a, b)).toBe(expected);
  });
  it('decays in between, and is neutral without a date', () => {
    expect(timeFactor(0, 10)).toBeGreaterThan(timeFactor(0, 20));
    expect(timeFactor(Number.NaN, 3)).toBe(1);
  });
});

/**
 * The definition groupStories implements, written the slow and obvious way: every pair of stories is scored on
 * every step (summed member-pair similarity over the comparable member pairs), and the best valid pair merges
 * (ties: lower index, then higher index; the larger story keeps its index, the lower one on equal sizes).
 */
function referenceStories(input: StoryInput[]): string[][] {
  const items = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const model = storyModel(items, STORY_ENTITY_SHARE);
  const n = items.length;
  const day = (k: number) => model.features[k]!.day;
  const weight = Array.from({ length: n }, (_, x) => Array.from({ length: n }, (_, y) => (x === y ? 0 : model.similarity(x, y))));
  const members: number[][] = Array.from({ length: n }, (_, k) => [k]);
  const live = new Set(members.keys());
  const comparable = (x: number, y: number) => {
    let count = 0;
    for (const a of members[x]!) {
      for (const b of members[y]!) if (Number.isNaN(day(a)) || Number.isNaN(day(b)) || Math.abs(day(a) - day(b)) <= WINDOW_DAYS) count++;
    }
    return count;
  };
  const span = (x: number, y: number) => {
    const days = [...members[x]!, ...members[y]!].map(day).filter((d) => !Number.isNaN(d));
    return days.length === 0 ? 0 : Math.max(...days) - Math.min(...days);
  };
  for (;;) {
    let best: [number, number, number] | null = null;
    for (const x of live) {
      for (const y of live) {
        if (y <= x || weight[x]![y] === 0) continue;
        const s = weight[x]![y]! / Math.max(1, comparable(x, y));
        if (s < LINK_SIMILARITY || span(x, y) > MAX_STORY_DAYS) continue;
        if (best === null || s > best[0] || (s === best[0] && (x < best[1] || (x === best[1] && y < best[2])))) best = [s, x, y];
      }
    }
    if (best === null) break;
    const [, x, y] = best;
    const [into, from] = members[x]!.length >= members[y]!.length ? [x, y] : [y, x];
    members[into]!.push(...members[from]!);
    live.delete(from);
    for (const k of live) {
      if (k === into) continue;
      weight[into]![k] = weight[into]![k]! + weight[from]![k]!;
      weight[k]![into] = weight[into]![k]!;
    }
  }
  return [...live].filter((k) => members[k]!.length > 1).map((k) => members[k]!.map((m) => items[m]!.id).sort()).sort();
}

describe('groupStories against the slow definition', () => {
  // Real corpus articles (the 17 March and 11 July reports above, and more of the corpus), re-dated at random over
  // two months, some undated: what the merge loop's bookkeeping must not get wrong.
  const pool = inputsOf([
    ...NAMES,
    '2018-03-14_bbc_BB-internationalNews-150',
    '2018-03-14_france24_FR-internationalNews-427',
    '2018-03-26_alarabiya_AL-internationalNews-634',
    '2018-03-26_skynews_SK-internationalNews-603',
    '2018-07-16_france24_FR-internationalNews-2337',
    '2018-07-16_skynews_SK-internationalNews-2669',
    '2018-07-12_bbc_BB-internationalNews-794',
    '2018-04-05_alarabiya_AL-internationalNews-797',
    '2018-04-05_skynews_SK-internationalNews-804',
  ]);
  it('property: the same stories as the definition, on random dates and subsets', () => {
    const dated = fc.option(fc.integer({ min: 0, max: 60 }), { freq: 6 });
    fc.assert(
      fc.property(fc.subarray(pool, { minLength: 2 }), fc.array(dated, { minLength: pool.length, maxLength: pool.length }), (subset, days) => {
        const inputs = subset.map((item, k) => ({
          ...item,
          published: days[k] === null ? null : { value: new Date(Date.UTC(2018, 2, 1 + days[k]!)).toISOString().slice(0, 10), precision: 'day' as const },
        }));
        const got = groupStories(inputs).stories.map((s) => [...s.item_ids].sort()).sort();
        expect(got).toEqual(referenceStories(inputs));
      }),
      { numRuns: 40 },
    );
  });
});
