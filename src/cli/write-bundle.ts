/**
 * Writes a bundle the way the CLI stores it: its JSON (see bundleJsonPieces) and a final line break, in UTF-8.
 *
 * The pieces are encoded into one reused buffer that is written out whenever it fills: the ~40 MB of a
 * 10,000-article bundle never exist at once, neither as a string nor as bytes (fresh memory costs time to touch).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { bundleJsonPieces } from '../core/bundle-json.ts';
import type { Bundle } from '../core/bundle-schema.ts';

/** UTF-8 takes at most 3 bytes per UTF-16 code unit (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3;
const BUFFER_BYTES = 1 << 20;

/** Writes the bundle's bytes to `fd` (an open file); returns how many were written. */
function writeBundle(bundle: Bundle, fd: number): number {
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let length = 0;
  let written = 0;
  const flush = () => {
    for (let at = 0; at < length; ) at += writeSync(fd, buffer, at, length - at);
    written += length;
    length = 0;
  };
  const append = (piece: string) => {
    const most = piece.length * MAX_BYTES_PER_UNIT;
    if (length + most > buffer.length) {
      flush();
      // An item longer than the buffer gets a buffer of its own size.
      if (most > buffer.length) buffer = Buffer.allocUnsafe(most);
    }
    length += buffer.write(piece, length);
  };
  for (const piece of bundleJsonPieces(bundle)) append(piece);
  append('\n');
  flush();
  return written;
}

/** Writes the bundle to the file at `path` (created or truncated); returns the bytes written. */
export function writeBundleFile(bundle: Bundle, path: string): number {
  const fd = openSync(path, 'w');
  try {
    return writeBundle(bundle, fd);
  } finally {
    closeSync(fd);
  }
}
