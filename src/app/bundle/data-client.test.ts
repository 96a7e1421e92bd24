/** The data client's article loads: a lead asked in the background, then the same article asked for itself. */
import { describe, expect, it } from 'vitest';
import { contentBundle } from '../../test-support/content-bundle.ts';
import type { ArticleResult } from './collection.ts';
import { DataClient, type Call } from './data-client.ts';

describe('DataClient.load', () => {
  // A real article of content/articles, answered by a fake worker that records each call and answers when told.
  const item = contentBundle().items[0]!;
  function client() {
    const calls: Array<{ method: string; args: unknown[]; answer: () => void; fail: () => void }> = [];
    const call = ((method: string, ...args: unknown[]) =>
      new Promise((resolve, reject) => {
        calls.push({ method, args, answer: () => resolve([[item.id, { ok: true, item } satisfies ArticleResult]]), fail: () => reject(new Error('offline')) });
      })) as unknown as Call;
    return { data: new DataClient(call), calls };
  }

  it('asks the worker once per article, saying when it is for the background', async () => {
    const { data, calls } = client();
    const lead = data.load([item.id], true);
    void data.load([item.id], true);
    expect(calls.map((c) => [c.method, ...c.args])).toEqual([['articles', item.id, true]]);
    calls[0]!.answer();
    await lead;
    expect(data.peek(item.id)).toEqual({ ok: true, item });
    // Here now: not asked again.
    await data.load([item.id]);
    expect(calls.length).toBe(1);
  });

  it('asks again, not in the background, for an article that a page wants while it loads as a lead', async () => {
    const { data, calls } = client();
    void data.load([item.id], true);
    const opened = data.load([item.id]);
    void data.load([item.id]);
    expect(calls.map((c) => c.args)).toEqual([
      [item.id, true],
      [item.id, false],
    ]);
    calls[1]!.answer();
    await opened;
    expect(data.peek(item.id)).toEqual({ ok: true, item });
  });

  it('a lead\'s ask that fails after the page asked again leaves the page\'s answer to count', async () => {
    const { data, calls } = client();
    const lead = data.load([item.id], true);
    const opened = data.load([item.id]);
    calls[0]!.fail();
    await lead;
    expect(data.peek(item.id)).toBeUndefined();
    calls[1]!.answer();
    await opened;
    expect(data.peek(item.id)).toEqual({ ok: true, item });
  });
});
