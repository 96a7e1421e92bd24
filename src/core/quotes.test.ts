import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity, Mention } from './bundle-schema.ts';
import { findQuotedSpans, findQuotes } from './quotes.ts';

const ENTITIES: Entity[] = [
  { id: 'stoltenberg', type: 'person', name: 'ينس ستولتنبرغ', aliases: ['ستولتنبرغ', 'ستولتنبرج'] },
  { id: 'zelensky', type: 'person', name: 'زيلينسكي', aliases: ['زيلينسكي'] },
  { id: 'shapps', type: 'person', name: 'غرانت شابس', aliases: ['شابس'] },
  { id: 'kuleba', type: 'person', name: 'ديمترو كوليبا', aliases: ['كوليبا'] },
  { id: 'lavrov', type: 'person', name: 'سيرغي لافروف', aliases: ['لافروف'] },
  { id: 'trump', type: 'person', name: 'دونالد ترامب', aliases: ['ترامب'] },
  { id: 'dakhlallah', type: 'person', name: 'فرح دخل الله', aliases: ['فرح دخل الله'] },
  { id: 'nato', type: 'organization', name: 'الناتو', aliases: ['الناتو', 'حلف شمال الأطلسي'] },
  { id: 'kyiv', type: 'place', name: 'كييف', aliases: ['كييف'] },
];
const entityMap = new Map(ENTITIES.map((e) => [e.id, e]));

