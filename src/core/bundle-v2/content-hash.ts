/**
 * A 64-bit FNV-1a hash of a text's UTF-16 code units, as 16 hex digits: names a file after its content, so a URL
 * names one content forever (caches stay correct). Not cryptographic: it only has to tell builds apart. Pure (no
 * Web Crypto, which is asynchronous, nor node:crypto, which core may not import), the same in Node and a browser.
 */
const FNV_OFFSET_HIGH = 0xcbf29ce4;
const FNV_OFFSET_LOW = 0x84222325;
// FNV prime 2^40 + 2^8 + 0xb3: the low 32 bits are 0x1b3, the high part 2^8 (the 2^40 term, shifted by 32).

export function contentHash(text: string): string {
  let high = FNV_OFFSET_HIGH;
  let low = FNV_OFFSET_LOW;
  for (let i = 0; i < text.length; i++) {
    low = (low ^ text.charCodeAt(i)) >>> 0;
    // (high·2^32 + low) · (2^40 + 0x1b3) mod 2^64, in 16-bit pieces so no product passes 2^53.
    const lowTimes = low * 0x1b3;
    const carry = Math.floor(lowTimes / 0x100000000);
    const newLow = lowTimes >>> 0;
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = newLow;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}
