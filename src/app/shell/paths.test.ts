import { describe, expect, it } from 'vitest';
import { articleIdOf, articlePath, compareIdsOf, comparePath } from './paths.ts';

/** The query part of an in-app address, as location.search gives it. */
const searchOf = (path: string) => new URL(path, 'http://riwaya.test').search;

describe('compare addresses', () => {
  it.each([
    // content/articles ids (seed and corpus file names)
    [['000_65e48351ce8b35e2', '004_1f3ba952f4cdec09']],
    [['2018-03-17_alarabiya_AL-internationalNews-508', '2018-03-17_france24_FR-internationalNews-477', '2018-03-17_skynews_SK-internationalNews-399']],
    // file names a folder may hold: a comma, Arabic, a space, %, & and + in the name
    [['تقرير, الجزء 1', 'a&b=c', '100% + 1']],
  ])('comparePath → compareIdsOf gives back the ids %j', (ids) => {
    expect(compareIdsOf(searchOf(comparePath(ids)))).toEqual(ids);
    expect(compareIdsOf(searchOf(comparePath(ids, 2)))).toEqual(ids);
  });

  it.each([
    ['', []], // /compare with no query
    ['?show=1', []],
    ['?ids=a,,b', ['a', 'b']], // an empty part is no id
    ['?ids=%E0%A4%A', ['%E0%A4%A']], // a malformed escape is kept as written (it matches no article)
  ])('compareIdsOf(%j) → %j', (search, ids) => {
    expect(compareIdsOf(search)).toEqual(ids);
  });
});

describe('article addresses', () => {
  it.each([
    // content/articles ids: a seed and a corpus file name
    ['000_65e48351ce8b35e2'],
    ['2018-03-17_alarabiya_AL-internationalNews-508'],
    // file names a folder may hold: Arabic, a space, %, / and ?
    ['تقرير الجزء 1'],
    ['100% / 1?'],
  ])('articlePath → articleIdOf gives back %j', (id) => {
    expect(articleIdOf(new URL(articlePath(id), 'http://riwaya.test').pathname)).toBe(id);
  });

  it.each([
    ['/', null],
    ['/article/', null],
    ['/articles/a', null],
    ['/article/a/b', null],
    ['/story/a', null],
    ['/article/a/', 'a'],
    ['/article/%E0%A4%A', null], // a malformed escape
  ])('articleIdOf(%j) → %j', (pathname, id) => {
    expect(articleIdOf(pathname)).toBe(id);
  });
});
