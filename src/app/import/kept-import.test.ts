/** The import kept on this device: which stored records are read as one, and the day it records. */
import { describe, expect, it } from 'vitest';
import { asKeptImport, localDay } from './kept-import.ts';

const feed = new Blob(['{}']);

describe('asKeptImport', () => {
  it.each([
    // the record keepImport writes
    ['this version', { version: 1, feed, articles: 5, day: '2026-12-05' }, true],
    // the shape written before records had a version (this session's first build: a time in ms)
    ['no version', { feed, articles: 5, kept: 1764900000000 }, false],
    // damaged: no file, no article, a count that is not one, a day that is not one
    ['no file', { version: 1, feed: '{}', articles: 5, day: '2026-12-05' }, false],
    ['no article', { version: 1, feed, articles: 0, day: '2026-12-05' }, false],
    ['negative count', { version: 1, feed, articles: -3, day: '2026-12-05' }, false],
    ['fractional count', { version: 1, feed, articles: 2.5, day: '2026-12-05' }, false],
    ['a time for a day', { version: 1, feed, articles: 5, day: 1e16 }, false],
    ['not an object', 'latest', false],
  ])('%s', (_, value, ok) => {
    expect(asKeptImport(value) !== null).toBe(ok);
  });
});

describe('localDay', () => {
  it('is the reader’s calendar day, not UTC’s: 22:30 UTC on 4 December is already the 5th in Riyadh (UTC+3)', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Riyadh';
    try {
      const instant = new Date(Date.UTC(2026, 11, 4, 22, 30));
      expect(instant.toISOString().slice(0, 10)).toBe('2026-12-04');
      expect(localDay(instant)).toBe('2026-12-05');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
