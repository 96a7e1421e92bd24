/**
 * Articles related to one, over the index's columns: in the data worker for a large collection (the main thread of
 * a 100,000-article archive took ~850 ms to score every article sharing a frequent name with the one opened), on the
 * main thread, at once, for a small one.
 *
 * Score: each entity the two articles share counts log(N / articles naming it) — a name in every article says
 * little — plus 2 / (1 + days apart / 7) for closeness in time (a year apart when either date is unknown). Highest
 * first, ties by id.
 */

export const RELATED_LIMIT = 5;
/** Scores closer than this are equal: the same names summed in another order differ by rounding only. */
export const SCORE_EPSILON = 1e-9;

/** What the scoring reads of the index, row by row (reading order). */
export interface RelatedColumns {
  ids: readonly string[];
  /** Publication values (YYYY, YYYY-MM or YYYY-MM-DD), '' when unknown. */
  published: readonly string[];
  /** The entity indices of a row. */
  entitiesOf: (doc: number) => ArrayLike<number> & Iterable<number>;
  entityCount: number;
}

/** For each entity, the articles (rows) naming it, ascending: one flat array and each entity's offset into it. */
export class EntityDocs {
  private readonly offsets: Int32Array;
  private readonly docs: Int32Array;

  constructor({ ids, entitiesOf, entityCount }: Pick<RelatedColumns, 'ids' | 'entitiesOf' | 'entityCount'>) {
    const offsets = new Int32Array(entityCount + 1);
    for (let doc = 0; doc < ids.length; doc++) for (const e of entitiesOf(doc)) offsets[e + 1]!++;
    for (let e = 0; e < entityCount; e++) offsets[e + 1]! += offsets[e]!;
    const next = offsets.slice(0, entityCount);
    const docs = new Int32Array(offsets[entityCount]!);
    for (let doc = 0; doc < ids.length; doc++) for (const e of entitiesOf(doc)) docs[next[e]!++] = doc;
    this.offsets = offsets;
    this.docs = docs;
  }

  of(entity: number): Int32Array {
    return this.docs.subarray(this.offsets[entity], this.offsets[entity + 1]);
  }
}

/** Milliseconds of each article's publication value (Date.parse), NaN when unknown. */
function publicationTimes(published: readonly string[]): Float64Array {
  return Float64Array.from(published, (value) => Date.parse(value) || NaN);
}

/** The rows of the articles most related to row `doc`, best first. */
export function relatedDocs(columns: RelatedColumns, byEntity: EntityDocs, times: Float64Array, doc: number, limit = RELATED_LIMIT): number[] {
  if (limit <= 0) return [];
  const { ids } = columns;
  const n = ids.length;
  // Scores in a typed array by row, with the rows touched listed once: a frequent name touches most of a large
  // archive (85,000 rows of 100,000), which a Map made several times slower.
  const scores = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  for (const e of new Set(columns.entitiesOf(doc))) {
    const holders = byEntity.of(e);
    const weight = Math.log(n / holders.length);
    for (let k = 0; k < holders.length; k++) {
      const other = holders[k]!;
      if (other === doc) continue;
      if (seen[other] === 0) {
        seen[other] = 1;
        touched.push(other);
      }
      scores[other]! += weight;
    }
  }
  const mine = times[doc]!;
  // The best `limit`, kept in order as the scores are walked (no sort of every scored article).
  const best: Array<{ doc: number; score: number }> = [];
  const before = (a: { doc: number; score: number }, b: { doc: number; score: number }) =>
    Math.abs(a.score - b.score) > SCORE_EPSILON ? a.score > b.score : ids[a.doc]!.localeCompare(ids[b.doc]!) < 0;
  for (const other of touched) {
    const shared = scores[other]!;
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

/**
 * The ids of the related articles by id (none for an unknown id); what it needs is made on the first call (the
 * per-entity article lists by `entityDocs`, so a caller that has them already shares them).
 */
export function relatedIn(columns: RelatedColumns, entityDocs: () => EntityDocs = () => new EntityDocs(columns)): (id: string) => string[] {
  let made: { byEntity: EntityDocs; times: Float64Array; docById: Map<string, number> } | null = null;
  return (id) => {
    made ??= {
      byEntity: entityDocs(),
      times: publicationTimes(columns.published),
      docById: new Map(columns.ids.map((other, doc) => [other, doc])),
    };
    const doc = made.docById.get(id);
    if (doc === undefined) return [];
    return relatedDocs(columns, made.byEntity, made.times, doc).map((d) => columns.ids[d]!);
  };
}
