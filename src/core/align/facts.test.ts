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
    // a clock time is not a count (corpus France 24 14 Mar: "19,00 ت غ", GMT; Al Arabiya 11 Jul: "13.15 بتوقيت غرينتش")
    ['عند الساعة 19,00 ت غ', []],
    ['الساعة 21.00 (19.00 بتوقيت غرينتش)', []],
    // a written-out clock time, its second word no count either
    ['عند الساعة أحد عشر صباحا', []],
    // ساعة without the article is an hour counted, not a clock: the soldiers after it are counted
    ['بعد ساعة 3 جنود', [[3, 'جنود']]],
    // ...but hours counted are (a number before ساعة, not after it)
    ['خلال 24 ساعة', [[24, 'ساع']]],
    // واحد follows the noun it counts, as an adjective: no count of the next word (corpus CNN 14 Mar)
    ['لديهم مهلة أسبوع واحد لمغادرة الأراضي البريطانية', []],
    // ...and stands for a person before من
    ['واحد من أبرز المسؤولين', []],
    // a compound with واحد or اثنا is a number (11, 21)
    ['أحد عشر لاعبا', [[11, 'لاعب']]],
    ['طرد واحد وعشرين دبلوماسيا', [[21, 'دبلوماسي']]],
    // The counted noun follows in the same clause: a quote mark, comma, full stop, bracket or line break ends it.
    // content/articles/2018-07-17_france24_FR-internationalNews-2357.txt: a year before a closing quote and a comma
    ['أن روسيا تدخلت في انتخابات 2016"، مشددا على "احترامه" لهذه الوكالات', []],
    // ...same file: a year before a comma (no date mention given here)
    ['في الحملة الانتخابية الرئاسية العام 2016، محاولا على ما يبدو تهدئة الجدل', []],
    // content/articles/2018-03-27_skynews_SK-internationalNews-608.txt: a count before a comma
    ['إلى 20 شخصا بدلا من 30، مشيرا إلى أن ذلك', [[20, 'شخص'], [30, '']]],
    // content/articles/2018-03-27_bbc_BB-internationalNews-235.txt: a list, one country and its count a line
    ['أوكرانيا: 13\nكندا: 4 إضافة إلى رفض ثلاثة طلبات دخول روسية.', [[13, ''], [4, 'اضاف'], [3, 'طلب']]],
    // content/articles/2018-03-14_cnn_CN-internationalNews-122.txt: a clean count still found (commas before it)
    ['الحكومة البريطانية، الأربعاء، طرد 23 دبلوماسيا روسيا من أراضيها', [[23, 'دبلوماسي']]],
    // Per cent is the unit of the number before it, not a number of its own.
    // content/articles/2018-07-10_skynews_SK-internationalNews-2574.txt
    ['لا تكتفي بعدم الوفاء بتعهد الـ2 في المئة لكنها تقصر منذ أعوام', [[2, '%']]],
    // content/articles/2018-07-10_france24_FR-internationalNews-2245.txt: the same with a space after الـ, and بالمئة
    ['لا تكتفي بعدم الوفاء بتعهد الـ 2 في المئة لكنها تقصر', [[2, '%']]],
    ['سوى 1,24 بالمئة من إجمالي ناتجها المحلي', [[1.24, '%']]],
    // ...same file: the number written against بالمئة
    ['بتخصيص 2بالمئة من إجمالي ناتجها المحلي', [[2, '%']]],
    // content/articles/2018-07-10_alarabiya_AL-internationalNews-1881.txt: the sign
    ['والتي ترصد 1,24% من إجمالي ناتجها الداخلي', [[1.24, '%']]],
    // content/articles/2018-07-12_bbc_BB-internationalNews-787.txt: بالمائة, and a comma after it
    ['الوصول إلى 2 بالمائة، والتركيز على ذلك', [[2, '%']]],
    // a written-out number with في المئة (made-up)
    ['ارتفعت بنسبة خمسين في المئة خلال العام', [[50, '%']]],
    // The counted noun is indefinite (a tamyiz): a definite word after a number is not what it counts.
    // content/articles/2018-07-10_france24_FR-internationalNews-2245.txt
    ['وتعهدت الدول الـ29 الأعضاء بتخصيص', [[29, '']]],
    // content/articles/2018-03-12_skynews_SK-internationalNews-269.txt
    ['ملوثا بمادة البولونيوم-210 المشعة.', [[210, '']]],
    // content/articles/2018-10-14_skynews_SK-internationalNews-3487.txt: the scale آلاف (whose ا-ل is no article)
    ['و60 سفينة حربية و 10 آلاف مركبة عسكرية', [[60, 'سفين'], [10000, 'مركب']]],
  ])('%s', (text, expected) => {
    expect(findNumbers(text).map((n) => [n.value, n.unit])).toEqual(expected);
  });

  it.each([
    // content/articles/2018-07-10_skynews_SK-internationalNews-2574.txt: the percentage's words are the fact's text
    ['بتعهد الـ2 في المئة لكنها', ['الـ2 في المئة']],
    // content/articles/2018-07-10_alarabiya_AL-internationalNews-1881.txt
    ['إلى نسبة 2% من إجمالي', ['2%']],
    // content/articles/2018-03-14_bbc_BB-internationalNews-150.txt
    ['تيريزا ماي طرد 23 دبلوماسيا روسيا رداً', ['23 دبلوماسيا']],
  ])('the text of each number of %s', (text, expected) => {
    expect(findNumbers(text).map((n) => text.slice(n.start, n.end))).toEqual(expected);
  });

  it('a year in a date mention and before a quote mark is no count (content/articles/2018-07-17_france24_FR-internationalNews-2357.txt)', () => {
    const text = 'الحملة الانتخابية الرئاسية العام 2016، محاولا. وقال ترامب إن روسيا تدخلت في انتخابات 2016"، مشددا على "احترامه".';
    const year = text.indexOf('العام 2016');
    const dates = [{ start: year, end: year + 'العام 2016'.length, value: '2016', precision: 'year' as const }];
    expect(findNumbers(text, dates)).toEqual([]);
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

/** An article with its text alone. */
const plain = (text: string) => ({ text, mentions: [], dates: [], quotes: [] });
/** Two one-sentence articles whose sentences the alignment pairs. */
const onePair = (a: string, b: string) => ({
  sentences: [[{ start: 0, end: a.length }], [{ start: 0, end: b.length }]],
  partners: [[[{ article: 1, sentence: 0 }]], [[{ article: 0, sentence: 0 }]]],
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

  it('quotes: the same statement, worded alike, is shared; a missing one is only', () => {
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
    const result = factDifferences([plain(a), plain(b), plain(c)], { sentences, partners });
    const row = (key: string) => result.rows.find((r) => r.key === key);
    expect(row('59 دبلوماسي')?.status).toBe('only');
    expect(row('23 دبلوماسي')).toMatchObject({ status: 'differs', otherValues: [[], [], [32]] });
    expect(row('32 دبلوماسي')).toMatchObject({ status: 'differs', otherValues: [[23], [23], []] });
  });

  it('quotes: the same speaker on the same thing, reworded, is one statement; it differs only by a quantity', () => {
    // corpus 29 Mar (BBC, Sky News Arabia): Lavrov quoted on the same measures in other words (Dice of their words under SAME_QUOTE)
    const lavrovA = 'وأضاف أن الإجراءات «طرد عدد مماثل من الدبلوماسيين وقرارنا بسحب ترخيص عمل القنصلية الأمريكية في سانت بطرسبرغ».';
    const lavrovB = 'وقال لافروف إن الإجراءات «تشمل طرد العدد نفسه من الدبلوماسيين وسحب الترخيص من القنصلية العامة للولايات المتحدة في سان بطرسبورغ».';
    // corpus 14 Mar (CNN, France 24): Theresa May quoted from two parts of one statement (few words in common)
    const mayA = 'وقالت ماي إن «الدبلوماسيين الروس الذين قررت بريطانيا طردهم هم عملاء استخبارات سريين».';
    const mayB = 'وأعلنت ماي أن بلادها «ستطرد 23 دبلوماسيا روسيا على خلفية تسميم رجل الاستخبارات الروسي السابق سيرغي سكريبال».';
    // after Al Arabiya's quote of 17 Mar (shortened), and the same with another count (no outlet of the corpus disagrees so)
    const moscowA = 'وقالت الخارجية الروسية إن موسكو «ستطرد 23 دبلوماسيا بريطانيا ردا على إجراء مماثل».';
    const moscowB = 'وأعلنت الخارجية الروسية أن موسكو «ستطرد 32 دبلوماسيا بريطانيا ردا على إجراء مماثل اتخذته لندن».';
    const quote = (text: string, speaker: string | null) => ({ start: text.indexOf('«'), end: text.indexOf('»') + 1, speaker });
    const run = (a: string, b: string, sa: string | null, sb: string | null) =>
      factDifferences(
        [
          { text: a, mentions: [], dates: [], quotes: [quote(a, sa)] },
          { text: b, mentions: [], dates: [], quotes: [quote(b, sb)] },
        ],
        onePair(a, b),
      ).rows.filter((r) => r.kind === 'quote').map((r) => [r.status, r.presentIn]);
    expect(run(lavrovA, lavrovB, 'lavrov', 'lavrov')).toEqual([['shared', [true, true]]]);
    expect(run(lavrovA, lavrovB, 'lavrov', 'zakharova')).toEqual([['only', [true, false]], ['only', [false, true]]]);
    expect(run(lavrovA, lavrovB, null, null)).toEqual([['only', [true, false]], ['only', [false, true]]]);
    expect(run(mayA, mayB, 'may', 'may')).toEqual([['only', [true, false]], ['only', [false, true]]]);
    expect(run(moscowA, moscowB, 'mfa', 'mfa')).toEqual([['differs', [true, true]]]);
    expect(run(moscowA, moscowA, 'mfa', 'mfa')).toEqual([['shared', [true, true]]]);
    // Lavrov's reworded quote (same speaker, paired, words in common under SAME_QUOTE) with another count differs
    const countA = lavrovA.replace('عدد مماثل من الدبلوماسيين', '60 دبلوماسيا');
    const countB = lavrovB.replace('العدد نفسه من الدبلوماسيين', '50 دبلوماسيا');
    expect(run(countA, countB, 'lavrov', 'lavrov')).toEqual([['differs', [true, true]]]);
    expect(run(countA, countB, null, null)).toEqual([['only', [true, false]], ['only', [false, true]]]);
    // A quote that counts two things of one unit, quoted alike by two outlets, does not disagree with itself
    const twice = 'وقالت الخارجية إن موسكو «ستطرد 23 دبلوماسيا من أصل 59 دبلوماسيا معتمدا ردا على إجراء مماثل».';
    expect(run(twice, twice, null, null)).toEqual([['shared', [true, true]]]);
  });

  it.each([
    // corpus 17 Mar (Al Arabiya, Sky News Arabia): a sentence that counts several things of a unit pairs no value with
    // another: the ages 66 and 33 in both outlets
    ['وتعرض الرجل (66 عاماً) وابنته (33 عاماً) لما عرفت بهجوم.', 'ويرقد سكريبال، 66 عاما، وابنته يوليا، 33 عاما، في المستشفى.', [['66 عام', 'shared'], ['33 عام', 'shared']]],
    // made-up: a sentence that gives one value twice (23 and "الـ23") still pairs it with another (32)
    ['طردت بريطانيا 23 دبلوماسيا، وقالت إن الـ23 دبلوماسيا عملاء.', 'طردت بريطانيا 32 دبلوماسيا روسيا.', [['23 دبلوماسي', 'differs'], ['32 دبلوماسي', 'differs']]],
  ])('counts in paired sentences: %s ‖ %s', (a, b, expected) => {
    const rows = factDifferences([plain(a), plain(b)], onePair(a, b)).rows.filter((r) => r.kind === 'number');
    expect(rows.map((r) => [r.key, r.status])).toEqual(expected);
  });
});
