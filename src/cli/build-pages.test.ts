// The JavaScript budget's arithmetic (config/build-pages.ts): what a route must download before it runs.
import { describe, expect, it } from 'vitest';
import { ROUTE_BUDGET, routeSizes, staticClosure, type ChunkInfo } from '../../config/build-pages.ts';

const graph = (entries: Array<[string, string[], number]>) => new Map<string, ChunkInfo>(entries.map(([fileName, imports, gzip]) => [fileName, { fileName, imports, gzip }]));

describe('critical JavaScript per route', () => {
  const chunks = graph([
    ['entry.js', ['react.js', 'i18n.js'], 60_000],
    ['react.js', [], 40_000],
    ['i18n.js', ['react.js'], 15_000],
    ['Home.js', ['shared.js', 'react.js'], 4_000],
    ['Article.js', ['shared.js', 'text.js'], 6_000],
    ['shared.js', [], 1_000],
    ['text.js', ['shared.js'], 2_000],
    // Loaded by a dynamic import only: never counted.
    ['search.js', ['shared.js'], 9_000],
  ]);

  it('follows static imports transitively, each chunk once, through cycles', () => {
    expect(staticClosure('Article.js', chunks)).toEqual(new Set(['Article.js', 'shared.js', 'text.js']));
    const cyclic = graph([
      ['a.js', ['b.js'], 1],
      ['b.js', ['a.js'], 1],
    ]);
    expect(staticClosure('a.js', cyclic)).toEqual(new Set(['a.js', 'b.js']));
  });

  it('a route is the entry with its imports plus the page with its imports, shared chunks counted once', () => {
    const sizes = routeSizes('entry.js', { home: 'Home.js', article: 'Article.js', settings: 'search.js' }, chunks);
    expect(sizes.find((s) => s.route === 'home')).toMatchObject({ gzip: 60_000 + 40_000 + 15_000 + 4_000 + 1_000, budget: ROUTE_BUDGET });
    expect(sizes.find((s) => s.route === 'article')).toMatchObject({ gzip: 115_000 + 6_000 + 1_000 + 2_000, budget: ROUTE_BUDGET });
    expect(sizes.find((s) => s.route === 'settings')!.budget).toBeNull();
  });
});
