/**
 * Articles related to one, computed by the collection's engine over the index (in the data worker): the main thread
 * of a 100,000-article archive took ~850 ms to score every article sharing a frequent name with the one opened.
 *
 * Score: each entity the two articles share counts log(N / articles naming it) — a name in every article says
 * little — plus 2 / (1 + days apart / 7) for closeness in time (a year apart when either date is unknown). Highest
 * first, ties by id.
 */
import type { IndexV2 } from '../../core/bundle-v2/format.ts';

export const RELATED_LIMIT = 5;
export const SCORE_EPSILON = 1e-9;

/** For each entity, the articles (index rows) naming it, ascending: one flat array and each entity's offset into it. */
export class EntityDocs {
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;

  constructor(columns: IndexV2['items']['entities'], entities: number) {
    const offsets = new Int32Array(entities + 1);
    for (const list of columns) for (const e of list) offsets[e + 1]!++;
    for (let e = 0; e < entities; e++) offsets[e + 1]! += offsets[e]!;
    const next = offsets.slice(0, entities);
    const docs = new Int32Array(offsets[entities]!);
    columns.forEach((list, doc) => {
      for (const e of list) docs[next[e]!++] = doc;
    });
    this.offsets = offsets;
    this.docs = docs;
  }

  of(entity: number): Int32Array {
    return this.docs.subarray(this.offsets[entity], this.offsets[entity + 1]);
  }
}

/** Milliseconds of each article's publication value (Date.parse), NaN when unknown. */
export function publicationTimes(published: readonly string[]): Float64Array {
  return Float64Array.from(published, (value) => Date.parse(value) || NaN);
}

/** The rows of the articles most related to row `doc`, best first. */
export function relatedDocs(index: IndexV2, byEntity: EntityDocs, times: Float64Array, doc: number, limit = RELATED_LIMIT): number[] {
  if (limit <= 0) return [];
  const n = index.items.id.length;
  const scores = new Map<number, number>();
  for (const e of new Set(index.items.entities[doc])) {
    const holders = byEntity.of(e);
    const weight = Math.log(n / holders.length);
    for (const other of holders) if (other !== doc) scores.set(other, (scores.get(other) ?? 0) + weight);
  }
  const mine = times[doc]!;
  const ids = index.items.id;
  // The best `limit`, kept in order as the scores are walked (no sort of every scored article).
  const best: Array<{ doc: number; score: number }> = [];
  // Scores equal but for rounding (the same names summed in another order) are a tie.
  const before = (a: { doc: number; score: number }, b: { doc: number; score: number }) =>
    Math.abs(a.score - b.score) > SCORE_EPSILON ? a.score > b.score : ids[a.doc]!.localeCompare(ids[b.doc]!) < 0;
  for (const [other, shared] of scores) {
    const theirs = times[other]!;
    const days = Number.isNaN(mine) || Number.isNaN(theirs) ? 365 : Math.abs(mine - theirs) / 86_400_000;
    const candidate = { doc: other, score: shared + 2 / (1 + days / 7) };
    if (best.length === limit && !before(candidate, best[limit - 1]!)) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best.map((b) => b.doc);
}
