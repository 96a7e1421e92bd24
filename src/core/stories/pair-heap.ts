/**
 * Max-heap of scored story pairs, kept in parallel typed arrays: the merge loop pushes millions of entries on a
 * large collection, and one object per entry made the garbage collector a large share of the run.
 * Order: higher similarity first; ties by the lower first index, then the lower second index, so merging is
 * deterministic. Every entry is unique in that order except stale duplicates of one pair, so the pop order does
 * not depend on how the heap is laid out.
 */
export class PairHeap {
  private similarity = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private versionA = new Int32Array(1024);
  private versionB = new Int32Array(1024);
  size = 0;
  /** The last popped entry. */
  topSimilarity = 0;
  topA = 0;
  topB = 0;
  topVersionA = 0;
  topVersionB = 0;

  /** Whether the entry at slot `k` goes before the entry (similarity, a, b). */
  private before(k: number, similarity: number, a: number, b: number): boolean {
    const s = this.similarity[k]!;
    if (s !== similarity) return s > similarity;
    const ak = this.a[k]!;
    return ak < a || (ak === a && this.b[k]! < b);
  }

  private grow(): void {
    const capacity = this.similarity.length * 2;
    const similarity = new Float64Array(capacity);
    similarity.set(this.similarity);
    this.similarity = similarity;
    for (const key of ['a', 'b', 'versionA', 'versionB'] as const) {
      const next = new Int32Array(capacity);
      next.set(this[key]);
      this[key] = next;
    }
  }

  private move(to: number, from: number): void {
    this.similarity[to] = this.similarity[from]!;
    this.a[to] = this.a[from]!;
    this.b[to] = this.b[from]!;
    this.versionA[to] = this.versionA[from]!;
    this.versionB[to] = this.versionB[from]!;
  }

  private write(k: number, similarity: number, a: number, b: number, versionA: number, versionB: number): void {
    this.similarity[k] = similarity;
    this.a[k] = a;
    this.b[k] = b;
    this.versionA[k] = versionA;
    this.versionB[k] = versionB;
  }

  // Both sifts move a hole rather than swapping: the entry being placed stays in locals and is written once.
  push(similarity: number, a: number, b: number, versionA: number, versionB: number): void {
    if (this.size === this.similarity.length) this.grow();
    let k = this.size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      // The new entry goes before its parent exactly when the parent does not go before it (entries differ).
      if (this.before(parent, similarity, a, b) || (this.similarity[parent] === similarity && this.a[parent] === a && this.b[parent] === b)) break;
      this.move(k, parent);
      k = parent;
    }
    this.write(k, similarity, a, b, versionA, versionB);
  }

  /** Removes the best entry into the top* fields; false when the heap is empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    this.topSimilarity = this.similarity[0]!;
    this.topA = this.a[0]!;
    this.topB = this.b[0]!;
    this.topVersionA = this.versionA[0]!;
    this.topVersionB = this.versionB[0]!;
    const last = --this.size;
    if (last === 0) return true;
    const similarity = this.similarity[last]!;
    const a = this.a[last]!;
    const b = this.b[last]!;
    const versionA = this.versionA[last]!;
    const versionB = this.versionB[last]!;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      if (l >= last) break;
      const r = l + 1;
      const child = r < last && this.beforeSlot(r, l) ? r : l;
      if (!this.before(child, similarity, a, b)) break;
      this.move(k, child);
      k = child;
    }
    this.write(k, similarity, a, b, versionA, versionB);
    return true;
  }

  private beforeSlot(x: number, y: number): boolean {
    return this.before(x, this.similarity[y]!, this.a[y]!, this.b[y]!);
  }
}
