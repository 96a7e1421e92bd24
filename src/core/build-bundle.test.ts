/**
 * The split of the pipeline into a per-article stage (prepareArticle, run in worker threads by the CLI) and a
 * collection stage (assembleBundle): articles prepared apart, copied the way a worker's message copies them, and
 * assembled in any order give the bundle buildBundle gives.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleBundle, buildBundle, byPreparedFile, byPreparedId, CollectionPasses, entityDocumentOf, finishItem, prepareArticle, type SourceArticle } from './build-bundle.ts';
import type { Entity, Mention } from './bundle-schema.ts';
import { contentArticles } from '../test-support/content-bundle.ts';
import { loadNerModel } from './ner/model-file.ts';

const model = loadNerModel(JSON.parse(readFileSync(new URL('../../models/ner-ar.json', import.meta.url), 'utf8')));
const articles: SourceArticle[] = contentArticles();

describe('prepareArticle and assembleBundle', () => {
  // Two builds of the 68 articles: about 4 s on a quiet two-core machine, so more than the default 5 s bound.
  it('give buildBundle’s bundle from structured clones of the prepared articles, in reverse order', { timeout: 60_000 }, () => {
    const prepared = articles.map((a) => structuredClone(prepareArticle(a, model))).reverse();
    expect(JSON.stringify(assembleBundle(prepared, { model }))).toBe(JSON.stringify(buildBundle(articles, { model })));
  });

  it('use the precomputed recogniser spans exactly as the spans extractEntities would compute', () => {
    const prepared = articles.map((a) => prepareArticle(a, model));
    expect(prepared.every((p) => Array.isArray(p.nerSpans))).toBe(true);
    const withoutSpans = prepared.map((p) => {
      const copy = { ...p };
      delete copy.nerSpans;
      return copy;
    });
    expect(JSON.stringify(assembleBundle(withoutSpans, { model }))).toBe(JSON.stringify(assembleBundle(prepared, { model })));
  });

  it('prepare without a model: no spans, and the rules-only bundle', () => {
    const prepared = articles.map((a) => prepareArticle(a));
    expect(prepared.some((p) => 'nerSpans' in p)).toBe(false);
    expect(JSON.stringify(assembleBundle(prepared))).toBe(JSON.stringify(buildBundle(articles)));
  });

  // The CLI's streamed path: nothing kept between passes but what the passes keep themselves (each pass folds and
  // tokenizes the article again), articles observed in any order, accepted in file order, finished in id order.
  it('give assembleBundle’s items, entities and stories one article at a time (CollectionPasses)', { timeout: 60_000 }, () => {
    const prepared = articles.map((a) => structuredClone(prepareArticle(a, model)));
    const byFile = [...prepared].sort(byPreparedFile);
    const passes = new CollectionPasses({ model });
    for (const p of [...prepared].reverse()) passes.observe(entityDocumentOf(p));
    for (const p of byFile) passes.accept(entityDocumentOf(p));
    const mentions = new Map<string, Mention[]>();
    for (const p of [...prepared].sort(byPreparedId)) mentions.set(p.id, passes.mentionsOf(p, entityDocumentOf(p)));
    const { entities, stories, storyOf } = passes.finish();
    const entityById = new Map<string, Entity>(entities.map((e) => [e.id, e]));
    const bundle = assembleBundle(prepared, { model });
    expect(JSON.stringify(entities)).toBe(JSON.stringify(bundle._riwaya.entities));
    expect(JSON.stringify(stories)).toBe(JSON.stringify(bundle._riwaya.stories));
    expect(JSON.stringify(byFile.map((p) => finishItem(p, mentions.get(p.id)!, storyOf.get(p.id) ?? null, entityById)))).toBe(JSON.stringify(bundle.items));
  });
});
