import { describe, expect, it } from 'vitest';
import { nameFilter } from './name-filter.ts';

// Aliases as the bundle of content/articles lists them (entity pages of Putin, Stoltenberg, al-Assad, the BBC).
const PUTIN = ['بوتين', 'بوتن', 'فلاديمير بوتين'];
const STOLTENBERG = ['ستولتنبرغ', 'ستولتنبرج', 'شتولتنبيرغ', 'ينس ستولتنبرغ'];
const ASSAD = ['الأسد', 'بشار الأسد'];
const BBC = ['بي بي سي', 'هيئة الإذاعة البريطانية'];

describe('name filter of the directory and the pickers', () => {
  it.each([
    ['بوتن', PUTIN, true],
    ['فلاديمير', PUTIN, true],
    ['Putin', PUTIN, true],
    ['putin', PUTIN, true],
    ['Stoltenberg', STOLTENBERG, true],
    ['Vladimir Putin', PUTIN, true],
    ['al-Assad', ASSAD, true],
    ['BBC', BBC, true],
    ['Putin', STOLTENBERG, false],
    ['Macron', PUTIN, false],
    ['ماكرون', PUTIN, false],
  ] as const)('%s in %j → %s', (query, aliases, expected) => {
    expect(nameFilter(query)!(aliases)).toBe(expected);
  });
  it('an empty query filters nothing', () => {
    expect(nameFilter('  ')).toBeNull();
  });
});
