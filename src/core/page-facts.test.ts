/**
 * What an article's page tells when its manifest does not: the publication day read from the page's own date line,
 * and the outlet from the site of its address (siteOf).
 *
 * The publication day read from a page's own date line when the manifest has none. None of our 73 articles carries
 * such a line (their scraper kept the date in the manifest), so the rows are made up in the layouts Arab news sites
 * print; each goes through the cleaner first, as in prepareArticle.
 */
import { describe, expect, it } from 'vitest';
import { prepareArticle, siteOf } from './build-bundle.ts';
import { cleanArticle } from './clean.ts';
import { publishedFromText } from './published-from-text.ts';

const BODY = 'أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني تتضمن حزمة من الإجراءات التي تستهدف القطاعات المتضررة.';
const page = (above: string[], below: string[] = []) => ['الحكومة تعلن خطة جديدة لدعم الاقتصاد', ...above, '', BODY, '', ...below].join('\n');

describe('publishedFromText', () => {
  it.each<[string, string[], string[], string | null]>([
    // made-up, a numeric date line with its label and time
    ['published on, figures', ['نشر في: 12/03/2018 - 10:30'], [], '2018-03-12'],
    // made-up, a weekday, day, month, year and time with no label
    ['date and time alone', ['الأحد 05 مارس 2023 - 12:30 م'], [], '2023-03-05'],
    // made-up, an ISO date after its label
    ['publication date, ISO', ['تاريخ النشر: 2023-03-05'], [], '2023-03-05'],
    // made-up: an update time is when the page changed, not when it was published
    ['update only', ['آخر تحديث: 14/03/2018 - 10:30'], [], null],
    ['update, then publication', ['آخر تحديث: 14/03/2018 - 10:30', 'نشر في: 12/03/2018 - 09:00'], [], '2018-03-12'],
    // made-up: a weekday and a time cannot be placed without the date being looked for
    ['weekday and time', ['الأحد - 10:30 ص'], [], null],
    // made-up (review): both calendars, the Gregorian day after الموافق (the Hijri one differs by country)
    ['both calendars', ['الاثنين 14 رمضان 1445 هـ الموافق 25 مارس 2024 - 10:30 ص'], [], '2024-03-25'],
    // made-up (review): a Hijri date in figures is converted, not read as the year 1445
    ['hijri in figures', ['الأحد 1445/9/15 هـ - 10:30'], [], '2024-03-25'],
    // made-up (review): a comment's time under the text is not the page's
    ['a comment below the text', [], ['أحمد علي', '15/06/2019 - 22:10', 'مقال رائع'], null],
    // made-up in the shapes of real pages outside the repository (2016-2025): a day alone under the headline, with
    // Arabic-Indic figures, after a weekday and a comma, or after the site's name; a year glued to its time; a month's
    // name between slashes; a labelled date line under the text (sites print "نشر في" there too)
    ['a day alone', ['11 أكتوبر 2016'], [], '2016-10-11'],
    ['a day in Arabic-Indic figures', ['الأحد ١ اكتوبر ٢٠١٧'], [], '2017-10-01'],
    ['a weekday and a comma', ['الإثنين، 8 سبتمبر 2025'], [], '2025-09-08'],
    ['the site\'s name first', ['كازا 24 الثلاثاء 13 فبراير 2024'], [], '2024-02-13'],
    ['a year glued to its time', ['22 يوليو 202402:03'], [], '2024-07-22'],
    ['a month between slashes', ['الإثنين 25/أكتوبر/2021 - 08:22 م'], [], '2021-10-25'],
    ['labelled, under the text', [], ['أضيف بتاريخ :2017/09/25'], '2017-09-25'],
    // made-up after a Turkish outlet's Arabic page (local set F, 2025): a time glued to the date after it, then the
    // update's line; and a modification's time ("آخر تعديل") is an update's, as "آخر تحديث" is
    ['a time glued to its date', ['19:1120/06/2025, الجمعة', 'تحديث: 21/06/2025, السبت'], [], '2025-06-20'],
    ['a modification only', ['آخر تعديل: 14/03/2018 - 10:30'], [], null],
    ['a modification, then publication', ['آخر تعديل: 14/03/2018 - 10:30', 'نشر في: 12/03/2018 - 09:00'], [], '2018-03-12'],
    // made-up after a Lebanese outlet's date line (local set F, 2025): a Levantine month of two words
    ['a month of two words', ['7 كانون الثاني, 2025'], [], '2025-01-07'],
    // made-up after an Egyptian outlet's date line (local set F, 2019): publication and update on one line, split by a bar
    ['publication and update on one line', ['نشر في: الجمعة 4 يناير 2019 - 7:04 م | آخر تحديث: الجمعة 4 يناير 2019 - 7:14 م'], [], '2019-01-04'],
    // made-up after real pages outside the repository (local set H, 2017–2026): the update's label without a bar; a
    // machine's ISO time; a scraper's date tag opening the page's first line; a Levantine month in parentheses before a
    // comma and the year
    ['publication and update, no bar', ['نشر: 2017-11-17 19:21 آخر تحديث: 2017-12-26 15:45'], [], '2017-11-17'],
    ['an ISO time', ['2022-09-08T22:02+0000'], [], '2022-09-08'],
    ['a scraper\'s date tag', ['date 2026-01-08 الخرطوم: السوداني'], [], '2026-01-08'],
    ['a month in parentheses, a comma', ['14 آذار (مارس)، 2017 - 10:30'], [], '2017-03-14'],
  ])('%s', (_name, above, below, expected) => {
    const cleaned = cleanArticle(page(above, below));
    expect(cleaned.removed.filter((r) => r.kind === 'timestamp').length).toBeGreaterThan(0);
    expect(publishedFromText(cleaned.dateLine)?.value ?? null).toBe(expected);
  });

  it.each<[string, string, string | null]>([
    // review (made-up): the page's date line above the title wins over a day under it (the feature's subject's day)
    ['a feature on 1967', ['نشر في 05/06/2024', 'ذكرى النكسة: كيف خسرت الجيوش العربية الحرب', '5 يونيو 1967', '', BODY].join('\n'), '2024-06-05'],
    // review (made-up): a day under the title before the web is a subject's day, not the page's
    ['a day of 1948', ['النكبة كما رواها اللاجئون في المخيمات', '15 أيار 1948', '', BODY].join('\n'), null],
    // review (made-up): life dates, two days on one line, are no date line
    ['life dates', ['رحيل الأديب الكبير بعد مسيرة حافلة بالعطاء', '12 مارس 1940 – 3 يناير 2024', '', BODY].join('\n'), null],
    // review (made-up): a short wire brief keeps its date; a related story's under it is not the page's
    ['a short brief', ['انفجار في العاصمة', 'الثلاثاء 05 مارس 2024 - 10:30', '', 'قتل 5 أشخاص في انفجار.', '', 'أخبار ذات صلة', '2024/02/28 18:45'].join('\n'), '2024-03-05'],
    // review (made-up): a comment's "نشر في" far below the text is not the page's date
    ['a comment below', ['الحكومة تعلن خطة جديدة لدعم الاقتصاد', '', BODY, '', BODY, '', 'التعليقات', 'أحمد', 'نشر في 14/08/2022'].join('\n'), null],
    // made-up after a Lebanese outlet's page (local set F, 2025): a place's label between the title and its day
    ['a label, then the day', ['مجلس النواب يستعد لجلسة الخميس', 'لبنان', '7 كانون الثاني, 2025', '', BODY].join('\n'), '2025-01-07'],
    // made-up after a Turkish outlet's Arabic page (local set H, 2019): the credit, then the day with an English month
    ['a credit, then an English day', ['صلاح يقود ليفربول لمواصلة التحليق على القمة', '- ديلي صباح ووكالات, إسطنبول', '- Dec 14, 2019', BODY].join('\n'), '2019-12-14'],
    ['an English day first', ['صلاح يقود ليفربول لمواصلة التحليق على القمة', '- ديلي صباح ووكالات, إسطنبول', '- 14 December 2019', BODY].join('\n'), '2019-12-14'],
    // made-up: no 30 February
    ['an impossible English day', ['صلاح يقود ليفربول لمواصلة التحليق على القمة', '- ديلي صباح ووكالات, إسطنبول', '- Feb 30, 2020', BODY].join('\n'), null],
  ])('the page\'s day, not another (%s)', (_name, text, expected) => {
    expect(publishedFromText(cleanArticle(text).dateLine)?.value ?? null).toBe(expected);
  });

  it('made-up after pages of a page store (local set J, 2025): its date tag glued to the headline or the lead leaves the line the article\'s, and gives the day', () => {
    // review (made-up): a short headline glued to the tag stays the headline too
    for (const text of [`date 2025-08-22 الحكومة تقر مشروع قانون المالية الجديد وتحيله إلى البرلمان\n\n${BODY}`, `date 2025-08-22 ${BODY}\n\n${BODY}`, `date 2025-08-22 السيسي يستقبل رئيس وزراء اليونان\n\n${BODY}`]) {
      const cleaned = cleanArticle(text);
      expect(cleaned.removed).toEqual([]);
      expect(publishedFromText(cleaned.dateLine)?.value ?? null).toBe('2025-08-22');
    }
  });

  it.each<[string, string | null]>([
    // review (made-up): a word that begins like an English month is none ("Mayors"); the months written out are read
    ['Mar 3, 2024 - 10:15 AM', '2024-03-03'],
    ['3 September 2024', '2024-09-03'],
    ['the 12 Mayors 2020', null],
    ['Junk 12, 2020', null],
  ])('an English day on a date line: %s → %s', (line, expected) => {
    expect(publishedFromText(line)?.value ?? null).toBe(expected);
  });

  it('fills the publication day of an article without one in its manifest, and never overrides the manifest', () => {
    const text = page(['نشر في: 12/03/2018 - 10:30']);
    expect(prepareArticle({ file: 'a.txt', text }).published).toEqual({ value: '2018-03-12', precision: 'day' });
    expect(prepareArticle({ file: 'a.txt', text, manifest: { file: 'a.txt', published: '2018-03' } }).published).toEqual({ value: '2018-03', precision: 'month' });
    // The article's own relative dates are placed from it: "اليوم" is that day.
    expect(prepareArticle({ file: 'a.txt', text }).dates.map((d) => d.value)).toContain('2018-03-12');
  });
});

describe('siteOf', () => {
  it.each<[string | null, string | null]>([
    // made-up addresses in the shapes outlets use
    ['https://www.aljazeera.net/news/2024/5/20/some-story', 'aljazeera.net'],
    ['http://arabic.cnn.com/world/article/2018/03/14/x', 'arabic.cnn.com'],
    ['https://WWW.SkyNewsArabia.com:443/world/1234?utm=x', 'skynewsarabia.com'],
    [null, null],
  ])('%s → %s', (url, expected) => {
    expect(siteOf(url)).toBe(expected);
  });

  it('names the outlet of an article whose manifest and text name none', () => {
    const text = ['الحكومة تعلن خطة جديدة لدعم الاقتصاد', '', BODY].join('\n');
    expect(prepareArticle({ file: 'a.txt', text, manifest: { file: 'a.txt', url: 'https://www.aljazeera.net/news/x' } }).outlet).toBe('aljazeera.net');
    expect(prepareArticle({ file: 'a.txt', text, manifest: { file: 'a.txt', outlet: 'الجزيرة', url: 'https://www.aljazeera.net/news/x' } }).outlet).toBe('الجزيرة');
  });
});
