/**
 * Max-heap of scored story pairs. The merge loop pushes hundreds of thousands of entries on a large collection:
 * one object per entry made the garbage collector a large share of the run, and parallel arrays cost a cache
 * miss per array at every step of a sift, so each entry is one record of RECORD numbers in a single typed array
 * (similarity, a, b, versionA, versionB — what a sift compares sits together).
 * Order: higher similarity first; ties by the lower first index, then the lower second index, so merging is
 * deterministic. Every entry is unique in that order except stale duplicates of one pair, so the pop order does
 * not depend on how the heap is laid out.
 */
const RECORD = 5;

export class PairHeap {
  private data = new Float64Array(1024 * RECORD);
  size = 0;
  /** The last popped entry. */
  topSimilarity = 0;
  topA = 0;
  topB = 0;
  topVersionA = 0;
  topVersionB = 0;

  /** Whether the entry at slot `k` goes before the entry (similarity, a, b). */
  private before(k: number, similarity: number, a: number, b: number): boolean {
    const at = k * RECORD;
    const s = this.data[at]!;
    if (s !== similarity) return s > similarity;
    const ak = this.data[at + 1]!;
    return ak < a || (ak === a && this.data[at + 2]! < b);
  }

  private move(to: number, from: number): void {
    const { data } = this;
    const t = to * RECORD;
    const f = from * RECORD;
    data[t] = data[f]!;
    data[t + 1] = data[f + 1]!;
    data[t + 2] = data[f + 2]!;
    data[t + 3] = data[f + 3]!;
    data[t + 4] = data[f + 4]!;
  }

  private write(k: number, similarity: number, a: number, b: number, versionA: number, versionB: number): void {
    const at = k * RECORD;
    this.data[at] = similarity;
    this.data[at + 1] = a;
    this.data[at + 2] = b;
    this.data[at + 3] = versionA;
    this.data[at + 4] = versionB;
  }

  // Both sifts move a hole rather than swapping: the entry being placed stays in locals and is written once.
  push(similarity: number, a: number, b: number, versionA: number, versionB: number): void {
    if ((this.size + 1) * RECORD > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    let k = this.size++;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      // The new entry goes before its parent exactly when the parent does not go before it (entries differ).
      const at = parent * RECORD;
      if (this.before(parent, similarity, a, b) || (this.data[at] === similarity && this.data[at + 1] === a && this.data[at + 2] === b)) break;
      this.move(k, parent);
      k = parent;
    }
    this.write(k, similarity, a, b, versionA, versionB);
  }

  /** Removes the best entry into the top* fields; false when the heap is empty. */
  pop(): boolean {
    if (this.size === 0) return false;
    const { data } = this;
    this.topSimilarity = data[0]!;
    this.topA = data[1]!;
    this.topB = data[2]!;
    this.topVersionA = data[3]!;
    this.topVersionB = data[4]!;
    const last = --this.size;
    if (last === 0) return true;
    const at = last * RECORD;
    const similarity = data[at]!;
    const a = data[at + 1]!;
    const b = data[at + 2]!;
    const versionA = data[at + 3]!;
    const versionB = data[at + 4]!;
    let k = 0;
    for (;;) {
      const l = 2 * k + 1;
      if (l >= last) break;
      const r = l + 1;
      const child = r < last && this.before(r, data[l * RECORD]!, data[l * RECORD + 1]!, data[l * RECORD + 2]!) ? r : l;
      if (!this.before(child, similarity, a, b)) break;
      this.move(k, child);
      k = child;
    }
    this.write(k, similarity, a, b, versionA, versionB);
    return true;
  }
}
