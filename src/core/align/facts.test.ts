import { describe, expect, it } from 'vitest';
import { factDifferences, findNumbers, unitKey } from './facts.ts';

describe('findNumbers', () => {
  it.each([
    // corpus 14 Mar (BBC): digits and an accusative counted noun
    ['بريطانيا تعلن طرد 23 دبلوماسيا روسيا', [[23, 'دبلوماسي']]],
    // corpus 17 Mar (Al Arabiya): tanween written with a mark
    ['وتطرد 23 دبلوماسياً بريطانياً', [[23, 'دبلوماسي']]],
    // seed 001: a decimal with a scale word and a currency
    ['بقيمة 2.4 مليار يورو', [[2.4e9, 'يورو']]],
    // corpus 27 Mar (NATO expels 7): a written-out number with a plural noun
    ['طرد سبعة دبلوماسيين روس', [[7, 'دبلوماسي']]],
    // written-out compound "three and twenty"
    ['طرد ثلاثة وعشرين دبلوماسيا', [[23, 'دبلوماسي']]],
    // Arabic-Indic digits (folded by matchKey)
    ['انضمت ٢٩ دولة', [[29, 'دول']]],
    // a bare year is not a count (corpus BBC 6 Mar: "عام 2006")
    ['منذ عام 2006 في لندن', []],
    // a clock time is not a count of "ت" (corpus France 24 14 Mar: "19,00 ت غ", GMT)
    ['عند الساعة 19,00 ت غ', [[19, '']]],
  ])('%s', (text, expected) => {
    expect(findNumbers(text).map((n) => [n.value, n.unit])).toEqual(expected);
  });

  it('a number inside a date mention is not a count', () => {
    // corpus 2018-03-17 France 24: "في 4 مارس" resolved by dates.ts
    expect(findNumbers('هاجم في 4 مارس', [{ start: 8, end: 14, value: '2018-03-04', precision: 'day' }])).toEqual([]);
  });

  it.each([
    ['دبلوماسيين', 'دبلوماسي'], // plural after 3–10
    ['دبلوماسيا', 'دبلوماسي'], // singular accusative after 11–99
    ['دولة', 'دول'], // ta marbuta (matchKey ه)
    ['دول', 'دول'], // the plural "countries"
  ])('unitKey(%s) = %s', (word, key) => {
    expect(unitKey(word.replace('ة', 'ه'))).toBe(key);
  });
});

