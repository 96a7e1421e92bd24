import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BestPairHeap } from './pair-heap.ts';

const STORIES = 12;

describe('BestPairHeap', () => {
  it('property: after any sequence of sets and removals, top() holds the best pair (similarity, then lo, then hi)', () => {
    // Few distinct similarities and indices, so ties (the deterministic order) are exercised.
    const op = fc.record({
      story: fc.integer({ min: 0, max: STORIES - 1 }),
      remove: fc.boolean(),
      similarity: fc.constantFrom(0.1, 0.2, 0.3),
      lo: fc.integer({ min: -1, max: 3 }),
      hi: fc.integer({ min: 4, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const heap = new BestPairHeap(STORIES);
        const model = new Map<number, [number, number, number]>();
        for (const { story, remove, similarity, lo, hi } of ops) {
          if (remove || lo < 0) {
            if (remove) heap.remove(story);
            else heap.set(story, similarity, lo, hi);
            model.delete(story);
          } else {
            heap.set(story, similarity, lo, hi);
            model.set(story, [similarity, lo, hi]);
          }
          const best = [...model.values()].sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2])[0];
          const top = heap.top();
          if (best === undefined) expect(top).toBe(-1);
          else expect([heap.similarityOf(top), heap.lowOf(top), heap.highOf(top)]).toEqual(best);
        }
      }),
      { numRuns: 300 },
    );
  });
});
