/**
 * Places and organizations: names as Arabic news writes them, each with a stable id. Places come from the
 * committed tables in src/core/geo, never from the machine's ICU, so the same articles give the same bundle
 * everywhere.
 */
import { CITIES } from '../geo/cities.ts';
import { COUNTRIES } from '../geo/countries.ts';
import { COUNTRY_ALTERNATES } from '../geo/country-alternates.ts';

export interface GazetteerEntry {
  id: string;
  type: 'place' | 'organization';
  /** Surface forms as printed. */
  names: string[];
}

/** Countries from the committed table: its Arabic names, then the ones news uses besides. */
function countryEntries(): GazetteerEntry[] {
  return Object.entries(COUNTRIES).map(([code, country]) => ({
    id: `place:${code}`,
    type: 'place',
    names: [...new Set([...country.ar, ...(COUNTRY_ALTERNATES[code] ?? [])])],
  }));
}

/**
 * International bodies with the names and short forms the press uses. NATO alone has six: الناتو، ناتو،
 * حلف الناتو، حلف شمال الأطلسي، الحلف الأطلسي، حلف الأطلسي.
 */
const ORGANIZATIONS: Record<string, string[]> = {
  nato: ['الناتو', 'ناتو', 'حلف الناتو', 'حلف شمال الأطلسي', 'الحلف الأطلسي', 'حلف الأطلسي', 'منظمة حلف شمال الأطلسي', 'حلف شمال الاطلسي'],
  eu: ['الاتحاد الأوروبي', 'الاتحاد الأوربي'],
  un: ['الأمم المتحدة', 'منظمة الأمم المتحدة'],
  'un-security-council': ['مجلس الأمن', 'مجلس الأمن الدولي', 'مجلس الأمن الدولي التابع للأمم المتحدة'],
  'un-general-assembly': ['الجمعية العامة للأمم المتحدة'],
  opcw: ['منظمة حظر الأسلحة الكيميائية', 'منظمة حظر الأسلحة الكيماوية'],
  kremlin: ['الكرملين'],
  pentagon: ['البنتاغون', 'البنتاجون', 'وزارة الدفاع الأمريكية', 'وزارة الدفاع الأميركية'],
  'white-house': ['البيت الأبيض'],
  'european-parliament': ['البرلمان الأوروبي'],
  'european-council': ['المجلس الأوروبي'],
  'european-commission': ['المفوضية الأوروبية'],
  osce: ['منظمة الأمن والتعاون في أوروبا'],
  iaea: ['الوكالة الدولية للطاقة الذرية'],
  who: ['منظمة الصحة العالمية'],
  imf: ['صندوق النقد الدولي'],
  'world-bank': ['البنك الدولي'],
  g7: ['مجموعة السبع', 'مجموعة الدول السبع'],
  g20: ['مجموعة العشرين'],
  'arab-league': ['جامعة الدول العربية', 'الجامعة العربية'],
  gcc: ['مجلس التعاون الخليجي', 'مجلس التعاون لدول الخليج العربية'],
  cia: ['وكالة المخابرات المركزية', 'سي آي إيه'],
  fbi: ['مكتب التحقيقات الفيدرالي', 'إف بي آي'],
  fsb: ['جهاز الأمن الفيدرالي'],
  'scotland-yard': ['سكوتلاند يارد', 'سكتلنديارد'],
  mi6: ['جهاز المخابرات البريطاني'],
  'us-congress': ['الكونغرس', 'الكونجرس'],
  'us-senate': ['مجلس الشيوخ'],
  'uk-parliament': ['البرلمان البريطاني', 'مجلس العموم'],
  duma: ['الدوما', 'مجلس الدوما'],
  'state-department': ['وزارة الخارجية الأمريكية', 'وزارة الخارجية الأميركية', 'الخارجية الأمريكية', 'الخارجية الأميركية'],
  'foreign-office': ['وزارة الخارجية البريطانية', 'الخارجية البريطانية'],
  'russian-foreign-ministry': ['وزارة الخارجية الروسية', 'الخارجية الروسية'],
  tass: ['تاس'],
  interfax: ['إنترفاكس', 'انترفاكس'],
  reuters: ['رويترز'],
  afp: ['فرانس برس', 'وكالة فرانس برس'],
  'red-cross': ['الصليب الأحمر', 'اللجنة الدولية للصليب الأحمر'],
  icc: ['المحكمة الجنائية الدولية'],
  'nato-ukraine-council': ['مجلس الناتو وأوكرانيا', 'مجلس الناتو - أوكرانيا'],
  'nato-ukraine-commission': ['لجنة الناتو وأوكرانيا'],
};

export function gazetteerEntries(): GazetteerEntry[] {
  const entries = countryEntries();
  for (const [slug, names] of Object.entries(CITIES)) entries.push({ id: `place:${slug}`, type: 'place', names });
  for (const [slug, names] of Object.entries(ORGANIZATIONS)) entries.push({ id: `org:${slug}`, type: 'organization', names });
  return entries;
}

/**
 * Heads of organization names that take a definite genitive ("وزارة الخارجية الروسية", "وكالة المغرب العربي
 * للأنباء", "منظمة العفو الدولية"): the head plus up to ORG_PATTERN_MAX_WORDS following definite words.
 */
export const ORG_PATTERN_HEADS = [
  'وزارة', 'منظمة', 'وكالة', 'مجلس', 'هيئة', 'لجنة', 'جامعة', 'حركة', 'حزب', 'شركة', 'صحيفة', 'مؤسسة', 'محكمة', 'جمعية', 'جهاز', 'مكتب',
];
export const ORG_PATTERN_MAX_WORDS = 3;
