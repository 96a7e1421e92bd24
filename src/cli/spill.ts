/**
 * A spill file: JSON records appended one after another (one a line, so the file can be read by eye) and read back
 * by position, in any order. The CLI keeps the prepared articles of a large folder here instead of in memory between
 * the passes over the collection. Writes go through a reused buffer; a record is read with one positioned read.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';

const BUFFER_BYTES = 1 << 20;
/** UTF-8 takes at most 3 bytes per UTF-16 code unit. */
const MAX_BYTES_PER_UNIT = 3;

export interface SpillRecord {
  offset: number;
  length: number;
}

export class Spill {
  private readonly fd: number;
  private buffer: Buffer;
  private buffered = 0;
  /** Bytes in the file and the buffer: the next record's offset. */
  private size = 0;
  private readBuffer = Buffer.allocUnsafe(64 * 1024);

  /**
   * `read`: another reader of a spill file, for the records already flushed to it (by another thread, which may go on
   * appending); it cannot append.
   */
  constructor(
    readonly path: string,
    private readonly mode: 'write' | 'read' = 'write',
  ) {
    this.fd = openSync(path, mode === 'write' ? 'w+' : 'r');
    this.buffer = mode === 'write' ? Buffer.allocUnsafe(BUFFER_BYTES) : Buffer.alloc(0);
  }

  /** Appends a value's JSON; returns where it is. */
  append(value: unknown): SpillRecord {
    if (this.mode === 'read') throw new Error(`${this.path}: a spill opened to be read cannot append`);
    const json = `${JSON.stringify(value)}\n`;
    const most = json.length * MAX_BYTES_PER_UNIT;
    if (this.buffered + most > this.buffer.length) {
      this.flush();
      if (most > this.buffer.length) this.buffer = Buffer.allocUnsafe(most);
    }
    const length = this.buffer.write(json, this.buffered);
    this.buffered += length;
    const record = { offset: this.size, length: length - 1 };
    this.size += length;
    return record;
  }

  /** The value of a record. */
  read<T>(record: SpillRecord): T {
    if (this.buffered > 0) this.flush();
    if (this.readBuffer.length < record.length) this.readBuffer = Buffer.allocUnsafe(Math.max(record.length, this.readBuffer.length * 2));
    let done = 0;
    while (done < record.length) {
      const n = readSync(this.fd, this.readBuffer, done, record.length - done, record.offset + done);
      if (n === 0) throw new Error(`${this.path}: the spill file ends before its record at ${record.offset}`);
      done += n;
    }
    return JSON.parse(this.readBuffer.toString('utf8', 0, record.length)) as T;
  }

  get bytes(): number {
    return this.size;
  }

  close(): void {
    closeSync(this.fd);
  }

  /** Writes what is buffered, so that another thread can read every record appended so far. */
  flush(): void {
    for (let at = 0; at < this.buffered; ) at += writeSync(this.fd, this.buffer, at, this.buffered - at);
    this.buffered = 0;
  }
}
