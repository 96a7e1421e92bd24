/**
 * The Arabic strings only the comparison, the entity pages and the settings use: in a chunk of their own that those
 * pages load (each registers them before it renders), so the home and article pages' critical JS does not carry them
 * (~1.9 KB gzip). English comes whole with en.ts.
 */
import i18next from 'i18next';
import type { Messages } from './en.ts';

export type PageSection = 'compare' | 'settings' | 'entities';

export const arPages: Pick<Messages, PageSection> = {
  entities: {
    title: 'الأشخاص والمنظمات والأماكن',
    filter: 'ابحث عن اسم',
    empty: 'لم يُعثر على أي كيان في هذه المقالات بعد.',
    person: 'الأشخاص',
    organization: 'المنظمات',
    place: 'الأماكن',
    other: 'أخرى',
    type: { person: 'شخص', organization: 'منظمة', place: 'مكان', other: 'أخرى' },
    aliases: 'طرق الكتابة',
    overTime: 'المقالات في كل شهر',
    articles_zero: 'لا تذكره أي مقالة',
    articles_one: 'تذكره مقالة واحدة',
    articles_two: 'تذكره مقالتان',
    articles_few: 'تذكره {{formatted}} مقالات',
    articles_many: 'تذكره {{formatted}} مقالة',
    articles_other: 'تذكره {{formatted}} مقالة',
    quotes: 'أقوال',
    together: 'يُذكرون معًا كثيرًا',
    withPeople: 'مع هؤلاء الأشخاص',
    withPlaces: 'مع هذه الأماكن',
  },
  compare: {
    loading: 'جارٍ تحميل المقالات…',
    title: 'مقارنة المقالات',
    empty: 'اختر مقالتين أو ثلاثًا للمقارنة: زوجًا مقترحًا من قصة، أو أي مقالات من القائمة.',
    sources: 'المصادر',
    article: 'المقالة {{n}}',
    row: { shared: 'تقوله كل المقالات', partial: 'يُقال بصيغة مختلفة', unique: 'تنفرد به مقالة واحدة' },
    legend: {
      wordsSample: 'كلمات',
      words: 'لا ترد في الجملة المقابلة من التقرير الآخر',
      unique: 'جملة ينفرد بها هذا المصدر',
      moved: 'تقابلها جملة في موضع آخر من التقرير الآخر',
    },
    passage: { paired: '{{outlet}}: مقطع يبدأ بجملة تذكرها التقارير الأخرى أيضًا', alone: '{{outlet}}: مقطع' },
    mark: { unique: 'فقط في {{outlet}}:', moved: 'يذكرها أيضًا، في موضع آخر، {{outlets}}.' },
    facts: 'الوقائع',
    sharedFacts: 'تذكره كل التقارير',
    noSharedFacts: 'لا واقعة تذكرها كل التقارير.',
    nothingOnly: 'لا شيء يُذكر تنفرد به.',
    disagree: 'مواضع الاختلاف',
    noDisagreement: 'لا اختلاف في رقم أو قول: حيث تذكر الكمية نفسها أو تنقل عن الشخص نفسه، تتفق.',
    sharedEntities_zero: 'لا أشخاص أو منظمات أو أماكن مشتركة',
    sharedEntities_one: 'كيان مشترك واحد:',
    sharedEntities_two: 'كيانان مشتركان:',
    sharedEntities_few: '{{formatted}} كيانات مشتركة:',
    sharedEntities_many: '{{formatted}} كيانًا مشتركًا:',
    sharedEntities_other: '{{formatted}} كيان مشترك:',
    onlyIn: 'فقط في {{outlet}}',
    differs_zero: 'لا أرقام أو أقوال مختلفة',
    differs_one: 'رقم أو قول واحد مختلف:',
    differs_two: 'رقمان أو قولان مختلفان:',
    differs_few: '{{formatted}} أرقام أو أقوال مختلفة:',
    differs_many: '{{formatted}} رقمًا أو قولًا مختلفًا:',
    differs_other: '{{formatted}} رقم أو قول مختلف:',
    fromStories: 'تقارير عن الحدث نفسه، حسب القصة',
    noStories: 'لا توجد قصة تجمع عدة مقالات.',
    choose: 'أو اختر مقالات',
    filter: 'رشّح حسب العنوان',
    compareSelected_zero: 'قارن (اختر مقالتين أو ثلاثًا)',
    compareSelected_one: 'قارن (اختر مقالة أخرى)',
    compareSelected_two: 'قارن المقالتين',
    compareSelected_few: 'قارن هذه المقالات الـ{{formatted}}',
    compareSelected_many: 'قارن هذه المقالات الـ{{formatted}}',
    compareSelected_other: 'قارن هذه المقالات الـ{{formatted}}',
  },
  settings: {
    title: 'الإعدادات',
    language: 'لغة الواجهة',
    digits: 'الأرقام',
    digitsValue: { latn: 'غربية', arab: 'هندية عربية' },
    calendar: 'التقويم',
    calendarValue: { gregory: 'ميلادي', 'islamic-umalqura': 'ميلادي مع الهجري (أم القرى)' },
    example: 'مثال',
    theme: 'المظهر',
    themeValue: { system: 'حسب النظام', light: 'فاتح', dark: 'داكن' },
    fontSize: 'حجم نص القراءة',
    notSaved: 'تعذّر حفظ إعداداتك في هذا المتصفح (وضع التصفح الخاص أو امتلاء التخزين). تبقى سارية حتى تغلق هذه الصفحة.',
  },
};

/** Adds these strings to the Arabic ones (once i18next has been set up: at once in the app, whose entry does it first). */
export function addArabicPages(): void {
  const add = () => i18next.addResourceBundle('ar', 'translation', arPages, true, false);
  if (i18next.store) add();
  else i18next.on('initialized', add);
}
