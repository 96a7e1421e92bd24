import { describe, expect, it } from 'vitest';
import { differingSpans } from './differences.ts';

const whole = (text: string) => ({ input: { text }, span: { start: 0, end: text.length } });
const marked = (a: string, ...partners: string[]) => differingSpans(whole(a), partners.map(whole)).map((s) => a.slice(s.start, s.end));

describe('differingSpans', () => {
  it.each([
    // corpus 14 Mar: BBC's lead against CNN's; the shared number, noun and nationality are not marked, the wording is
    // (the reporting verb أعلنت is a function word; على between two marked words joins them)
    [
      'أعلنت رئيسة الوزراء البريطانية تيريزا ماي طرد 23 دبلوماسيا روسيا ردا على تسميم عميل روسي سابق.',
      'قررت الحكومة البريطانية، الأربعاء، طرد 23 دبلوماسيا روسيا من الأراضي البريطانية، إثر اتهامها للحكومة الروسية بمحاولة اغتيال الجاسوس الروسي سيرغي سكريبال وابنته في بريطانيا بغاز الأعصاب.',
      ['رئيسة الوزراء', 'تيريزا ماي', 'ردا على تسميم عميل', 'سابق'],
    ],
    // corpus 17 Mar (Al Arabiya) against 14 Mar (France 24): the same verb conjugated, the noun declined, tanween
    ['ستطرد 23 دبلوماسياً بريطانياً', 'ستطرد 23 دبلوماسيا بريطانيا', []],
    ['وتطرد 23 دبلوماسياً', 'بلادها ستطرد 23 دبلوماسيين', []],
    // a written-out number is the same value as its digits (corpus 27 Mar: سبعة / 7)
    ['طرد سبعة دبلوماسيين', 'طرد 7 دبلوماسيين', []],
    // a different count is marked
    ['طرد 23 دبلوماسيا', 'طرد 60 دبلوماسيا', ['23']],
  ])('%s', (a, b, expected) => {
    expect(marked(a, b)).toEqual(expected);
  });

  it('names the same entity through the mentions, whatever the spelling (corpus: ستولتنبرغ / شتولتنبيرغ)', () => {
    const a = 'وقال ستولتنبرغ إن الحلف';
    const b = 'وقال شتولتنبيرغ إن الحلف';
    const withMention = (text: string, name: string) => ({
      input: { text, mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, entity: 'stoltenberg' }] },
      span: { start: 0, end: text.length },
    });
    expect(differingSpans(withMention(a, 'ستولتنبرغ'), [withMention(b, 'شتولتنبيرغ')])).toEqual([]);
    expect(differingSpans(whole(a), [whole(b)]).map((s) => a.slice(s.start, s.end))).toEqual(['ستولتنبرغ']);
  });

  it('offsets are into the article when the sentence is a slice of it', () => {
    const text = 'مقدمة. طرد 23 دبلوماسيا';
    const span = { start: text.indexOf('طرد'), end: text.length };
    const [only] = differingSpans({ input: { text }, span }, [whole('طرد 60 دبلوماسيا')]);
    expect(text.slice(only!.start, only!.end)).toBe('23');
  });
});
