/**
 * Interning of the words of folded text (see normalize.ts matchKey), shared by the passes that read every word of a
 * collection: entities, dates and stories. Words are hashed as they are scanned (FNV-1a over their UTF-16 code
 * units) and looked up in place, so a word seen before costs no substring.
 */
import { detachedString } from './detached-string.ts';
/** One `W` per distinct word, made by `create` on first sight; `values[id]` is the word with id `id`. */
export class WordTable<W> {
  private keys: string[] = [];
  /** Per word id (in order of first sight), the word's value. */
  readonly values: W[] = [];
  /** Open addressing: entry index + 1 per slot (0 = empty), and the entry's hash. */
  private slots = new Int32Array(1 << 12);
  private slotHashes = new Int32Array(1 << 12);

  constructor(private readonly create: (key: string) => W) {}

  get(folded: string, from: number, to: number, hash: number): W {
    return this.values[this.idOf(folded, from, to, hash)] as W;
  }

  /** The id of folded[from, to), whose FNV-1a hash is `hash`; a word not seen before is created. */
  idOf(folded: string, from: number, to: number, hash: number): number {
    const length = to - from;
    let mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let entry = this.slots[slot] as number; entry !== 0; entry = this.slots[slot] as number) {
      const key = this.keys[entry - 1] as string;
      if (this.slotHashes[slot] === hash && key.length === length) {
        let k = 0;
        while (k < length && key.charCodeAt(k) === folded.charCodeAt(from + k)) k++;
        if (k === length) return entry - 1;
      }
      slot = (slot + 1) & mask;
    }
    // Kept as long as the table: a copy, not a view into the scanned text (detached-string.ts).
    const key = detachedString(folded.slice(from, to));
    const value = this.create(key);
    this.keys.push(key);
    this.values.push(value);
    if (this.keys.length * 2 > this.slots.length) {
      this.rehash();
      mask = this.slots.length - 1;
      slot = hash & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    }
    this.slots[slot] = this.keys.length;
    this.slotHashes[slot] = hash;
    return this.keys.length - 1;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const slotHashes = new Int32Array(slots.length);
    const mask = slots.length - 1;
    for (let old = 0; old < this.slots.length; old++) {
      const entry = this.slots[old] as number;
      if (entry === 0) continue;
      const hash = this.slotHashes[old] as number;
      let slot = hash & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = entry;
      slotHashes[slot] = hash;
    }
    this.slots = slots;
    this.slotHashes = slotHashes;
  }
}
