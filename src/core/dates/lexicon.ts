/**
 * Word lists for date mentions, written as they appear and keyed by matchKey (أ إ آ → ا, ة → ه, ى → ي), so
 * every spelling variant of one name meets one entry.
 */
import { matchKey } from '../normalize.ts';

export interface MonthWord {
  month: number;
  /** The word is also a common non-date word; it counts as a month only in a date context. */
  ambiguous: boolean;
}

function keyed<V>(entries: Array<[string, V]>): Map<string, V> {
  return new Map(entries.map(([word, value]) => [matchKey(word), value]));
}

const plain = (month: number): MonthWord => ({ month, ambiguous: false });
const ambiguous = (month: number): MonthWord => ({ month, ambiguous: true });

/**
 * One-word Gregorian month names.
 * - Egyptian/Gulf (from the French/English names): يناير … ديسمبر, with the variants ابريل/إبريل, يونيه, يوليه, اغسطس.
 * - Levantine/Iraqi (Syriac names): شباط آذار نيسان أيار حزيران تموز آب أيلول (كانون and تشرين are two-word names below).
 * - Maghrebi (from French): جانفي فيفري أفريل ماي جوان جويلية أوت; Moroccan: يوليوز غشت شتنبر نونبر دجنبر.
 * Ambiguous: مارس is also the verb "practised" (مارس الضغط), ماي is Theresa May in 2018 news, آب is "father",
 * نيسان the car maker, تموز and أيار rare words or names.
 */
/** The English months, whole and abbreviated, lower case: Arabic pages with an English template print their day so. */
export const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map(
  'january february march april may june july august september october november december'
    .split(' ')
    .flatMap((name, i) => [[name, i + 1] as const, [name.slice(0, 3), i + 1] as const])
    .concat([['sept', 9]]),
);

export const GREGORIAN_MONTHS = keyed<MonthWord>([
  ['يناير', plain(1)], ['جانفي', plain(1)],
  ['فبراير', plain(2)], ['فيفري', plain(2)], ['شباط', plain(2)],
  ['مارس', ambiguous(3)], ['آذار', plain(3)],
  ['أبريل', plain(4)], ['إبريل', plain(4)], ['أفريل', plain(4)], ['نيسان', ambiguous(4)],
  ['مايو', plain(5)], ['ماي', ambiguous(5)], ['أيار', ambiguous(5)],
  ['يونيو', plain(6)], ['يونيه', plain(6)], ['جوان', plain(6)], ['حزيران', plain(6)],
  ['يوليو', plain(7)], ['يوليه', plain(7)], ['يوليوز', plain(7)], ['جويلية', plain(7)], ['تموز', ambiguous(7)],
  ['أغسطس', plain(8)], ['غشت', plain(8)], ['أوت', ambiguous(8)], ['آب', ambiguous(8)],
  ['سبتمبر', plain(9)], ['شتنبر', plain(9)], ['أيلول', plain(9)],
  ['أكتوبر', plain(10)],
  ['نوفمبر', plain(11)], ['نونبر', plain(11)],
  ['ديسمبر', plain(12)], ['دجنبر', plain(12)],
]);

/** Levantine two-word months: كانون الثاني (January), تشرين الأول (October), تشرين الثاني (November), كانون الأول (December). */
export const GREGORIAN_TWO_WORD_MONTHS = keyed<Map<string, number>>([
  ['كانون', keyed([['الثاني', 1], ['ثاني', 1], ['الأول', 12], ['أول', 12]])],
  ['تشرين', keyed([['الأول', 10], ['أول', 10], ['الثاني', 11], ['ثاني', 11]])],
]);

/** Hijri months. صفر is also "zero" and رجب a first name (رجب طيب أردوغان): they need a day or a year. */
export const HIJRI_MONTHS = keyed<MonthWord>([
  ['محرم', plain(1)], ['المحرم', plain(1)],
  ['صفر', ambiguous(2)],
  ['رجب', ambiguous(7)],
  ['شعبان', plain(8)],
  ['رمضان', plain(9)],
  ['شوال', plain(10)],
]);

