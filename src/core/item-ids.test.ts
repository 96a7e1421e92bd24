import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignItemIds } from './item-ids.ts';

describe('assignItemIds', () => {
  // Each row: file names in the order given → their ids in that order, and the files whose id is not the stem.
  it.each([
    // content/articles: every stem is its own id
    [['000_65e48351ce8b35e2.txt', '2018-03-06_bbc_BB-internationalNews-104.txt'], ['000_65e48351ce8b35e2', '2018-03-06_bbc_BB-internationalNews-104'], []],
    // issue 12 (tester): a.txt beside a.TXT; code-unit order puts a.TXT first, so it keeps "a"
    [['a.txt', 'a.TXT'], ['a-2', 'a'], ['a.txt']],
    // issue 12 (tester): a file named .txt has an empty stem
    [['.txt'], ['untitled'], ['.txt']],
    // .txt beside untitled.txt: the real stem is reserved first
    [['.txt', 'untitled.txt'], ['untitled-2', 'untitled'], ['.txt']],
    // a file already named a-2.txt keeps its id; the collision goes on to a-3
    [['a.txt', 'a.TXT', 'a-2.txt'], ['a-3', 'a', 'a-2'], ['a.txt']],
    // the same name twice (a caller of buildBundle, not a folder)
    [['x.txt', 'x.txt'], ['x', 'x-2'], ['x.txt']],
  ])('%j → %j', (files, ids, changed) => {
    const result = assignItemIds(files);
    expect(result.ids).toEqual(ids);
    expect(result.changes.map((c) => c.file)).toEqual(changed);
  });

  // Few letters, so that stems collide, differ in case, look like a generated "-2" or are empty.
  const stem = fc.string({ unit: fc.constantFrom('a', 'A', '-', '2', '.', 't', 'x', 'T'), maxLength: 6 });
  const name = fc.tuple(stem, fc.constantFrom('.txt', '.TXT', '.Txt')).map(([s, ext]) => s + ext);
  const names = fc.array(name, { maxLength: 12 });

  it('gives every file a different non-empty id', () => {
    fc.assert(fc.property(names, (files) => {
      const { ids } = assignItemIds(files);
      return new Set(ids).size === files.length && ids.every((id) => id.length > 0);
    }));
  });

  it('gives each file the same id whatever order the files come in', () => {
    fc.assert(fc.property(names.chain((files) => fc.tuple(fc.constant(files), fc.shuffledSubarray(files, { minLength: files.length }))), ([files, shuffled]) => {
      const idOf = (list: string[]) => {
        const { ids } = assignItemIds(list);
        return list.map((f, i) => `${f}→${ids[i]}`).sort();
      };
      expect(idOf(shuffled)).toEqual(idOf(files));
    }));
  });

  it('keeps the plain stem of a file whose stem no other file has', () => {
    fc.assert(fc.property(names, (files) => {
      const { ids } = assignItemIds(files);
      const stems = files.map((f) => f.slice(0, -4));
      return stems.every((stem, i) => stem.length === 0 || stems.filter((s) => s === stem).length > 1 || ids[i] === stem);
    }));
  });
});
