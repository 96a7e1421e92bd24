/**
 * The list data (the index without its search postings) as it crosses from the data worker to the main thread. A
 * structured clone of the index as parsed — at 100,000 articles 300,000 small strings and 100,000 small arrays —
 * took ~0.5 s to read back on the main thread; packed, each string column is one string with where each row's value
 * ends, and the entities of all rows one Int32Array: copies, not object graphs.
 */
import type { IndexV2 } from '../../core/bundle-v2/format.ts';

/** Strings one after another: value k is text.slice(ends[k - 1] ?? 0, ends[k]). */
export interface PackedStrings {
  text: string;
  ends: Int32Array;
}

export interface PackedColumns {
  ids: PackedStrings;
  titles: PackedStrings;
  /** Publication values, '' when unknown. */
  published: PackedStrings;
  outlet: Int32Array;
  story: Int32Array;
  /** Row k's entity indices are entities.subarray(entityEnds[k - 1] ?? 0, entityEnds[k]). */
  entities: Int32Array;
  entityEnds: Int32Array;
}

/** The index's tables (what the rows point into) with its columns packed. */
export interface PackedIndex {
  title: string;
  entities: IndexV2['entities'];
  outlets: IndexV2['outlets'];
  stories: IndexV2['stories'];
  columns: PackedColumns;
}

export function packStrings(values: readonly string[]): PackedStrings {
  const ends = new Int32Array(values.length);
  let end = 0;
  values.forEach((value, k) => {
    end += value.length;
    ends[k] = end;
  });
  return { text: values.join(''), ends };
}

export function unpackStrings({ text, ends }: PackedStrings): string[] {
  const values = new Array<string>(ends.length);
  let start = 0;
  for (let k = 0; k < ends.length; k++) {
    values[k] = text.slice(start, ends[k]);
    start = ends[k]!;
  }
  return values;
}

export function packIndex(index: IndexV2): PackedIndex {
  const { items } = index;
  const entityEnds = new Int32Array(items.entities.length);
  let total = 0;
  items.entities.forEach((list, k) => {
    total += list.length;
    entityEnds[k] = total;
  });
  const entities = new Int32Array(total);
  let at = 0;
  for (const list of items.entities) for (const e of list) entities[at++] = e;
  return {
    title: index.title,
    entities: index.entities,
    outlets: index.outlets,
    stories: index.stories,
    columns: {
      ids: packStrings(items.id),
      titles: packStrings(items.title),
      published: packStrings(items.published),
      outlet: Int32Array.from(items.outlet),
      story: Int32Array.from(items.story),
      entities,
      entityEnds,
    },
  };
}

/** Row k's entity indices. */
export function entitiesOfRow(columns: PackedColumns, k: number): Int32Array {
  return columns.entities.subarray(k === 0 ? 0 : columns.entityEnds[k - 1], columns.entityEnds[k]);
}
