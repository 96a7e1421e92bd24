/**
 * The stories' best pairs: for each story, the best pair it belongs to (similarity, lower index, higher index),
 * in a max-heap keyed by that pair, with each story's position kept so its pair can be replaced in place.
 *
 * Why one entry per story rather than one per scored pair: the merge loop re-scores hundreds of thousands of
 * pairs on a large collection, and a heap of every scored pair (most of them made stale by later merges) grew
 * far beyond the processor's caches, so every step of a sift was a cache miss. A heap of stories stays small.
 *
 * Order: higher similarity first; ties by the lower first index, then the lower second index, so merging is
 * deterministic. Two stories may hold the same pair (each end's best); either comes first, with the same pair.
 */
export class BestPairHeap {
  private readonly similarity: Float64Array;
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  /** The heap of stories, and each story's position in it (-1: not in it). */
  private readonly heap: Int32Array;
  private readonly position: Int32Array;
  private size = 0;

  constructor(stories: number) {
    this.similarity = new Float64Array(stories);
    this.lo = new Int32Array(stories);
    this.hi = new Int32Array(stories);
    this.heap = new Int32Array(stories);
    this.position = new Int32Array(stories).fill(-1);
  }

  /** The story whose pair is best, or -1 when none is left. */
  top(): number {
    return this.size === 0 ? -1 : this.heap[0]!;
  }

  similarityOf(story: number): number {
    return this.similarity[story]!;
  }

  lowOf(story: number): number {
    return this.lo[story]!;
  }

  highOf(story: number): number {
    return this.hi[story]!;
  }

  /** Sets the best pair of `story`; lo = -1 for none, which takes the story out of the heap. */
  set(story: number, similarity: number, lo: number, hi: number): void {
    if (lo < 0) {
      this.remove(story);
      return;
    }
    this.similarity[story] = similarity;
    this.lo[story] = lo;
    this.hi[story] = hi;
    let at = this.position[story]!;
    if (at === -1) {
      at = this.size++;
      this.place(story, at);
    }
    this.down(this.up(at));
  }

  remove(story: number): void {
    const at = this.position[story]!;
    if (at === -1) return;
    this.position[story] = -1;
    const last = this.heap[--this.size]!;
    if (at === this.size) return;
    this.place(last, at);
    this.down(this.up(at));
  }

  /** Whether story x's pair goes before story y's. */
  private before(x: number, y: number): boolean {
    const sx = this.similarity[x]!;
    const sy = this.similarity[y]!;
    if (sx !== sy) return sx > sy;
    const lx = this.lo[x]!;
    const ly = this.lo[y]!;
    return lx < ly || (lx === ly && this.hi[x]! < this.hi[y]!);
  }

  private place(story: number, at: number): void {
    this.heap[at] = story;
    this.position[story] = at;
  }

  private up(at: number): number {
    const story = this.heap[at]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.before(story, this.heap[parent]!)) break;
      this.place(this.heap[parent]!, at);
      at = parent;
    }
    this.place(story, at);
    return at;
  }

  private down(at: number): void {
    const story = this.heap[at]!;
    for (;;) {
      const l = 2 * at + 1;
      if (l >= this.size) break;
      const r = l + 1;
      const child = r < this.size && this.before(this.heap[r]!, this.heap[l]!) ? r : l;
      if (!this.before(this.heap[child]!, story)) break;
      this.place(this.heap[child]!, at);
      at = child;
    }
    this.place(story, at);
  }
}
