/**
 * The Arabic names of the kinds of residue cleaning removes: only the article page's list of them (reader/
 * RemovedDisclosure.tsx) uses them, so they load with that page, not with every page. English comes whole with en.ts.
 */
import { addArabic } from './add-arabic.ts';
import type { Messages } from './en.ts';

export const arRemoved: Pick<Messages, 'removedKind'> = {
  removedKind: {
    shortcode: 'رمز أداة مضمّنة',
    share: 'سطر مشاركة أو متابعة',
    ad: 'علامة إعلان',
    'read-also': 'رابط «اقرأ أيضًا»',
    'appended-article': 'مقالة أخرى ملحقة',
    'more-link': 'رابط «للمزيد»',
    source: 'سطر المصدر',
    byline: 'سطر الكاتب أو الوكالة',
    tags: 'سطر الكلمات الدلالية',
    hashtags: 'وسوم',
    'related-list': 'قائمة مقالات ذات صلة',
    'related-headlines': 'عناوين ذات صلة داخل النص',
    'glued-headlines': 'عناوين ملتصقة',
    separator: 'سطر فاصل',
    promo: 'ترويج',
    url: 'رابط مجرد',
    'image-credit': 'حقوق صورة',
    'image-caption': 'تعليق على صورة',
    embed: 'توقيع منشور مضمّن',
    invisible: 'محارف غير مرئية فقط',
    teaser: 'مقدمة خبر آخر',
    timestamp: 'سطر تاريخ النشر أو التحديث',
    site: 'من واجهة الموقع (طباعة، حقوق النشر…)',
    other: 'بقايا أخرى ({{kind}})',
  },
};

/** Adds these strings to the Arabic ones. */
export function addArabicRemovedKinds(): void {
  addArabic(arRemoved);
}
