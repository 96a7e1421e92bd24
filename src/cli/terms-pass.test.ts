/**
 * The terms worker (terms-pass.ts): the terms it spills are articleTermWeights' for each spilled article, and a
 * worker that fails answers with why instead of leaving the run waiting.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleTermWeights, type TermWeights } from '../core/bundle-v2/split.ts';
import { contentBundle } from '../test-support/content-bundle.ts';
import { Spill } from './spill.ts';
import { startTermsPass } from './terms-pass.ts';

const FAILING_WORKER = new URL('../../test-data/fixtures/failing-terms-worker.mjs', import.meta.url);
let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'riwaya-terms-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('startTermsPass', () => {
  it("spills each article's own terms, those SearchPostingsBuilder would work out (content/articles: 68 articles)", { timeout: 60_000 }, async () => {
    const items = contentBundle().items;
    const articles = new Spill(join(work, 'articles.jsonl'));
    // Prepared articles as the CLI spills them: title, content and tags are what the worker reads.
    const at = items.map((item) => articles.append({ id: item.id, title: item.title, content: item.content_text, tags: item.tags }));
    articles.flush();
    const pass = startTermsPass(articles.path, at, join(work, 'terms.jsonl'));
    const done = await pass.done;
    articles.close();
    if (!done.ok) throw new Error(done.message);
    const terms = new Spill(join(work, 'terms.jsonl'), 'read');
    items.forEach((item, k) => expect(terms.read<TermWeights>(done.records[k]!)).toEqual(articleTermWeights(item.title, item.content_text, item.tags)));
    terms.close();
    expect(items.some((item) => item.tags.length > 0)).toBe(true);
  });

  it('answers with the reason when its worker fails', async () => {
    const pass = startTermsPass(join(work, 'none.jsonl'), [{ offset: 0, length: 1 }], join(work, 'never.jsonl'), FAILING_WORKER);
    expect(await pass.done).toEqual({ ok: false, message: 'the terms worker failed (no terms here)' });
  });
});