export const HIJRI_TWO_WORD_MONTHS = keyed<Map<string, number>>([
  ['ربيع', keyed([['الأول', 3], ['الثاني', 4], ['الآخر', 4]])],
  ['جمادى', keyed([['الأولى', 5], ['الأول', 5], ['الآخرة', 6], ['الثانية', 6], ['الآخر', 6], ['الثاني', 6]])],
  ['ذو', keyed([['القعدة', 11], ['الحجة', 12]])],
  ['ذي', keyed([['القعدة', 11], ['الحجة', 12]])],
]);

/** Weekday names with JavaScript's numbering (Sunday = 0), the Arabic week being named from الأحد "the first". */
export const WEEKDAYS = keyed<number>([
  ['الأحد', 0], ['الاثنين', 1], ['الإثنين', 1], ['الثلاثاء', 2], ['الأربعاء', 3], ['الخميس', 4], ['الجمعة', 5], ['السبت', 6],
]);

/** Ordinal day numbers as in "الرابع من مارس": units (also the first word of 11–19 and 21–29, 31). */
export const ORDINAL_UNITS = keyed<number>([
  ['الأول', 1], ['الحادي', 1], ['الثاني', 2], ['الثالث', 3], ['الرابع', 4], ['الخامس', 5],
  ['السادس', 6], ['السابع', 7], ['الثامن', 8], ['التاسع', 9],
]);
/** Ordinal tens, alone (العاشر, العشرين, الثلاثين) or after a unit (عشر, والعشرين, والثلاثين). */
export const ORDINAL_TENS_ALONE = keyed<number>([['العاشر', 10], ['العشرين', 20], ['الثلاثين', 30]]);
export const ORDINAL_TENS_AFTER_UNIT = keyed<number>([['عشر', 10], ['والعشرين', 20], ['والثلاثين', 30]]);

/**
 * "قبل يومين", "منذ ثلاثة أيام": the words that count days back from the publication, the dual "two days", and the
 * counts 3–10 written out (the masculine forms that go with أيام).
 */
export const DAYS_AGO_WORDS = keyed<true>([['قبل', true], ['منذ', true]]);
export const TWO_DAYS = keyed<true>([['يومين', true]]);
export const DAY_COUNTS = keyed<number>([
  ['ثلاثة', 3], ['أربعة', 4], ['خمسة', 5], ['ستة', 6], ['سبعة', 7], ['ثمانية', 8], ['تسعة', 9], ['عشرة', 10],
]);
export const DAYS_PLURAL = keyed<true>([['أيام', true]]);

export type Direction = 'past' | 'next' | 'current';

/** Words after a month, weekday or period that place it: "سبتمبر الماضي", "الخميس المقبل", "مارس الجاري". */
export const DIRECTION_WORDS = keyed<Direction>([
  ['الماضي', 'past'], ['الماضية', 'past'], ['المنصرم', 'past'], ['المنصرمة', 'past'], ['الفائت', 'past'],
  ['الفائتة', 'past'], ['السابق', 'past'], ['السابقة', 'past'],
  ['المقبل', 'next'], ['المقبلة', 'next'], ['القادم', 'next'], ['القادمة', 'next'],
  ['الجاري', 'current'], ['الجارية', 'current'], ['الحالي', 'current'], ['الحالية', 'current'],
]);

export type PeriodUnit = 'week' | 'month' | 'year';

/** "الأسبوع/الشهر/العام الماضي": the singular definite period nouns (plural الأشهر المقبلة is no single date). */
export const PERIOD_NOUNS = keyed<PeriodUnit>([
  ['الأسبوع', 'week'], ['الشهر', 'month'], ['العام', 'year'], ['السنة', 'year'],
]);
/** "هذا الأسبوع", "هذه السنة": the period containing the publication day. */
export const THIS_WORDS = new Set(['هذا', 'هذه'].map(matchKey));

