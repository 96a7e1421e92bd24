import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey } from '../normalize.ts';
import { words } from './words.ts';

describe('words', () => {
  // Each row: a text → its words as [key, text of the span in the original], with where it was seen.
  const rows: Array<[string, string, Array<[string, string]>]> = [
    ['seed 001, first words', 'أعلن الأمين العام', [['اعلن', 'أعلن'], ['الامين', 'الأمين'], ['العام', 'العام']]],
    ['tatweel in a headline: الـنـاتـو is one word', 'الـنـاتـو قال', [['الناتو', 'الـنـاتـو'], ['قال', 'قال']]],
    ['seed 000: tanween stays in the span of أيضاً', 'أيضاً،', [['ايضا', 'أيضاً']]],
    ['a decimal number is one word: 2.4 مليار', 'بلغ 2.4 مليار.', [['بلغ', 'بلغ'], ['2.4', '2.4'], ['مليار', 'مليار']]],
    ['Arabic-Indic digits with ٬: ١٬٥٠٠', '١٬٥٠٠ جندي', [['1٬500', '١٬٥٠٠'], ['جندي', 'جندي']]],
    ['punctuation and a Latin word', '(ناتو) NATO', [['ناتو', 'ناتو'], ['NATO', 'NATO']]],
  ];
  it.each(rows)('%s', (_source, text, expected) => {
    expect(words(text).map((w) => [w.key, text.slice(w.start, w.end)])).toEqual(expected);
  });

  const arabicish = fc.string({ unit: fc.constantFrom(...'اأإىةهـًٌَُّ٠١ .،,\u200c\u200fبلنcd1'.split('')), maxLength: 60 });

  it('offsets stay inside the text, in order, and each span folds to its key', () => {
    fc.assert(
      fc.property(fc.oneof(arabicish, fc.string()), (text) => {
        let last = 0;
        for (const w of words(text)) {
          if (w.start < last || w.end <= w.start || w.end > text.length) return false;
          if (matchKey(text.slice(w.start, w.end)) !== w.key) return false;
          last = w.end;
        }
        return true;
      }),
    );
  });
});
