/**
 * Story pair → link index, an open-addressing hash table over two int keys (lower index first).
 * The merge loop looks a pair up millions of times on a large collection; a Map per story cost more in hashing,
 * rehashing on delete and garbage than the rest of the loop. Entries are never removed: a pair whose story was
 * absorbed is simply never asked for again (only live stories are looked up).
 */
export class LinkTable {
  private lows: Int32Array;
  private highs: Int32Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected: number) {
    let capacity = 1024;
    while (capacity < expected * 2) capacity *= 2;
    this.lows = new Int32Array(capacity).fill(-1);
    this.highs = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(low: number, high: number): number {
    let k = (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) & this.mask;
    while (this.lows[k] !== -1 && (this.lows[k] !== low || this.highs[k] !== high)) k = (k + 1) & this.mask;
    return k;
  }

  /** The link of pair (low, high), low < high, or -1. */
  get(low: number, high: number): number {
    const k = this.slot(low, high);
    return this.lows[k] === -1 ? -1 : this.values[k]!;
  }

  set(low: number, high: number, value: number): void {
    let k = this.slot(low, high);
    if (this.lows[k] === -1) {
      // Kept at most half full, so probes stay short.
      if (2 * (this.size + 1) > this.lows.length) {
        this.grow();
        k = this.slot(low, high);
      }
      this.size++;
      this.lows[k] = low;
      this.highs[k] = high;
    }
    this.values[k] = value;
  }

  private grow(): void {
    const { lows, highs, values } = this;
    this.lows = new Int32Array(lows.length * 2).fill(-1);
    this.highs = new Int32Array(lows.length * 2);
    this.values = new Int32Array(lows.length * 2);
    this.mask = this.lows.length - 1;
    for (let k = 0; k < lows.length; k++) {
      if (lows[k] === -1) continue;
      const to = this.slot(lows[k]!, highs[k]!);
      this.lows[to] = lows[k]!;
      this.highs[to] = highs[k]!;
      this.values[to] = values[k]!;
    }
  }
}
