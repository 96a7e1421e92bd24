import { describe, expect, it } from 'vitest';
import { formatNumber, formatPartialDate } from './format.ts';

describe('formatPartialDate', () => {
  // Each row: a published value from the content folder's manifest → what the reader shows.
  const rows: Array<[string, string, 'day' | 'month' | 'year', Parameters<typeof formatPartialDate>[2], string]> = [
    ['seed 000 (day)', '2023-04-20', 'day', { language: 'ar', digits: 'latn', calendar: 'gregory' }, '20 أبريل 2023'],
    ['seed 002 is known only to the month', '2023-11', 'month', { language: 'ar', digits: 'latn', calendar: 'gregory' }, 'نوفمبر 2023'],
    ['seed 002 in English', '2023-11', 'month', { language: 'en', digits: 'latn', calendar: 'gregory' }, 'November 2023'],
    ['Arabic-Indic digits setting', '2023-04-20', 'day', { language: 'ar', digits: 'arab', calendar: 'gregory' }, '٢٠ أبريل ٢٠٢٣'],
    ['year precision', '2008', 'year', { language: 'en', digits: 'latn', calendar: 'gregory' }, '2008'],
  ];
  it.each(rows)('%s', (_source, value, precision, prefs, expected) => {
    expect(formatPartialDate(value, precision, prefs)).toBe(expected);
  });

  it('shows the Umm al-Qura date beside the Gregorian one (seed 000: 20 April 2023 was 29 Ramadan 1444)', () => {
    const shown = formatPartialDate('2023-04-20', 'day', { language: 'en', digits: 'latn', calendar: 'islamic-umalqura' });
    expect(shown).toMatch(/^20 April 2023 \(29 Ramadan 1444/);
  });

  it('names both Hijri months a Gregorian month spans (seed 002: November 2023)', () => {
    const shown = formatPartialDate('2023-11', 'month', { language: 'en', digits: 'latn', calendar: 'islamic-umalqura' });
    // CLDR spells the months' diacritics differently across ICU versions (Rabiʻ, Rabiʿ, Rabi'), so only the letters
    // around them are pinned: Rabi II and Jumada I of 1445.
    expect(shown).toMatch(/^November 2023 \(Rabi\S? II 1445 AH – Jumada I 1445 AH\)$/);
  });
});

describe('formatNumber', () => {
  it('follows the digits setting', () => {
    expect(formatNumber(68, { language: 'ar', digits: 'arab' })).toBe('٦٨');
    expect(formatNumber(68, { language: 'ar', digits: 'latn' })).toBe('68');
  });
});