/** Hand-made mentions: every occurrence of every alias, as an entity extractor would report them. */
function mentionsIn(text: string): Mention[] {
  const mentions: Mention[] = [];
  for (const entity of ENTITIES) {
    for (const alias of new Set([entity.name, ...entity.aliases])) {
      for (let i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, i + 1)) {
        if (!mentions.some((m) => m.start < i + alias.length && i < m.end)) mentions.push({ start: i, end: i + alias.length, entity: entity.id });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function quotesOf(text: string): Array<[string, string | null]> {
  return findQuotes(text, mentionsIn(text), entityMap).map((q) => [text.slice(q.start, q.end), q.speaker]);
}

describe('findQuotes: seed sentences', () => {
  const rows: Array<[string, string, Array<[string, string | null]>]> = [
    // seed 001: "وقال X إن": subject after the verb; a participle (مضيفا) keeps the speaker
    ['001 subject after verb', 'وقال ستولتنبرغ إن الحلف الأطلسي سيواصل دعم أوكرانيا مهما تطلب الأمر، مضيفا أنها أصبحت أقرب من أي وقت مضى للناتو.',
      [['الحلف الأطلسي سيواصل دعم أوكرانيا مهما تطلب الأمر', 'stoltenberg'], ['أصبحت أقرب من أي وقت مضى للناتو', 'stoltenberg']]],
    // seed 001: "وتابع أن" without a subject continues the previous sentence's speaker
    ['001 continuing speaker', 'وقال ستولتنبرغ إن الحلف سيواصل الدعم.\n\nوتابع أن القوات الأوكرانية تحقق مكاسب ميدانية بشكل تدريجي.',
      [['الحلف سيواصل الدعم', 'stoltenberg'], ['القوات الأوكرانية تحقق مكاسب ميدانية بشكل تدريجي', 'stoltenberg']]],
    // seed 001: an unnamed subject (الرئيس الأوكراني) is not replaced by the previous speaker
    ['001 unnamed subject', 'وقال ستولتنبرغ إن الحلف سيواصل الدعم.\n\nمن جهته، قال الرئيس الأوكراني إنه بحث مع الأمين العام تعزيز الدفاعات الجوية لبلاده.',
      [['الحلف سيواصل الدعم', 'stoltenberg'], ['بحث مع الأمين العام تعزيز الدفاعات الجوية لبلاده', null]]],
    // seed 001: a coordinated verb shares the subject named first in its sentence, not the nearest name
    ['001 coordinated verb', 'ونشر زيلينسكي مشاهد من لقائه مع وزير الدفاع البريطاني غرانت شابس في القصر الرئاسي بكييف، وقال إن تعاون البلدين يوسع قدرات الجنود.',
      [['تعاون البلدين يوسع قدرات الجنود', 'zelensky']]],
    // seed 001: a quotation after أن inside a clause; the clause gives way to the quotation; "قبل أن" is no complementizer
    ['001 quotation in clause', 'أعلن الأمين العام ينس ستولتنبرغ، مساعدة عسكرية إضافية، قبل أن يؤكد أن كييف "أقرب من أي وقت مضى إلى حلف شمال الأطلسي".',
      [['أقرب من أي وقت مضى إلى حلف شمال الأطلسي', 'stoltenberg']]],
    // seed 001: a quoted agency name is not a quote; the speaker named after وأضاف
    ['001 agency name', 'وأضاف كوليبا، في تصريحات نقلتها وكالة "إنترفاكس الأوكرانية للأنباء"، أن الاجتماع المرتقب يشير إلى أن أوكرانيا جزء من المشروع الأوروبي.',
      [['الاجتماع المرتقب يشير إلى أن أوكرانيا جزء من المشروع الأوروبي', 'kuleba']]],
    // seed 000: ”…” with the same mark on both ends, after a bare وقال: the speaker of the previous sentence (an official of NATO)
    ['000 same mark both ends', 'أعلن مسؤول في حلف شمال الأطلسي ( الناتو)، اليوم الخميس، أن الأمين العام يزور أوكرانيا.\nوقال ”الأمين العام للناتو متواجد في أوكرانيا. سننشر المزيد من المعلومات في أقرب وقت ممكن”، مشترطا تكتم هويته.',
      [['الأمين العام يزور أوكرانيا', 'nato'], ['الأمين العام للناتو متواجد في أوكرانيا. سننشر المزيد من المعلومات في أقرب وقت ممكن', 'nato']]],
    // seed 003: mixed ” … ” and “ … ” marks; speaker named after وقال before إن; a two-word scare quote is skipped
    // seed 003: a bare وأكد in the next sentence keeps the speaker; the quotation wins over its clause
    ['003 mixed marks', 'وقال المتحدث باسم الناتو فرح دخل الله، إن “نشر هذه القدرة لن يغير مسار الصراع”، في إشارة إلى استمرار الدعم. وأكد أن “دعمنا أبقاهم في القتال”، مشددا على ضرورة مضاعفة جهودنا.',
      [['نشر هذه القدرة لن يغير مسار الصراع', 'dakhlallah'], ['دعمنا أبقاهم في القتال', 'dakhlallah']]],
    // seed 003: ” opening and ” closing; a two-word scare quote is no quotation
    ['003 scare quote', 'والتي، كما أشاروا، ” لن يردع الدعم لكييف”. وأصر روتي على أن روسيا تشرع في “توسيع خطير” للحرب.', [['لن يردع الدعم لكييف', null]]],
    // seed 002: a quotation over two paragraphs (the second paragraph closes it) after "قال X …:"
    ['002 two paragraphs', 'وقال ستولتنبرج في مؤتمر صحفي: "لدى حلف شمال الاطلسي مهمتان رئيسيتان، الأولى تقديم الدعم.\n\nوالثانية هي منع الصراع من التحول إلى حرب واسعة".',
      [['لدى حلف شمال الاطلسي مهمتان رئيسيتان، الأولى تقديم الدعم.\n\nوالثانية هي منع الصراع من التحول إلى حرب واسعة', 'stoltenberg']]],
    // seed 002 (appended article): "نقلت … عن لافروف قوله إن"
    ['002 قوله', 'نقلت شبكة "سي بي إس" عن وزير الخارجية الروسي سيرغي لافروف قوله إن الرئيس الأميركي يعتقد أن الأمور تسير في الاتجاه الصحيح.',
      [['الرئيس الأميركي يعتقد أن الأمور تسير في الاتجاه الصحيح', 'lavrov']]],
  ];
  it.each(rows)('%s', (_name, text, expected) => expect(quotesOf(text)).toEqual(expected));
});

describe('findQuotes: other patterns', () => {
  const rows: Array<[string, string, Array<[string, string | null]>]> = [
    // corpus 2018-03-12 style: guillemets, speaker after the quotation
    ['trailing attribution', '«لن نقبل أي تهديد من أي طرف كان»، قال ستولتنبرغ للصحافيين.', [['لن نقبل أي تهديد من أي طرف كان', 'stoltenberg']]],
    // a stray opening mark does not pair with a mark in the next paragraph
    ['stray mark', 'قال الوزير "إنها مرحلة صعبة جدا\n\nوفي سياق آخر أعلن الجيش "انتهاء العملية العسكرية في المنطقة".',
      [['مرحلة صعبة جدا', null], ['انتهاء العملية العسكرية في المنطقة', null]]],
    // corpus 2018-03-12_alarabiya_…-447: a feminine verb (وقالت) with no named subject
    ['feminine verb', 'وقالت إن الجاسوس الروسي السابق تعرض لتسميم.', [['الجاسوس الروسي السابق تعرض لتسميم', null]]],
    // corpus 2018-03-06_bbc_…-104: وقالت + subject + بيان + إنها
    ['feminine verb, pronoun', 'وقالت الوحدة في بيان إنها "لم تعتبر الواقعة حادث إرهابي ولا يوجد خطر على العامة".',
      [['لم تعتبر الواقعة حادث إرهابي ولا يوجد خطر على العامة', null]]],
    // other suffixed forms of the list: أضافت, قولها
    ['أضافت and قولها', 'وأضافت أن الحلف سيواصل الدعم. ونقلت الوكالة عن الوزيرة قولها إن المحادثات انتهت.',
      [['الحلف سيواصل الدعم', null], ['المحادثات انتهت', null]]],
    // a place is never a speaker
    ['place not speaker', 'وفي كييف قال مسؤولون إن الهجوم استهدف محطة الكهرباء.', [['الهجوم استهدف محطة الكهرباء', null]]],
  ];
  it.each(rows)('%s', (_name, text, expected) => expect(quotesOf(text)).toEqual(expected));
});

const PIECES = ['قال', 'وقال', 'ستولتنبرغ', 'إن', 'أن', 'مضيفا', '"', '”', '“', '«', '»', 'الحلف', 'سيواصل', 'الدعم', '.', '،', '\n', ':', 'كييف', 'من جهته'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 50 }).map((pieces) => pieces.join(' '));

describe('findQuotes: properties', () => {
  it('spans are inside the text, non-empty, ordered, disjoint; speakers are person or organization ids', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string()), (text) => {
        let previousEnd = 0;
        for (const q of findQuotes(text, mentionsIn(text), entityMap)) {
          expect(q.start).toBeGreaterThanOrEqual(previousEnd);
          expect(q.end).toBeGreaterThan(q.start);
          expect(q.end).toBeLessThanOrEqual(text.length);
          previousEnd = q.end;
          if (q.speaker !== null) expect(['person', 'organization']).toContain(entityMap.get(q.speaker)?.type);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('is deterministic, and a quoted span is trimmed and lies between two quotation marks', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(findQuotes(text, mentionsIn(text), entityMap)).toEqual(findQuotes(text, mentionsIn(text), entityMap));
        for (const span of findQuotedSpans(text)) {
          const inside = text.slice(span.start, span.end);
          expect(inside).toBe(inside.trim());
          expect(/[«"“”„]/.test(text.slice(0, span.start))).toBe(true);
          expect(/[»"“”]/.test(text.slice(span.end))).toBe(true);
        }
      }),
    );
  });

  // Speed is measured by `npm run bench`, not asserted in unit tests; this checks nothing is missed at length.
  it('finds every quote in a long article', () => {
    const paragraph = 'وقال ستولتنبرغ إن الحلف سيواصل الدعم، مضيفا أن "كييف أقرب من أي وقت مضى إلى الحلف".\n\n';
    const large = paragraph.repeat(640);
    expect(findQuotes(large, mentionsIn(large), entityMap).length).toBe(1280);
  });
});
