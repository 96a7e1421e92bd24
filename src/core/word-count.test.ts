import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount } from './word-count.ts';

/** The definition wordCount implements. */
const byDefinition = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

describe('wordCount', () => {
  it.each([
    ['  • بولندا تدعو الاتحاد الأوروبي', 4], // seed 001 related-articles bullet: the bullet is no word
    ['وقال ستولتنبرغ إن "الحلف سيواصل"', 5], // seed 001, quotation marks stick to words
    ['٣٠ سبتمبر ۲۰۲۲ – 2023', 4], // Arabic-Indic, Persian and Western digits; a lone dash is no word
    ['a\u00a0b\u2003c\ufeffd', 4], // no-break, em and zero-width-no-break spaces separate words as \s does
  ])('%j → %i', (text, expected) => {
    expect(wordCount(text)).toBe(expected);
    expect(byDefinition(text)).toBe(expected);
  });

  it('property: counts what split(/\\s+/) and a letter-or-number test count, on any text', () => {
    const arabicish = fc.string({ unit: fc.constantFrom(...'ستولتنبرغ ١٢ ،.•–"\n\t\u00a0\u0651\u200c\ufeff'.split('')) });
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string({ unit: 'binary' })), (text) => {
        expect(wordCount(text)).toBe(byDefinition(text));
      }),
      { numRuns: 500 },
    );
  });
});
