/**
 * Word lists for recognising persons in Arabic news. Every entry is written as it appears in print and folded
 * with matchKey at load time, so أ/ا, ى/ي, ة/ه variants need not be listed twice.
 */
import { NAME_DELIMITING_NOUNS, STOPWORDS } from '../arabic/stopwords.ts';
import { matchKey } from '../normalize.ts';

const keySet = (words: string): Set<string> => new Set(words.split(/\s+/).filter(Boolean).map(matchKey));

/**
 * First names as Arabic news writes them. Foreign names dominate world news and have several transliterations
 * (Sergei: سيرغي/سيرجي; Jens: ينس/ينز/يانس); common Arabic given names are included too.
 */
export const FIRST_NAMES = keySet(`
  ينس ينز يانس فلاديمير فولوديمير جو جوزيف دونالد تيريزا تريزا بوريس سيرغي سيرجي سيرجيه يوليا يوليانا
  إيمانويل ايمانويل أنجيلا أنغيلا انجيلا مارك ماركو مايك مايكل ميشال ميشيل جون جيمس جاك جان جيرمي جيريمي
  ديمتري ديميتري دميتري ديمترو دميترو ماريا ماري هيلاري باراك نيكولا نيكولاس نيكي سيباستيان روبرتا ناتاليا
  كيرياكوس غرانت غافين جافين جاستن أولاف انغيلا أورسولا شارل تشارلز وليام ويليام هاري إليزابيث اليزابيث فيليب
  رجب بنيامين ألكسندر الكسندر أليكسي أليكسي اليكسي ألكسي سيرغيه فيكتور ميخائيل يفغيني إيغور ايغور أندريه أندري
  نيكولاي بيوتر بترو بيترو ريشي كير ليز تيد تشاك نانسي ميت ماتيو ماريو جوزيبي أنطونيو انطونيو بيدرو خوسيه
  ستيفان ستيفن ستيف بيتر بول روبرت ريتشارد توماس توم دانيال ديفيد دافيد مارتن مارتين ميلانيا إيفانكا جاريد
  جاسيك ياتسيك كريستيا كريستين كريستينا هايكو أنالينا فرانك فالتر هانز هانس ستيفاني جوليا جوليان لورا سارة
  مارين فرانسوا إدوار ادوار لوران جان-إيف جان-لوك آنغيلا أوليفر يوناس إرنا ماتيوس أندريه أندريس بيتيري سانا
  أليكس أندرو آندرو هنري كاثرين كاترين فيديريكا فيدريكا جوزيب دونالد شينزو أنطونيو
  محمد أحمد محمود مصطفى عبد عبدالله حسن حسين خالد عمر عثمان إبراهيم ابراهيم يوسف سلمان فيصل تميم
  بشار حسني نبيل سامح أيمن وليد طارق سعد رشيد حمد زايد عادل فؤاد مهدي جواد حسان سامي فهد ناصر منصور
`);

/**
 * First names that are also everyday words (جو "air", فرح "joy", أمل "hope", عمر "age" in "عن عمر ناهز", عوض "instead
 * of", رحيل "departure", نجاح "success"): they count only after a title.
 */
export const AMBIGUOUS_FIRST_NAMES = keySet('جو فرح أمل نور سلام كريم جميل سعيد عادل كير ميت سانا توم عمر عوض رحيل نجاح');

/**
 * The first words of sports clubs' names across the Arab world and Europe as Arabic news writes them (شباب "youth",
 * مولودية، شبيبة، اتحاد "union", أولمبيك، نادي "club", ريال، أتلتيكو، دينامو، سبورتنغ): a team, never a person's
 * given name. A general naming pattern of clubs, not a list of clubs.
 */
export const CLUB_HEADS = keySet('شباب مولودية شبيبة اتحاد أولمبيك أولمبي نادي ريال أتلتيكو دينامو سبورتنغ');

/** أحد / إحدى ("one of"): a given name too, but after a title it opens the title's complement ("زعيم أحد الأجنحة"). */
export const QUANTIFIER_NOUNS = keySet('أحد إحدى');

