/**
 * The fast checks of v2's large files accept exactly what their schemas accept: on the real v2 files of
 * content/articles, and on each kind of damage a file can have (each row names the damage; the value is put into
 * the real file at the path given, so everything else about the file is valid).
 */
import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import { checkIndex, checkSearchShard, checkTimeline } from './check.ts';
import { indexV2Schema, searchShardV2Schema, timelineV2Schema, type SearchShardV2 } from './format.ts';
import { postingsTerms } from './search.ts';
import { splitBundle } from './split.ts';

const files = splitBundle(contentBundle());
const json = (prefix: string) => JSON.parse(files.find((f) => f.path.startsWith(prefix))!.text) as Record<string, unknown>;
const index = json('v2/index.');
const timeline = json('v2/timeline.');
const search = json('v2/search/');
const firstTerm = Object.keys(search.gaps as object)[0]!;
/** The same postings as a build before 2026-12-04 wrote them: the article indices themselves, under `terms`. */
const searchOfEarlierBuild = { schema: search.schema, terms: postingsTerms(structuredClone(search) as SearchShardV2) };

/** A deep copy of `file` with `value` at `path` (undefined: the key removed). */
function damaged(file: unknown, path: PropertyKey[], value: unknown): unknown {
  const copy = structuredClone(file) as Record<PropertyKey, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<PropertyKey, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

type Row = [damage: string, path: PropertyKey[], value: unknown];

describe.each([
  {
    name: 'index',
    file: index,
    check: checkIndex,
    schema: indexV2Schema,
    rows: [
      ['no columns', ['items'], undefined],
      ['columns not an object', ['items'], []],
      ['an id column that is not an array', ['items', 'id'], 'a'],
      ['an empty id', ['items', 'id', 0], ''],
      ['a number for a title', ['items', 'title', 1], 7],
      ['an outlet below -1', ['items', 'outlet', 0], -2],
      ['a fractional outlet', ['items', 'outlet', 0], 0.5],
      ['an unsafe integer for a shard', ['items', 'shard', 0], 2 ** 60],
      ['a negative shard', ['items', 'shard', 0], -1],
      ['a story as a string', ['items', 'story', 0], '0'],
      ['a publication day that does not exist', ['items', 'published', 0], '2018-02-30'],
      ['a publication year outside the range', ['items', 'published', 0], '1200'],
      ['a publication date with a time', ['items', 'published', 0], '2018-03-14T10:00'],
      ['null for no publication date', ['items', 'published', 0], null],
      ['an entity list that is a number', ['items', 'entities', 0], 3],
      ['a negative entity', ['items', 'entities', 0], [0, -1]],
      ['a missing entities column', ['items', 'entities'], undefined],
      ['an entity without a name (a table, by its schema)', ['entities', 0, 'name'], undefined],
      ['another schema number', ['schema'], 3],
      ['a shard path outside v2/', ['shards', 0], '../x.json'],
      ['a shard path with a .. part', ['shards', 0], 'v2/shards/../../x.json'],
      ['a shard path that is a number', ['shards', 0], 5],
      ['shards that are not an array', ['shards'], 'v2/shards/0.json'],
      ["a story's articles that are not an array", ['stories', 0, 'items'], 3],
      ["a negative article in a story", ['stories', 0, 'items', 0], -1],
      ["a story's article as a string", ['stories', 0, 'items', 0], '0'],
      ['a story without an id', ['stories', 0, 'id'], undefined],
    ] as Row[],
  },
  {
    name: 'search postings',
    file: search,
    check: checkSearchShard,
    schema: searchShardV2Schema,
    rows: [
      ['no gaps', ['gaps'], undefined],
      ['gaps as an array', ['gaps'], [[0, 2]]],
      ['an empty term', ['gaps', ''], [0, 2]],
      ['postings that are not an array', ['gaps', firstTerm], { 0: 2 }],
      ['a negative gap', ['gaps', firstTerm, 0], -3],
      ['a weight as a string', ['gaps', firstTerm, 1], '2'],
      ['a fractional weight', ['gaps', firstTerm, 1], 1.5],
      ['another schema number', ['schema'], 1],
    ] as Row[],
  },
  {
    name: 'search postings of an earlier build (article indices under terms)',
    file: searchOfEarlierBuild,
    check: checkSearchShard,
    schema: searchShardV2Schema,
    rows: [
      ['no terms', ['terms'], undefined],
      ['terms as an array', ['terms'], [[0, 2]]],
      ['a negative article', ['terms', firstTerm, 0], -3],
      ['a fractional weight', ['terms', firstTerm, 1], 1.5],
      ['another schema number', ['schema'], 1],
    ] as Row[],
  },
  {
    name: 'timeline',
    file: timeline,
    check: checkTimeline,
    schema: timelineV2Schema,
    rows: [
      ['no events', ['events'], undefined],
      ['an event that is an object', ['events', 0], { 0: 1 }],
      ['an event of five fields', ['events', 0], [0, '2018-03-14', 'day', null, 0]],
      ['an event of seven fields', ['events', 0], [0, '2018-03-14', 'day', null, 0, 10, 1]],
      ['a day that does not exist', ['events', 0, 1], '2018-04-31'],
      ['a year below 1000', ['events', 0, 1], '0999'],
      ['an unknown precision', ['events', 0, 2], 'week'],
      ['an end that is no date', ['events', 0, 3], 'soon'],
      ['a negative sentence start', ['events', 0, 4], -1],
      ['another schema number', ['schema'], 1],
    ] as Row[],
  },
])('the fast check of the $name', ({ file, check, schema, rows }) => {
  it('accepts the real file, giving what the schema gives', () => {
    const fast = check(file);
    expect(fast.success).toBe(true);
    expect(fast.success && fast.data).toEqual(schema.parse(file));
  });

  it.each(rows)('refuses %s, as the schema does', (_damage, path, value) => {
    const broken = damaged(file, path, value);
    expect(schema.safeParse(broken).success).toBe(false);
    const fast = check(broken);
    expect(fast.success).toBe(false);
    expect(!fast.success && fast.error.issues.length).toBeGreaterThan(0);
  });

  it('gives the tables as the schema does, keys it does not know left out', () => {
    const extended = damaged(damaged(file, ['unknown'], 1), Object.keys(file).includes('stories') ? ['stories', 0, 'unknown'] : ['unknown2'], 2);
    const fast = check(extended);
    expect(fast.success && fast.data).toEqual(schema.parse(extended));
  });

  it('refuses what is not an object', () => {
    for (const value of [null, 1, 'x', []]) expect(check(value).success).toBe(schema.safeParse(value).success);
  });
});