/** Days relative to publication. اليوم "today", أمس/الأمس/البارحة "yesterday", غداً/الغد "tomorrow". */
export const RELATIVE_DAY_WORDS = keyed<number>([
  ['اليوم', 0], ['أمس', -1], ['الأمس', -1], ['البارحة', -1], ['غدا', 1], ['غداً', 1], ['الغد', 1],
]);

/** Nouns that introduce a year and belong to the mention: "عام 2008", "العام 2019", "سنة 1948", "عامي 2014 و2015". */
export const YEAR_NOUNS = new Set(['عام', 'العام', 'سنة', 'السنة', 'عامي'].map(matchKey));

/**
 * Words before a bare month that make it a time expression ("منذ مارس", "في آب", "شهر ماي"). Not part of the mention.
 */
export const MONTH_INTRODUCERS = new Set(
  [
    'في', 'منذ', 'حتى', 'قبل', 'بعد', 'خلال', 'بحلول', 'مطلع', 'أوائل', 'أواسط', 'منتصف', 'أواخر', 'نهاية',
    'بداية', 'حلول', 'شهر', 'شهري', 'طيلة', 'طوال',
  ].map(matchKey),
);

/**
 * Words before a bare four-digit number that make it a year ("في 2019", "منذ 2014"). Narrower than the month
 * list: حتى/قبل/بعد/من also come before counts ("حتى 2000 جندي", "أكثر من 2000 شخص").
 */
export const YEAR_INTRODUCERS = new Set(
  ['في', 'منذ', 'خلال', 'بحلول', 'مطلع', 'أوائل', 'أواسط', 'منتصف', 'أواخر', 'نهاية', 'بداية', 'حلول', 'طيلة', 'طوال'].map(matchKey),
);

/**
 * What sets a sentence in the future for an unplaced weekday or day-month: future particles and the news
 * formulas of announced events (من المقرر، من المنتظر، المرتقب). The prefix س + imperfect verb is recognised by
 * shape in dates.ts.
 */
export const FUTURE_CUES = new Set(
  ['سوف', 'المقرر', 'المنتظر', 'المرتقب', 'المرتقبة', 'المقبل', 'المقبلة', 'القادم', 'القادمة', 'يعتزم', 'تعتزم', 'ينوي', 'تنوي'].map(matchKey),
);

/** Past reporting verbs (and منذ "since"): met first when looking back, they anchor the date in the past. */
export const PAST_CUES = new Set(
  [
    'قال', 'قالت', 'أعلن', 'أعلنت', 'أكد', 'أكدت', 'أضاف', 'أضافت', 'ذكر', 'ذكرت', 'صرح', 'صرحت', 'أوضح', 'أوضحت',
    'أفاد', 'أفادت', 'كشف', 'كشفت', 'اعتبر', 'اعتبرت', 'أشار', 'أشارت', 'اتهم', 'اتهمت', 'طالب', 'طالبت', 'دعا',
    'دعت', 'نفى', 'نفت', 'التقى', 'التقت', 'عقد', 'عقدت', 'شهد', 'شهدت', 'جرى', 'جرت', 'وقع', 'وقعت', 'استدعى',
    'استدعت', 'زار', 'زارت', 'كان', 'كانت', 'منذ', 'أمس',
  ].map(matchKey),
);

/**
 * Frequent nouns that have the shape of a future verb (س + ي/ت/ن + 3–5 letters): سياسي "political", سنوي
 * "annual", ستين "sixty", سيول "floods", سيناتور "senator", and frequent first names.
 */
export const NOT_FUTURE_VERBS = new Set(
  [
    'سياسي', 'سنوي', 'ستين', 'سيول', 'سيدي', 'سيناتور', 'سيناريو', 'سيناء', 'ستار', 'سيرغي', 'سيرجي', 'ستيف', 'ستيفن',
    'سيمون', 'سيتي',
  ].map(matchKey),
);