/**
 * Titles and roles that introduce a person's name ("الرئيس الروسي فلاديمير بوتين", "رئيسة الوزراء البريطانية
 * تيريزا ماي"). Singular, feminine and dual construct forms, and the possessive "رئيسها" ("التقى برئيسها").
 */
export const TITLE_TRIGGERS = keySet(`
  الرئيس رئيس الرئيسة رئيسة رئيسها رئيسه رئيسي
  الوزير وزير الوزيرة وزيرة وزيري وزيرا
  الأمين أمين الأمينة أمينة المتحدث متحدث المتحدثة متحدثة الناطق ناطق الناطقة
  السفير سفير السفيرة سفيرة الملك ملك الملكة ملكة الأمير أمير الأميرة ولي
  المستشار مستشار المستشارة مستشارة المبعوث مبعوث المبعوثة المندوب مندوب المندوبة
  نائب النائب نائبة النائبة زعيم الزعيم زعيمة الزعيمة قائد القائد المدير مدير المديرة مديرة
  الجنرال الكولونيل العقيد الجاسوس العميل السيناتور عمدة حاكم الحاكم البابا الشيخ السيد السيدة الدكتور
  نظيره نظيرها نظيرته نظيرتها المفوض المفوضة المدعي
`);

/**
 * Occupations and roles that introduce a person in news as a title does ("الروائية الجزائرية أحلام مستغانمي",
 * "المدرب الإسباني بيب غوارديولا", "المتهمة نيرة أشرف"), written from general knowledge of news Arabic, singular
 * masculine and feminine. The rules' cues only (words.ts roleCue): no delimiter, since many are family names too
 * (أحمد القاضي، ناصر الشاعر), and not in the recogniser's lexicons (it keeps the lists it was trained with). Not الحكم
 * ("the ruling"), الفريق ("the team"), kin (وابنته يوليا) nor الطفل، الشاب، الفتاة: after these a given name alone is
 * usual, and the word after it no family name.
 */
export const ROLE_NOUNS = keySet(`
  الكاتب الكاتبة الروائي الروائية الأديب الأديبة الشاعر الشاعرة الصحفي الصحفية الصحافي الصحافية الإعلامي الإعلامية
  المذيع المذيعة المراسل المراسلة المصور المصورة المدون المدونة المؤرخ المفكر الفيلسوف الناقد الناقدة
  الفنان الفنانة الممثل الممثلة المغني المغنية المطرب المطربة الملحن الملحنة المخرج المخرجة الموسيقار المنتج المنتجة
  اللاعب اللاعبة المهاجم الحارس المدافع المدرب المدربة النجم النجمة البطل البطلة العداء العداءة الملاكم السباح السباحة
  الباحث الباحثة العالمة الطبيب الطبيبة الجراح المهندس المهندسة البروفيسور الأستاذ الأستاذة الخبير الخبيرة المحلل
  المحللة الأكاديمي الأكاديمية الدكتورة دكتور دكتورة
  المحامي المحامية القاضي القاضية المتهم المتهمة الناشط الناشطة الحقوقي الحقوقية الطالب الطالبة المواطن المواطنة
  الأسير الأسيرة المعتقل المعتقلة الرهينة
  الداعية الإمام المفتي القس الكاردينال المطران الحاخام
  الملياردير المليونير المستثمر المؤسس المرشح المرشحة المسؤول المسؤولة عضو العضو عضوة
  العماد العميد اللواء المشير
`);

/** Honorifics ("His Highness", "His Majesty", "His Excellency" …), after صاحب or before a name: never a name's word. */
export const HONORIFICS = keySet('السمو الجلالة المعالي الفخامة السيادة السعادة النيافة الغبطة القداسة الدولة سمو جلالة معالي فخامة سيادة سعادة');
/** The honorifics that are never a name's word: all but سعادة and سيادة, also family and given names (يوسف سعادة). */
const HONORIFICS_ALSO_NAMES = keySet('سعادة سيادة');
export const NEVER_NAME_HONORIFICS: ReadonlySet<string> = new Set([...HONORIFICS].filter((w) => !HONORIFICS_ALSO_NAMES.has(w)));

