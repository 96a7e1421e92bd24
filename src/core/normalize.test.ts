import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey, normalizeWithOffsets, toWesternDigits } from './normalize.ts';

describe('matchKey', () => {
  // Each row: display text → matching key, with where the spelling was seen.
  const rows: Array<[string, string, string]> = [
    ['seed 001 tag line: Persian ی in الأمین', 'الأمین', 'الامين'],
    ['seed 000: hamza on alef (أوكرانيا)', 'أوكرانيا', 'اوكرانيا'],
    ['seed 002: الاطلسي written without hamza; same key as الأطلسي', 'الأطلسي', 'الاطلسي'],
    ['alef madda and wasla: آذار, ٱلله', 'آذار ٱلله', 'اذار الله'],
    ['alef maqsura: موسى', 'موسى', 'موسي'],
    ['taa marbuta: القمة', 'القمة', 'القمه'],
    ['seed 000: tanween fath on أيضاً', 'أيضاً', 'ايضا'],
    ['shadda and kasra: صرّح، تتصدّى', 'صرّح تتصدّى', 'صرح تتصدي'],
    ['tatweel in a headline: الـنـاتـو', 'الـنـاتـو', 'الناتو'],
    ['Arabic-Indic digits: ١١ و١٢ يوليو', '١١ و١٢ يوليو', '11 و12 يوليو'],
    ['Persian digits: ۲۰۲۳', '۲۰۲۳', '2023'],
    ['Persian kaf: کییف', 'کییف', 'كييف'],
    ['zero-width non-joiner and RLM inside a name', 'ستولت\u200cنبرغ\u200f', 'ستولتنبرغ'],
    ['bidi isolates around a Latin name', '\u2067NATO\u2069', 'NATO'],
    ['Latin text passes unchanged', 'Stoltenberg 2023', 'Stoltenberg 2023'],
  ];
  it.each(rows)('%s', (_source, input, key) => {
    expect(matchKey(input)).toBe(key);
  });

  const arabicish = fc.string({ unit: fc.constantFrom(...'اأإآٱىیکةهـًٌٍَُِّْٰ٠١٢۳۴ \u200c\u200f\u2067abc1'.split('')), maxLength: 60 });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.oneof(arabicish, fc.string()), (s) => matchKey(matchKey(s)) === matchKey(s)));
  });

  it('never lengthens the text', () => {
    fc.assert(fc.property(fc.oneof(arabicish, fc.string()), (s) => matchKey(s).length <= s.length));
  });
});

describe('normalizeWithOffsets', () => {
  it('maps every key character back to the display character it came from', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'أـُستولتنبرغ ١ة\u200c'.split('')), maxLength: 40 }), (s) => {
        const folded = normalizeWithOffsets(s);
        const { key } = folded;
        expect(key).toBe(matchKey(s));
        expect(folded.offsetAt(key.length)).toBe(s.length);
        for (let i = 0; i < key.length; i++) expect(matchKey(s[folded.offsetAt(i)]!)).toBe(key[i]);
        for (let i = 1; i < key.length; i++) expect(folded.offsetAt(i)).toBeGreaterThan(folded.offsetAt(i - 1));
      }),
    );
  });

  it('lets a match in the key be shown on the display text (seed 000: لستولتنبرغ with a shadda added)', () => {
    const display = 'لقطات لستولتنبّرغ وهو';
    const folded = normalizeWithOffsets(display);
    const at = folded.key.indexOf('ستولتنبرغ');
    expect(display.slice(folded.offsetAt(at), folded.offsetAt(at + 'ستولتنبرغ'.length))).toBe('ستولتنبّرغ');
  });
});

describe('toWesternDigits', () => {
  it('changes digits only (seed-style date "٣٠ سبتمبر")', () => {
    expect(toWesternDigits('٣٠ سبتمبر ۲۰۲۲')).toBe('30 سبتمبر 2022');
  });
});
