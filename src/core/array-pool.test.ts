import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArrayPool } from './array-pool.ts';

describe('ArrayPool', () => {
  it('property: arrays of any kinds and lengths start zeroed, are aligned and never share memory', () => {
    const request = fc.record({ kind: fc.constantFrom('int32s', 'uint16s', 'uint8s', 'float64s' as const), length: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 60 }), fc.integer({ min: 8, max: 256 }), (requests, bufferBytes) => {
        // Small buffers, so that requests cross buffer ends and some are larger than a buffer.
        const pool = new ArrayPool(bufferBytes);
        const arrays = requests.map(({ kind, length }) => pool[kind](length));
        arrays.forEach((array, k) => {
          expect(array.length).toBe(requests[k]!.length);
          expect(array.byteOffset % array.BYTES_PER_ELEMENT).toBe(0);
          expect([...array].every((v) => v === 0)).toBe(true);
          array.fill(k + 1);
        });
        // Each array still holds its own mark: nothing written later overlapped it.
        arrays.forEach((array, k) => expect([...array].every((v) => v === k + 1)).toBe(true));
      }),
    );
  });
});
