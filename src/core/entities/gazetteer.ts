/**
 * Places and organizations: names as Arabic news writes them, each with a stable id.
 */

/**
 * ISO 3166-1 alpha-2 codes that are not countries or territories today: deprecated codes that ICU still names
 * (SU, YU, DD …), exceptional reservations (EU, UN, EZ, AC, IC …) and private-use codes (QO, XA, XB, ZZ).
 * Kosovo's user-assigned XK is kept: news treats it as a country.
 */
const NOT_A_COUNTRY = new Set(
  'AN BU CS DD DY FX HV NH RH SU TP VD YD YU ZR EU EZ UN AC CP CQ DG EA IC TA QO XA XB ZZ'.split(' '),
);

/** Alternate names news uses besides ICU's (ICU gives "المملكة المتحدة", "الولايات المتحدة", "التشيك" …). */
const COUNTRY_ALTERNATES: Record<string, string[]> = {
  US: ['أمريكا', 'أميركا', 'الولايات المتحدة الأمريكية', 'الولايات المتحدة الأميركية'],
  GB: ['بريطانيا', 'بريطانيا العظمى', 'إنجلترا', 'إنكلترا', 'انجلترا', 'انكلترا'],
  RU: ['روسيا الاتحادية', 'الاتحاد الروسي'],
  DE: ['المانيا'],
  UA: ['أوكرانيا'],
  PS: ['فلسطين'],
  SA: ['السعودية'],
  AE: ['الإمارات'],
  SY: ['سورية'],
  CZ: ['جمهورية التشيك', 'تشيكيا'],
  HU: ['المجر'],
  NL: ['هولندا'],
  DK: ['الدنمارك', 'الدنمرك'],
  BY: ['روسيا البيضاء', 'بيلاروسيا'],
  MK: ['مقدونيا'],
  MD: ['مولدافيا'],
  KP: ['كوريا الديمقراطية'],
  CN: ['جمهورية الصين الشعبية'],
  IE: ['إيرلندا', 'ايرلندا'],
  IS: ['أيسلندا', 'ايسلندا'],
  CI: ['كوت ديفوار'],
};
/** Capitals and cities that the news of the corpus names, with their transliteration variants. */
const CITIES: Record<string, string[]> = {
  kyiv: ['كييف'],
  moscow: ['موسكو'],
  brussels: ['بروكسل'],
  washington: ['واشنطن'],
  london: ['لندن'],
  paris: ['باريس'],
  berlin: ['برلين'],
  helsinki: ['هلسنكي', 'هلسينكي'],
  vilnius: ['فيلنيوس'],
  salisbury: ['سالزبوري', 'سالزبري', 'سالزبيري', 'سولزبيري', 'سالسبري'],
  dnipro: ['دنيبرو', 'دنيبرو بتروفسك'],
  kharkiv: ['خاركيف'],
  odesa: ['أوديسا'],
  mariupol: ['ماريوبول'],
  donetsk: ['دونيتسك'],
  luhansk: ['لوغانسك', 'لوهانسك'],
  crimea: ['القرم', 'شبه جزيرة القرم'],
  'st-petersburg': ['سان بطرسبرغ', 'سانت بطرسبرغ', 'بطرسبرغ'],
  'the-hague': ['لاهاي'],
  geneva: ['جنيف'],
  vienna: ['فيينا'],
  rome: ['روما'],
  madrid: ['مدريد'],
  warsaw: ['وارسو'],
  stockholm: ['ستوكهولم'],
  oslo: ['أوسلو'],
  copenhagen: ['كوبنهاغن', 'كوبنهاجن'],
  amsterdam: ['أمستردام'],
  ankara: ['أنقرة'],
  istanbul: ['إسطنبول', 'اسطنبول'],
  beijing: ['بكين'],
  tokyo: ['طوكيو'],
  'new-york': ['نيويورك'],
  tehran: ['طهران'],
  damascus: ['دمشق'],
  baghdad: ['بغداد'],
  beirut: ['بيروت'],
  cairo: ['القاهرة'],
  riyadh: ['الرياض'],
  doha: ['الدوحة'],
  'abu-dhabi': ['أبوظبي', 'أبو ظبي'],
  dubai: ['دبي'],
  jerusalem: ['القدس'],
  gaza: ['غزة'],
  'tel-aviv': ['تل أبيب'],
  minsk: ['مينسك'],
  riga: ['ريغا'],
  tallinn: ['تالين'],
  bucharest: ['بوخارست'],
  sofia: ['صوفيا'],
  ramstein: ['رامشتاين'],
  amesbury: ['أمسبري', 'إيمسبري'],
  'porton-down': ['بورتون داون'],
};

export interface GazetteerEntry {
  id: string;
  type: 'place' | 'organization';
  /** Surface forms as printed. */
  names: string[];
}

/** ICU's names, minus parenthetical glosses ("ميانمار (بورما)" gives both ميانمار and بورما). */
function icuCountries(): GazetteerEntry[] {
  const display = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
  const entries: GazetteerEntry[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_A_COUNTRY.has(code)) continue;
      const name = display.of(code);
      if (!name || name === code) continue;
      const names = new Set<string>();
      const gloss = /^(.*?)\s*\((.*)\)$/.exec(name);
      if (gloss) {
        names.add(gloss[1] as string);
        names.add(gloss[2] as string);
      } else names.add(name);
      for (const alt of COUNTRY_ALTERNATES[code] ?? []) names.add(alt);
      entries.push({ id: `place:${code}`, type: 'place', names: [...names] });
    }
  }
  return entries;
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
  const entries = icuCountries();
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
