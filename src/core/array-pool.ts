/**
 * Typed arrays cut from a few large shared buffers instead of one buffer each. The pipeline keeps several small
 * arrays per article for the length of a run (tokens, claims, vectors); with an ArrayBuffer of its own each, their
 * allocation and the collector's accounting of memory outside the heap were among the costliest lines of a profiled
 * run. Bump allocation: a full buffer is left to the arrays cut from it (it is freed once none is referenced) and a
 * new one is started. Every array starts zeroed.
 */
export class ArrayPool {
  private buffer = new ArrayBuffer(0);
  private used = 0;

  constructor(private readonly bufferBytes = 1 << 20) {}

  int32s(length: number): Int32Array {
    const at = this.reserve(length * 4, 4);
    return new Int32Array(this.buffer, at, length);
  }

  uint16s(length: number): Uint16Array {
    const at = this.reserve(length * 2, 2);
    return new Uint16Array(this.buffer, at, length);
  }

  uint8s(length: number): Uint8Array {
    const at = this.reserve(length, 1);
    return new Uint8Array(this.buffer, at, length);
  }

  float64s(length: number): Float64Array {
    const at = this.reserve(length * 8, 8);
    return new Float64Array(this.buffer, at, length);
  }

  /** The offset of `bytes` fresh bytes, aligned to `align`, in `buffer` (replaced first when they do not fit). */
  private reserve(bytes: number, align: number): number {
    let at = Math.ceil(this.used / align) * align;
    if (at + bytes > this.buffer.byteLength) {
      this.buffer = new ArrayBuffer(Math.max(this.bufferBytes, bytes));
      at = 0;
    }
    this.used = at + bytes;
    return at;
  }
}