/**
 * Words that may sit between a title and the name without being the name: the rest of the title
 * (الوزراء، العام، الدفاع …) is skipped because it carries the article ال; these are the indefinite
 * construct words that complete a title ("رئيس وزراء بريطانيا", "وزير خارجية بولندا") or link it ("باسم").
 */
export const TITLE_COMPLEMENTS = keySet(`
  العام عام وزراء حكومة خارجية دفاع داخلية مالية دولة أركان هيئة جهاز استخبارات مخابرات مجلس باسم لدى
  السابق سابق الأسبق المزدوج خارجيتها خارجيته دفاعها حكومتها حكومته
`);

/**
 * Nouns that name the kind of a place right before its name ("مدينة دنيبرو", "بلدة بوتشا", "العاصمة كييف"): a word
 * the recogniser calls a location right after one of them is a place even when the collection names it only once.
 * Not ولاية: it is also a term of office ("انتهت ولاية أوباما").
 */
export const PLACE_HEADS = keySet(`
  مدينة المدينة بلدة البلدة قرية القرية العاصمة عاصمة محافظة المحافظة مقاطعة المقاطعة إقليم الإقليم
  منطقة المنطقة ميناء الميناء مخيم المخيم جزيرة الجزيرة
`);

/**
 * Nouns that name a place, building, institution or award after a person ("مطار الملكة علياء", "جامع الشيخ زايد",
 * "جائزة الشيخ زايد للكتاب", "متحف محمد السادس", "مؤسسة محمد بن راشد آل مكتوم"): a name right after one of them (or
 * after a title after one of them) names the thing, not the person acting in the news. Indefinite forms only: the
 * construct state is what makes the name its genitive. Not طريق ("عن طريق" is "through" someone) nor وسام (a given
 * name too).
 */
export const NAMED_AFTER_HEADS = keySet(`
  مطار جامع مسجد مركز جائزة مؤسسة متحف شارع جسر ملعب استاد مستشفى جامعة مدرسة كلية معهد مكتبة قاعة حديقة ساحة
  ميدان قاعدة مدينة برج سد مجمع محطة قلادة كأس منحة مهرجان مسلسل
`);

/** Reporting verbs (past, with feminine -ت): the word after them is very often the speaker. */
export const REPORTING_VERBS = keySet(`
  قال قالت أضاف أضافت أكد أكدت أوضح أوضحت صرح صرحت أعلن أعلنت أشار أشارت تابع تابعت اعتبر اعتبرت
  ذكر ذكرت رأى رأت شدد شددت لفت لفتت أبلغ أبلغت كشف كشفت دعا دعت حذر حذرت نفى نفت رد ردت اتهم اتهمت
  أعرب أعربت عبر عبرت وصف وصفت يقول تقول يرى ترى
`);

/**
 * Words that are never part of a name and end one ("ستولتنبرغ في بروكسل", "بوتين الخميس"): the shared function
 * words and the calendar and counting nouns (arabic/stopwords.ts), and the nouns news uses as prepositions before a
 * name it succeeds or replaces (خلفا لـ، عوضا عن، بدلا من، إثر: "in succession to", "instead of", "after"; عوض and
 * بدل alone are family names too), and the epithets Gulf news puts after a ruler's name (المعظم "the exalted", المفدى
 * "the beloved": "السلطان … بن طارق المعظم").
 */
export const NAME_DELIMITING_WORDS = new Set([...STOPWORDS, ...NAME_DELIMITING_NOUNS, ...keySet('خلفا خلفاً عوضا عوضاً بدلا بدلاً إثر المعظم المفدى')]);

/** "son of", "daughter of": the particles of a lineage (nasab); ولد and بنت in Mauritanian names. Folded forms. */
export const LINEAGE_PARTICLES: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ولد']);

/** Particles inside foreign and Arabic names ("فون دير لاين", "عبد الله", "بن سلمان"). */
export const NAME_PARTICLES = keySet('فون فان دير دي دو لا بن ابن بنت ولد آيت أبو أبي عبد آل ال');

/** Second halves of Arabic compound names ("دخل الله", "نصر الله", "عز الدين"): they start with ال but are names. */
export const COMPOUND_NAME_TAILS = keySet('الله الدين الرحمن الرحيم');