describe('factDifferences', () => {
  it('one outlet says 31 member states, the other 32: "differs"; entities only in one: "only"', () => {
    const a = 'قال ستولتنبرغ إن 31 دولة وافقت.';
    const b = 'قال ستولتنبرغ إن 32 دولة وافقت في بروكسل.';
    const result = factDifferences([
      { text: a, mentions: [{ start: 4, end: 13, entity: 'stoltenberg' }], dates: [], quotes: [] },
      {
        text: b,
        mentions: [
          { start: 4, end: 13, entity: 'stoltenberg' },
          { start: 32, end: 38, entity: 'brussels' },
        ],
        dates: [],
        quotes: [],
      },
    ]);
    const row = (key: string) => result.rows.find((r) => r.key === key);
    expect(row('stoltenberg')?.status).toBe('shared');
    expect(row('brussels')).toMatchObject({ status: 'only', presentIn: [false, true] });
    expect(row('31 دول')).toMatchObject({ status: 'differs', presentIn: [true, false], otherValues: [[], [32]] });
    expect(row('32 دول')).toMatchObject({ status: 'differs', presentIn: [false, true], otherValues: [[31], []] });
  });

  it('quotes: the same statement is shared, a reworded one differs, a missing one is only', () => {
    const a = 'قال بوتين: «هذا هراء ولا معنى له». وأضاف «سنرد».';
    const b = 'قال بوتن إن «هذا هراء لا معنى له على الإطلاق».';
    const q = (text: string, inner: string) => ({ start: text.indexOf(inner), end: text.indexOf(inner) + inner.length, speaker: null });
    const result = factDifferences([
      { text: a, mentions: [], dates: [], quotes: [q(a, '«هذا هراء ولا معنى له»'), q(a, '«سنرد»')] },
      { text: b, mentions: [], dates: [], quotes: [q(b, '«هذا هراء لا معنى له على الإطلاق»')] },
    ]);
    const quotes = result.rows.filter((r) => r.kind === 'quote');
    expect(quotes.map((r) => [r.status, r.presentIn])).toEqual([
      ['shared', [true, true]],
      ['only', [true, false]],
    ]);
  });

  it('with a pairing, a count differs only against the same unit in a paired sentence (corpus 14 Mar, France 24: 59 accredited, 23 expelled)', () => {
    const a = 'ستطرد بريطانيا 23 دبلوماسيا روسيا. وكان لموسكو 59 دبلوماسيا معتمدا.';
    const b = 'قررت بريطانيا طرد 23 دبلوماسيا روسيا.';
    const c = 'قررت بريطانيا طرد 32 دبلوماسيا روسيا.';
    const sentences = [
      [{ start: 0, end: a.indexOf('.') + 1 }, { start: a.indexOf('وكان'), end: a.length }],
      [{ start: 0, end: b.length }],
      [{ start: 0, end: c.length }],
    ];
    // a's first sentence is paired with b's and c's; its second with nothing.
    const partners = [
      [[{ article: 1, sentence: 0 }, { article: 2, sentence: 0 }], []],
      [[{ article: 0, sentence: 0 }, { article: 2, sentence: 0 }]],
      [[{ article: 0, sentence: 0 }, { article: 1, sentence: 0 }]],
    ];
    const plain = (text: string) => ({ text, mentions: [], dates: [], quotes: [] });
    const result = factDifferences([plain(a), plain(b), plain(c)], { sentences, partners });
    const row = (key: string) => result.rows.find((r) => r.key === key);
    expect(row('59 دبلوماسي')?.status).toBe('only');
    expect(row('23 دبلوماسي')).toMatchObject({ status: 'differs', otherValues: [[], [], [32]] });
    expect(row('32 دبلوماسي')).toMatchObject({ status: 'differs', otherValues: [[23], [23], []] });
  });

  it('quotes: the same speaker quoted in other words in paired sentences differs; another speaker does not', () => {
    // corpus 29 Mar: Lavrov quoted by BBC and Sky News Arabia on the same measures, in other words
    const a = 'وأضاف أن هذه الإجراءات تشمل «طرد عدد مماثل من الدبلوماسيين وسحب ترخيص القنصلية».';
    const b = 'وقال لافروف إن الإجراءات «تشمل طرد العدد نفسه من الموظفين وإغلاق المقر».';
    const quote = (text: string, speaker: string | null) => ({ start: text.indexOf('«'), end: text.indexOf('»') + 1, speaker });
    const pairing = { sentences: [[{ start: 0, end: a.length }], [{ start: 0, end: b.length }]], partners: [[[{ article: 1, sentence: 0 }]], [[{ article: 0, sentence: 0 }]]] };
    const run = (sa: string | null, sb: string | null) =>
      factDifferences(
        [
          { text: a, mentions: [], dates: [], quotes: [quote(a, sa)] },
          { text: b, mentions: [], dates: [], quotes: [quote(b, sb)] },
        ],
        pairing,
      ).rows.filter((r) => r.kind === 'quote').map((r) => [r.status, r.presentIn]);
    expect(run('lavrov', 'lavrov')).toEqual([['differs', [true, true]]]);
    expect(run('lavrov', 'zakharova')).toEqual([['only', [true, false]], ['only', [false, true]]]);
    expect(run(null, null)).toEqual([['only', [true, false]], ['only', [false, true]]]);
  });
});
